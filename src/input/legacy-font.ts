// Text typed in the old ABC fonts (.VnTime, .VnTimeH: TCVN3) inside a Unicode file. Old offices'
// templates keep their title and unit cells in those fonts: Excel shows "Đơn vị tính: 1.000 đồng"
// but the cell holds the Latin-1 letters of the TCVN3 bytes, "§¬n vÞ tÝnh: 1.000 ®ång", and a
// CSV UTF-8 or an xlsx keeps them so. Unread, such a unit line leaves money in đồng (1000× too
// small) and such a label ("Cïng kú n¨m tr­íc") is an office. Read here, once, for every cell
// both readers and the workbook reader see: each character maps back to its byte (Latin-1, or
// cp1252's 0x80–0x9F specials), then through the TCVN3 table (decode.ts's).
// Conservative: a cell is read so only when it holds a character TCVN3 uses for a letter and
// Vietnamese Unicode never holds (LEGACY_LETTERS) beside a letter ("§3", "© 2019" are let be),
// no character beyond Latin-1 but cp1252's specials ("Tân Bình", "Đơn vị" are Unicode), and
// its TCVN3 reading spells Vietnamese words (plausibleWords): VNI-Windows look-alikes ("Ñôn vò
// tính", "Toång coäng") read as TCVN3 give words with two tones or a capital inside, and are
// let be (they are not read: VNI is not told from other text safely).
import { finding, type Finding } from '../errors.js';
import { codepageChars } from './decode.js';

/**
 * The characters TCVN3 uses for a Vietnamese letter that are no Vietnamese letter in Unicode
 * (test/unit/legacy-font.test.ts derives them from the table): the fast path gives up on a file
 * that holds one (fast/row-scanner.ts), so they are spelt out here, not computed.
 */
export const LEGACY_LETTERS = '¡¢£¤¥¦§¨©ª«¬\u00ad®¯µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ';

const IS_LEGACY = new Uint8Array(256);
for (const c of LEGACY_LETTERS) IS_LEGACY[c.charCodeAt(0)] = 1;

/** The second byte of a LEGACY_LETTERS character's UTF-8 (C2 A1–BF, C3 80–BF), by lead byte 0xC2 / 0xC3. */
const SECOND_BYTE = [new Uint8Array(256), new Uint8Array(256)] as const;
for (const c of LEGACY_LETTERS) {
  const [lead, second] = Buffer.from(c);
  SECOND_BYTE[lead! - 0xc2]![second!] = 1;
}

/**
 * Whether UTF-8 text holds a LEGACY_LETTERS character anywhere: the fast path gives such a file
 * to the reference reader, which judges each cell (a memchr per lead byte: most runs have none).
 */
export function holdsLegacyLetter(utf8: Uint8Array): boolean {
  for (let lead = 0xc2; lead <= 0xc3; lead++) {
    const seconds = SECOND_BYTE[lead - 0xc2]!;
    for (let i = utf8.indexOf(lead); i >= 0 && i + 1 < utf8.length; i = utf8.indexOf(lead, i + 2)) {
      if (seconds[utf8[i + 1]!] === 1) return true;
    }
  }
  return false;
}

let tables: { readonly tcvn3: string; readonly cp1252: ReadonlyMap<number, number> } | null = null;
function loadTables(): NonNullable<typeof tables> {
  if (tables) return tables;
  const cp1252 = new Map<number, number>();
  const chars = codepageChars('windows-1252');
  for (let b = 0x80; b < 0xa0; b++) if (chars.charCodeAt(b) !== 0xfffd) cp1252.set(chars.charCodeAt(b), b);
  return (tables = { tcvn3: codepageChars('tcvn3'), cp1252 });
}

/** cp1252's 0x80–0x9F characters (€ ‚ ƒ … ‘ ’ “ ” – —), which a legacy-font cell may hold too */
const CP1252_SPECIALS = new Set([0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178]);

/** An ASCII letter, a Latin-1 one, or a TCVN3 letter: what stands beside a letter in a word. */
function letterLike(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c <= 0xff) || (c <= 0xff && IS_LEGACY[c] === 1);
}

/** Whether the cell is of the kind a TCVN3 look-alike cell is (the cheap test, before any table). */
function mayBeLegacy(cell: string): boolean {
  let evidence = false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c > 0xff) {
      if (!CP1252_SPECIALS.has(c)) return false;
      continue;
    }
    if (!evidence && IS_LEGACY[c] === 1 && ((i > 0 && letterLike(cell.charCodeAt(i - 1))) || (i + 1 < cell.length && letterLike(cell.charCodeAt(i + 1))))) evidence = true;
  }
  return evidence;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Whether each word of a reading is spelt as Vietnamese is: one tone at most, no capital after a
 * small letter, no vowel marked after the same vowel ("Toồng", "ủoỔng", "ẹụn": VNI read as TCVN3).
 */
function plausibleWords(text: string): boolean {
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const letters = [...word.normalize('NFD').matchAll(/(\p{L})(\p{M}*)/gu)];
    let tones = 0;
    for (let i = 0; i < letters.length; i++) {
      const [, base, marks] = letters[i]!;
      tones += marks!.match(TONES)?.length ?? 0;
      if (i > 0 && base !== base!.toLowerCase() && letters[i - 1]![1] === letters[i - 1]![1]!.toLowerCase()) return false;
      if (i > 0 && marks !== '' && /[aeiouy]/i.test(base!) && base!.toLowerCase() === letters[i - 1]![1]!.toLowerCase()) return false;
    }
    if (tones > 1) return false;
  }
  return true;
}

/** The Vietnamese a TCVN3 look-alike cell shows ("§¬n vÞ tÝnh" → "Đơn vị tính"), NFC; null: the cell is no such cell. */
export function legacyFontReading(cell: string): string | null {
  if (!mayBeLegacy(cell)) return null;
  const { tcvn3, cp1252 } = loadTables();
  let out = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    out += c < 0x80 ? cell[i] : tcvn3[c <= 0xff ? c : cp1252.get(c)!];
  }
  const reading = out.normalize('NFC');
  return plausibleWords(reading) ? reading : null;
}

/**
 * A file's cells read through legacyFontReading, in place, and the first one remembered for
 * the file's one warning (LEGACY_FONT_TEXT).
 */
export class LegacyFontCells {
  private first: { readonly line: number; readonly column: number; readonly raw: string; readonly read: string } | null = null;

  /** `record`'s cells (NFC), a TCVN3 look-alike one replaced by its reading; `line` its line (a sheet's row). */
  read(record: string[], line: number): void {
    for (let i = 0; i < record.length; i++) {
      const cell = record[i]!;
      if (cell.length === 0 || !/[\u00a1-\u00ff]/.test(cell)) continue;
      const read = legacyFontReading(cell);
      if (read === null) continue;
      record[i] = read;
      this.first ??= { line, column: i + 1, raw: cell.trim(), read: read.trim() };
    }
  }

  /** The file's warning (a sheet's name is added to its location by file-report.ts). */
  finding(file: string, lineWord: string): Finding | null {
    if (!this.first) return null;
    const { line, column, raw, read } = this.first;
    return finding('warning', 'LEGACY_FONT_TEXT', `text typed in an old ABC font (.VnTime, TCVN3) was read as the Vietnamese it shows, first at ${lineWord} ${line}: "${raw}" is "${read}"`, { file, line, column });
  }
}
