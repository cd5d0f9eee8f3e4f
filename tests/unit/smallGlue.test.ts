// Two small pieces that the components lean on: the developers' console warnings, and the zoom
// buttons' names (with a stand-in for the map's container, which only needs querySelector).
import { describe, expect, it } from 'vitest';
import { eventsNotLoaded, svgKeyboardOff } from '../../src/lib/devWarnings';
import { labelControls } from '../../src/map/labelControls';

describe('devWarnings', () => {
  it('say what failed and what still works, with the cause', () => {
    expect(eventsNotLoaded(new Error('offline'))).toBe('The events could not be loaded: Error: offline');
    expect(svgKeyboardOff(new Error('404'))).toBe("The map's keyboard moves are off: 404");
  });
});

describe('labelControls', () => {
  it('names each zoom button by its title and its aria-label, and leaves others alone', () => {
    const attributes: Record<string, Record<string, string>> = {
      '.maplibregl-ctrl-zoom-in': {},
      '.maplibregl-ctrl-zoom-out': {},
    };
    const container = {
      querySelector: (selector: string) =>
        attributes[selector]
          ? { setAttribute: (name: string, value: string) => (attributes[selector]![name] = value) }
          : null,
    } as unknown as HTMLElement;
    labelControls(container, { zoomIn: 'Наблізіць', zoomOut: 'Аддаліць' });
    expect(attributes).toEqual({
      '.maplibregl-ctrl-zoom-in': { title: 'Наблізіць', 'aria-label': 'Наблізіць' },
      '.maplibregl-ctrl-zoom-out': { title: 'Аддаліць', 'aria-label': 'Аддаліць' },
    });
  });

  it('does nothing where the map has no zoom buttons', () => {
    const container = { querySelector: () => null } as unknown as HTMLElement;
    expect(() => labelControls(container, { zoomIn: 'In', zoomOut: 'Out' })).not.toThrow();
  });
});
