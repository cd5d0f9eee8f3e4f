// The first paint's markup and styles: the page's heading, the SVG map and the legend, laid out
// as App.svelte lays them out so that the app takes over in the same places. Keep the sizes in
// sync with App.svelte (header, .map-wrap), Legend.svelte and TimeControls.svelte.
import { CLASS_LABELS } from '../src/lib/describe.ts';
import { mapViewBox } from '../src/lib/firstPaint.ts';
import { YEAR_BINS } from '../src/lib/mapClass.ts';
import { escapeXml, hatchPattern } from '../src/lib/mapPoster.ts';
import { PAGE_WORDS } from '../src/lib/pageWords.ts';
import type { Palette } from '../src/lib/palette.ts';
import type { Coverage } from '../src/lib/types.ts';

export interface ShellInput {
  shapes: string;
  palette: Palette;
  firstYear: number;
  lastYear: number;
  coverage: Coverage;
}

/** The view box with no script to fit it: a desktop window's map (1280 × 558, above the legend and the credit); `slice` crops other shapes. */
const STATIC_VIEW_BOX = mapViewBox(1280, 558, null)
  .map((n) => n.toFixed(1))
  .join(' ');

function legend(palette: Palette, coverage: Coverage): string {
  const years = YEAR_BINS.map(
    (bin, i) =>
      `<li><span class="fp-sw" data-swatch="y${i}" style="background-color:${palette.classes[`y${i}`]}"></span>${escapeXml(bin.label)}</li>`,
  ).join('');
  const fixed = (['subject', 'notyet', 'undated', 'none', 'nodata'] as const)
    .map((cls) => {
      const hatched = cls === 'undated' ? ' fp-hatched' : '';
      const swatch = `<span class="fp-sw${hatched}" data-swatch="${cls}" style="background-color:${palette.classes[cls]}"></span>`;
      if (cls !== 'undated')
        return `<li>${swatch}<span data-w="${cls}">${escapeXml(CLASS_LABELS[cls])}</span></li>`;
      // As Legend.svelte does: the label takes the room of the longer wording, whichever the year shows.
      const past = escapeXml(CLASS_LABELS.undatedpast);
      return `<li>${swatch}<span class="fp-reserve" data-reserve="${past}"><span data-w="undated" data-past="${past}">${escapeXml(CLASS_LABELS.undated)}</span></span></li>`;
    })
    .join('');
  return (
    `<section class="fp-legend" aria-labelledby="fp-legend-title"><p class="fp-lt" id="fp-legend-title" data-w="legendTitle">${escapeXml(PAGE_WORDS.legendTitle)}</p>` +
    `<ol class="fp-row">${years}</ol><ul class="fp-row">${fixed}</ul>` +
    `<p class="fp-gap" data-w="gap">${escapeXml(PAGE_WORDS.noDataGap(coverage.unnamedUnPartners, coverage.noData))}</p></section>`
  );
}

/** The first paint: replaced by the app as soon as it runs (src/dom/firstMap.ts adopts the SVG). */
export function firstPaintShell(input: ShellInput): string {
  const { palette } = input;
  return (
    `<div id="first-paint" class="fp">` +
    `<header class="fp-header"><h1><span data-w="heading">${escapeXml(PAGE_WORDS.heading)},</span> <span class="fp-nowrap">${PAGE_WORDS.years(input.firstYear, input.lastYear)}</span></h1>` +
    `<p data-w="intro">${escapeXml(PAGE_WORDS.intro)}</p></header>` +
    `<div class="fp-main"><div class="fp-map"><div class="fp-box">` +
    `<svg id="first-map" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(PAGE_WORDS.mapLabel)}" viewBox="${STATIC_VIEW_BOX}" preserveAspectRatio="xMidYMid slice" style="background:${palette.background}">` +
    `<defs>${hatchPattern(palette.hatch)}</defs>` +
    `<g class="fp-layer" stroke="${palette.border}" stroke-linejoin="round">${input.shapes}</g></svg></div>` +
    `${legend(palette, input.coverage)}</div>` +
    `<noscript><p class="fp-noscript">${escapeXml(PAGE_WORDS.noScript)}</p></noscript></div>` +
    `<div class="fp-controls"></div></div>`
  );
}

