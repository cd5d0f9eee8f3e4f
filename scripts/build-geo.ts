// npm run build:geo: writes static/world.topo.json, the only geometry the map loads, from
// world-atlas 50m (Natural Earth), simplified, plus a point for every small or missing state.
// Pass --measure to print the size of each candidate setting instead (figures in README.md).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';
import world from 'world-countries';
import type { Topology } from 'topojson-specification';
import { buildGeometry, type GeometryOptions, type PointSpec } from '../src/pipeline/buildGeometry';
import type { Dataset } from '../src/lib/types';

const OUT = 'static/world.topo.json';
// Chosen by measurement (npm run build:geo -- --measure): see README.md, "Geometry".
export const CHOSEN: GeometryOptions = { keep: 0.3, quantization: 1e4 };

// The Order of Malta has no territory: its point is its seat, the Palazzo di Malta in Rome.
const MANUAL_POSITIONS: Record<string, [number, number]> = { XOM: [12.48, 41.91] };

const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
const dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;
const ids = [dataset.subject.id, ...dataset.countries.map((c) => c.id)];
const points: PointSpec[] = ids.map((id) => {
  const w = world.find((c) => c.cca3 === id);
  const fallback = MANUAL_POSITIONS[id] ?? (w ? ([w.latlng[1], w.latlng[0]] as [number, number]) : null);
  return { id, fallback };
});
const numericToAlpha3 = (n: string) => countries.numericToAlpha3(n);

function sizes(topo: Topology) {
  const text = JSON.stringify(topo);
  return { raw: text.length, gzip: gzipSync(text, { level: 9 }).length, text };
}

if (process.argv.includes('--measure')) {
  console.log('keep    quant   raw KB   gzip KB');
  for (const keep of [1, 0.5, 0.3, 0.2, 0.12]) {
    for (const quantization of [1e4, 3e4]) {
      const { raw, gzip } = sizes(buildGeometry(atlas, numericToAlpha3, points, { keep, quantization }));
      console.log(
        `${String(keep).padEnd(7)} ${quantization.toExponential().padEnd(7)} ${(raw / 1024).toFixed(0).padStart(6)} ${(gzip / 1024).toFixed(1).padStart(9)}`,
      );
    }
  }
} else {
  const { raw, gzip, text } = sizes(buildGeometry(atlas, numericToAlpha3, points, CHOSEN));
  writeFileSync(`${OUT}.tmp`, text);
  renameSync(`${OUT}.tmp`, OUT);
  console.log(`wrote ${OUT}: ${(raw / 1024).toFixed(0)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
}
