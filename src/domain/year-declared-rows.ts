// Declared rows of a file whose rows hold several years, each total with its year ("2018,
// Tổng cộng", "2019, Tổng cộng"): each year's totals are checked against that year's rows only.
// Rows of two years interleaved (sorted by office) made each total be compared with both
// years' rows and refused. Totals without a year, or one year only: the file as one (today's
// reading, DeclaredRows alone). Both readings are kept as the rows come (memory stays bounded:
// DeclaredRows joins rows into runs), and the file's declared rows choose one at the end.
//
// A declared row with an empty year cell in a file with a year column ("Cộng" under 2018's
// offices, then 2019's offices and their "Cộng") is of the year block it closes — or heads, when
// no row stands above it — unless its label states its year ("Cộng năm 2018"); a label that
// contradicts its block is reported. With --year N (`only`), the rows of other years come as
// years without figures (otherYearRow), and the declared rows of their blocks are dropped with
// them: neither checked against N's rows nor read as offices of N. A total of the whole file
// over several years' rows ("Tổng cộng" at the end, its year cell empty, its label naming none)
// cannot be checked then, for the other years come without figures: it is dropped and said so
// (uncheckedAcrossYears), never checked against N's rows alone (a false mismatch) nor silently.
// The same total at the top ("Tổng cộng" right under the header) heads its block until a row of
// another year shows the block is the whole file's: with --year N both readings are kept while
// the block lasts (headedTotal), and that row drops the total as unchecked.
import { DeclaredRows, type Own, type DeclaredKind, type Resolution, type Sums, type WholeIn } from './declared-rows.js';

/** A declared row whose year cell is empty: its block's year is its own, or its label's. */
export interface Undated {
  readonly labelYear: number | null;
}

/** A label stating a year its block's rows are not of. */
export interface YearContradiction<R> {
  readonly kind: DeclaredKind;
  readonly row: R;
  readonly labelYear: number;
  readonly blockYear: number;
  readonly closes: boolean;
}

export interface YearResolution<R> extends Resolution<R> {
  readonly yearContradictions: YearContradiction<R>[];
  /** with --year N: totals over the rows of several years, left unchecked */
  readonly uncheckedAcrossYears: R[];
}

type Held<R> = { readonly kind: DeclaredKind; readonly row: R; readonly figures: Sums; readonly undated?: Undated; readonly depth?: number; readonly above: ReadonlySet<number | null> } | { readonly heading: true; readonly depth?: number };

export class YearDeclaredRows<R extends { readonly year: number | null }> {
  private whole: DeclaredRows<R>;
  /** per year; while one year only has come, it is `whole` itself (a file of one year pays nothing) */
  private readonly byYear = new Map<number | null, DeclaredRows<R>>();
  /** every declared row so far has a year */
  private allDated = true;
  private declared = 0;
  /** the years of the rows since the last declared row or heading (the block a declared row closes) */
  private runYears = new Set<number | null>();
  /** declared rows (and headings after them) waiting for the next row: the block a row heads */
  private held: Held<R>[] = [];
  /** an undated row headed its block: between two blocks, one heads the one below */
  private headsBlocks = false;
  /** the year of the block an undated row was taken to head: a row of another year below it undoes that */
  private headed: number | null | undefined = undefined;
  private readonly contradictions: YearContradiction<R>[] = [];
  /** every year a row of the file has had so far */
  private readonly seenYears = new Set<number | null>();
  private readonly unchecked: R[] = [];
  /** --year N: an undated total heading its block, while the block has shown one year only; `without`: the reading without it (null: it was never declared, its block's year not N) */
  private headedTotal: { readonly row: R; readonly without: DeclaredRows<R> | null } | null = null;

