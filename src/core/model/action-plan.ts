/**
 * Planning an action relationship first (issue 6, item 4; docs/model.md#plans): for a planned action, or a
 * message the committee wants every coworker to hear, pair each person expected with the committee member (or
 * organizer) who has the strongest tie to them, so the word travels person to person instead of being
 * blasted. It flags people nobody has a tie to, asks that would go over a weak tie, and people who said they
 * were uncomfortable being asked; gives stone and sand for the people expected; afterwards, who was reached
 * and by whom; and answers the essay's question, "does this strengthen our relationships?", with the plan's
 * own figures.
 *
 * Pure: a function of the plan, the records (as the viewer may see them) and the analysis date.
 */
import { z } from 'zod';
import type { Lang } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import type { Plan } from '../power-records.js';
import { askDate, type WorkspaceRecords } from '../records.js';
import { isWithinUnit } from '../units.js';
import { ModelAccumulator } from './accumulator.js';
import { buildBase } from './base.js';
import { POWER_MESSAGES } from './power-messages.js';
import type { ModelSettings } from './settings.js';
import { stoneSandOf } from './stone-sand.js';

const id = z.string();
const count = z.number().int().min(0);

export const planPairSchema = z.object({
  person: id,
  /** The committee member or organizer with the strongest tie to them; null when nobody has any. */
  by: id.nullable(),
  strength: z.number().min(0).max(1),
  /** The tie is strong: the ask goes over a relationship that can carry it. */
  strong: z.boolean(),
  /** They said they were uncomfortable the last time they were asked something: do not ask, ask how they are. */
  uncomfortable: z.boolean(),
  /** Afterwards: the first time a committee member or organizer spent time with them, from the plan's day on. */
  reachedOn: z.string().nullable(),
  reachedBy: id.nullable(),
});

export const planAnswerSchema = z.object({
  /** Does this strengthen our relationships? `yes` when asks over strong ties reach the supermajority line. */
  answer: z.enum(['yes', 'partly', 'not_yet']),
  strongTies: count,
  weakTies: count,
  nobody: count,
  uncomfortable: count,
  /** Asks over strong ties / people expected. */
  strongShare: z.number().min(0).max(1),
  /** What to do about it, in plain words. */
  advice: z.array(z.string()),
});

export const planReportSchema = z.object({
  plan: id,
  asOf: z.string(),
  /** Counted coworkers the plan expects (its people and units; everyone when it names nobody). */
  expected: count,
  /** Committee members and organizers the word travels through. */
  carriers: z.array(id),
  pairs: z.array(planPairSchema),
  nobody: z.array(id),
  weakTies: z.array(id),
  uncomfortable: z.array(id),
  stoneSand: z.object({ stone: z.array(id), sand: z.array(id) }),
  reach: z.object({ reached: count, byTheirPair: count, byOthers: count, notYet: count }),
  question: planAnswerSchema,
});

