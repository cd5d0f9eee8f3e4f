import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BASE_URL } from '../../playwright.config';
import { expect, openMap, positionOf, test } from './fixtures';

type Messages = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const en: Messages = read('messages/en.json');
const be: Messages = read('messages/be.json');
const ru: Messages = read('messages/ru.json');
const TRANSLATIONS: Record<'be' | 'ru', Messages> = { be, ru };

/** The words of a message, every variant, without its placeholders. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => Object.values((v as { match: object }).match));
  return [];
}

/**
 * The fixed English fragments of every message whose translation differs (key names such as
 * "Enter" are the same in every language), e.g. "Relations since " from "Relations since {date}".
 */
function englishFragments(lang: 'be' | 'ru'): string[] {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(en as Messages)) {
    if (key.startsWith('$')) continue;
    const translated = new Set(texts(TRANSLATIONS[lang][key]));
    for (const text of texts(value)) {
      if (translated.has(text)) continue;
      for (const part of text.split(/\{[^}]+\}/)) {
        const fragment = part.trim();
        if (/[A-Za-z]{2,}/.test(fragment)) out.add(fragment);
      }
    }
  }
  return [...out];
}

/**
 * What the text check skips: the language switch (each language named in itself), text marked
 * as English (the article's title, the notes) and the table's source column (publishers' names).
 */
const SKIP = '[data-testid="lang-switch"], [lang="en"], td.from';

/** The visible text and the aria-labels inside some parts of the page, one string each. */
async function textsOf(parts: Locator[]): Promise<string[]> {
  const all: string[] = [];
  for (const part of parts) {
    const found = await part.evaluateAll(
      (roots, skip) =>
        roots.flatMap((root) => {
          const out: string[] = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
          for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
            if (node instanceof Element) {
              // The language switch names each language in itself; data cells keep their sources' words.
              if (node.closest(skip)) continue;
              for (const name of ['aria-label', 'aria-valuetext', 'title', 'placeholder'])
                if (node.getAttribute(name)) out.push(node.getAttribute(name)!);
            } else if (node.parentElement?.closest(skip) === null) {
              const style = getComputedStyle(node.parentElement!);
              const text = node.textContent?.trim();
              if (text && style.display !== 'none' && style.visibility !== 'hidden') out.push(text);
            }
          }
          return out;
        }),
      SKIP,
    );
    all.push(...found);
  }
  return all;
}

/** Which texts hold an English message's words (as whole words, case as written). */
function englishIn(found: string[], fragments: string[]): string[] {
  return found.filter((text) =>
    fragments.some((f) =>
      new RegExp(`(^|[^A-Za-z])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`).test(text),
    ),
  );
}

// Plural forms by the written rules of each language (not by Intl), to check Paraglide's choice.
function form(n: number): 'one' | 'few' | 'many' {
  if (n % 10 === 1 && n % 100 !== 11) return 'one';
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return 'few';
  return 'many';
}
const DATED_LINE = {
  be: { one: 'краіна з датай', few: 'краіны з датай', many: 'краін з датай', by: 'Да' },
  ru: { one: 'страна с датой', few: 'страны с датой', many: 'стран с датой', by: 'К' },
};

const CASES = {
  be: {
    germany: 'Германія',
    date: '13 сакавіка 1992 г.',
    since: 'Адносіны з 13 сакавіка 1992 г.',
    table: 'Табліца',
    oneNew: '2001: 1 новы партнёр',
  },
  ru: {
    germany: 'Германия',
    date: '13 марта 1992 г.',
    since: 'Отношения с 13 марта 1992 г.',
    table: 'Таблица',
    oneNew: '2001: 1 новый партнёр',
  },
} as const;

async function openGermany(page: Page): Promise<void> {
  const at = await positionOf(page, 'DEU');
  await page.mouse.click(at.x, at.y);
}

