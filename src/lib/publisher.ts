/**
 * The publisher a label names: its words before any comma or bracket, so "BelTA (German service)"
 * is BelTA; and every Wikipedia, in any language or copied elsewhere, is one ("Wikipedia"): its
 * articles copy one another, so two of them are not two independent sources.
 */
export function publisherOf(label: string): string {
  if (/\bWikipedia\b/.test(label)) return 'Wikipedia';
  return (label.split(/,| \(/)[0] ?? label).trim();
}

/**
 * The publishers that also give a date the map does not use (its conflicts): a publisher that
 * gives two dates vouches for neither, so it does not count towards the map's date's confidence
 * (the Turkish foreign ministry gives 25 May 1992 on one page and 25 March on another).
 */
export function contradictedPublishers(conflicts: readonly { source: string }[]): Set<string> {
  return new Set(conflicts.map((c) => publisherOf(c.source)));
}

/**
 * The sources that vouch for a date (the data lint's rule and the panel's reason both count
 * them): not indirect, and not from a publisher that also gives another date.
 */
export function vouchingSources<S extends { label: string; kind: string }>(
  sources: readonly S[],
  conflicts: readonly { source: string }[],
): S[] {
  const contradicted = contradictedPublishers(conflicts);
  return sources.filter((s) => s.kind !== 'indirect' && !contradicted.has(publisherOf(s.label)));
}
