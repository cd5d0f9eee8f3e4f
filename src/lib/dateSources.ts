import type { Country, Source } from './types';

/** The sources that give the map's own date for a country: the only ones a panel credits it to. */
export function dateSources(country: Country): Source[] {
  const iso = country.date?.iso;
  return iso ? country.sources.filter((s) => s.gives === iso) : [];
}