for (const lang of ['be', 'ru'] as const) {
  const c = CASES[lang];

  test.describe(`in ${lang}`, () => {
    test('the page is marked in the language, and header, legend, buttons, slider and table carry no English message', async ({
      page,
    }) => {
      await openMap(page, `?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(String(TRANSLATIONS[lang].page_title));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        String(TRANSLATIONS[lang].page_description),
      );
      const fragments = englishFragments(lang);
      // The check can fail: the English page shows these very fragments.
      expect(fragments).toContain('Relations established');

      const parts = [
        page.getByTestId('page-header'),
        page.locator('.toolbar'),
        page.getByTestId('legend'),
        page.getByTestId('time-controls'),
        page.getByRole('application'),
        page.getByTestId('attribution'),
      ];
      const onMap = await textsOf(parts);
      expect(onMap.length).toBeGreaterThan(10);
      expect(englishIn(onMap, fragments)).toEqual([]);

      await page.getByTestId('table-toggle').click();
      await expect(page.getByTestId('table-toggle')).toHaveText(TRANSLATIONS[lang].toolbar_map as string);
      // The table is a chunk of its own: the toggle's word changes before its rows arrive.
      await expect(page.getByTestId('table-view')).toContainText(c.germany);
      const inTable = await textsOf([page.getByTestId('table-view')]);
      expect(inTable).toContain(c.germany);
      expect(englishIn(inTable, fragments)).toEqual([]);
    });

    test('Germany opens with its name and date in the language, and the notes say they are in English', async ({
      page,
    }) => {
      await openMap(page, `?lang=${lang}`);
      await openGermany(page);
      const panel = page.getByTestId('panel');
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(c.germany);
      // Checked in Chromium: its Intl has no Belarusian and would write "March 13, 1992".
      await expect(page.getByTestId('panel-date')).toHaveText(c.date);
      // "Выбрано: Германия." agrees with any name ("Выбрано Бельгия" did not), and the date's own
      // "г." ends the sentence (it read "1992 г..").
      await expect(page.getByTestId('live')).toHaveText(
        `${lang === 'be' ? 'Выбрана' : 'Выбрано'}: ${c.germany}. ${c.since}`,
      );
      await expect(page.getByTestId('panel-in-english')).toHaveText(
        TRANSLATIONS[lang].panel_notes_in_english as string,
      );
      await expect(page.getByTestId('panel-seed').locator('span[lang="en"]')).toHaveCount(1);
      // Where sources disagree, each source's reason is quoted in English and marked so.
      await expect(panel.getByTestId('panel-conflict').first().locator('span[lang="en"]')).toHaveCount(1);
      await expect(panel.locator('.names span[lang="en"]')).toHaveText('Germany');

      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('a row of the article names its table in the language, and the panel says nothing of how research matched it', async ({
      page,
    }) => {
      await openMap(page, `?lang=${lang}&country=EU`);
      // The article's table of organisations was named in English ("Multilateral, радок 1").
      await expect(page.getByTestId('panel-seed')).toContainText(
        String(TRANSLATIONS[lang].region_multilateral),
      );
      await expect(page.getByTestId('panel-seed')).not.toContainText('Multilateral');
      // Russia's row: "How the row was matched: The row’s own notes name the country." is the
      // researchers' evidence, in English, and is gone.
      await page.goto(`${BASE_URL}?lang=${lang}&country=RUS`);
      await expect(page.getByTestId('panel-seed')).toBeVisible();
      await expect(page.getByTestId('panel')).not.toContainText('own notes name the country');
      // A cell that is only a date reads in the language ("Азия, строка 24: 27 December 1991").
      await page.goto(`${BASE_URL}?lang=${lang}&country=VNM`);
      await expect(page.getByTestId('panel-seed')).toHaveText(
        lang === 'be' ? 'Азія, радок 24: 27 снежня 1991\u00a0г.' : 'Азия, строка 24: 27 декабря 1991\u00a0г.',
      );
      await expect(page.getByTestId('panel-seed').locator('[lang="en"]')).toHaveCount(0);
    });

    test('the article’s tables are named as sources in the language; every other source name is marked English', async ({
      page,
    }) => {
      await openMap(page, `?lang=${lang}&country=TUR`);
      const table =
        lang === 'be'
          ? 'Вікіпедыя, «Foreign relations of Belarus», табліца «Азія»'
          : 'Википедия, «Foreign relations of Belarus», таблица «Азия»';
      // It read "Wikipedia: Foreign relations of Belarus, table Asia" in the Russian sentence.
      await expect(page.getByTestId('panel-date-source')).toContainText(table);
      await expect(page.getByTestId('panel-date-source')).not.toContainText('table Asia');
      await expect(
        page.getByTestId('panel-source').filter({ hasText: table }).locator('a'),
      ).not.toHaveAttribute('lang', /./);
      // The research's own names (the Turkish ministry, BelTA) stay English, and say so.
      const ministry = page
        .getByTestId('panel-source')
        .getByRole('link', { name: 'Ministry of Foreign Affairs of Turkey' });
      await expect(ministry).toHaveAttribute('lang', 'en');
      await expect(page.getByTestId('panel-conflict').first().getByRole('link')).toHaveAttribute(
        'lang',
        'en',
      );
      // Armenia: a conflict that is the article's table is named in the language too.
      await page.goto(`${BASE_URL}?lang=${lang}&country=ARM`);
      await expect(page.getByTestId('panel-conflict').first()).toContainText(table);
      // A section of the article, and another Wikipedia article ("по данным Wikipedia: Belarus–Lithuania relations").
      await page.goto(`${BASE_URL}?lang=${lang}&country=GBR`);
      await expect(page.getByTestId('panel-date-source')).toContainText(
        lang === 'be'
          ? 'Вікіпедыя, «Foreign relations of Belarus», раздзел «Belarus–United Kingdom relations»'
          : 'Википедия, «Foreign relations of Belarus», раздел «Belarus–United Kingdom relations»',
      );
      await page.goto(`${BASE_URL}?lang=${lang}&country=LTU`);
      const other = page.getByTestId('panel-conflict').first().getByRole('link');
      await expect(other).toHaveText(
        `${lang === 'be' ? 'Вікіпедыя' : 'Википедия'}, «Belarus–Lithuania relations»`,
      );
      await expect(other.locator('[lang="en"]')).toHaveText('Belarus–Lithuania relations');
      // A version read in 2019, and a copy of the Russian Wikipedia: the edition, the version and
      // the copy in the language, the title in English (it read "Википедия: Foreign relations of
      // Turkey, as it read in 2019" and "Russian Wikipedia: …").
      await page.goto(`${BASE_URL}?lang=${lang}&country=TUR`);
      await expect(page.getByTestId('panel-conflict').last()).toContainText(
        lang === 'be'
          ? 'Вікіпедыя, «Foreign relations of Turkey», у рэдакцыі 2019 года'
          : 'Википедия, «Foreign relations of Turkey», в редакции 2019 года',
      );
      await page.goto(`${BASE_URL}?lang=${lang}&country=MYS`);
      await expect(page.getByTestId('panel-date-source')).toHaveText(/года\.$/);
      await page.goto(`${BASE_URL}?lang=${lang}&country=ARM`);
      await expect(page.getByTestId('panel-source').last()).toContainText(
        lang === 'be'
          ? 'Руская Вікіпедыя, «Armenian–Belarusian relations» (копія на сайце-люстэрку)'
          : 'Русская Википедия, «Armenian–Belarusian relations» (копия на сайте-зеркале)',
      );
      // The table's column of sources, and a timeline's link to a table of the article.
      await page.goto(`${BASE_URL}?lang=${lang}&view=table`);
      await expect(page.getByTestId('table-view')).toContainText(table);
      await expect(page.getByTestId('table-view')).not.toContainText(
        'Wikipedia: Foreign relations of Belarus, table',
      );
      await page.goto(`${BASE_URL}?lang=${lang}&country=KGZ`);
      await expect(page.getByTestId('panel-event').first().locator('a.source')).toContainText(
        lang === 'be' ? 'Азія' : 'Азия',
      );
    });

    test('only the English is marked English: a quote’s translation and a section’s title, not the words around them', async ({
      page,
    }) => {
      await openMap(page, `?lang=${lang}&country=PRK`);
      const translation = page.getByTestId('panel-source').locator('.translation');
      // "По-английски:" was inside lang="en", read by a screen reader as English.
      await expect(translation).toHaveCount(1);
      await expect(translation).not.toHaveAttribute('lang', /./);
      await expect(translation).toContainText(
        String(TRANSLATIONS[lang].panel_quote_in_english).split(':')[0]!,
      );
      const english = translation.locator('[lang="en"]');
      await expect(english).toHaveText(
        'The two countries have maintained diplomatic relations since 1992, but have opened only trade missions in each other’s country.',
      );

      await page.goto(`${BASE_URL}?lang=${lang}&country=SWE`);
      const link = page.getByTestId('panel-event').first().locator('a.source');
      await expect(link).not.toHaveAttribute('lang', /./);
      await expect(link.locator('[lang="en"]')).toHaveText(/^Relations with /);
      await expect(link).toContainText(String(TRANSLATIONS[lang].events_section_link).split(':')[0]!);
    });

    test('the credit quotes the article’s title in the language’s quotation marks', async ({ page }) => {
      await openMap(page, `?lang=${lang}`);
      // “Foreign relations of Belarus” in English quotation marks, in a Belarusian or Russian line.
      await expect(page.getByTestId('attribution').locator('.full')).toContainText(
        '«Foreign relations of Belarus»',
      );
    });

    test('the count line takes the right plural for 1, 2-4 and 5+ in every year', async ({ page }) => {
      // 35 steps of the slider, each redrawing the map in software GL.
      test.setTimeout(240_000);
      await openMap(page, `?lang=${lang}&year=1991`);
      const data = read('src/data/relations.json') as {
        countries: { status: string; date: { iso: string } | null }[];
      };
      const byYear = new Map<number, number>();
      for (const country of data.countries)
        if (country.status === 'dated' && country.date) {
          const y = Math.max(1991, Number(country.date.iso.slice(0, 4)));
          byYear.set(y, (byYear.get(y) ?? 0) + 1);
        }
      const lastYear = new Date().getFullYear();
      const slider = page.getByTestId('year-slider');
      const seen = new Set<string>();
      let dated = 0;
      for (let year = 1991; year < lastYear; year++) {
        dated += byYear.get(year) ?? 0;
        if (year > 1991) await slider.press('ArrowRight');
        const words = DATED_LINE[lang];
        await expect(page.getByTestId('count').locator('.main')).toHaveText(
          `${words.by} ${year} г.: ${dated} ${words[form(dated)]}`,
        );
        seen.add(form(dated));
        if (year === 2001) await expect(page.getByTestId('live')).toContainText(c.oneNew);
      }
      // The data gives every form: 3 (2-4), 61 (ends in 1), 78 (5+).
      expect([...seen].sort()).toEqual(['few', 'many', 'one']);
    });

    test('a button or link named apart from its words has its words in its name (label in name)', async ({
      page,
    }) => {
      await openMap(page, `?lang=${lang}&country=DEU`);
      // Voice control users say what they see: "Пуск" reached no button named "Прайсці па гадах".
      const mismatched = await page.evaluate(() =>
        [...document.querySelectorAll('button[aria-label], a[aria-label]')]
          .filter((e) => e.checkVisibility())
          .map((e) => ({
            text: (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
            label: e.getAttribute('aria-label')!,
          }))
          .filter(
            ({ text, label }) => /\p{L}/u.test(text) && !label.toLowerCase().includes(text.toLowerCase()),
          ),
      );
      expect(mismatched).toEqual([]);
      await expect(page.getByRole('button', { name: /^Пуск/ })).toBeVisible();
    });

    test('search finds Germany by its Belarusian and its Russian name', async ({ page }) => {
      await openMap(page, `?lang=${lang}`);
      const search = page.locator('#country-search');
      for (const query of ['Германія', 'Германия']) {
        await search.fill(query);
        await expect(page.getByRole('option').first()).toContainText(c.germany);
        await search.press('Enter');
        await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(c.germany);
        await page.getByTestId('panel-close').click();
      }
    });

    test('an embed takes setLang from its host page', async ({ page, watch }) => {
      await page.setContent(
        `<iframe src="${BASE_URL}?embed=1&country=DEU" title="Map" style="width: 900px; height: 600px"></iframe>`,
      );
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
      await expect(frame.getByTestId('panel-date')).toHaveText('13 March 1992');
      await page.evaluate(
        (next) =>
          document
            .querySelector('iframe')!
            .contentWindow!.postMessage({ type: 'belarus-map:setLang', lang: next }, '*'),
        lang,
      );
      await expect(frame.locator('html')).toHaveAttribute('lang', lang);
      await expect(frame.getByTestId('panel-date')).toHaveText(c.date);
      await expect(frame.getByTestId('share-open')).toHaveText(TRANSLATIONS[lang].toolbar_share as string);
      // A language the map does not speak is refused with a warning and changes nothing.
      await page.evaluate(() =>
        document
          .querySelector('iframe')!
          .contentWindow!.postMessage({ type: 'belarus-map:setLang', lang: 'de' }, '*'),
      );
      await expect.poll(() => watch.warnings.some((w) => w.includes('setLang'))).toBe(true);
      await expect(frame.locator('html')).toHaveAttribute('lang', lang);
    });
  });
}

test.describe('the names under a panel’s title', () => {
  // The Bahamas are "Багамы" in Belarusian and in Russian: the subtitle read "Багамы · Багамы".
  for (const [lang, names] of [
    ['en', ['Багамы']],
    ['be', ['Bahamas']],
    ['ru', ['Bahamas']],
  ] as const) {
    test(`${lang}: give a name spelled alike in two languages once, and not the title's own`, async ({
      page,
    }) => {
      await openMap(page, `?lang=${lang}&country=BHS`);
      await expect(page.getByTestId('panel').locator('.names span')).toHaveText([...names]);
    });
  }
});