/**
 * The first paint's styles (inline in index.html: they must apply before any file arrives). With
 * scripting on, the first paint is hidden until its inline script has run (it marks it
 * data-ready whatever happens): the browser may paint part of the page while it is still being
 * parsed, and would show the English words and this year's colours before the script puts the
 * reader's language and the URL's year in their place.
 */
export const FIRST_PAINT_CSS = `
.fp{display:flex;flex-direction:column;height:100vh;height:100dvh;min-height:480px}
@media (scripting:enabled){.fp:not([data-ready]){visibility:hidden}}
.fp-header{padding:.75rem 1rem .5rem}
.fp h1{font-size:1.3rem;margin:0 0 .25rem;line-height:1.45}
.fp-header p{margin:0;color:var(--muted)}
.fp-nowrap{white-space:nowrap}
.fp-main{position:relative;flex:1;min-height:0;display:flex;flex-direction:column;padding-bottom:21px}
.fp-map{position:relative;flex:1;min-height:0;display:flex;flex-direction:column}
.fp-box{position:relative;flex:1;min-height:120px;overflow:hidden}
#first-map{position:absolute;inset:0;width:100%;height:100%;display:block}
#first-map path,#first-map circle{vector-effect:non-scaling-stroke;stroke-width:.5px}
#first-map circle{stroke-width:1px}
.fp-legend{flex:none;display:flex;flex-wrap:wrap;align-items:center;gap:.15rem 1.2rem;padding:.3rem .5rem;background:var(--bg);border-top:1px solid var(--border);font-size:.74rem}
.fp-lt{margin:0;min-height:1.5rem;display:flex;align-items:center;font-weight:600}
.fp-lt::after{content:'\\a0▾'}
.fp-row{display:flex;flex-wrap:wrap;gap:.1rem .6rem;list-style:none;margin:0;padding:0}
.fp-row li{display:flex;align-items:center;gap:.3rem;white-space:nowrap}
ul.fp-row li{white-space:normal;align-items:flex-start}ul.fp-row .fp-sw{margin-top:.1rem}
.fp-gap{margin:0;color:var(--muted);line-height:1.3}
.fp-reserve{display:inline-grid}.fp-reserve>span,.fp-reserve::after{grid-area:1/1}.fp-reserve::after{content:attr(data-reserve);visibility:hidden}
.fp-sw{display:inline-block;width:.9rem;height:.9rem;border:1px solid var(--muted);flex:none}
.fp-hatched{background-image:repeating-linear-gradient(45deg,${'#8a7440'} 0 2px,transparent 2px 6px)}
.fp-noscript{position:absolute;z-index:3;top:.5rem;left:.5rem;right:.5rem;margin:0;padding:.4rem .6rem;background:var(--surface);border-left:4px solid var(--accent)}
.fp-controls{flex:none;height:125px}
.fp[data-table] .fp-map{visibility:hidden}
.fp[data-mode=flow]{height:auto;min-height:0}
.fp[data-mode=embed]{height:100vh;height:100dvh;min-height:0}
.fp[data-mode=embed] .fp-header,.fp[data-mode=flow] .fp-header{display:none}
.fp[data-mode=flow] .fp-main{flex:none;min-height:0;height:clamp(320px,62vw,620px)}
.fp[data-mode=embed] .fp-main{flex:1;height:auto;min-height:240px}
.fp[data-mode=embed] .fp-box{min-height:100px}
@media (max-width:899px){.fp-controls{height:calc(125px + 1.5rem)}}
@media (max-width:700px){.fp-main{padding-bottom:29px}}
@media (max-width:640px){
.fp-header{padding:.5rem .75rem .25rem}.fp h1{font-size:1.05rem}.fp-header p{font-size:.85rem}
.fp-gap{display:none}
.fp[data-mode=flow] .fp-main{height:clamp(520px,140vw,760px)}
}
@media (max-width:540px){.fp-main{padding-top:5.5rem}}
@media (min-width:481px) and (max-width:640px){.fp:not([data-mode=embed]) .fp-controls{height:188px}}
@media (max-width:480px){
.fp-header p{display:none}
.fp-controls{height:171px}
.fp[data-mode=embed] .fp-main{padding-top:3rem}
}
`;
