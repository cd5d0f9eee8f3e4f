/**
 * A message cut around one of its inputs, so that the input can be marked apart from the words
 * around it: in "По-английски: «{text}»" the quote is English (lang="en") and the words around
 * it are Russian. `render` is the message with its input; the parts are the words before and
 * after it (the whole message before, when it does not show the input).
 */
export function partsAround(render: (input: string) => string): [before: string, after: string] {
  // A character no message or datum contains.
  const MARK = '\u0000';
  const whole = render(MARK);
  const at = whole.indexOf(MARK);
  return at < 0 ? [whole, ''] : [whole.slice(0, at), whole.slice(at + MARK.length)];
}
