/**
 * Year three's relationships around the organizer: "a base of relationships with a broader set of
 * coworkers in my and other departments, I had found another couple of committed people". Repeated time
 * together of many kinds, several sides, started by both; a birthday party across departments; a newcomer
 * welcomed. (The close pairs elsewhere in the hospital are in texture.ts.)
 */
import { CLOSE_KINDS, closeSides } from './draft.js';
import { breakRoomId } from './places.js';
import type { ScriptBuilder } from './script.js';
import { BEATS, MONTHS } from './story.js';

/** Time together between two people from a story month to the end, about `rate` times a month. */
function closeTies(b: ScriptBuilder, one: number, other: number, from: number, rate: number): void {
  const { rng, site } = b;
  for (let m = from; m < MONTHS; m++) {
    const times = rng.round(rate);
    for (let k = 0; k < times; k++) {
      const kind = rng.weighted(CLOSE_KINDS);
      const starter = rng.chance(0.5) ? one : other;
      b.meet(m, [one, other], {
        kind,
        sides: closeSides(rng, kind),
        by: starter,
        space:
          kind === 'meal'
            ? b.space('diner')
            : kind === 'helped' || kind === 'chat'
              ? breakRoomId(site, site.department(starter))
              : null,
        raised: rng.chance(0.15) ? [one, other].filter((p) => b.hot(p)).map((p) => [p, null] as const) : [],
        notes: kind === 'helped' ? 'helped' : 'close',
        noteChance: 0.3,
      });
    }
  }
}

export function yearThreeTies(b: ScriptBuilder): void {
  const { organizer, committed, organizerCircle, coreCircles, welcomed } = b.cast;
  const { rng } = b;
  // The committed core: close from the turn of the year.
  closeTies(b, organizer, committed[0], BEATS.tiesFrom - 1, 1.6);
  closeTies(b, organizer, committed[1], BEATS.tiesFrom - 1, 1.4);
  closeTies(b, committed[0], committed[1], BEATS.tiesFrom, 1.0);
  organizerCircle.forEach((p, i) => closeTies(b, organizer, p, BEATS.tiesFrom + (i % 5), 1.2));
  coreCircles.forEach((circle, c) =>
    circle.forEach((p, i) => closeTies(b, committed[c] as number, p, BEATS.tiesFrom + 1 + (i % 4), 1.0)),
  );

  const guests = [organizer, ...committed, ...organizerCircle.slice(0, 5), ...coreCircles[0], ...coreCircles[1]];
  b.meet(BEATS.birthdayParty, rng.sample(guests, 10).concat(committed[1]), {
    kind: 'social',
    sides: ['social', 'emotional'],
    by: committed[1],
    notes: 'party',
    noteChance: 1,
  });

  // The newcomer hired in year three is welcomed: the model should see her as welcomed.
  const start = b.site.storyMonth(b.site.activeFrom[welcomed] as number);
  b.meet(start, [organizer, welcomed], {
    kind: 'chat',
    sides: ['social'],
    by: organizer,
    notes: 'welcome',
    noteChance: 1,
  });
  b.meet(start, [organizer, welcomed, committed[0]], {
    kind: 'meal',
    sides: ['social', 'emotional'],
    by: organizer,
    space: b.space('cafeteria'),
    notes: 'welcome',
  });
  for (let m = start + 1; m < MONTHS; m++) {
    const other = m % 2 === 0 ? organizer : committed[0];
    b.meet(m, [welcomed, other], {
      kind: rng.pick(['helped', 'chat', 'meal'] as const),
      sides: ['social', 'mutual_aid'],
      by: rng.chance(0.5) ? welcomed : other,
    });
  }
}
