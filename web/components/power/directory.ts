/**
 * Names and details of the people a power page mentions. The records name people by id; the wall chart names
 * every coworker the viewer may see in one request, and the few others a page needs (moon people,
 * satellites, a parent who brought food) are looked up one by one, at most `MAX_LOOKUPS` of them.
 */
import { useEffect, useMemo, useState } from 'react';
import { getPerson, type PersonRecord } from '../../api/people.api.js';
import { fetchWallChart } from '../../api/views.api.js';
import { useResource } from '../../app/resource.js';

const MAX_LOOKUPS = 40;

/** Each person's record (circle, role, unit), for the ids given; those the viewer may not see stay absent. */
export function usePeopleDetails(workspace: string, ids: readonly string[]): ReadonlyMap<string, PersonRecord> {
  const key = [...new Set(ids)].sort().slice(0, MAX_LOOKUPS).join('\n');
  const [found, setFound] = useState<ReadonlyMap<string, PersonRecord>>(new Map());
  useEffect(() => {
    if (key === '') return;
    let live = true;
    void Promise.all(key.split('\n').map((id) => getPerson(workspace, id))).then((results) => {
      if (!live) return;
      const next = new Map<string, PersonRecord>();
      for (const r of results) if (r.ok) next.set(r.value.person.id, r.value.person);
      setFound(next);
    });
    return () => {
      live = false;
    };
  }, [workspace, key]);
  return found;
}

/**
 * A name for every id: from `known` (an answer's own `names`), the wall chart, and a look-up of the ids in
 * `needed` that neither has. Until an answer arrives, the id stands in.
 */
export function useNames(
  workspace: string,
  known: Readonly<Record<string, string>>,
  needed: readonly string[] = [],
): { name: (id: string) => string; ready: boolean } {
  const wall = useResource(() => fetchWallChart(workspace), [workspace]);
  const fromWall = useMemo(() => new Map((wall.value?.people ?? []).map((p) => [p.id, p.name] as const)), [wall.value]);
  const missing = wall.value ? needed.filter((id) => !(id in known) && !fromWall.has(id)) : [];
  const looked = usePeopleDetails(workspace, missing);
  return {
    name: (id: string) => known[id] ?? fromWall.get(id) ?? looked.get(id)?.name ?? id,
    ready: wall.status === 'done',
  };
}
