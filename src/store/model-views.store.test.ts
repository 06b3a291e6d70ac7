import { afterEach, describe, expect, it } from 'vitest';
import { visibleRecords, type Viewer } from '../core/access.js';
import { analyze } from '../core/model/analysis.js';
import { pairStrengths } from '../core/model/base.js';
import { relationshipMap, wallChart } from '../core/model/relationship-map.js';
import { ViewAccumulator } from '../core/model/view-accumulator.js';
import type { WorkspaceRecords } from '../core/records.js';
import { ENGINES } from '../../test/support/engines.js';
import { randomWorkplace } from '../../test/support/random-workplace.js';
import { smallWorkplace } from '../../test/support/small-workplace.js';
import { inTransaction } from './database.js';
import { workspaceViews } from './model-views.store.js';
import { writeRecords } from './records.store.js';
import type { Store } from './store.js';
import { createWorkspace } from './workspaces.store.js';

const admin: Viewer = { userId: 1, role: 'admin', units: 'all' };
const line: Viewer = { userId: 2, role: 'member', units: ['Plant/Line'] };
const nights: Viewer = { userId: 3, role: 'member', units: ['Clinic/Nursing/Nights'] };
const AS_OF = '2024-06-01';

/** The same views computed in memory from the records core's policy lets the viewer see. */
function inMemory(records: WorkspaceRecords, viewer: Viewer) {
  const views = new ViewAccumulator({ asOf: AS_OF }).addRecords(visibleRecords(viewer, records));
  const report = analyze(views.model, {});
  const strength = pairStrengths(views.model);
  return { map: relationshipMap(views, report, strength), wallChart: wallChart(views, strength) };
}

describe.each(ENGINES)('the web views over the store on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('streamed for the whole workspace, or loaded as a viewer may see it, the map and wall chart are the in-memory ones', async () => {
    store = await open();
    const cases: [WorkspaceRecords, Viewer[]][] = [
      [smallWorkplace(), [admin, nights]],
      [randomWorkplace(1, []).records, [admin, line]],
      [randomWorkplace(2, []).records, [admin, line]],
    ];
    let n = 0;
    for (const [records, viewers] of cases) {
      const ws = await createWorkspace(store, `W${++n}`);
      await inTransaction(store, (tx) => writeRecords(tx, ws.id, records));
      for (const viewer of viewers) {
        const stored = await workspaceViews(store, ws.id, viewer, { asOf: AS_OF, pageSize: 7 });
        const expected = inMemory(records, viewer);
        expect(stored.map, `W${n} ${viewer.role}`).toEqual(expected.map);
        expect(stored.wallChart, `W${n} ${viewer.role}`).toEqual(expected.wallChart);
      }
    }
  });
});
