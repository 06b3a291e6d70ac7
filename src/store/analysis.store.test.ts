import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { smallWorkplace } from '../../test/support/small-workplace.js';
import { analyzeRecords } from '../core/model/analysis.js';
import { personFigures } from '../core/model/person-figures.js';
import { analyzeSeries } from '../core/model/series.js';
import type { WorkspaceRecords } from '../core/records.js';
import { analyzeWorkspace, analyzeWorkspaceSeries, personFiguresFromStore } from './analysis.store.js';
import { inTransaction } from './database.js';
import { writeRecords } from './records.store.js';
import type { Store } from './store.js';
import { createWorkspace } from './workspaces.store.js';

const ASOF = '2024-03-31';

/** The small workplace and a little more: a supporter with close ties, an ask dated only by its interaction. */
function workplace(): WorkspaceRecords {
  const r = smallWorkplace();
  r.people.push({ ...r.people[2]!, id: 'p5', name: 'Eve Tan', stance: 'supporter', startedOn: '2020-01-01' });
  r.ties.push(
    {
      a: 'p3',
      b: 'p5',
      sides: ['social', 'emotional'],
      closeness: 3,
      directed: false,
      observedOn: '2024-03-01',
      observedBy: null,
    },
    {
      a: 'p1',
      b: 'p5',
      sides: ['political'],
      closeness: 2,
      directed: true,
      observedOn: '2024-03-15',
      observedBy: 'p2',
    },
  );
  r.interactions.push({
    id: 'i4',
    occurredOn: '2024-03-20',
    participants: ['p5', 'p1', 'p3'],
    kind: 'chat',
    sides: ['social'],
    initiatedBy: 'p5',
    space: null,
    raised: [{ grievance: 'g1', by: 'p5' }],
    notes: 'private',
  });
  r.asks.push({
    id: 'a3',
    interaction: 'i4',
    occurredOn: null,
    by: 'p5',
    to: 'p3',
    what: 'Come along',
    response: 'yes',
    comfort: null,
    wanted: 'unknown',
    followedThrough: 'no',
  });
  return r;
}

describe.each(ENGINES)('the organizing model over the $engine store', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function stored(): Promise<{ store: Store; ws: number }> {
    store = await open();
    const ws = await createWorkspace(store, 'Clinic');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, workplace()));
    return { store, ws: ws.id };
  }

  it('streamed a page at a time, gives the same report as the records in memory', async () => {
    const { store, ws } = await stored();
    const seen: string[] = [];
    const report = await analyzeWorkspace(store, ws, {
      asOf: ASOF,
      pageSize: 2,
      onProgress: (kind) => seen.push(kind),
    });
    expect(report).toEqual(analyzeRecords(workplace(), { asOf: ASOF }));
    expect(report.careSignals.map((c) => c.kind)).toContain('yes_without_follow_through');
    expect(new Set(seen)).toEqual(new Set(['people', 'committees', 'grievances', 'asks', 'ties', 'interactions']));
  });

  it('leaves out what happened after the analysis date', async () => {
    const { store, ws } = await stored();
    expect(await analyzeWorkspace(store, ws, { asOf: '2024-01-31' })).toEqual(
      analyzeRecords(workplace(), { asOf: '2024-01-31' }),
    );
  });

  it("one person's figures from that person's records alone match the records in memory", async () => {
    const { store, ws } = await stored();
    const records = workplace();
    for (const p of records.people) {
      const mine = {
        people: records.people,
        committees: records.committees,
        interactions: records.interactions.filter((i) => i.participants.includes(p.id)),
        ties: records.ties.filter((t) => t.a === p.id || t.b === p.id),
        asks: records.asks.filter((a) => a.by === p.id || a.to === p.id),
      };
      expect(await personFiguresFromStore(store, ws, p.id, { asOf: ASOF, lang: 'es' })).toEqual(
        personFigures(p.id, mine, { asOf: ASOF, lang: 'es' }),
      );
    }
  });

  it('gives the monthly series of the records in memory', async () => {
    const { store, ws } = await stored();
    const options = { from: '2024-01-01', to: '2024-03-31' };
    expect(await analyzeWorkspaceSeries(store, ws, options)).toEqual(analyzeSeries(workplace(), options));
  });
});
