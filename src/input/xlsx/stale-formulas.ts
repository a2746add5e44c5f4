// Formulas whose stored result contradicts the cells they name (round 70b, 01). A program that
// fills a template (exceljs: readFile → write the figures → writeFile) keeps each formula's
// stored result as the template had it — 0, or last year's — and asks for no recalculation;
// Excel recalculates on opening, so the office sees the right figures and sends the file as it
// is, while thads reads what is stored. For a formula simple enough to judge — one cell
// (`=C7`, `=SoLieu!C7`, `='Số liệu'!$C$7`), SUM of one range, a +/- chain of these — its result
// is worked out from the stored cells and compared with the stored one. Anything else (another
// function, a product, an external workbook's cell, a sheet the workbook lacks, a text cell
// among those named) is not judged: its stored result is read as ever.
import type { Readable } from 'node:stream';
import { D, type Dec } from '../../domain/decimal.js';
import { unitOfExcelDigit } from '../../domain/excel-digits.js';
import { plainNumber } from './cell-text.js';
import { FormulaTexts } from './formula-refs.js';
import { readSheetRows, type RawCell } from './sheet-xml.js';

/** A rectangle of cells of one sheet (`sheet` null: the formula's own). Columns and rows 1-based. */
interface Area {
  readonly sheet: string | null;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** One term of a simple formula: its cells added (SUM) or the one cell, with its sign. */
export interface Term {
  readonly sign: 1 | -1;
  readonly area: Area;
}

/** Cells a formula may name and still be judged (a SUM over a long column of offices is fine). */
const MAX_AREA_CELLS = 100_000;

/** 'Số liệu'! ('' is a quote), SoLieu! — never [1]Sheet1! (another workbook). */
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!`;
const CELL = String.raw`\$?([A-Z]{1,3})\$?([1-9]\d{0,6})`;
const AREA = `(?:${SHEET})?${CELL}(?::${CELL})?`;
const SUM_TERM = new RegExp(String.raw`\s*SUM\s*\(\s*${AREA}\s*\)\s*`, 'iuy');
const CELL_TERM = new RegExp(String.raw`\s*${`(?:${SHEET})?${CELL}`}(?![\p{L}\p{N}_(!:])\s*`, 'iuy');
const SIGN = /\s*([+-])/y;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function areaOf(m: RegExpExecArray): Area | null {
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const c1 = columnNumber(m[3]!);
  const r1 = Number(m[4]);
  const c2 = m[5] !== undefined ? columnNumber(m[5]) : c1;
  const r2 = m[6] !== undefined ? Number(m[6]) : r1;
  if (Math.max(c1, c2) > 16_384 || Math.max(r1, r2) > 1_048_576) return null;
  const area = { sheet, left: Math.min(c1, c2), right: Math.max(c1, c2), top: Math.min(r1, r2), bottom: Math.max(r1, r2) };
  return (area.right - area.left + 1) * (area.bottom - area.top + 1) <= MAX_AREA_CELLS ? area : null;
}

/**
 * A formula's text (with or without "=") as the terms it adds, when it is simple; else null.
 *
 *   "SoLieu!C7" → [+C7 of SoLieu];  "SUM(F7:G7)" → [+F7:G7];  "C7-D7+'Số liệu'!$E$7" → [+C7, −D7, +E7 of Số liệu]
 *   "F7/E7", "SUM(F7:G7,H7)", "[1]Sheet1!A1", "ROUND(C7,0)", "C:C" → null
 */
export function simpleFormula(formula: string): Term[] | null {
  const text = formula.trim().replace(/^=/, '');
  const terms: Term[] = [];
  let at = 0;
  let sign: 1 | -1 = 1;
  SIGN.lastIndex = 0;
  const leading = SIGN.exec(text);
  if (leading) {
    sign = leading[1] === '-' ? -1 : 1;
    at = SIGN.lastIndex;
  }
  for (;;) {
    let m: RegExpExecArray | null = null;
    for (const pattern of [SUM_TERM, CELL_TERM]) {
      pattern.lastIndex = at;
      m = pattern.exec(text);
      if (m) {
        at = pattern.lastIndex;
        break;
      }
    }
    const area = m && areaOf(m);
    if (!area) return null;
    terms.push({ sign, area });
    if (at === text.length) return terms;
    SIGN.lastIndex = at;
    const next = SIGN.exec(text);
    if (!next) return null;
    sign = next[1] === '-' ? -1 : 1;
    at = SIGN.lastIndex;
  }
}

/** A stored number (xsd:double): "5513", "9565824.266000001", "1E-3". */
const XML_NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * What a stored cell counts for in a simple formula: its number as Excel shows it at full
 * precision (15 digits, as thads reads it: cell-text.ts plainNumber), 0 for an empty cell; null
 * for a cell that is no number (text, TRUE, an error, a date stored as text): not judged.
 */
export function storedNumber(cell: RawCell | undefined): Dec | null {
  if (!cell || cell.value === undefined) return new D(0);
  if (cell.type !== undefined && cell.type !== 'n') return null;
  if (cell.value.trim() === '') return cell.formula === undefined ? new D(0) : null;
  return XML_NUMBER.test(cell.value) ? new D(plainNumber(Number(cell.value))) : null;
}

/** A formula cell to judge: where it is, its text, its terms (their sheets named) and its stored result. */
export interface FormulaCell {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly terms: readonly { readonly sign: 1 | -1; readonly sheet: string; readonly area: Area }[];
  readonly stored: Dec;
}

/** Cells of one sheet by place: row × 16384 + column. */
export const cellKey = (row: number, column: number): number => row * 16_384 + column;

/** A simple formula whose stored result is not what its cells give. */
export interface StaleResult {
  readonly stored: string;
  readonly gives: string;
}

/**
 * Whether `cell`'s stored result is what its terms give from `values` (by sheet, then cellKey;
 * a cell absent is empty): the result when it is not; null when it is, or cannot be judged.
 *
 * Excel adds binary doubles and stores the result's 17 digits; thads reads each cell at Excel's
 * 15. The sum of the cells as read is exact (Decimal), so it may differ from the stored result
 * by the rounding of each operand to 15 digits: a difference within one unit of the 15th digit
 * of the largest of them per operand is that rounding, not a stale result
 * (`=A1-B1` of 1234567.891 and 1234567.89 stores 9.9999999776482582E-4, not 0.001).
 */
export function staleResult(cell: FormulaCell, values: ReadonlyMap<string, ReadonlyMap<number, Dec | null>>): StaleResult | null {
  let sum = new D(0);
  let largest = cell.stored.abs();
  let operands = 0;
  for (const { sign, sheet, area } of cell.terms) {
    const cells = values.get(sheet);
    if (!cells) return null;
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) {
        const value = cells.has(cellKey(row, column)) ? cells.get(cellKey(row, column))! : new D(0);
        if (value === null) return null;
        if (value.isZero()) continue;
        operands++;
        sum = sign === 1 ? sum.plus(value) : sum.minus(value);
        if (value.abs().gt(largest)) largest = value.abs();
      }
    }
  }
  const difference = sum.minus(cell.stored).abs();
  if (difference.isZero()) return null;
  if (!largest.isZero() && difference.lte(unitOfExcelDigit(largest).times(Math.max(operands, 1)))) return null;
  return { stored: cell.stored.toFixed(), gives: sum.toFixed() };
}

/** Cells of other sheets looked up at most, over all formulas: beyond, the rest are not judged. */
const MAX_LOOKED_UP = 1_000_000;

/** A sheet's name as a formula writes it → the workbook's (Excel matches them whatever the case); null: no such sheet. */
function sheetNamed(name: string, sheets: readonly string[]): string | null {
  if (sheets.includes(name)) return name;
  const fold = (s: string) => s.normalize('NFC').toLowerCase();
  return sheets.find((s) => fold(s) === fold(name)) ?? null;
}

/**
 * The simple formulas of sheet `target` whose stored result is not what their cells give, by
 * cellKey. `sheets` are the workbook's sheet names, `open` streams one's part (null: none, a
 * chart sheet). A sheet that cannot be read leaves the formulas over it unjudged (the reader of
 * the target sheet says what is wrong with it).
 */
export async function staleResults(target: string, sheets: readonly string[], open: (sheet: string) => Promise<Readable | null>, file: string): Promise<Map<number, StaleResult & { readonly formula: string }>> {
  const found = new Map<number, StaleResult & { readonly formula: string }>();
  const cells: FormulaCell[] = [];
  /** by sheet, the cells the formulas name */
  const named = new Map<string, Set<number>>();
  let lookedUp = 0;
  try {
    const part = await open(target);
    if (!part) return found;
    const texts = new FormulaTexts();
    for await (const batch of readSheetRows(part, { file, sheet: target })) {
      for (const row of batch) {
        for (const cell of row.cells) {
          const formula = texts.text(cell, row.number);
          if (formula === null || cell.value === undefined) continue;
          const stored = storedNumber(cell);
          const terms = stored && simpleFormula(formula);
          if (!stored || !terms) continue;
          const resolved = terms.map(({ sign, area }) => ({ sign, area, sheet: area.sheet === null ? target : sheetNamed(area.sheet, sheets) }));
          if (resolved.some((t) => t.sheet === null)) continue;
          const size = terms.reduce((n, { area }) => n + (area.right - area.left + 1) * (area.bottom - area.top + 1), 0);
          if (lookedUp + size > MAX_LOOKED_UP) continue;
          lookedUp += size;
          for (const { sheet, area } of resolved) {
            const keys = named.get(sheet!) ?? named.set(sheet!, new Set()).get(sheet!)!;
            for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) keys.add(cellKey(r, c));
          }
          cells.push({ row: row.number, column: cell.column, formula: `=${formula}`, terms: resolved as FormulaCell['terms'], stored });
        }
      }
    }
  } catch {
    return found;
  }
  const values = new Map<string, Map<number, Dec | null>>();
  for (const [sheet, keys] of named) {
    const read = new Map<number, Dec | null>();
    try {
      const part = await open(sheet);
      if (!part) continue;
      for await (const batch of readSheetRows(part, { file, sheet })) for (const row of batch) for (const cell of row.cells) if (keys.has(cellKey(row.number, cell.column))) read.set(cellKey(row.number, cell.column), storedNumber(cell));
      values.set(sheet, read);
    } catch {
      // (unreadable: its formulas are not judged)
    }
  }
  for (const cell of cells) {
    const stale = staleResult(cell, values);
    if (stale) found.set(cellKey(cell.row, cell.column), { ...stale, formula: cell.formula });
  }
  return found;
}
