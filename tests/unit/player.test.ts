import { describe, expect, it } from 'vitest';
import { createPlayer, REDUCED_MOTION_INTERVAL_MS, type Repeat } from '../../src/controllers/player';
import { makeTimeline, playInterval } from '../../src/lib/timeline';

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

function setup(startYear: number, reducedMotion = false) {
  const timeline = makeTimeline([], 2026);
  const timer = manualRepeat();
  const state = { year: startYear, playing: [] as boolean[] };
  const player = createPlayer({
    timeline,
    year: () => state.year,
    setYear: (y) => (state.year = y),
    reducedMotion: () => reducedMotion,
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

  it('plays a full run in about four seconds, and slower under reduced motion', () => {
    const normal = setup(1991);
    normal.player.play();
    expect(normal.timer.every).toBe(playInterval(normal.timeline));
    expect(normal.timer.every * (normal.timeline.last - normal.timeline.first)).toBeLessThan(4100);
    const reduced = setup(1991, true);
    reduced.player.play();
    expect(reduced.timer.every).toBe(REDUCED_MOTION_INTERVAL_MS);
  });
});
