import { describe, expect, it } from 'vitest';
import { parseSeed, sectionId } from '../../src/pipeline/parseSeed';
import { SeedError } from '../../src/pipeline/seedError';

const failure = (text: string): SeedError => {
  try {
    parseSeed(text);
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('parsed');
};

describe('parseSeed reads the shapes of the article', () => {
  it('reads the title, headings by level, prose by section and tables by region', () => {
    const parsed = parseSeed(
      [
        '= The Title =',
        'Lead one.',
        '',
        '== Part A ==',
        '- First item.',
        '-Not an item.',
        '=== Sub part ===',
        '  Indented prose.  ',
        '==== Deep ====',
        '| Name | Date |',
        '| x | 1992 |',
        '|  y  |  1993  |',
        'After the table.',
        '| Other | Header |',
        '| z | 1994 |',
      ].join('\r\n'),
    );
    expect(parsed.title).toBe('The Title');
    expect(parsed.sections).toEqual([
      { id: 'lead', title: 'Introduction', level: 2, line: 2, paragraphs: ['Lead one.'] },
      { id: 'part-a', title: 'Part A', level: 2, line: 4, paragraphs: ['First item.', '-Not an item.'] },
      { id: 'sub-part', title: 'Sub part', level: 3, line: 7, paragraphs: ['Indented prose.'] },
      { id: 'deep', title: 'Deep', level: 4, line: 9, paragraphs: ['After the table.'] },
    ]);
    expect(parsed.tables).toEqual([
      {
        region: 'Deep',
        line: 10,
        header: ['Name', 'Date'],
        rows: [
          { position: 1, line: 11, cells: ['x', '1992'] },
          { position: 2, line: 12, cells: ['y', '1993'] },
        ],
      },
      {
        region: 'Deep',
        line: 14,
        header: ['Other', 'Header'],
        rows: [{ position: 1, line: 15, cells: ['z', '1994'] }],
      },
    ]);
  });

  it('ends a table at a blank line, so the next pipe line needs a header again', () => {
    const error = failure('== A ==\n| Name | Date |\n| x | 1992 |\n\n| y | 1993 |\n');
    expect([error.line, error.problem]).toEqual([5, 'table has no header row: "| y | 1993 |"']);
  });

  it('puts a table before any section under the title', () => {
    const parsed = parseSeed('= T =\n| Name | Note |\n| a | b |\n');
    expect(parsed.tables[0]?.region).toBe('T');
  });

  it('gives a repeated heading an id made unique by its line', () => {
    const parsed = parseSeed('== Notes ==\nx\n== Notes ==\ny\n');
    expect(parsed.sections.map((s) => s.id)).toEqual(['notes', 'notes-3']);
  });

  it('takes a header with # and words, and refuses one with a number or an empty cell', () => {
    expect(parseSeed('== A ==\n| # | Country |\n| 1 | x |\n').tables[0]?.header).toEqual(['#', 'Country']);
    expect(failure('== A ==\n| Year 1 | Country |\n').problem).toBe(
      'table has no header row: "| Year 1 | Country |"',
    );
    expect(failure('== A ==\n| | Country |\n').problem).toBe('table has no header row: "| | Country |"');
  });

  const malformed: { text: string; line: number; problem: string }[] = [
    { text: '==A=', line: 1, problem: 'malformed heading: "==A="' },
    { text: '== ==', line: 1, problem: 'malformed heading: "== =="' },
    { text: 'x\n=A', line: 2, problem: 'malformed heading: "=A"' },
    { text: '|', line: 1, problem: 'table row does not end with "|": "|"' },
    {
      text: '== A ==\n| N | D |\n| x |',
      line: 3,
      problem: 'row has 1 cells but the table header (line 2) has 2: "| x |"',
    },
  ];
  for (const { text, line, problem } of malformed) {
    it(`refuses ${JSON.stringify(text)} at line ${line}: ${problem}`, () => {
      const error = failure(text);
      expect([error.line, error.problem, error.message, error.name]).toEqual([
        line,
        problem,
        `line ${line}: ${problem}`,
        'SeedError',
      ]);
    });
  }
});

describe('sectionId', () => {
  const rows = [
    { title: 'Belarus–Russia relations', id: 'belarus-russia-relations' },
    { title: '  Relations with the E.U. (2020) ', id: 'relations-with-the-e-u-2020' },
    { title: 'Sao Tome’s “Relations”', id: 'sao-tome-s-relations' },
    { title: 'Беларусь і Расія', id: 'беларусь-і-расія' },
    { title: '--Edge--', id: 'edge' },
  ];
  for (const { title, id } of rows) {
    it(`makes "${title}" into "${id}"`, () => {
      expect(sectionId(title)).toBe(id);
    });
  }
});
