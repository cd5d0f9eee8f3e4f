// Console warnings for developers and embedding editors: English, never shown to readers, so
// they live here rather than in the message files (and out of the components, whose every
// sentence must come from the messages: tests/unit/englishLiterals.test.ts).

/** The events chunk failed to load: the map works on without the timeline. */
export const eventsNotLoaded = (error: unknown): string => `The events could not be loaded: ${String(error)}`;

/** The SVG map's anchors failed to load: hover and click work, arrow-key moves do not. */
export const svgKeyboardOff = (error: Error): string => `The map's keyboard moves are off: ${error.message}`;
