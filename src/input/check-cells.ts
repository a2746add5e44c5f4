// A cell of a statistician's check row ("Kiểm tra", row-labels.ts isCheckRow): passed or failed.
// The rule is written once here; the CSV, fast and xlsx readers all reach it through read-csv.ts.

import { foldHeader } from '../domain/names.js';
import { NUMBER_CELL_MARK, readCell, type Scaled } from './numbers.js';

/**
 * The words a check formula writes when it passed: =IF(D18=SUM(D8:D17);"Đúng";"Sai"), "OK",
 * "Khớp", TRUE saved as text, English exports. Any other text ("Sai", "Lệch", "Không khớp",
 * "FALSE", "x") is the statistician's own check saying the table is wrong.
 */
const PASS_WORDS = new Set(['dung', 'ok', 'true', 'khop', 'pass', 'passed', 'match', 'matched']);
const EMPTY_OR_DASH = /^[-–—]?$/;
/** Excel's float residue as text: 9.09494701772928E-13, -1,4551915228366852E-11 */
const EXPONENT = /^(\d+)(?:[.,](\d+))?e([-+]?\d+)$/i;

/**
 * Whether one cell of a check row says the check passed: `logical` is what a logical formula
 * stored (TRUE / an empty text result), when it is one; else the empty cell, a pass word, or a
 * number of magnitude below 0.5 đồng — "-0", "(0)", "0,00", 9.09494701772928E-13 (what
 * =D18-SUM(D8:D17) leaves over money). `exponent` is the column's unit as a power of ten (3: a
 * figure in 1.000 đồng), so the half đồng is 0.5 of a unit in đồng or cases, 0.0005 in 1.000 đồng.
 * For a check row ONLY: an office's figure is never rounded so.
 */
export function checkCellPassed(raw: string, exponent: number, logical?: boolean): boolean {
  if (logical !== undefined) return logical;
  const text = raw.split(NUMBER_CELL_MARK).join('').trim();
  if (EMPTY_OR_DASH.test(text) || PASS_WORDS.has(foldHeader(text))) return true;
  // a check is a difference: its sign, a minus or the accounting format's brackets, says nothing of its size
  const size = text.replace(/^\((.*)\)$/, '$1').trim().replace(/^[-−–+]\s*/, '');
  if (size === '' || !/^\d/.test(size)) return false;
  const exp = EXPONENT.exec(size);
  if (exp) return belowHalf({ units: BigInt(exp[1]! + (exp[2] ?? '')), scale: (exp[2] ?? '').length - Number(exp[3]) }, exponent);
  const r = readCell(size);
  if (r.kind === 'zero') return true;
  if (r.kind === 'value') return belowHalf(r.value, exponent);
  // "0,3": both readings must be below it
  return r.kind === 'ambiguous' && belowHalf(r.vi, exponent) && belowHalf(r.en, exponent);
}

/** units × 10^(exponent − scale) < 0.5, exactly: 2 × units × 10^exponent < 10^scale. */
function belowHalf(v: Scaled, exponent: number): boolean {
  const shift = exponent - v.scale;
  return shift >= 0 ? 2n * v.units * 10n ** BigInt(shift) < 1n : 2n * v.units < 10n ** BigInt(-shift);
}
