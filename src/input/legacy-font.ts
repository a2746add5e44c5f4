// Text typed in the old fonts (.VnTime, .VnTimeH: TCVN3; VNI-Times: VNI-Windows) inside a Unicode
// file. Old offices' templates keep their title and unit cells in those fonts: Excel shows "Đơn vị
// tính: 1.000 đồng" but the cell holds the Latin-1 letters of the font's bytes — TCVN3 "§¬n vÞ tÝnh:
// 1.000 ®ång", VNI "Ñôn vò tính: 1.000 ñoàng" — and a CSV UTF-8 or an xlsx keeps them so. Unread,
// such a unit line leaves money in đồng (1000× too small) and such a label ("Cïng kú n¨m tr­íc")
// is an office. Read here, once, for every cell both readers and the workbook reader see: each
// character maps back to its byte (Latin-1, or cp1252's 0x80–0x9F specials), then through the
// font's table (TCVN3: decode.ts's; VNI: VNI below).
// Conservative: a cell is read so only when it holds a character the fonts use for a letter and
// Vietnamese Unicode never holds (LEGACY_LETTERS) beside a letter ("§3", "© 2019" are let be),
// no character beyond Latin-1 but cp1252's specials ("Tân Bình", "Đơn vị" are Unicode), and
// its reading spells Vietnamese: each word beyond ASCII a Vietnamese syllable, one tone a word,
// no capital inside (vietnameseSyllables, plausibleWords) — the fonts' characters are letters of
// other languages too ("España", "Noël", "naïve", "Müller", "Søren" are let be).
import { latinLetters, withoutEth } from '../domain/letters.js';
import { finding, type Finding } from '../errors.js';
import { codepageChars } from './decode.js';
import { statesMoneyUnit } from './units.js';

/**
 * The characters TCVN3 uses for a Vietnamese letter that are no Vietnamese letter in Unicode
 * (test/unit/legacy-font.test.ts derives them from the table); VNI's such characters (ä å æ ë
 * î ï ñ ö ø û ü, capitals alike) are among them (test/unit/vni-font.test.ts): the fast path gives up on a file
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

/**
 * Whether the cell is of the kind a TCVN3 look-alike cell is (the cheap test, before any table);
 * `evidenceNeeded` false: a cell of such characters, with or without a LEGACY_LETTERS one.
 */
