// A workbook cell → the text the layout rules read, as Excel's own "Save as CSV" would give it
// for text, and exactly for numbers: a number cell is the decimal Excel displays at full
// precision (15 significant digits), never a binary float carried into the sums; a formula's
// result from its row's figures, without their float error (float-residue.ts). Cells that
// cannot be a figure (a date, TRUE/FALSE, #REF!, a formula without a stored result) are given
// as text the number rules reject, and remembered, so the message can say what the cell holds.
import { NUMBER_CELL_MARK } from '../numbers.js';
import { parseFormatUnit, parseUnitLine } from '../units.js';
import { formulaMayGiveText } from './formula-gives-text.js';
import { rowFloatError, shortestWithin, type Operands } from './float-residue.js';
import { formatLiteral, readNumberFormat, shownText } from './number-format.js';
import type { CellScale } from './scaled-money.js';
import type { RawCell } from './sheet-xml.js';

/** A cell that is no figure, whatever column it turns out to be in. */
export interface OddCell {
  /**
   * formula: no stored result; formula-nan: a stored result that is empty or no number;
   * formula-empty: a stored result of empty text (=IF(…,"",…)): a blank row's cell where the whole
   * row is blank, else no figure;
   * formula-stale: a stored result the workbook asks to recalculate on opening, or one its simple
 * formula contradicts (`differs`);
   * not-a-number: a number cell whose stored value is no number (a writer's fault);
   * scaled-by-condition: a format whose sections, chosen by value, show it ÷ 1000 or not
   */
  readonly kind: 'date' | 'boolean' | 'error' | 'formula' | 'formula-nan' | 'formula-empty' | 'formula-stale' | 'percent' | 'not-a-number' | 'scaled-by-condition';
  /** what Excel shows: 30/09/2019, TRUE, #REF!, =SUM(C7:C13), 93.9% */
  readonly shown: string;
  /**
   * formula-empty: its "" is read as the empty cell Excel shows (0 in a figure column, as in the
   * sheet saved as CSV): its formula is known, can give text and catches no error (emptyTextMeansBlank), and the
   * workbook does not ask to be recalculated. Unset: no figure (FORMULA_NO_RESULT) in a row that
   * holds anything else.
   */
  readonly blank?: true;
  /** formula-stale in a workbook not asking to be recalculated: the result stored, and what its formula gives (stale-formulas.ts) */
  readonly differs?: { readonly stored: string; readonly gives: string; readonly circular?: true };
  /** formula-stale in a workbook saved without recalculating (calcMode manual, calcOnSave 0) whose formula thads cannot work out */
  readonly savedUncalculated?: true;
}

export interface CellText {
  readonly text: string;
  readonly odd?: OddCell;
  /** a number cell other than 0: the scale of its format (scaled-money.ts) */
  readonly scale?: CellScale;
}

const EMPTY: CellText = { text: '' };

/**
 * `n` as Excel displays it at full precision, in plain digits:
 * 0.1 + 0.2 → "0.3"; 1e21 → "1000000000000000000000"; 1234567.8901234567 → "1234567.89012346".
 */
export function plainNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n === 0 ? 0 : n);
  // JavaScript's shortest round-trip form, when it has at most 15 digits, is what 15-digit
  // rounding gives too (the double is within half an ulp of it, far less than half a step of
  // the 15th digit): most cells take this way, without toPrecision.
  const shortest = String(n);
  if (shortest.length <= 16 && !shortest.includes('e') && shortest.replace(/^-?0*\.?0*/, '').replace('.', '').length <= 15) return shortest;
  const [mantissa, exponent] = n.toPrecision(15).split('e') as [string, string | undefined];
  const negative = mantissa.startsWith('-');
  const [int, frac = ''] = (negative ? mantissa.slice(1) : mantissa).split('.') as [string, string | undefined];
  let digits = int + frac;
  let point = int.length + Number(exponent ?? 0);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(point).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/**
 * A decimal's text with the point moved `places` to the left, digit by digit (no float division):
 * "1234567000", 3 → "1234567"; "1234500000", 6 → "1234.5"; "12.5", 3 → "0.0125".
 */
