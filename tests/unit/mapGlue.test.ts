import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGeometry } from '../../src/map/fetchGeometry';
import { hitSurface, mapHook } from '../../src/map/mapSurface';
import { FILL_LAYER } from '../../src/map/mapStyle';

afterEach(() => vi.unstubAllGlobals());

describe('fetching the geometry', () => {
  it('returns the TopoJSON the server sends', async () => {
    const topo = { type: 'Topology', objects: {}, arcs: [] };
    const fetch = vi.fn(async () => new Response(JSON.stringify(topo), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchGeometry('/world.topo.json')).toEqual(topo);
    expect(fetch).toHaveBeenCalledWith('/world.topo.json');
  });

  it('fails saying the status when the server refuses', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    await expect(fetchGeometry('/world.topo.json')).rejects.toThrow('could not load the map geometry (404)');
  });
});

/** The parts of a MapLibre map that the glue calls, recorded. */
function fakeMap(features: { properties: Record<string, unknown> }[], moving = false) {
  const calls: unknown[] = [];
  let idle: (() => void) | null = null;
  const map = {
    project: ([lon, lat]: [number, number]) => ({ x: lon * 2, y: lat * 3 }),
    queryRenderedFeatures: (point: unknown, options: unknown) => (calls.push([point, options]), features),
    getCenter: () => ({ toArray: () => [18, 30] }),
    getZoom: () => 1.5,
    isMoving: () => moving,
    loaded: () => true,
    once: (_: string, fn: () => void) => (idle = fn),
  };
  return { map: map as unknown as MapLibreMap, calls, fireIdle: () => idle?.() };
}

describe('the map as hit testing and the tests see it', () => {
  it('projects places and reads the country code drawn at a pixel from the fill layer', () => {
    const { map, calls } = fakeMap([{ properties: { code: 'DEU' } }]);
    const surface = hitSurface(map);
    expect(surface.project([10, 20])).toEqual({ x: 20, y: 60 });
    expect(surface.codeAt(5, 6)).toBe('DEU');
    expect(calls).toEqual([[[5, 6], { layers: [FILL_LAYER] }]]);
  });

  it('finds no country where nothing, or something without a code, is drawn', () => {
    expect(hitSurface(fakeMap([]).map).codeAt(1, 1)).toBeNull();
    expect(hitSurface(fakeMap([{ properties: { code: 76 } }]).map).codeAt(1, 1)).toBeNull();
  });

  it('gives the tests the view, the source count and a wait for the map to settle', async () => {
    const still = mapHook(
      fakeMap([]).map,
      () => ({ x: 1, y: 2 }),
      () => 1,
    );
    expect(still.view()).toEqual({ center: [18, 30], zoom: 1.5 });
    expect(still.sourceSetCount()).toBe(1);
    expect(still.screenPosition('DEU')).toEqual({ x: 1, y: 2 });
    await still.settled();

    const moving = fakeMap([], true);
    let settled = false;
    void mapHook(
      moving.map,
      () => null,
      () => 1,
    )
      .settled()
      .then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    moving.fireIdle();
    await Promise.resolve();
    expect(settled).toBe(true);
  });
});
