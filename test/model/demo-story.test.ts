/**
 * Issue 3, item 9: the demo workplace's phases follow its three-year story. Each unit of the demo hospital
 * is written with an arc (src/demo/hospital.ts); the model, reading only the records, must find that arc at
 * the end of each year: isolated in year one, agitated where grievances ran hot in year two, connected or
 * ready where ties formed in year three, and stuck or unreached where the story says so.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../../src/core/model/series.js';
import { generateDemo } from '../../src/demo/demo.js';
import { DEPARTMENTS } from '../../src/demo/hospital.js';

const PATH: Record<string, string[]> = {
  ready: ['isolated', 'agitated', 'ready'],
  cooled: ['isolated', 'agitated', 'connected'],
  late: ['isolated', 'isolated', 'connected'],
  stuck: ['isolated', 'agitated', 'agitated'],
  unreached: ['isolated', 'isolated', 'isolated'],
};

describe("the demo workplace's phases follow its three-year story", () => {
  const end = '2024-12-31';
  const points = analyzeSeries(generateDemo({ endDate: end }), { from: '2022-01-01', to: end });

  it('the whole hospital goes from isolated to agitated to ready', () => {
    expect([11, 23, 35].map((m) => points[m]!.phase)).toEqual(['isolated', 'agitated', 'ready']);
  });

  for (const d of DEPARTMENTS) {
    d.shifts.forEach((shift, k) => {
      it(`${d.name}/${shift} follows its arc (${d.arcs[k]}) at the end of each year`, () => {
        const phases = [11, 23, 35].map(
          (m) => points[m]!.units.find((u) => u.unit.endsWith(`/${d.name}/${shift}`))?.phase,
        );
        expect(phases).toEqual(PATH[d.arcs[k]!]);
      });
    });
  }
});
