/** The origin an embedder restricted the map to (`origin` URL parameter), if it is a real http(s) origin. */
export function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '')) {
      return url.origin;
    }
  } catch {
    // not a URL
  }
  return null;
}
