/**
 * Years one and two of the story, as the organizer lived them (the essay's first two years), with the
 * staffer-driven push that leaves the care signals the model should raise: asks over weak ties, a
 * coworker asked again after saying she was uncomfortable.
 */
import { breakRoomId } from './places.js';
import type { AskTerms, ScriptBuilder } from './script.js';
import { BEATS } from './story.js';

/** Coworkers at work in a story month, outside `not`; only from one person's department when given. */
function coworkers(b: ScriptBuilder, storyMonth: number, not: readonly number[], sameDepartmentAs?: number): number[] {
  return b.atWork(storyMonth, sameDepartmentAs).filter((p) => !not.includes(p));
}

/** One such coworker who also passes `ok`, or undefined when there is none. */
function coworker(
  b: ScriptBuilder,
  storyMonth: number,
  not: readonly number[],
  sameDepartmentAs?: number,
  ok: (p: number) => boolean = () => true,
): number | undefined {
  const pool = b.atWork(storyMonth, sameDepartmentAs);
  for (let tries = 0; tries < 12 && pool.length > 0; tries++) {
    const p = b.rng.pick(pool);
    if (!not.includes(p) && ok(p)) return p;
  }
  const rest = pool.filter((p) => !not.includes(p) && ok(p));
  return rest.length > 0 ? b.rng.pick(rest) : undefined;
}

/**
 * Year one: "people kept to themselves... I had a difficult time engaging with on anything beyond small
 * talk." The organizer makes short one-sided small talk with many people, vents her own new-job troubles,
 * and a holiday potluck where people stay in their corners.
 */
function yearOne(b: ScriptBuilder): void {
  const { organizer } = b.cast;
  const { rng, site } = b;
  const room = breakRoomId(site, site.department(organizer));
  const talkedTo = new Map<number, number>();
  for (let m = 0; m < 12; m++) {
    const count = rng.between(3, 5);
    for (let k = 0; k < count; k++) {
      const other = coworker(
        b,
        m,
        [organizer],
        rng.chance(0.6) ? organizer : undefined,
        (p) => (talkedTo.get(p) ?? 0) < 2,
      );
      if (other === undefined) continue;
      talkedTo.set(other, (talkedTo.get(other) ?? 0) + 1);
      b.meet(m, [organizer, other], {
        kind: 'chat',
        sides: ['social'],
        by: organizer,
        space: rng.chance(0.6) ? room : b.space('cafeteria'),
        notes: 'smallTalk',
        noteChance: 0.35,
      });
    }
  }
  for (const m of BEATS.organizerVents) {
    const other = coworker(b, m, [organizer], organizer);
    if (other === undefined) continue;
    b.meet(m, [organizer, other], {
      kind: 'chat',
      sides: ['political'],
      by: organizer,
      space: room,
      raised: [[organizer, b.book.has('orientation') ? 'orientation' : null]],
      notes: 'vent',
      noteChance: 0.8,
    });
  }
  const potluck = rng.sample(coworkers(b, BEATS.holidayPotluck, [organizer], organizer), 6);
  b.meet(BEATS.holidayPotluck, [...potluck, organizer], {
    kind: 'social',
    sides: ['social'],
    by: potluck[0] ?? null,
    space: room,
    notes: 'potluck',
    noteChance: 1,
  });
}

/**
 * Year two: "problems everywhere that everyone was agitated about... I was able to meet up with coworkers
 * individually after work and talk about the problems, but we never trusted each other far enough."
 */
function yearTwo(b: ScriptBuilder): void {
  const { organizer, committed, friend } = b.cast;
  const { rng, site } = b;
  for (let m = 12; m < 24; m++) {
    for (let k = 0; k < 3; k++) {
      const other = coworker(b, m, [organizer, friend]);
      if (other === undefined) continue;
      b.meet(m, [organizer, other], {
        kind: 'chat',
        sides: ['political'],
        by: organizer,
        space: rng.chance(0.5) ? breakRoomId(site, site.department(other)) : b.space('cafeteria'),
        raised: m >= BEATS.breakCut && b.hot(other, m) && rng.chance(0.6) ? [[other, null]] : [],
        notes: 'grievance',
        noteChance: 0.3,
      });
    }
  }
  // A few one-on-ones after work, once each: the problems get said, nothing more.
  const afterWork = rng.sample(
    coworkers(b, 14, [organizer, friend, ...committed]).filter((p) => b.hot(p, 14)),
    8,
  );
  afterWork.forEach((other, i) => {
    b.meet(14 + i, [organizer, other], {
      kind: 'one_on_one',
      sides: ['political'],
      by: organizer,
      space: b.space('diner'),
      raised: [[other, null]],
      notes: 'afterWork',
      noteChance: 0.9,
    });
  });
  // Meeting the people who will become the committed core, still only as acquaintances.
  b.meet(BEATS.coreMet, [organizer, committed[0]], {
    kind: 'one_on_one',
    sides: ['political', 'social'],
    by: organizer,
    space: b.space('diner'),
    raised: [[committed[0], 'breaks']],
  });
  b.meet(BEATS.coreMet + 2, [organizer, committed[1]], { kind: 'chat', sides: ['social'], by: organizer });
  b.meet(BEATS.coreMet + 3, [committed[0], committed[1]], { kind: 'chat', sides: ['political'], by: committed[0] });
}

