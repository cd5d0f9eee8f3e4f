import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import NotesPanel from '../../src/components/NotesPanel.svelte';
import type { Country, Dataset } from '../../src/lib/types';

// The panel rendered on the server, as a component-level check of what the browser tests cannot
// cheaply reach: the suggestion link, which only a build with CORRECTIONS_URL shows.
let dataset: Dataset;
beforeAll(() => {
  dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;
});

function panelHtml(id: string, correctionsTemplate: string, change: (c: Country) => void = () => {}): string {
  const country = structuredClone(dataset.countries.find((c) => c.id === id)!);
  change(country);
  return render(NotesPanel, {
    props: {
      id,
      name: country.name,
      country,
      isSubject: false,
      sections: dataset.sections,
      year: 2026,
      now: new Date('2026-11-29T12:00:00Z'),
      coverage: dataset.coverage,
      correctionsTemplate,
      takeFocus: false,
      onclose: () => {},
    },
  }).body;
}

const suggestHref = (html: string): string | null =>
  /<a href="([^"]*)"[^>]*data-testid="panel-suggest"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;

describe('NotesPanel', () => {
  it('offers no suggestion link when the build has no CORRECTIONS_URL', () => {
    expect(panelHtml('QAT', '')).not.toContain('Suggest a source');
  });

  it.each([
    { id: 'TUR', shows: 'Relations since 25 May 1992 (provisional) (low confidence)' },
    { id: 'QAT', shows: 'Relations since 16 January 1996 (medium confidence)' },
    { id: 'BOL', shows: 'Relations, date not found' },
    { id: 'ALB', shows: 'No data: no source found either way' },
  ])(
    'links $id to the corrections page, prefilled with the country and what the map shows',
    ({ id, shows }) => {
      const href = suggestHref(panelHtml(id, 'https://example.org/fix?c={code}&now={shows}'));
      expect(href).toBe(`https://example.org/fix?c=${id}&now=${encodeURIComponent(shows)}`);
    },
  );

  it('puts the invitation before the notes where the map has no date, after the sources otherwise', () => {
    const template = 'https://example.org/fix?c={code}';
    const undated = panelHtml('BOL', template);
    expect(undated.indexOf('panel-suggest')).toBeLessThan(undated.indexOf('panel-note'));
    const dated = panelHtml('QAT', template);
    expect(dated.indexOf('panel-suggest')).toBeGreaterThan(dated.indexOf('panel-sources'));
  });

  it('renders text from the data as text, never as markup', () => {
    const html = panelHtml('QAT', '', (c) => {
      c.note = '<img src=x onerror="alert(1)"> note';
      c.conflicts[0]!.why = '<script>alert(2)</script>';
    });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;img src=x onerror="alert(1)"> note');
  });
});
