/**
 * The URL if it is http(s), else null: text from the data becomes a link only through this,
 * so a `javascript:` or `data:` URL in a hostile dataset is shown as text, never followed.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
