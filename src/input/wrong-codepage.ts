// A wrong --encoding. The codepages are one byte, one character, and every byte of latin1 and
// tcvn3 is one: a windows-1258 file read as latin1 or tcvn3 (a flag copied from a colleague's
// script) decodes without an error, and with its header in ASCII it is read — but its unit line
// "Đơn vị tính: nghìn đồng" is "Ðõn viò tiình: nghiÌn ðôÌng", no unit (money in đồng, 1000× too
// small), and "Mỹ Lộc" is an office "MyÞ Lôòc" no target names. So when --encoding names a
// codepage, the first lines of the file (its title, unit and header lines and first rows: those
// the reader examines first) are read in each other codepage too, and a file whose text spells
// Vietnamese in another one and not in the one given is refused, naming the one it reads in.
// Only with --encoding: the default path (UTF-8) never gets here.
import { ThadsError } from '../errors.js';
import { withoutEth } from '../domain/letters.js';
import { codepageChars, type EncodingName } from './decode.js';
import { legacyFontReading, plausibleWords, spellsVietnamese } from './legacy-font.js';

type Codepage = 'windows-1258' | 'tcvn3' | 'latin1';

/**
 * Lines looked at: the first lines beyond ASCII among the first 100 lines (64 KiB) — a title,
 * the unit line, the header, the first rows' names — enough to tell, and cheap (~1 ms).
 */
const LINES = 100;
const BYTES = 1 << 16;
const TEXT_LINES = 12;

/** Which codepage a file may be in instead, most likely first (latin1 spells Vietnamese only through a legacy font's cells). */
const OTHERS: Readonly<Record<Codepage, readonly Codepage[]>> = {
  latin1: ['windows-1258', 'tcvn3'],
  'windows-1258': ['tcvn3', 'latin1'],
  tcvn3: ['windows-1258', 'latin1'],
};

const tables = new Map<Codepage, string>();
function table(page: Codepage): string {
  let chars = tables.get(page);
  if (chars === undefined) tables.set(page, (chars = codepageChars(page)));
  return chars;
}

function decodeLine(bytes: Uint8Array, page: Codepage): string {
  const chars = table(page);
  let out = '';
  for (const b of bytes) out += chars[b];
  return out.normalize('NFC');
}

/** A word with a letter or mark beyond ASCII. */
const BEYOND_ASCII = /[^\x00-\x7f]/;

type Verdict = 'vietnamese' | 'garbled' | 'none';

/**
 * A cell as the reader reads it (a legacy font's look-alike cell as the Vietnamese it shows, an
 * eth as "đ"): Vietnamese when it holds letters beyond ASCII and its words are syllables,
 * garbled when such a word is none ("viò", "MyÞ", "Lụũc"), none without such letters.
 */
function cellVerdict(cell: string): Verdict {
  if (!BEYOND_ASCII.test(cell)) return 'none';
  if (cell.includes('\ufffd')) return 'garbled';
  const read = legacyFontReading(cell) ?? withoutEth(cell);
  return plausibleWords(read) && spellsVietnamese(read) ? 'vietnamese' : 'garbled';
}

interface LineReading {
  readonly verdict: Verdict;
  /** the first cell that decides it (garbled, else Vietnamese), and its column */
  readonly cell: string;
  readonly column: number;
}

function cellsOf(text: string, delimiter: string): string[] {
  return text.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, ''));
}

function lineVerdict(text: string, delimiter: string): LineReading {
  const cells = cellsOf(text, delimiter);
  let first: LineReading | null = null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const verdict = cellVerdict(cell);
    if (verdict === 'garbled') return { verdict, cell, column: i + 1 };
    if (verdict === 'vietnamese') first ??= { verdict, cell, column: i + 1 };
  }
  return first ?? { verdict: 'none', cell: '', column: 1 };
}

