import { describe, expect, it } from 'vitest';
import { formatRaised } from './raised-by.js';

describe('writing who raised which grievance', () => {
  it('leaves raised_by empty when nobody is named', () => {
    expect(
      formatRaised([
        { grievance: 'g1', by: null },
        { grievance: 'g2', by: null },
      ]),
    ).toEqual({ grievances: 'g1;g2', raised_by: '' });
  });

  it('writes plain people when each of them raised every grievance', () => {
    expect(
      formatRaised([
        { grievance: 'g1', by: 'p2' },
        { grievance: 'g1', by: 'p1' },
        { grievance: 'g2', by: 'p2' },
        { grievance: 'g2', by: 'p1' },
      ]),
    ).toEqual({ grievances: 'g1;g2', raised_by: 'p2;p1' });
  });

  it('writes person:grievance items otherwise, leaving unnamed raisings to the grievances list', () => {
    expect(
      formatRaised([
        { grievance: 'g1', by: null },
        { grievance: 'g2', by: 'p3' },
        { grievance: 'g3', by: 'p1' },
        { grievance: 'g3', by: 'p3' },
      ]),
    ).toEqual({ grievances: 'g1;g2;g3', raised_by: 'p3:g2;p1:g3;p3:g3' });
  });

  it('writes each raising once, grouped by grievance', () => {
    expect(
      formatRaised([
        { grievance: 'g1', by: 'p1' },
        { grievance: 'g2', by: 'p2' },
        { grievance: 'g1', by: 'p1' },
        { grievance: 'g1', by: 'p2' },
      ]),
    ).toEqual({ grievances: 'g1;g2', raised_by: 'p1:g1;p2:g1;p2:g2' });
  });
});
