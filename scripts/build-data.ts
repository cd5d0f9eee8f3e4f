// npm run build:data: joins the seed with the overlay and writes src/data/relations.json.
// Writes through a temporary file and a rename, so a failed build leaves the previous dataset intact.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { buildDataset, DatasetError, OVERLAY_FILE, SEED_FILE } from '../src/pipeline/buildDataset';
import { checkEvents } from '../src/pipeline/checkEvents';
import type { Dataset, EventsFile } from '../src/lib/types';
import type { Overlay } from '../src/pipeline/overlayTypes';
import { parseSeed } from '../src/pipeline/parseSeed';
import { SeedError } from '../src/pipeline/seedError';
import { buildTerritories } from '../src/pipeline/territories';
import { countryLookup, territoryNames } from './countryLookup';

const seedPath = process.env.SEED_FILE ?? SEED_FILE;
const overlayPath = process.env.OVERLAY_FILE ?? OVERLAY_FILE;
const outPath = process.env.DATASET_FILE ?? 'src/data/relations.json';
const eventsPath = process.env.EVENTS_FILE ?? 'data/events.json';
// The checked events: a generated file of their own, which the app loads after it has mounted.
const eventsOutPath = process.env.EVENTS_DATASET_FILE ?? 'src/data/events.json';

/** Writes through a temporary file and a rename, so a failed write leaves the previous file intact. */
function writeAtomically(path: string, value: unknown) {
  const tmp = `${path}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(value) + '\n');
    renameSync(tmp, path);
  } catch (error) {
    // A half-written or unrenamed temporary file must not be left next to the dataset.
    rmSync(tmp, { force: true });
    throw new Error(`could not write ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** Whether the parsed overlay has the three lists the build reads (entries are checked by buildDataset). */
function isOverlay(value: unknown): value is Overlay {
  const o = value as Partial<Record<keyof Overlay, unknown>> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    Array.isArray(o.countries) &&
    o.countries.every((c) => typeof c === 'object' && c !== null) &&
    Array.isArray(o.organisations) &&
    Array.isArray(o.unresolved)
  );
}

try {
  const seedText = readFileSync(seedPath, 'utf8');
  let overlay: unknown;
  try {
    overlay = JSON.parse(readFileSync(overlayPath, 'utf8'));
  } catch (error) {
    throw new Error(`${overlayPath}: ${(error as Error).message}`, { cause: error });
  }
  if (!isOverlay(overlay))
    throw new Error(
      `${overlayPath}: expected an object with "countries", "organisations" and "unresolved" lists`,
    );
  let built: ReturnType<typeof buildDataset>;
  try {
    built = buildDataset(seedText, overlay, countryLookup, { seed: seedPath, overlay: overlayPath });
  } catch (error) {
    // A field missing from an overlay entry surfaces as a TypeError inside the join.
    if (error instanceof TypeError)
      throw new Error(`${overlayPath}: an entry lacks a field the build reads (${error.message})`, {
        cause: error,
      });
    throw error;
  }
  const { dataset, report } = built;
  // The events are checked against the seed and the built dataset's codes (data/README.md, "Events").
  let eventsRaw: unknown;
  try {
    eventsRaw = JSON.parse(readFileSync(eventsPath, 'utf8'));
  } catch (error) {
    throw new Error(`${eventsPath}: ${(error as Error).message}`, { cause: error });
  }
  const known = new Set([...dataset.countries.map((c) => c.id), ...dataset.organisations.map((o) => o.id)]);
  const checked = checkEvents(eventsRaw, parseSeed(seedText), seedText, known);
  if (checked.problems.length > 0)
    throw new DatasetError(
      checked.problems.map((p) => `${eventsPath}: ${p.entry}: [${p.rule}] ${p.message}`),
    );
  let territories: Dataset['territories'];
  try {
    territories = buildTerritories(territoryNames, new Set(dataset.countries.map((c) => c.id)));
  } catch (error) {
    throw new DatasetError(
      (error as Error).message.split('\n').map((p) => `src/pipeline/territories.ts: ${p}`),
    );
  }
  const full: Dataset = { ...dataset, territories };
  writeAtomically(outPath, full);
  const events: EventsFile = { events: checked.events };
  writeAtomically(eventsOutPath, events);

  console.log(`wrote ${outPath} and ${eventsOutPath}`);
  console.log('rows parsed per table:');
  for (const [table, n] of Object.entries(report.rowsPerTable)) console.log(`  ${table.padEnd(22)} ${n}`);
  console.log(`regional rows identified: ${report.rowsIdentified}, unresolved: ${report.rowsUnresolved}`);
  console.log(
    `countries per status: ${Object.entries(report.statusCounts)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  );
  console.log(`conflicting dates kept: ${report.conflicts}`);
  console.log(`events: ${checked.events.length}`);
  for (const u of report.unresolved) console.log(`unresolved row: ${u}`);
} catch (error) {
  if (error instanceof SeedError) console.error(`build:data failed: ${seedPath} ${error.message}`);
  else if (error instanceof DatasetError) console.error(`build:data failed with ${error.message}`);
  else console.error(`build:data failed: ${(error as Error).message}`);
  process.exit(1);
}
