// @ts-check
// In-page measuring code for the benchmark (npm run bench), injected into the app and the
// baseline before any of their own scripts run (Playwright addInitScript). Plain JavaScript, so
// that no compiler helper leaks into the page; the measurements in bench/*.ts call it as
// window.__bench.
//
// The app does not expose its MapLibre map, so "the map has finished drawing" is observed from
// outside: requestAnimationFrame is wrapped so that the bench knows when the page's own frame
// callbacks (MapLibre's render loop) run and whether one is still pending. MapLibre fires 'idle'
// at the end of the render callback after which it requests no further frame, so "the end of the
// last page frame callback, once no page frame is pending" is the moment 'idle' would fire. The
// baseline measures both this and the real 'idle' event, which checks the method.
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  /** @type {Set<number>} frame requests of the page (not the bench's own) still pending */
  const pending = new Set();
  let pageFrames = 0;
  let lastPageFrameEnd = 0;

  window.requestAnimationFrame = (callback) => {
    const id = raf((time) => {
      pending.delete(id);
      try {
        callback(time);
      } finally {
        pageFrames += 1;
        lastPageFrameEnd = performance.now();
      }
    });
    pending.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    pending.delete(id);
    caf(id);
  };

  /** @returns {Promise<number>} */
  const frame = () => new Promise((resolve) => raf(resolve));

  /**
   * Waits until the page has no frame pending for two frames in a row, then reports, from t0:
   * `settled`, the end of the last page frame callback (null if the page drew no frame);
   * `twoRaf`, the start of the bench's second frame; `pageFrames`, how many page frames ran.
   * @param {number} t0 @param {number} frames0 @param {number} [limit]
   */
  async function settle(t0, frames0, limit = 15000) {
    let n = 0;
    let quiet = 0;
    let twoRaf = 0;
    for (;;) {
      await frame();
      n += 1;
      if (n === 2) twoRaf = performance.now() - t0;
      quiet = pending.size === 0 && n >= 2 ? quiet + 1 : 0;
      if (quiet >= 2) break;
      if (performance.now() - t0 > limit) throw new Error(`the page did not settle within ${limit} ms`);
    }
    const drew = pageFrames > frames0;
    return { settled: drew ? lastPageFrameEnd - t0 : null, twoRaf, pageFrames: pageFrames - frames0 };
  }

  /** @param {string} selector */
  function element(selector) {
    const found = document.querySelector(selector);
    if (!found) throw new Error(`no element ${selector}`);
    return found;
  }

  /** @param {number} year */
  function setSlider(year) {
    const slider = /** @type {HTMLInputElement} */ (element('[data-testid=year-slider]'));
    slider.value = String(year);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    if (slider.value !== String(year)) throw new Error(`the slider refused ${year}`);
  }

  /** @type {Promise<{ dom: number, frame: number, name: string }> | null} */
  let clickWatch = null;

  const bench = {
    /** Waits until nothing is pending (no measurement). */
    quiet: async () => {
      await settle(performance.now(), pageFrames);
    },

    /** Moves the year slider as a user would (input event) and times the map's redraw. @param {number} year */
    sliderStep: async (year) => {
      const t0 = performance.now();
      const frames0 = pageFrames;
      setSlider(year);
      return { year, ...(await settle(t0, frames0)) };
    },

    /**
     * Clicks Play and counts frames (the bench's own rAF loop) until data-playing="false".
     * Frame gaps are the differences of the rAF timestamps (frame start times).
     */
    play: async () => {
      const button = element('[data-testid=play]');
      // The fastest speed the control offers: the reader's default pace (0.9 s a year) would make
      // each play-through ~32 s without measuring anything more than the fast one does.
      const speed = /** @type {HTMLSelectElement | null} */ (
        document.querySelector('[data-testid=play-speed]')
      );
      if (speed && speed.value !== speed.options[speed.options.length - 1]?.value) {
        speed.value = speed.options[speed.options.length - 1]?.value ?? speed.value;
        speed.dispatchEvent(new Event('change', { bubbles: true }));
        await frame();
      }
      /** @type {number[]} */
      const stamps = [];
      let running = true;
      /** @param {number} time */
      const loop = (time) => {
        stamps.push(time);
        if (running) raf(loop);
      };
      const frames0 = pageFrames;
      const t0 = performance.now();
      raf(loop);
      /** @type {Promise<void>} */
      const stopped = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('play did not stop within 60 s')), 60000);
        let started = false;
        const observer = new MutationObserver(() => {
          const state = button.getAttribute('data-playing');
          if (state === 'true') started = true;
          else if (state === 'false' && started) {
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          }
        });
        observer.observe(button, { attributes: true, attributeFilter: ['data-playing'] });
      });
      /** @type {HTMLButtonElement} */ (button).click();
      // The app updates the button in a microtask; a task later it must say it is playing.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (button.getAttribute('data-playing') !== 'true') throw new Error('play did not start');
      await stopped;
      const duration = performance.now() - t0;
      running = false;
      await frame();
      let longest = 0;
      for (let i = 1; i < stamps.length; i++)
        longest = Math.max(longest, (stamps[i] ?? 0) - (stamps[i - 1] ?? 0));
      return { frames: stamps.length, duration, longest, pageFrames: pageFrames - frames0 };
    },

    /**
     * Arms the watch for the next click: from the DOM click event's timestamp to the notes panel
     * being in the document and visible (`dom`), and to the start of the next frame after that (`frame`).
     */
    armClick: () => {
      clickWatch = new Promise((resolve, reject) => {
        let clickedAt = -1;
        const timer = setTimeout(() => reject(new Error('no panel within 10 s of the click')), 10000);
        /** @param {Event} event */
        const onClick = (event) => {
          if (clickedAt < 0) clickedAt = event.timeStamp;
        };
        window.addEventListener('click', onClick, { capture: true });
        const check = () => {
          const panel = document.querySelector('[data-testid=panel]');
          if (clickedAt < 0 || !panel || !panel.checkVisibility()) return;
          const dom = performance.now() - clickedAt;
          observer.disconnect();
          window.removeEventListener('click', onClick, { capture: true });
          clearTimeout(timer);
          const name = panel.querySelector('h2')?.textContent ?? '';
          raf(() => resolve({ dom, frame: performance.now() - clickedAt, name }));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
    },
    clickResult: async () => {
      if (!clickWatch) throw new Error('armClick was not called');
      const result = await clickWatch;
      clickWatch = null;
      return result;
    },

    /**
     * The baseline's recolour of every country: timed by its own 'idle' event (`idle`) and by the
     * same frame watch as the app's slider (`settled`, `twoRaf`).
     */
    recolour: async () => {
      const baseline = /** @type {any} */ (window).__baseline;
      const t0 = performance.now();
      const frames0 = pageFrames;
      /** @type {Promise<number>} */
      const idle = baseline.recolourAll();
      const watched = await settle(t0, frames0);
      return { idle: await idle, ...watched };
    },

    /** The WebGL renderer string, to say which GL the figures were measured with. */
    glRenderer: () => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    },
  };

  /** @type {any} */ (window).__bench = bench;
})();
