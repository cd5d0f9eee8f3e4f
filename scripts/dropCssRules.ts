// MapLibre's stylesheet draws its logo three times over (light, forced colours, forced colours in
// a light scheme), each an inline SVG of 13 KB: more than half of the 71 KB file. The map never
// shows the logo (its maplibreLogo option is off, as by default; the attribution is ours), so the
// build leaves those rules out (vite.config.ts). Quoted strings are skipped, so a brace inside a
// url("…") is not taken for a block.
import type { Plugin } from 'vite';

/** The index just past the block that opens at `open` (a "{"), or the text's length. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const ch = css[i];
    if (ch === '"' || ch === "'") {
      const close = css.indexOf(ch, i + 1);
      i = close < 0 ? css.length : close;
    } else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return css.length;
}

/**
 * The stylesheet without the rules whose selector contains `needle`, inside at-rules too; an
 * at-rule left empty goes as well. Everything else is kept as written.
 */
export function dropCssRules(css: string, needle: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) return out + css.slice(i);
    const end = blockEnd(css, open);
    const prelude = css.slice(i, open);
    const body = css.slice(open + 1, end - 1);
    if (prelude.trim().startsWith('@') && body.includes('{')) {
      const inner = dropCssRules(body, needle);
      if (inner.trim() !== '') out += `${prelude}{${inner}}`;
    } else if (!prelude.includes(needle)) out += css.slice(i, end);
    i = end;
  }
  return out;
}

/** Leaves MapLibre's logo rules out of its stylesheet (see above). */
export function dropMaplibreLogoCss(): Plugin {
  return {
    name: 'drop-maplibre-logo-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/maplibre-gl\/dist\/maplibre-gl\.css$/.test(id.split('?')[0] ?? '')) return null;
      return { code: dropCssRules(code, 'maplibregl-ctrl-logo'), map: null };
    },
  };
}
