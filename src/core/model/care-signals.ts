/**
 * Care signals (shared/CONCEPTS.md §3; docs/model.md#care-signals): signs that a relationship is being used
 * rather than built, or that someone has been left alone, each with plain-words advice on what to do instead.
 * An ask the person wanted themselves (`wanted: yes`) is support, not pressure: it raises no ask signal.
 */
import { fromDay } from '../dates.js';
import type { Lang } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import type { ModelAccumulator } from './accumulator.js';
import { COMFORT_CODE, FOLLOW_CODE, RESPONSE_CODE, WANTED_CODE } from './accumulator.js';
import { MODEL_MESSAGES } from './model-messages.js';
import { NO_DAY } from './pair-table.js';

export const CARE_SIGNAL_KINDS = [
  'asks_outweigh_care',
  'ask_on_weak_tie',
  'ask_after_discomfort',
  'yes_without_follow_through',
  'fading_tie',
  'newcomer_unwelcomed',
  'isolated_coworker',
] as const;
export type CareSignalKind = (typeof CARE_SIGNAL_KINDS)[number];

export interface CareSignal {
  kind: CareSignalKind;
  /** Who the signal is about: the person asked, the coworker left alone, one side of a fading tie. */
  person: string;
  /** Whose doing it concerns: the one who asked, the other side of a fading tie; null when nobody's. */
  by: string | null;
  /** Since when (YYYY-MM-DD), or null when the records do not say. */
  since: string | null;
  /** What to do instead, in plain words. */
  advice: string;
}

export interface CareInput {
  acc: ModelAccumulator;
  /** Strength by pair row. */
  strength: Float64Array;
  /** 1 for counted coworkers, by person index. */
  counted: Uint8Array;
}

interface Found {
  kind: CareSignalKind;
  person: number;
  by: number;
  since: number;
}