/** The delimiter most of the lines hold most (a guess for the column of the message only). */
function delimiterOf(lines: readonly Uint8Array[]): string {
  const counts = new Map<number, number>([[0x2c, 0], [0x3b, 0], [0x09, 0], [0x7c, 0]]);
  for (const line of lines) for (const b of line) if (counts.has(b)) counts.set(b, counts.get(b)! + 1);
  let best = 0x2c;
  for (const [b, n] of counts) if (n > counts.get(best)!) best = b;
  return String.fromCharCode(best);
}

/** A cell for the message: control characters (C1 ones are what a codepage misread gives most) as "?", cut at 60. */
function quoted(text: string): string {
  const shown = text.replace(/[\x00-\x1f\x7f-\x9f\ufffd]/g, '?');
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

/**
 * The error for a file read in `encoding` by --encoding whose first lines (`head`, after any
 * byte order mark) spell Vietnamese in another codepage and not in that one; null: no sign of it.
 * A line counts for the other codepage when it is garbled as given and Vietnamese so, against it
 * when it is Vietnamese as given and garbled so: the other one must win (a foreign name, a typo
 * in a file of the right codepage is let be).
 */
export function wrongCodepage(file: string, head: Uint8Array, encoding: EncodingName, how: string): ThadsError | null {
  if (how !== '--encoding' || (encoding !== 'latin1' && encoding !== 'windows-1258' && encoding !== 'tcvn3')) return null;
  const lines: { bytes: Uint8Array; line: number }[] = [];
  const end = Math.min(head.length, BYTES);
  let line = 1;
  let start = 0;
  for (let i = 0; i <= end && line <= LINES && lines.length < TEXT_LINES; i++) {
    const b = i < end ? head[i]! : 0x0a;
    if (b !== 0x0a && b !== 0x0d) continue;
    const bytes = head.subarray(start, i);
    if (bytes.some((c) => c > 0x7f)) lines.push({ bytes, line });
    if (b === 0x0d && head[i + 1] === 0x0a) i++;
    start = i + 1;
    line++;
  }
  if (lines.length === 0) return null;
  const delimiter = delimiterOf(lines.map((l) => l.bytes));
  const givenText = lines.map((l) => decodeLine(l.bytes, encoding));
  // a byte the codepage leaves undefined is refused where it is, by decode.ts (byte-position.ts)
  if (givenText.some((text) => text.includes('\ufffd'))) return null;
  const given = givenText.map((text) => lineVerdict(text, delimiter));
  // the usual case, the right codepage: no line garbled, nothing else to read
  if (!given.some((g) => g.verdict === 'garbled')) return null;
  let best: { page: Codepage; score: number; at: number; read: LineReading } | null = null;
  for (const page of OTHERS[encoding]) {
    let score = 0;
    let at = -1;
    let read: LineReading | null = null;
    for (let i = 0; i < lines.length; i++) {
      const as = given[i]!.verdict;
      if (as === 'none') continue;
      const other = lineVerdict(decodeLine(lines[i]!.bytes, page), delimiter);
      if (as === 'garbled' && other.verdict === 'vietnamese') {
        score++;
        if (at < 0) [at, read] = [i, other];
      } else if (as === 'vietnamese' && other.verdict === 'garbled') score--;
    }
    if (score > 0 && read && (!best || score > best.score)) best = { page, score, at, read };
  }
  if (!best) return null;
  const { page, at, read } = best;
  // the garbled cell, and what the other codepage reads there
  const { cell, column } = given[at]!;
  const there = cellsOf(decodeLine(lines[at]!.bytes, page), delimiter)[column - 1] || read.cell;
  return new ThadsError(
    'ENCODING_INVALID',
    `the file reads as ${page}, not ${encoding} (--encoding ${encoding}): ${encoding} reads "${quoted(cell)}" where ${page} reads "${quoted(there)}"`,
    { file, line: lines[at]!.line, column },
    `pass --encoding ${page}; read as ${encoding}, its units and office names would be misread`,
  );
}
