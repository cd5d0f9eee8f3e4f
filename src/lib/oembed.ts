import { embedSnippet, RESERVED_HEIGHT } from './embedSnippet.ts';

/**
 * The static oEmbed response (type "rich") written into the build as oembed.json, so platforms
 * that speak oEmbed can embed the map from its URL. `base` is where the build is served.
 */
export function oembedResponse(base: string) {
  return {
    version: '1.0',
    type: 'rich',
    title: "Belarus's diplomatic relations, 1991 to today (data: Wikipedia, CC BY-SA 4.0)",
    provider_name: "Belarus's diplomatic relations map",
    provider_url: base,
    html: embedSnippet(base, true),
    width: 800,
    height: RESERVED_HEIGHT,
    cache_age: 86400,
  };
}