/** Every care signal, or (with `only`) those about or by one person. */
export function careSignals(input: CareInput, lang: Lang, only = -1): CareSignal[] {
  const found: Found[] = [...askSignals(input), ...tieSignals(input), ...personSignals(input, only)].filter(
    (f) => only < 0 || f.person === only || f.by === only,
  );
  const { ids } = input.acc;
  const t = translator(MODEL_MESSAGES, lang);
  const order = new Map(CARE_SIGNAL_KINDS.map((k, i) => [k, i]));
  found.sort(
    (a, b) =>
      order.get(a.kind)! - order.get(b.kind)! ||
      (a.since === NO_DAY ? 1 : 0) - (b.since === NO_DAY ? 1 : 0) ||
      a.since - b.since ||
      cmp(ids[a.person]!, ids[b.person]!) ||
      cmp(a.by < 0 ? '' : ids[a.by]!, b.by < 0 ? '' : ids[b.by]!),
  );
  return found.map((f) => {
    const person = ids[f.person]!;
    const by = f.by < 0 ? null : ids[f.by]!;
    const since = f.since === NO_DAY ? null : fromDay(f.since);
    return {
      kind: f.kind,
      person,
      by,
      since,
      advice: t(`care_${f.kind}`, { person, by: by ?? '', since: since ?? '' }),
    };
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Keep the earliest `since` per (kind, person, by). */
function collect(): { add(f: Found): void; list(): Found[] } {
  const map = new Map<string, Found>();
  return {
    add(f) {
      const key = `${f.kind}|${f.person}|${f.by}`;
      const had = map.get(key);
      if (!had || f.since < had.since) map.set(key, f);
    },
    list: () => [...map.values()],
  };
}

function askSignals({ acc, strength }: CareInput): Found[] {
  const s = acc.settings;
  const asks = acc.asks;
  const from = acc.asOfDay - s.careWindowDays;
  const out = collect();

  // per ordered pair (by → to): unwanted asks in the window, and the earliest of them
  const unwanted = new Map<string, { by: number; to: number; count: number; first: number }>();
  for (let r = 0; r < asks.size; r++) {
    const by = asks.by[r]!;
    const to = asks.to[r]!;
    const day = asks.day[r]!;
    if (day < from) continue;
    if (asks.wanted[r] !== WANTED_CODE.yes) {
      const key = `${by}|${to}`;
      const u = unwanted.get(key);
      if (u) {
        u.count++;
        if (day < u.first) u.first = day;
      } else unwanted.set(key, { by, to, count: 1, first: day });
    }
    const followed = asks.followed[r]!;
    if (
      asks.response[r] === RESPONSE_CODE.yes &&
      (followed === FOLLOW_CODE.no || (followed === FOLLOW_CODE.pending && acc.asOfDay - day >= s.followThroughDays))
    ) {
      out.add({ kind: 'yes_without_follow_through', person: to, by, since: day });
    }
  }
  for (const u of unwanted.values()) {
    const row = acc.pairs.row(u.by, u.to, false);
    const contacts = row < 0 ? 0 : acc.pairs.recentContacts(row);
    if (u.count > contacts) out.add({ kind: 'asks_outweigh_care', person: u.to, by: u.by, since: u.first });
    const x = row < 0 ? 0 : strength[row]!;
    if (x < s.strongTie) out.add({ kind: 'ask_on_weak_tie', person: u.to, by: u.by, since: u.first });
  }

  // asked again after saying they were uncomfortable, until they say they are comfortable (an ask they
  // answer comfortably, or wanted themselves, is not pressure)
  const byPerson = new Map<number, number[]>();
  for (let r = 0; r < asks.size; r++) {
    const list = byPerson.get(asks.to[r]!);
    if (list) list.push(r);
    else byPerson.set(asks.to[r]!, [r]);
  }
  for (const [to, rows] of byPerson) {
    rows.sort((a, b) => asks.day[a]! - asks.day[b]! || a - b);
    let uncomfortableSince = NO_DAY;
    for (let k = 0; k < rows.length;) {
      const day = asks.day[rows[k]!]!;
      let end = k;
      while (end < rows.length && asks.day[rows[end]!] === day) end++;
      for (let q = k; q < end; q++) {
        const r = rows[q]!;
        if (
          uncomfortableSince !== NO_DAY &&
          day >= from &&
          asks.wanted[r] !== WANTED_CODE.yes &&
          asks.comfort[r] !== COMFORT_CODE.comfortable
        ) {
          out.add({ kind: 'ask_after_discomfort', person: to, by: asks.by[r]!, since: uncomfortableSince });
        }
      }
      for (let q = k; q < end; q++) {
        const comfort = asks.comfort[rows[q]!];
        if (comfort === COMFORT_CODE.uncomfortable && uncomfortableSince === NO_DAY) uncomfortableSince = day;
        else if (comfort === COMFORT_CODE.comfortable) uncomfortableSince = NO_DAY;
      }
      k = end;
    }
  }
  return out.list();
}

/** Strong ties between coworkers with no contact for `fadingAfterDays`, within the care window. */
function tieSignals({ acc, counted }: CareInput): Found[] {
  const s = acc.settings;
  const pairs = acc.pairs;
  const out: Found[] = [];
  for (let r = 0; r < pairs.capacity; r++) {
    if (!pairs.used(r)) continue;
    const last = pairs.lastContact(r);
    if (last === NO_DAY) continue;
    const age = acc.asOfDay - last;
    if (age < s.fadingAfterDays || age > s.careWindowDays) continue;
    const lo = pairs.lo(r);
    const hi = pairs.hi(r);
    if (!counted[lo] || !counted[hi]) continue;
    // what the tie was worth on its last contact: its evidence, undecayed back to that day (evidenceEarlier)
    if (pairs.strength(r, s, 2 ** (age / s.halfLifeDays)) < s.strongTie) continue;
    const loReached = pairs.startedByLo(r) >= pairs.startedByHi(r);
    out.push({ kind: 'fading_tie', person: loReached ? hi : lo, by: loReached ? lo : hi, since: last });
  }
  return out;
}

/** Newcomers nobody has spent time with since they started, and coworkers nobody has any tie with. */
function personSignals({ acc, strength, counted }: CareInput, only: number): Found[] {
  const s = acc.settings;
  const n = acc.ids.length;
  const pairs = acc.pairs;
  const hasTie = new Uint8Array(n);
  const latest = new Int32Array(n).fill(NO_DAY);
  for (let r = 0; r < pairs.capacity; r++) {
    if (!pairs.used(r)) continue;
    const lo = pairs.lo(r);
    const hi = pairs.hi(r);
    if (!counted[lo] || !counted[hi]) continue;
    if (strength[r]! > 0) hasTie[lo] = hasTie[hi] = 1;
    const last = pairs.lastContact(r);
    if (last > latest[lo]!) latest[lo] = last;
    if (last > latest[hi]!) latest[hi] = last;
  }
  const out: Found[] = [];
  for (let i = 0; i < n; i++) {
    if (!counted[i] || (only >= 0 && i !== only)) continue;
    const started = acc.people.startedDay[i]!;
    const since = started === NO_DAY ? NO_DAY : acc.asOfDay - started;
    if (since !== NO_DAY && since < s.welcomeDays) continue;
    if (since !== NO_DAY && since <= s.newcomerDays) {
      if (latest[i]! < started) out.push({ kind: 'newcomer_unwelcomed', person: i, by: -1, since: started });
      continue;
    }
    if (!hasTie[i]) out.push({ kind: 'isolated_coworker', person: i, by: -1, since: started });
  }
  return out;
}