export type PlanPair = z.infer<typeof planPairSchema>;
export type PlanReport = z.infer<typeof planReportSchema>;

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function planReport(
  plan: Plan,
  records: WorkspaceRecords,
  options: { asOf: string; settings?: ModelSettings; lang?: Lang },
): PlanReport {
  const acc = new ModelAccumulator({ asOf: options.asOf, settings: options.settings });
  acc.addRecords(records);
  const s = acc.settings;
  const base = buildBase(acc);
  const counted = (pid: string) => {
    const i = acc.indexOf(pid);
    return i >= 0 && base.counted[i] === 1;
  };

  // who is expected: the plan's people and the counted people of its units; nobody named: everyone
  const people = records.people.filter((p) => counted(p.id));
  const named = new Set(records.people.map((p) => p.id));
  const expected =
    plan.expected.length === 0
      ? people.map((p) => p.id)
      : people
          .filter((p) => plan.expected.some((t) => (named.has(t) ? t === p.id : isWithinUnit(p.unit, t))))
          .map((p) => p.id);

  // the carriers: committee members, and supporters trusted by coworkers (the model's organizers)
  const carriers = new Set<string>();
  for (const c of records.committees) for (const m of c.members) if (counted(m)) carriers.add(m);
  for (const p of people) {
    const i = acc.indexOf(p.id);
    if (p.stance === 'supporter' && base.strongDegree[i]! >= s.organizerStrongTies) carriers.add(p.id);
  }

  const uncomfortable = lastSaidUncomfortable(records);
  const { offsets, targets, weights } = base.ties;
  const firstContact = reachFrom(records, plan.createdOn, options.asOf, carriers);
  const pairs = expected.map((person): PlanPair => {
    const i = acc.indexOf(person);
    let by: string | null = null;
    let strength = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const other = acc.ids[targets[e]!]!;
      if (other === person || !carriers.has(other)) continue;
      const w = weights[e]!;
      if (w > strength || (w === strength && by !== null && other < by)) {
        strength = w;
        by = other;
      }
    }
    const reached = firstContact.get(person);
    return {
      person,
      by,
      strength: round4(strength),
      strong: strength >= s.strongTie,
      uncomfortable: uncomfortable.has(person),
      reachedOn: reached?.on ?? null,
      reachedBy: reached ? (by !== null && reached.by.includes(by) ? by : reached.by[0]!) : null,
    };
  });
  pairs.sort((a, b) => byId(a.person, b.person));

  const nobody = pairs.filter((p) => p.by === null).map((p) => p.person);
  const weak = pairs.filter((p) => p.by !== null && !p.strong).map((p) => p.person);
  const uneasy = pairs.filter((p) => p.uncomfortable).map((p) => p.person);
  const strongCount = pairs.filter((p) => p.strong && !p.uncomfortable).length;
  const stoneSand = stoneSandOf(
    expected.map((x) => acc.indexOf(x)),
    base.strong,
  );
  const reachedPairs = pairs.filter((p) => p.reachedOn !== null);
  const strongShare = pairs.length === 0 ? 0 : strongCount / pairs.length;
  const t = translator(POWER_MESSAGES, options.lang ?? 'en');
  const advice: string[] = [];
  if (nobody.length > 0) advice.push(t('plan_nobody', { count: nobody.length }));
  if (weak.length > 0) advice.push(t('plan_weak', { count: weak.length }));
  if (uneasy.length > 0) advice.push(t('plan_uncomfortable', { count: uneasy.length }));
  if (stoneSand.sand.length > 0) advice.push(t('plan_sand', { count: stoneSand.sand.length }));
  if (advice.length === 0 && pairs.length > 0) advice.push(t('plan_good'));

  return {
    plan: plan.id,
    asOf: options.asOf,
    expected: expected.length,
    carriers: [...carriers].sort(byId),
    pairs,
    nobody,
    weakTies: weak,
    uncomfortable: uneasy,
    stoneSand: {
      stone: stoneSand.stone.map((i) => acc.ids[i]!).sort(byId),
      sand: stoneSand.sand.map((i) => acc.ids[i]!).sort(byId),
    },
    reach: {
      reached: reachedPairs.length,
      byTheirPair: reachedPairs.filter((p) => p.reachedBy === p.by).length,
      byOthers: reachedPairs.filter((p) => p.reachedBy !== p.by).length,
      notYet: pairs.length - reachedPairs.length,
    },
    question: {
      answer: strongShare >= s.supermajority ? 'yes' : strongShare >= 1 - s.supermajority ? 'partly' : 'not_yet',
      strongTies: strongCount,
      weakTies: weak.length,
      nobody: nobody.length,
      uncomfortable: uneasy.length,
      strongShare: round4(strongShare),
      advice,
    },
  };
}

/** People whose last word on being asked (the latest ask with a comfort recorded) was "uncomfortable". */
function lastSaidUncomfortable(records: WorkspaceRecords): Set<string> {
  const dates = new Map(records.interactions.map((i) => [i.id, i.occurredOn]));
  const last = new Map<string, { date: string; uncomfortable: boolean }>();
  for (const ask of records.asks) {
    if (ask.comfort === null) continue;
    const date = askDate(ask, (x) => dates.get(x)) ?? '';
    const seen = last.get(ask.to);
    if (!seen || date >= seen.date) last.set(ask.to, { date, uncomfortable: ask.comfort === 'uncomfortable' });
  }
  return new Set([...last].filter(([, v]) => v.uncomfortable).map(([k]) => k));
}

/**
 * For each person, the first day from the plan's own day on that a carrier spent time with them, and which
 * carriers did. The plan's day counts: a committee makes a plan and starts talking the same day, and a
 * conversation has a date, not a time.
 */
function reachFrom(
  records: WorkspaceRecords,
  from: string,
  asOf: string,
  carriers: ReadonlySet<string>,
): Map<string, { on: string; by: string[] }> {
  const out = new Map<string, { on: string; by: string[] }>();
  for (const i of records.interactions) {
    if (i.occurredOn < from || i.occurredOn > asOf) continue;
    const present = i.participants.filter((p) => carriers.has(p));
    if (present.length === 0) continue;
    for (const p of i.participants) {
      const by = present.filter((c) => c !== p).sort(byId);
      if (by.length === 0) continue;
      const seen = out.get(p);
      if (!seen || i.occurredOn < seen.on) out.set(p, { on: i.occurredOn, by });
      else if (i.occurredOn === seen.on) seen.by = [...new Set([...seen.by, ...by])].sort(byId);
    }
  }
  return out;
}
