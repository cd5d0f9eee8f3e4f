/** The zoom buttons' words, in the language shown. */
export interface ControlLabels {
  zoomIn: string;
  zoomOut: string;
}

/**
 * Names MapLibre's zoom buttons in the language shown. MapLibre reads its `locale` option only
 * when it builds a control, so a change of language renames the buttons here instead (title and
 * aria-label, the two MapLibre sets).
 */
export function labelControls(container: HTMLElement, labels: ControlLabels): void {
  const buttons: [string, string][] = [
    ['.maplibregl-ctrl-zoom-in', labels.zoomIn],
    ['.maplibregl-ctrl-zoom-out', labels.zoomOut],
  ];
  for (const [selector, label] of buttons) {
    const button = container.querySelector(selector);
    button?.setAttribute('title', label);
    button?.setAttribute('aria-label', label);
  }
}