export function shiftPointLeft(text: string, places: number): string {
  if (places === 0) return text;
  const negative = text.startsWith('-');
  const [int, frac = ''] = (negative ? text.slice(1) : text).split('.') as [string, string | undefined];
  const padded = int.padStart(places + 1, '0');
  const whole = padded.slice(0, -places).replace(/^0+(?=\d)/, '');
  const fraction = (padded.slice(-places) + frac).replace(/0+$/, '');
  const shifted = fraction ? `${whole}.${fraction}` : whole;
  return negative && /[1-9]/.test(shifted) ? `-${shifted}` : shifted;
}

/**
 * `n` at 15 digits (plainNumber); with `residue` (a number computed from its row's figures,
 * float-residue.ts), the shortest decimal within 2^error of it when one is shorter, never
 * shorter than its operands' decimals.
 */
function figureDigits(n: number, residue: Residue | null): string {
  const plain = plainNumber(n);
  const dot = plain.indexOf('.');
  if (residue === null || dot < 0) return plain;
  return shortestWithin(n, residue.error, plain.length - dot - 1, residue.decimals) ?? plain;
}

/** The float error (a power of two) a formula's result may carry, and the decimals its operands have (float-residue.ts). */
interface Residue {
  readonly error: number;
  readonly decimals: number;
}

function residueOf(operands: Operands | null): Residue | null {
  const error = operands === null ? null : rowFloatError(operands.largest);
  return error === null ? null : { error, decimals: operands!.decimals };
}

/**
 * A number cell's text: whole numbers plain ("5513"), fractions marked as typed (see
 * NUMBER_CELL_MARK). `thousands` is the scale of its format: `#,##0,` shows 1234567000 as
 * 1,234,567, and the unit line ("nghìn đồng") speaks of what the sheet shows. `residue`:
 * see figureDigits.
 */
export function numberCellText(n: number, thousands = 0, residue: Residue | null = null): string {
  const text = shiftPointLeft(figureDigits(n, residue), 3 * thousands);
  return text.includes('.') ? text + NUMBER_CELL_MARK : text;
}

