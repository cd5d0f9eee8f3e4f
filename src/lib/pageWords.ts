/**
 * The English words of the page that exist before the app runs (index.html's first paint, the
 * social preview, the map as SVG) and of the simpler map, in one place so that they can become
 * translated messages. Keep the heading and the intro the same as App.svelte shows them.
 */
export const PAGE_WORDS = {
  /** The page's heading is `${heading}, ${years}`, the years kept on one line. */
  heading: "Belarus's diplomatic relations",
  years: (first: number, last: number) => `${first}–${last}`,
  intro:
    'When each country established diplomatic relations with Belarus. Click a country for its date, notes and sources.',
  description:
    'When each country established diplomatic relations with Belarus, since 1991, with notes and sources for every state.',
  mapLabel: "World map of Belarus's diplomatic relations",
  legendTitle: 'Relations established',
  /** The legend's note on "No data" (Legend.svelte shows the same). */
  noDataGap: (unnamed: number, noData: number) =>
    `“No data”: ${unnamed} of these ${noData} states are partners that the article counts but does not name.`,
  /** Shown with JavaScript off, under the map. */
  noScript: 'Turn on JavaScript for the year slider, each country’s notes and sources, and the table.',
  /** The social preview's and the SVG download's title. */
  posterTitle: (year: number) => `Belarus's diplomatic relations, as of ${year}`,
  posterCredit: (title: string, licence: string) =>
    `Data: Wikipedia, “${title}” (${licence}), and the sources in each country’s notes. Map: Natural Earth.`,
  noWebgl:
    'The interactive map needs WebGL, which this browser has turned off, so a simpler map without zoom is shown.',
  mapFailed: (reason: string) =>
    `The interactive map could not be drawn (${reason}), so a simpler map is shown.`,
  /** The share dialog's download of the map for print and slides. */
  svgButton: 'Map (SVG)',
  svgDownloaded: 'Map downloaded.',
} as const;
