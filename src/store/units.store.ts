import type { Viewer } from '../core/access.js';
import { concernsViewer, personVisible } from './access-scope.js';
import type { Db } from './database.js';

/** A node of the workplace tree as a viewer sees it. */
export interface UnitNode {
  path: string;
  name: string;
  parent: string | null;
  /** People the viewer may see whose unit is exactly this one, and who have not left. */
  people: number;
}

/**
 * The part of the workplace tree the viewer may see: the units inside their grants, and the units above
 * them (the way down to a grant is no secret to the person who holds it), in path order.
 */
export async function visibleUnits(db: Db, ws: number, v: Viewer): Promise<UnitNode[]> {
  const units = await db.kysely
    .selectFrom('units')
    .select(['path', 'name', 'parent_path'])
    .where('workspace_id', '=', ws)
    .where(concernsViewer(v, 'units.path'))
    .orderBy('path')
    .execute();
  const counts = await db.kysely
    .selectFrom('people')
    .select(['unit_path', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', ws)
    .where('unit_path', 'is not', null)
    .where('left_on', 'is', null)
    .where(personVisible(v))
    .groupBy('unit_path')
    .execute();
  const byUnit = new Map(counts.map((c) => [c.unit_path, Number(c.n)]));
  return units.map((u) => ({ path: u.path, name: u.name, parent: u.parent_path, people: byUnit.get(u.path) ?? 0 }));
}

/** The unit, when the viewer may see it (core: concernsViewer), else null: hidden and missing look the same. */
export async function findVisibleUnit(db: Db, ws: number, v: Viewer, path: string): Promise<UnitNode | null> {
  const all = await visibleUnits(db, ws, v);
  return all.find((u) => u.path === path) ?? null;
}
