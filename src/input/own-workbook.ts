// thads' own workbook read back (layout.ts ownWorkbook): Excel keeps 15 significant digits, so
// the writer (output/xlsx.ts) rounds a longer figure to them and says so on a note line under
// the table. A sum of such a figure could be off in its last digits: a workbook with that note is
// refused, never added up. Without the note nothing was rounded, and a figure of 15 digits is
// exact (a national total in exact đồng, shown in tỷ: 131234.567890123): read. (A person who
// deletes the note line takes that away; README says so. Only the reference reader reads these
// files: the fast path gives a file of thads' own output up, fast/header-line.ts.)
import { ROUNDED_NOTE } from '../domain/excel-digits.js';
import { ThadsError } from '../errors.js';
import type { Layout } from './layout.js';

const NOTES = new Set(Object.values(ROUNDED_NOTE).map((n) => n.normalize('NFC')));

/** Throws OWN_WORKBOOK_ROUNDED at the note line of thads' own workbook that says figures were rounded. */
export function checkOwnWorkbookRow(record: readonly string[], line: number, layout: Layout, file: string): void {
  if (!layout.ownWorkbook) return;
  const first = record.find((c) => c.trim() !== '')?.trim().normalize('NFC');
  if (first !== undefined && NOTES.has(first)) throw new ThadsError('OWN_WORKBOOK_ROUNDED', "this workbook thads wrote holds figures rounded to Excel's 15 significant digits (its note line says so), so a total of them may be off", { file, line, column: record.findIndex((c) => c.trim() !== '') + 1 });
}
