import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/locale';

type Messages = Record<string, unknown>;
const read = (file: string): Messages => JSON.parse(readFileSync(file, 'utf8'));

/** The inputs a message takes: its {placeholders}, and the inputs its plural variants declare. */
function inputsOf(value: unknown): string[] {
  const names = new Set<string>();
  const texts =
    typeof value === 'string'
      ? [value]
      : (value as { declarations: string[]; match: Record<string, string> }[]).flatMap((variant) => {
          for (const d of variant.declarations) if (d.startsWith('input ')) names.add(d.slice(6));
          return Object.values(variant.match);
        });
  for (const text of texts) for (const [, name] of text.matchAll(/\{(\w+)\}/g)) names.add(name!);
  return [...names].sort();
}

/**
 * What is wrong with a set of message files against the source language's: keys missing or
 * extra, placeholders that differ, empty messages. Empty when they agree.
 */
function disagreements(files: Record<string, Messages>, source: string): string[] {
  const problems: string[] = [];
  const keys = (m: Messages) => Object.keys(m).filter((k) => !k.startsWith('$'));
  const base = files[source]!;
  for (const [lang, messages] of Object.entries(files)) {
    if (lang === source) continue;
    for (const key of keys(base))
      if (!(key in messages)) problems.push(`${lang}: missing ${key}`);
      else if (inputsOf(messages[key]).join() !== inputsOf(base[key]).join())
        problems.push(`${lang}: ${key} takes ${inputsOf(messages[key])}, ${source} ${inputsOf(base[key])}`);
    for (const key of keys(messages))
      if (!(key in base)) problems.push(`${lang}: ${key} is not in ${source}`);
  }
  for (const [lang, messages] of Object.entries(files))
    for (const key of keys(messages)) if (messages[key] === '') problems.push(`${lang}: ${key} is empty`);
  return problems;
}

const FILES = Object.fromEntries(LANGS.map((lang) => [lang, read(`messages/${lang}.json`)]));

describe('the message files', () => {
  it('are one per language the project compiles, and nothing else', () => {
    const settings = read('project.inlang/settings.json') as { locales: string[]; baseLocale: string };
    expect(settings.locales).toEqual([...LANGS]);
    expect(settings.baseLocale).toBe('en');
    expect(readdirSync('messages').sort()).toEqual(LANGS.map((l) => `${l}.json`).sort());
  });

  it('have the same keys in every language, each taking the same inputs as in English', () => {
    expect(disagreements(FILES, 'en')).toEqual([]);
  });

  it('has a check that fails on a key missing, a key extra, a placeholder changed or a message empty', () => {
    const en = { a: 'One {n}', b: 'Two', c: 'Three' };
    const be = { a: 'Адзін {count}', c: '', d: 'Чатыры' };
    expect(disagreements({ en, be }, 'en')).toEqual([
      'be: a takes count, en n',
      'be: missing b',
      'be: d is not in en',
      'be: c is empty',
    ]);
  });

  it('give Belarusian and Russian every plural form their numbers need', () => {
    for (const lang of ['be', 'ru'] as const)
      for (const [key, value] of Object.entries(FILES[lang]!)) {
        if (!Array.isArray(value)) continue;
        const forms = Object.keys((value[0] as { match: object }).match).map((k) => k.split('=')[1]);
        expect(forms, `${lang}: ${key}`).toEqual(['one', 'few', 'many', 'other']);
      }
  });
});
