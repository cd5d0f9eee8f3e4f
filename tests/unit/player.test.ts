import { describe, expect, it } from 'vitest';
import { createPlayer, REDUCED_MOTION_INTERVAL_MS, type Repeat } from '../../src/controllers/player';
import { makeTimeline } from '../../src/lib/timeline';

/** A repeating timer driven by hand: `tick()` fires it once; `every` is the pace it was started with. */
interface ManualRepeat {
  every: number;
  running: boolean;
  started: number;
  tick: () => void;
  repeat: Repeat;
}

function manualRepeat(): ManualRepeat {
  const timer: ManualRepeat = {
    every: 0,
    running: false,
    started: 0,
    tick: () => {},
    repeat: (everyMs, tick) => {
      timer.every = everyMs;
      timer.running = true;
      timer.started += 1;
      timer.tick = tick;
      return () => (timer.running = false);
    },
  };
  return timer;
}

function setup(startYear: number, reducedMotion = false, speed: number | (() => number) = 1) {
  const timeline = makeTimeline([], 2026);
  const timer = manualRepeat();
  const state = { year: startYear, playing: [] as boolean[] };
  const player = createPlayer({
    timeline,
    year: () => state.year,
    setYear: (y) => (state.year = y),
    reducedMotion: () => reducedMotion,
    speed: typeof speed === 'number' ? () => speed : speed,
    onplayingchange: (p) => state.playing.push(p),
    repeat: timer.repeat,
  });
  return { timeline, timer, state, player };
}

describe('the player', () => {
  it('steps one year per tick from the year shown, and says it is playing', () => {
    const { timer, state, player } = setup(1995);
    player.play();
    expect(player.playing).toBe(true);
    expect(state.playing).toEqual([true]);
    timer.tick();
    timer.tick();
    expect(state.year).toBe(1997);
  });

  it('stops by itself at the last year', () => {
    const { timer, state, player } = setup(2024);
    player.play();
    timer.tick();
    expect(timer.running).toBe(true);
    timer.tick();
    expect(state.year).toBe(2026);
    expect(timer.running).toBe(false);
    expect(player.playing).toBe(false);
    expect(state.playing).toEqual([true, false]);
  });

  it('starts again from the first year when the last year is shown', () => {
    const { timer, state, player } = setup(2026);
    player.play();
    expect(state.year).toBe(1991);
    timer.tick();
    expect(state.year).toBe(1992);
  });

  it('pauses and resumes where it was', () => {
    const { timer, state, player } = setup(2000);
    player.toggle();
    timer.tick();
    player.toggle();
    expect(player.playing).toBe(false);
    expect(timer.running).toBe(false);
    player.toggle();
    expect(state.year).toBe(2001);
    expect(timer.started).toBe(2);
  });

  it('ignores play while playing and pause while paused', () => {
    const { timer, state, player } = setup(2000);
    player.pause();
    player.play();
    player.play();
    expect(timer.started).toBe(1);
    expect(state.playing).toEqual([true]);
  });

  // Was "a full run in about four seconds": the pace is now a steady year per 0.9 s at 1×.
  it.each([
    { speed: 0.5, reduced: false, every: 1800 },
    { speed: 1, reduced: false, every: 900 },
    { speed: 2, reduced: false, every: 450 },
    { speed: 1, reduced: true, every: 900 },
    { speed: 2, reduced: true, every: REDUCED_MOTION_INTERVAL_MS },
  ])('steps every $every ms at $speed× (reduced motion: $reduced)', ({ speed, reduced, every }) => {
    const { timer, player } = setup(1991, reduced, speed);
    player.play();
    expect(timer.every).toBe(every);
  });

  it('takes up a new speed at once while playing, from the year shown', () => {
    const speed = { value: 1 };
    const { timer, state, player } = setup(2000, false, () => speed.value);
    player.play();
    timer.tick();
    speed.value = 2;
    player.restart();
    expect(timer.every).toBe(450);
    expect(timer.started).toBe(2);
    expect(player.playing).toBe(true);
    timer.tick();
    expect(state.year).toBe(2002);
  });

  it('does not start play when the speed changes while paused', () => {
    const { timer, player } = setup(2000);
    player.restart();
    expect(timer.started).toBe(0);
    expect(player.playing).toBe(false);
  });
});
