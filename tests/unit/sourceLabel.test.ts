import { describe, expect, it } from 'vitest';
import { describeWith } from './withLocale';
import { shownLabel } from '../../src/lib/sourceLabel';

const article = {
  url: 'https://en.wikipedia.org/wiki/Foreign_relations_of_Belarus',
  title: 'Foreign relations of Belarus',
};
const TABLE = 'https://en.wikipedia.org/wiki/Foreign_relations_of_Belarus#Asia';

describe('a source named in English', () => {
  it('keeps the research label, unmarked on an English page', () => {
    expect(shownLabel('BelTA (German service)', 'https://deu.belta.by/x', article)).toEqual({
      text: 'BelTA (German service)',
    });
    expect(shownLabel('Wikipedia: Foreign relations of Belarus, table Asia', TABLE, article)).toEqual({
      text: 'Wikipedia: Foreign relations of Belarus, table Asia',
    });
  });
});

describeWith('the article’s tables in the reader’s language', (use) => {
  it.each([
    ['be', 'Вікіпедыя: «Foreign relations of Belarus», табліца «Азія»'],
    ['ru', 'Википедия: «Foreign relations of Belarus», таблица «Азия»'],
  ] as const)('%s: %s', (lang, expected) => {
    use(lang);
    expect(shownLabel('Wikipedia: Foreign relations of Belarus, table Asia', TABLE, article)).toEqual({
      text: expected,
    });
  });

  it.each(['be', 'ru'] as const)('%s: any other label stays English and is marked so', (lang) => {
    use(lang);
    expect(shownLabel('Sputnik Belarus', 'https://sputnik.by/x', article)).toEqual({
      text: 'Sputnik Belarus',
      lang: 'en',
    });
    // The article itself without a table, an unknown anchor, or no link at all.
    expect(shownLabel('Wikipedia, 2019', article.url, article).lang).toBe('en');
    expect(shownLabel('x', `${article.url}#See_also`, article).lang).toBe('en');
    expect(shownLabel('German Wikipedia', null, article).lang).toBe('en');
  });
});
