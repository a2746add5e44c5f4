// Reading figures as they are written in real exports: plain `1234.5`, Vietnamese `1.234,5`,
// English `1,234.5`, spaces as grouping, `-` for zero. A cell is read under both conventions;
// the file decides which one holds (SPEC §3), and counts must be whole numbers.

import { foldHeader } from '../domain/names.js';

/**
 * A figure as written, before it is handed to the domain (domain/decimal.ts fromScaled):
 * units × 10^-scale, with the scale it was written with ("5.000" en has scale 3).
 */
export interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

export const NUMBER_FORMATS = ['auto', 'plain', 'vi', 'en'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];
export type Convention = 'vi' | 'en';

export type CellReading =
  /** empty, `-`: zero */
  | { readonly kind: 'zero' }
  /** both conventions agree (`1234`, `1 234`, `12.5` under en only…) */
  | { readonly kind: 'value'; readonly value: Scaled; readonly only?: Convention }
  /** both readings valid and different: `1.052` is 1052 (vi) or 1.052 (en) */
  | { readonly kind: 'ambiguous'; readonly vi: Scaled; readonly en: Scaled }
  | { readonly kind: 'invalid'; readonly reason: InvalidReason };

export type InvalidReason = 'negative' | 'exponent' | 'percent' | 'leading-zero' | 'date' | 'form-mark' | 'not-a-number';

/**
 * "012", "080": no spreadsheet writes a figure so; a thousands group cut off by a comma outside
 * quotes does ("345,012" split into 345 and 012). "0", "0,5", "0.25" are figures.
 */
const LEADING_ZERO = /^0\d/;

const ZERO_READING: CellReading = { kind: 'zero' };

// "Không phát sinh" (KPS, "Không PS": nothing arose) is how Vietnamese reports fill an empty
// line: zero, as "-" is — not "Chưa báo cáo" (not reported, unknown: failedFigure refuses it).
// Folded as foldHeader folds; letters, spaces and dots only ("KPS?" is a question, not a zero).
const NOTHING_AROSE = new Set(['kps', 'khong phat sinh', 'khong ps']);

/** "Không phát sinh", "Không PS", "KPS" (any case, with or without diacritics): a figure cell's zero. */
export function saysNothingArose(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 0x4b || c === 0x6b) && /^[\p{L}\p{M}\s.]+$/u.test(text) && NOTHING_AROSE.has(foldHeader(text));
}
const LEADING_ZERO_READING: CellReading = { kind: 'invalid', reason: 'leading-zero' };
const DATE_READING: CellReading = { kind: 'invalid', reason: 'date' };
// A figure typed as "5-12" or "5/12" in a cell not formatted as a number is made a date by Excel,
// and a CSV saved as shown writes the date: "05-Dec", "5-Dec", "Dec-05", "5-thg 12" (Vietnamese
// Excel), "05/12/2025", "2025-12-05". "05-Dec" was told "a leading zero: a thousands group cut
// off…?" (traps42 3). (Never a figure: a thousands group has three digits, a year span two parts.)
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const DATE_SHAPE = new RegExp(String.raw`^(?:\d{1,2}-${MONTH}(?:-\d{2,4})?|${MONTH}-\d{2,4}|\d{1,2}-thg\s?\d{1,2}(?:-\d{2,4})?|\d{1,2}([/.-])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})$`, 'iu');
const SIMPLE_DIGITS = /^\d+$/;
// Spaces (incl. no-break and narrow no-break) as thousands grouping: "1 234 567,5".
// Spaces that group thousands: plain, no-break, narrow no-break, and the typesetters' thin,
// figure, punctuation, hair and medium spaces and the ideographic space (Word, PDFs).
const GROUPING_SPACES = ' \u00a0\u202f\u2009\u2007\u2008\u200a\u205f\u3000';
const SPACE_GROUPED = new RegExp(`^\\d{1,3}(?:[${GROUPING_SPACES}]\\d{3})+(?:[.,]\\d+)?$`);
const GROUPING_SPACE = new RegExp(`[${GROUPING_SPACES}]`, 'g');

function digitsToScaled(intDigits: string, fracDigits: string): Scaled {
  return { units: BigInt(intDigits + fracDigits), scale: fracDigits.length };
}

