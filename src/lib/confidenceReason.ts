import { m } from '../paraglide/messages.js';
import { dateSources } from './dateSources';
import type { Country } from './types';

/**
 * Why a dated country has its confidence, in a reader's words. Follows the written rule (see
 * data/README.md, "Confidence"; the data lint in src/pipeline/lintOverlay.ts enforces it).
 */
export function confidenceReason(country: Country): string {
  const credited = dateSources(country);
  const direct = credited.filter((s) => s.kind !== 'indirect');
  switch (country.confidence) {
    case 'high':
      return direct.some((s) => s.kind === 'official') ? m.conf_reason_official() : m.conf_reason_two();
    case 'medium':
      return direct.every((s) => s.kind === 'article') ? m.conf_reason_article_only() : m.conf_reason_one();
    case 'low':
      return country.seedRow?.positionOnly && direct.length > 0 && direct.every((s) => s.kind === 'article')
        ? m.conf_reason_position()
        : m.conf_reason_indirect();
    default:
      return '';
  }
}
