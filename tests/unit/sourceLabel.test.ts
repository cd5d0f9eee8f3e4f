import { describe, expect, it } from 'vitest';
import { describeWith } from './withLocale';
import { labelText, shownLabel } from '../../src/lib/sourceLabel';

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
    ['be', 'Вікіпедыя, «Foreign relations of Belarus», табліца «Азія»'],
    ['ru', 'Википедия, «Foreign relations of Belarus», таблица «Азия»'],
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
    expect(shownLabel('German Wikipedia, 2019', null, article).lang).toBe('en');
  });
});

describeWith('the article’s sections and other Wikipedia articles', (use) => {
  const SECTION =
    'https://en.wikipedia.org/wiki/Foreign_relations_of_Belarus#Belarus–United_Kingdom_relations';
  it('names a section in the language, its title kept', () => {
    use('ru');
    const label = 'Wikipedia: Foreign relations of Belarus, section Belarus–United Kingdom relations';
    expect(shownLabel(label, SECTION, article)).toEqual({
      text: 'Википедия, «Foreign relations of Belarus», раздел «Belarus–United Kingdom relations»',
    });
    use('en');
    expect(shownLabel(label, SECTION, article)).toEqual({ text: label });
  });

  it('says Wikipedia in the language and marks the English title apart', () => {
    use('be');
    const shown = shownLabel(
      'Wikipedia: Belarus–Lithuania relations',
      'https://en.wikipedia.org/wiki/Belarus%E2%80%93Lithuania_relations',
      article,
    );
    expect(shown).toEqual({
      before: 'Вікіпедыя, «',
      text: 'Belarus–Lithuania relations',
      after: '»',
      lang: 'en',
    });
    expect(labelText(shown)).toBe('Вікіпедыя, «Belarus–Lithuania relations»');
  });

  // Every Wikipedia label the data has, in Russian: the edition, the version read and the copy in
  // the language; the English title (and table name) kept, quoted and marked.
  it.each([
    [
      'Wikipedia: Foreign relations of Turkey, as it read in 2019',
      'Википедия, «Foreign relations of Turkey», в редакции 2019 года',
    ],
    [
      'Russian Wikipedia: Armenian–Belarusian relations (copy on a mirror site)',
      'Русская Википедия, «Armenian–Belarusian relations» (копия на сайте-зеркале)',
    ],
    [
      'Russian Wikipedia: Belarus–Georgia relations (Portuguese machine translation on a mirror site)',
      'Русская Википедия, «Belarus–Georgia relations» (машинный перевод на португальский на сайте-зеркале)',
    ],
    [
      'Russian Wikipedia: Belarus–Ivory Coast relations (French machine translation on a mirror site)',
      'Русская Википедия, «Belarus–Ivory Coast relations» (машинный перевод на французский на сайте-зеркале)',
    ],
    [
      'German Wikipedia: Belarusian–Portuguese relations (machine-translated copy on a mirror site)',
      'Немецкая Википедия, «Belarusian–Portuguese relations» (машинный перевод на сайте-зеркале)',
    ],
    ['Belarusian Wikipedia: Belarus–Syria relations', 'Белорусская Википедия, «Belarus–Syria relations»'],
    [
      'Wikipedia: Foreign relations of the Sovereign Military Order of Malta, table “Diplomatic relations established” (copy on a mirror site)',
      'Википедия, «Foreign relations of the Sovereign Military Order of Malta», таблица «Diplomatic relations established» (копия на сайте-зеркале)',
    ],
  ])('ru: %s', (label, expected) => {
    use('ru');
    const shown = shownLabel(label, 'https://example.org/', article);
    expect(labelText(shown)).toBe(expected);
    expect(shown.lang).toBe('en');
  });

  it('names an edition whose article was not recorded in the language, with nothing marked English', () => {
    use('be');
    expect(shownLabel('German Wikipedia (the article’s address was not recorded)', null, article)).toEqual({
      text: 'Нямецкая Вікіпедыя (адрас артыкула не запісаны)',
    });
  });
});
