import { describe, expect, it } from 'vitest';
import { INLINE_MAX_BYTES, inlineStylesheets } from '../../scripts/inlinePageCss';

const page = (links: string) => `<head>\n${links}\n<link rel="icon" href="./favicon.svg" />\n</head>`;

describe('inlineStylesheets', () => {
  it('writes a small linked stylesheet into the page in its place, trimmed', () => {
    const html = page('<link rel="stylesheet" crossorigin href="./assets/index-a1.css">');
    const read = (href: string) => (href === './assets/index-a1.css' ? ':root{--bg:#fff}\n' : undefined);
    expect(inlineStylesheets(html, read)).toBe(page('<style>:root{--bg:#fff}</style>'));
  });

  it('leaves a stylesheet it cannot read, or one over the limit, linked; other links untouched', () => {
    const links =
      '<link rel="stylesheet" href="./assets/unknown.css">\n<link rel="stylesheet" crossorigin href="./assets/big.css">';
    const big = 'a{}'.repeat(INLINE_MAX_BYTES);
    const read = (href: string) => (href.endsWith('big.css') ? big : undefined);
    expect(inlineStylesheets(page(links), read)).toBe(page(links));
    // At the limit exactly it is inlined; the limit counts bytes, not characters.
    expect(inlineStylesheets(page(links), () => 'a'.repeat(INLINE_MAX_BYTES))).toContain('<style>a');
    expect(inlineStylesheets(page(links), () => 'é'.repeat(INLINE_MAX_BYTES / 2 + 1))).toBe(page(links));
  });

  it('cannot be closed early by what the stylesheet holds', () => {
    const html = page('<link rel="stylesheet" href="./a.css">');
    const out = inlineStylesheets(html, () => 'a::after{content:"</style><script>x</script>"}');
    expect(out.match(/<\/style>/g)).toHaveLength(1);
    expect(out).toContain('<\\/style><script>');
  });
});
