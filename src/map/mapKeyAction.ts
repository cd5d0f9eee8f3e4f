import { nextInDirection, type Anchor, type Direction } from '../lib/nextInDirection';

/** How far Shift+arrow pans the map, in CSS px. */
export const PAN_STEP = 120;

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const PAN: Record<Direction, [number, number]> = {
  left: [-PAN_STEP, 0],
  right: [PAN_STEP, 0],
  up: [0, -PAN_STEP],
  down: [0, PAN_STEP],
};

export type MapKeyAction =
  | { kind: 'pan'; by: [number, number] }
  | { kind: 'focus'; id: string }
  | { kind: 'open'; id: string }
  | { kind: 'unfocus' }
  | { kind: 'zoom'; direction: 1 | -1 }
  /** An arrow with no state that way: the key is still the map's (it must not scroll the page). */
  | { kind: 'edge' };

export interface MapKeyContext {
  anchors: readonly Anchor[];
  /** The country the keyboard focus ring is on. */
  focused: string | null;
  selected: string | null;
  /** Where arrow keys start when nothing is focused or selected: the map's subject. */
  home: string;
  /**
   * The places arrows move between (the states: a territory or a disputed area is not a country
   * to land on); every anchor when absent.
   */
  targets?: ReadonlySet<string>;
}

/**
 * What a key pressed on the map does (the help dialog lists these): arrows move the focus to
 * the nearest country that way (or say there is none), Shift+arrows pan, Enter or Space open
 * the focused country, Esc leaves it, + and − zoom. null: the key is not the map's.
 */
export function mapKeyAction(key: string, shift: boolean, ctx: MapKeyContext): MapKeyAction | null {
  const direction = ARROWS[key];
  if (direction && shift) return { kind: 'pan', by: PAN[direction] };
  if (direction) {
    const { targets } = ctx;
    const from = ctx.focused ?? ctx.selected ?? ctx.home;
    // From where the reader is (a territory opened by a click, say) to the next target that way.
    const anchors = targets ? ctx.anchors.filter((a) => targets.has(a.id) || a.id === from) : ctx.anchors;
    const next = nextInDirection(anchors, from, direction);
    return next ? { kind: 'focus', id: next } : { kind: 'edge' };
  }
  if ((key === 'Enter' || key === ' ') && ctx.focused) return { kind: 'open', id: ctx.focused };
  if (key === 'Escape' && ctx.focused && !ctx.selected) return { kind: 'unfocus' };
  if (key === '+' || key === '=') return { kind: 'zoom', direction: 1 };
  if (key === '-' || key === '_') return { kind: 'zoom', direction: -1 };
  return null;
}

/** Whether a focused country's point is this close to the map's edge that the map should recentre on it. */
export function nearEdge(p: { x: number; y: number }, width: number, height: number, margin = 40): boolean {
  return p.x < margin || p.y < margin || p.x > width - margin || p.y > height - margin;
}
