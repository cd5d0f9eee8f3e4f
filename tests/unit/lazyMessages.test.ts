import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyModule, LAZY_MESSAGES_ID, rewriteIndex } from '../../scripts/lazyMessagesPlugin';

const LOCALES = ['en', 'be', 'ru'];

/** The shape Paraglide 2 compiles `_index.js` to with outputStructure 'locale-modules'. */
const INDEX = `/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"
export const app_heading = /** @type {x} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.app_heading(inputs)
	if (locale === "be") return __be.app_heading(inputs)
	return __ru.app_heading(inputs)
});
export const count_partners = /** @type {x} */ ((inputs = {}, options = {}) => {
	return __ru.count_partners(inputs)
});
import * as __en from "./en.js"
import * as __be from "./be.js"
import * as __ru from "./ru.js"
`;

/** Evaluates a rewritten index with stand-in language modules and a chosen current language. */
function run(code: string, modules: Record<string, Record<string, (i: object) => string>>, current: string) {
  const body = code
    .replace('import { getLocale } from "../runtime.js";', '')
    .replace(/import \* as __en from "\.\/en\.js";/, '')
    .replace(/import \{ be as __be, ru as __ru \} from "virtual:lazy-messages";/, '')
    .replace(/export const /g, 'exports.');
  const exports: Record<string, (i?: object, o?: { locale?: string }) => string> = {};
  new Function('exports', 'getLocale', '__en', '__be', '__ru', body)(
    exports,
    () => current,
    modules.en,
    modules.be,
    modules.ru,
  );
  return exports;
}

describe('rewriteIndex', () => {
  const modules = {
    en: { app_heading: () => 'Map', count_partners: (i: { count?: number }) => `${i.count} states` },
    be: { app_heading: () => 'Карта', count_partners: (i: { count?: number }) => `${i.count} краін` },
    ru: { app_heading: () => 'Карта (ru)', count_partners: (i: { count?: number }) => `${i.count} стран` },
  };

  it('keeps every message export, each reading the language shown or the one asked for', () => {
    const code = rewriteIndex(INDEX, LOCALES, 'en');
    expect([...code.matchAll(/^export const (\w+)/gm)].map((x) => x[1])).toEqual([
      'app_heading',
      'count_partners',
    ]);
    const be = run(code, modules, 'be');
    expect(be.app_heading!()).toBe('Карта');
    expect(be.count_partners!({ count: 5 })).toBe('5 краін');
    expect(be.app_heading!({}, { locale: 'ru' })).toBe('Карта (ru)');
    expect(run(code, modules, 'en').count_partners!({ count: 2 })).toBe('2 states');
    // A language the map does not have reads as the base language.
    expect(run(code, modules, 'xx').app_heading!()).toBe('Map');
  });

  it('imports the base language statically and the others from the virtual module', () => {
    const code = rewriteIndex(INDEX, LOCALES, 'en');
    expect(code).toContain('import * as __en from "./en.js";');
    expect(code).toContain(`import { be as __be, ru as __ru } from "${LAZY_MESSAGES_ID}";`);
    expect(code).not.toMatch(/from "\.\/(be|ru)\.js"/);
  });

  it('fails the build, saying why, when the compiled index has another shape', () => {
    expect(() => rewriteIndex(INDEX.replace('import * as __be from "./be.js"', ''), LOCALES, 'en')).toThrow(
      /does not import \.\/be\.js/,
    );
    expect(() => rewriteIndex(INDEX.replace(/export const/g, 'const'), LOCALES, 'en')).toThrow(
      /no message exports/,
    );
  });

  it("matches what this project's Paraglide compiles (npm run build:messages)", () => {
    const compiled = readFileSync('src/paraglide/messages/_index.js', 'utf8');
    const english = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, unknown>;
    const keys = Object.keys(english).filter((k) => !k.startsWith('$'));
    const code = rewriteIndex(compiled, LOCALES, 'en');
    expect([...code.matchAll(/^export const (\w+)/gm)].length).toBe(keys.length);
  });
});

describe('lazyModule', () => {
  const dir = resolve('src/paraglide/messages');

  it('in a build, starts each other language as the base one and fetches it on demand', () => {
    const code = lazyModule(LOCALES, 'en', dir, true);
    expect(code).toContain(`import * as base from ${JSON.stringify(resolve(dir, 'en.js'))};`);
    expect(code).toContain('export let be = base;');
    expect(code).toContain('export let ru = base;');
    expect(code).toContain(`be = await import(${JSON.stringify(resolve(dir, 'be.js'))})`);
    expect(code).not.toContain('export let en');
  });

  it('outside a build, imports every language at once', () => {
    const code = lazyModule(LOCALES, 'en', dir, false);
    expect(code).toContain(`import * as be from ${JSON.stringify(resolve(dir, 'be.js'))};`);
    expect(code).toContain('export { be, ru };');
    expect(code).not.toContain('await import');
  });
});
