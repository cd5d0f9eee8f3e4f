// When the page's first contentful paint is on screen (see src/boot.ts for why it matters).

/** How long a page that paints nothing (hidden, or an iframe scrolled out of view) waits, in ms. */
export const WAIT_CAP = { visible: 1000, hidden: 250 } as const;

/** What afterFirstPaint needs of a window: a test passes a fake. */
export interface PaintClock {
  document: { visibilityState: string };
  requestAnimationFrame(callback: () => void): unknown;
  setTimeout(callback: () => void, ms: number): unknown;
  PerformanceObserver?: {
    new (callback: (list: { getEntries(): { name: string }[] }) => void): {
      observe(options: { type: string; buffered: boolean }): void;
      disconnect(): void;
    };
    readonly supportedEntryTypes?: readonly string[];
  };
}

/**
 * Calls `then` once: a task after the first contentful paint has been reported, or two frames
 * and a task later where paint timing is not supported, or when the cap runs out.
 */
export function afterFirstPaint(clock: PaintClock, then: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  let observer: { disconnect(): void } | null = null;
  const Observer = clock.PerformanceObserver;
  if (Observer?.supportedEntryTypes?.includes('paint')) {
    const watching = new Observer((list) => {
      // A task later: the frame's other work (the largest paint's entry) is done by then.
      if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) clock.setTimeout(go, 0);
    });
    observer = watching;
    watching.observe({ type: 'paint', buffered: true });
  } else {
    clock.requestAnimationFrame(() => clock.requestAnimationFrame(() => clock.setTimeout(go, 0)));
  }
  clock.setTimeout(go, clock.document.visibilityState === 'hidden' ? WAIT_CAP.hidden : WAIT_CAP.visible);
}
