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
// else it is refused as before (a sum of the Chi cục only, or reaching past the offices into a
// row with figures).
// Excel's SUM adds a blank or a text cell as 0, and clerks rarely stop the range exactly at the
// offices (work97a 02: =SUM(C5:C8) over a blank separator row, =SUM(C4:C7) from the header row,
// =SUM(C6:C30) on top running into empty rows; all refused MISSING_DISTRICT, exit 1): the run may
// take in rows holding no number in the summed columns (blank, header, label-only rows, rows past
// the table's end), so long as every row with figures inside it is an office row read and every
// office row is inside. In a table of sections ("I Cấp tỉnh" / "II Cấp huyện", each summing its
// offices), the row adding the section lines (=C5+C7; work97a 04: refused, exit 1) is the
// total when it adds exactly every section line of the table, every office read lies under the
// first of them, and no other row with figures (a total, a refused row) comes among them.
// The provincial level is most often written as its own office's line, not as a section over it
// ("I | Văn phòng Cục | 600" over "II | Các Chi cục | =SUM(C8:C10)" and its offices; work98a 04:
// the row =C6+C7 under them, or on top, refused MISSING_DISTRICT, exit 1): a row whose formulas
// add office rows and section lines is the total when, taking each office row as itself and each
// section line as the office rows its own formulas sum (=SUM(C8:C10), in every figure cell), they
// come to every office row read, each once, and at least one is a section line. A numbered line
// ("I | Văn phòng Cục", a subtotal if it heads rows) counts as an office here only when no office
// row follows it before the next section or numbered line. A sum that skips an office row, counts
// one twice (the section and its offices both), or adds a section line whose cells are typed
// figures or other rows keeps its refusal.
// The same lines are as often added as a range (work99a 03: =SUM(C6:C8) over "I | Văn phòng
// Cục", a blank row, "II | Các Chi cục"; Data → Subtotal's =SUBTOTAL(9,C6:C11) over II
// =SUBTOTAL(9,C9:C11); both refused MISSING_DISTRICT, exit 1): a row of the range with no figures
// read (blank, label-only) adds 0, as Excel's does, and a section line every cell of which holds a
// SUBTOTAL is skipped where only a SUBTOTAL of the row takes it in, as Excel skips a nested
// SUBTOTAL — its offices are then taken in themselves. SUM counts every cell of its range: a SUM,
// or a SUBTOTAL over a section line of SUM, over the sections and their offices both counts them
// twice and keeps its refusal.

import { holdsSubtotal } from './xlsx/formula-refs.js';

/** A figure cell's formula adding other rows of its column: its text ("=SUM(C6:C8)") and the rows. */
export interface ColumnSum {
  readonly formula: string;
  readonly rows: readonly number[];
  /** of `rows`, those only a SUBTOTAL(9|109, …) of it takes in (formula-refs.ts rowsOnlySubtotalled), when any */
  readonly subtotalled?: readonly number[];
}

/** How a row with figures was read: an office's, a section's line ("I Cấp tỉnh", "II Cấp huyện"), or another (a total, a refused row, a row of another year). */
export type SeenRow = 'office' | 'section' | 'numbered' | 'other';

/** The rows every filled figure cell sums, alike in each (sorted), with the first cell's formula. */
interface CommonRows {
  readonly formula: string;
  readonly rows: readonly number[];
  readonly top: number;
  readonly bottom: number;
  /** the rows make one unbroken run top…bottom */
  readonly run: boolean;
  /** of `rows`, those only a SUBTOTAL takes in, in every filled cell: Excel skips one holding a SUBTOTAL itself */
  readonly subtotalled: ReadonlySet<number>;
  /** every filled cell's formula holds a SUBTOTAL: a SUBTOTAL over the row skips it */
  readonly holdsSubtotal: boolean;
}

/** The office rows read so far in a table, and whether any other row with figures came among them. */
export class OfficeRowsRead {
  private first: number | null = null;
  private last: number | null = null;
  private others = false;
  /** the section lines read, in order */
  private readonly sections: number[] = [];
  /** every office row read, in order */
  private readonly offices: number[] = [];
  /** the numbered lines read ("I | Văn phòng Cục": an office, or a subtotal of the rows it heads), in order */
  private readonly numbered: number[] = [];
  /** another row with figures read (a total, a refused row): its line */
  private readonly otherLines = new Set<number>();
  /** a line's own sums (the rows every filled figure cell of it adds), by line, when it has some */
  private readonly ownSums = new Map<number, CommonRows | null>();
  /** a sheet's lines with a number in some cell (0-based columns) not read (yet) as a row with figures: a column-numbers row, a row skipped */
  private readonly unread = new Map<number, readonly number[]>();
  /** a row above the offices taken for their total (totalAbove): what it sums, and the first other row with figures read since */
  private above: { readonly line: number; readonly sum: CommonRows; readonly filled: readonly number[]; other: number | null; otherOnly: number | null } | null = null;

