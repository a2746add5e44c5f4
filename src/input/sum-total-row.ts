// A workbook's row with no label at all (no STT, no name, no text) whose every figure is
// =SUM over the office rows above it (Excel's AutoSum, the quick total a clerk adds without
// typing "Tổng cộng"): the table's declared total, as written in its formulas — checked as a
// "Tổng cộng" is, never added (work95c 03: refused MISSING_DISTRICT, exit 1). Only when it adds
// exactly every office row read above it, and nothing else has figures there: a sum of some of
// the offices (a subtotal of a group the file does not name), of rows another total or a
// section's subtotal lies among, or a row whose formulas are no sums of rows above (=C6*2,
// another sheet's cells) keeps its refusal. A CSV stores no formula: its row is refused as before.

/** A figure cell's formula adding other rows of its column: its text ("=SUM(C6:C8)") and the rows. */
export interface ColumnSum {
  readonly formula: string;
  readonly rows: readonly number[];
}

/** The office rows read so far in a table, and whether any other row with figures came among them. */
export class OfficeRowsRead {
  private first: number | null = null;
  private last: number | null = null;
  private others = false;

  /** A row handed on: an office's (`data`), or another with figures (a total, a subtotal, a row of another year). */
  see(line: number, office: boolean): void {
    if (!office) {
      this.others = true;
      return;
    }
    this.first ??= line;
    this.last = line;
  }

  /**
   * The formula that makes the row at `line` the offices' total, when every figure cell it fills
   * (`filled`, 0-based columns) sums (`sums`) the same unbroken run of rows, from the first office
   * row read to the last, all above it; else null.
   */
  totalOf(line: number, filled: readonly number[], sums: ReadonlyMap<number, ColumnSum> | undefined): string | null {
    if (!sums || filled.length === 0 || this.others || this.first === null || this.last === null || this.last >= line) return null;
    let formula: string | null = null;
    for (const column of filled) {
      const sum = sums.get(column);
      if (!sum) return null;
      const rows = sum.rows;
      const top = rows[0]!;
      const bottom = rows[rows.length - 1]!;
      if (top !== this.first || bottom !== this.last || rows.length !== bottom - top + 1) return null;
      formula ??= sum.formula;
    }
    return formula;
  }
}
