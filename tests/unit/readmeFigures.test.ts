// The README's figures about the data are the data's: a change to data/overlay.json that moves
// a count fails here until the README says the same (it said 30 high and 65 medium against 29 and 66).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/types';

const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
const dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;

function figures(pattern: RegExp): number[] {
  const match = pattern.exec(readme);
  if (!match) throw new Error(`README: no sentence matches ${pattern}`);
  return match.slice(1).map(Number);
}

it('gives the states per status as the dataset has them', () => {
  const count = (status: string) => dataset.countries.filter((c) => c.status === status).length;
  expect(
    figures(
      /(\d+) states have a sourced date, (\d+) have relations whose date was not found, (\d+) have none, and (\d+) have no data/,
    ),
  ).toEqual([count('dated'), count('undated'), count('none'), count('unknown')]);
});

it('gives the dated states per confidence, and the conflicts, as the dataset has them', () => {
  const dated = dataset.countries.filter((c) => c.status === 'dated');
  const count = (confidence: string) => dated.filter((c) => c.confidence === confidence).length;
  const conflicts = dataset.countries.reduce((n, c) => n + c.conflicts.length, 0);
  expect(
    figures(/(\d+) have high confidence, (\d+) medium and (\d+) low, by one written rule; (\d+) other dates/),
  ).toEqual([count('high'), count('medium'), count('low'), conflicts]);
});
