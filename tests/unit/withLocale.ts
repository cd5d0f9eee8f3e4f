import { afterEach, describe } from 'vitest';
import type { Lang } from '../../src/lib/locale';
import { baseLocale, overwriteGetLocale } from '../../src/paraglide/runtime.js';

/**
 * A describe block whose tests may switch the language messages are read in (`use('be')`);
 * English is put back after each test, as every other test expects.
 */
export function describeWith(name: string, body: (use: (lang: Lang) => void) => void): void {
  describe(name, () => {
    afterEach(() => overwriteGetLocale(() => baseLocale));
    body((lang) => overwriteGetLocale(() => lang));
  });
}
