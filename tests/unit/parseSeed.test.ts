import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSeed, type ParsedSeed } from '../../src/pipeline/parseSeed';
import { SeedError } from '../../src/pipeline/seedError';

const seed = readFileSync('data/foreign-relations-of-belarus.txt', 'utf8');

describe('parseSeed on the delivered article', () => {
  let parsed: ParsedSeed;
  // Before each test, not once before all: Stryker's Vitest runner credits a test only with the code
  // that runs during it (its beforeEach hooks included), and a build in a beforeAll hook would leave
  // its mutants to the few tests that build on their own.
  beforeEach(() => {
    parsed = parseSeed(seed);
  });

  it('reads the title and every table with its row count', () => {
    expect(parsed.title).toBe('Foreign relations of Belarus');
    expect(Object.fromEntries(parsed.tables.map((t) => [t.region, t.rows.length]))).toEqual({
      'Diplomatic relations': 185,
      Multilateral: 2,
      Africa: 9,
      Americas: 9,
      Asia: 24,
      Europe: 30,
      Oceania: 2,
    });
  });

  it('keeps each row with its position, line and cells', () => {
    const africa = parsed.tables.find((t) => t.region === 'Africa');
    expect(africa?.rows[0]).toEqual({
      position: 1,
      line: 283,
      cells: ['', '1995-04-24', 'Bilateral relations were established on 24 April 1995.'],
    });
  });

  it('reads headings of every level into sections of prose', () => {
    const russia = parsed.sections.filter((s) => s.title.includes('Russia'));
    expect(russia.map((s) => [s.id, s.level])).toEqual([
      ['belarus-russia-relations', 3],
      ['relations-with-russia', 3],
    ]);
    expect(parsed.sections.find((s) => s.id === 'hong-kong-national-security-law')?.level).toBe(4);
    expect(parsed.sections.find((s) => s.id === 'belarus-united-kingdom-relations')?.paragraphs[0]).toBe(
      'Belarus established diplomatic relations with the United Kingdom on 27 January 1992.',
    );
  });

  it('counts the numbered list and the three non-UN rows', () => {
    const list = parsed.tables.find((t) => t.region === 'Diplomatic relations');
    expect(list?.rows.filter((r) => r.cells[0] === '—')).toHaveLength(3);
  });
});

describe('parseSeed on malformed input', () => {
  const cases: { name: string; text: string; line: number; message: RegExp }[] = [
    {
      name: 'a row with a missing cell',
      text: '==Africa==\n| Country | Formal Relations Began | Notes |\n| | 1995-04-24 |\n',
      line: 3,
      message: /2 cells but the table header \(line 2\) has 3/,
    },
    {
      name: 'a stray pipe',
      text: '==Africa==\n| Country | Formal Relations Began | Notes |\n| | 1992 | See | this |\n',
      line: 3,
      message: /4 cells/,
    },
    {
      name: 'a table with no header',
      text: '==Africa==\n| | 1995-04-24 | Notes here |\n',
      line: 2,
      message: /no header/,
    },
    {
      name: 'a row that does not close',
      text: '==Africa==\n| Country | Formal Relations Began | Notes |\n| | 1992 | notes\n',
      line: 3,
      message: /does not end with "\|"/,
    },
    {
      name: 'a heading that does not close',
      text: '==Africa=\n',
      line: 1,
      message: /malformed heading/,
    },
  ];
  for (const { name, text, line, message } of cases) {
    it(`fails on ${name}, naming line ${line}`, () => {
      let error: unknown;
      try {
        parseSeed(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).line).toBe(line);
      expect((error as SeedError).message).toMatch(message);
    });
  }
});
