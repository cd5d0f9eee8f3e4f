import { expect, it } from 'vitest';
import { describeWith } from './withLocale';
import { partsAround } from '../../src/lib/partsAround';
import { m } from '../../src/paraglide/messages.js';

it('cuts a message around its input', () => {
  expect(partsAround((text) => `In English: “${text}”`)).toEqual(['In English: “', '”']);
  expect(partsAround((section) => `${section}, in the article`)).toEqual(['', ', in the article']);
});

it('keeps the whole message before when it does not show the input', () => {
  expect(partsAround(() => 'Notes')).toEqual(['Notes', '']);
});

describeWith('the messages whose input is English', (use) => {
  it.each([
    ['en', 'In English: “', '”'],
    ['be', 'Па-англійску: «', '»'],
    ['ru', 'По-английски: «', '»'],
  ] as const)('%s: the quote’s English apart from the words around it', (lang, before, after) => {
    use(lang);
    expect(partsAround((text) => m.panel_quote_in_english({ text }))).toEqual([before, after]);
  });
});
