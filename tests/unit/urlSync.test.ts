import { describe, expect, it } from 'vitest';
import {
  createUrlWriter,
  URL_WRITE_DELAY_MS,
  urlStateOf,
  type AppState,
  type Later,
} from '../../src/controllers/urlSync';
import { encodeUrlState } from '../../src/lib/urlState';

const base: AppState = {
  start: {},
  year: 2026,
  currentYear: 2026,
  selected: null,
  knownIds: new Set(['DEU', 'BLR']),
  view: null,
  theme: 'auto',
  embedded: false,
  viewMode: 'map',
};

describe('what the URL says for each state', () => {
  it.each<[string, Partial<AppState>, string]>([
    ['the default view', {}, ''],
    ['a past year', { year: 1995 }, '?year=1995'],
    ['the current year (left out)', { year: 2026 }, ''],
    ['a selected country', { selected: 'DEU' }, '?country=DEU'],
    ['a selection that is not a known code (left out)', { selected: 'XYZ' }, ''],
    ['a moved view', { view: { center: [18.12345, 30.5], zoom: 2.345 } }, '?center=18.123%2C30.5&zoom=2.35'],
    ['a dark theme', { theme: 'dark' }, '?theme=dark'],
    ['an embed in table view', { embedded: true, viewMode: 'table' }, '?embed=1&view=table'],
    [
      'the embed’s id, origin and pym child id, carried over from the start',
      { start: { id: 'left', origin: 'https://news.example', childId: 'map-box' }, embedded: true },
      '?embed=1&id=left&origin=https%3A%2F%2Fnews.example&childId=map-box',
    ],
  ])('%s', (_, change, expected) => {
    expect(encodeUrlState(urlStateOf({ ...base, ...change }))).toBe(expected);
  });
});

/** A one-shot timer driven by hand. */
function manualLater() {
  const pending: { ms: number; run: () => void; cancelled: boolean }[] = [];
  const later: Later = (ms, run) => {
    const entry = { ms, run, cancelled: false };
    pending.push(entry);
    return () => (entry.cancelled = true);
  };
  const fire = () => {
    for (const entry of pending.splice(0)) if (!entry.cancelled) entry.run();
  };
  return { later, pending, fire };
}

describe('the URL writer', () => {
  it('writes only the last of several requests made within the delay, after the delay', () => {
    const written: string[] = [];
    let current = '/';
    const timer = manualLater();
    const writer = createUrlWriter(
      { current: () => current, replace: (url) => (written.push(url), (current = url)) },
      timer.later,
    );
    writer.write('/?year=1992');
    writer.write('/?year=1993');
    writer.write('/?year=1994');
    expect(written).toEqual([]);
    expect(timer.pending.every((p) => p.ms === URL_WRITE_DELAY_MS)).toBe(true);
    timer.fire();
    expect(written).toEqual(['/?year=1994']);
  });

  it('does not rewrite an address that already says the same', () => {
    const written: string[] = [];
    const timer = manualLater();
    const writer = createUrlWriter(
      { current: () => '/?year=1994', replace: (url) => written.push(url) },
      timer.later,
    );
    writer.write('/?year=1994');
    timer.fire();
    expect(written).toEqual([]);
  });

  it('drops a pending write when cancelled', () => {
    const written: string[] = [];
    const timer = manualLater();
    const writer = createUrlWriter({ current: () => '/', replace: (url) => written.push(url) }, timer.later);
    writer.write('/?year=1999');
    writer.cancel();
    timer.fire();
    expect(written).toEqual([]);
  });
});
