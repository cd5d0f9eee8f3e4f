import type { MapClass } from '../lib/mapClass';

/**
 * The states whose class differs from what the map holds, as [code, class] pairs, so a year
 * step touches only the feature states that change. A state with no class is "nodata".
 */
export function classChanges(
  applied: ReadonlyMap<string, MapClass>,
  classes: Readonly<Record<string, MapClass>>,
  ids: Iterable<string>,
): [string, MapClass][] {
  const changes: [string, MapClass][] = [];
  for (const id of ids) {
    const cls = classes[id] ?? 'nodata';
    if (applied.get(id) !== cls) changes.push([id, cls]);
  }
  return changes;
}
