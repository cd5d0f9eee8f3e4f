import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

/** What the SVG carries for one state: its class key (see keyClass in firstPaint.ts) and whether it is striped. */
export interface ShapeInfo {
  key: string | null;
  hatched: boolean;
}

export interface WorldSvgOptions {
  /** Points whose triangle is smaller than this (square degrees) are dropped: the resolution of the world view. */
  minWeight: number;
  /** Islands (parts of a state other than its largest) smaller than this many steradians are dropped. */
  minPartArea: number;
  /** Decimals kept in path coordinates (world units: 512 across the world). */
  digits: number;
  /** The radius of a small state's point, in world units (MapLibre's 5 px at the default desktop view). */
  pointRadius: number;
}

export const WORLD_SVG_OPTIONS: WorldSvgOptions = {
  minWeight: 0.3,
  minPartArea: 2e-5,
  digits: 1,
  pointRadius: 1.9,
};

/** The world 512 units wide at MapLibre's zoom 0, as Web Mercator: MapLibre's own projection. */
export function worldProjection() {
  return geoMercator()
    .scale(512 / (2 * Math.PI))
    .translate([256, 256]);
}

/**
 * A d3-geo path context that writes compact SVG path data: positions rounded to `digits`
 * decimals, each line as the step from the last point (shorter, and repeats compress well),
 * and steps that round to nothing dropped.
 */
class CompactPath {
  private out = '';
  private x = 0;
  private y = 0;
  private inLine = false;
  constructor(private readonly factor: number) {}
  private round(v: number): number {
    return Math.round(v * this.factor);
  }
  private num(v: number): string {
    const s = String(v / this.factor);
    return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
  }
  moveTo(x: number, y: number): void {
    this.x = this.round(x);
    this.y = this.round(y);
    this.out += `M${this.num(this.x)} ${this.num(this.y)}`;
    this.inLine = false;
  }
  lineTo(x: number, y: number): void {
    const nx = this.round(x);
    const ny = this.round(y);
    const dx = nx - this.x;
    const dy = ny - this.y;
    if (dx === 0 && dy === 0) return;
    const dyText = dy < 0 ? this.num(dy) : ` ${this.num(dy)}`;
    const dxText = dx < 0 || !this.inLine ? this.num(dx) : ` ${this.num(dx)}`;
    this.out += `${this.inLine ? '' : 'l'}${dxText}${dyText}`;
    this.inLine = true;
    this.x = nx;
    this.y = ny;
  }
  closePath(): void {
    this.out += 'z';
    this.inLine = false;
  }
  beginPath(): void {
    // Each shape is one path string; result() ends it.
  }
  arc(): void {
    // d3-geo draws points as arcs; the states' points are circles of their own (see below).
  }
  result(): string {
    const d = this.out;
    this.out = '';
    return d;
  }
}

interface Props {
  code: string;
  name: string;
}

/** A state's shape without the islands too small to see at the world view (its largest part always stays). */
function withoutSpecks(geometry: Geometry, minPartArea: number): Geometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const parts = geometry.coordinates.map((coordinates) => ({
    coordinates,
    area: geoArea({ type: 'Polygon', coordinates }),
  }));
  const largest = Math.max(...parts.map((p) => p.area));
  const kept = parts.filter((p) => p.area === largest || p.area >= minPartArea).map((p) => p.coordinates);
  return { type: 'MultiPolygon', coordinates: kept } satisfies MultiPolygon;
}

function attrs(code: string, info: ShapeInfo, fill: string): string {
  const key = info.key === null ? '' : ` data-k="${info.key}"`;
  return `data-id="${code}"${key} fill="${fill}"`;
}

/**
 * The world's states as SVG markup in world units (see worldProjection): one path per state
 * (`data-id`, `data-k`), stripes over the hatched ones, a circle per small state (striped too), and the world
 * drawn again either side, as MapLibre draws world copies past the antimeridian.
 */
export function worldSvgShapes(
  topology: Topology,
  infoOf: (code: string) => ShapeInfo,
  fillOf: (key: string | null) => string,
  pointStroke: string,
  options: WorldSvgOptions = WORLD_SVG_OPTIONS,
): string {
  const simplified = simplify(
    presimplify(topology as Topology<Objects<Record<string, unknown>>>),
    options.minWeight,
  );
  const countries = feature(simplified, simplified.objects.countries!) as unknown as FeatureCollection<
    Geometry,
    Props
  >;
  // The points from the topology as it was: simplifying leaves point coordinates quantized without the transform.
  const points = feature(topology, topology.objects.points!) as FeatureCollection<Point, Props>;
  const context = new CompactPath(Math.pow(10, options.digits));
  const path = geoPath(worldProjection(), context);
  const draw = (g: Geometry) => {
    path(g);
    return context.result();
  };
  const shapes: string[] = [];
  const hatches: string[] = [];
  for (const f of countries.features as Feature<Geometry, Props>[]) {
    const d = draw(withoutSpecks(f.geometry, options.minPartArea));
    if (!d) continue;
    const { code } = f.properties;
    const info = infoOf(code);
    shapes.push(`<path ${attrs(code, info, fillOf(info.key))} d="${d}"/>`);
    if (info.hatched) hatches.push(`<path d="${d}"/>`);
  }
  const projection = worldProjection();
  const pointHatches: string[] = [];
  const circles = points.features.map((f) => {
    // Stryker disable next-line ArrayDeclaration: Mercator projects every longitude and latitude, so the fallback never runs.
    const [x, y] = projection(f.geometry.coordinates as [number, number]) ?? [0, 0];
    const { code } = f.properties;
    const info = infoOf(code);
    const at = `cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${options.pointRadius}"`;
    if (info.hatched) pointHatches.push(`<circle ${at}/>`);
    return `<circle ${attrs(code, info, fillOf(info.key))} ${at}/>`;
  });
  return (
    `<g id="fp-world" class="fp-world"><g class="fp-shapes">${shapes.join('')}</g>` +
    `<g class="fp-hatches" fill="url(#fp-hatch)" pointer-events="none">${hatches.join('')}</g></g>` +
    `<use href="#fp-world" x="-512" aria-hidden="true"/><use href="#fp-world" x="512" aria-hidden="true"/>` +
    `<g class="fp-points" stroke="${pointStroke}">${circles.join('')}</g>` +
    // The points' stripes, as on MapLibre's map (a small state whose date was not found).
    `<g class="fp-hatches" fill="url(#fp-hatch)" pointer-events="none">${pointHatches.join('')}</g>`
  );
}