test.describe('a browser whose languages are be-BY, ru', () => {
  test.use({ locale: 'be-BY' });
  test('gets Belarusian without a lang parameter, and keeps lang out of the URL', async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'languages', { get: () => ['be-BY', 'ru'] }),
    );
    await openMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'be');
    await expect(page.getByTestId('table-toggle')).toHaveText('Табліца');
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  });
});

test.describe('choosing the language', () => {
  test('the switch changes every word at once, the page language and the URL', async ({ page }) => {
    await openMap(page, '?country=DEU');
    await expect(page.getByTestId('panel-date')).toHaveText('13 March 1992');
    await page.getByTestId('lang-switch').selectOption('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByTestId('panel-date')).toHaveText('13 марта 1992 г.');
    await expect(page.getByTestId('page-header').getByRole('heading', { level: 1 })).toContainText(
      'Дипломатические отношения Беларуси',
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ru');
    // The share snippet carries the language and says its title in it.
    await page.getByTestId('share-open').click();
    await expect(page.getByTestId('share-snippet')).toHaveValue(/lang=ru/);
    await expect(page.getByTestId('share-snippet')).toHaveValue(
      /title="Дипломатические отношения Беларуси: интерактивная карта"/,
    );
  });

  test('a bad lang value is refused with a warning, and the page stays in English', async ({
    page,
    watch,
  }) => {
    await openMap(page, '?lang=xx');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('table-toggle')).toHaveText('Table');
    expect(watch.warnings.some((w) => w.includes('lang="xx"'))).toBe(true);
  });
});

test.describe("only the reader's language is fetched", () => {
  /** The script files the page fetched whose names start with a language code: "be-…js". */
  function languageChunks(page: Page): string[] {
    const seen: string[] = [];
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.split('/').pop() ?? '';
      const match = /^(en|be|ru)-[\w-]+\.js$/.exec(file);
      if (match) seen.push(match[1]!);
    });
    return seen;
  }

  test('an English reader loads no Belarusian or Russian words; choosing Russian fetches them once', async ({
    page,
  }) => {
    const fetched = languageChunks(page);
    await openMap(page);
    await expect(page.getByTestId('table-toggle')).toHaveText('Table');
    expect(fetched).toEqual([]);
    await page.getByTestId('lang-switch').selectOption('ru');
    await expect(page.getByTestId('table-toggle')).toHaveText('Таблица');
    await page.getByTestId('lang-switch').selectOption('en');
    await expect(page.getByTestId('table-toggle')).toHaveText('Table');
    await page.getByTestId('lang-switch').selectOption('ru');
    await expect(page.getByTestId('table-toggle')).toHaveText('Таблица');
    expect(fetched).toEqual(['ru']);
  });

  test('a Belarusian reader gets the Belarusian words with the first render, and no Russian', async ({
    page,
  }) => {
    const fetched = languageChunks(page);
    await openMap(page, '?lang=be');
    await expect(page.getByTestId('table-toggle')).toHaveText('Табліца');
    expect(fetched).toEqual(['be']);
  });
});

