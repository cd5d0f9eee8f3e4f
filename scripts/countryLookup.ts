// ISO codes, names in English, Belarusian and Russian, and regions, from maintained libraries.
import countries from 'i18n-iso-countries';
import be from 'i18n-iso-countries/langs/be.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import world from 'world-countries';
import type { CountryLookup } from '../src/pipeline/overlayTypes';

countries.registerLocale(en);
countries.registerLocale(be);
countries.registerLocale(ru);

const byIso3 = new Map(world.map((c) => [c.cca3, c]));

export const countryLookup: CountryLookup = {
  isValid: (iso3) => countries.isValid(iso3) && /^[A-Z]{3}$/.test(iso3),
  iso2: (iso3) => countries.alpha3ToAlpha2(iso3) ?? null,
  numeric: (iso3) => countries.alpha3ToNumeric(iso3) ?? null,
  name: (iso3, lang) => countries.getName(iso3, lang) ?? null,
  aliases: (iso3) => {
    const all = countries.getName(iso3, 'en', { select: 'all' }) ?? [];
    const w = byIso3.get(iso3);
    return [...all, ...(w ? [w.name.common, w.name.official] : [])];
  },
  region: (iso3) => byIso3.get(iso3)?.region ?? null,
};
