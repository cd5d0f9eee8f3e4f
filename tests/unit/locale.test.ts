import { describe, expect, it } from 'vitest';
import { describeWith } from './withLocale';
import {
  compareBelarusian,
  compareNames,
  isLang,
  listAnd,
  localName,
  namesElsewhere,
  pickLang,
  regionName,
} from '../../src/lib/locale';
import { formatDate, yearsAgo } from '../../src/lib/formatDate';
import { parseUrlState, encodeUrlState } from '../../src/lib/urlState';
import { parseHostMessage } from '../../src/lib/embedProtocol';

describe('pickLang takes the first of the browser languages the map speaks', () => {
  it.each([
    { languages: ['be-BY', 'ru'], expected: 'be' },
    { languages: ['fr-FR', 'ru-RU', 'be'], expected: 'ru' },
    { languages: ['en-GB', 'be'], expected: 'en' },
    { languages: ['BE_by'], expected: 'be' },
    { languages: ['uk', 'pl'], expected: 'en' },
    { languages: [], expected: 'en' },
  ])('$languages → $expected', ({ languages, expected }) => {
    expect(pickLang(languages)).toBe(expected);
  });
});

describe('namesElsewhere gives the name in the languages not shown, each once', () => {
  const bahamas = { name: 'Bahamas', nameBe: 'Багамы', nameRu: 'Багамы' };
  const germany = { name: 'Germany', nameBe: 'Германія', nameRu: 'Германия' };
  it.each([
    {
      named: germany,
      shown: 'en',
      expected: [
        ['be', 'Германія'],
        ['ru', 'Германия'],
      ],
    },
    {
      named: germany,
      shown: 'ru',
      expected: [
        ['en', 'Germany'],
        ['be', 'Германія'],
      ],
    },
    { named: bahamas, shown: 'en', expected: [['be', 'Багамы']] },
    { named: bahamas, shown: 'be', expected: [['en', 'Bahamas']] },
    { named: bahamas, shown: 'ru', expected: [['en', 'Bahamas']] },
    { named: { name: 'Niue', nameBe: '', nameRu: '' }, shown: 'be', expected: [] },
  ] as const)('$named.name in $shown', ({ named, shown, expected }) => {
    expect(namesElsewhere(named, shown).map(({ lang, name }) => [lang, name])).toEqual(expected);
  });
});

describe('lang in the URL', () => {
  const ctx = { ids: new Set(['DEU']), firstYear: 1991, lastYear: 2026 };
  it('is read and written back', () => {
    expect(parseUrlState('?lang=be', ctx)).toEqual({ state: { lang: 'be' }, warnings: [] });
    expect(encodeUrlState({ year: 1995, lang: 'ru' })).toBe('?year=1995&lang=ru');
  });
  it('is refused with a warning when the map does not speak it', () => {
    expect(parseUrlState('?lang=de', ctx)).toEqual({
      state: {},
      warnings: ['Ignoring URL parameter lang="de": expected en, be, ru'],
    });
  });
});

describe('the setLang host message', () => {
  const ctx = { firstYear: 1991, lastYear: 2026, ids: new Set(['DEU']) };
  it.each([
    { lang: 'be', expected: { type: 'setLang', lang: 'be' } },
    { lang: 'ru', expected: { type: 'setLang', lang: 'ru' } },
    { lang: 'BE', expected: { ignored: 'setLang needs en, be, ru' } },
    { lang: 7, expected: { ignored: 'setLang needs en, be, ru' } },
  ])('$lang', ({ lang, expected }) => {
    expect(parseHostMessage({ type: 'belarus-map:setLang', lang }, ctx)).toEqual(expected);
  });
});

describe('names and their order', () => {
  const germany = { name: 'Germany', nameBe: 'Германія', nameRu: 'Германия' };
  it('names a country in the language asked, English where the data has no name', () => {
    expect(localName(germany, 'be')).toBe('Германія');
    expect(localName(germany, 'ru')).toBe('Германия');
    expect(localName({ ...germany, nameBe: '' }, 'be')).toBe('Germany');
  });
  it('sorts Belarusian by its alphabet where the browser has no Belarusian collation', () => {
    const words = ['Ўганда', 'Ёрданія', 'Іран', 'Ємен', 'Егіпет', 'Уругвай', 'Зімбабвэ'];
    const sorted = [...words].sort(compareNames('be', () => false));
    expect(sorted).toEqual(['Егіпет', 'Ёрданія', 'Зімбабвэ', 'Іран', 'Уругвай', 'Ўганда', 'Ємен']);
    expect(compareBelarusian('Аўстрыя', 'Аўстралія')).toBeGreaterThan(0);
    expect(compareBelarusian('Куба', 'Куба')).toBe(0);
  });
  it('sorts with Intl.Collator where the browser has the language', () => {
    expect(['Яманія', 'Армения', 'Ёрдания'].sort(compareNames('ru'))).toEqual([
      'Армения',
      'Ёрдания',
      'Яманія',
    ]);
  });
});

