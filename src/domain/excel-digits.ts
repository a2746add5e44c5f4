// Excel keeps 15 significant digits of a number (SPEC §8: the workbook's figures are number
// cells). The writer rounds a longer figure to them; the reader of thads' own workbook refuses
// a figure that may have been so rounded. Both count digits here, once.
import { D } from './decimal.js';

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
