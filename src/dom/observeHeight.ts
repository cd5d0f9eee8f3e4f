/**
 * Calls `onheight` with the element's height (whole CSS px) whenever its size changes: the
 * embed's auto-height, with no polling. Returns the stop.
 */
export function observeHeight(element: Element, onheight: (height: number) => void): () => void {
  const observer = new ResizeObserver(() => onheight(Math.ceil(element.getBoundingClientRect().height)));
  observer.observe(element);
  return () => observer.disconnect();
}