describeWith('dates and ages', (use) => {
  const day = { iso: '1992-03-13', precision: 'day' as const };
  const month = { iso: '1993-05', precision: 'month' as const };
  const year = { iso: '1992', precision: 'year' as const };
  it.each([
    { lang: 'en', expected: ['13 March 1992', 'May 1993', '1992'] },
    // A no-break space holds "г." to its year.
    { lang: 'be', expected: ['13 сакавіка 1992\u00a0г.', 'травень 1993\u00a0г.', '1992'] },
    { lang: 'ru', expected: ['13 марта 1992\u00a0г.', 'май 1993\u00a0г.', '1992'] },
  ] as const)('in $lang', ({ lang, expected }) => {
    expect([formatDate(day, lang), formatDate(month, lang), formatDate(year, lang)]).toEqual(expected);
  });
  it('says how long ago with each language’s plural', () => {
    const now = new Date(Date.UTC(2026, 10, 29));
    const at = (iso: string) => ({ iso, precision: 'day' as const });
    use('be');
    expect([
      yearsAgo(at('2025-01-01'), now),
      yearsAgo(at('2023-01-01'), now),
      yearsAgo(at('2021-01-01'), now),
    ]).toEqual(['1 год таму', '3 гады таму', '5 гадоў таму']);
    use('ru');
    expect(yearsAgo(at('2004-01-01'), now)).toBe('22 года назад');
    expect(yearsAgo({ iso: '2005', precision: 'year' }, now)).toBe('около 21 года назад');
  });
});

describe('the Belarusian order, letter by letter', () => {
  it('puts a word before the longer word it begins', () => {
    expect(compareBelarusian('Аб', 'Абв')).toBeLessThan(0);
    expect(compareBelarusian('Абв', 'Аб')).toBeGreaterThan(0);
    expect(compareBelarusian('Аб', 'аб')).toBe(0);
  });

  it('reads past the apostrophe, as dictionaries do', () => {
    // "Аб’а" sorts as "Аба", before "Абб"; the apostrophe's code point would put it after.
    for (const apostrophe of ['’', "'", 'ʼ'])
      expect(compareBelarusian(`Аб${apostrophe}а`, 'Абб')).toBeLessThan(0);
  });

  it('puts letters outside the alphabet after it, by code point', () => {
    expect(compareBelarusian('Я', 'A')).toBeLessThan(0);
    expect(compareBelarusian('A', 'B')).toBeLessThan(0);
  });
});

describe('compareNames chooses how to sort', () => {
  it('uses the Belarusian alphabet only for Belarusian where the collator lacks it', () => {
    expect(compareNames('be', () => false)).toBe(compareBelarusian);
    expect(compareNames('be', () => true)).not.toBe(compareBelarusian);
    expect(compareNames('ru', () => false)).not.toBe(compareBelarusian);
    // Node's ICU has Belarusian: the default check finds it.
    expect(compareNames('be')).not.toBe(compareBelarusian);
    expect(['Ўзбекістан', 'Аўстрыя'].sort(compareNames('be'))).toEqual(['Аўстрыя', 'Ўзбекістан']);
  });

  it('makes one collator per language and keeps it; an injected check is never cached', () => {
    expect(compareNames('ru')).toBe(compareNames('ru'));
    expect(compareNames('ru')).not.toBe(compareNames('en'));
    expect(compareNames('be', () => false)).toBe(compareBelarusian);
    expect(compareNames('be')).not.toBe(compareBelarusian);
  });
});

describeWith('lists and regions', (use) => {
  it('joins names with commas and "and"', () => {
    expect(listAnd([])).toBe('');
    expect(listAnd(['Poland'])).toBe('Poland');
    expect(listAnd(['Poland', 'Lithuania'])).toBe('Poland and Lithuania');
    expect(listAnd(['Poland', 'Lithuania', 'Latvia'])).toBe('Poland, Lithuania and Latvia');
  });

  it('names a region in the language shown, and leaves an unknown one as it is', () => {
    expect(regionName('Asia')).toBe('Asia');
    use('be');
    expect(regionName('Asia')).toBe('Азія');
    expect(regionName('Antarctica')).toBe('Antarctica');
  });

  it('knows only its own languages', () => {
    expect(['en', 'be', 'ru'].every(isLang)).toBe(true);
    expect([undefined, 7, 'de', 'BE', ''].some(isLang)).toBe(false);
  });
});