/** Reads `text` with `group` as thousands separator and `decimal` as decimal mark; null if not valid. */
function readGrouped(text: string, group: string, decimal: string): Scaled | null {
  const parts = text.split(decimal);
  if (parts.length > 2) return null;
  const intPart = parts[0]!;
  const fracPart = parts[1];
  if (fracPart !== undefined && !SIMPLE_DIGITS.test(fracPart)) return null;
  let intDigits: string;
  if (SIMPLE_DIGITS.test(intPart)) intDigits = intPart;
  else {
    const groups = intPart.split(group);
    if (groups.length < 2 || !/^[1-9]\d{0,2}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    intDigits = groups.join('');
  }
  return digitsToScaled(intDigits, fracPart ?? '');
}

// Most figures are digits with one mark, "857159439.278" or "1.052": read without the general
// path's regexes and splits, with the same result (test/unit/numbers.test.ts compares them).
const ONE_MARK = /^(\d+)([.,])(\d+)$/;

function readOneMark(int: string, mark: string, frac: string): CellReading {
  // The mark as a decimal point is always a reading; as a thousands separator only in "1.052".
  const decimal = digitsToScaled(int, frac);
  const grouped = /^[1-9]\d{0,2}$/.test(int) && frac.length === 3 ? digitsToScaled(int + frac, '') : null;
  const decimalIn: Convention = mark === '.' ? 'en' : 'vi';
  if (!grouped) return { kind: 'value', value: decimal, only: decimalIn };
  return decimalIn === 'en' ? { kind: 'ambiguous', vi: grouped, en: decimal } : { kind: 'ambiguous', vi: decimal, en: grouped };
}

/**
 * A workbook's number cell with a fraction, as text: the decimal Excel shows, then this mark
 * (U+2063, invisible). It is a number already, written in no convention: 1.052 in a number cell
 * is 1.052 even in a file whose text cells write "1.052" for one thousand and fifty-two, and it
 * settles nothing about the text cells. Whole numbers need no mark: "1052" reads the same in
 * every convention. The sheet reader strips the mark from every message it passes on.
 */
export const NUMBER_CELL_MARK = '\u2063';
const MARK_CODE = 0x2063;

function readNumberCell(raw: string): CellReading {
  const m = /^(-?)(\d+)\.(\d+)$/.exec(raw.slice(0, -1));
  if (!m) return { kind: 'invalid', reason: 'not-a-number' };
  const value = digitsToScaled(m[2]!, m[3]!);
  // (−0.0, a zero a formula left negative: a zero, as "-0" typed is)
  return m[1] && value.units !== 0n ? { kind: 'invalid', reason: 'negative' } : { kind: 'value', value };
}

/** A minus before a figure, as exports write one: hyphen "-12", U+2212 "−12", en dash "– 12". */
const MINUS_BEFORE = /^[-−–]\s*(?=[\d.,])/;
/** Accounting brackets round a figure: "(2.003)" is −2.003. */
const ACCOUNTING_NEGATIVE = /^\(\s*([\d.,]+)\s*\)$/;

/** The figure after a minus or inside accounting brackets ("-12" → "12", "(2.003)" → "2.003"); null without either. */
function magnitudeOf(text: string): string | null {
  return ACCOUNTING_NEGATIVE.exec(text)?.[1] ?? (MINUS_BEFORE.test(text) ? text.replace(MINUS_BEFORE, '') : null);
}

/**
 * A zero written with a sign, "-0", "(0)", "−0,00": no negative figure but a zero, read as the
 * figure without its sign (its decimals, and the convention "0,00" settles, kept), `read` being
 * the convention's reader. Refused as NEGATIVE_VALUE, a real office's row of a zero from a
 * formula (=B5-C5 of equal cells, shown "-0" or "(0)") stopped the file (traps33 3). Null for
 * anything else.
 */
function signedZero(text: string, read: (magnitude: string) => CellReading): CellReading | null {
  const magnitude = magnitudeOf(text);
  if (magnitude === null) return null;
  const reading = read(magnitude);
  return reading.kind === 'value' && reading.value.units === 0n ? reading : null;
}

/**
 * Whether a cell is a negative figure and nothing else ("-1979", "−2.003", "(2003)", a workbook's
 * −1979): a change or a shortfall, never a year, since no year is negative. Not "-2018-2019" or
 * "- Năm 2018": no figure after the sign.
 */
export function isNegativeFigure(raw: string): boolean {
  const magnitude = magnitudeOf(raw.trim());
  if (magnitude === null) return false;
  const kind = readCell(magnitude).kind;
  return kind === 'value' || kind === 'ambiguous';
}

/**
 * A dash alone is the forms' zero: hyphen, en dash, em dash, and the minus sign U+2212 that
 * Word-typed or macOS tables put in its place ("−" was BAD_NUMBER where "-" read 0, traps33).
 */
const LONE_DASH = new Set(['-', '–', '—', '−']);

/** Reads one cell under every convention; the caller picks the reading the file settles on. */
export function readCell(raw: string): CellReading {
  if (SIMPLE_DIGITS.test(raw)) return LEADING_ZERO.test(raw) ? LEADING_ZERO_READING : { kind: 'value', value: { units: BigInt(raw), scale: 0 } };
  if (raw.charCodeAt(raw.length - 1) === MARK_CODE) return readNumberCell(raw);
  const oneMark = ONE_MARK.exec(raw);
  if (oneMark) return LEADING_ZERO.test(raw) ? LEADING_ZERO_READING : readOneMark(oneMark[1]!, oneMark[2]!, oneMark[3]!);
  let text = raw.trim();
  if (text === '' || LONE_DASH.has(text) || saysNothingArose(text)) return ZERO_READING;
  if (DATE_SHAPE.test(text)) return DATE_READING;
  if (LEADING_ZERO.test(text.replace(/^\+/, ''))) return LEADING_ZERO_READING;
  if (SIMPLE_DIGITS.test(text)) return { kind: 'value', value: { units: BigInt(text), scale: 0 } };
  if (MINUS_BEFORE.test(text) || ACCOUNTING_NEGATIVE.test(text)) return signedZero(text, readCell) ?? { kind: 'invalid', reason: 'negative' };
  if (text.startsWith('+')) text = text.slice(1);
  if (/%/.test(text)) return { kind: 'invalid', reason: 'percent' };
  if (/^[\d.,]+e[-+]?\d+$/i.test(text)) return { kind: 'invalid', reason: 'exponent' };
  if (SPACE_GROUPED.test(text)) text = text.replace(GROUPING_SPACE, '');
  // The forms mark a cell that is not to be filled with "x"; retyped workbooks keep it.
  if (/^[xX×]$/.test(text)) return { kind: 'invalid', reason: 'form-mark' };
  if (!/^[\d.,]+$/.test(text) || !/^\d/.test(text) || !/\d$/.test(text)) return { kind: 'invalid', reason: 'not-a-number' };
  const vi = readGrouped(text, '.', ',');
  const en = readGrouped(text, ',', '.');
  if (vi && en) {
    return vi.units === en.units && vi.scale === en.scale ? { kind: 'value', value: vi } : { kind: 'ambiguous', vi, en };
  }
  if (vi) return { kind: 'value', value: vi, only: 'vi' };
  if (en) return { kind: 'value', value: en, only: 'en' };
  return { kind: 'invalid', reason: 'not-a-number' };
}

// Excel's and LibreOffice's Vietnamese Currency and Accounting formats, saved as CSV "as shown",
// write the đồng sign beside the figure: "9.565.824.266 ₫", "₫ 9.565.824.266", "9.565.824đ",
// "- ₫" for zero. The sign says đồng and nothing else; "$", "USD" are no sign of đồng.
const DONG_SIGN_BEFORE = /^\s*(?:₫|đ|vn[dđ])\s*(?=[\d-])/iu;
const DONG_SIGN_AFTER = /(?<=[\d-])\s*(?:₫|đ|đồng|vn[dđ])\s*$/iu;

/**
 * A money cell with the đồng sign on one side, without it ("9.565.824.266 ₫" → "9.565.824.266");
 * null if it has none. Only money cells may carry it (read-csv.ts valueOf): "12 ₫" cases is refused.
 */
export function withoutDongSign(raw: string): string | null {
  const text = raw.normalize('NFC');
  const before = DONG_SIGN_BEFORE.exec(text);
  const after = DONG_SIGN_AFTER.exec(text);
  if (before && after) return null;
  if (before) return text.slice(before[0].length);
  if (after) return text.slice(0, after.index);
  return null;
}

/** Plain numbers only: digits with an optional dot decimal (`--number-format plain`). */
export function readPlainCell(raw: string): CellReading {
  if (raw.charCodeAt(raw.length - 1) === MARK_CODE) return readNumberCell(raw);
  const text = raw.trim();
  if (text === '' || LONE_DASH.has(text) || saysNothingArose(text)) return ZERO_READING;
  if (LEADING_ZERO.test(text)) return LEADING_ZERO_READING;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (m) return { kind: 'value', value: digitsToScaled(m[1]!, m[2] ?? '') };
  const zero = signedZero(text, readPlainCell);
  if (zero) return zero;
  const general = readCell(text);
  return general.kind === 'invalid' ? general : { kind: 'invalid', reason: 'not-a-number' };
}

/**
 * The characters of a cell that print as nothing or as a space, named ("U+200B"), for a message.
 * A workbook's number cell ends in NUMBER_CELL_MARK, the reader's own: the cell holds none of it.
 */
export function unseenCharacters(raw: string): string[] {
  const cell = raw.charCodeAt(raw.length - 1) === MARK_CODE ? raw.slice(0, -1) : raw;
  return [...new Set(cell.trim().match(/[\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g) ?? [])].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

export function describeInvalid(reason: InvalidReason): string {
  switch (reason) {
    case 'negative':
      return 'is negative';
    case 'exponent':
      return 'is written with an exponent';
    case 'percent':
      return 'is a percentage, not a figure';
    case 'leading-zero':
      return 'has a leading zero: a thousands group cut off by a comma outside quotes ("345,012" read as two cells)?';
    case 'date':
      return 'is a date, not a figure: Excel makes a date of a figure typed as "5-12" or "5/12" in a cell not formatted as a number, and the figure is lost';
    case 'form-mark':
      return 'is the forms\' mark for a cell not to be filled, not a figure: leave the cell empty (or write 0) where the office has none';
    case 'not-a-number':
      return 'is not a number';
  }
}

export interface Candidates {
  readonly vi: Scaled | null;
  readonly en: Scaled | null;
}

function isWhole(v: Scaled): boolean {
  return v.scale === 0 || v.units % 10n ** BigInt(v.scale) === 0n;
}

/** The readings still possible for a figure; counts admit whole numbers only (`1.050` cases is 1050). */
export function candidates(reading: CellReading, isCount: boolean): Candidates | 'zero' | 'non-integer' | InvalidReason {
  switch (reading.kind) {
    case 'zero':
      return 'zero';
    case 'invalid':
      return reading.reason;
    case 'value': {
      let vi = reading.only === 'en' ? null : reading.value;
      let en = reading.only === 'vi' ? null : reading.value;
      if (isCount) {
        if (vi && !isWhole(vi)) vi = null;
        if (en && !isWhole(en)) en = null;
      }
      return vi || en ? { vi, en } : 'non-integer';
    }
    case 'ambiguous': {
      // A count is a whole number in either reading: "5.000" cases is 5000 (vi) or 5 written
      // with three decimals (en: psql's NUMERIC(18,3), pandas' float_format="%.3f" write every
      // count so). Both whole, the cell stays ambiguous (SPEC §3) until another cell settles the
      // file (traps20 2: "779.000" was read 779000 in an English file, exit 0). "5.500" cases is
      // 5500 only. Readings keep the scale they were written with.
      const vi = !isCount || isWhole(reading.vi) ? reading.vi : null;
      const en = !isCount || isWhole(reading.en) ? reading.en : null;
      return vi || en ? { vi, en } : 'non-integer';
    }
  }
}

/**
 * A count written as thousands, "5.000" or "5,000" (one to three digits, a mark, three zeros):
 * the convention that reads its mark as a thousands group ("5.000" vi, "5,000" en); else null.
 */
export function thousandsCount(raw: string): Convention | null {
  const m = /^\s*\d{1,3}([.,])000\s*$/.exec(raw);
  return m === null ? null : m[1] === '.' ? 'vi' : 'en';
}

/**
 * What a figure's readings say of the file's convention: one of them (byCount: a count's whole
 * number or thousands group says it, not a mark only one convention writes), 'alike' (both read
 * it the same) or 'ambiguous' (both read it, differently: a later cell must settle it).
 */
export type ConventionSaid = { readonly convention: Convention; readonly byCount: boolean; readonly thousands: boolean } | 'alike' | 'ambiguous';

export function conventionSaid(cand: Candidates, reading: CellReading, raw: string, isCount: boolean): ConventionSaid {
  if (cand.vi && cand.en) {
    if (cand.vi.units === cand.en.units && cand.vi.scale === cand.en.scale) return 'alike';
    // A count's trailing group of zeros is a thousands group as offices write them ("5.000" cases
    // is 5000): it decides. (A program writing three decimals, psql's NUMERIC(18,3), pandas'
    // "%.3f", writes "779.000" for 779: such a file is read right with --number-format en, or
    // when one of its cells only English reads, which it then contradicts: MIXED_NUMBER_FORMAT.)
    const thousands = isCount ? thousandsCount(raw) : null;
    return thousands === null ? 'ambiguous' : { convention: thousands, byCount: true, thousands: true };
  }
  return { convention: cand.vi ? 'vi' : 'en', byCount: reading.kind === 'ambiguous', thousands: false };
}

/** What a figure cell holds when a number went wrong into it, in words a message can carry, and how to fix it. */
export interface FailedFigure {
  /** completes "the cell holds …": the Excel error #N/A */
  readonly holds: string;
  readonly hint: string;
  /** the whole message after the column's name, when "the cell holds …, not a figure" would not say it */
  readonly says?: string;
}

// A formula's failed result as a spreadsheet writes it into a CSV (Excel; LibreOffice's "Err:502").
const SPREADSHEET_ERROR = /^(?:#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)|Err:\d{3})$/i;
/** "#N/A", "#REF!", "Err:502": a formula's failed result as a spreadsheet saves it (also asked of name and header cells: formula-value-name.ts, headers.ts). */
export function isSpreadsheetError(text: string): boolean {
  return SPREADSHEET_ERROR.test(text.trim());
}
// "###": a number too wide for its column, saved as shown (LibreOffice "save cell content as shown").
const HASH_RUN = /^#+$/;
// Quotes and marks around a number that make it text: “2.100” (Word), '2100 (Excel's text prefix), *2100, ≈2100, •2100.
// (A loop, not a regex with lookbehind: a 1 MB cell is read in one pass.)
const WRAPPING_MARKS = ' \t\u00a0\'"`“”„‘’‚«»‹›*~≈#•·_^';

// What a roll-up writes for an office that gave no figure (folded as foldHeader folds): not yet
// reported, no report, not applicable ("Không phát sinh" is a zero: saysNothingArose). A fixed list, not "any text": titles,
// signatures and notes under the table stay text to skip.
// Still being compiled, not sent, not received, missing; a program's empty value ("NaN", "None").
const NO_FIGURE_WORDS = new Set([
  'chua bao cao', 'khong bao cao', 'chua co so lieu', 'khong co so lieu', 'n a', 'na', 'null', 'khong',
  'dang tong hop', 'chua gui bao cao', 'chua nhan duoc', 'dang cap nhat', 'chua co', 'chua bc', 'thieu', 'nan', 'none',
]);
// The same said in marks: "?", "…", "...", "(*)", "*".
const NO_FIGURE_MARKS = /^(?:\?+|…+|\.{2,}|\(\*\)|\*)$/;

/** "Chưa báo cáo", "N/A", "?": a cell that says the office gives no figure there. */
function saysNoFigure(text: string): boolean {
  return NO_FIGURE_MARKS.test(text) || NO_FIGURE_WORDS.has(foldHeader(text));
}

function unwrapped(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && WRAPPING_MARKS.includes(text[from]!)) from++;
  while (to > from && WRAPPING_MARKS.includes(text[to - 1]!)) to--;
  return text.slice(from, to);
}

/**
 * "#N/A", "###", "'2100": a cell a number went wrong into (null for any other text). Shared by
 * the CSV rules and the workbook reader, so both say the same of the same cell.
 */
export function failedFigure(raw: string): FailedFigure | null {
  const text = raw.trim();
  if (SPREADSHEET_ERROR.test(text)) {
    return { holds: `the Excel error ${text.toUpperCase()}`, hint: 'fix the formula the error comes from (a deleted row or column gives #REF!, a lookup of a missing name #N/A), then save or export again' };
  }
  if (HASH_RUN.test(text)) {
    return { holds: `"${text}", what a spreadsheet shows for a number too wide for its column`, hint: 'the file was saved with cells "as shown": widen the column (or save without that option) and export again' };
  }
  if (saysNoFigure(text)) {
    return {
      holds: `"${text}", which says the office gives no figure there`,
      says: `the cell says "${text}", that the office has not reported: its figures are unknown, and a total without them is no total`,
      hint: 'fill in the office\'s figures (0 where nothing arose), or take the office out of the table and say so beside the total',
    };
  }
  const inner = unwrapped(text);
  if (inner !== text && inner !== '') {
    const reading = readCell(inner);
    if (reading.kind === 'value' || reading.kind === 'ambiguous') {
      return { holds: `"${text}", a number wrapped in quotes or marks, which makes it text`, hint: `write the figure alone (${inner}), without the marks around it` };
    }
  }
  return null;
}
