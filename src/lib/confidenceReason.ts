import { m } from '../paraglide/messages.js';
import { dateSources } from './dateSources';
import { listAnd } from './locale';
import { publisherOf, vouchingSources } from './publisher';
import type { Country } from './types';

/**
 * Why a dated country has its confidence, in a reader's words. Follows the written rule (see
 * data/README.md, "Confidence"; the data lint in src/pipeline/lintOverlay.ts enforces it): the
 * sources that give the map's date count, unless indirect or from a publisher that also gives
 * another date.
 */
export function confidenceReason(country: Country): string {
  const all = dateSources(country);
  const credited = all.filter((s) => s.kind !== 'indirect');
  const direct = vouchingSources(credited, country.conflicts);
  switch (country.confidence) {
    case 'high':
      return direct.some((s) => s.kind === 'official') ? m.conf_reason_official() : m.conf_reason_two();
    case 'medium':
      if (direct.every((s) => s.kind === 'article')) return m.conf_reason_article_only();
      return withIndirect(direct, all) ?? m.conf_reason_one();
    case 'low':
      if (country.seedRow?.positionOnly && direct.length > 0 && direct.every((s) => s.kind === 'article'))
        return m.conf_reason_position();
      return credited.length > 0 && direct.length === 0
        ? contradictedReason(credited)
        : m.conf_reason_indirect();
    default:
      return '';
  }
}

/** The publishers of these sources, each once, Wikipedia in the language shown. */
function publishersOf(sources: readonly { label: string }[]): string[] {
  return [...new Set(sources.map((s) => publisherOf(s.label)))].map((p) =>
    p === 'Wikipedia' ? m.attr_wikipedia() : p,
  );
}

/**
 * "Only Welcome Qatar states this date outright; BelTA gives it only indirectly": under "Date
 * from BelTA and Welcome Qatar", why that is still one source. Null when no indirect source gives it.
 */
function withIndirect(direct: readonly { label: string }[], all: readonly { label: string; kind: string }[]) {
  const indirect = publishersOf(all.filter((s) => s.kind === 'indirect'));
  if (indirect.length === 0) return null;
  const named = { direct: listAnd(publishersOf(direct)), indirect: listAnd(indirect) };
  return indirect.length > 1
    ? m.conf_reason_one_and_indirect_many(named)
    : m.conf_reason_one_and_indirect(named);
}

/** "This date comes only from Wikipedia, which also gives another": the publishers named, Wikipedia in the language shown. */
function contradictedReason(credited: { label: string }[]): string {
  const publishers = publishersOf(credited);
  const named = listAnd(publishers);
  return publishers.length > 1
    ? m.conf_reason_contradicted_many({ publishers: named })
    : m.conf_reason_contradicted({ publishers: named });
}
