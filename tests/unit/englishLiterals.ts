// Finds words a reader would see or hear that a component writes in English itself instead of
// taking them from the message files (messages/*.json). Used by englishLiterals.test.ts.
import { parse } from 'svelte/compiler';

/** Attributes (and component props) whose value is read or heard by readers. */
const SHOWN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-roledescription',
  'aria-valuetext',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
  'text',
]);

/** Letters of the Latin script: the interface's Belarusian and Russian use none. */
const LATIN_WORD = /[A-Za-z]{2,}/;
/** Three Latin words in a row, in a script's string: a sentence, not a key, class or selector list. */
const LATIN_PHRASE = /[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}/;

export interface Finding {
  line: number;
  text: string;
}

type Node = { type?: string; start?: number; [key: string]: unknown };

/** The strings an expression can itself output: a literal, a template's text, either branch of a choice. */
function outputs(expression: Node | undefined): Node[] {
  if (!expression) return [];
  switch (expression.type) {
    case 'Literal':
      return typeof expression.value === 'string' ? [expression] : [];
    case 'TemplateLiteral':
      return expression.quasis as Node[];
    case 'ConditionalExpression':
      return [...outputs(expression.consequent as Node), ...outputs(expression.alternate as Node)];
    case 'LogicalExpression':
    case 'BinaryExpression':
      return [...outputs(expression.left as Node), ...outputs(expression.right as Node)];
    default:
      return [];
  }
}

function textOf(node: Node): string {
  if (node.type === 'Text') return String(node.data);
  if (node.type === 'TemplateElement') return String((node.value as { cooked: string }).cooked);
  return String(node.value);
}

/** English a Svelte component shows or says itself: template text, shown attributes, sentences in its script. */
export function englishLiterals(source: string): Finding[] {
  const ast = parse(source, { modern: true }) as unknown as Node;
  const found: Finding[] = [];
  const lineOf = (at: number | undefined) => source.slice(0, at ?? 0).split('\n').length;
  const flag = (node: Node, pattern: RegExp) => {
    const text = textOf(node);
    if (pattern.test(text)) found.push({ line: lineOf(node.start), text: text.trim() });
  };

  const walkTemplate = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walkTemplate);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    // style:left="{x}px" and the like are layout, not words.
    if (n.type === 'StyleDirective') return;
    if (n.type === 'Text') return flag(n, LATIN_WORD);
    if (n.type === 'ExpressionTag') return outputs(n.expression as Node).forEach((o) => flag(o, LATIN_WORD));
    if (n.type === 'Attribute') {
      if (!SHOWN_ATTRIBUTES.has(String(n.name)) || n.value === true) return;
      const values = (Array.isArray(n.value) ? n.value : [n.value]) as Node[];
      for (const value of values)
        if (value.type === 'Text') flag(value, LATIN_WORD);
        else outputs(value.expression as Node).forEach((o) => flag(o, LATIN_WORD));
      return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'parent') walkTemplate(value);
  };
  walkTemplate(ast.fragment);

  const walkScript = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walkScript);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'ImportDeclaration') return;
    if ((n.type === 'Literal' && typeof n.value === 'string') || n.type === 'TemplateElement')
      return flag(n, LATIN_PHRASE);
    for (const [key, value] of Object.entries(n)) if (key !== 'parent') walkScript(value);
  };
  walkScript((ast.instance as Node | null)?.content);
  walkScript((ast.module as Node | null)?.content);
  return found;
}
