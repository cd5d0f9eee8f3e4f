export type Shortcut = 'toggle-help' | 'close-help' | 'close-panel';

/**
 * What a key pressed anywhere on the page does: "?" opens or closes the keyboard help (not
 * while typing in a field), Esc closes the help, or else the notes panel. null: not a shortcut.
 */
export function shortcutFor(
  key: string,
  typing: boolean,
  state: { helpOpen: boolean; panelOpen: boolean },
): Shortcut | null {
  if (key === '?' && !typing) return 'toggle-help';
  if (key !== 'Escape') return null;
  if (state.helpOpen) return 'close-help';
  return state.panelOpen ? 'close-panel' : null;
}
