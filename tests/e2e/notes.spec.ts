import { readFileSync } from 'node:fs';
import { INTERNAL_WORDS, internalWord } from '../../src/pipeline/internalWords';
import type { Dataset } from '../../src/lib/types';
import { expect, openMap, test } from './fixtures';

// What a reader sees in the notes panel of the states the issue named: written for readers,
// the map's date credited to the sources that give it, every conflict shown with its source.
interface Expected {
  id: string;
  name: string;
  /** Publishers the panel must credit the map's date to. */
  dateFrom: string[];
  /** Publishers that give another date: never credited with the map's. */
  notFrom?: string[];
  /** Each recorded conflict: its date as shown and its source's name. */
  conflicts: [string, string][];
  positionOnly?: boolean;
  /** The article's table row as the panel shows it. */
  tableRow?: string;
  /** The confidence and its reason, where the case is about them. */
  confidence?: RegExp;
}

const PANELS: Expected[] = [
  {
    id: 'MYS',
    name: 'Malaysia',
    dateFrom: ['Wikipedia: Foreign relations of Malaysia, as it read in 2019'],
    conflicts: [],
  },
  {
    id: 'QAT',
    name: 'Qatar',
    dateFrom: ['BelTA (German service)', 'Welcome Qatar (news site)'],
    notFrom: ['Qatar Scoop'],
    // Welcome Qatar states the day; BelTA counts the 25th anniversary, which vouches for nothing:
    // the reason says why two sources credited are one.
    confidence:
      /^Medium confidence: only Welcome Qatar states this date outright; BelTA gives it only indirectly/,
    conflicts: [
      ['16 February 1996', 'Qatar Scoop'],
      ['16 February 1996', 'Wikipedia: Foreign relations of Qatar, as it read in 2019'],
    ],
  },
  {
    id: 'TUR',
    name: 'Turkey',
    dateFrom: [
      'Ministry of Foreign Affairs of Turkey',
      'Wikipedia: Foreign relations of Belarus, table Asia',
    ],
    // The ministry gives 25 May on one page and 25 March on another: it vouches for neither.
    confidence:
      /^Low confidence, provisional: this date comes only from Ministry of Foreign Affairs of Turkey and Wikipedia, and each of them also gives another/,
    conflicts: [
      ['25 March 1992', 'BelTA (German service), report of 25 March 2022'],
      [
        '25 March 1992',
        'Ministry of Foreign Affairs of Turkey, page on relations between Turkey and Belarus',
      ],
      ['25 June 1992', 'Wikipedia: Foreign relations of Turkey, as it read in 2019'],
    ],
  },
  {
    id: 'LAO',
    name: 'Laos',
    dateFrom: ['Wikipedia: Foreign relations of Belarus, table Asia'],
    conflicts: [
      ['1994', 'VNA / VietnamPlus (2013)'],
      ['1994', 'BelTA (German service), report of 2 December 2024'],
    ],
    positionOnly: true,
    tableRow: 'Asia, row 12: 6 December 1993',
  },
  {
    id: 'UZB',
    name: 'Uzbekistan',
    dateFrom: ['Wikipedia: Belarus–Uzbekistan relations'],
    conflicts: [
      ['1992', 'Wikipedia: Foreign relations of Belarus, table Asia'],
      ['20 January 1993', 'Sputnik Belarus'],
    ],
    tableRow: 'Asia, row 23: 1992 — See Belarus–Uzbekistan relations',
  },
  {
    id: 'LBR',
    name: 'Liberia',
    dateFrom: ['BelTA, on the official website of the Republic of Belarus (in Belarusian)'],
    conflicts: [],
  },
  {
    id: 'NLD',
    name: 'Netherlands',
    dateFrom: [
      'Embassy of Belarus in the Netherlands',
      'Wikipedia: Foreign relations of Belarus, as it read in 2019',
    ],
    conflicts: [
      ['24 March 1994', 'Wikipedia: Foreign relations of Belarus, table Europe'],
      ['1994', 'Wikipedia: Belarus–Netherlands relations'],
    ],
  },
  {
    id: 'VNM',
    name: 'Vietnam',
    dateFrom: [
      'Consulate General of Belarus in Ho Chi Minh City',
      'VNA / VietnamPlus',
      'BelTA, 9 February 2022',
    ],
    conflicts: [['27 December 1991', 'Wikipedia: Foreign relations of Belarus, table Asia']],
  },
  {
    // The agreement itself and a Korean report of the next day; the anniversaries only back them.
    id: 'CHN',
    name: 'China',
    dateFrom: [
      'China–Belarus agreement on diplomatic relations (Chinese text, Zhonghua Wenku library)',
      'Korea Economic Daily (21 January 1992)',
    ],
    conflicts: [],
    tableRow: 'Asia, row 4: 1992 — See Belarus–China relations',
  },
  {
    id: 'ARE',
    name: 'United Arab Emirates',
    dateFrom: ['Pledge Times (an interview the Belarusian ambassador gave the Emirates News Agency)'],
    notFrom: ['Asian Lite (the same interview)'],
    conflicts: [],
  },
  {
    id: 'AUS',
    name: 'Australia',
    dateFrom: ['Wikipedia: Foreign relations of Belarus, table Oceania'],
    conflicts: [],
  },
];

