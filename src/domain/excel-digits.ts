// Excel keeps 15 significant digits of a number (SPEC §8: the workbook's figures are number
// cells). The writer rounds a longer figure to them; the reader of thads' own workbook refuses
// a figure that may have been so rounded. Both count digits here, once.
import { D, type Dec } from './decimal.js';

/** Significant digits Excel keeps of a number; a decimal with at most this many survives a double exactly. */
export const EXCEL_DIGITS = 15;

/** "-0012300.4500" → 6 (12300.45: the digits between the first and the last non-zero one) */
export function significantDigits(plain: string): number {
  return plain.replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * A plain decimal as Excel can hold it: rounded half-up on the exact decimal (never a double)
 * to EXCEL_DIGITS significant digits, in plain digits. "2625.342120323852" → "2625.34212032385";
 * "123456789012345.678" → "123456789012346"; a decimal of at most 15 digits comes back as given.
 */
export function toExcelDigits(plain: string): { readonly text: string; readonly rounded: boolean } {
  if (significantDigits(plain) <= EXCEL_DIGITS) return { text: plain, rounded: false };
  return { text: new D(plain).toSignificantDigits(EXCEL_DIGITS).toFixed(), rounded: true };
}

/** The unit of the last digit Excel keeps of `x` (its 15th significant): 746352801664.381 → 0.001; 0 → 0. */
export function unitOfExcelDigit(x: Dec): Dec {
  return x.isZero() ? new D(0) : new D(10).pow(x.e - (EXCEL_DIGITS - 1));
}

/** 2^-53: the unit roundoff of a binary double, the number Excel adds in. */
const UNIT_ROUNDOFF = new D(2).pow(-53);

/** 2^53: below it every whole number is a double, and so is the sum of two (Excel holds numbers as doubles). */
const EXACT_DOUBLES = new D(2).pow(53);

/**
 * Whether `declared`, a total an office row may state, agrees with `sum`, the exact sum of the
 * `rows` figures under it (non-negative: NEGATIVE_VALUE refuses any other), as Excel's =SUM
 * writes it. Excel adds in binary doubles and keeps 15 significant digits of the result, so a
 * total of 15 or more digits (counted down to the finest decimal either figure has) may differ
 * from the exact sum by the float residue; a total of fewer must equal it. `wholeIn`: a unit
 * every row is a whole number of, as Excel held it (the unit its column is written in, in the
 * figures' own unit: 1000 for a column in nghìn read into đồng); null: not known to be.
 *
 * The bound. Each cell xᵢ becomes the nearest double xᵢ(1+δᵢ), |δᵢ| ≤ u = 2^-53; adding the n
 * doubles left to right errs by at most γₙ₋₁·Σ|x̂ᵢ| (Higham, Accuracy and Stability, §4.2,
 * γₖ = ku/(1−ku)), so the stored double ŝ is within u·Σ|xᵢ| + γₙ₋₁(1+u)·Σ|xᵢ| ≤ γₙ·Σ|xᵢ| of
 * the exact sum. Read at 15 digits (xlsx: cell-text.ts plainNumber; a CSV saved "as shown")
 * it moves by at most half a unit of its 15th digit, that of the figure read (rounding up
 * to a power of ten only enlarges that unit). Hence |declared − sum| ≤ γₙ·Σ|xᵢ| + ½·unit.
 * Σ|xᵢ| = sum: figures are non-negative.
 *
 * Whole rows. Let every row be a whole number of `wholeIn` and sum/wholeIn < 2^53. In that unit
 * each row is an integer below 2^53 (rows are non-negative: each ≤ the sum), so δᵢ = 0; every
 * partial sum is an integer ≤ the sum < 2^53, a double itself, and IEEE addition returns the
 * exact result when it is representable: ŝ = sum, no residue. (The unit is a scale: Excel held
 * sum/wholeIn, and significant digits do not depend on it.) The 15-digit reading is then the
 * sum itself when it has at most 15 significant digits, else within ½·unit of its 15th digit:
 * a total 4 đồng off 572.827.243.500.119 đồng is a wrong figure, not a residue (γₙ·sum would
 * have forgiven it, 4,5 đồng over 63 rows). Rows with decimals (3 of nghìn), or a sum reaching
 * 2^53, keep the bound above.
 *
 * Fewer digits. Let the total have at most 14 digits down to its last decimal q (0.001 nghìn):
 * |sum| < 10^14·q. Excel's reading of it is the exact sum, or has a digit below q (a 15th,
 * counted above, so the bound judges it), or is another figure of q's, at least q away: that
 * needs a residue ≥ q − ½·q/10, while γₙ·|sum| < n·u·10^14·q ≈ n·0.0111·q — impossible up to
 * 85 rows, and beyond only if nearly every addition rounds the same way (never in the test's
 * random 700-row tables). So a total of fewer digits must equal its rows: a missing đồng
 * there is a real one (the bound alone would forgive 5 of them over 700 rows).
 */
export function agreesWithExcelSum(declared: Dec, sum: Dec, rows: number, wholeIn: Dec | null = null): boolean {
  if (declared.eq(sum)) return true;
  const larger = declared.abs().gt(sum.abs()) ? declared.abs() : sum.abs();
  const digits = larger.e + 1 + Math.max(declared.decimalPlaces(), sum.decimalPlaces());
  if (digits < EXCEL_DIGITS || rows < 1) return false;
  const halfDigit = unitOfExcelDigit(declared).div(2);
  if (wholeIn !== null && sum.abs().lt(EXACT_DOUBLES.times(wholeIn))) return sum.sd() > EXCEL_DIGITS && declared.minus(sum).abs().lte(halfDigit);
  const nu = UNIT_ROUNDOFF.times(rows);
  const residue = nu.div(new D(1).minus(nu)).times(sum.abs());
  return declared.minus(sum).abs().lte(residue.plus(halfDigit));
}

/**
 * The line under the table of a workbook in which some figure of the offices' (a field, which
 * thads reads back) was rounded: the user is told where the exact figures are, and thads,
 * reading the workbook back, that it holds such a figure.
 */
export const ROUNDED_NOTE: Readonly<Record<'en' | 'vi', string>> = {
  en: "Figures of more than 15 significant digits are rounded to 15, Excel's limit; thads' CSV and JSON outputs carry them exactly.",
  vi: 'Số liệu có hơn 15 chữ số có nghĩa được làm tròn đến 15 chữ số, giới hạn của Excel; bản CSV và JSON do thads xuất ra ghi chính xác các số liệu này.',
};

/** The line when only amounts thads computed (required, above target, change) were rounded: thads recomputes them, and reads the workbook back. */
export const RESULTS_ROUNDED_NOTE: Readonly<Record<'en' | 'vi', string>> = {
  en: "Computed amounts (required, above target, change) of more than 15 significant digits are rounded to 15, Excel's limit; thads' CSV and JSON outputs carry them exactly.",
  vi: 'Số tiền tính ra (phải đạt, vượt chỉ tiêu, tăng giảm) có hơn 15 chữ số có nghĩa được làm tròn đến 15 chữ số, giới hạn của Excel; bản CSV và JSON do thads xuất ra ghi chính xác các số này.',
};
