import { readFileSync } from 'node:fs';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { linkableIds } from '../../src/lib/linkableIds';
import { hatchedIds, mapClasses } from '../../src/lib/mapClass';
import type { Country, Dataset } from '../../src/lib/types';
import { buildTerritories, TERRITORY_FACTS } from '../../src/pipeline/territories';

const dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;
const topology = JSON.parse(readFileSync('static/world.topo.json', 'utf8')) as Topology;

describe('the places the map draws that are not states', () => {
  it('are all named in the dataset: nothing the map draws is left with the geometry’s English label', () => {
    const named = new Set([
      dataset.subject.id,
      ...dataset.countries.map((c) => c.id),
      ...dataset.territories.map((t) => t.id),
    ]);
    const drawn = ['countries', 'points'].flatMap((object) =>
      (topology.objects[object] as GeometryCollection<{ code: string }>).geometries.map(
        (g) => (g.properties as { code: string }).code,
      ),
    );
    expect(drawn.length).toBeGreaterThan(230);
    expect(drawn.filter((code) => !named.has(code))).toEqual([]);
  });

  it('have a reader’s name in English, Belarusian and Russian, not an abbreviation or a code', () => {
    expect(dataset.territories).toHaveLength(Object.keys(TERRITORY_FACTS).length);
    for (const t of dataset.territories)
      for (const name of [t.name, t.nameBe, t.nameRu]) {
        expect(name, t.id).not.toBe(t.id);
        // world-atlas abbreviates ("Br. Indian Ocean Ter.", "N. Cyprus"); ISO inverts ("Virgin Islands, U.S.").
        expect(name, t.id).not.toMatch(/\.|САР|\(Кітай\)/);
      }
    const greenland = dataset.territories.find((t) => t.id === 'GRL');
    expect(greenland).toEqual({
      id: 'GRL',
      name: 'Greenland',
      nameBe: 'Грэнландыя',
      nameRu: 'Гренландия',
      kind: 'dependency',
      of: 'DNK',
    });
    expect(dataset.territories.find((t) => t.id === 'XNC')?.nameRu).toBe('Северный Кипр');
    expect(dataset.territories.find((t) => t.id === 'VIR')?.name).toBe('United States Virgin Islands');
  });

  it('belong to states in the dataset', () => {
    const states = new Set(dataset.countries.map((c) => c.id));
    for (const t of dataset.territories) if (t.of) expect(states.has(t.of), t.id).toBe(true);
  });
});

describe('buildTerritories', () => {
  const facts = {
    GRL: { kind: 'dependency' as const, of: 'DNK' },
    ESH: { kind: 'other' as const, of: null },
  };
  const names = (code: string) => ({ en: `${code} en`, be: `${code} be`, ru: `${code} ru` });

  it('names each territory and keeps its state', () => {
    expect(buildTerritories(names, new Set(['DNK']), facts)).toEqual([
      { id: 'ESH', name: 'ESH en', nameBe: 'ESH be', nameRu: 'ESH ru', kind: 'other', of: null },
      { id: 'GRL', name: 'GRL en', nameBe: 'GRL be', nameRu: 'GRL ru', kind: 'dependency', of: 'DNK' },
    ]);
  });

  it('fails naming every territory without a name in a language, or whose state is missing', () => {
    const partial = (code: string) => (code === 'GRL' ? { en: 'Greenland' } : null);
    expect(() => buildTerritories(partial, new Set(), facts)).toThrow(
      [
        'territory GRL: no name in be, ru',
        'territory GRL: its state DNK is not in the dataset',
        'territory ESH: no name in en, be, ru',
      ].join('\n'),
    );
  });
});

describe('how territories are drawn', () => {
  const country = (id: string, status: Country['status'], date: Country['date']) =>
    ({ id, status, date }) as Country;
  const small = {
    subject: { id: 'BLR', name: 'Belarus', nameBe: '', nameRu: '', aliases: [] },
    countries: [
      country('DNK', 'dated', { iso: '1992-03-01', precision: 'day' }),
      country('FRA', 'undated', null),
    ],
    territories: [
      { id: 'GRL', name: 'Greenland', nameBe: '', nameRu: '', kind: 'dependency' as const, of: 'DNK' },
      { id: 'NCL', name: 'New Caledonia', nameBe: '', nameRu: '', kind: 'dependency' as const, of: 'FRA' },
      { id: 'COK', name: 'Cook Islands', nameBe: '', nameRu: '', kind: 'associated' as const, of: 'NZL' },
      { id: 'ESH', name: 'Western Sahara', nameBe: '', nameRu: '', kind: 'other' as const, of: null },
    ],
  };

  it('a dependency takes its state’s class in every year; others are left to no data', () => {
    expect(mapClasses(small, 1991, 2026)).toMatchObject({ DNK: 'notyet', GRL: 'notyet' });
    expect(mapClasses(small, 1992, 2026)).toMatchObject({
      DNK: 'y1',
      GRL: 'y1',
      FRA: 'undatedpast',
      NCL: 'undatedpast',
    });
    expect(mapClasses(small, 2026, 2026)).toMatchObject({ FRA: 'undated', NCL: 'undated' });
    expect(mapClasses(small, 2026, 2026)).not.toHaveProperty('COK');
    expect(mapClasses(small, 2026, 2026)).not.toHaveProperty('ESH');
  });

  it('a dependency of a state striped as "date not found" is striped too', () => {
    expect([...hatchedIds(small)].sort()).toEqual(['FRA', 'NCL']);
  });
});

describe('linkableIds', () => {
  it('lets a link name the subject, every state, organisation and territory, and nothing else', () => {
    const ids = linkableIds(dataset);
    for (const id of ['BLR', 'DEU', 'EU', 'NATO', 'GRL', 'ESH']) expect(ids.has(id), id).toBe(true);
    expect(ids.has('ZZZ')).toBe(false);
    expect(ids.size).toBe(
      1 + dataset.countries.length + dataset.organisations.length + dataset.territories.length,
    );
  });
});
