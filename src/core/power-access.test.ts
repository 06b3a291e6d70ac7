/**
 * Need-to-know for the power map's records (the rules are in access.ts's header), on the small clinic of
 * test/support/small-workplace.ts: Nights and Days are Clinic/Nursing's shifts, Pharmacy another department.
 */
import { describe, expect, it } from 'vitest';
import { smallWorkplace } from '../../test/support/small-workplace.js';
import { visibleRecords, type Viewer } from './access.js';

const nights: Viewer = { userId: 7, role: 'member', units: ['Clinic/Nursing/Nights'] };
const nursingLead: Viewer = { userId: 8, role: 'lead', units: ['Clinic/Nursing'] };
const pharmacy: Viewer = { userId: 9, role: 'member', units: ['Clinic/Pharmacy'] };
const outsider: Viewer = { userId: 10, role: 'lead', units: [] };
const admin: Viewer = { userId: 1, role: 'admin', units: [] };

describe('need-to-know for the power map', () => {
  it('everyone with a grant sees the mandates and votes, with the holders they may see', () => {
    const r = visibleRecords(pharmacy, smallWorkplace());
    expect(r.mandates).toEqual([{ ...smallWorkplace().mandates[0]!, holders: ['m1'] }]);
    expect(r.votes.map((v) => v.id)).toEqual(['v1']);
    // i2, where the mandate was decided, had p4 of Pharmacy in it: still named
    expect(r.mandates[0]!.decidedIn).toBe('i2');
  });

  it('a session at the table is seen with the attendees and report-back audiences one may see', () => {
    const r = visibleRecords(nights, smallWorkplace());
    expect(r.moon_sessions.map((s) => [s.id, s.attendees, s.reportedTo])).toEqual([
      ['ms1', ['m1', 'p1'], ['Clinic/Nursing', 'p2']],
      ['ms2', ['m1'], []], // p3 of the day shift is outside the grant
    ]);
    const seen = visibleRecords(pharmacy, smallWorkplace()).moon_sessions.find((s) => s.id === 'ms1')!;
    expect(seen.attendees).toEqual(['m1']);
    expect(seen.reportedTo).toEqual([]); // Clinic/Nursing and p2 are not Pharmacy's business
  });

  it("a session in a moon space scoped to another department is not one's business", () => {
    const data = smallWorkplace();
    data.spaces.push({ id: 'hearing', name: 'Pharmacy board hearing', kind: 'moon', unit: 'Clinic/Pharmacy' });
    data.moon_sessions.push({ ...data.moon_sessions[1]!, id: 'ms3', space: 'hearing', attendees: ['m1'] });
    expect(visibleRecords(nights, data).moon_sessions.map((s) => s.id)).toEqual(['ms1', 'ms2']);
    expect(visibleRecords(pharmacy, data).moon_sessions.map((s) => s.id)).toEqual(['ms1', 'ms2', 'ms3']);
  });

  it('a satellite effect on people and units one may not see is hidden; on some of them, narrowed', () => {
    expect(visibleRecords(nights, smallWorkplace()).satellite_effects.map((e) => [e.id, e.on])).toEqual([['se2', []]]);
    expect(visibleRecords(nursingLead, smallWorkplace()).satellite_effects.map((e) => [e.id, e.on])).toEqual([
      ['se1', ['p3']],
      ['se2', []],
    ]);
    expect(visibleRecords(pharmacy, smallWorkplace()).satellite_effects.map((e) => [e.id, e.on])).toEqual([
      ['se1', ['Clinic/Pharmacy']],
      ['se2', []],
    ]);
  });

  it('a picket shift goes with its sun space; mutual aid with the person helped', () => {
    expect(visibleRecords(nights, smallWorkplace()).picket_shifts.map((s) => s.id)).toEqual(['ps1']);
    expect(visibleRecords(pharmacy, smallWorkplace()).picket_shifts).toEqual([]);
    expect(visibleRecords(nights, smallWorkplace()).mutual_aid.map((a) => a.id)).toEqual(['ma1']);
    expect(visibleRecords(nursingLead, smallWorkplace()).mutual_aid.map((a) => a.id)).toEqual(['ma1', 'ma2']);
    const data = smallWorkplace();
    data.mutual_aid[0] = { ...data.mutual_aid[0]!, givenBy: 'p4' };
    expect(visibleRecords(nights, data).mutual_aid[0]!.givenBy).toBeNull(); // who gave it is outside the grant
  });

  it('someone with no grant sees none of it; an admin sees all of it', () => {
    const none = visibleRecords(outsider, smallWorkplace());
    for (const kind of [
      'mandates',
      'moon_sessions',
      'votes',
      'satellite_effects',
      'picket_shifts',
      'mutual_aid',
    ] as const) {
      expect(none[kind]).toEqual([]);
    }
    expect(visibleRecords(admin, smallWorkplace())).toEqual(smallWorkplace());
  });
});
