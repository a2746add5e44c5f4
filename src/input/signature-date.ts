// The place-and-date line of the signature block under a table ("Nam Định, ngày | 05/10/2024",
// then "NGƯỜI LẬP BIỂU … THỦ TRƯỞNG ĐƠN VỊ"), its day in a cell of its own that happens to stand
// under a figure column: Excel makes a typed "05/10/2024" a date cell (read as that text,
// xlsx/cell-text.ts), a "Unicode Text" or CSV export keeps the text. A day is never a figure in
// any convention, and such a row names no office: below the table's rows it is the signature's,
// no figure (a text day, "ngày 05 tháng 10 năm 2024", was skipped already). read-csv.ts decides
// where: below rows with figures only, and a row with figures after it puts it back in the
// table, refused (readRow).
import { foldHeader } from '../domain/names.js';
import { looksNumeric } from './layout.js';

/** A whole day of one mark throughout: 05/10/2024, 5-10-2024, 5.10.2024 (never 5102024, a number). */
const WHOLE_DAY = /^\s*(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d\s*$/;

/**
 * The words of a place-and-date line, folded, before its day: "Nam Định, ngày", "TP. Hồ Chí
 * Minh, ngày", "Ngày", "Ngày lập biểu:", "Ngày báo cáo:", "Ngày in:". A place of a few words at most.
 */
const DATE_LINE_WORDS = /^(?:[a-z]+(?: [a-z]+){0,5} )?ngay(?: (?:lap(?: bieu| bao cao)?|bao cao|ky|in|xuat|gui|nop))?$/;

/** "05/10/2024": a cell holding one whole day and nothing else. */
export function isWholeDay(raw: string): boolean {
  return WHOLE_DAY.test(raw);
}

/**
 * The index of the one figure cell of `record` holding a day, when the row is a place-and-date
 * line: every other cell with a number empty, and the rest of its cells (the office's, the
 * STT's, any other column's), read in order, the words before a day or nothing ("05/10/2024"
 * alone). Null for any other row: an office's name beside it, a second day, a figure, other words.
 */
export function signatureDateCell(record: readonly string[], figureColumns: readonly number[]): number | null {
  const days = figureColumns.filter((i) => isWholeDay(record[i] ?? ''));
  if (days.length !== 1) return null;
  const day = days[0]!;
  if (figureColumns.some((i) => i !== day && looksNumeric(record[i] ?? ''))) return null;
  const words = foldHeader(record.filter((c, i) => i !== day && c.trim() !== '').join(' '));
  return words === '' || DATE_LINE_WORDS.test(words) ? day : null;
}
