/** What a correction link tells the people who take corrections. */
export interface CorrectionSubject {
  /** The country's English name. */
  name: string;
  /** Its code (ISO 3166-1 alpha-3 or the dataset's stand-in). */
  id: string;
  /** What the map shows for it now, in words ("Relations since 16 January 1996 (medium confidence)"). */
  shows: string;
}

const PLACEHOLDERS = /\{(country|code|shows)\}/g;

/**
 * The link for "Know the date? Suggest a source", or null when the deployer configured none.
 * The template is the build's CORRECTIONS_URL: {country}, {code} and {shows} are replaced, each
 * URL-encoded. A template without placeholders gets `title` and `body` query parameters, which a
 * GitHub new-issue page (…/issues/new) prefills. Anything but an http(s) URL gives null.
 */
export function correctionUrl(template: string | undefined, subject: CorrectionSubject): string | null {
  const trimmed = template?.trim();
  if (!trimmed) return null;
  const values: Record<string, string> = { country: subject.name, code: subject.id, shows: subject.shows };
  let url: URL;
  try {
    if (PLACEHOLDERS.test(trimmed)) {
      url = new URL(trimmed.replace(PLACEHOLDERS, (_, key: string) => encodeURIComponent(values[key] ?? '')));
    } else {
      url = new URL(trimmed);
      url.searchParams.set('title', `Date of relations: ${subject.name} (${subject.id})`);
      url.searchParams.set(
        'body',
        `Country: ${subject.name} (${subject.id})\nThe map shows: ${subject.shows}\n\n` +
          `The date I know, with its source (a link and what the page says):\n`,
      );
    }
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