const PUSH_ASKS = [
  'Sign a union authorization card',
  'Come to the union information meeting',
  'Talk to the union staffer',
  'Give your personal phone number to the staffer',
];

/**
 * The staffer's push, after the essay's story of Ava: an organizer who follows a staffer's advice asks
 * people he barely knows, and keeps asking a coworker who said she was uncomfortable.
 */
function staffPush(b: ScriptBuilder): void {
  const { pushy, pressed } = b.cast;
  const { rng, site } = b;
  const staffer = site.outsider('staffer');
  const [first] = BEATS.staffPush;
  b.meet(first, [staffer, pushy], { kind: 'call', sides: ['political'], by: staffer, notes: 'staffer', noteChance: 1 });
  b.meet(first + 1, [pressed, pushy], {
    kind: 'chat',
    sides: ['political'],
    by: pressed,
    raised: [[pressed, 'breaks']],
    notes: 'grievance',
  });
  const uneasy = (what: string, response: AskTerms['response'], followedThrough: AskTerms['followedThrough']) =>
    ({ what, response, comfort: 'uncomfortable', wanted: 'no', followedThrough }) as const;
  const talk = b.meet(first + 2, [pushy, pressed], { kind: 'chat', sides: ['political'], by: pushy, notes: 'push' });
  b.ask(talk, pushy, pressed, uneasy('Talk to the union staffer about the break cut', 'yes', 'no'));
  const again = b.meet(first + 3, [pushy, pressed], { kind: 'chat', sides: ['political'], by: pushy });
  b.ask(again, pushy, pressed, uneasy('Meet the staffer on Thursday after all', 'no', 'unknown'));
  b.meet(first + 4, [staffer, pushy], { kind: 'call', sides: ['political'], by: staffer, notes: 'staffer' });

  // Asks over weak ties: people he has never spent time with.
  const strangers = rng.sample(coworkers(b, first + 1, [pushy, pressed, b.cast.organizer]), 12);
  const attended: number[] = [];
  strangers.forEach((other, i) => {
    const m = BEATS.staffPush[i % BEATS.staffPush.length] as number;
    const talk = b.meet(m, [pushy, other], {
      kind: 'chat',
      sides: ['political'],
      by: pushy,
      notes: 'push',
      noteChance: 0.4,
    });
    const response = rng.weighted([
      ['yes', 0.2],
      ['maybe', 0.3],
      ['no', 0.3],
      ['no_answer', 0.2],
    ] as const);
    if (response === 'yes' || (response === 'maybe' && rng.chance(0.3))) attended.push(other);
    // With a third of them he asks for two things in one go: asks outnumber everything else between them.
    const whats = rng.sample(PUSH_ASKS, i % 3 === 0 ? 2 : 1);
    for (const what of whats) {
      b.ask(talk, pushy, other, {
        what,
        response,
        comfort: rng.weighted([
          ['comfortable', 0.2],
          ['hesitant', 0.5],
          ['uncomfortable', 0.3],
        ] as const),
        wanted: rng.chance(0.4) ? 'no' : 'unknown',
        followedThrough: response === 'yes' ? (rng.chance(0.7) ? 'no' : 'yes') : 'unknown',
      });
    }
  });
  const meeting = b.meet(BEATS.infoMeeting, [staffer, pushy, ...attended.slice(0, 4), pressed], {
    kind: 'meeting',
    sides: ['political'],
    by: staffer,
    space: b.space('hall'),
  });
  // She came once, said nothing, and was asked yet again on the way out.
  b.ask(meeting, pushy, pressed, uneasy('Bring two coworkers next time', 'no_answer', 'unknown'));
}

/** The organizer's close friend: strong in months 21-28, then nothing: a tie left to fade. */
function closeFriend(b: ScriptBuilder): void {
  const { organizer, friend } = b.cast;
  const kinds = ['meal', 'one_on_one', 'call', 'helped', 'social'] as const;
  for (let m = BEATS.fadingFrom; m <= BEATS.fadingTo; m++) {
    for (let k = 0; k < 2; k++) {
      const kind = b.rng.pick(kinds);
      b.meet(m, [organizer, friend], {
        kind,
        sides:
          kind === 'helped'
            ? ['mutual_aid', 'social']
            : k === 0
              ? ['social', 'emotional']
              : ['social', 'political', 'emotional'],
        by: k % 2 === 0 ? organizer : friend,
        space: kind === 'meal' ? b.space('diner') : null,
        notes: kind === 'helped' ? 'helped' : 'close',
        noteChance: 0.4,
      });
    }
  }
}

export function yearOneAndTwo(b: ScriptBuilder): void {
  yearOne(b);
  yearTwo(b);
  staffPush(b);
  closeFriend(b);
}