test.describe('on a 375 px phone, in every language', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });
  for (const lang of ['en', 'be', 'ru'] as const) {
    test(`${lang}: the toolbar fits the width and covers no part of the map, Belarus and Germany included`, async ({
      page,
    }) => {
      await openMap(page, `?lang=${lang}`);
      const toolbar = (await page.locator('.toolbar').boundingBox())!;
      const map = (await page.getByTestId('map').boundingBox())!;
      expect(toolbar.y + toolbar.height).toBeLessThanOrEqual(map.y + 0.5);
      for (const control of await page.locator('.toolbar input, .toolbar select, .toolbar button').all()) {
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
      }
      // What a tap at each country reaches is the map itself, not a control over it.
      for (const id of ['BLR', 'DEU', 'POL']) {
        const at = await positionOf(page, id);
        const hit = await page.evaluate(
          ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="map"]') !== null,
          at,
        );
        expect(hit, `${id} at ${at.x},${at.y}`).toBe(true);
      }
    });

    test(`${lang}: each legend swatch sits beside the first line of its label`, async ({ page }) => {
      await openMap(page, `?lang=${lang}`);
      // Measured on the label's first line of text, not its box: a label that holds room for a
      // second line (the "date not found" class) had its swatch centred below its words.
      const offsets = await page.getByTestId('legend').evaluate((legend) =>
        [...legend.querySelectorAll('li')].map((li) => {
          const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
          let text = walker.nextNode();
          while (text && !text.textContent!.trim()) text = walker.nextNode();
          const range = document.createRange();
          range.selectNodeContents(text!);
          const line = range.getClientRects()[0]!;
          const swatch = li.querySelector('.swatch')!.getBoundingClientRect();
          return {
            label: li.textContent!.trim(),
            offset: swatch.top + swatch.height / 2 - (line.top + line.height / 2),
          };
        }),
      );
      expect(offsets.length).toBeGreaterThan(10);
      for (const { label, offset } of offsets) expect(Math.abs(offset), label).toBeLessThanOrEqual(3);
    });

    for (const width of [375, 390]) {
      test(`${lang}, ${width} px: the "date not found" label leaves no blank line, in this year or a past one`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        await openMap(page, `?lang=${lang}`);
        // Its box holds room for the past years' longer words; in Russian those took two lines,
        // and the present year's one line left a blank row below it.
        const lines = () =>
          page.getByTestId('legend').evaluate((legend) => {
            const label = legend.querySelector('.reserve > span')!;
            const line = parseFloat(getComputedStyle(label).lineHeight);
            return Math.round(label.parentElement!.getBoundingClientRect().height / line);
          });
        expect(await lines()).toBe(1);
        await page.getByTestId('year-slider').fill('1995');
        expect(await lines()).toBe(1);
      });
    }
  }
});

