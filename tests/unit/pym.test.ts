import { describe, expect, it } from 'vitest';
import { isPymMessage, parsePymMessage, pymMessage } from '../../src/lib/pymProtocol';
import { isEmbedded, parseUrlState } from '../../src/lib/urlState';

describe('pym.js messages', () => {
  it('are written as pym.js writes them', () => {
    expect(pymMessage('belarus-map', 'height', '640')).toBe('pymxPYMxbelarus-mapxPYMxheightxPYMx640');
  });

  it.each([
    ['pymxPYMxbelarus-mapxPYMxwidthxPYMx700', { type: 'width', value: '700' }],
    [
      'pymxPYMxbelarus-mapxPYMxnavigateToxPYMxhttps://axPYMxb',
      { type: 'navigateTo', value: 'https://axPYMxb' },
    ],
    ['pymxPYMxother-mapxPYMxwidthxPYMx700', null],
    ['pymxPYMxbelarus-mapxPYMxxPYMx700', null],
    ['pymxPYMxbelarus-map', null],
    [{ type: 'belarus-map:play' }, null],
    [42, null],
  ])('%j addressed to belarus-map reads as %j', (data, expected) => {
    expect(parsePymMessage(data, 'belarus-map')).toEqual(expected);
  });

  it('are told apart from other messages', () => {
    expect(isPymMessage('pymxPYMxanyxPYMxheightxPYMx1')).toBe(true);
    expect(isPymMessage('pym')).toBe(false);
    expect(isPymMessage({ type: 'pym' })).toBe(false);
  });
});

describe('a frame made by pym.js', () => {
  const ctx = { ids: new Set(['DEU']), firstYear: 1991, lastYear: 2026 };

  it.each([
    ['?childId=belarus-map&initialWidth=700', true, 'belarus-map'],
    ['?childId=belarus-map&embed=0', false, 'belarus-map'],
    ['?embed=1', true, undefined],
    ['', false, undefined],
  ])('%s: embedded %s, child id %s', (search, embedded, childId) => {
    const { state, warnings } = parseUrlState(search, ctx);
    expect(warnings).toEqual([]);
    expect(isEmbedded(state)).toBe(embedded);
    expect(state.childId).toBe(childId);
  });

  it.each(['<script>', '1abc', 'a'.repeat(65)])('ignores the child id %j with a warning', (childId) => {
    const { state, warnings } = parseUrlState(`?childId=${encodeURIComponent(childId)}`, ctx);
    expect(state.childId).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });
});
