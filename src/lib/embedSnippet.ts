/** Height reserved for the iframe before auto-height corrects it, so the host page does not jump. */
export const RESERVED_HEIGHT = 560;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The embed URL for a page URL: the same state with embed=1 (the `id` and `origin` the
 * embedder may add are left to them).
 */
export function embedUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set('embed', '1');
  url.hash = '';
  return url.href;
}

/**
 * The iframe's title in English. The share dialog passes the title in the reader's language; this
 * file imports no messages because vite.config.ts (oembed.json) reads it before they are compiled.
 */
export const EMBED_TITLE = "Belarus's diplomatic relations: interactive map";

/** The copy-paste snippet: the iframe, and the optional script that keeps its height right. */
export function embedSnippet(pageUrl: string, withScript = true, title = EMBED_TITLE): string {
  const src = embedUrl(pageUrl);
  const script = new URL('embed.js', new URL('./', pageUrl)).href;
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `loading="lazy" width="100%" height="${RESERVED_HEIGHT}" ` +
    `style="width: 100%; height: ${RESERVED_HEIGHT}px; border: 0;" allow="fullscreen; clipboard-write" ` +
    `data-belarus-map></iframe>`;
  return withScript ? `${iframe}\n<script src="${escapeAttribute(script)}" async></script>` : iframe;
}
