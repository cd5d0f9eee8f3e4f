// When the page's first script loads the app (src/boot.ts): after the first contentful paint,
// with a fake window whose frames, timers and paint entries the test runs by hand.
import { describe, expect, it } from 'vitest';
import { afterFirstPaint, WAIT_CAP, type PaintClock } from '../../src/dom/afterFirstPaint';
import { fitFirstMap } from '../../src/dom/firstMap';

function fakeClock(options: { paintTiming: boolean; hidden?: boolean }) {
  const frames: (() => void)[] = [];
  const timers: { ms: number; run: () => void }[] = [];
  let report: ((list: { getEntries(): { name: string }[] }) => void) | null = null;
  let observed: unknown = null;
  let disconnected = false;
  class Observer {
    static supportedEntryTypes = options.paintTiming ? ['paint', 'largest-contentful-paint'] : ['navigation'];
    constructor(callback: (list: { getEntries(): { name: string }[] }) => void) {
      report = callback;
    }
    observe(o: unknown) {
      observed = o;
    }
    disconnect() {
      disconnected = true;
    }
  }
  const clock: PaintClock = {
    document: { visibilityState: options.hidden ? 'hidden' : 'visible' },
    requestAnimationFrame: (f) => frames.push(f),
    setTimeout: (run, ms) => timers.push({ ms, run }),
    PerformanceObserver: Observer,
  };
  return {
    clock,
    frames,
    timers,
    paint: (...names: string[]) => report?.({ getEntries: () => names.map((name) => ({ name })) }),
    observed: () => observed,
    disconnected: () => disconnected,
    /** Runs the zero-delay timers set so far (a task later). */
    tick: () => timers.filter((t) => t.ms === 0).forEach((t) => t.run()),
  };
}

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, then a task, then calls once and stops watching', () => {
    const fake = fakeClock({ paintTiming: true });
    let calls = 0;
    afterFirstPaint(fake.clock, () => calls++);
    expect(fake.observed()).toEqual({ type: 'paint', buffered: true });
    fake.paint('first-paint');
    fake.tick();
    expect(calls).toBe(0);
    fake.paint('first-contentful-paint');
    expect(calls).toBe(0);
    fake.tick();
    expect(calls).toBe(1);
    expect(fake.disconnected()).toBe(true);
    // The cap runs out later: nothing more.
    fake.timers.forEach((t) => t.run());
    expect(calls).toBe(1);
    expect(fake.frames).toHaveLength(0);
  });

  it('without paint timing, waits two frames and a task', () => {
    const fake = fakeClock({ paintTiming: false });
    let calls = 0;
    afterFirstPaint(fake.clock, () => calls++);
    expect(fake.observed()).toBeNull();
    fake.frames.shift()!();
    fake.tick();
    expect(calls).toBe(0);
    fake.frames.shift()!();
    expect(calls).toBe(0);
    fake.tick();
    expect(calls).toBe(1);
  });

  it.each([
    { hidden: false, cap: WAIT_CAP.visible },
    { hidden: true, cap: WAIT_CAP.hidden },
  ])('goes ahead after $cap ms when nothing paints (hidden: $hidden)', ({ hidden, cap }) => {
    const fake = fakeClock({ paintTiming: true, hidden });
    let calls = 0;
    afterFirstPaint(fake.clock, () => calls++);
    const timer = fake.timers.find((t) => t.ms > 0)!;
    expect(timer.ms).toBe(cap);
    timer.run();
    expect(calls).toBe(1);
    fake.paint('first-contentful-paint');
    fake.tick();
    expect(calls).toBe(1);
  });
});

describe('fitFirstMap', () => {
  function fakeSvg(viewBox: string | null, aspect: string | null) {
    const attributes: Record<string, string> = {};
    if (viewBox) attributes.viewBox = viewBox;
    if (aspect) attributes.preserveAspectRatio = aspect;
    const radii: string[] = [];
    let measured = 0;
    let writes = 0;
    const svg = {
      getBoundingClientRect: () => (measured++, { width: 800, height: 400 }),
      getAttribute: (name: string) => attributes[name] ?? null,
      setAttribute: (name: string, value: string) => ((attributes[name] = value), writes++),
      querySelectorAll: () => [{ setAttribute: (_: string, r: string) => radii.push(r) }],
    } as unknown as SVGSVGElement;
    return { svg, attributes, radii, measured: () => measured, writes: () => writes };
  }

  it('measures the SVG only when not told its size, and sets the view box and the points’ radius', () => {
    const told = fakeSvg('0 0 1 1', 'xMidYMid slice');
    fitFirstMap(told.svg, null, { width: 800, height: 400 });
    expect(told.measured()).toBe(0);
    const measured = fakeSvg('0 0 1 1', 'xMidYMid slice');
    fitFirstMap(measured.svg, null);
    expect(measured.measured()).toBe(1);
    expect(measured.attributes).toEqual(told.attributes);
    expect(told.attributes.preserveAspectRatio).toBe('none');
    const width = Number(told.attributes.viewBox!.split(' ')[2]);
    expect(told.radii).toEqual([String((5 * width) / 800)]);
  });

  it('changes nothing when the view box is already the one for that size', () => {
    const first = fakeSvg(null, null);
    fitFirstMap(first.svg, null, { width: 800, height: 400 });
    const again = fakeSvg(first.attributes.viewBox!, 'none');
    fitFirstMap(again.svg, null, { width: 800, height: 400 });
    expect(again.writes()).toBe(0);
    expect(again.radii).toEqual([]);
    // The same view box still drawn with `slice` (index.html's own) is set again.
    const sliced = fakeSvg(first.attributes.viewBox!, 'xMidYMid slice');
    fitFirstMap(sliced.svg, null, { width: 800, height: 400 });
    expect(sliced.attributes.preserveAspectRatio).toBe('none');
  });

  it('does nothing for a box with no size', () => {
    const empty = fakeSvg('0 0 1 1', null);
    fitFirstMap(empty.svg, null, { width: 0, height: 400 });
    expect(empty.writes()).toBe(0);
  });
});
