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
      return direct.some((s) => s.kind === 'official')
        ? 'a government source states this date (a foreign ministry, an embassy or an official statement).'
        : 'two independent sources give this date.';
    case 'medium':
      return direct.every((s) => s.kind === 'article')
        ? 'only the Wikipedia article’s own table or text gives this date, without a further source.'
        : 'one reliable source gives this date; no second, independent source was found.';
    case 'low':
      return country.seedRow?.positionOnly && direct.length > 0 && direct.every((s) => s.kind === 'article')
        ? 'the date comes from a row of the article’s table that names no country and is matched to this one only by its position.'
        : 'the only source for this date is indirect: second-hand, or the date is worked out from what it says rather than stated outright. Treat it as provisional.';
    default:
      return '';
  }
}
