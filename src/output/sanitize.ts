// Text from the data (office names, header cells, bad cells quoted in messages) on its way to a
// terminal, an XML file or a Markdown table. An office name is whatever the export holds: ESC
// sequences would recolour or retitle the terminal, U+0001 makes an SVG invalid XML, and
// "<script>" or "|" in a Markdown cell breaks the table.

/**
 * C0 and C1 controls, DEL, and the bidirectional controls that reorder what a reader sees
 * (U+202E turns "exe.txt" into "txt.exe" on screen); U+2028/U+2029 break lines like "\n".
 */
const BIDI_CONTROLS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE_FOR_TERMINAL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROLS}]`, 'g');
/**
 * The bidirectional controls alone: in an HTML report or an SVG chart an office's name holding
 * U+202E reversed the rest of its paragraph on screen, the figures after the name included
 * ("đạt 94%" read "%49 tạđ"), traps33.
 */
const BIDI = new RegExp(`[${BIDI_CONTROLS}]`, 'g');

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function visible(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Controls as visible escapes: "A\x1b[31mB" → "A\x1B[31mB", "a\nb" → "a\nb" on one line. */
export function escapeControls(text: string): string {
  UNSAFE_FOR_TERMINAL.lastIndex = 0;
  return UNSAFE_FOR_TERMINAL.test(text) ? text.replace(UNSAFE_FOR_TERMINAL, visible) : text;
}

/** The bidirectional controls as visible escapes, all else kept: "A\u202EB" → "A\\u202EB". */
export function escapeBidi(text: string): string {
  BIDI.lastIndex = 0;
  return BIDI.test(text) ? text.replace(BIDI, visible) : text;
}

/** What XML 1.0 forbids anywhere, even escaped: most C0 controls, U+FFFE/U+FFFF, lone surrogates. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes what XML forbids: "A\u0001B" → "AB". */
export function stripXmlForbidden(text: string): string {
  XML_FORBIDDEN.lastIndex = 0;
  return XML_FORBIDDEN.test(text) ? text.replace(XML_FORBIDDEN, '') : text;
}

/**
 * One GitHub-flavoured Markdown table cell that shows the text as written: controls escaped
 * visibly, inline syntax (`\ ` * _ [ ] ~ |`) backslash-escaped, and HTML (`<script>`) as entities.
 * "B<script>|*x*" → "B&lt;script&gt;\|\*x\*".
 */
export function escapeMarkdownCell(text: string): string {
  return escapeControls(text)
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Longest value quoted whole in a message; longer ones keep their start and say their length. */
export const QUOTE_MAX = 60;

/** Longest message; beyond it the middle is cut. */
export const MESSAGE_MAX = 600;

/** Cuts at `at` without splitting a surrogate pair. */
function cutAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** A value quoted for a message: "1.234" as is; a 1 MB cell as "9999…" (1,048,576 characters). */
export function quote(value: string, max = QUOTE_MAX): string {
  if (value.length <= max) return `"${value}"`;
  return `"${value.slice(0, cutAt(value, max))}…" (${value.length.toLocaleString('en-US')} characters)`;
}

/**
 * Every quoted value of a message shortened, and the message itself bounded: a 1 MB bad cell
 * gives a line of a few hundred characters, not a 1 MB line. Quoted values are the runs between
 * two double quotes; a value holding quotes is cut into several runs, each bounded.
 */
export function boundMessage(message: string): string {
  if (message.length <= QUOTE_MAX + 2) return message;
  let out = message.replace(/"([^"]*)"/g, (whole, inner: string) => (inner.length > QUOTE_MAX ? quote(inner) : whole));
  if (out.length > MESSAGE_MAX) {
    const keep = Math.floor((MESSAGE_MAX - 20) / 2);
    out = `${out.slice(0, cutAt(out, keep))} … (cut) … ${out.slice(cutAt(out, out.length - keep))}`;
  }
  return out;
}
