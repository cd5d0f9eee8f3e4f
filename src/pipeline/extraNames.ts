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
  // The names the packages give, kept as search names where the name shown is replaced below.
  SWZ: ['Свазіленд'],
  MKD: ['Рэспубліка Македонія', 'Македонія', 'Македония'],
  PSE: ['Палесцінскія Тэрыторыі', 'Палесціна'],
  COG: ['Конга-Бразавіль', 'Конго-Браззавиль'],
  RUS: ['Расійская Федэрацыя', 'Российская Федерация'],
  PRK: ['КНДР (Корейская Народно-Демократическая Республика)', 'КНДР'],
  KOR: ['Республика Корея', 'Рэспубліка Карэя'],
  // Everyday names the packages lack: a reader typing them finds the state.
  ZAF: ['Южная Африка', 'ЮАР', 'ПАР', 'Паўднёвая Афрыка'],
  // Святы Пасад is the Belarusian name; readers also type the Russian calque Святы Прастол.
  VAT: ['Святы Пасад', 'Святы Прастол', 'Святой Престол'],
  CZE: ['Чэская Рэспубліка'],
  // The packages' names with a gloss, kept as search names where the name shown is replaced below.
  CHN: ['КНР', 'Китайская Народная Республика'],
  COD: ['Конга (Кіншаса)', 'Конга-Кіншаса', 'Конго-Киншаса', 'ДР Конго'],
  MMR: ['Бірма', 'Бирма'],
  // The package's Russian names, kept as search names where the name shown is replaced below.
  MDA: ['Молдавия'],
  KGZ: ['Киргизия'],
  // The translated name, still in everyday use beside the official Кот-д'Ивуар.
  CIV: ['Берег Слоновой Кости', 'Бераг Слановай Косці'],
};

/**
 * Package names the build leaves out of search, each with its reason: search shows the name it
 * matched beside the state's, so a reader would read it as the map's own.
 */
export const DROPPED_COUNTRY_ALIASES: Record<string, string[]> = {
  // ISO 3166's English name for Taiwan takes a side in a dispute that Taiwan's notes describe
  // neutrally; a reader typing "Taiwan" finds it by its name.
  TWN: ['Taiwan, Province of China'],
};

/**
 * Names shown in place of the packages' where those are outdated or not the everyday name, each
 * with its reason. The packages' names stay searchable (EXTRA_COUNTRY_ALIASES above).
 */
export const NAME_OVERRIDES: Record<string, { be?: string; ru?: string }> = {
  // Renamed Eswatini in 2018; the package still says Свазіленд in Belarusian.
  SWZ: { be: 'Эсваціні' },
  // Renamed North Macedonia in 2019 (the Prespa agreement); Russian already has Северная Македония.
  MKD: { be: 'Паўночная Македонія' },
  // The state, as the English and Russian names say, not "Palestinian territories".
  PSE: { be: 'Дзяржава Палесціна' },
  // The package's "Конга - Бразавіль" has stray spaces; the official name, as in Russian.
  COG: { be: 'Рэспубліка Конга' },
  // The everyday names, as in English ("Russia", "North Korea", "South Korea").
  RUS: { ru: 'Россия' },
  PRK: { ru: 'КНДР' },
  KOR: { ru: 'Южная Корея' },
  // The package's names carry a gloss in brackets, "КНР (Китайская Народная Республика)",
  // "Конга (Кіншаса)", "М’янма (Бірма)": a title names the state once, as the other languages do.
  CHN: { ru: 'Китай' },
  COD: { be: 'Дэмакратычная Рэспубліка Конга' },
  MMR: { be: 'М’янма' },
  // The names Belarus's own Russian usage gives them (its foreign ministry, BelTA), as the states
  // call themselves; the package's "Молдавия" and "Киргизия" are Russia's everyday names.
  MDA: { ru: 'Молдова' },
  KGZ: { ru: 'Кыргызстан' },
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
