/** Calls `onchange` with whether a media query matches now and on every change; returns the stop. */
export function watchMedia(query: string, onchange: (matches: boolean) => void): () => void {
  const list = window.matchMedia(query);
  const listener = () => onchange(list.matches);
  listener();
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}
