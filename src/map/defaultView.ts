export interface View {
  center: [number, number];
  zoom: number;
}

/** A map narrower than this is a phone's (the stylesheets' max-width: 640px). */
export const NARROW_MAP_PX = 640;

/** The view a map of this width opens at when the URL names none. */
export function defaultView(width: number): View {
  // Zoom 1 fits the whole world in 1024 px; narrower screens keep Europe readable instead.
  const zoom = Math.max(0.9, Math.log2(width / 512) + 0.05);
  return { center: [width < NARROW_MAP_PX ? 30 : 18, 30], zoom };
}
