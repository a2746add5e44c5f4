// Declared rows of a file whose rows hold several years, each total with its year ("2018,
// Tổng cộng", "2019, Tổng cộng"): each year's totals are checked against that year's rows only.
// Rows of two years interleaved (sorted by office) made each total be compared with both
// years' rows and refused. Totals without a year, or one year only: the file as one (today's
// reading, DeclaredRows alone). Both readings are kept as the rows come (memory stays bounded:
// DeclaredRows joins rows into runs), and the file's declared rows choose one at the end.
import { DeclaredRows, type DeclaredKind, type Resolution, type Sums } from './declared-rows.js';

export class YearDeclaredRows<R extends { readonly year: number | null }> {
  private readonly whole = new DeclaredRows<R>();
  /** per year; while one year only has come, it is `whole` itself (a file of one year pays nothing) */
  private readonly byYear = new Map<number | null, DeclaredRows<R>>();
  /** every declared row so far has a year */
  private allDated = true;
  private declared = 0;

  private of(year: number | null): DeclaredRows<R> {
    let rows = this.byYear.get(year);
    if (rows) return rows;
    if (this.byYear.size === 0) rows = this.whole;
    else {
      // A second year: the first goes on apart from the whole, from a copy of what it had.
      if (this.byYear.size === 1) {
        const [first, shared] = [...this.byYear][0]!;
        if (shared === this.whole) this.byYear.set(first, this.whole.clone());
      }
      rows = new DeclaredRows<R>();
    }
    this.byYear.set(year, rows);
    return rows;
  }

  /** An office row of `year` (null: unknown). */
  addRow(figures: Sums, year: number | null): void {
    const rows = this.of(year);
    this.whole.addRow(figures);
    if (rows !== this.whole) rows.addRow(figures);
  }

  declare(kind: DeclaredKind, row: R, figures: Sums): void {
    const rows = this.of(row.year);
    this.whole.declare(kind, row, figures);
    if (rows !== this.whole) rows.declare(kind, row, figures);
    this.declared++;
    if (row.year === null) this.allDated = false;
  }

  heading(): void {
    this.whole.heading();
    for (const rows of this.byYear.values()) if (rows !== this.whole) rows.heading();
  }

  resolve(): Resolution<R> {
    if (this.declared === 0 || !this.allDated || this.byYear.size < 2) return this.whole.resolve();
    const parts = [...this.byYear.values()].map((rows) => rows.resolve());
    return {
      offices: parts.flatMap((p) => p.offices),
      sectionMismatches: parts.flatMap((p) => p.sectionMismatches),
      mismatches: parts.flatMap((p) => p.mismatches),
      matched: parts.reduce((n, p) => n + p.matched, 0),
    };
  }
}
