/**
 * Year three's turn to action: "those individual conversations sometimes sprouted into group conversations
 * and bloomed into ad hoc committees of workers forming to talk about grievances and taking action together
 * to fix them." Group conversations, the ad hoc committee, asks made over close ties (and a few made badly),
 * a delegation, a petition and a march on the boss, and the people outside the workplace around them.
 */
import type { Interaction } from '../core/records.js';
import { breakRoomId } from './places.js';
import type { AskTerms, ScriptBuilder } from './script.js';
import { BEATS, MONTHS } from './story.js';

function relationshipAsk(b: ScriptBuilder, what: string): AskTerms {
  const { rng } = b;
  const response = rng.weighted([
    ['yes', 0.78],
    ['maybe', 0.12],
    ['no', 0.1],
  ] as const);
  return {
    what,
    response,
    comfort: rng.chance(0.72) ? 'comfortable' : 'hesitant',
    wanted: rng.chance(0.8) ? 'yes' : 'unknown',
    followedThrough: response === 'yes' ? (rng.chance(0.92) ? 'yes' : 'no') : 'unknown',
  };
}

/** Each committee member's close people, as of a site month: the cast's circles and the close pairs. */
function closePeople(b: ScriptBuilder, member: number, month: number): number[] {
  const { organizer, committed, organizerCircle, coreCircles } = b.cast;
  if (member === organizer) return [...organizerCircle];
  const i = committed.indexOf(member);
  if (i >= 0) return [...(coreCircles[i] ?? []), i === 0 ? committed[1] : committed[0]];
  return b.site.strongPairs
    .filter((p) => p.from <= month - 3 && (p.a === member || p.b === member))
    .map((p) => (p.a === member ? p.b : p.a));
}

function groupsAndCommittee(b: ScriptBuilder): void {
  const { organizer, committed, organizerCircle, coreCircles, committee } = b.cast;
  const { rng, site } = b;
  const starters = [...organizerCircle, ...coreCircles[0], ...coreCircles[1]];
  BEATS.groupConversations.forEach((m, i) => {
    const starter = starters[i] ?? committed[i % 2]!;
    const around = site.unit(starter).members.filter((p) => p !== starter && p !== organizer);
    const people = [starter, ...rng.sample(around, 2 + i), i === 0 ? organizer : committed[i % 2]!];
    b.meet(m, people, {
      kind: i === 0 ? 'meal' : 'chat',
      sides: ['political', 'social'],
      by: starter,
      space: b.space('cafeteria'),
      raised: [starter, people[1] ?? starter]
        .filter((p) => b.hot(p))
        .map((p, k) => [p, k === 0 ? 'breaks' : null] as const),
      notes: 'group',
      noteChance: 1,
    });
  });
  b.meet(BEATS.committeeFormed, committee, {
    kind: 'meeting',
    sides: ['political', 'social'],
    by: committed[0],
    space: b.space('diner'),
    raised: [[committee[4] ?? organizer, 'breaks']],
    notes: 'committee',
    noteChance: 1,
  });
  b.committee('breaks', 'Ad hoc committee on breaks', committee);
  for (let m = BEATS.committeeFormed + 1; m < MONTHS; m++) {
    const present = rng.sample(committee, rng.between(5, Math.max(5, committee.length - 1)));
    b.meet(m, present, {
      kind: 'meeting',
      sides: ['political', 'social'],
      by: present[0] ?? null,
      space: b.space(rng.pick(['cafeteria', 'hall', 'diner'] as const)),
      raised: present
        .slice(1, 2)
        .filter((p) => b.hot(p) && rng.chance(0.5))
        .map((p) => [p, null] as const),
      notes: 'committee',
    });
  }
  const staffer = site.outsider('staffer');
  b.meet(BEATS.stewardTraining, [staffer, committed[0], ...committee.slice(4, 7)], {
    kind: 'meeting',
    sides: ['political'],
    by: staffer,
    space: b.space('hall'),
    notes: 'training',
    noteChance: 1,
  });
}

