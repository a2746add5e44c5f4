// A statistician's helper column, hidden before the workbook is sent so the form looks like the
// Bộ's template: a self-check right of the table (=I8-J8-P8, =IF(F8=D8+E8,"Đúng","Sai")), or an
// office code kept for VLOOKUP, which must stand LEFT of what it looks up (column A, or just left
// of the figures). No part of the table wherever it stands: only a HIDDEN column with no header
// cell in any header row is left out. A visible one holding values is still a row cut or shifted
// (RAGGED_ROW, VALUE_WITHOUT_HEADER), as nobody can tell what it is; a hidden one under a header
// is read like the others.
import { columnLetters, finding, type Finding } from '../errors.js';

export class HiddenHeaderlessColumns {
  /** column (0-based) → the first row it held a value in */
  private readonly seen = new Map<number, number>();

  /** Blanks the record's cells in hidden columns that `headerless` says no header cell names. */
  blank(record: string[], hidden: ReadonlySet<number>, headerless: (column: number) => boolean, line: number): void {
    for (const i of hidden) {
      if (i >= record.length || record[i]!.trim() === '' || !headerless(i)) continue;
      if (!this.seen.has(i)) this.seen.set(i, line);
      record[i] = '';
    }
  }

  /** One warning naming the columns left out, at the first cell; null when none held anything. */
  finding(file: string): Finding | null {
    if (this.seen.size === 0) return null;
    const columns = [...this.seen.keys()].sort((a, b) => a - b);
    const first = columns[0]!;
    const names = columns.map((c) => columnLetters(c + 1));
    const list = names.length === 1 ? `column ${names[0]} is` : `columns ${names.join(', ')} are`;
    return finding('warning', 'HIDDEN_COLUMN_IGNORED', `${list} hidden in the sheet and with no header: not read (a check or a lookup key the sheet's author kept for themself, no figure of the table)`, { file, line: this.seen.get(first)!, column: first + 1 });
  }
}
