// Vietnamese text encoded in UTF-8 twice: a UTF-8 file opened as windows-1252 (or 1258, the
// ANSI codepage of a Vietnamese Windows) and saved as UTF-8 again. "Mỹ Lộc" is "Má»¹ Lá»™c",
// "Tổng cộng" "Tá»•ng cá»™ng", "Đơn vị tính: nghìn đồng" "ÄÆ¡n vá»‹ tÃ­nh: nghÃ¬n Ä‘á»“ng" —
// valid UTF-8, so nothing failed: an ASCII header was read, its unit line was none (money 1000×
// too small), its offices were new ones beside their right spelling, its total row an office
// (traps29 dbl2, dup/dblenc, tot/m_dbl: exit 0). Such a cell is refused (ENCODING_DOUBLED, at
// its cell, with what it reads as): which text of the file is doubled and which not cannot be
// told for every cell, and the original export is a click away.
// A cell is doubled when one of its words holds a pair no Vietnamese text holds — a UTF-8 lead
// byte's character read in the codepage ("Ã" "Ă" "Ä" "Å" "Æ" "Ì", or "á" of the 3-byte letters
// U+1E00–1EFF) before a continuation byte's (C1 controls, cp1252's 0x80–0x9F characters, the
// Latin-1 signs ¡…¿: "Ã¡", "Ä‘", "Æ°", "á»", "áº") — and the word, each character back to its
// codepage byte, is valid UTF-8 of Vietnamese letters. Real text never is: its Latin-1 capitals
// ("XÃ", "Ă", "Ì") stand before letters, spaces and signs glued after a word (doubledReading),
// and "XÃ HỘI" holds letters no codepage has.
import { ThadsError } from '../errors.js';
import { codepageChars } from './decode.js';
import { plausibleWords } from './legacy-font.js';

/** The characters of cp1252's 0x80–0x9F (1258's are among them). */
const SPECIALS = '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178';
/** A continuation byte (0x80–0xBF) read in the codepage. */
const CONTINUATION = `[\\u0080-\\u00bf${SPECIALS}]`;

/** A UTF-8 byte order mark (EF BB BF) read as windows-1252 or 1258. */
const DOUBLED_BOM = 'ï»¿';
/** The cheap test: a lead byte's character before a continuation byte's, or a byte order mark doubled. */
const TELLTALE = new RegExp(`[ÃĂÄÅÆÌ]${CONTINUATION}|á[\\u00b8-\\u00bb]|${DOUBLED_BOM}`);

/** Each character of windows-1252 and 1258 → its byte (they agree where both have one), C1 controls as themselves (an undefined byte kept so). */
let bytesOf: Map<number, number> | null = null;
/** characters only windows-1258 has (Ă, Ơ, Ư, ơ, ư, đ, ₫) and only 1252 has at their bytes (Ã, Ì, Ò, Õ, Ý, Š …): a word holding one was read in it */
let only1258: Set<number> | null = null;
let only1252: Set<number> | null = null;
function tables(): { bytesOf: Map<number, number>; only1258: Set<number>; only1252: Set<number> } {
  if (bytesOf && only1258 && only1252) return { bytesOf, only1258, only1252 };
  bytesOf = new Map();
  only1258 = new Set();
  only1252 = new Set();
  for (let b = 0x80; b < 0xa0; b++) bytesOf.set(b, b);
  const cp1252 = codepageChars('windows-1252');
  const cp1258 = codepageChars('windows-1258');
  for (let b = 0x80; b < 0x100; b++) {
    const c = cp1252.charCodeAt(b);
    if (c !== 0xfffd) bytesOf.set(c, b);
  }
  for (let b = 0x80; b < 0x100; b++) if (cp1258.charCodeAt(b) !== cp1252.charCodeAt(b) && cp1252.charCodeAt(b) !== 0xfffd) only1252.add(cp1252.charCodeAt(b));
  for (let b = 0x80; b < 0x100; b++) {
    const c = cp1258.charCodeAt(b);
    // its combining tones (0xCC 0xD2 0xDE 0xEC 0xF2) lead no UTF-8 letter of Vietnamese: left out
    if (c === 0xfffd || bytesOf.has(c) || (c >= 0x300 && c < 0x370)) continue;
    bytesOf.set(c, b);
    only1258.add(c);
  }
  return { bytesOf, only1258, only1252 };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A word's characters as codepage bytes read as UTF-8 (NFC), and the codepage its characters tell; null: some character is no byte of either, or the bytes are no UTF-8. */
function readAsBytes(word: string): { readonly read: string; readonly codepage: string } | null {
  const { bytesOf, only1258, only1252 } = tables();
  const bytes = new Uint8Array(word.length);
  let codepage = 'windows-1252 (or 1258)';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const b = c < 0x80 ? c : bytesOf.get(c);
    if (b === undefined) return null;
    if (only1258.has(c)) codepage = 'windows-1258';
    else if (only1252.has(c)) codepage = 'windows-1252';
    bytes[i] = b;
  }
  try {
    return { read: UTF8.decode(bytes).normalize('NFC'), codepage };
  } catch {
    return null;
  }
}