/** Asks over close ties, and the bad patterns the model should flag: yes without follow-through, asks over weak ties. */
function asks(b: ScriptBuilder): void {
  const { organizer, committed, committee, flaky, eager, pushy, pressed } = b.cast;
  const { rng, site } = b;
  for (const member of committee) {
    const people = rng.sample(closePeople(b, member, site.beat(29)), 4);
    people.forEach((to, i) => {
      const step = i === 3 ? 'collect' : 'petition';
      const what =
        step === 'collect' ? 'Help collect signatures on your shift' : 'Sign the petition to restore 30-minute breaks';
      b.askInPerson(29 + (i % 2), member, to, relationshipAsk(b, what), {}, step);
    });
    for (const to of rng.sample(people, 2)) {
      b.askInPerson(31, member, to, relationshipAsk(b, "Come on the march to the administrator's office"), {}, 'march');
    }
  }
  // Supporting someone through her own fear is not pushing: hesitant, but she wanted to.
  const [speaker] = rng.sample(closePeople(b, committed[1], site.beat(31)), 1);
  if (speaker !== undefined) {
    b.askInPerson(
      31,
      committed[1],
      speaker,
      {
        what: 'Speak at the march about your unit',
        response: 'yes',
        comfort: 'hesitant',
        wanted: 'yes',
        followedThrough: 'yes',
      },
      {},
      'march',
    );
  }

  // Said yes, did not follow through.
  b.meet(26, [committed[0], flaky[0]!], { kind: 'chat', sides: ['social'], by: committed[0] });
  b.meet(28, [committed[0], flaky[0]!], { kind: 'chat', sides: ['social', 'political'], by: flaky[0]! });
  b.askInPerson(30, committed[0], flaky[0]!, {
    what: 'Bring the petition to your shift',
    response: 'yes',
    comfort: 'comfortable',
    wanted: 'unknown',
    followedThrough: 'no',
  });
  b.meet(30, [organizer, flaky[1]!], { kind: 'chat', sides: ['social'], by: flaky[1]! });
  for (const m of [33, 34]) {
    b.askInPerson(m, organizer, flaky[1]!, {
      what: 'Come to the committee meeting on Thursday',
      response: 'yes',
      comfort: 'comfortable',
      wanted: 'yes',
      followedThrough: 'no',
    });
  }
  b.askInPerson(MONTHS - 1, organizer, committed[1], {
    what: 'Help plan what the committee does next',
    response: 'maybe',
    comfort: 'comfortable',
    wanted: 'yes',
    followedThrough: 'pending',
  });

  // A new committee member asks people he has never spent time with.
  const strangers = site.units
    .filter((u) => u !== site.unit(eager))
    .flatMap((u) => site.reachable(u, site.beat(29)))
    .filter((p) => !committee.includes(p));
  rng.sample(strangers, 4).forEach((to, i) => {
    const talk = b.meet(29 + (i % 2), [eager, to], { kind: 'chat', sides: ['political'], by: eager, notes: 'push' });
    b.ask(talk, eager, to, {
      what: 'Sign the petition to restore 30-minute breaks',
      response: rng.pick(['yes', 'maybe', 'no_answer'] as const),
      comfort: 'hesitant',
      wanted: 'unknown',
      followedThrough: 'unknown',
    });
  });

  // The staffer's way goes on in the units where ties never formed, and she is asked once more.
  const again = b.meet(26, [pushy, pressed], { kind: 'chat', sides: ['political'], by: pushy });
  b.ask(again, pushy, pressed, {
    what: 'Talk to the staffer, he is around on Thursday',
    response: 'no',
    comfort: 'uncomfortable',
    wanted: 'no',
    followedThrough: 'unknown',
  });
  const card = (what: string): AskTerms => ({
    what,
    response: rng.pick(['no', 'maybe', 'no_answer'] as const),
    comfort: rng.pick(['hesitant', 'uncomfortable'] as const),
    wanted: 'unknown',
    followedThrough: 'unknown',
  });
  const push = (m: number, to: number, whats: readonly string[]) => {
    const talk = b.meet(m, [pushy, to], {
      kind: 'chat',
      sides: ['political'],
      by: pushy,
      notes: 'push',
      noteChance: 0.3,
    });
    for (const what of whats) b.ask(talk, pushy, to, card(what));
  };
  const around = site.unit(pushy).members.filter((p) => p !== pushy && p !== pressed);
  rng.sample(around, 3).forEach((to, i) => push(26 + i, to, ['Sign a union authorization card']));
  // People from other departments he has never spent time with: two asks in one short talk, a third the
  // next month. Asks outweigh everything else between them.
  const elsewhere = b
    .atWork(26)
    .filter((p) => site.department(p) !== site.department(pushy) && !committee.includes(p) && p !== pressed);
  rng.sample(elsewhere, 2).forEach((to, i) => {
    push(27 + i, to, ['Sign a union authorization card', 'Come to the union information meeting']);
    push(28 + i, to, ['Sign the card this week']);
  });
}

