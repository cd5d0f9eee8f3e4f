// The virtual module of scripts/lazyMessagesPlugin.ts: in a build it fetches a language's messages.
declare module 'virtual:lazy-messages' {
  /** Resolves once the language's messages are loaded; at once for the base language, or outside a build. */
  export function loadMessages(locale: string): Promise<void>;
}
