import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type SelectionRole = 'selected' | 'focused';

/**
 * Copies of the selected and keyboard-focused shapes, each with its `role`, for the selection
 * source: their outlines are drawn from this small source instead of over every border.
 */
export function selectionFeatures(
  shapes: ReadonlyMap<string, Feature<Geometry>>,
  selected: string | null,
  focused: string | null,
): FeatureCollection<Geometry, { role: SelectionRole }> {
  const features: Feature<Geometry, { role: SelectionRole }>[] = [];
  for (const [id, role] of [
    [selected, 'selected'],
    [focused, 'focused'],
  ] as const) {
    const shape = id ? shapes.get(id) : undefined;
    if (shape) features.push({ type: 'Feature', geometry: shape.geometry, properties: { role } });
  }
  return { type: 'FeatureCollection', features };
}
