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

export interface OverlayCountry {
  id: string;
  name: string;
  status: string;
  date: string | null;
  confidence: string | null;
  sources: { url: string | null; label: string; says: string }[];
  seedRow: (OverlaySeedRow & { identifiedBy: string; confidence: string }) | null;
  conflicts: { date: string; source: string; why: string }[];
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
