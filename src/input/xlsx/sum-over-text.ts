// A total's =SUM(C2:C4) over a cell holding a number as text ("1.234", typed with the dot or
// pasted from a CSV): Excel's SUM skips any text, thads reads the text by the number rules, so the
// total and its rows disagree by that cell. The file is refused (DECLARED_TOTAL_MISMATCH), but the
// message blamed the office row ("the difference is exactly line 3 "Mỹ Lộc", counted as an
// office"); it is the total's formula that left the cell out. This keeps, for each cell summing
// rows of its column (formula-refs.ts), the text cells in those rows, for collect.ts to say so.
import type { SumOverText } from '../file-report.js';

/** Cells of either kind kept at most: beyond, no more are kept (the message falls back to the plain one). */
const MAX_KEPT = 10_000;

export class SumsOverText {
  /** column → line → text of the cells holding a text with a digit */
  private readonly texts = new Map<number, Map<number, string>>();
  private textCount = 0;
  private readonly sums: { line: number; column: number; formula: string; rows: readonly number[] }[] = [];

  /** A cell of text (a shared string, an inline string, a formula's text result). */
  text(line: number, column: number, text: string): void {
    if (!/\d/.test(text) || this.textCount >= MAX_KEPT) return;
    this.textCount++;
    (this.texts.get(column) ?? this.texts.set(column, new Map()).get(column)!).set(line, text);
  }

  /** A cell whose formula (with "=") adds `rows` of its column. */
  sum(line: number, column: number, formula: string, rows: readonly number[]): void {
    if (this.sums.length < MAX_KEPT) this.sums.push({ line, column, formula, rows });
  }

  /** The sum cells whose rows hold text cells, by "line:column"; null when none. */
  result(): Map<string, SumOverText> | null {
    let out: Map<string, SumOverText> | null = null;
    for (const s of this.sums) {
      const texts = this.texts.get(s.column);
      const cells = texts ? s.rows.flatMap((line) => (texts.has(line) ? [{ line, text: texts.get(line)! }] : [])) : [];
      if (cells.length > 0) (out ??= new Map()).set(`${s.line}:${s.column}`, { formula: s.formula, cells });
    }
    return out;
  }
}