/** Beyond ASCII, Vietnamese letters only: đ, and vowels with their marks ("â€“" is "–", "Ã±" "ñ"). */
const VIETNAMESE_BEYOND_ASCII = /^(?:[\x00-\x7f]|[đĐ]|[aeiouyAEIOUY][\u0302\u0306\u031b]?[\u0300\u0301\u0303\u0309\u0323]?)*$/u;

/** Whether a word read back is Vietnamese: a letter beyond ASCII, no other, each word spelt plausibly. */
function readsVietnamese(read: string): boolean {
  const nfd = read.normalize('NFD');
  return /[^\x00-\x7f]/.test(nfd) && VIETNAMESE_BEYOND_ASCII.test(nfd) && plausibleWords(read);
}

/** Signs that may stand glued after a real capital "Ã" or "Ă" ending a word: a closing quote, a footnote's mark, ™. */
const GLUED_SIGNS = /(?<=[ÃĂ])[\u2019\u201d\u00b9\u00b2\u00b3\u2122]+$/;
/** …and, after an "Ã" in a cell in capitals, a no-break space ("THỊ XÃ\u00a0SƠN TÂY"). */
const GLUED_AFTER_CAPITALS = /(?<=Ã)[\u00a0\u2019\u201d\u00b9\u00b2\u00b3\u2122]+$|(?<=Ă)[\u2019\u201d\u00b9\u00b2\u00b3\u2122]+$/;

/** The doubled reading of a cell (NFC): the cell with its doubled words read back, the first such word's codepage; null: none. */
export function doubledReading(cell: string): { readonly read: string; readonly codepage: string } | null {
  if (!TELLTALE.test(cell)) return null;
  // a byte order mark doubled, whatever follows it ("ï»¿Mỹ Lộc": a doubled file's first line pasted after another)
  if (cell.includes(DOUBLED_BOM)) return { read: cell.replaceAll(DOUBLED_BOM, '\ufeff'), codepage: 'windows-1252' };
  // Words split at ASCII spaces only: a no-break space is byte A0, the end of "à" (C3 A0). A
  // sign that may stand glued after a real capital "Ã" or "Ă" at a word's end — a no-break
  // space, a closing quote, a footnote's mark, ™ — is let be: "THỊ XÃ”", "XÃ¹" are "XÃ" and the
  // sign, not "XÔ", "Xù" (a doubled "ô", "ù" ending a word is missed; its file's other words are not).
  // The no-break space is the end of a doubled "à" (C3 A0) too: "Hà Nam" is "HÃ\u00a0 Nam" — the
  // cell's only doubled word in a file otherwise right, let be, was another office beside "Hà Nam"
  // (traps29). It is read so after "Ă" (1258's C3: no Vietnamese syllable ends in ă), and after
  // "Ã" where the cell holds a small letter: a real "XÃ" stands in a cell in capitals ("THỊ XÃ\u00a0").
  // Without its no-break space ("HÃ Nam", the space made plain) the word is let be: "UBND XÃ Tân Phú" is real.
  const glued = /\p{Ll}/u.test(cell) ? GLUED_SIGNS : GLUED_AFTER_CAPITALS;
  let codepage: string | null = null;
  for (const word of cell.match(/[^\t\n\r ]+/g) ?? []) {
    const core = word.replace(/^\u00a0+/, '').replace(glued, '');
    if (!TELLTALE.test(core)) continue;
    const back = readAsBytes(core);
    if (back !== null && readsVietnamese(back.read)) {
      codepage = back.codepage;
      break;
    }
  }
  // what the cell reads as, every word that is valid UTF-8 so read back ("TrĂ\u00a0 Ă”n" is "Trà Ôn")
  return codepage === null ? null : { read: cell.replace(/[^\t\n\r ]+/g, (word) => readAsBytes(word)?.read ?? word), codepage };
}