  /** A sheet's record before it is read: the columns (0-based) where it holds a number, if any. */
  figuresOn(line: number, columns: readonly number[]): void {
    if (columns.length > 0) this.unread.set(line, columns);
  }

  /** A row's cells that sum other rows (`sums`), read before the row is handed on: what its filled figure cells (`filled`) add, for a section line a total may add. */
  sumsOn(line: number, filled: readonly number[], sums: ReadonlyMap<number, ColumnSum> | undefined): void {
    if (sums && filled.length > 0) this.ownSums.set(line, commonRows(filled, sums));
  }

  /** A row handed on: an office's, a section's line, a numbered line, or another with figures (a total, a subtotal, a row of another year). */
  see(line: number, seen: SeenRow): void {
    this.unread.delete(line);
    const above = this.above;
    // (a numbered line is another row for every rule but coversOnce's)
    if (above !== null && line !== above.line && (seen === 'other' || seen === 'numbered')) above.other = Math.min(above.other ?? line, line);
    if (above !== null && line !== above.line && seen === 'other') above.otherOnly = Math.min(above.otherOnly ?? line, line);
    if (seen === 'section') {
      this.sections.push(line);
      return;
    }
    if (seen === 'numbered') {
      this.numbered.push(line);
      return;
    }
    if (seen === 'other') {
      this.others = true;
      this.otherLines.add(line);
      return;
    }
    this.first ??= line;
    this.last = line;
    this.offices.push(line);
  }

  /**
   * The formula that makes the row at `line` the offices' total: every figure cell it fills
   * (`filled`, 0-based columns) sums (`sums`) the same rows above it — one run taking in every
   * office row read and no other row with figures, or exactly every section line read above the
   * offices; else null.
   */
  totalOf(line: number, filled: readonly number[], sums: ReadonlyMap<number, ColumnSum> | undefined): string | null {
    if (this.others || this.first === null || this.last === null || this.last >= line) return null;
    const sum = commonRows(filled, sums);
    if (sum === null || sum.bottom >= line) return null;
    if (this.numbered.length > 0) return this.coversOnce(sum) ? sum.formula : null;
    if (this.sections.length > 0) return this.sumsSections(sum) || this.coversOnce(sum) ? sum.formula : null;
    return sum.run && sum.top <= this.first && this.last <= sum.bottom && !this.unreadFigures(sum, filled) ? sum.formula : null;
  }

  /**
   * The formula that makes the row at `line`, above every office row, the offices' declared total
   * when every figure cell it fills sums the same rows below it, and nothing with figures was read
   * before it (else null). Taken on its word: `aboveHolds` says, once the table is read, whether
   * they were the table's office rows, all of them, or its section lines, all of them.
   */
  totalAbove(line: number, filled: readonly number[], sums: ReadonlyMap<number, ColumnSum> | undefined): string | null {
    if (this.others || this.first !== null || this.sections.length > 0 || this.numbered.length > 0 || this.above !== null) return null;
    const sum = commonRows(filled, sums);
    if (sum === null || sum.top <= line) return null;
    this.above = { line, sum, filled, other: null, otherOnly: null };
    return sum.formula;
  }

  /** Whether the row taken by totalAbove (if any) summed the table's office rows (or section lines), all of them and nothing else: false refuses it. */
  aboveHolds(): boolean {
    const above = this.above;
    if (above === null) return true;
    const { sum, other } = above;
    if (this.first === null || this.last === null) return false;
    // its run: every office row inside, no other row with figures (a section's line neither) within it
    const lowestOther = Math.min(other ?? Infinity, this.sections[0] ?? Infinity);
    if (sum.run && sum.top <= this.first && this.last <= sum.bottom && lowestOther > sum.bottom && !this.unreadFigures(sum, above.filled)) return true;
    // its section lines: all of them, the offices under them, no other row with figures till the last office
    if (this.sumsSections(sum) && (other === null || other > Math.max(this.last, sum.bottom))) return true;
    // its office rows and section lines, every office row once (coversOnce), no other row with figures till the last of them
    const lastRead = Math.max(this.last, sum.bottom, this.numbered[this.numbered.length - 1] ?? -Infinity);
    return this.coversOnce(sum) && (above.otherOnly === null || above.otherOnly > lastRead);
  }

