import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGeometry } from '../../src/map/fetchGeometry';
import { hitSurface, mapHook, projectNearest } from '../../src/map/mapSurface';
import { nearestCopy } from '../../src/map/nearestCopy';
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
function fakeMap(features: { properties: Record<string, unknown> }[], moving = false, centre = 18) {
  const calls: unknown[] = [];
  let idle: (() => void) | null = null;
  const map = {
    project: ([lon, lat]: [number, number]) => ({ x: lon * 2, y: lat * 3 }),
    queryRenderedFeatures: (point: unknown, options: unknown) => (calls.push([point, options]), features),
    getCenter: () => ({ lng: centre, toArray: () => [centre, 30] }),
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

  it('projects the copy of a place nearest the centre, as the map draws it across the antimeridian', () => {
    // Centred at 176°W, Tuvalu (179°E) is drawn 5° west of the centre, at -181°, not a world away.
    expect(hitSurface(fakeMap([], false, -176).map).project([179, -8])).toEqual({ x: -362, y: -24 });
    expect(projectNearest(fakeMap([], false, 170).map, [-179, 0])).toEqual({ x: 362, y: 0 });
    expect(projectNearest(fakeMap([], false, 0).map, [179, 0])).toEqual({ x: 358, y: 0 });
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

describe('nearestCopy', () => {
  it.each([
    { lon: 179, centre: -176, expected: -181 },
    { lon: -179, centre: 175, expected: 181 },
    { lon: 10, centre: 20, expected: 10 },
    { lon: 179, centre: 0, expected: 179 },
    { lon: -170, centre: 540, expected: 550 },
  ])('$lon° seen from a centre at $centre° is drawn at $expected°', ({ lon, centre, expected }) => {
    expect(nearestCopy(lon, centre)).toBe(expected);
  });
});
