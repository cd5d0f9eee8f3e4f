// The shape of data/overlay.json, the reviewed, human-edited file that says which country each
// seed row is and carries the facts the seed lost. Every fact keeps its source and confidence.

export interface OverlaySeedRow {
  region: string;
  position: number;
  /** Must equal the seed table's date cell exactly, so a changed seed is never joined silently. */
  date: string;
  /** Must equal the seed table's notes cell exactly. */
  notes: string;
}

/** How a source supports the map's date; drives the confidence rule (see data/README.md). */
export type SourceKind = 'official' | 'secondary' | 'article' | 'indirect';

export interface OverlaySource {
  /** The page; null only when no link to the source is available. */
  url: string | null;
  /** The publisher, named for readers ("BelTA", "Embassy of Belarus in the Netherlands"). */
  label: string;
  /** What the source says, in its own words. */
  says: string;
  /** The quote's language when it is not English ("de", "ru"): marks it for screen readers. */
  saysLang?: string;
  /** The quote in English, our rendering; required with saysLang. */
  saysEn?: string;
  kind: SourceKind;
  /** The establishment date this source gives (YYYY, YYYY-MM or YYYY-MM-DD), or null if it gives none. */
  gives: string | null;
}

export interface OverlayConflict {
  date: string;
  /** The source's name for readers. */
  source: string;
  /** Its page; null only when no link is available. */
  url: string | null;
  why: string;
}

export interface OverlayCountry {
  id: string;
  name: string;
  status: string;
  date: string | null;
  confidence: string | null;
  sources: OverlaySource[];
  seedRow:
    | (OverlaySeedRow & {
        /** How the row was matched to this country, in words for readers. */
        identifiedBy: string;
        confidence: string;
        /** True when the row names no country and was matched only by its place in the alphabetical table. */
        positionOnly?: boolean;
      })
    | null;
  conflicts: OverlayConflict[];
  sections: string[];
  note: string;
  /** Why this entry has no ISO 3166-1 code; its names and region must then be given here. */
  nonIso?: string;
  region?: string;
  nameBe?: string;
  nameRu?: string;
  aliases?: string[];
}

export interface Overlay {
  countries: OverlayCountry[];
  organisations: { name: string; seedRow: OverlaySeedRow; sections: string[] }[];
  unresolved: { seedRow: OverlaySeedRow; why: string }[];
}

/** What the build needs to know about ISO codes and names, from maintained libraries. */
export interface CountryLookup {
  isValid(iso3: string): boolean;
  iso2(iso3: string): string | null;
  numeric(iso3: string): string | null;
  name(iso3: string, lang: 'en' | 'be' | 'ru'): string | null;
  /** Every other name the packages know, in English, Belarusian and Russian. */
  aliases(iso3: string): string[];
  /** Member states (alpha-3) of an organisation, where a maintained package lists them. */
  members(organisationId: string): string[];
  region(iso3: string): string | null;
}
