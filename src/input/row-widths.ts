// A row one cell wider than the header whose cells past it are empty passes as a row with a
// trailing delimiter. But a stray delimiter in a row whose last cell was empty does the same: a
// decimal comma ("9770951,5"), a thousands comma ("1,298") splits a cell, every cell after it
// moves one column right, and the empty last cell goes past the header — the same count of cells
// as a trailing delimiter makes (traps26 1: Ý Yên's money resolved read as 5, exit 0). Writers pad
// every row alike (Excel the first 16 rows and the header among them, LibreOffice, pandas all): a
// row wider than the header and than another row of the table is the shifted one. (A row Excel
// trimmed past line 16, narrower than the header, is no such other row: the first 16 rows carry
// the used range's every delimiter, an unnamed column's too, and the rest none.)
import { ThadsError } from '../errors.js';

/** A row found wider than another: its line and width, and the narrower row's. */
export interface WidenedRow {
  readonly line: number;
  readonly width: number;
  readonly narrower: { readonly line: number; readonly width: number };
}

export class RowWidths {
  /** the first row with figures wider than the header, and the first one not */
  private wide: { line: number; width: number } | null = null;
  private narrow: { line: number; width: number } | null = null;

  /** the shifted rows said (check goes on past one: each is said once) */
  private readonly said = new Set<number>();

  /** A row with figures of `width` cells (`header` the header's); the shifted row when this one tells it, else null. */
  see(width: number, header: number, line: number): WidenedRow | null {
    let found: WidenedRow | null = null;
    if (width > header) {
      if (this.wide === null) this.wide = { line, width };
      // (two wide rows of different widths: the wider one is shifted)
      else if (width !== this.wide.width) found = width > this.wide.width ? { line, width, narrower: this.wide } : { ...this.wide, narrower: { line, width } };
    } else this.narrow ??= { line, width };
    found ??= this.wide !== null && this.narrow !== null ? { ...this.wide, narrower: this.narrow } : null;
    if (found === null || this.said.has(found.line)) return null;
    this.said.add(found.line);
    return found;
  }
}

export function widenedRowError(file: string, row: WidenedRow, header: number, lineWord: string): ThadsError {
  return new ThadsError(
    'RAGGED_ROW',
    `this row has ${row.width} cells, more than the header's ${header} and ${lineWord} ${row.narrower.line}'s ${row.narrower.width}, its cells past the header empty: a stray delimiter (a decimal comma "5000,5", a thousands comma "1,298") split a cell and moved the cells after it one column right, under the wrong headers`,
    { file, line: row.line },
    'quote the cell with the comma ("5000,5") or write it without one, so that every row has as many cells as the header',
  );
}
