import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/lib/embedSnippet';
import { nearestPoint } from '../../src/lib/nearestPoint';
import { oembedResponse } from '../../src/lib/oembed';
import { sortRows } from '../../src/lib/sortRows';
import { articleLinks } from '../../src/pipeline/articleLinks';
import { fixAntimeridian } from '../../src/pipeline/fixAntimeridian';
import { makeCountry } from '../fixtures/makeCountry';

describe('fixAntimeridian', () => {
  const lons = (ring: number[][]) => {
    const fixed = fixAntimeridian({ type: 'Polygon', coordinates: [ring] });
    return fixed.type === 'Polygon' ? fixed.coordinates[0]?.map((p) => p[0]) : null;
  };

  it('shifts a ring that crosses 180° westwards below -180', () => {
    expect(
      lons([
        [-179, 0],
        [179, 0],
        [179, 1],
        [-179, 0],
      ]),
    ).toEqual([-179, -181, -181, -179]);
  });

  it('leaves a step of exactly 180° as it is', () => {
    expect(
      lons([
        [0, 0],
        [180, 0],
        [0, 1],
      ]),
    ).toEqual([0, 180, 0]);
    expect(
      lons([
        [0, 0],
        [-180, 0],
        [0, 1],
      ]),
    ).toEqual([0, -180, 0]);
  });

  it('fixes a ring that only comes near a pole, and leaves one that reaches it', () => {
    expect(
      lons([
        [179, 89.9],
        [-179, 89.9],
        [179, 89.9],
      ]),
    ).toEqual([179, 181, 179]);
    expect(
      lons([
        [179, -89.95],
        [-179, -89.95],
        [179, -89.95],
      ]),
    ).toEqual([179, -179, 179]);
  });

  it('fixes every ring of every polygon of a multipolygon, and keeps the latitudes', () => {
    const fixed = fixAntimeridian({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179, 5],
            [-179, 6],
            [179, 5],
          ],
        ],
        [
          [
            [-179, 7],
            [179, 8],
            [-179, 7],
          ],
        ],
      ],
    });
    expect(fixed).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179, 5],
            [181, 6],
            [179, 5],
          ],
        ],
        [
          [
            [-179, 7],
            [-181, 8],
            [-179, 7],
          ],
        ],
      ],
    });
  });

  it('returns a geometry that is not polygonal as it is', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [179, 0],
        [-179, 0],
      ],
    };
    expect(fixAntimeridian(line)).toBe(line);
  });
});

describe('nearestPoint', () => {
  it('finds a point exactly at the radius, and not one just beyond it', () => {
    expect(nearestPoint([{ id: 'A', x: 3, y: 4 }], 0, 0, 5)).toBe('A');
    expect(nearestPoint([{ id: 'A', x: 3, y: 4.01 }], 0, 0, 5)).toBeNull();
  });

  it('prefers the nearer of two points, in either order', () => {
    const near = { id: 'NEAR', x: 1, y: 0 };
    const far = { id: 'FAR', x: 0, y: -2 };
    expect(nearestPoint([near, far], 0, 0, 5)).toBe('NEAR');
    expect(nearestPoint([far, near], 0, 0, 5)).toBe('NEAR');
  });
});

describe('sortRows', () => {
  const rows = [
    makeCountry('CHL', 'Chile', '1992-03-13'),
    makeCountry('BRA', 'Brazil', '1992-03-13'),
    makeCountry('ARG', 'Argentina', '1993'),
  ];
  it('orders states of the same date A to Z, whichever way the dates run', () => {
    expect(sortRows(rows, 'date', true).map((c) => c.id)).toEqual(['BRA', 'CHL', 'ARG']);
    expect(sortRows(rows, 'date', false).map((c) => c.id)).toEqual(['ARG', 'BRA', 'CHL']);
  });

  it('puts a state without a date after one with a date, however they start', () => {
    const mixed = [makeCountry('AFG', 'Afghanistan', null), makeCountry('ZMB', 'Zambia', '1995')];
    expect(sortRows(mixed, 'date', true).map((c) => c.id)).toEqual(['ZMB', 'AFG']);
    expect(sortRows([...mixed].reverse(), 'date', false).map((c) => c.id)).toEqual(['ZMB', 'AFG']);
  });

  it('leaves the rows it was given in their order', () => {
    const given = [...rows];
    sortRows(given, 'name', true);
    expect(given.map((c) => c.id)).toEqual(['CHL', 'BRA', 'ARG']);
  });
});

describe('articleLinks', () => {
  it('finds every article a note names, each up to its full stop', () => {
    expect(articleLinks('See  Foreign relations of Chad . See Chad–Belarus relations.')).toEqual([
      {
        title: 'Foreign relations of Chad',
        url: 'https://en.wikipedia.org/wiki/Foreign_relations_of_Chad',
      },
      {
        title: 'Chad–Belarus relations',
        url: 'https://en.wikipedia.org/wiki/Chad%E2%80%93Belarus_relations',
      },
    ]);
  });

  it('does not read "See" inside a word, or "see" in lower case, as a link', () => {
    expect(articleLinks('Oversee relations. We see progress.')).toEqual([]);
  });
});

describe('embedSnippet and oembedResponse', () => {
  it('drops the fragment and turns embed=0 into embed=1', () => {
    expect(embedUrl('https://maps.example/?embed=0&year=1995#table')).toBe(
      'https://maps.example/?embed=1&year=1995',
    );
  });

  it('serves the host script from the folder of the page', () => {
    expect(embedSnippet('https://maps.example/a/b/page.html?x=1')).toContain(
      '<script src="https://maps.example/a/b/embed.js" async></script>',
    );
    expect(embedSnippet('https://maps.example/a/', false)).toMatch(/<\/iframe>$/);
  });

  it('describes the embed for oEmbed consumers', () => {
    const base = 'https://maps.example/';
    expect(oembedResponse(base)).toEqual({
      version: '1.0',
      type: 'rich',
      title: "Belarus's diplomatic relations, 1991 to today (data: Wikipedia, CC BY-SA 4.0)",
      provider_name: "Belarus's diplomatic relations map",
      provider_url: base,
      html: embedSnippet(base, true),
      width: 800,
      height: 560,
      cache_age: 86400,
    });
  });
});
