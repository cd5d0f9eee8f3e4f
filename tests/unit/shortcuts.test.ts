import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../src/controllers/shortcuts';

describe('page-wide keyboard shortcuts', () => {
  it.each([
    ['?', false, false, false, 'toggle-help'],
    ['?', false, true, true, 'toggle-help'],
    ['?', true, false, false, null],
    ['Escape', false, true, true, 'close-help'],
    ['Escape', true, false, true, 'close-panel'],
    ['Escape', false, false, false, null],
    ['a', false, true, true, null],
  ] as const)(
    'key %j (typing %s, help open %s, panel open %s) → %s',
    (key, typing, helpOpen, panelOpen, expected) => {
      expect(shortcutFor(key, typing, { helpOpen, panelOpen })).toBe(expected);
    },
  );
});
