import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A copy of the map as drawn now, at `pixelRatio` (2 for the PNG download). The copy is taken
 * in the render event, before WebGL clears its buffer, so preserveDrawingBuffer can stay off.
 */
export function snapshotMap(map: MapLibreMap, pixelRatio: number): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      map.setPixelRatio(previous);
      resolve(copy);
    });
    map.setPixelRatio(pixelRatio);
    map.triggerRepaint();
  });
}
