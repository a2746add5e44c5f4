// Excel's "CSV" leaves off the delimiters of a row's trailing blank cells past the sheet's first
// 16 rows (Microsoft KB Q77295): an empty "Ghi chú" loses its comma from row 17 on. Such a row is
// short of cells no figure is read from, and is read with them empty; any other short row stays
// refused (RAGGED_ROW): a row cut off, or shifted left by a dropped delimiter, is never read as zeros.
import type { Layout } from './layout.js';

/**
 * The rows Excel writes with every delimiter: a short row among them is no export's trimming.
 * (Excel writes in blocks of 16 rows, a block padded when one of its rows reaches the last
 * column; the first holds the header's "Ghi chú". A later block may be padded or not: not judged.)
 */
const PADDED_ROWS = 16;

/**
 * The sheet's row numbers of a CSV's lines: a quoted cell's line breaks make a record more than
 * one line, and Excel counts its window in rows. Kept as the lines where the two part.
 */
export class SheetRows {
  private readonly starts: { readonly line: number; readonly row: number }[] = [];

  see(line: number, row: number): void {
    const last = this.starts.at(-1);
    if (last === undefined ? line !== row : line - last.line !== row - last.row) this.starts.push({ line, row });
  }

  rowOf(line: number): number {
    // the last start at or above the line (a file of many multi-line cells has many)
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]!.line <= line) lo = mid + 1;
      else hi = mid;
    }
    const at = this.starts[lo - 1];
    return at === undefined ? line : at.row + (line - at.line);
  }
}

/**
 * Pads a row Excel trimmed with its blank cells, in place; false (the row left as it is) unless:
 * the row is past the sheet's first 16; each cell it lacks is under a notes column or one no
 * header names (never a figure's, an office's or a year's); and its last cell is not blank, as
 * Excel ends a trimmed row at its last value. (A row that lost a middle cell and kept the notes'
 * comma ends blank, its figures shifted left: refused.)
 */
export function padExcelTrimmed(record: string[], row: number, layout: Pick<Layout, 'width' | 'notes' | 'unnamed'>): boolean {
  if (row <= PADDED_ROWS || record.length === 0 || record.length >= layout.width) return false;
  if ((record.at(-1) ?? '').trim() === '') return false;
  for (let c = record.length; c < layout.width; c++) {
    if (!layout.notes.includes(c) && !layout.unnamed.includes(c)) return false;
  }
  while (record.length < layout.width) record.push('');
  return true;
}
