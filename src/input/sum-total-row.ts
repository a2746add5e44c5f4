// A workbook's row with no label at all (no STT, no name, no text) whose every figure is
// =SUM over the office rows above it (Excel's AutoSum, the quick total a clerk adds without
// typing "Tổng cộng"): the table's declared total, as written in its formulas — checked as a
// "Tổng cộng" is, never added (work95c 03: refused MISSING_DISTRICT, exit 1). Only when it adds
// exactly every office row read above it, and nothing else has figures there: a sum of some of
// the offices (a subtotal of a group the file does not name), of rows another total or a
// section's subtotal lies among, or a row whose formulas are no sums of rows above (=C6*2,
// another sheet's cells) keeps its refusal. A CSV stores no formula: its row is refused as before.
// The same row ABOVE the offices, right under the header where the forms put "Tổng số" (work96b
// 02: refused MISSING_DISTRICT, exit 1), sums rows not read yet: it is taken as their declared
// total, as a "Tổng cộng" on top is, and held to its word once the table is read — the rows it
// sums must be the table's every office row, none before it or below them, and no other row
// with figures (a total, a subtotal, a section's, a refused row) from it to the last it sums;
// else it is refused as before (a sum of the Chi cục only, or reaching into the header or past
// the offices).

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
  /** a row above the offices taken for their total (totalAbove): the run it sums, and whether the rows read since keep to it */
  private above: { readonly line: number; readonly top: number; readonly bottom: number; first: number | null; last: number | null; broken: boolean } | null = null;

  /** A row handed on: an office's (`data`), or another with figures (a total, a subtotal, a row of another year). */
  see(line: number, office: boolean): void {
    const above = this.above;
    if (above !== null && line !== above.line) {
      if (!office) above.broken ||= line <= above.bottom;
      else {
        above.first ??= line;
        above.last = line;
      }
    }
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
    if (this.others || this.first === null || this.last === null || this.last >= line) return null;
    const run = commonRun(filled, sums);
    return run !== null && run.top === this.first && run.bottom === this.last ? run.formula : null;
  }

  /**
   * The formula that makes the row at `line`, above every office row, the offices' declared total
   * when every figure cell it fills sums the same unbroken run of rows below it, and nothing with
   * figures was read before it (else null). Taken on its word: `aboveHolds` says, once the table
   * is read, whether the run was the table's office rows, all of them.
   */
  totalAbove(line: number, filled: readonly number[], sums: ReadonlyMap<number, ColumnSum> | undefined): string | null {
    if (this.others || this.first !== null || this.above !== null) return null;
    const run = commonRun(filled, sums);
    if (run === null || run.top <= line) return null;
    this.above = { line, top: run.top, bottom: run.bottom, first: null, last: null, broken: false };
    return run.formula;
  }

  /** Whether the row taken by totalAbove (if any) summed the table's office rows, all of them and nothing else: false refuses it. */
  aboveHolds(): boolean {
    const above = this.above;
    return above === null || (!above.broken && above.first === above.top && above.last === above.bottom);
  }
}

/** The one unbroken run of rows every filled figure cell sums (and the first cell's formula), or null when any cell sums none or another run. */
function commonRun(filled: readonly number[], sums: ReadonlyMap<number, ColumnSum> | undefined): { formula: string; top: number; bottom: number } | null {
  if (!sums || filled.length === 0) return null;
  let run: { formula: string; top: number; bottom: number } | null = null;
  for (const column of filled) {
    const sum = sums.get(column);
    if (!sum) return null;
    const rows = sum.rows;
    const top = rows[0]!;
    const bottom = rows[rows.length - 1]!;
    if (rows.length !== bottom - top + 1 || (run !== null && (run.top !== top || run.bottom !== bottom))) return null;
    run ??= { formula: sum.formula, top, bottom };
  }
  return run;
}
