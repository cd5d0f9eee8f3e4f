import type { ArticleLink } from '../lib/types';

// The seed's notes point to other articles as "See Belarus–Libya relations." or
// "See Foreign relations of North Korea."; the link text runs to the first full stop.
const SEE = /\bSee ([^.]+)/g;

/** The English Wikipedia articles a seed note names. */
export function articleLinks(notes: string): ArticleLink[] {
  return [...notes.matchAll(SEE)].map((m) => {
    const title = (m[1] ?? '').trim();
    return { title, url: `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}` };
  });
}
