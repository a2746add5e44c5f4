// A row labelled as its province's whole ("Toàn tỉnh") with that province in its Tỉnh cell is
// the total of that province's block where it closes one: its province's offices above it since
// the last whole (their subtotals, "Cộng cấp huyện", between them and it; in a report of 2025 on,
// offices of a former province merged into it, "Hà Nam (cũ)" above "Ninh Bình | Toàn tỉnh"), or
// its province's offices right below it, past its block's subtotals ("Cộng cấp tỉnh": a whole on
// top of its block, in the forms' own order, work74b 02).
// Closing no block of its own and with another province's row next to it, it is that province's
// unit of the report: the Tổng cục's or a Cụm thi đua's compilation copies each Cục's closing
// row, "Toàn tỉnh" and all, into one sheet with a Tỉnh column (work72d 05). Read as totals, each
// would be checked against the rows of other provinces above it and none added.
// Alone, or beside rows naming no province, it stays the total it was read as.
// The fast path hands over every such row not closing its own province's offices
// (fast/row-scanner.ts declare): those are the only ones whose reading may change here.
import { provinceKey, sameOrMergedInto } from '../domain/provinces.js';
import type { FileRow } from './file-report.js';

/** What the rules below read of a row: its kind, province and year (a reference FileRow's, a fast path office's). */
export interface UnitRow {
  readonly kind: FileRow['kind'];
  readonly province: string | null;
  readonly year: number | null;
}

/** The same province as written ("Ninh Bình (mới)" is Ninh Bình: provinceKey), of that year (a year unknown on either side matches). */
function ofUnit(row: UnitRow, province: string, year: number | null): boolean {
  return row.province !== null && provinceKey(row.province) === provinceKey(province) && sameYear(row, year);
}

function sameYear(row: UnitRow, year: number | null): boolean {
  return row.year === null || year === null || row.year === year;
}

/**
 * An office's row (data, numbered, closing) of that province and year: a whole next to it totals
 * its block. `regimeYear`: the year that decides whether the 63 were merged into the 34 — from
 * 2025 an office of a former province is of its successor's block (sameOrMergedInto).
 */
export function officeOfUnit(row: UnitRow | null, province: string, year: number | null, regimeYear: number | null = year): boolean {
  if (row === null || (row.kind !== 'data' && row.kind !== 'numbered' && row.kind !== 'closing') || row.province === null) return false;
  return sameOrMergedInto(row.province, province, regimeYear) && sameYear(row, year);
}

/** A row naming another province (or the same one's other year): a whole next to it is a unit of a table of such. */
function ofOtherUnit(row: UnitRow | null, province: string, year: number | null): boolean {
  return row !== null && row.province !== null && !ofUnit(row, province, year);
}

const unitRow = (r: FileRow | null): UnitRow | null => r && { kind: r.kind, province: r.row.province, year: r.row.year };

/** The province a row is the whole of, and the year deciding the regime its offices count by. */
export interface Whole {
  readonly province: string;
  readonly regimeYear: number | null;
}

export class ProvinceWholes {
  /** a whole waiting for the row below it, and the other-year markers and its block's subtotals after it (kept in order) */
  private held: { readonly row: FileRow; readonly whole: Whole; readonly after: FileRow[] } | null = null;
  /** the last row with figures handed on (titles and other years' markers aside) */
  private above: FileRow | null = null;
  /** the last office's row handed on since the last whole: the block a whole below closes */
  private blockOffice: FileRow | null = null;

  /**
   * `wholeOf`: the province a total row is the whole of (its Tỉnh cell, its label "Toàn tỉnh":
   * row-labels.ts namesWholeOfProvince), or null for any other row; `asUnit`: said when a whole
   * is read as its province's row (the report's counts).
   */
  constructor(
    private readonly wholeOf: (row: FileRow) => Whole | null,
    private readonly asUnit: () => void,
  ) {}

  /** The rows that may be handed on now, in file order. */
  see(row: FileRow): FileRow[] {
    if (this.held !== null && (row.kind === 'other-year' || row.kind === 'heading' || this.subtotalOfHeld(row))) {
      this.held.after.push(row);
      return [];
    }
    const out = this.held === null ? [] : this.decide(row);
    const whole = row.kind === 'total' ? this.wholeOf(row) : null;
    if (whole !== null && !officeOfUnit(unitRow(this.blockOffice), whole.province, row.row.year, whole.regimeYear)) {
      this.held = { row, whole, after: [] };
      return out;
    }
    this.pass(row, whole !== null);
    return [...out, row];
  }

  /**
   * A subtotal of the held whole's block ("Cộng cấp tỉnh", "Cộng cấp huyện", its Tỉnh cell its
   * province's or empty): the forms put them between a whole on top and its offices, so what
   * decides the whole is the row past them (work74b 02). A total naming no province ("Tổng
   * cộng") is no part of a block: it decides.
   */
  private subtotalOfHeld(row: FileRow): boolean {
    if (row.kind !== 'section' && row.kind !== 'level' && row.kind !== 'total') return false;
    if (row.row.province === null) return row.kind !== 'total';
    return ofUnit(unitRow(row)!, this.held!.whole.province, this.held!.row.row.year) && (row.kind !== 'total' || this.wholeOf(row) === null);
  }

  /** At the end of the file: the row still held. */
  end(): FileRow[] {
    return this.held === null ? [] : this.decide(null);
  }

  /** `whole`: the row is a province's whole (its total or its unit): the block above it is closed. */
  private pass(row: FileRow, whole: boolean): void {
    if (row.kind !== 'other-year' && row.kind !== 'heading') this.above = row;
    if (whole) this.blockOffice = null;
    else if (row.kind === 'data' || row.kind === 'numbered' || row.kind === 'closing') this.blockOffice = row;
  }

  /** The held whole, by the rows next to it: its province's unit, or the total it was read as. */
  private decide(below: FileRow | null): FileRow[] {
    const { row, whole, after } = this.held!;
    this.held = null;
    const { province, regimeYear } = whole;
    const year = row.row.year;
    const unit = !officeOfUnit(unitRow(below), province, year, regimeYear) && (ofOtherUnit(unitRow(this.above), province, year) || ofOtherUnit(unitRow(below), province, year));
    if (unit) this.asUnit();
    // (a declared row's empty year cell waits for its block's year: a unit's is its own, as an office's)
    const { undated: _undated, ...rest } = row;
    const decided: FileRow = unit ? { ...rest, kind: 'data' } : row;
    this.pass(decided, true);
    for (const r of after) this.pass(r, false);
    return [decided, ...after];
  }
}
