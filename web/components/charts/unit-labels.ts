/**
 * Short names for units in charts and legends: the fewest trailing parts of each path that still tell it
 * apart from the others (`Nursing › Days` beside `Pharmacy › Days`; just `Days` when it is the only one).
 */
export function shortUnitLabels(paths: readonly string[]): Map<string, string> {
  const parts = new Map(paths.map((p) => [p, p.split('/')]));
  const out = new Map<string, string>();
  for (const [path, segments] of parts) {
    for (let k = 1; k <= segments.length; k++) {
      const tail = segments.slice(-k).join('/');
      const clash = [...parts].some(([other, s]) => other !== path && s.slice(-k).join('/') === tail);
      if (!clash || k === segments.length) {
        out.set(path, segments.slice(-k).join(' › '));
        break;
      }
    }
  }
  return out;
}
