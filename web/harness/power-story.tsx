/**
 * The power map's diagram with fixed, made-up figures, after the essay: a hospital with its break rooms and
 * picket lines, the bargaining table and a hearing room, the negotiator and a worker on the team, and
 * satellites of every net effect. `&satellites=N` draws more satellites than the orbit holds.
 */
import { PowerDiagram } from '../components/power/PowerDiagram.js';

const SUNS = [
  { id: 's-picket', name: 'Picket line at the main entrance', power: 130 },
  { id: 's-cafeteria', name: 'Cafeteria', power: 110 },
  { id: 's-nursing', name: 'Nursing break room', power: 42 },
  { id: 's-kitchen', name: 'Kitchen', power: 18 },
  { id: 's-lab', name: 'Lab break room', power: 6 },
  { id: 's-pharmacy', name: 'Pharmacy', power: 1.5 },
  { id: 's-laundry', name: 'Laundry', power: 0.8 },
];

const MOONS = [
  { id: 'm-table', name: 'Bargaining table', sessions: 14, closedDoor: 10 },
  { id: 'm-board', name: 'County health board hearing room', sessions: 0, closedDoor: 0 },
];

const MOON_PEOPLE = [
  { id: 'o-negotiator', name: 'Ricardo López', space: 'm-table', overdue: 10 },
  { id: 'o-president', name: 'Fernando Ramos', space: 'm-table', overdue: 0 },
];

const SATELLITES = [
  { id: 'x-staff', name: 'Emily Wright', net: -2 },
  { id: 'x-lawyer', name: 'Héctor Torres', net: 0 },
  { id: 'x-parent', name: 'Juan Nwosu', net: 1 },
  { id: 'x-parents', name: 'Adebayo Obi', net: 2 },
];

export function PowerStory({ satellites = SATELLITES.length }: { satellites?: number }) {
  const shown = Array.from({ length: satellites }, (_, i) => {
    const base = SATELLITES[i % SATELLITES.length]!;
    return i < SATELLITES.length ? base : { ...base, id: `${base.id}-${i}`, name: `${base.name} ${i}` };
  });
  return (
    <PowerDiagram
      title="The power map of Alder Bay Hospital"
      description="Alder Bay Hospital, 275 coworkers, is at the centre, with its sun spaces, moon spaces and satellites."
      workplace={{ name: 'Alder Bay Hospital', detail: '275 coworkers' }}
      suns={SUNS}
      moons={MOONS}
      moonPeople={MOON_PEOPLE}
      satellites={shown}
    />
  );
}
