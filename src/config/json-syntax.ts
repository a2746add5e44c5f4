// Where a config's text stops being JSON, and why, for the message: JSON.parse says "Unexpected
// token '/'" or "at position 55", no line, and nothing of the two things editors and other
// tools' configs allow that JSON does not — comments and a comma before "}" or "]" (traps39 F5).
// Run only on a text JSON.parse refused; JSON.parse says whether a text is JSON, this only where not.

export interface JsonSyntaxError {
  /** index in the text (UTF-16 code units) */
  readonly at: number;
  readonly message: string;
  readonly hint?: string;
}

const SPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** The end of the string whose quote is at `i` (after its closing quote), or the index of what breaks it, negated less one. */
function stringEnd(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22) return k + 1;
    if (c < 0x20) return -k - 1;
    if (c !== 0x5c) continue;
    const e = text[k + 1];
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) k += 5;
    else if (e !== undefined && ESCAPES.has(e)) k++;
    else return -k - 1;
  }
  return -text.length - 1;
}

/** Where `text` stops being JSON and what JSON has there instead; null: it is JSON. Iterative: any depth. */
export function firstJsonError(text: string): { readonly at: number; readonly expected: string } | null {
  const open: ('{' | '[')[] = [];
  let expect: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'after' = 'value';
  let i = 0;
  const inString = (end: number) => ({ at: -end - 1, expected: 'a character a string may hold (no line break or tab; a backslash before " \\ / b f n r t or uXXXX only)' });
  for (;;) {
    while (i < text.length && SPACE.has(text[i]!)) i++;
    const top = open[open.length - 1];
    if (i >= text.length) return expect === 'after' && top === undefined ? null : { at: i, expected: top === undefined && expect === 'value' ? 'a value' : `"${top === '[' ? ']' : '}'}"` };
    const c = text[i]!;
    if (expect === 'after') {
      if (top === undefined) return { at: i, expected: 'the end of the text' };
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) open.pop();
      else return { at: i, expected: `"," or "${top === '{' ? '}' : ']'}"` };
      i++;
      continue;
    }
    if ((expect === 'valueOrClose' && c === ']') || (expect === 'keyOrClose' && c === '}')) {
      open.pop();
      expect = 'after';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'keyOrClose') {
      if (c !== '"') return { at: i, expected: `a key in double quotes${expect === 'keyOrClose' ? ' or "}"' : ''}` };
      const end = stringEnd(text, i);
      if (end < 0) return inString(end);
      for (i = end; i < text.length && SPACE.has(text[i]!); i++);
      if (text[i] !== ':') return { at: i, expected: '":" after the key' };
      i++;
      expect = 'value';
      continue;
    }
    if (c === '{' || c === '[') {
      open.push(c);
      expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return inString(end);
      i = end;
    } else {
      LITERAL.lastIndex = i;
      if (!LITERAL.test(text)) return { at: i, expected: `a value (a number, "text", true, false, null, {…} or […])${expect === 'valueOrClose' ? ' or "]"' : ''}` };
      i = LITERAL.lastIndex;
    }
    expect = 'after';
  }
}

/** The last character before `at` that is not white space, and its index (-1: none). */
function before(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && SPACE.has(text[k]!)) k--;
  return k;
}

/** What the text has at `at`, for the message: a word or number whole ("tru", "NaN", "01"), else its character. */
function found(text: string, at: number): string {
  if (at >= text.length) return 'the end of the text';
  const word = /[\p{L}\p{N}_.+-]{1,20}/uy;
  word.lastIndex = at;
  const c = text.codePointAt(at)!;
  if (c === 0x0a || c === 0x0d) return 'a line break';
  if (c < 0x20) return `a control character (U+${c.toString(16).toUpperCase().padStart(4, '0')})`;
  if (c === 0x5c) return `"${text.slice(at, at + 2)}"`;
  return JSON.stringify(word.exec(text)?.[0] ?? String.fromCodePoint(c));
}

/**
 * Why `text`, which JSON.parse refused, is no JSON, and where: a comment (at its "//" or "/*"),
 * a comma before "}" or "]" (at the comma), else what it has and what JSON has there. Null
 * where the scan finds it JSON after all (JSON.parse's word stands).
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  const error = firstJsonError(text);
  if (error === null) return null;
  const { at, expected } = error;
  if (text[at] === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) {
    return { at, message: `not valid JSON: a comment ("${text.slice(at, at + 2)}"); JSON allows no comments`, hint: 'delete the comment, and any other: thads reads plain JSON, not JSONC or JSON5' };
  }
  const comma = before(text, at);
  if ((text[at] === '}' || text[at] === ']') && comma >= 0 && text[comma] === ',') {
    return { at: comma, message: `not valid JSON: a comma before "${text[at]}"; JSON allows no comma after the last ${text[at] === '}' ? 'member of an object' : 'item of a list'}`, hint: 'delete the comma, and any other before "}" or "]"' };
  }
  return { at, message: `not valid JSON: ${found(text, at)} where JSON has ${expected}` };
}
