import type { Map as MapLibreMap } from 'maplibre-gl';

export interface SnapshotOptions {
  pixelRatio: number;
  /** The width (CSS px) to draw the map at, when wider than it is now (a notes panel beside it). */
  width?: number;
  /** Layers left out of the picture (the selection and focus outlines: interface, not data). */
  hide?: string[];
}

/**
 * A copy of the map as drawn, at `pixelRatio` (2 for the PNG download), at `width`, without the
 * `hide` layers. It waits for the map to be idle after those changes (a wider view needs more of
 * the geometry's tiles), then copies in the render event, before WebGL clears its buffer, so
 * preserveDrawingBuffer can stay off. Everything it changed is put back.
 */
export async function snapshotMap(map: MapLibreMap, options: SnapshotOptions): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  const container = map.getContainer();
  const style = { width: container.style.width, right: container.style.right };
  const hidden = (options.hide ?? []).filter((id) => map.getLayer(id));
  const visibility = hidden.map(
    (id) => map.getLayoutProperty(id, 'visibility') as 'visible' | 'none' | undefined,
  );
  const widen = options.width !== undefined && options.width > container.clientWidth;

  for (const id of hidden) map.setLayoutProperty(id, 'visibility', 'none');
  if (widen) {
    container.style.right = 'auto';
    container.style.width = `${options.width}px`;
    map.resize();
  }
  map.setPixelRatio(options.pixelRatio);
  const idle = map.once('idle');
  map.triggerRepaint();
  await idle;

  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      hidden.forEach((id, i) => map.setLayoutProperty(id, 'visibility', visibility[i] ?? 'visible'));
      if (widen) {
        container.style.width = style.width;
        container.style.right = style.right;
        map.resize();
      }
      map.setPixelRatio(previous);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}
