// A sheet's outline (Data → Group): detail rows carry outlineLevel="1" (often hidden, the
// group collapsed), and the row just below them — or just above, with <outlinePr
// summaryBelow="0"> — is their summary row: an office under its enforcers, a province under
// its offices. When the summary row and its details are both read as offices, every figure
// would be counted twice; which level is the report's is the user's to say, so the sheet is
// refused (never read as the sum of both, never one level guessed).
//
//   row 3  outlineLevel=1  Nguyễn Văn An        60  40
//   row 4  outlineLevel=1  Trần Thị Bình        40  30
//   row 5                  Chi cục … Mỹ Lộc    100  70   ← summary of rows 3–4

/** A summary row read as an office, and its detail rows read as offices too. */
export interface DoubleCount {
  readonly summary: { readonly line: number; readonly name: string };
  readonly details: readonly { readonly line: number; readonly name: string }[];
}

export class OutlineGroups {
  /** row → its outline level, for rows in a group (a row absent from the XML is at level 0) */
  private readonly levels = new Map<number, number>();
  /** rows read as offices: row → office name */
  private readonly offices = new Map<number, string>();

  /** A row of the sheet, as it streams by. */
  row(line: number, level: number): void {
    if (level > 0) this.levels.set(line, level);
  }

  /** A row the reader took for an office (it adds its figures). */
  office(line: number, name: string): void {
    this.offices.set(line, name);
  }

  private level(line: number): number {
    return this.levels.get(line) ?? 0;
  }

  /** The first group (by its summary row) whose summary and details are all read as offices; null: none. */
  firstDoubleCount(summaryBelow: boolean): DoubleCount | null {
    if (this.levels.size === 0) return null;
    // The details run away from their summary: upwards from a summary below them, downwards from one above.
    const away = summaryBelow ? -1 : 1;
    const summaries = new Set<number>();
    for (const [line, level] of this.levels) {
      const next = line - away;
      if (next >= 1 && this.level(next) < level) summaries.add(next);
    }
    for (const summary of [...summaries].sort((a, b) => a - b)) {
      const name = this.offices.get(summary);
      if (name === undefined) continue;
      const top = this.level(summary);
      const details: { line: number; name: string }[] = [];
      for (let line = summary + away; line >= 1 && this.level(line) > top; line += away) {
        const detail = this.offices.get(line);
        if (detail !== undefined) details.push({ line, name: detail });
      }
      if (details.length > 0) return { summary: { line: summary, name }, details: details.sort((a, b) => a.line - b.line) };
    }
    return null;
  }
}
