// A row labelled as its province's whole ("Toàn tỉnh") with that province in its Tỉnh cell is
// the total of that province's offices only where they are next to it: below the last of them
// (a province's file, or a national file closing each block with its whole) or above the first.
// With no office of its province next to it and another province's row there, it is that
// province's unit of the report: the Tổng cục's or a Cụm thi đua's compilation copies each
// Cục's closing row, "Toàn tỉnh" and all, into one sheet with a Tỉnh column (work72d 05). Read as
// totals, each would be checked against the rows of other provinces above it and none added.
// Alone, or beside rows naming no province, it stays the total it was read as.
// The fast path hands over every such row that does not close its own province's offices
// (fast/row-scanner.ts declare): those are the only ones whose reading may change here.
import { provinceKey } from '../domain/provinces.js';
import type { FileRow } from './file-report.js';

/** What the rules below read of a row: its kind, province and year (a reference FileRow's, a fast path office's). */
export interface UnitRow {
  readonly kind: FileRow['kind'];
  readonly province: string | null;
  readonly year: number | null;
}

/** A row of that province and year (a year unknown on either side matches). */
function ofUnit(row: UnitRow, province: string, year: number | null): boolean {
  return row.province !== null && provinceKey(row.province) === provinceKey(province) && (row.year === null || year === null || row.year === year);
}

/** An office's row (data, numbered, closing) of that province and year: a whole next to it totals its block. */
export function officeOfUnit(row: UnitRow | null, province: string, year: number | null): boolean {
  return row !== null && (row.kind === 'data' || row.kind === 'numbered' || row.kind === 'closing') && ofUnit(row, province, year);
}

/** A row naming another province (or the same one's other year): a whole next to it is a unit of a table of such. */
function ofOtherUnit(row: UnitRow | null, province: string, year: number | null): boolean {
  return row !== null && row.province !== null && !ofUnit(row, province, year);
}

const unitRow = (r: FileRow | null): UnitRow | null => r && { kind: r.kind, province: r.row.province, year: r.row.year };

export class ProvinceWholes {
  /** a whole waiting for the row below it, and the other-year markers after it (kept in order) */
  private held: { readonly row: FileRow; readonly province: string; readonly after: FileRow[] } | null = null;
  /** the last row with figures handed on (titles and other years' markers aside) */
  private above: FileRow | null = null;

  /**
   * `wholeOf`: the province a total row is the whole of (its Tỉnh cell, its label "Toàn tỉnh":
   * row-labels.ts namesWholeOfProvince), or null for any other row; `asUnit`: said when a whole
   * is read as its province's row (the report's counts).
   */
  constructor(
    private readonly wholeOf: (row: FileRow) => string | null,
    private readonly asUnit: () => void,
  ) {}

  /** The rows that may be handed on now, in file order. */
  see(row: FileRow): FileRow[] {
    if (this.held !== null && (row.kind === 'other-year' || row.kind === 'heading')) {
      this.held.after.push(row);
      return [];
    }
    const out = this.held === null ? [] : this.decide(row);
    const province = row.kind === 'total' ? this.wholeOf(row) : null;
    if (province !== null && !officeOfUnit(unitRow(this.above), province, row.row.year)) {
      this.held = { row, province, after: [] };
      return out;
    }
    this.pass(row);
    return [...out, row];
  }

  /** At the end of the file: the row still held. */
  end(): FileRow[] {
    return this.held === null ? [] : this.decide(null);
  }

  private pass(row: FileRow): void {
    if (row.kind !== 'other-year' && row.kind !== 'heading') this.above = row;
  }

  /** The held whole, by the rows next to it: its province's unit, or the total it was read as. */
  private decide(below: FileRow | null): FileRow[] {
    const { row, province, after } = this.held!;
    this.held = null;
    const year = row.row.year;
    const unit = !officeOfUnit(unitRow(below), province, year) && (ofOtherUnit(unitRow(this.above), province, year) || ofOtherUnit(unitRow(below), province, year));
    if (unit) this.asUnit();
    // (a declared row's empty year cell waits for its block's year: a unit's is its own, as an office's)
    const { undated: _undated, ...rest } = row;
    const decided: FileRow = unit ? { ...rest, kind: 'data' } : row;
    this.pass(decided);
    return [decided, ...after];
  }
}
