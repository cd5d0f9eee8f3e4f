// Names the maintained packages lack, added by the data build (one reason each in data/README.md).
// Country names and their alternatives come first from i18n-iso-countries (en, be, ru, every
// alias it has) and world-countries (its Russian names and alternative spellings); this list is
// only for what neither has. Keep it small: a name belongs here when a reader types it and the
// packages do not know it.

/** Extra search names for states, by code. */
export const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  // Belarusian abbreviation of Злучаныя Штаты Амерыкі, as ЗША is used in Belarusian media.
  USA: ['ЗША', 'Амерыка', 'Америка'],
  // The Belarusian everyday name (the package has only the bookish Германія).
  DEU: ['Нямеччына'],
  // The Belarusian and Russian everyday names (the packages have only the official ones).
  GBR: ['Англія', 'Англия', 'Брытанія'],
};

export interface OrganisationNames {
  /** How the URL and the message API name it; not an ISO code, so never taken for a state. */
  id: string;
  nameBe: string;
  nameRu: string;
  aliases: string[];
}

/**
 * The organisations the article's "Multilateral" table names, by their name in the overlay. No
 * package carries names of organisations in Belarusian and Russian, so they are written here.
 */
export const ORGANISATION_NAMES: Record<string, OrganisationNames> = {
  'European Union': {
    id: 'EU',
    nameBe: 'Еўрапейскі саюз',
    nameRu: 'Европейский союз',
    aliases: ['EU', 'ЕС', 'ЕЗ', 'Евросоюз', 'Еўразвяз'],
  },
  NATO: {
    id: 'NATO',
    nameBe: 'НАТА',
    nameRu: 'НАТО',
    aliases: [
      'North Atlantic Treaty Organization',
      'OTAN',
      'Паўночнаатлантычны альянс',
      'Североатлантический альянс',
    ],
  },
};
