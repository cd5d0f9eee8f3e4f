import type { Country, Source } from './types';

/**
 * The sources that give the map's own date for a country: the only ones a panel credits it to.
 * The article counts once: where its table and its 2019 version both give the date, the first
 * named is credited ("from the table and from the table as it was" read as two sources).
 */
export function dateSources(country: Country): Source[] {
  const iso = country.date?.iso;
  if (!iso) return [];
  const giving = country.sources.filter((s) => s.gives === iso);
  const article = giving.find((s) => s.kind === 'article');
  return giving.filter((s) => s.kind !== 'article' || s === article);
}