test.describe('with the notes beside the map, in a window of 700 or 900 px', () => {
  for (const [lang, width] of [
    ['ru', 900],
    ['be', 900],
    ['ru', 700],
    ['be', 700],
  ] as const) {
    test(`${lang}, ${width} px: the search shows its whole placeholder, and the toolbar stays clear of the zoom buttons`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 600 });
      await openMap(page, `?lang=${lang}&country=DEU`);
      await expect(page.getByTestId('panel')).toBeVisible();
      // The panel left the map a column of 540 or 420 px: the search box had shrunk to "Найти ст".
      const room = await page.locator('#country-search').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, inner };
      });
      expect(room.text).toBeLessThanOrEqual(room.inner);
      // The language switch names the language by its code there, as on a phone.
      await expect(page.getByTestId('lang-switch').locator('option:checked')).toHaveAttribute(
        'label',
        lang.toUpperCase(),
      );
      const zoom = (await page.locator('.maplibregl-ctrl-group').boundingBox())!;
      for (const control of await page.locator('.toolbar input, .toolbar select, .toolbar button').all()) {
        const box = (await control.boundingBox())!;
        const apart = box.x + box.width <= zoom.x || box.y >= zoom.y + zoom.height;
        expect(apart, await control.evaluate((e) => e.outerHTML.slice(0, 60))).toBe(true);
      }
    });
  }
});

