// What a letter is to the reading rules: the letters of Latin script, in which every text thads
// reads is written — Vietnamese with or without its marks, English, and the Latin-1 and Latin
// Extended characters that a legacy font (TCVN3, VNI) or a wrong code page leaves in place of
// Vietnamese letters ("§VT", "Tr.®", "1.000ñ").
//
// Why not \p{L}: it is every script's letters (~660 ranges, closed under case with the `i` flag),
// and V8 compiles a pattern holding it in about 1 ms, once for one-byte and once for two-byte
// text. The rules hold ~160 of them: ~50 ms of every run, a fifth of reading a small file.
// These ranges compile in a tenth of that. A letter of another script (Greek, Cyrillic, CJK)
// now counts as no letter — no office name, title or unit of a Vietnamese report is written in one.

/** Latin letters as the body of a character class: ASCII, Latin-1 (without × ÷), Extended-A/B, Extended Additional (Vietnamese). */
export const LATIN_LETTER_RANGES = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';

const LETTER_PROPERTY = /\\p\{L\}/g;

/**
 * The pattern with every `\p{L}` read as a Latin letter (LATIN_LETTER_RANGES), same flags. Rules
 * write `\p{L}` and pass the pattern through here: a pattern is compiled when it first runs, so
 * the `\p{L}` one never is. Its source is rewritten once (a rule inside a function asks again
 * on every call); a `g` or `y` pattern is a new object each call (it keeps its lastIndex), any
 * other one object shared by every call with those flags.
 */
export function latinLetters(pattern: RegExp): RegExp {
  const source = pattern.source;
  let known = REWRITTEN.get(source);
  if (known === undefined) {
    const rewritten = source.includes('\\p{L}') ? rewrite(source) : source;
    known = { rewritten, shared: rewritten === source ? null : new Map() };
    // bounded: patterns built from a name or a year are new sources each time
    if (REWRITTEN.size >= 1 << 12) REWRITTEN.clear();
    REWRITTEN.set(source, known);
  }
  if (known.shared === null) return pattern;
  const flags = pattern.flags;
  // A pattern without `g` or `y` keeps no state between uses (lastIndex is not read): one
  // object per flags is handed to every caller, which saves building one per call of a rule.
  if (flags.includes('g') || flags.includes('y')) return new RegExp(known.rewritten, flags);
  let shared = known.shared.get(flags);
  if (shared === undefined) known.shared.set(flags, (shared = new RegExp(known.rewritten, flags)));
  return shared;
}
const REWRITTEN = new Map<string, { readonly rewritten: string; readonly shared: Map<string, RegExp> | null }>();

function rewrite(source: string): string {
  let rewritten = '';
  let from = 0;
  for (const m of source.matchAll(LETTER_PROPERTY)) {
    rewritten += source.slice(from, m.index!) + (insideClass(source, m.index!) ? LATIN_LETTER_RANGES : `[${LATIN_LETTER_RANGES}]`);
    from = m.index! + m[0].length;
  }
  return rewritten + source.slice(from);
}

/** Whether position `at` of a pattern's source is inside a character class ([…]), escapes skipped. */
function insideClass(source: string, at: number): boolean {
  let inside = false;
  for (let i = 0; i < at; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inside = true;
    else if (c === ']') inside = false;
  }
  return inside;
}

const LETTER = latinLetters(/\p{L}/u);

/** Whether the text holds a letter (a Latin one: above). */
export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

/**
 * "Ð"/"ð" (U+00D0/U+00F0, the Icelandic eth) read as "Đ"/"đ" (U+0110/U+0111): fonts draw them
 * alike, and they enter Vietnamese text from a PDF of the forms ("ÐVT", "Ðơn vị") or from an
 * ASCII-only line of a windows-1258 file saved as windows-1252 (0xD0/0xF0: "ÐVT: 1.000 ð").
 * No Vietnamese text holds the eth: unfolded, a unit line was ignored (money 1000× low) and
 * "6 THÁNG ÐẦU NĂM" read as the year. A legacy font's cell is read before this (legacy-font.ts:
 * TCVN3's "ð" is "ỗ").
 */
export function withoutEth(text: string): string {
  return ETH.test(text) ? text.replace(ETH_ALL, (c) => (c === '\u00d0' ? '\u0110' : '\u0111')) : text;
}
const ETH = /[\u00d0\u00f0]/;
const ETH_ALL = /[\u00d0\u00f0]/g;

/**
 * "Ch? P?h", "Nam ??nh", "M? L?c": letters a lossy save turned into "?" (PowerShell 5.1's
 * Export-Csv writes ASCII by default; Notepad's "ANSI" on a non-Vietnamese Windows). No office's
 * or province's name holds "?" beside a letter.
 */
const LETTERS_LOST = latinLetters(/\p{L}\?|\?\p{L}/u);
export function lettersLost(name: string): boolean {
  return LETTERS_LOST.test(name);
}
