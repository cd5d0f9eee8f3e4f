/**
 * The string messages of pym.js (NPR's responsive-iframe library, v1), so that a host page
 * running `new pym.Parent(...)` resizes the map's iframe with no script of ours. A message is
 * "pym", the child's id, a type and a value joined by "xPYMx": the child sends `height`, the
 * parent sends `width` (and asks for the height back). Keep in sync with pym.js's
 * `_makeMessage` and `_makeMessageRegex` (node_modules/pym.js/dist/pym.v1.js).
 */
const DELIMITER = 'xPYMx';

/** The id pym.Parent gives its iframe in the `childId` URL parameter: its container element's id. */
export const PYM_ID = /^[A-Za-z][\w:.-]{0,63}$/;

export function pymMessage(id: string, type: string, value: string): string {
  return ['pym', id, type, value].join(DELIMITER);
}

/** Whether a message is in pym's format at all (for any child). */
export function isPymMessage(data: unknown): data is string {
  return typeof data === 'string' && data.startsWith(`pym${DELIMITER}`);
}

/** A pym message addressed to the child `id`, split into its type and value; null otherwise. */
export function parsePymMessage(data: unknown, id: string): { type: string; value: string } | null {
  if (!isPymMessage(data)) return null;
  const parts = data.split(DELIMITER);
  if (parts.length < 4 || parts[1] !== id || !parts[2]) return null;
  return { type: parts[2], value: parts.slice(3).join(DELIMITER) };
}