  /** `only`: --year N, whose rows alone are given with figures */
  /** `mayBeOffice`, `mayBeListed`, `writtenIn`, `isLowerLevel`, `isBloc`, `isDistrictOffices`, `subtotalOf`: DeclaredRows' (whether a declared row's label could be an office's name; a row of a list; the unit a field is written in; the district level's label; a bloc's over provinces; the district level's offices together). */
  constructor(
    private readonly only?: number,
    private readonly mayBeOffice?: (row: R) => boolean,
    private readonly mayBeListed?: (row: R) => boolean,
    private readonly isCarry?: (row: R) => boolean,
    private readonly writtenIn?: WholeIn,
    private readonly isLowerLevel?: (row: R) => boolean,
    private readonly isBloc?: (row: R) => boolean,
    private readonly isDistrictOffices?: (row: R) => boolean,
    private readonly listOffice?: (row: R) => boolean,
    private readonly subtotalOf?: (row: R, office: string) => boolean,
  ) {
    this.whole = new DeclaredRows<R>(mayBeOffice, mayBeListed, isCarry, writtenIn, isLowerLevel, isBloc, isDistrictOffices, listOffice, subtotalOf);
  }

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
      rows = new DeclaredRows<R>(this.mayBeOffice, this.mayBeListed, this.isCarry, this.writtenIn, this.isLowerLevel, this.isBloc, this.isDistrictOffices, this.listOffice, this.subtotalOf);
    }
    this.byYear.set(year, rows);
    return rows;
  }

  /** A row's year is known: the held declared rows above it take their blocks' years. */
  private seeYear(year: number | null): void {
    if (this.headed !== undefined && year !== this.headed) {
      this.allDated = false; // it headed rows of several years
      if (this.headedTotal) this.acrossYears(this.headedTotal);
    }
    this.release(year);
    this.runYears.add(year);
    this.seenYears.add(year);
  }

  /** A total taken to head one year's block heads rows of several: with --year N, unchecked. */
  private acrossYears({ row, without }: { readonly row: R; readonly without: DeclaredRows<R> | null }): void {
    this.headedTotal = null;
    this.unchecked.push(row);
    if (!without) return;
    for (const [year, rows] of this.byYear) if (rows === this.whole) this.byYear.set(year, without);
    this.whole = without;
    this.declared--;
  }

  /** The rows below it, with the one's reading kept beside it while a headed total is pending. */
  private addToWhole(figures: Sums, own: Own, office?: string): void {
    this.whole.addRow(figures, own, office);
    this.headedTotal?.without?.addRow(figures, own, office);
  }

  /** The held rows, in order, now that the year of the row below them is known (undefined: none). */
  private release(below: number | null | undefined): void {
    const held = this.held;
    this.held = [];
    for (const h of held) {
      if ('heading' in h) this.placeHeading(h.depth);
      else this.place(h, below);
    }
  }

  /** An office row of `year` (null: unknown); `own`, `office`: DeclaredRows.addRow's. */
  addRow(figures: Sums, year: number | null, own: Own = false, office?: string): void {
    this.seeYear(year);
    const rows = this.of(year);
    this.addToWhole(figures, own, office);
    if (rows !== this.whole) rows.addRow(figures, own, office);
  }

  /** A row of a year --year leaves out: where its block stands, nothing more. */
  otherYearRow(year: number): void {
    this.seeYear(year);
  }

  /** `depth`: a numbered row's (DeclaredRows.declare) */
  declare(kind: DeclaredKind, row: R, figures: Sums, undated?: Undated, depth?: number): void {
    const above = this.runYears;
    this.runYears = new Set();
    this.headed = undefined;
    this.headedTotal = null; // its block ended with one year: it heads that block
    const item = { kind, row, figures, above, ...(undated ? { undated } : {}), ...(depth !== undefined ? { depth } : {}) };
    if (undated || this.held.length > 0) this.held.push(item);
    else this.place(item, undefined);
  }

  heading(depth?: number): void {
    this.runYears = new Set();
    this.headed = undefined;
    this.headedTotal = null;
    if (this.held.length > 0) this.held.push(depth !== undefined ? { heading: true, depth } : { heading: true });
    else this.placeHeading(depth);
  }

  private placeHeading(depth?: number): void {
    this.whole.heading(depth);
    for (const rows of this.byYear.values()) if (rows !== this.whole) rows.heading(depth);
  }

  /** The year of the block a declared row closes or heads; `below` the year of the next row (undefined: none). */
  private blockOf(above: ReadonlySet<number | null>, below: number | null | undefined): { year: number; closes: boolean } | null {
    const [a] = above;
    if (above.size > 1 || a === null) return null; // rows of several years, or of none stated: a total across them
    if (a === undefined) {
      if (below === undefined || below === null) return null;
      this.headsBlocks = true;
      return { year: below, closes: false };
    }
    const heads = below !== undefined && below !== null && below !== a && this.headsBlocks;
    return heads ? { year: below!, closes: false } : { year: a, closes: true };
  }

  private place(h: Exclude<Held<R>, { heading: true }>, below: number | null | undefined): void {
    let row = h.row;
    if (h.undated) {
      const block = this.blockOf(h.above, below);
      const year = h.undated.labelYear ?? block?.year ?? null;
      if (this.only !== undefined && h.kind === 'total' && year === null && this.seenYears.size > 1) {
        this.unchecked.push(row);
        return;
      }
      if (block && year !== block.year) {
        this.contradictions.push({ kind: h.kind, row, labelYear: year!, blockYear: block.year, closes: block.closes });
        return;
      }
      if (block && !block.closes) this.headed = block.year;
      if (year !== null) row = { ...row, year };
      // A total heading its block by the first row's year may head the whole file's years (above).
      const heads = this.only !== undefined && h.kind === 'total' && h.undated.labelYear === null && block !== null && !block.closes;
      // A row of another year's block goes with that block.
      if (this.only !== undefined && year !== null && year !== this.only) {
        if (heads) this.headedTotal = { row: h.row, without: null };
        return;
      }
      if (heads && this.of(row.year) === this.whole) this.headedTotal = { row: h.row, without: this.whole.clone() };
    }
    const rows = this.of(row.year);
    this.whole.declare(h.kind, row, h.figures, h.depth);
    if (rows !== this.whole) rows.declare(h.kind, row, h.figures, h.depth);
    this.declared++;
    if (row.year === null) this.allDated = false;
  }

  resolve(): YearResolution<R> {
    this.release(undefined); // the rows held at the end head nothing
    const yearContradictions = this.contradictions;
    const uncheckedAcrossYears = this.unchecked;
    if (this.declared === 0 || !this.allDated || this.byYear.size < 2) return { ...this.whole.resolve(), yearContradictions, uncheckedAcrossYears };
    const parts = [...this.byYear.values()].map((rows) => rows.resolve());
    return {
      offices: parts.flatMap((p) => p.offices),
      sectionMismatches: parts.flatMap((p) => p.sectionMismatches),
      mismatches: parts.flatMap((p) => p.mismatches),
      matched: parts.reduce((n, p) => n + p.matched, 0),
      oneRowSubtotals: parts.flatMap((p) => p.oneRowSubtotals),
      // each year's total states its year's rows: every row is counted in one
      wholeStated: parts.every((p) => p.wholeStated),
      yearContradictions,
      uncheckedAcrossYears,
    };
  }
}
