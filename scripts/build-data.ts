// npm run build:data: joins the seed with the overlay and writes src/data/relations.json.
// Writes through a temporary file and a rename, so a failed build leaves the previous dataset intact.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { buildDataset, DatasetError, OVERLAY_FILE, SEED_FILE } from '../src/pipeline/buildDataset';
import type { Overlay } from '../src/pipeline/overlayTypes';
import { SeedError } from '../src/pipeline/seedError';
import { countryLookup } from './countryLookup';

const seedPath = process.env.SEED_FILE ?? SEED_FILE;
const overlayPath = process.env.OVERLAY_FILE ?? OVERLAY_FILE;
const outPath = process.env.DATASET_FILE ?? 'src/data/relations.json';

try {
  const seedText = readFileSync(seedPath, 'utf8');
  let overlay: Overlay;
  try {
    overlay = JSON.parse(readFileSync(overlayPath, 'utf8')) as Overlay;
  } catch (error) {
    throw new Error(`${overlayPath}: ${(error as Error).message}`, { cause: error });
  }
  const { dataset, report } = buildDataset(seedText, overlay, countryLookup);
  const tmp = `${outPath}.tmp`;
  writeFileSync(tmp, JSON.stringify(dataset) + '\n');
  renameSync(tmp, outPath);

  console.log(`wrote ${outPath}`);
  console.log('rows parsed per table:');
  for (const [table, n] of Object.entries(report.rowsPerTable)) console.log(`  ${table.padEnd(22)} ${n}`);
  console.log(`regional rows identified: ${report.rowsIdentified}, unresolved: ${report.rowsUnresolved}`);
  console.log(
    `countries per status: ${Object.entries(report.statusCounts)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  );
  console.log(`conflicting dates kept: ${report.conflicts}`);
  for (const u of report.unresolved) console.log(`unresolved row: ${u}`);
} catch (error) {
  if (error instanceof SeedError) console.error(`build:data failed: ${seedPath} ${error.message}`);
  else if (error instanceof DatasetError) console.error(`build:data failed with ${error.message}`);
  else console.error(`build:data failed: ${(error as Error).message}`);
  process.exit(1);
}
