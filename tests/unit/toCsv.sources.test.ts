import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../src/lib/toCsv';
import { makeCountry } from '../fixtures/makeCountry';

describe('toCsv', () => {
  it('joins two sources with "; ", a source with a page as label <url>, one without as its label alone', () => {
    const country = makeCountry('POL', 'Poland', '1992-03', {
      sources: [
        {
          url: 'https://example.org/pl',
          label: 'BelTA',
          says: 'March 1992',
          kind: 'secondary',
          gives: '1992-03',
        },
        { url: null, label: 'Zviazda', says: '1992', kind: 'secondary', gives: '1992' },
      ],
      conflicts: [
        { date: { iso: '1991', precision: 'year' }, text: '1991', source: 'A', url: null, why: 'x' },
        {
          date: { iso: '1993', precision: 'year' },
          text: 'c. 1993',
          source: 'B',
          url: 'https://b.example/',
          why: 'y',
        },
      ],
    });
    const lines = toCsv([country]).split('\r\n');
    expect(lines[1]).toBe(
      'Poland,POL,,,Europe,dated,1992-03,month,high,,,1991 (A); c. 1993 (B <https://b.example/>),BelTA <https://example.org/pl>; Zviazda,BelTA,,',
    );
  });

  it('writes an undated state with empty date, precision and confidence cells, and the seed row', () => {
    const country = makeCountry('XKX', 'Kosovo', null, {
      seedRow: {
        region: 'Europe',
        position: 3,
        line: 120,
        dateText: 'n/a',
        date: null,
        notes: 'Recognised',
        identifiedBy: 'name',
        confidence: 'high',
        positionOnly: false,
      },
    });
    expect(toCsv([country]).split('\r\n')[1]).toBe('Kosovo,XKX,,,Europe,undated,,,,n/a,Recognised,,,,no,');
  });

  it('starts with the header, ends every line with CRLF, and nothing else', () => {
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(CSV_COLUMNS[0]).toBe('country');
    expect(CSV_COLUMNS).toHaveLength(16);
  });

  const cells: { value: string; cell: string }[] = [
    { value: '=1+1', cell: "'=1+1" },
    { value: '+1', cell: "'+1" },
    { value: '-1', cell: "'-1" },
    { value: '@SUM(A1)', cell: "'@SUM(A1)" },
    { value: '\tx', cell: "'\tx" },
    { value: '\rx', cell: `"'\rx"` },
    { value: 'a=b', cell: 'a=b' },
    { value: 'a"b', cell: '"a""b"' },
    { value: 'a\nb', cell: '"a\nb"' },
    { value: 'a,b', cell: '"a,b"' },
    { value: 'plain', cell: 'plain' },
  ];
  for (const { value, cell } of cells) {
    it(`writes the name ${JSON.stringify(value)} as the cell ${JSON.stringify(cell)}`, () => {
      const csv = toCsv([makeCountry('DEU', value, null)]);
      expect(csv.slice(csv.indexOf('\r\n') + 2).startsWith(`${cell},DEU,`)).toBe(true);
    });
  }
});
