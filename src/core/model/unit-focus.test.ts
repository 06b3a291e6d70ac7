import { describe, expect, it } from 'vitest';
import { smallWorkplace } from '../../../test/support/small-workplace.js';
import { analyzeRecords } from './analysis.js';
import { focusReport } from './unit-focus.js';

describe('a report narrowed to one unit', () => {
  const records = smallWorkplace();
  const unitOf = (id: string) => records.people.find((p) => p.id === id)?.unit;
  const report = analyzeRecords(records, { asOf: '2024-03-31' });

  it('lists the unit and the units inside it, with the unit’s own figures as the overall ones', () => {
    const focused = focusReport(report, 'Clinic/Nursing', unitOf)!;
    expect(focused.units.map((u) => u.unit)).toEqual(
      report.units.map((u) => u.unit).filter((u) => u.startsWith('Clinic/Nursing')),
    );
    const own = report.units.find((u) => u.unit === 'Clinic/Nursing')!;
    expect(focused.people).toBe(own.people);
    expect(focused.overall.phase).toBe(own.phase);
    expect(focused.focus).toBe('Clinic/Nursing');
  });

  it('keeps grievances of the unit, above it and workspace-wide, and drops a sibling unit’s people', () => {
    const focused = focusReport(report, 'Clinic/Nursing/Days', unitOf)!;
    // g1 belongs to the Nights shift (a sibling), g2 to no unit (the whole workspace).
    expect(focused.grievances.map((g) => g.id)).toEqual(['g2']);
    for (const list of [focused.careSignals.map((c) => c.person), focused.stoneSand.stone, focused.stoneSand.sand]) {
      for (const id of list) expect(unitOf(id)).toBe('Clinic/Nursing/Days');
    }
  });

  it('says nothing for a unit that does not exist', () => {
    expect(focusReport(report, 'Clinic/Nowhere', unitOf)).toBeNull();
  });
});
