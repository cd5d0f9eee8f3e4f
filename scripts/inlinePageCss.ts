// Puts the page's own stylesheet (src/app.css: colours, fonts; a kilobyte) into index.html
// instead of linking it. A linked stylesheet holds the first paint until it has arrived: one
// more round trip on a phone's network before the map, title and legend show. The components'
// styles are not in it: they come with the app's chunk (src/boot.ts).
import type { Plugin } from 'vite';

/** Larger stylesheets stay linked: inlined, they would be fetched again with every page. */
export const INLINE_MAX_BYTES = 4096;

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)">/g;

/**
 * index.html with each linked stylesheet that `read` knows and that is at most `max` bytes
 * written into a <style> in its place; others are left as they are.
 */
export function inlineStylesheets(
  html: string,
  read: (href: string) => string | undefined,
  max = INLINE_MAX_BYTES,
): string {
  return html.replace(LINK, (link, href: string) => {
    const css = read(href);
    if (css === undefined || new TextEncoder().encode(css).length > max) return link;
    // Nothing in a stylesheet may close the element early.
    return `<style>${css.trim().replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}

export function inlinePageCss(): Plugin {
  return {
    name: 'inline-page-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return inlineStylesheets(html, (href) => {
          const asset = bundle[href.replace(/^\.\//, '')];
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        });
      },
    },
  };
}
