import { describe, expect, it } from 'vitest';
import { buildMapModel, changedBetween, countShown, dateRange, mapView } from './map-model.js';
import type { MapPerson, MapTie } from './map-types.js';

const person = (id: string, unit: string | null, since: string | null): MapPerson => ({
  id,
  label: id,
  unit,
  group: null,
  trust: 0.5,
  since,
});
const tie = (a: string, b: string, since: string | null, extra: Partial<MapTie> = {}): MapTie => ({
  a,
  b,
  strength: 0.5,
  strong: false,
  sides: ['social'],
  since,
  ...extra,
});

const people = [
  person('ana', 'Clinic/Nursing/Nights', '2022-01-01'),
  person('ben', 'Clinic/Nursing/Days', '2022-01-01'),
  person('chen', 'Clinic/Pharmacy', '2023-06-01'),
  person('dora', null, null),
];
const ties = [
  tie('ana', 'ben', '2022-03-01', { strong: true, sides: ['social', 'political'] }),
  tie('ben', 'chen', '2022-02-01'),
  tie('ana', 'dora', null, { sides: ['emotional'] }),
];
const ALL = ['social', 'political', 'mutual_aid', 'emotional'] as const;

describe('the map model', () => {
  it('a tie never appears before both its people do', () => {
    const model = buildMapModel(people, ties);
    const early = countShown(model, mapView(model, { units: [], sides: ALL }, '2022-12-31'));
    expect(early).toMatchObject({ people: 3, ties: 2, strongTies: 1 });
    const later = countShown(model, mapView(model, { units: [], sides: ALL }, '2023-06-01'));
    expect(later).toMatchObject({ people: 4, ties: 3 });
  });

  it('a unit filter keeps the unit and everything under it, and ties only between people shown', () => {
    const model = buildMapModel(people, ties);
    const nursing = countShown(model, mapView(model, { units: ['Clinic/Nursing'], sides: ALL }, null));
    expect(nursing).toMatchObject({ people: 2, ties: 1 });
  });

  it('a side filter shows ties touching one of the chosen sides', () => {
    const model = buildMapModel(people, ties);
    expect(countShown(model, mapView(model, { units: [], sides: ['political'] }, null)).ties).toBe(1);
    expect(countShown(model, mapView(model, { units: [], sides: ['social', 'emotional'] }, null)).ties).toBe(3);
    expect(countShown(model, mapView(model, { units: [], sides: [] }, null)).ties).toBe(0);
  });

  it('the same pair twice is one tie, with the earliest date and the strongest reading', () => {
    const model = buildMapModel(people, [...ties, tie('ben', 'ana', '2022-02-15', { strength: 0.9 })]);
    expect(model.edgeA.length).toBe(3);
    expect(model.skippedTies).toBe(1);
    const view = mapView(model, { units: [], sides: ALL }, '2022-02-20');
    expect(countShown(model, view)).toMatchObject({ ties: 2, strongTies: 1 });
  });

  it('ties to unknown people or to oneself are left out and counted', () => {
    const model = buildMapModel(people, [tie('ana', 'nobody', null), tie('ana', 'ana', null)]);
    expect(model.edgeA.length).toBe(0);
    expect(model.skippedTies).toBe(2);
  });

  it('moving the date revisits only what was first seen in between', () => {
    const model = buildMapModel(people, ties);
    const day = (date: string) => mapView(model, { units: [], sides: ALL }, date).day;
    const pair = (e: number) => `${model.ids[model.edgeA[e]!]}-${model.ids[model.edgeB[e]!]}`;
    const changed = changedBetween(model, day('2022-02-15'), day('2023-07-01'));
    expect(changed.nodes.map((i) => model.ids[i])).toEqual(['chen']);
    expect(changed.edges.map(pair)).toEqual(['ana-ben', 'ben-chen']);
    expect(changedBetween(model, day('2023-07-01'), day('2022-02-15'))).toEqual(changed);
    expect(changedBetween(model, day('2022-01-15'), day('2022-02-15'))).toEqual({ nodes: [], edges: [] });
  });

  it('the date range spans every dated person and tie', () => {
    expect(dateRange(people, ties)).toEqual({ first: '2022-01-01', last: '2023-06-01' });
    expect(dateRange([person('x', null, null)], [])).toBeNull();
  });
});
