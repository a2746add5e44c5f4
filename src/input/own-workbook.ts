// thads' own workbook read back (layout.ts ownWorkbook): Excel keeps 15 significant digits, so
// the writer (output/xlsx.ts) rounds a longer figure to them and says so under the table. A sum
// of such a figure could be off in its last digits: the workbook is refused, never added up.
// A figure of 15 digits may be one so rounded (26295.877547383662 is written 26295.8775473837);
// one rounded into trailing zeros (1.234567890123396 → 1.2345678901234) shows fewer, which the
// note line under the table still gives away. One of more than 15 is no rounded number but the
// exact text an earlier thads wrote: read. (Only the reference reader reads these files:
// the fast path gives a file of thads' own output up, fast/header-line.ts.)
import { EXCEL_DIGITS, ROUNDED_NOTE, significantDigits } from '../domain/excel-digits.js';
import { ThadsError } from '../errors.js';
import type { Layout } from './layout.js';
import { looksNumeric } from './layout.js';
import { NUMBER_CELL_MARK } from './numbers.js';

const NOTES = new Set(Object.values(ROUNDED_NOTE).map((n) => n.normalize('NFC')));

/** Throws OWN_WORKBOOK_ROUNDED for a row of thads' own workbook that holds, or is the note of, a figure so rounded. */
export function checkOwnWorkbookRow(record: readonly string[], line: number, layout: Layout, file: string): void {
  if (!layout.ownWorkbook) return;
  const first = record.find((c) => c.trim() !== '')?.trim().normalize('NFC');
  if (first !== undefined && NOTES.has(first)) throw new ThadsError('OWN_WORKBOOK_ROUNDED', "this workbook thads wrote holds figures rounded to Excel's 15 significant digits (its note line says so), so a total of them may be off", { file, line, column: record.findIndex((c) => c.trim() !== '') + 1 });
  for (const col of layout.figures) {
    const raw = (record[col.index] ?? '').split(NUMBER_CELL_MARK).join('').trim();
    if (!looksNumeric(raw) || significantDigits(raw) !== EXCEL_DIGITS) continue;
    const what = `${col.measure} ${col.field.replace(/_/g, ' ')}`;
    throw new ThadsError('OWN_WORKBOOK_ROUNDED', `${what} ${raw} has 15 significant digits, Excel's limit: in a workbook thads wrote, such a figure may have been rounded to them, so a total of it may be off`, { file, line, column: col.index + 1 });
  }
}
