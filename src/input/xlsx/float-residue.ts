// A number computed from its row's figures, read without their float error (round 85b, 01/02).
// A workbook stores a formula's result as a binary double. The template's remainder
// =Z8-AA8-AB8-AC8-AD8-AE8-AF8 of 3-decimal amounts (nghìn đồng), recalculated by LibreOffice,
// stores −8.44011083245277E-10 where the sheet shows 0,000 and 346426.862999999 where it shows
// 346.426,863: a remainder is far smaller than the figures it is taken from, so their float
// error sits in its own 15th digit or above, and reading it at 15 digits (cell-text.ts
// plainNumber) keeps the error. Its meaningful digits cannot be finer than the float error of
// its operands' largest M: it is read as the shortest decimal (fewest decimals) within
// 64 ulp(M) of the stored double, exactly (BigInt on the double's exact value).
//
// Why 64 ulp(M): a formula of up to ~30 operations on figures of at most M errs by at most
// n·u·M (u = ulp/2 relative), within 32 ulp(M); twice that for the operands' own rounding when
// stored. A genuine figure has no digit below 1e-13 of its row's largest (amounts in nghìn đồng
// have 3 decimals: 0,001 of 10^9 nghìn is 1e-12 of it), and 64 ulp(M) ≤ 2^-46·M ≈ 1.4e-14·M.
//
// M is taken over the operands only, and only for a formula that adds and subtracts cells of its
// own row (=Z8-AA8-…-AF8, =SUM(B8:F8)): M is then known. A figure of 15 digits has its last digit
// below 64 ulp of a larger figure of its row, so the row's largest will not do: a national
// "Tổng cộng" stores =SUM(F4:F66) = 63000000.063 beside 743400193507.083 (64 ulp = 0.0078), and
// thads' own workbook holds amounts in tỷ to the đồng (312345.123456789 beside 900000 cases).
// A typed number, a sum of other rows, any other formula: read at 15 digits, as ever.
import type { Term } from './stale-formulas.js';

const view = new DataView(new ArrayBuffer(8));

/** A finite double as mantissa · 2^exponent, exactly. */
function exactParts(n: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, n);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  if (biased !== 0) mantissa |= 1n << 52n;
  return { mantissa: n < 0 ? -mantissa : mantissa, exponent: (biased === 0 ? 1 : biased) - 1075 };
}

/** floor(log2 |n|) of a finite double other than 0, from its bits (Math.log2 may round up). */
function binaryExponent(n: number): number {
  const { mantissa, exponent } = exactParts(Math.abs(n));
  return mantissa.toString(2).length - 1 + exponent;
}

/**
 * The float error a number computed from a row whose largest magnitude is `largest` may carry,
 * as a power of two: 64 ulp(largest) = 2^(floor(log2 largest) − 46); null for a row of zeros.
 */
export function rowFloatError(largest: number): number | null {
  return largest > 0 && Number.isFinite(largest) ? binaryExponent(largest) - 46 : null;
}

/**
 * The largest magnitude among a formula's operands and its result, when its terms (stale-formulas.ts
 * simpleFormula) are cells of its own `row` and sheet; null otherwise, or when one is no number.
 * `valueAt(column)`: the row's stored number there (0 for an empty cell), null for no number.
 */
export function sameRowOperands(terms: readonly Term[] | null, row: number, result: number, valueAt: (column: number) => number | null): Operands | null {
  if (!terms) return null;
  let largest = Math.abs(result);
  let decimals = 0;
  for (const { area } of terms) {
    if (area.sheet !== null || area.top !== row || area.bottom !== row) return null;
    for (let column = area.left; column <= area.right; column++) {
      const v = valueAt(column);
      if (v === null) return null;
      largest = Math.max(largest, Math.abs(v));
      decimals = Math.max(decimals, decimalsOf(v));
    }
  }
  return { largest, decimals };
}

/** A formula's operands: the largest magnitude (its result's too), and the most decimals one has read at 15 digits. */
export interface Operands {
  readonly largest: number;
  readonly decimals: number;
}

/**
 * The decimals of `v` read at 15 significant digits (as cell-text.ts plainNumber reads it):
 * 673860745.404 → 3, 0.5 → 1, 1200 → 0. A sum or difference of such figures has no more:
 * its result is never read shorter (work87b 01/02: …745,404 nghìn read …745,40 where 64 ulp of
 * 6.7·10^11 is 0,0078, a true −0,004 read 0).
 */
function decimalsOf(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return 0;
  const [mantissa, exponent] = Math.abs(v).toExponential(14).split('e');
  const fraction = (mantissa!.split('.')[1] ?? '').replace(/0+$/, '');
  return Math.max(0, fraction.length - Number(exponent));
}

/** d / 10^k as plain digits, no trailing zero, no "-0". */
function decimalText(d: bigint, k: number): string {
  const negative = d < 0n;
  const digits = (negative ? -d : d).toString().padStart(k + 1, '0');
  const whole = digits.slice(0, digits.length - k);
  const fraction = digits.slice(digits.length - k).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * The decimal of fewest decimals, at least `from` and fewer than `decimals`, within 2^`error`
 * of `n` exactly; null when none is (the 15-digit reading stands).
 *
 *   346426.862999999, 2^-23 (M = 9770951.678) → "346426.863";  −8.44011083245277e-10 → "0"
 *   1234.5678, 2^-23 → null (1234.568 is 2e-4 away)
 */
export function shortestWithin(n: number, error: number, decimals: number, from = 0): string | null {
  if (!Number.isFinite(n)) return null;
  const { mantissa, exponent } = exactParts(n);
  // Everything in units of 2^-shift, so that n, the tolerance and each candidate are integers.
  const shift = Math.max(0, -exponent, -error);
  const value = mantissa << BigInt(exponent + shift);
  const tolerance = 1n << BigInt(error + shift);
  const unit = 1n << BigInt(shift);
  let power = 10n ** BigInt(from);
  for (let k = from; k < decimals; k++, power *= 10n) {
    const scaled = value * power;
    // the nearest multiple of 10^-k: if it is not within the tolerance, none is
    const half = unit / 2n;
    const d = scaled >= 0n ? (scaled + half) / unit : -((-scaled + half) / unit);
    const off = scaled - d * unit;
    if ((off < 0n ? -off : off) <= tolerance * power) return decimalText(d, k);
  }
  return null;
}