/** A cell for the message: control characters (a byte the codepage leaves undefined) as "?", cut at 60. */
function shown(text: string): string {
  const plain = text.replace(/[\x00-\x1f\x7f-\x9f\ufeff]/g, '?');
  return plain.length > 60 ? `${plain.slice(0, 57)}…` : plain;
}

/**
 * Refuses a record (NFC cells, by column) holding doubled text, at its first such cell. Every
 * record of a text file or a sheet comes here (read-csv.ts; the fast path gives such a file to
 * it: holdsDoubledUtf8), and a workbook's cover sheet's rows (xlsx/cover-unit.ts).
 */
export function refuseDoubledText(at: { readonly file: string; readonly sheet?: string }, record: readonly string[], line: number): void {
  for (let i = 0; i < record.length; i++) {
    const cell = record[i]!;
    // every doubled word holds a character of U+00A0–U+00FF (its lead byte's)
    if (cell.length < 2 || !/[\u00c3\u00c4\u00c5\u00c6\u00cc\u00e1\u00ef\u0102]/.test(cell)) continue;
    const doubled = doubledReading(cell);
    if (doubled === null) continue;
    const says = doubled.read.includes('\ufeff')
      ? 'holds a byte order mark read as windows-1252 and saved as UTF-8 again'
      : `is Vietnamese in UTF-8 read as ${doubled.codepage} and saved as UTF-8 again: it was "${shown(doubled.read.trim())}"`;
    throw new ThadsError('ENCODING_DOUBLED', `"${shown(cell.trim())}" ${says}; its names, totals and unit would be misread`, { ...at, line, column: i + 1 });
  }
}

// The fast path: a file whose bytes hold a pair TELLTALE names goes to the reference reader. The
// pairs after "á" and "Ä" "Å" "Æ" hold a LEGACY_LETTERS character, for which it gives up already
// (legacy-font.ts holdsLegacyLetter); these are the others: "Ã" (C3 83), "Ì" (C3 8C), "Ă" (C4 82)
// before a C1 control, a no-break space, ° ± ² ³ ´ (C2 80–A0, B0–B4), or a cp1252 special
// (C5 xx, C6 92, CB xx, E2 xx: "Ã‚" is "Â", "Ã´" "ô", "Ă´" "ô" in 1258).
/** "Ã", "Ì", "Ă" in UTF-8: capitals real text holds seldom (a title's "XÃ", "NĂM"), searched as pairs of bytes. */
const LEADS = [Buffer.from('Ã'), Buffer.from('Ì'), Buffer.from('Ă')];

/** A continuation byte's character in UTF-8 that LEGACY_LETTERS leaves out. */
function continues(utf8: Buffer, at: number): boolean {
  const b = utf8[at];
  if (b === 0xc2) {
    const c = utf8[at + 1] ?? 0;
    return c <= 0xa0 || (c >= 0xb0 && c <= 0xb4);
  }
  return b === 0xc5 || b === 0xc6 || b === 0xcb || b === 0xe2;
}

/** Whether UTF-8 text may hold a doubled word LEGACY_LETTERS does not catch (a search per pair: most runs have none). */
export function holdsDoubledUtf8(utf8: Buffer): boolean {
  for (const lead of LEADS) {
    for (let i = utf8.indexOf(lead); i >= 0; i = utf8.indexOf(lead, i + 2)) if (continues(utf8, i + 2)) return true;
  }
  return false;
}
