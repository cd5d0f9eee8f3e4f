// Changing the interface language: each language's messages are a chunk of their own, fetched the
// first time it is chosen (scripts/lazyMessagesPlugin.ts), so the change waits for that load.
// Headless: the loader and what applies the change are injected, so tests need no build.

export interface LanguageSwitchOptions<L extends string> {
  /** Resolves once the language's messages are there (at once after the first time). */
  load(lang: L): Promise<void>;
  /** Shows the interface in the language. */
  apply(lang: L): void;
  warn?(message: string, error: unknown): void;
}

/**
 * Returns `choose(lang)`. When the reader picks one language and then another before the first
 * has loaded, only the last choice is applied, whichever load finishes first. A load that fails
 * leaves the language shown as it was, with a console warning.
 */
export function languageSwitch<L extends string>({
  load,
  apply,
  warn = (message, error) => console.warn(message, error),
}: LanguageSwitchOptions<L>): (lang: L) => Promise<void> {
  let wanted: L | null = null;
  return async (lang) => {
    wanted = lang;
    try {
      await load(lang);
    } catch (error) {
      warn(`Could not load the interface in "${lang}"; the language shown is unchanged.`, error);
      return;
    }
    if (wanted === lang) apply(lang);
  };
}