function mayBeLegacy(cell: string, evidenceNeeded = true): boolean {
  let evidence = !evidenceNeeded;
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
export function plausibleWords(text: string): boolean {
  for (const word of text.match(latinLetters(/\p{L}+/gu)) ?? []) {
    const letters = [...word.normalize('NFD').matchAll(latinLetters(/(\p{L})(\p{M}*)/gu))];
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

/** The Vietnamese a TCVN3 look-alike cell shows ("§¬n vÞ tÝnh" → "Đơn vị tính"), NFC; null: it spells no Vietnamese words. */
function tcvn3Reading(cell: string): string | null {
  const { tcvn3, cp1252 } = loadTables();
  let out = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    out += c < 0x80 ? cell[i] : tcvn3[c <= 0xff ? c : cp1252.get(c)!];
  }
  const reading = inCapitals(cell, out).normalize('NFC');
  return plausibleWords(reading) && spellsVietnamese(reading) ? reading : null;
}

// .VnTimeH, TCVN3's capitals font, has no codes of its own for toned capitals: text typed in it
// holds the small toned codes beside capital ASCII letters — "§åNG" is "ĐỒNG", "TæNG CéNG" "TỔNG
// CỘNG", "§¥N VÞ TÝNH" "ĐƠN VỊ TÍNH". Read as they map ("ĐồNG", a capital after a small letter)
// such words spelt no Vietnamese: a unit line left money in đồng, a total row was an office, a
// half-year title a year (traps29 1–5, exit 0). A word is read in capitals when its ASCII letters
// are all capitals and it shows a capital after a small letter ("§åNG", "TH¸NG", "VN®"); a word
// whose only capital is its first ("VÞ", "Mü", "Sù": "Vị" or "VỊ") follows such a word of its
// cell. A word with a small ASCII letter ("Céng", "§¬n") is as it maps, so text of small letters
// reads as before, and Unicode text never comes here (its "Ồ", "Ộ" are beyond Latin-1).
function inCapitals(cell: string, mapped: string): string {
  const words: { readonly start: number; readonly end: number; readonly titled: boolean }[] = [];
  let capitals = false;
  // `mapped` is `cell` character for character (one UTF-16 unit each), so a word's place is the same in both
  for (const m of mapped.matchAll(/(?:\p{L}\p{M}*)+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[a-z]/.test(cell.slice(start, end))) continue;
    const letters = [...m[0].normalize('NFC').replace(/\p{M}/gu, '')];
    const big = letters.map((l) => l !== l.toLowerCase());
    if (!big.some(Boolean) || big.every(Boolean)) continue;
    const titled = big[0]! && big.indexOf(true, 1) < 0;
    if (!titled) capitals = true;
    words.push({ start, end, titled });
  }
  if (!capitals) return mapped;
  let out = '';
  let at = 0;
  for (const { start, end } of words) {
    out += mapped.slice(at, start) + mapped.slice(start, end).toUpperCase();
    at = end;
  }
  return out + mapped.slice(at);
}

// The short "đ" of a money unit — "1.000đ", "Tr.đ", "ng.đ", "Trđ" — is no syllable (no vowel), so
// a unit cell typed so ("§VT: 1.000®", "§VT: Tr.®") stayed unread and money fell to đồng (1000×
// too small). Such a word is let pass where the whole reading states a unit thads reads
// (units.ts statesMoneyUnit); elsewhere ("Công ty ABC®") it still spells no Vietnamese. So is
// the unit line's own label in small letters, "đvt" (đơn vị tính): "®vt: 1.000 ®ång" was no
// Vietnamese (a word of small consonants is no abbreviation as "ĐVT" is), so no unit, and money
// read in đồng, 1000× too small (traps29 enc/units u7, exit 0).
const DONG_ABBREVIATION = /^(?:(?:tr|ng|k)?đ|đvt)$/iu;

/** A reading (NFC) that spells Vietnamese, or a money unit whose only other words are its "đ". */
export function spellsVietnamese(reading: string): boolean {
  const nfd = reading.normalize('NFD');
  return vietnameseSyllables(nfd) || (vietnameseSyllables(nfd, true) && statesMoneyUnit(reading));
}

/**
 * VNI-Windows (VNI-Times): a Latin-1 character is a letter, or marks drawn over the letter before
 * it — "Toång" is T, o, ̂ + ̉: "Tổng". Small letters here, capitals (Ù, Â, Ô, Ñ …) alike. From
 * the VNI table of xvnkb (lamdao/xvnkb, vni.h): "AÙ" Á … "AÂ" Â, "AÁ" Ấ … "AÊ" Ă, "AÉ" Ắ …
 * "Ô" Ơ, "Ö" Ư, "Í" Í, "Ì" Ì, "Æ" Ỉ, "Ó" Ĩ, "Ò" Ị, "Î" Ỵ, "Ñ" Đ.
 */
const VNI_SMALL: Readonly<Record<string, string>> = {
  // tones: sắc, huyền, hỏi, ngã, nặng
  ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323',
  // the circumflex (â ê ô), alone and with each tone
  â: '\u0302', á: '\u0302\u0301', à: '\u0302\u0300', å: '\u0302\u0309', ã: '\u0302\u0303', ä: '\u0302\u0323',
  // the breve (ă), alone and with each tone
  ê: '\u0306', é: '\u0306\u0301', è: '\u0306\u0300', ú: '\u0306\u0309', ü: '\u0306\u0303', ë: '\u0306\u0323',
  // letters of their own
  ô: 'ơ', ö: 'ư', ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ',
};
const VNI = new Map<string, string>();
for (const [c, read] of Object.entries(VNI_SMALL)) {
  VNI.set(c, read);
  VNI.set(c.toUpperCase(), read.toUpperCase());
}

/** A Vietnamese syllable, toneless and in small letters: onset, then a rhyme (open, or closed by its final). */
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?(?:' +
    '(?:oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa|uơ)' +
    '|(?:oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y)(?:ng|nh|ch|[cmnpt])?' +
    '|(?:uyê|iê|yê|uô|ươ|oă|uâ|ă|â)(?:ng|nh|ch|[cmnpt]))$',
  'u',
);
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
// Vietnamese writes k, ngh before e ê i y ("kê", "nghe"), never c, ng: "Céng" is no syllable as
// written, so in a file read in TCVN3 it is the "Cộng" it shows (traps29 3: a total row "Céng" in
// a file whose title was read in the font was an office, TOTAL 610, exit 0).
const MISSPELT_ONSET = /^(?:c|ng)[eêiy]/u;
/** The marks that make a letter (â ê ô, ă, ơ ư), and the letters each goes on. */
const MODIFIER: Readonly<Record<string, string>> = { '\u0302': 'aeo', '\u0306': 'a', '\u031b': 'ou' };

/**
 * Whether each word of a reading (NFD) that holds a mark or a letter beyond ASCII is a
 * Vietnamese syllable: marks on the letters that take them, one tone on a vowel, a capital
 * first or all capitals, spelt as Vietnamese is ("Espađa", "Sẫo", "ĕ" are no syllables);
 * a word of capital consonants is an abbreviation ("ĐVT"); with `dongAbbreviations`, a unit's "đ" ("Tr.đ") too.
 */
function vietnameseSyllables(nfd: string, dongAbbreviations = false): boolean {
  if (latinLetters(/(?:^|[^\p{L}\p{M}])\p{M}/u).test(nfd)) return false; // a mark over no letter
  for (const word of nfd.match(latinLetters(/(?:\p{L}\p{M}*)+/gu)) ?? []) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    if (dongAbbreviations && DONG_ABBREVIATION.test(word.normalize('NFC'))) continue;
    let tones = 0;
    let bare = '';
    for (const [, base, marks] of word.matchAll(latinLetters(/(\p{L})(\p{M}*)/gu))) {
      const small = base!.toLowerCase();
      let modified = false;
      for (const mark of marks!) {
        if (TONE.test(mark)) {
          if (!'aeiouy'.includes(small) || ++tones > 1) return false;
        } else if (MODIFIER[mark]?.includes(small) && !modified) {
          modified = true;
        } else return false;
      }
      bare += small + [...marks!].filter((m) => !TONE.test(m)).join('');
    }
    const letters = bare.normalize('NFC');
    const capitals = word.normalize('NFC').replace(/\p{M}/gu, '');
    if (capitals === capitals.toUpperCase() && !/[aeiouyăâêôơư]/u.test(letters)) continue; // ĐVT
    if (capitals.slice(1) !== capitals.slice(1).toLowerCase() && capitals !== capitals.toUpperCase()) return false;
    if (!SYLLABLE.test(letters) || MISSPELT_ONSET.test(letters)) return false;
  }
  return true;
}

/** The Vietnamese a VNI look-alike cell shows ("Ñôn vò tính" → "Đơn vị tính"), NFC; null: it spells no Vietnamese syllables. */
function vniReading(cell: string): string | null {
  let out = '';
  for (const c of cell) out += VNI.get(c) ?? c;
  const reading = out.normalize('NFC');
  return spellsVietnamese(reading) ? reading : null;
}

type Font = 'tcvn3' | 'vni';

/** VNI's characters among LEGACY_LETTERS (no Vietnamese letter in Unicode): a cell typed in VNI holds one. */
const VNI_EVIDENCE = /[äåæëîïñöøûüÄÅÆËÎÏÑÖØÛÜ]/u;

/**
 * The font a legacy look-alike cell is typed in, and the Vietnamese it shows: TCVN3 if it reads
 * as Vietnamese so, else VNI ("Toång coäng" is TCVN3 "Toồng coọng", no syllables; a TCVN3 cell
 * is no VNI one: § ¬ Þ µ … are none of VNI's characters).
 */
function legacyFont(cell: string): { readonly font: Font; readonly read: string } | null {
  if (!mayBeLegacy(cell)) return bracketedLegacy(cell);
  const tcvn3 = tcvn3Reading(cell);
  if (tcvn3 !== null) return { font: 'tcvn3', read: tcvn3 };
  // VNI only on its own evidence: "Công ty ABC®" (® is TCVN3's, no VNI letter) is no VNI "Cơng ty ABC®"
  const vni = VNI_EVIDENCE.test(cell) ? vniReading(cell) : null;
  return vni === null ? null : { font: 'vni', read: vni };
}

/**
 * A Unicode cell whose bracketed unit was typed in an old font — "Tiền có điều kiện (ngh×n ®ång)",
 * "… (NGH×N §åNG)": the cell is beyond Latin-1, so no legacy cell, and the unit unread left the
 * column's money in đồng (traps29 5, 1000× too small, exit 0). The bracket's text is read alone,
 * under the same rule as a cell; the rest stays as written.
 */
function bracketedLegacy(cell: string): { readonly font: Font; readonly read: string } | null {
  let font: Font | null = null;
  const read = cell.replace(/\(([^()]*)\)/g, (group, inner: string) => {
    const legacy = mayBeLegacy(inner) ? legacyFont(inner) : null;
    if (legacy === null) return group;
    font ??= legacy.font;
    return `(${legacy.read})`;
  });
  return font === null ? null : { font, read };
}

/**
 * In a file whose other cells are in a legacy font, a cell of letters Vietnamese Unicode holds
 * too — TCVN3 "VÒ tiÒn" (Ò is "ề"), VNI "Veà tieàn" — read in that font when it spells no
 * Vietnamese as written and spells Vietnamese so: "Về tiền" (left, the money group was lost:
 * MEASURE_UNKNOWN). Unicode text ("Hà Tây", "Cà Mau": Vietnamese as written; "Hồ", "Nội": beyond
 * Latin-1) is let be, and without such evidence every cell stays under the per-cell rule.
 */
function fileFontReading(cell: string, fonts: ReadonlySet<Font>): { readonly font: Font; readonly read: string; readonly asWritten?: true } | null {
  if (!mayBeLegacy(cell, false)) return null;
  const tcvn3 = fonts.has('tcvn3') ? tcvn3Reading(cell) : null;
  const vni = tcvn3 === null && fonts.has('vni') ? vniReading(cell) : null;
  const reading = tcvn3 !== null ? { font: 'tcvn3' as const, read: tcvn3 } : vni !== null ? { font: 'vni' as const, read: vni } : null;
  if (reading === null || !(plausibleWords(cell) && vietnameseSyllables(cell.normalize('NFD')))) return reading;
  // "1.000®", "(1.000®)" hold no word to spell, so pass as written: read where they show a unit
  // ("1.000đ"), never left as no unit (money in đồng) in a file of the font
  if (statesMoneyUnit(reading.read) && !statesMoneyUnit(cell)) return reading;
  // Vietnamese either way ("Phó Léc" is TCVN3 "Phú Lộc"): kept as written, its reading told (otherReadings)
  return reading.read === cell ? null : { ...reading, asWritten: true };
}

/** how a name cell is looked up among a file's other readings: trimmed, its spaces one */
const nameKey = (cell: string) => cell.trim().replace(/\s+/g, ' ');

/** The reading a file's old font gives a name kept as written (LegacyFontCells.otherReadings), or null. */
export function fontReadingOf(readings: ReadonlyMap<string, string> | undefined, name: string): string | null {
  return readings?.get(nameKey(name)) ?? null;
}

/** The Vietnamese a TCVN3 or VNI look-alike cell shows ("§¬n vÞ tÝnh", "Ñôn vò tính" → "Đơn vị tính"), NFC; null: the cell is no such cell. */
export function legacyFontReading(cell: string): string | null {
  return legacyFont(cell)?.read ?? null;
}

/**
 * The text a cell (NFC) shows, as every rule reads it: a legacy font's cell read (legacyFontReading),
 * any other's eth as "đ" (withoutEth: "ÐVT: 1.000 ð" is "ĐVT: 1.000 đ").
 */
export function cellReading(cell: string): string {
  return legacyFontReading(cell) ?? withoutEth(cell);
}

/** LEGACY_FONT_TEXT's hint (errors.ts) names TCVN3's conversion; a VNI sheet's is its own. */
const VNI_HINT = 'convert the sheet\'s VNI fonts to Unicode (Unikey: "Chuyển mã", VNI Windows → Unicode) and check the text it shows';

/**
 * A file's cells read through legacyFontReading, in place, and the first one remembered for
 * the file's one warning (LEGACY_FONT_TEXT).
 */
export class LegacyFontCells {
  private first: { readonly line: number; readonly column: number; readonly raw: string; readonly read: string; readonly font: Font } | null = null;
  /** the fonts the file's cells were read in so far (its rows above, this row): the file's evidence */
  private readonly fonts = new Set<Font>();
  /** cells of the file kept as written that its font reads as other Vietnamese, and that reading (otherReadings) */
  private readonly others = new Map<string, string>();

  /** `record`'s cells (NFC), a TCVN3 look-alike one replaced by its reading, any other's eth by "đ" (cellReading); `line` its line (a sheet's row). */
  read(record: string[], line: number): void {
    const left: number[] = [];
    for (let i = 0; i < record.length; i++) {
      const cell = record[i]!;
      if (cell.length === 0 || !/[\u00a1-\u00ff]/.test(cell)) continue;
      const legacy = legacyFont(cell);
      if (legacy === null) {
        left.push(i);
        continue;
      }
      record[i] = legacy.read;
      this.fonts.add(legacy.font);
      this.first ??= { line, column: i + 1, raw: cell.trim(), read: legacy.read.trim(), font: legacy.font };
    }
    if (this.fonts.size > 0) {
      for (const i of left) {
        const reading = fileFontReading(record[i]!, this.fonts);
        if (reading?.asWritten) this.others.set(nameKey(record[i]!), nameKey(reading.read));
        else if (reading) record[i] = reading.read;
      }
    }
    for (const i of left) record[i] = withoutEth(record[i]!);
  }

  /**
   * What the file's font shows for a name kept as written because it spells Vietnamese as typed
   * too: "Phó Léc" in a file whose title is TCVN3 is "Phú Lộc", "Lôc Nam" "Lục Nam", VNI "Vónh
   * Long" "Vĩnh Long". Which one the cell is thads cannot tell alone; beside another file's
   * office of that name the two are one office (office-registry.ts variantOf). Keyed as
   * fontReadingOf looks them up; null: none.
   */
  otherReadings(): ReadonlyMap<string, string> | null {
    return this.others.size > 0 ? this.others : null;
  }

  /** The file's warning (a sheet's name is added to its location by file-report.ts). */
  finding(file: string, lineWord: string): Finding | null {
    if (!this.first) return null;
    const { line, column, raw, read, font } = this.first;
    const at = `first at ${lineWord} ${line}: "${raw}" is "${read}"`;
    if (font === 'vni') return finding('warning', 'LEGACY_FONT_TEXT', `text typed in a VNI font (VNI-Times, VNI-Windows) was read as the Vietnamese it shows, ${at}`, { file, line, column }, VNI_HINT);
    return finding('warning', 'LEGACY_FONT_TEXT', `text typed in an old ABC font (.VnTime, TCVN3) was read as the Vietnamese it shows, ${at}`, { file, line, column });
  }
}
