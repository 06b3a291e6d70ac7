import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import type { Lang } from '../i18n/i18n.js';
import type { WorkspaceRecords } from '../records.js';
import { analyzeRecords } from './analysis.js';
import { CARE_SIGNAL_KINDS } from './care-signals.js';
import { ask, closeTie, interaction, observation, person } from './model-test-records.js';

const ASOF = '2024-06-30';
const ago = (days: number) => addDays(ASOF, -days);
const team = ['a', 'b', 'c'].map((id) => person(id, { unit: 'Shop', startedOn: '2020-01-01' }));

function signals(records: Partial<WorkspaceRecords>, lang: Lang = 'en') {
  return analyzeRecords({ people: team, ...records }, { asOf: ASOF, lang }).careSignals;
}
const kinds = (records: Partial<WorkspaceRecords>) => signals(records).map((s) => [s.kind, s.person, s.by, s.since]);

describe('care signals', () => {
  it('asks outweigh care: more asks than time spent together', () => {
    // two asks from a to b, one conversation between them in the last year: 2 > 1
    const found = kinds({
      ties: [closeTie('a', 'b', ASOF)],
      interactions: [interaction(ago(20), ['a', 'b'])],
      asks: [ask('a', 'b', ago(10)), ask('a', 'b', ago(5))],
    });
    expect(found).toContainEqual(['asks_outweigh_care', 'b', 'a', ago(10)]);
  });

  it('an ask the person wanted themselves is support, not pressure', () => {
    const found = kinds({ asks: [ask('a', 'b', ago(10), { wanted: 'yes' })] });
    expect(found.filter(([k]) => k === 'asks_outweigh_care' || k === 'ask_on_weak_tie')).toEqual([]);
  });

  it('an ask on a weak tie, and none on a strong one', () => {
    // one chat: strength 0.17, weak. The close tie a-c is strong.
    const found = kinds({
      ties: [closeTie('a', 'c', ASOF)],
      interactions: [interaction(ago(3), ['a', 'b'], { kind: 'chat' }), interaction(ago(3), ['a', 'c'])],
      asks: [ask('a', 'b', ago(2)), ask('a', 'c', ago(2))],
    });
    expect(found).toContainEqual(['ask_on_weak_tie', 'b', 'a', ago(2)]);
    expect(found.filter(([, p]) => p === 'c')).toEqual([]);
  });

  it('an ask after the person said they were uncomfortable raises a care signal', () => {
    const found = kinds({
      ties: [closeTie('a', 'b', ASOF), closeTie('c', 'b', ASOF)],
      asks: [ask('a', 'b', ago(30), { comfort: 'uncomfortable' }), ask('c', 'b', ago(10))],
    });
    // since: the day b said so
    expect(found).toContainEqual(['ask_after_discomfort', 'b', 'c', ago(30)]);
  });

  it('no discomfort signal once they say they are comfortable again, or for a step they wanted, or the same day', () => {
    const uncomfortable = ask('a', 'b', ago(30), { comfort: 'uncomfortable' });
    const none = (extra: ReturnType<typeof ask>[]) =>
      kinds({ ties: [closeTie('a', 'b', ASOF)], asks: [uncomfortable, ...extra] }).filter(
        ([k]) => k === 'ask_after_discomfort',
      );
    expect(none([ask('a', 'b', ago(20), { comfort: 'comfortable' }), ask('a', 'b', ago(10))])).toEqual([]);
    expect(none([ask('a', 'b', ago(10), { wanted: 'yes' })])).toEqual([]);
    expect(none([ask('c', 'b', ago(30))])).toEqual([]);
  });

  it('a yes never followed through, or still pending after a month', () => {
    const found = kinds({
      ties: [closeTie('a', 'b', ASOF), closeTie('a', 'c', ASOF)],
      asks: [
        ask('a', 'b', ago(60), { response: 'yes', followedThrough: 'no', wanted: 'yes' }),
        ask('a', 'c', ago(40), { response: 'yes', followedThrough: 'pending', wanted: 'yes' }),
        ask('b', 'c', ago(10), { response: 'yes', followedThrough: 'pending', wanted: 'yes' }),
      ],
    });
    expect(found.filter(([k]) => k === 'yes_without_follow_through')).toEqual([
      ['yes_without_follow_through', 'b', 'a', ago(60)],
      ['yes_without_follow_through', 'c', 'a', ago(40)],
    ]);
  });

  it('a strong tie left without contact for three months is fading', () => {
    // three one-on-ones 100 days ago, two started by a. On that day: contact 3, social bonus
    // 0.5 × (1 − e^-3) = 0.475, reciprocity 0.5 × min(2, 1) = 0.5: E = 3.975 → 0.734, strong.
    const day = ago(100);
    const found = kinds({
      interactions: [
        interaction(day, ['a', 'b'], { sides: ['social'], initiatedBy: 'a' }),
        interaction(day, ['a', 'b'], { sides: ['social'], initiatedBy: 'a' }),
        interaction(day, ['a', 'b'], { sides: ['social'], initiatedBy: 'b' }),
      ],
    });
    // a reached out more: a is asked to reach out again
    expect(found).toContainEqual(['fading_tie', 'b', 'a', day]);
    // in touch a week ago: not fading
    const recent = kinds({ interactions: [interaction(ago(7), ['a', 'b']), interaction(day, ['a', 'b'])] });
    expect(recent.filter(([k]) => k === 'fading_tie')).toEqual([]);
  });

  it('a newcomer nobody has spent time with yet, after their first two weeks', () => {
    const people = [...team, person('n', { unit: 'Shop', startedOn: ago(30) }), person('m', { startedOn: ago(5) })];
    const lonely = analyzeRecords({ people }, { asOf: ASOF }).careSignals.filter(
      (s) => s.person === 'n' || s.person === 'm',
    );
    expect(lonely.map((s) => [s.kind, s.person, s.by, s.since])).toEqual([['newcomer_unwelcomed', 'n', null, ago(30)]]);
    const welcomed = analyzeRecords(
      { people, interactions: [interaction(ago(20), ['n', 'a'], { kind: 'meal' })] },
      { asOf: ASOF },
    ).careSignals.filter((s) => s.person === 'n');
    expect(welcomed).toEqual([]);
  });

  it('a coworker nobody has any tie with; a quarrel or a tie to an outsider is not one', () => {
    const people = [...team, person('s', { circle: 'satellite' })];
    const found = analyzeRecords(
      {
        people,
        ties: [closeTie('a', 'b', ASOF), observation('c', 'a', ASOF, { sides: ['tension'] }), closeTie('c', 's', ASOF)],
      },
      { asOf: ASOF },
    ).careSignals;
    expect(found.map((s) => [s.kind, s.person, s.by, s.since])).toEqual([
      ['isolated_coworker', 'c', null, '2020-01-01'],
    ]);
  });

  it('says what to do instead, in plain words, in English and Spanish', () => {
    const records = { asks: [ask('a', 'b', ago(30), { comfort: 'uncomfortable' }), ask('a', 'b', ago(10))] };
    const en = signals(records).find((s) => s.kind === 'ask_after_discomfort')!;
    expect(en.advice).toContain('Stop asking');
    expect(en.advice).toContain(ago(30));
    const es = signals(records, 'es').find((s) => s.kind === 'ask_after_discomfort')!;
    expect(es.advice).toContain('Deja de pedir');
  });

  it('uses exactly the seven names', () => {
    expect(CARE_SIGNAL_KINDS).toEqual([
      'asks_outweigh_care',
      'ask_on_weak_tie',
      'ask_after_discomfort',
      'yes_without_follow_through',
      'fading_tie',
      'newcomer_unwelcomed',
      'isolated_coworker',
    ]);
  });
});
