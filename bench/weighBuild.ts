// Bytes shipped, read from the built files (see classifyBuild.ts for what counts as what).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classifyBuild, type Bytes, type Weight } from './classifyBuild';

/** Every file under dir, relative to it with '/', sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function weigh(dir: string, files: string[]): Weight {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    // Level 9, as scripts/build-geo.ts measures the geometry.
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

export function weighBuild(dir: string): Bytes {
  const { groups, uncounted } = classifyBuild(listFiles(dir));
  return {
    maplibre: weigh(dir, groups.maplibre),
    own: weigh(dir, groups.own),
    css: weigh(dir, groups.css),
    geometry: weigh(dir, groups.geometry),
    data: weigh(dir, groups.data),
    uncounted,
  };
}
