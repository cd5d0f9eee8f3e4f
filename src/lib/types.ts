// The dataset's shape: written by scripts/build-data.ts, read by the app. Keep in sync with
// src/pipeline/buildDataset.ts (the writer) and data/overlay.json (the human-edited input).

export type Precision = 'year' | 'month' | 'day';
export type Confidence = 'high' | 'medium' | 'low';
/** dated: a sourced date; undated: relations exist, date not found; none: no relations; unknown: nothing found. */
export type Status = 'dated' | 'undated' | 'none' | 'unknown';
export type Region = 'Africa' | 'Americas' | 'Asia' | 'Europe' | 'Oceania';

/** A partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD, with the precision it was given to. */
export interface PartialDate {
  iso: string;
  precision: Precision;
}

export interface Source {
  /** Only ever an http(s) URL; null when the source is not a web page (the seed itself). */
  url: string | null;
  /** The publisher, named for readers ("BelTA", "Wikipedia: Foreign relations of Belarus, table Asia"). */
  label: string;
  /** What the source says, quoted. */
  says: string;
  /** The quote's language when it is not English (a BCP 47 tag such as "de"). */
  saysLang?: string;
  /** The quote rendered in English, when it is not in English. */
  saysEn?: string;
  /** official, secondary, the article itself, or indirect (the date is inferred from it). */
  kind: 'official' | 'secondary' | 'article' | 'indirect';
  /** The establishment date this source gives, as written in the overlay, or null if it gives none. */
  gives: string | null;
}

export interface Conflict {
  date: PartialDate;
  /** The date as the overlay records it (YYYY, YYYY-MM or YYYY-MM-DD). */
  text: string;
  /** The source's name for readers. */
  source: string;
  /** The source's page; null when no link is available. */
  url: string | null;
  why: string;
}

export interface SeedRow {
  region: string;
  /** 1-based position of the row within its table. */
  position: number;
  /** 1-based line of the row in data/foreign-relations-of-belarus.txt. */
  line: number;
  dateText: string;
  date: PartialDate | null;
  notes: string;
  /** How the row was matched to its country, in words for readers. */
  identifiedBy: string;
  confidence: Confidence;
  /** The row names no country and was matched only by its place in the alphabetical table. */
  positionOnly: boolean;
}

export interface ArticleLink {
  title: string;
  url: string;
}

export interface Country {
  /** ISO 3166-1 alpha-3, or a documented stand-in (XKX for Kosovo, XOM for the Order of Malta). */
  id: string;
  iso2: string | null;
  numeric: string | null;
  name: string;
  nameBe: string;
  nameRu: string;
  /** Other names a reader may search for (official names, former names). */
  aliases: string[];
  region: Region;
  status: Status;
  date: PartialDate | null;
  confidence: Confidence | null;
  seedRow: SeedRow | null;
  conflicts: Conflict[];
  articles: ArticleLink[];
  /** Ids of the seed's prose sections about this country. */
  sections: string[];
  sources: Source[];
  note: string;
}

export interface Section {
  id: string;
  title: string;
  level: number;
  /** Paragraphs and list items, as plain text. */
  paragraphs: string[];
}

export interface UnresolvedRow {
  seedRow: Omit<SeedRow, 'identifiedBy' | 'confidence' | 'positionOnly'>;
  why: string;
}

/** An organisation the article has a row for (the EU, NATO): searchable, never drawn on the map. */
export interface Organisation {
  /** How the URL (`country=EU`) and the message API name it: not an ISO code, never a state's. */
  id: string;
  name: string;
  nameBe: string;
  nameRu: string;
  aliases: string[];
  seedRow: Omit<SeedRow, 'identifiedBy' | 'confidence' | 'positionOnly'>;
  articles: ArticleLink[];
  /** Ids of the seed's prose sections about it. */
  sections: string[];
  /** Codes of its member states where a maintained package lists them (the EU); empty otherwise. */
  members: string[];
}

/**
 * What a place the map draws that is not a state is: a dependency (whose foreign relations its
 * state conducts), associated with a state but with some relations of its own, or other (disputed,
 * unrecognised, or Antarctica).
 */
export type TerritoryKind = 'dependency' | 'associated' | 'other';

/** A place the map draws that is not a state (src/pipeline/territories.ts). */
export interface Territory {
  /** ISO 3166-1 alpha-3, or the geometry's stand-in (XSG for the Siachen Glacier). */
  id: string;
  name: string;
  nameBe: string;
  nameRu: string;
  kind: TerritoryKind;
  /** The state it belongs to (dependency) or is associated with; null for other. */
  of: string | null;
}

/** A searchable name set: the subject's, a state's or an organisation's. */
export interface Names {
  id: string;
  name: string;
  nameBe: string;
  nameRu: string;
  aliases: string[];
}

export interface Dataset {
  /** The country the map is about. */
  subject: Names;
  source: { title: string; url: string; licence: string; licenceUrl: string };
  countries: Country[];
  sections: Section[];
  organisations: Organisation[];
  unresolved: UnresolvedRow[];
  /** What the seed's numbered "Diplomatic relations" list tells: how many partners, not which. */
  seedList: { numbered: number; nonUn: number };
  /** How many partners the article counts against how many the map can name (see partnerCoverage). */
  coverage: Coverage;
  /** The places the map draws that are not states, named (added by scripts/build-data.ts). */
  territories: Territory[];
}

/**
 * What happened between the dates: src/data/events.json, written by the data build from the
 * reviewed data/events.json, in date order. A file of its own, loaded after the first map: the
 * dataset's chunk stays within its budget and the map does not wait for it.
 */
export interface EventsFile {
  events: ArticleEvent[];
}

/** Reader text in the interface's languages: English always, Belarusian and Russian when written. */
export interface Localised {
  en: string;
  be?: string;
  ru?: string;
}

/** A dated event the article's prose tells, checked against the seed by the data build. */
export interface ArticleEvent {
  /** A stable slug ("us-ambassador-ejected"): names the entry in build errors and the CSV. */
  id: string;
  date: PartialDate;
  /** The states (ISO3) and organisations (EU, NATO) it concerns; never the subject itself. */
  concerns: string[];
  /** One sentence for readers, in our own words. */
  summary: Localised;
  /** The article's own words, verbatim (English). */
  quote: string;
  /** The heading of the article's section the quote is in, as the article writes it. */
  section: string;
}

export interface Coverage {
  /** UN members the article counts as partners (its numbered list). */
  unPartners: number;
  /** Partners outside the UN the article counts (its rows marked "—"). */
  nonUnPartners: number;
  /** UN members the map shows with relations, dated or not. */
  unWithRelations: number;
  /** UN members the article counts that the map cannot yet name: they show as "No data". */
  unnamedUnPartners: number;
  /** States with no data either way. */
  noData: number;
}