test.describe('current names, and the old ones still found', () => {
  for (const { lang, query, shown } of [
    { lang: 'be', query: 'Эсваціні', shown: 'Эсваціні' },
    { lang: 'be', query: 'Свазіленд', shown: 'Эсваціні (Свазіленд)' },
    { lang: 'be', query: 'Паўночная Македонія', shown: 'Паўночная Македонія' },
    { lang: 'ru', query: 'Святой Престол', shown: 'Ватикан (Святой Престол)' },
    { lang: 'ru', query: 'Южная Африка', shown: 'ЮАР (Южная Африка)' },
    { lang: 'be', query: 'ЗША', shown: 'Злучаныя Штаты Амерыкі (ЗША)' },
    { lang: 'be', query: 'Святы Прастол', shown: 'Ватыкан (Святы Прастол)' },
    // An organisation's line keeps its space before the dot (Svelte dropped a leading one).
    { lang: 'ru', query: 'ЕС', shown: 'Европейский союз (ЕС) · организация' },
    { lang: 'ru', query: 'Западная Сахара', shown: 'Западная Сахара · не государство' },
    { lang: 'be', query: 'Ганконг', shown: 'Ганконг · не дзяржава' },
    // Belarus's own Russian usage; the package's Russian names still find them.
    { lang: 'ru', query: 'Молдавия', shown: 'Молдова (Молдавия)' },
    { lang: 'ru', query: 'Киргизия', shown: 'Кыргызстан (Киргизия)' },
    // The translated name, still in everyday use.
    { lang: 'ru', query: 'Берег Слоновой', shown: 'Кот-д’Ивуар (Берег Слоновой Кости)' },
  ] as const) {
    test(`${lang}: "${query}" finds "${shown}"`, async ({ page }) => {
      await openMap(page, `?lang=${lang}`);
      await page.locator('#country-search').fill(query);
      await expect(page.getByRole('option').first()).toHaveText(shown);
    });
  }
});
