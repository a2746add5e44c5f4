// A statistician's self-check column right of the table (=I8-J8-P8, =IF(F8=D8+E8,"Đúng","Sai")),
// hidden before the workbook is sent so the form looks like the Bộ's template: no part of the
// table. Only a HIDDEN column beyond the header's last (so with no header) is left out; a visible
// one holding values is still a row cut or shifted (RAGGED_ROW), as nobody can tell what it is.
import { columnLetters, finding, type Finding } from '../errors.js';

export class HiddenColumnsBeyond {
  /** column (0-based) → the first row it held a value in */
  private readonly seen = new Map<number, number>();

  /** Blanks the record's cells in hidden columns at or beyond the header's width. */
  blank(record: string[], hidden: ReadonlySet<number>, width: number, line: number): void {
    for (let i = width; i < record.length; i++) {
      if (!hidden.has(i) || record[i]!.trim() === '') continue;
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
    return finding('warning', 'HIDDEN_COLUMN_IGNORED', `${list} hidden in the sheet, right of the table and with no header: not read (a check the sheet's author kept for themself, no figure of the table)`, { file, line: this.seen.get(first)!, column: first + 1 });
  }
}
