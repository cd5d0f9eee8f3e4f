export interface Searchable {
  id: string;
  name: string;
  nameBe?: string;
  nameRu?: string;
  aliases?: string[];
  /** An organisation (the EU, NATO) rather than a state: the list says so. */
  organisation?: boolean;
  /** A place the map draws that is not a state (Greenland, Western Sahara): listed after the states. */
  territory?: boolean;
}

export interface SearchHit {
  id: string;
  name: string;
  organisation: boolean;
  /** Not a state (Searchable.territory): the list says so. */
  territory?: true;
  /** The other name that matched, when it was not the English name ("Czechia", "Беларусь"). */
  matched: string | null;
}

// Case and accents are ignored: "cote d'ivoire" finds "Côte d'Ivoire", "россия" finds "Россия"
// and "Ё" is taken as "е" (NFKD splits it into "е" and a mark, as it does "ў" and "й").
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").trim();
}

/**
 * States, organisations and the other places the map draws whose English, Belarusian or Russian
 * name or an alias matches the query: names that start with it first, then names with a word that
 * starts with it, then any match (of three letters or more); at each of these, states before the
 * places that are not states.
 */
export function searchCountries(
  items: Searchable[],
  query: string,
  limit = 8,
  /** How names are sorted within a rank: the language shown's order (see compareNames). */
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b, 'en'),
): SearchHit[] {
  const q = fold(query);
  if (q === '') return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const item of items) {
    // Stryker disable next-line MethodExpression: an empty name folds to '', which no non-empty query matches.
    const names = [item.name, ...(item.aliases ?? []), item.nameBe ?? '', item.nameRu ?? ''].filter(Boolean);
    let best: { score: number; name: string } | null = null;
    for (const name of names) {
      const f = fold(name);
      const score = f.startsWith(q)
        ? 0
        : f.split(/[\s\-–(),]+/).some((w) => w.startsWith(q))
          ? 1
          : // One or two letters inside a word are noise ("eu" in "Deutschland"): only starts count.
            q.length > 2 && f.includes(q)
            ? 2
            : -1;
      if (score >= 0 && (!best || score < best.score)) best = { score, name };
    }
    if (best) {
      scored.push({
        hit: {
          id: item.id,
          name: item.name,
          organisation: item.organisation === true,
          ...(item.territory ? { territory: true as const } : {}),
          matched: best.name === item.name ? null : best.name,
        },
        score: best.score,
      });
    }
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(!!a.hit.territory) - Number(!!b.hit.territory) ||
        compare(a.hit.name, b.hit.name),
    )
    .slice(0, limit)
    .map((s) => s.hit);
}
