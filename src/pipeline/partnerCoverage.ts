import type { Country, Coverage } from '../lib/types';

// States in the overlay that are not UN members: the Holy See and Palestine (observers), the Order
// of Malta, Kosovo and Taiwan. Every other entry is one of the 192 UN members besides Belarus.
export const NON_UN_IDS = ['VAT', 'PSE', 'XOM', 'XKX', 'TWN'] as const;

/**
 * How many partners the article counts against how many the map can name. The article's numbered
 * list counts UN members with relations but names none of them, so the difference is the number of
 * UN members that have relations with Belarus and that the map shows as "No data".
 */
export function partnerCoverage(
  countries: Country[],
  seedList: { numbered: number; nonUn: number },
): Coverage {
  const nonUn = new Set<string>(NON_UN_IDS);
  const unWithRelations = countries.filter(
    (c) => !nonUn.has(c.id) && (c.status === 'dated' || c.status === 'undated'),
  ).length;
  return {
    unPartners: seedList.numbered,
    nonUnPartners: seedList.nonUn,
    unWithRelations,
    unnamedUnPartners: Math.max(0, seedList.numbered - unWithRelations),
    noData: countries.filter((c) => c.status === 'unknown').length,
  };
}
