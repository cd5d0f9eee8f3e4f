import { playInterval, stepYear, type Timeline } from '../lib/timeline';

/**
 * The shortest time per year under reduced motion, whatever the speed: the map changes at most
 * this often (2× would otherwise recolour it every 450 ms).
 */
export const REDUCED_MOTION_INTERVAL_MS = 700;

/** A repeating timer; returns the function that stops it. Injected so tests need no clock. */
export type Repeat = (everyMs: number, tick: () => void) => () => void;

const realRepeat: Repeat = (everyMs, tick) => {
  const handle = setInterval(tick, everyMs);
  return () => clearInterval(handle);
};

export interface PlayerOptions {
  timeline: Timeline;
  /** The year shown now (App owns it). */
  year(): number;
  setYear(year: number): void;
  reducedMotion(): boolean;
  /** The chosen speed (1 by default); read whenever play starts or `restart` is called. */
  speed?(): number;
  /** Told whenever play starts or stops, so the owner can show Play or Pause. */
  onplayingchange(playing: boolean): void;
  repeat?: Repeat;
}

export interface Player {
  readonly playing: boolean;
  /** Plays from the shown year; from the first year when the last one is shown. */
  play(): void;
  pause(): void;
  toggle(): void;
  /** Takes up a new speed at once, if playing (from the year shown). */
  restart(): void;
}

/** The play button's behaviour: steps a year at a time and stops at the last year. */
export function createPlayer(options: PlayerOptions): Player {
  const repeat = options.repeat ?? realRepeat;
  let stop: (() => void) | null = null;

  function pause() {
    if (!stop) return;
    stop();
    stop = null;
    options.onplayingchange(false);
  }

  function play() {
    if (stop) return;
    const { timeline } = options;
    if (options.year() >= timeline.last) options.setYear(timeline.first);
    // The pace is fixed when play starts (or restarts for a new speed); a change of motion
    // preference applies to the next play.
    const every = playInterval(options.speed?.() ?? 1);
    stop = repeat(options.reducedMotion() ? Math.max(every, REDUCED_MOTION_INTERVAL_MS) : every, () => {
      const next = stepYear(timeline, options.year(), 1);
      options.setYear(next);
      if (next >= timeline.last) pause();
    });
    options.onplayingchange(true);
  }

  return {
    get playing() {
      return stop !== null;
    },
    play,
    pause,
    toggle: () => (stop ? pause() : play()),
    restart: () => {
      if (!stop) return;
      stop();
      stop = null;
      play();
    },
  };
}
