import { describe, expect, it } from 'vitest';
import { buildDataset, DatasetError } from '../../src/pipeline/buildDataset';
import type { Overlay, OverlayCountry } from '../../src/pipeline/overlayTypes';
import { TINY_SEED, tinyLookup, tinyOverlay } from '../fixtures/tinySeed';

const OVERLAY = 'data/overlay.json';
const SEED = 'data/foreign-relations-of-belarus.txt';

/** An editorial lint problem says its rule in brackets ("[confidence]"); tests/unit/lintOverlay.test.ts covers those. */
const LINT_PROBLEM = /: \[[a-z-]+\] /;

/** The build's structural problems with an overlay (the editorial lint's are tested on their own). */
function problemsOf(overlay: Overlay, seed = TINY_SEED): string[] {
  try {
    buildDataset(seed, overlay, tinyLookup);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.filter((p) => !LINT_PROBLEM.test(p));
    throw error;
  }
  return [];
}

const entry = (overlay: Overlay, id: string): OverlayCountry => {
  const found = overlay.countries.find((c) => c.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

const alpha = `${OVERLAY}: entry AAA (Alpha)`;
const beta = `${OVERLAY}: entry BBB (Beta)`;

describe('buildDataset on a tiny seed and overlay', () => {
  it('builds without a problem', () => {
    expect(problemsOf(tinyOverlay())).toEqual([]);
  });

  it('sorts the countries by name, whatever the order of the overlay', () => {
    const { dataset } = buildDataset(TINY_SEED, tinyOverlay(), tinyLookup);
    expect(dataset.countries.map((c) => c.name)).toEqual(['Alpha', 'Beta']);
  });

  it('joins a dated entry with its seed row, the lookup and the notes', () => {
    const { dataset } = buildDataset(TINY_SEED, tinyOverlay(), tinyLookup);
    expect(dataset.countries[0]).toEqual({
      id: 'AAA',
      iso2: 'AA',
      numeric: '065',
      name: 'Alpha',
      nameBe: 'AAA-be',
      nameRu: 'AAA-ru',
      aliases: ['Alfa', 'AAA alias'],
      region: 'Africa',
      status: 'dated',
      date: { iso: '1992-03-13', precision: 'day' },
      confidence: 'high',
      seedRow: {
        region: 'Africa',
        position: 1,
        line: 17,
        dateText: '1992-03-13',
        date: { iso: '1992-03-13', precision: 'day' },
        notes: 'See Alpha–Testland relations.',
        identifiedBy: 'article link',
        confidence: 'high',
        positionOnly: false,
      },
      conflicts: [
        {
          date: { iso: '1991', precision: 'year' },
          text: '1991',
          source: 'Another site',
          url: 'https://example.org/other',
          why: 'The year of first contacts.',
        },
      ],
      articles: [
        {
          title: 'Alpha–Testland relations',
          url: 'https://en.wikipedia.org/wiki/Alpha%E2%80%93Testland_relations',
        },
      ],
      sections: ['relations-with-alpha'],
      sources: tinyOverlay().countries.find((c) => c.id === 'AAA')!.sources,
      note: 'A note.',
    });
  });

  it('gives an entry without an ISO code only the names and region it states', () => {
    const overlay = tinyOverlay();
    Object.assign(entry(overlay, 'BBB'), {
      id: 'XBB',
      nonIso: 'not a member of the UN',
      nameBe: 'Бэта',
      nameRu: 'Бета',
      region: 'Oceania',
    });
    const { dataset } = buildDataset(TINY_SEED, overlay, tinyLookup);
    expect(dataset.countries[1]).toMatchObject({
      id: 'XBB',
      iso2: null,
      numeric: null,
      nameBe: 'Бэта',
      nameRu: 'Бета',
      aliases: [],
      region: 'Oceania',
      articles: [],
    });
  });

  it('falls back to the English name where the lookup has none', () => {
    const overlay = tinyOverlay();
    Object.assign(entry(overlay, 'BBB'), { id: 'CCC', region: 'Asia' });
    const { dataset } = buildDataset(TINY_SEED, overlay, tinyLookup);
    expect(dataset.countries[1]).toMatchObject({ id: 'CCC', nameBe: 'Beta', nameRu: 'Beta', region: 'Asia' });
  });

  it('drops an alias spelled out letter by letter, and keeps one-letter words in a name', () => {
    const overlay = tinyOverlay();
    entry(overlay, 'AAA').aliases = [
      'Федерация Сент-Кристофер и Н е в и с',
      'Теркс и Кайкос',
      'A B C',
      'N e v i s',
    ];
    const { dataset } = buildDataset(TINY_SEED, overlay, tinyLookup);
    expect(dataset.countries.find((c) => c.id === 'AAA')!.aliases).toEqual([
      'Теркс и Кайкос',
      'A B C',
      'AAA alias',
    ]);
  });

  it("drops blank aliases and ones that repeat a name, and keeps an organisation's sections", () => {
    const overlay = tinyOverlay();
    entry(overlay, 'AAA').aliases = ['Alfa', '', '  ', 'Alpha', 'AAA-be', 'Alfa'];
    overlay.organisations[0]!.sections = ['relations-with-alpha'];
    const { dataset } = buildDataset(TINY_SEED, overlay, tinyLookup);
    expect(dataset.countries.find((c) => c.id === 'AAA')!.aliases).toEqual(['Alfa', 'AAA alias']);
    expect(dataset.organisations[0]!.sections).toEqual(['relations-with-alpha']);
  });

  it("counts a list row as a UN member's only when its first cell is a number, digits only", () => {
    for (const cell of ['2a', 'a2']) {
      const seed = TINY_SEED.replace('| — | Beta | 1993 |', `| ${cell} | Beta | 1993 |`);
      expect(seed).not.toBe(TINY_SEED);
      expect(buildDataset(seed, tinyOverlay(), tinyLookup).dataset.seedList).toEqual({
        numbered: 1,
        nonUn: 1,
      });
    }
  });

  it('gives an organisation that lists no sections an empty list', () => {
    const overlay = tinyOverlay();
    // overlay.json is not type-checked when it is read: an organisation may lack the key.
    Reflect.deleteProperty(overlay.organisations[0]!, 'sections');
    const { dataset } = buildDataset(TINY_SEED, overlay, tinyLookup);
    expect(dataset.organisations[0]!.sections).toEqual([]);
  });

  it('keeps the organisations and the unresolved rows with their seed lines', () => {
    const { dataset } = buildDataset(TINY_SEED, tinyOverlay(), tinyLookup);
    expect(dataset.organisations).toEqual([
      {
        id: 'NATO',
        name: 'NATO',
        nameBe: 'НАТА',
        nameRu: 'НАТО',
        aliases: expect.arrayContaining(['North Atlantic Treaty Organization']),
        seedRow: { region: 'Africa', position: 3, date: null, notes: 'Union.', line: 19, dateText: '' },
        articles: [],
        sections: [],
        members: [],
      },
    ]);
    expect(dataset.unresolved).toEqual([
      {
        seedRow: {
          region: 'Africa',
          position: 4,
          notes: 'Unknown row.',
          line: 20,
          dateText: '1994',
          date: { iso: '1994', precision: 'year' },
        },
        why: 'no name',
      },
    ]);
  });

  it('keeps only sections with prose, names the source, and counts the numbered list', () => {
    const { dataset } = buildDataset(TINY_SEED, tinyOverlay(), tinyLookup);
    expect(dataset.sections).toEqual([
      { id: 'lead', title: 'Introduction', level: 2, paragraphs: ['Lead paragraph.'] },
      {
        id: 'relations-with-alpha',
        title: 'Relations with Alpha',
        level: 2,
        paragraphs: ['Alpha paragraph.'],
      },
    ]);
    expect(dataset.subject).toEqual({
      id: 'BLR',
      name: 'Belarus',
      nameBe: 'BLR-be',
      nameRu: 'BLR-ru',
      aliases: ['BLR alias'],
    });
    expect(dataset.source).toEqual({
      title: 'Foreign relations of Testland',
      url: 'https://en.wikipedia.org/wiki/Foreign_relations_of_Testland',
      licence: 'CC BY-SA 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    });
    expect(dataset.seedList).toEqual({ numbered: 1, nonUn: 1 });
  });

  it('reports the rows, the statuses and the conflicts', () => {
    const { report } = buildDataset(TINY_SEED, tinyOverlay(), tinyLookup);
    expect(report).toEqual({
      rowsPerTable: { 'Diplomatic relations': 2, Africa: 4 },
      rowsIdentified: 3,
      rowsUnresolved: 1,
      statusCounts: { dated: 1, undated: 1 },
      conflicts: 1,
      unresolved: ['Africa #4 (1994)'],
    });
  });

  it('uses the subject it is given', () => {
    const subject = { id: 'TST', name: 'Testland' };
    const { dataset } = buildDataset(TINY_SEED, tinyOverlay(), tinyLookup, undefined, subject);
    expect(dataset.subject).toEqual({
      ...subject,
      nameBe: 'TST-be',
      nameRu: 'TST-ru',
      aliases: ['TST alias'],
    });
  });
});

describe('buildDataset refuses each rule broken, naming the entry and the rule', () => {
  const rules: { rule: string; change: (o: Overlay) => void; problems: string[] }[] = [
    {
      rule: 'a dated entry needs a source',
      change: (o) => (entry(o, 'AAA').sources = []),
      problems: [`${alpha}: a date needs a source`],
    },
    {
      rule: 'a status must be one of the four',
      change: (o) => (entry(o, 'BBB').status = 'maybe'),
      problems: [`${beta}: unknown status "maybe"`],
    },
    {
      rule: 'a confidence must be high, medium or low',
      change: (o) => (entry(o, 'AAA').confidence = 'sure'),
      problems: [`${alpha}: unknown confidence "sure"`],
    },
    {
      rule: 'a dated entry needs a date',
      change: (o) => (entry(o, 'AAA').date = null),
      problems: [`${alpha}: status "dated" needs a date and a confidence`],
    },
    {
      rule: 'a dated entry needs a confidence',
      change: (o) => (entry(o, 'AAA').confidence = null),
      problems: [`${alpha}: status "dated" needs a date and a confidence`],
    },
    {
      rule: 'only a dated entry has a date',
      change: (o) => (entry(o, 'BBB').date = '1993'),
      problems: [`${beta}: has a date but status "undated"`],
    },
    {
      rule: 'a date is YYYY, YYYY-MM or YYYY-MM-DD',
      change: (o) => (entry(o, 'AAA').date = '13 March 1992'),
      problems: [
        `${alpha}: date "13 March 1992" is not YYYY, YYYY-MM or YYYY-MM-DD`,
        `${alpha}: status "dated" needs a date and a confidence`,
      ],
    },
    {
      rule: 'a date has nothing after its day',
      change: (o) => (entry(o, 'AAA').date = '1992-03-13x'),
      problems: [
        `${alpha}: date "1992-03-13x" is not YYYY, YYYY-MM or YYYY-MM-DD`,
        `${alpha}: status "dated" needs a date and a confidence`,
      ],
    },
    {
      rule: 'a date has two-digit months and days',
      change: (o) => (entry(o, 'AAA').date = '1992-3-13'),
      problems: [
        `${alpha}: date "1992-3-13" is not YYYY, YYYY-MM or YYYY-MM-DD`,
        `${alpha}: status "dated" needs a date and a confidence`,
      ],
    },
    {
      rule: 'a date is a real date',
      change: (o) => (entry(o, 'AAA').date = '1992-02-30'),
      problems: [
        `${alpha}: not a real date: "1992-02-30"`,
        `${alpha}: status "dated" needs a date and a confidence`,
      ],
    },
    {
      rule: 'a section must be in the seed',
      change: (o) => entry(o, 'AAA').sections.push('nowhere'),
      problems: [`${alpha}: names section "nowhere", which the seed does not have`],
    },
    {
      rule: 'a source URL must be http(s)',
      change: (o) => (entry(o, 'AAA').sources[0]!.url = 'ftp://example.org'),
      problems: [`${alpha}: source URL "ftp://example.org" is not http(s)`],
    },
    {
      rule: 'a source URL starts with http(s), not only contains it',
      change: (o) => (entry(o, 'AAA').sources[0]!.url = 'see https://example.org'),
      problems: [`${alpha}: source URL "see https://example.org" is not http(s)`],
    },
    {
      rule: 'an organisation has an id and names in extraNames.ts',
      change: (o) => (o.organisations[0]!.name = 'Testland Union'),
      problems: [`${OVERLAY}: organisation Testland Union has no id and names in src/pipeline/extraNames.ts`],
    },
    {
      rule: "an organisation's section must be in the seed",
      change: (o) => (o.organisations[0]!.sections = ['relations-with-alpha', 'nowhere']),
      problems: [`${OVERLAY}: organisation NATO: names section "nowhere", which the seed does not have`],
    },
    {
      rule: 'two entries of one name on rows of one region are reported once, as a name twice',
      change: (o) => (entry(o, 'BBB').name = 'Alpha'),
      problems: [`${OVERLAY}: entry AAA: the name "Alpha" appears twice`],
    },
    {
      rule: 'a conflicting date must parse',
      change: (o) => (entry(o, 'AAA').conflicts[0]!.date = 'soon'),
      problems: [`${alpha} conflict: unparseable date: "soon"`],
    },
    {
      rule: 'a code must be ISO 3166-1',
      change: (o) => (entry(o, 'BBB').id = 'ZZZ'),
      problems: [`${OVERLAY}: entry ZZZ (Beta): ZZZ is not an ISO 3166-1 alpha-3 code`],
    },
    {
      rule: 'an entry without an ISO code gives its names and region',
      change: (o) => Object.assign(entry(o, 'BBB'), { nonIso: 'why', nameBe: 'Бэта', nameRu: 'Бета' }),
      problems: [
        `${beta}: an entry without an ISO code must give nameBe, nameRu and region`,
        `${beta}: no region (got null)`,
      ],
    },
    {
      rule: 'an entry without an ISO code gives its Belarusian name',
      change: (o) => Object.assign(entry(o, 'BBB'), { nonIso: 'why', nameRu: 'Бета', region: 'Asia' }),
      problems: [`${beta}: an entry without an ISO code must give nameBe, nameRu and region`],
    },
    {
      rule: 'an entry without an ISO code gives its Russian name',
      change: (o) => Object.assign(entry(o, 'BBB'), { nonIso: 'why', nameBe: 'Бэта', region: 'Asia' }),
      problems: [`${beta}: an entry without an ISO code must give nameBe, nameRu and region`],
    },
    {
      rule: 'a region must be one of the five',
      change: (o) => (entry(o, 'BBB').region = 'Atlantis'),
      problems: [`${beta}: no region (got "Atlantis")`],
    },
    {
      rule: 'an ISO entry needs a region from the lookup or the overlay',
      change: (o) => (entry(o, 'BBB').id = 'CCC'),
      problems: [`${OVERLAY}: entry CCC (Beta): no region (got null)`],
    },
    {
      rule: 'a country appears once',
      change: (o) => o.countries.push({ ...entry(o, 'BBB'), name: 'Beta again', seedRow: null }),
      problems: [`${OVERLAY}: entry BBB (Beta again): the country appears twice`],
    },
    {
      rule: 'a name appears once',
      change: (o) => o.countries.push({ ...entry(o, 'BBB'), id: 'CCC', region: 'Asia', seedRow: null }),
      problems: [`${OVERLAY}: entry CCC: the name "Beta" appears twice`],
    },
    {
      rule: 'a seed row is claimed once',
      change: (o) =>
        (o.unresolved[0]!.seedRow = { region: 'Africa', position: 2, date: '1993', notes: 'Beta note.' }),
      problems: [
        `${OVERLAY}: unresolved row Africa #2: seed row Africa #2 is also claimed by entry BBB (Beta)`,
        `${SEED} line 20: row Africa #4 is not in ${OVERLAY}`,
      ],
    },
    {
      rule: 'a claimed seed row exists',
      change: (o) => (o.organisations[0]!.seedRow.position = 9),
      problems: [
        `${OVERLAY}: organisation NATO: names seed row Africa #9, which the seed does not have`,
        `${SEED} line 19: row Africa #3 is not in ${OVERLAY}`,
      ],
    },
    {
      rule: 'every seed row is claimed',
      change: (o) => (o.organisations = []),
      problems: [`${SEED} line 19: row Africa #3 is not in ${OVERLAY}`],
    },
    {
      rule: "the overlay's copy of a row's date matches the seed",
      change: (o) => (entry(o, 'BBB').seedRow!.date = '1994'),
      problems: [
        `${beta}: does not match ${SEED} line 18 (Africa #2): overlay has ["1994","Beta note."], seed has ["1993","Beta note."]`,
      ],
    },
    {
      rule: "the overlay's copy of a row's notes matches the seed",
      change: (o) => (o.unresolved[0]!.seedRow.notes = 'Known row.'),
      problems: [
        `${OVERLAY}: unresolved row Africa #4: does not match ${SEED} line 20 (Africa #4): overlay has ["1994","Known row."], seed has ["1994","Unknown row."]`,
      ],
    },
    {
      rule: 'rows within a region are alphabetical',
      change: (o) => (entry(o, 'AAA').name = 'Zeta'),
      problems: [
        `${OVERLAY}: entry BBB (Beta) at Africa #2 comes after Zeta: rows within a region are alphabetical`,
      ],
    },
  ];
  for (const { rule, change, problems } of rules) {
    it(`refuses an overlay that breaks the rule: ${rule}`, () => {
      const overlay = tinyOverlay();
      change(overlay);
      expect(problemsOf(overlay)).toEqual(problems);
    });
  }

  it('refuses a seed row whose date cell does not parse, naming its line', () => {
    const seed = TINY_SEED.replace('| | 1993 | Beta note. |', '| | c. 1993 | Beta note. |');
    const overlay = tinyOverlay();
    entry(overlay, 'BBB').seedRow!.date = 'c. 1993';
    expect(problemsOf(overlay, seed)).toEqual([`${SEED} line 18: unparseable date: "c. 1993"`]);
  });

  it('reads a regional table without a notes column as rows with empty notes', () => {
    const seed = TINY_SEED.replace(
      '| Country | Formal Relations Began | Notes |',
      '| Country | Formal Relations Began |',
    )
      .replace('| | 1992-03-13 | See Alpha–Testland relations. |', '| | 1992-03-13 |')
      .replace('| | 1993 | Beta note. |', '| | 1993 |')
      .replace('| | | Union. |', '| | |')
      .replace('| | 1994 | Unknown row. |', '| | 1994 |');
    const overlay = tinyOverlay();
    entry(overlay, 'AAA').seedRow!.notes = '';
    entry(overlay, 'BBB').seedRow!.notes = '';
    overlay.organisations[0]!.seedRow.notes = '';
    overlay.unresolved[0]!.seedRow.notes = '';
    expect(problemsOf(overlay, seed)).toEqual([]);
  });

  it('refuses a seed without the numbered list', () => {
    const seed = TINY_SEED.replace('| # | Country | Date |\n| 1 | Alpha | 1992 |\n| — | Beta | 1993 |\n', '');
    const problems = problemsOf(tinyOverlay(), seed);
    expect(problems).toEqual([`${SEED}: no "Diplomatic relations" table`]);
  });

  it('names the files it was given, and lists every problem in its message', () => {
    const overlay = tinyOverlay();
    entry(overlay, 'AAA').sources = [];
    overlay.organisations = [];
    let error: unknown;
    try {
      buildDataset(TINY_SEED, overlay, tinyLookup, { seed: 'seed.txt', overlay: 'ov.json' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).name).toBe('DatasetError');
    // With no source, the editorial lint also finds no source for the date and a confidence the rule does not give.
    expect((error as DatasetError).message).toBe(
      [
        '4 problem(s):',
        '- ov.json: entry AAA (Alpha): a date needs a source',
        '- seed.txt line 19: row Africa #3 is not in ov.json',
        "- ov.json: entry AAA (Alpha): [no-source-for-date] no source gives the map's date 1992-03-13",
        '- ov.json: entry AAA (Alpha): [confidence] confidence is "high" but the rule gives "low"',
      ].join('\n'),
    );
  });
});