/** The actions, and the moon people and satellites around them. */
function actions(b: ScriptBuilder): void {
  const { organizer, committed, committee, delegation, opposed } = b.cast;
  const { rng, site } = b;
  const out = (key: Parameters<typeof site.outsider>[0]) => site.outsider(key);

  if (b.book.has('lifting') && delegation.length >= 3) {
    b.meet(BEATS.delegation - 1, delegation, {
      kind: 'meeting',
      sides: ['political', 'social'],
      space: breakRoomId(site, site.department(delegation[0]!)),
      raised: delegation.slice(0, 3).map((p) => [p, 'lifting'] as const),
      notes: 'committee',
    });
    b.committee('lifting', 'Lift equipment group', delegation);
    b.meet(BEATS.delegation, delegation, {
      kind: 'action',
      sides: ['political'],
      space: b.space('admin'),
      notes: 'action',
      noteChance: 1,
    });
    b.action(BEATS.delegation, {
      title: 'Delegation to the facilities director about lift equipment',
      kind: 'march',
      space: b.space('admin'),
      grievances: ['lifting'],
      people: delegation,
      outcome: 'won',
    });
  }

  b.meet(BEATS.lawyerCall, [out('lawyer'), organizer, committed[0]], {
    kind: 'call',
    sides: ['political'],
    by: organizer,
    notes: 'lawyer',
    noteChance: 1,
  });
  b.meet(BEATS.parentsMeeting, [out('parentLead'), out('parent'), committed[1], organizer], {
    kind: 'meeting',
    sides: ['political', 'social'],
    by: out('parentLead'),
    space: b.space('diner'),
    notes: 'parents',
    noteChance: 1,
  });

  // Stone and sand: signers bound to the committee by close ties, and names with no tie at all.
  const month = site.beat(BEATS.petition);
  const paired = new Set<number>();
  for (const p of site.strongPairs) if (p.from <= month) paired.add(p.a).add(p.b);
  const inReady = (p: number) => site.unit(p).arc === 'ready' || site.unit(p).arc === 'cooled';
  const everyone = site.units.flatMap((u) => site.reachable(u, month)).filter((p) => !opposed.includes(p));
  const agreed = (step: string) => [...(b.agreed.get(step) ?? [])];
  const signers = [
    ...committee,
    ...agreed('petition'),
    ...agreed('collect'),
    ...everyone.filter((p) => paired.has(p) && inReady(p) && rng.chance(0.6)),
    ...everyone.filter((p) => !paired.has(p) && rng.chance(0.25)),
  ];
  b.action(BEATS.petition, {
    title: 'Petition to restore 30-minute breaks',
    kind: 'petition',
    space: b.space('cafeteria'),
    grievances: ['breaks'],
    people: signers,
    outcome: 'partial',
  });
  const marchers = [
    ...committee,
    ...agreed('march'),
    ...everyone.filter((p) => paired.has(p) && inReady(p) && rng.chance(0.3)),
    ...everyone.filter((p) => !paired.has(p) && rng.chance(0.04)),
    out('parentLead'),
    out('parent'),
  ];
  b.action(BEATS.march, {
    title: "March on the administrator's office over breaks",
    kind: 'march',
    space: b.space('admin'),
    grievances: ['breaks', 'ratios'],
    people: marchers,
    outcome: 'partial',
  });

  const table: Interaction | null = b.meet(
    BEATS.bargainingTableMeeting,
    [out('negotiator'), out('president'), committed[0], committee[4] ?? organizer],
    {
      kind: 'meeting',
      sides: ['political'],
      by: out('negotiator'),
      space: b.space('table'),
      notes: 'table',
      noteChance: 1,
    },
  );
  if (table) {
    b.meet(BEATS.negotiatorReportBack, [out('negotiator'), organizer], {
      kind: 'call',
      sides: ['political'],
      by: out('negotiator'),
      notes: 'reportBack',
      noteChance: 1,
    });
  }
  const emergency = committee.filter((p) => site.department(p).name === 'Emergency');
  b.action(BEATS.testimony, {
    title: 'Testimony at the county health board on staffing',
    kind: 'testimony',
    space: b.space('board'),
    grievances: [b.book.has('staffing') ? 'staffing' : 'ratios'],
    people: [out('lawyer'), ...[...emergency, ...committee.slice(2)].slice(0, 2)],
    outcome: 'pending',
  });
}

export function yearThreeAction(b: ScriptBuilder): void {
  groupsAndCommittee(b);
  asks(b);
  actions(b);
}