let dataset: Dataset;
test.beforeAll(() => {
  dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;
});

for (const expected of PANELS) {
  test(`${expected.name}: the panel reads as written for readers and credits its date to the right source`, async ({
    page,
  }) => {
    const country = dataset.countries.find((c) => c.id === expected.id)!;
    await openMap(page, `?country=${expected.id}`);
    const panel = page.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(expected.name);

    // No word of the research log, anywhere in the panel.
    const text = await panel.innerText();
    expect(internalWord(text), `an internal word (${INTERNAL_WORDS.join(', ')})`).toBeNull();
    await expect(panel).not.toContainText('Research note');

    // The date is credited to the sources that give it, each a link, and to no other.
    const credit = page.getByTestId('panel-date-source');
    for (const label of expected.dateFrom)
      await expect(credit.getByRole('link', { name: label })).toBeVisible();
    for (const label of expected.notFrom ?? []) await expect(credit).not.toContainText(label);
    await expect(page.getByTestId('panel-confidence')).toContainText(expected.confidence ?? /confidence/i);

    // Every recorded conflict: its date, and its source named as a link.
    const conflicts = page.getByTestId('panel-conflict');
    await expect(conflicts).toHaveCount(expected.conflicts.length);
    for (const [i, [date, source]] of expected.conflicts.entries()) {
      await expect(conflicts.nth(i)).toContainText(date);
      await expect(conflicts.nth(i).getByRole('link', { name: source })).toHaveAttribute(
        'href',
        /^https?:\/\//,
      );
    }

    // Every source is a link to an http(s) page.
    const sources = page.getByTestId('panel-source');
    await expect(sources).toHaveCount(country.sources.length);
    for (let i = 0; i < country.sources.length; i++)
      await expect(sources.nth(i).getByRole('link')).toHaveAttribute('href', /^https?:\/\//);

    // A quote in another language is marked with its language and followed by its English.
    for (const [i, source] of country.sources.entries()) {
      if (!source.says) continue;
      const quote = sources.nth(i).locator(`[lang="${source.saysLang ?? 'en'}"]`);
      await expect(quote).toHaveText(source.says);
      if (source.saysLang) await expect(sources.nth(i)).toContainText(`In English: “${source.saysEn}”`);
    }

    // Each page is listed once, however the entry reached it (a source, or the row's notes).
    const hrefs = await page
      .getByTestId('panel-sources')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size, hrefs.join(', ')).toBe(hrefs.length);

    if (expected.tableRow) await expect(page.getByTestId('panel-seed')).toHaveText(expected.tableRow);
    if (expected.positionOnly) await expect(page.getByTestId('panel-position-only')).toBeVisible();
    else await expect(page.getByTestId('panel-position-only')).toHaveCount(0);

    // Built without CORRECTIONS_URL: no suggestion link.
    await expect(page.getByTestId('panel-suggest')).toHaveCount(0);
  });
}

test('a "No data" panel says how many partners the article counts that the map cannot name', async ({
  page,
}) => {
  await openMap(page, '?country=BRN');
  await expect(page.getByTestId('panel-status')).toHaveText('No data found');
  await expect(page.getByTestId('panel-coverage')).toContainText(
    // 185 is the "article lists 185" under the slider; 145 and the 3 others make its 148 partners.
    'The article counts 185 partners of Belarus: 182 UN members, which it does not name, and 3 other states. ' +
      'The map can name 145 of those UN members, so 37 of the 46 states marked “No data” have relations',
  );
  await expect(page.getByTestId('legend-gap')).toContainText('37 of these 46 states');
});

test('a source read as it stood in 2019 links to that version in the Internet Archive, not to today’s page', async ({
  page,
}) => {
  await openMap(page, '?country=MYS');
  const link = page
    .getByTestId('panel-sources')
    .getByRole('link', { name: 'Wikipedia: Foreign relations of Malaysia, as it read in 2019' });
  await expect(link).toHaveAttribute(
    'href',
    'https://web.archive.org/web/2019/https://en.wikipedia.org/wiki/Foreign_relations_of_Malaysia',
  );
});

test('a source with no link says so, set apart from its name', async ({ page }) => {
  await openMap(page, '?country=NGA');
  await expect(page.getByTestId('panel-source')).toHaveText(
    'News Agency of Nigeria, quoted in a blog (no link available): gives 1994',
  );
});

test('a "No data" panel with a source does not say that no source was found', async ({ page }) => {
  await openMap(page, '?country=CHL');
  await expect(page.getByTestId('panel-status')).toHaveText('No data found');
  // Chile's source (a visit to Minsk) is listed below: "No source was found either way" denied it.
  await expect(page.getByTestId('panel')).toContainText(
    'No source found says either way: this map does not know whether or when Chile established relations with Belarus.',
  );
  await expect(page.getByTestId('panel-source')).toHaveCount(1);
});
