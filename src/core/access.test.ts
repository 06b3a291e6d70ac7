import { describe, expect, it } from 'vitest';
import { smallWorkplace } from '../../test/support/small-workplace.js';
import { canReadNotes, canSeePerson, concernsViewer, visibleRecords, type Viewer } from './access.js';

const nights: Viewer = { userId: 7, role: 'member', units: ['Clinic/Nursing/Nights'] };
const nursingLead: Viewer = { userId: 8, role: 'lead', units: ['Clinic/Nursing'] };
const admin: Viewer = { userId: 1, role: 'admin', units: [] };
const outsider: Viewer = { userId: 9, role: 'lead', units: [] };

describe('need-to-know', () => {
  it('a member granted one shift sees its workers, the moon people and satellites, and nobody else', () => {
    const people = visibleRecords(nights, smallWorkplace()).people.map((p) => p.id);
    expect(people).toEqual(['p1', 'p2', 'm1', 's1']);
  });

  it('a grant of a department covers its shifts', () => {
    expect(canSeePerson(nursingLead, { unit: 'Clinic/Nursing/Days', circle: 'sun' })).toBe(true);
    expect(canSeePerson(nursingLead, { unit: 'Clinic/Pharmacy', circle: 'sun' })).toBe(false);
    expect(canSeePerson(nursingLead, { unit: 'Clinic/NursingHome', circle: 'sun' })).toBe(false);
  });

  it('a user with no grant in the workspace sees nothing at all, not even satellites', () => {
    const r = visibleRecords(outsider, smallWorkplace());
    expect(r.people).toEqual([]);
    expect(r.interactions).toEqual([]);
    expect(r.grievances).toEqual([]);
  });

  it('a site-wide grievance concerns a department inside it; another department does not', () => {
    expect(concernsViewer(nights, 'Clinic')).toBe(true);
    expect(concernsViewer(nights, 'Clinic/Pharmacy')).toBe(false);
  });

  it('people outside the grant vanish from the interactions they were in, with what they raised', () => {
    const r = visibleRecords(nights, smallWorkplace());
    const meeting = r.interactions.find((i) => i.id === 'i2');
    // i2 had p1 (Nights), p3 (Days) and p4 (Pharmacy): only p1 is left, and the raisings of p3 and p4 go.
    expect(meeting?.participants).toEqual(['p1']);
    expect(meeting?.raised).toEqual([]);
    expect(r.ties.map((t) => `${t.a}-${t.b}`)).toEqual(['p1-p2']);
    expect(r.ties[0]?.observedBy).toBeNull(); // observed by p3, who is outside the grant
    expect(r.asks.map((a) => a.id)).toEqual(['a1']);
  });

  it('members read only the notes they wrote; leads and admins read all notes on what they see', () => {
    expect(canReadNotes(nights, 7)).toBe(true);
    expect(canReadNotes(nights, 8)).toBe(false);
    expect(canReadNotes(nights, null)).toBe(false);
    expect(canReadNotes(nursingLead, null)).toBe(true);
    const data = smallWorkplace();
    const withAuthors = {
      ...data,
      interactions: data.interactions.map((i) => ({ ...i, loggedBy: i.id === 'i3' ? 7 : 8 })),
    };
    const notes = Object.fromEntries(visibleRecords(nights, withAuthors).interactions.map((i) => [i.id, i.notes]));
    expect(notes).toEqual({ i1: null, i2: null, i3: '=not a formula' });
  });

  it('an admin sees everything', () => {
    expect(visibleRecords(admin, smallWorkplace())).toEqual(smallWorkplace());
  });
});
