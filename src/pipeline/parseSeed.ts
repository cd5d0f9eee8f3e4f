import { SeedError } from './seedError';

export interface SeedSection {
  id: string;
  title: string;
  level: number;
  line: number;
  paragraphs: string[];
}

export interface SeedTableRow {
  /** 1-based position within the table. */
  position: number;
  line: number;
  cells: string[];
}

export interface SeedTable {
  /** The heading the table sits under: "Africa", "Diplomatic relations", ... */
  region: string;
  line: number;
  header: string[];
  rows: SeedTableRow[];
}

export interface ParsedSeed {
  title: string;
  sections: SeedSection[];
  tables: SeedTable[];
}

const HEADING = /^(=+)\s*(.*?)\s*(=+)\s*$/;

/** A stable id for a heading: lower-case words joined by hyphens ("belarus-russia-relations"). */
export function sectionId(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function splitRow(line: string, lineNo: number): string[] {
  const trimmed = line.trim();
  if (!trimmed.endsWith('|') || trimmed.length < 2) {
    throw new SeedError(lineNo, `table row does not end with "|": ${JSON.stringify(line)}`);
  }
  return trimmed
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
}

// A header names its columns: every cell has words, and none is a number or a date.
function looksLikeHeader(cells: string[]): boolean {
  return cells.every((cell) => /[A-Za-z#]/.test(cell) && !/\d/.test(cell));
}

/**
 * Reads the seed article: headings (=, ==, ===, ====) into sections of prose, and pipe tables
 * into rows with their region (the heading above) and position. Throws a SeedError naming the
 * line on a heading that does not close, a table with no header, or a row whose cell count
 * differs from its header's (a missing cell or a stray pipe).
 */
export function parseSeed(text: string): ParsedSeed {
  const lines = text.split(/\r?\n/);
  const sections: SeedSection[] = [];
  const tables: SeedTable[] = [];
  let title = '';
  let current: SeedSection | null = null;
  let table: SeedTable | null = null;

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (!line.startsWith('|')) table = null;
    if (line === '') return;

    const heading = HEADING.exec(line);
    if (line.startsWith('=')) {
      // Stryker disable next-line StringLiteral,ArrayDeclaration: groups 1-3 always match when `heading` does; no match throws below.
      const [, open = '', text = '', close = ''] = heading ?? [];
      if (!heading || open.length !== close.length || !text) {
        throw new SeedError(lineNo, `malformed heading: ${JSON.stringify(raw)}`);
      }
      const level = open.length;
      if (level === 1) {
        title = text;
        return;
      }
      current = { id: sectionId(text), title: text, level, line: lineNo, paragraphs: [] };
      if (sections.some((s) => s.id === current?.id)) current.id = `${current.id}-${lineNo}`;
      sections.push(current);
      return;
    }

    if (line.startsWith('|')) {
      const cells = splitRow(line, lineNo);
      if (!table) {
        if (!looksLikeHeader(cells)) {
          throw new SeedError(lineNo, `table has no header row: ${JSON.stringify(raw)}`);
        }
        table = { region: current?.title ?? title, line: lineNo, header: cells, rows: [] };
        tables.push(table);
        return;
      }
      if (cells.length !== table.header.length) {
        throw new SeedError(
          lineNo,
          `row has ${cells.length} cells but the table header (line ${table.line}) has ${table.header.length}: ${JSON.stringify(raw)}`,
        );
      }
      table.rows.push({ position: table.rows.length + 1, line: lineNo, cells });
      return;
    }

    if (!current) {
      // Prose before the first == heading is the article's lead.
      current = { id: 'lead', title: 'Introduction', level: 2, line: lineNo, paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push(line.replace(/^-\s+/, ''));
  });

  return { title, sections, tables };
}
