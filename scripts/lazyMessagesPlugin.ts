// Only the reader's language loads with the app. Paraglide compiles the messages one module per
// language (`outputStructure: 'locale-modules'`), and its src/paraglide/messages/_index.js imports
// every language's module and wraps each message in a function that picks the language: every
// language's words would sit in the app's first chunk (about 6 KB gzip for each of Belarusian
// and Russian), and the wrappers alone are 23 KB of minified code. This plugin replaces that
// index with one of the same exports, each a one-line wrapper, whose languages other than the
// base one are live bindings of the virtual module below. In a build, those start out as the base
// language's messages and become the real ones when `loadMessages(lang)` has fetched their chunk;
// on the dev server and in unit tests every language is imported at once, and `loadMessages`
// resolves at once. Everything that shows a message goes on calling Paraglide's functions.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const LAZY_MESSAGES_ID = 'virtual:lazy-messages';
const RESOLVED_ID = '\0' + LAZY_MESSAGES_ID;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The index that replaces Paraglide's `_index.js`: the same message exports, read from the
 * compiled index (`export const <key> =`). Throws when it finds none, or a language whose module
 * the index does not import, so that a Paraglide upgrade that changes the compiled code's shape
 * fails the build instead of silently shipping every language again.
 */
export function rewriteIndex(code: string, locales: readonly string[], baseLocale: string): string {
  const keys = [...code.matchAll(/^export const ([A-Za-z_$][\w$]*) =/gm)].map((match) => match[1]!);
  if (keys.length === 0)
    throw new Error('lazyMessages: no message exports found in src/paraglide/messages/_index.js');
  for (const locale of locales) {
    if (!IDENTIFIER.test(locale) || !code.includes(`import * as __${locale} from "./${locale}.js"`)) {
      throw new Error(
        `lazyMessages: _index.js does not import ./${locale}.js; is Paraglide's outputStructure 'locale-modules'?`,
      );
    }
  }
  const others = locales.filter((l) => l !== baseLocale);
  const pick = others.map((l) => `locale === ${JSON.stringify(l)} ? __${l} : `).join('');
  return [
    '/* eslint-disable */',
    'import { getLocale } from "../runtime.js";',
    `import * as __${baseLocale} from "./${baseLocale}.js";`,
    `import { ${others.map((l) => `${l} as __${l}`).join(', ')} } from "${LAZY_MESSAGES_ID}";`,
    `const __pick = (locale) => ${pick}__${baseLocale};`,
    'const __message = (key) => (inputs = {}, options = {}) => __pick(options.locale ?? getLocale())[key](inputs);',
    ...keys.map((key) => `export const ${key} = /* @__PURE__ */ __message(${JSON.stringify(key)});`),
    '',
  ].join('\n');
}

/**
 * The virtual module: a binding per language other than the base one, and the loader that fills
 * it. `lazy` (a build): each starts as the base language's messages and is fetched on demand.
 */
export function lazyModule(
  locales: readonly string[],
  baseLocale: string,
  messagesDir: string,
  lazy: boolean,
): string {
  const path = (locale: string) => JSON.stringify(resolve(messagesDir, `${locale}.js`));
  const others = locales.filter((l) => l !== baseLocale);
  if (!lazy) {
    return [
      ...others.map((l) => `import * as ${l} from ${path(l)};`),
      `export { ${others.join(', ')} };`,
      'export async function loadMessages() {}',
    ].join('\n');
  }
  return [
    `import * as base from ${path(baseLocale)};`,
    ...others.map((l) => `export let ${l} = base;`),
    'export async function loadMessages(locale) {',
    ...others.map(
      (l) => `  if (locale === ${JSON.stringify(l)} && ${l} === base) ${l} = await import(${path(l)});`,
    ),
    '}',
  ].join('\n');
}

export function lazyMessages(options: {
  locales: readonly string[];
  baseLocale: string;
  /** Where Paraglide writes the per-language modules: `<outdir>/messages`. */
  messagesDir: string;
}): Plugin {
  const { locales, baseLocale } = options;
  const messagesDir = resolve(options.messagesDir);
  const index = resolve(messagesDir, '_index.js');
  let build = false;
  return {
    name: 'lazy-messages',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id === LAZY_MESSAGES_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return lazyModule(locales, baseLocale, messagesDir, build);
    },
    transform(code, id) {
      if (resolve(id.split('?')[0]!) !== index) return undefined;
      return { code: rewriteIndex(code, locales, baseLocale), map: null };
    },
  };
}
