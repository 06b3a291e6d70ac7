import { describe, expect, it } from 'vitest';
import { closeTie, interaction, person } from './model-test-records.js';
import { analyzeSeries, monthlyDates } from './series.js';

describe('monthly series', () => {
  it('has one point per month, the last one on the end date', () => {
    expect(monthlyDates('2024-01-15', '2024-04-10')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-10']);
    expect(monthlyDates('2024-05-01', '2024-04-01')).toEqual([]);
  });

  it("shows a unit's path from isolated to connected to ready, and another's to agitated", () => {
    // Days: nothing in January; close ties d1-d2-d3-d4 in February; d1 and d2 raise a grievance in April.
    // Nights: n1 and n2 raise a grievance in March, with no ties.
    const day = (id: string) => person(id, { unit: 'Shop/Days' });
    const night = (id: string) => person(id, { unit: 'Shop/Nights' });
    const records = {
      people: [day('d1'), day('d2'), day('d3'), day('d4'), night('n1'), night('n2'), night('n3')],
      ties: [
        closeTie('d1', 'd2', '2024-02-10'),
        closeTie('d2', 'd3', '2024-02-10'),
        closeTie('d3', 'd4', '2024-02-10'),
      ],
      interactions: [
        interaction('2024-03-05', ['n1', 'n2'], {
          kind: 'chat',
          raised: [
            { grievance: 'g1', by: 'n1' },
            { grievance: 'g1', by: 'n2' },
          ],
        }),
        interaction('2024-04-20', ['d1', 'd2'], {
          kind: 'chat',
          raised: [
            { grievance: 'g2', by: 'd1' },
            { grievance: 'g2', by: 'd2' },
          ],
        }),
      ],
    };
    const points = analyzeSeries(records, { from: '2024-01-01', to: '2024-04-30' });
    const phases = (unit: string) => points.map((p) => p.units.find((u) => u.unit === unit)?.phase);
    expect(points.map((p) => p.asOf)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
    expect(phases('Shop/Days')).toEqual(['isolated', 'connected', 'connected', 'ready']);
    expect(phases('Shop/Nights')).toEqual(['isolated', 'isolated', 'agitated', 'agitated']);
    // the key figures are there for the whole workplace too
    expect(points[1]).toMatchObject({ people: 7, ties: { strong: 3 }, largestStrongGroup: { size: 4 } });
  });
});
