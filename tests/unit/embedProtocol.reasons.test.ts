import { describe, expect, it } from 'vitest';
import { parseHostMessage } from '../../src/lib/embedProtocol';
import { parseOrigin } from '../../src/lib/parseOrigin';

const ctx = { firstYear: 1991, lastYear: 2026, ids: new Set(['BLR', 'DEU']) };
const YEAR = 'setYear needs a whole year from 1991 to 2026';
const SELECT = 'select needs a country code or organisation id on this map, or null';
const THEME = 'setTheme needs auto, light or dark';

describe('parseHostMessage ignores a bad message and says why', () => {
  const rows: { name: string; data: unknown; ignored: string }[] = [
    { name: 'a string', data: 'belarus-map:play', ignored: 'not an object' },
    { name: 'null', data: null, ignored: 'not an object' },
    { name: 'an array', data: [{ type: 'belarus-map:play' }], ignored: 'not an object' },
    { name: 'no type', data: {}, ignored: 'no string "type"' },
    { name: 'a number type', data: { type: 7 }, ignored: 'no string "type"' },
    {
      name: 'a type of 65 characters',
      data: { type: `belarus-map:${'p'.repeat(53)}` },
      ignored: 'no string "type"',
    },
    {
      name: 'an inherited type',
      data: Object.create({ type: 'belarus-map:play' }) as object,
      ignored: 'no string "type"',
    },
    {
      name: 'another namespace',
      data: { type: 'other-map:play' },
      ignored: 'type outside the "belarus-map:" namespace',
    },
    {
      name: 'the namespace without a colon',
      data: { type: 'belarus-mapplay' },
      ignored: 'type outside the "belarus-map:" namespace',
    },
    {
      name: 'the namespace later in the type',
      data: { type: 'x-belarus-map:play' },
      ignored: 'type outside the "belarus-map:" namespace',
    },
    { name: 'an unknown command', data: { type: 'belarus-map:stop' }, ignored: 'unknown command "stop"' },
    {
      name: 'a long unknown command, cut to 32 characters',
      data: { type: `belarus-map:${'q'.repeat(50)}` },
      ignored: `unknown command "${'q'.repeat(32)}"`,
    },
    {
      name: 'setYear before the first year',
      data: { type: 'belarus-map:setYear', year: 1990 },
      ignored: YEAR,
    },
    { name: 'setYear after the last year', data: { type: 'belarus-map:setYear', year: 2027 }, ignored: YEAR },
    { name: 'setYear with a fraction', data: { type: 'belarus-map:setYear', year: 1995.5 }, ignored: YEAR },
    { name: 'setYear with a string', data: { type: 'belarus-map:setYear', year: '1995' }, ignored: YEAR },
    { name: 'setYear without a year', data: { type: 'belarus-map:setYear' }, ignored: YEAR },
    {
      name: 'select with an unknown code',
      data: { type: 'belarus-map:select', country: 'FRA' },
      ignored: SELECT,
    },
    {
      name: 'select with a longer string',
      data: { type: 'belarus-map:select', country: 'DEUx' },
      ignored: SELECT,
    },
    { name: 'select with a number', data: { type: 'belarus-map:select', country: 276 }, ignored: SELECT },
    { name: 'select without a country', data: { type: 'belarus-map:select' }, ignored: SELECT },
    {
      name: 'setTheme with another theme',
      data: { type: 'belarus-map:setTheme', theme: 'blue' },
      ignored: THEME,
    },
    { name: 'setTheme without a theme', data: { type: 'belarus-map:setTheme' }, ignored: THEME },
  ];
  for (const { name, data, ignored } of rows) {
    it(`ignores ${name}: "${ignored}"`, () => {
      expect(parseHostMessage(data, ctx)).toEqual({ ignored });
    });
  }
});

describe('parseHostMessage reads each command', () => {
  const rows: { data: unknown; command: unknown }[] = [
    { data: { type: 'belarus-map:setYear', year: 1991 }, command: { type: 'setYear', year: 1991 } },
    { data: { type: 'belarus-map:setYear', year: 2026 }, command: { type: 'setYear', year: 2026 } },
    { data: { type: 'belarus-map:select', country: null }, command: { type: 'select', country: null } },
    { data: { type: 'belarus-map:select', country: 'deu' }, command: { type: 'select', country: 'DEU' } },
    { data: { type: 'belarus-map:setTheme', theme: 'auto' }, command: { type: 'setTheme', theme: 'auto' } },
    { data: { type: 'belarus-map:setTheme', theme: 'light' }, command: { type: 'setTheme', theme: 'light' } },
    { data: { type: 'belarus-map:setTheme', theme: 'dark' }, command: { type: 'setTheme', theme: 'dark' } },
    { data: { type: 'belarus-map:play' }, command: { type: 'play' } },
    { data: { type: 'belarus-map:pause', extra: 1 }, command: { type: 'pause' } },
    {
      data: { type: `belarus-map:${'p'.repeat(52)}` },
      command: { ignored: `unknown command "${'p'.repeat(32)}"` },
    },
  ];
  for (const { data, command } of rows) {
    it(`reads ${JSON.stringify(data).slice(0, 60)}`, () => {
      expect(parseHostMessage(data, ctx)).toEqual(command);
    });
  }
});

describe('parseOrigin', () => {
  const rows: { value: string; origin: string | null }[] = [
    { value: 'https://example.org', origin: 'https://example.org' },
    { value: 'http://example.org:8080/', origin: 'http://example.org:8080' },
    { value: 'https://example.org/a', origin: null },
    { value: 'https://example.org//', origin: null },
    { value: 'javascript:alert(1)', origin: null },
    { value: 'file:///etc', origin: null },
    { value: 'not a url', origin: null },
    { value: '', origin: null },
  ];
  for (const { value, origin } of rows) {
    it(`reads "${value}" as ${String(origin)}`, () => {
      expect(parseOrigin(value)).toBe(origin);
    });
  }
});