function dateText(d: Date): string {
  // exceljs reads a date cell as UTC midnight of the day Excel shows.
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

/** Excel's serial day number → the day it shows (a 1904 workbook counts from 1 January 1904). */
function serialDate(n: number, date1904 = false): Date {
  return new Date(Math.round((n + (date1904 ? 1462 : 0) - 25569) * 86_400_000));
}

/** An ISO 8601 date cell's value (t="d": "2019-09-30T00:00:00Z") → the day it shows; else as stored. */
function isoDateShown(text: string): string {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text.trim();
}

function odd(kind: OddCell['kind'], shown: string, text = shown): CellText {
  return { text, odd: { kind, shown } };
}

function numberWithFormat(n: number, format: string | undefined, date1904 = false, residue: Residue | null = null): CellText {
  // A formula whose stored result is an error (exceljs reads its text as a number: NaN).
  if (Number.isNaN(n)) return odd('error', 'an error value', '#VALUE!');
  const reading = readNumberFormat(format);
  if (reading.kind === 'date') return odd('date', dateText(serialDate(n, date1904)));
  if (reading.kind === 'percent') return odd('percent', `${plainNumber(n * 100)}%`);
  if (reading.kind === 'scaled-by-condition') return odd('scaled-by-condition', `${plainNumber(n)} with the format ${format}`);
  const text = numberCellText(n, reading.thousands, residue);
  if (n === 0 || text === '0') return { text };
  const literal = formatLiteral(format);
  // A unit line kept as a number, its words written by the format (`"Đơn vị tính: "#,##0" đồng"`
  // on 1000 shows "Đơn vị tính: 1,000 đồng"): the line the sheet shows, no figure.
  if (/\p{L}/u.test(literal.label)) {
    const shown = `${literal.label}${text}${literal.tail}`;
    if (parseUnitLine(shown)?.kind === 'money') return { text: shown };
  }
  const unit = parseFormatUnit(literal.text, literal.before);
  return { text, scale: { thousands: reading.thousands, format: format ?? 'General', ...(unit ? { unit } : {}) } };
}

interface RichText {
  readonly richText: readonly { readonly text: string }[];
}

function isRich(v: object): v is RichText {
  return Array.isArray((v as RichText).richText);
}

/**
 * exceljs' value of one cell (streaming reader) → text. `sharedStrings` holds the workbook's
 * shared strings when the reader hands over indexes; `format` is the cell's number format.
 */
export function cellText(value: unknown, format: string | undefined, sharedStrings: readonly string[]): CellText {
  if (value === null || value === undefined) return EMPTY;
  switch (typeof value) {
    case 'string':
      return { text: value };
    case 'number':
      return numberWithFormat(value, format);
    case 'boolean':
      return odd('boolean', value ? 'TRUE' : 'FALSE');
    case 'object':
      break;
    default:
      return { text: String(value) };
  }
  if (value instanceof Date) {
    return odd('date', Number.isNaN(value.getTime()) ? '0/0/0' : dateText(value));
  }
  const v = value as Record<string, unknown>;
  if (typeof v.sharedString === 'number') return { text: sharedStrings[v.sharedString] ?? '' };
  if (isRich(v)) return { text: v.richText.map((r) => r.text ?? '').join('') };
  if (typeof v.error === 'string') return odd('error', v.error);
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result;
    const formula = typeof v.formula === 'string' && v.formula !== '' ? `=${v.formula}` : 'a shared formula';
    if (result === undefined || result === null) return odd('formula', formula);
    // =IFERROR(VLOOKUP(…),"") after a failed lookup stores empty text: no figure, never an empty cell's 0
    if (typeof result === 'string' && result.trim() === '') return odd('formula-empty', formula, '');
    // <v/> (openpyxl's "no result") and an error result (<v>#REF!</v>) both reach us as NaN.
    if (typeof result === 'number' && Number.isNaN(result)) return odd('formula-nan', formula);
    if (typeof result === 'object' && result !== null && typeof (result as { error?: unknown }).error === 'string') return odd('error', (result as { error: string }).error);
    return cellText(result, format, sharedStrings);
  }
  if (typeof v.text === 'string') return { text: v.text };
  return EMPTY;
}

/** IFERROR(…,""), IFNA, IF(ISERROR(…),"",…): functions that turn an error into the text given. */
const CATCHES_ERROR = /\b(IFERROR|IFNA|ISERROR|ISERR|ISNA)\s*\(/i;

/**
 * Whether a formula's stored "" is an empty cell: =IF(B5="","",B5*2) shows blank because B5 is
 * blank, as the sheet saved as CSV does. An "" that stands for an error it caught
 * (=IFERROR(VLOOKUP(…),""): a lookup that failed) is a missing figure, never 0; so is the ""
 * of a formula whose text is unknown (null: a shared formula without its master), and that of
 * one which cannot give text (=C4-15: arithmetic gives a number or an error, so its "" is a
 * result never calculated).
 */
export function emptyTextMeansBlank(formula: string | null): boolean {
  return formula !== null && formula !== '' && !CATCHES_ERROR.test(formula) && formulaMayGiveText(formula);
}

/** What the workbook says about all its cells. */
export interface WorkbookFacts {
  /** dates count from 1904 */
  readonly date1904?: boolean;
  /** <calcPr fullCalcOnLoad="1"/>: stored formula results may be stale (workbook-xml.ts) */
  readonly recalcOnLoad?: boolean;
}

/** A number as the XML stores it (xsd:double, finite): "5513", "1200.0000000000002", "1E-3". */
const XML_NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A stored cell's number (a formula's result too), 0 for an empty cell, null for none: what a formula of its row counts it for (float-residue.ts). */
export function storedCellNumber(cell: RawCell | undefined): number | null {
  if (!cell || cell.value === undefined || (cell.value.trim() === '' && cell.formula === undefined)) return 0;
  if ((cell.type !== undefined && cell.type !== 'n') || !XML_NUMBER.test(cell.value)) return null;
  const n = Number(cell.value);
  return Number.isFinite(n) ? n : null;
}