  /**
   * Whether `sum` adds office rows and section lines (one at least) that come to every office row
   * read, each once: an office row itself, a section line the office rows its own formulas sum, a
   * numbered line itself when no office row follows it before the next section or numbered line
   * (else it may head them). Every numbered line read must be among them.
   */
  private coversOnce(sum: CommonRows): boolean {
    const offices = new Set(this.offices);
    const sections = new Set(this.sections);
    const numbered = new Set(this.numbered);
    if (!sum.rows.some((r) => sections.has(r)) || !this.numbered.every((l) => sum.rows.includes(l))) return false;
    const covered = new Set<number>();
    const cover = (l: number): boolean => {
      if (covered.has(l)) return false;
      covered.add(l);
      return true;
    };
    for (const r of sum.rows) {
      // (a section line of SUBTOTALs under the row's SUBTOTAL: Excel skips it, its offices are taken in themselves)
      if (sum.subtotalled.has(r) && this.ownSums.get(r)?.holdsSubtotal === true) {
        if (!sections.has(r)) return false;
      } else if (offices.has(r)) {
        if (!cover(r)) return false;
      } else if (sections.has(r)) {
        const own = this.ownSums.get(r);
        if (own === undefined || own === null) return false;
        for (const o of own.rows) {
          // (a row of its range: an office row, or one with no figures read — none unread in its columns either)
          if (offices.has(o)) {
            if (!cover(o)) return false;
          } else if (sections.has(o) || numbered.has(o) || this.otherLines.has(o) || this.unread.has(o) || o === r) return false;
        }
      } else if (numbered.has(r)) {
        if (this.ownSums.get(r) !== undefined) return false;
        const next = [...this.sections, ...this.numbered].filter((l) => l > r).reduce((a, b) => Math.min(a, b), Infinity);
        if (this.offices.some((o) => o > r && o < next)) return false;
        if (!cover(r)) return false;
      } else if (this.otherLines.has(r) || this.unread.has(r)) return false;
      // (else a row of its range with no figures read — a blank row between the lines, a header or label-only row: Excel adds it as 0)
    }
    return covered.size === this.offices.length + this.numbered.length && this.offices.every((o) => covered.has(o));
  }

  /** Whether `sum` adds exactly every section line read, and every office row read lies under the first of them. */
  private sumsSections(sum: CommonRows): boolean {
    const sections = this.sections;
    return sections.length === sum.rows.length && sections.every((l, i) => l === sum.rows[i]) && this.first !== null && this.first > sections[0]!;
  }

  /** Whether a line of the run that no row read holds a number in a column summed (Excel adds it; no office's). */
  private unreadFigures(sum: CommonRows, filled: readonly number[]): boolean {
    for (const [line, columns] of this.unread) if (line >= sum.top && line <= sum.bottom && columns.some((c) => filled.includes(c))) return true;
    return false;
  }
}

/** The rows every filled figure cell sums, the same in each (and the first cell's formula), or null when any cell sums none or other rows. */
function commonRows(filled: readonly number[], sums: ReadonlyMap<number, ColumnSum> | undefined): CommonRows | null {
  if (!sums || filled.length === 0) return null;
  let first: ColumnSum | null = null;
  let subtotalled: Set<number> | null = null;
  let subtotal = true;
  for (const column of filled) {
    const sum = sums.get(column);
    if (!sum) return null;
    subtotal &&= holdsSubtotal(sum.formula);
    const skipped = new Set(sum.subtotalled ?? []);
    if (first === null) {
      first = sum;
      subtotalled = skipped;
      continue;
    }
    const rows = first.rows;
    if (sum.rows.length !== rows.length || sum.rows.some((r, i) => r !== rows[i])) return null;
    // (a row skipped in one cell and added in another: added, as it is somewhere)
    for (const r of subtotalled!) if (!skipped.has(r)) subtotalled!.delete(r);
  }
  if (first === null) return null;
  const { formula, rows } = first;
  const top = rows[0]!;
  const bottom = rows[rows.length - 1]!;
  return { formula, rows, top, bottom, run: rows.length === bottom - top + 1, subtotalled: subtotalled!, holdsSubtotal: subtotal };
}
