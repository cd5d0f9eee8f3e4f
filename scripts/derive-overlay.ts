// One-time import: derives data/overlay.json from the research file it was first built from
// (relations-research.json). After that, data/overlay.json is the reviewed file people edit;
// run this again only to start over. Usage: tsx scripts/derive-overlay.ts PATH/relations-research.json
import { readFileSync, writeFileSync } from 'node:fs';

interface ResearchSource {
  url: string;
  says: string;
}
interface ResearchCountry {
  name: string;
  iso3: string | null;
  status: string;
  date: string | null;
  confidence: string | null;
  sources: ResearchSource[];
  conflicts: { date: string; source: string; why: string }[];
  note: string;
}
interface ResearchRow {
  region: string;
  row: number;
  seed_date: string;
  seed_notes: string;
  country: string | null;
  iso3: string | null;
  identified_by: string;
  confidence: string;
}

const path = process.argv[2];
if (!path) throw new Error('usage: tsx scripts/derive-overlay.ts PATH/relations-research.json');
const research = JSON.parse(readFileSync(path, 'utf8')) as {
  seed_regional_rows: ResearchRow[];
  countries: ResearchCountry[];
};

// The research joins several sources into one "url" field ("a; b") and appends remarks
// ("URL (mirror of ru.wikipedia)"): split them so that only real http(s) URLs become links.
function splitSources(sources: ResearchSource[]) {
  return sources.flatMap((source) =>
    source.url.split(/;\s+/).map((part) => {
      const match = /https?:\/\/[^\s)]+/.exec(part);
      const url = match ? match[0] : null;
      const rest = url ? part.replace(url, '').trim() : part.trim();
      const label = url ? new URL(url).hostname.replace(/^www\./, '') + (rest ? ` ${rest}` : '') : rest;
      return { url, label, says: source.says };
    }),
  );
}

const SECTIONS: Record<string, string[]> = {
  RUS: ['belarus-russia-relations', 'relations-with-russia'],
  GBR: ['belarus-united-kingdom-relations'],
  USA: ['belarus-united-states-relations', 'relations-with-the-united-states'],
};

const rowsByIso = new Map(research.seed_regional_rows.filter((r) => r.iso3).map((r) => [r.iso3, r]));

const countries = research.countries.map((c) => {
  const row = c.iso3 ? rowsByIso.get(c.iso3) : undefined;
  const id = c.iso3 ?? 'XOM';
  return {
    id,
    name: c.name,
    status: c.status,
    date: c.date,
    confidence: c.confidence,
    sources: splitSources(c.sources),
    seedRow: row
      ? {
          region: row.region,
          position: row.row,
          date: row.seed_date,
          notes: row.seed_notes,
          identifiedBy: row.identified_by,
          confidence: row.confidence,
        }
      : null,
    conflicts: c.conflicts,
    sections: SECTIONS[id] ?? [],
    note: c.note,
  };
});

const organisations = research.seed_regional_rows
  .filter((r) => r.region === 'Multilateral')
  .map((r) => ({
    name: r.country,
    seedRow: { region: r.region, position: r.row, date: r.seed_date, notes: r.seed_notes },
    sections:
      r.country === 'European Union'
        ? ['belarus-european-union-relations', 'relations-with-the-european-union']
        : [],
  }));

const unresolved = research.seed_regional_rows
  .filter((r) => r.confidence === 'unresolved')
  .map((r) => ({
    seedRow: { region: r.region, position: r.row, date: r.seed_date, notes: r.seed_notes },
    why: r.identified_by,
  }));

writeFileSync('data/overlay.json', JSON.stringify({ countries, organisations, unresolved }, null, 2) + '\n');
console.log(`wrote data/overlay.json: ${countries.length} countries`);
