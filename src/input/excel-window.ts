// Excel's "CSV" leaves off the delimiters of a row's trailing blank cells past the sheet's first
// 16 rows (Microsoft KB Q77295): an empty "Ghi chú" loses its comma from row 17 on. Such a row is
// short of cells no figure is read from, and is read with them empty; any other short row stays
// refused (RAGGED_ROW): a row cut off, or shifted left by a dropped delimiter, is never read as zeros.
// Excel (and LibreOffice) end every row with a line break, the last included: a short last row
// with none after it is where the file was cut off (a download or copy interrupted), not trimmed.
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

/** Excel's blocks of 16 rows past the first: trimmed, or written whole, block by block. */
function blockOf(row: number): number {
  return Math.floor((row - 1) / PADDED_ROWS);
}

/** The columns a trimmed row may lack: a notes column, or one no header names. */
function mayBeTrimmed(column: number, layout: Pick<Layout, 'notes' | 'unnamed'>): boolean {
  return layout.notes.includes(column) || layout.unnamed.includes(column);
}

/**
 * Excel's trimmed rows of one file. A short row is padded with its blank cells, in place, only
 * if: it is past the sheet's first 16 rows; each cell it lacks is under a notes column or one no
 * header names (never a figure's, an office's or a year's); and its last cell is not blank, as
 * Excel ends a trimmed row at its last value (a row that lost a middle cell and kept the notes'
 * comma ends blank, its figures shifted left). And no row of its block of 16 keeps a blank
 * notes cell's delimiter: Excel trims every such row of a block or none, so a short row beside
 * a whole one with blank notes is cut off (an upload that stopped mid-figure), not trimmed —
 * refused (RAGGED_ROW) at the short row, whichever of the two comes first. Nor is the row the
 * file ends inside, no line break after it: Excel ends its last row with one, so a short row
 * there was cut off mid-cell (a trimmed block gives no whole row to tell it by).
 */
export class ExcelTrimmedRows {
  /** per block: the first line padded, and the first whole row with blank trailing notes */
  private readonly padded = new Map<number, number>();
  private readonly whole = new Map<number, number>();
  /** the line of the record the file ends inside (no line break after it), and whether pad() refused it for that */
  private unended: number | null = null;
  private cutAtEnd = false;

  /** The file ends inside the record of `line`: no line break after it (a CSV's last record only). */
  endsInside(line: number): void {
    this.unended = line;
  }

  /**
   * Pads `record` if it has the shape of Excel's trimming (true); false leaves it as it is, for
   * RAGGED_ROW. A row of full width is noted as its block's evidence; cutOff() then tells whether
   * a padded row's block had a whole row with blank notes, before or after it, or the file
   * ended inside it (endsInside()).
   */
  pad(record: string[], line: number, row: number, layout: Pick<Layout, 'width' | 'notes' | 'unnamed'>): boolean {
    if (row <= PADDED_ROWS || record.length === 0) return false;
    const block = blockOf(row);
    if (record.length >= layout.width) {
      const last = layout.width - 1;
      if (mayBeTrimmed(last, layout) && (record[last] ?? '').trim() === '' && !this.whole.has(block)) this.whole.set(block, line);
      return false;
    }
    if ((record.at(-1) ?? '').trim() === '') return false;
    for (let c = record.length; c < layout.width; c++) if (!mayBeTrimmed(c, layout)) return false;
    // Excel's shape, but no line break ends it: the file stops inside this row, cut off.
    if (line === this.unended) {
      this.cutAtEnd = true;
      return false;
    }
    // Excel's shape, unless its block says otherwise: cutOff() judges it, now or at a later whole row.
    while (record.length < layout.width) record.push('');
    if (!this.padded.has(block)) this.padded.set(block, line);
    return true;
  }

  /**
   * The line of a row padded before a whole row of its block showed it cut off (`whole`), or of
   * the short last row the file ends inside (`atEnd`); or null.
   */
  cutOff(): { readonly line: number; readonly whole: number } | { readonly line: number; readonly atEnd: true } | null {
    for (const [block, line] of this.padded) {
      const whole = this.whole.get(block);
      if (whole !== undefined) return { line, whole };
    }
    if (this.cutAtEnd && this.unended !== null) return { line: this.unended, atEnd: true };
    return null;
  }
}