/**
 * A cell as the sheet's XML stores it (sheet-xml.ts) → text. `strings` are the shared strings
 * (the caller has checked that a t="s" index is among them); `format` is the number format of
 * the cell's style; `operands` the largest of its formula's operands in its row
 * (float-residue.ts sameRowOperands), of whose float error its result is read clean.
 *
 *   <c t="d"><v>2019-09-30T00:00:00Z</v></c>  → a date (30/09/2019), never the number 2019
 *   <c><v></v></c>                            → an empty cell, which SPEC §3 reads as 0
 *   <c><v>12abc</v></c>                       → no number: refused, never 12
 */
export function xmlCellText(cell: RawCell, format: string | undefined, strings: readonly string[], workbook: WorkbookFacts = {}, operands: Operands | null = null): CellText {
  const { type, value, formula } = cell;
  const date1904 = workbook.date1904 === true;
  if (formula !== undefined) {
    const shown = formula !== '' ? `=${formula}` : 'a shared formula';
    if (value === undefined) return odd('formula', shown);
    // openpyxl's <v/> ("never calculated") and a result no number both say: recalculate.
    // =IFERROR(VLOOKUP(…),"") after a failed lookup stores empty text (t="str", <v></v>): no
    // figure, never an empty cell's 0 (round 33b, 01); untyped, <v/> is a result never calculated
    if (type === 'str' && value.trim() === '') return odd('formula-empty', shown, '');
    const result = typedValue(type, value) ?? (XML_NUMBER.test(value) ? numberWithFormat(Number(value), format, date1904, residueOf(operands)) : odd('formula-nan', shown));
    // A result that would be read, but which the workbook itself says may be out of date.
    return workbook.recalcOnLoad && !result.odd ? odd('formula-stale', shown) : result;
  }
  if (value === undefined) return EMPTY;
  if (type === 's') return { text: shownText(strings[Number(value)] ?? '', format) };
  const typed = typedValue(type, value);
  if (typed) return type === 'str' || type === 'inlineStr' ? { text: shownText(typed.text, format) } : typed;
  if (value.trim() === '') return EMPTY;
  if (XML_NUMBER.test(value)) return numberWithFormat(Number(value), format, date1904);
  // Digits with a comma or inner spaces ("1,5", "1.234,5", "1 500": a writer that formatted the
  // number in its locale) are no xsd:double, and Excel shows no such number: marked as a number
  // cell, which the number rules read in no convention, so refused here — never read as text in
  // the file's convention (1,5 → 1.5, or 15, or 1500 beside "1,500"). Words stay text.
  const trimmed = value.trim();
  return odd('not-a-number', trimmed, LOCALE_DIGITS.test(trimmed) ? trimmed + NUMBER_CELL_MARK : trimmed);
}

/** A number as a program writes it for people: digits with separators, perhaps a sign. */
const LOCALE_DIGITS = /^[+-]?[\d.,\s]*\d[\d.,\s]*$/;

/** A stored value whose type says it is no number (text, an error, a logical value, a date), or null. */
function typedValue(type: string | undefined, value: string): CellText | null {
  switch (type) {
    case 'str':
    case 'inlineStr':
      return { text: value };
    case 'e':
      return odd('error', value.trim());
    case 'b':
      return odd('boolean', isTrue(value) ? 'TRUE' : 'FALSE');
    case 'd':
      return odd('date', isoDateShown(value));
    default:
      return null;
  }
}

function isTrue(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v !== '0' && v !== 'false';
}
