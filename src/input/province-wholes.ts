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
// A whole decided its province's unit has no office of its province next to it: the rows of its
// province it held right under it are its parts, never offices beside it — the Biểu's levels
// ("Cấp tỉnh", "Cấp huyện": the Tổng cục's national table copies each Cục's first lines, work76b
// 01, 03) or, from 2025, the former provinces' wholes "(cũ)" merged into it, under it or right
// above it (work76b 02). Two or more must add up to it, one may not exceed it (domain/office-runs.ts
// Part): checked against the whole, which stands, and not added.
import { hasFormerMark, provinceKey, sameOrMergedInto, successorProvince } from '../domain/provinces.js';
import type { FileRow } from './file-report.js';
import { namesProvincesGroupHeading, namesProvincesGroupTotal } from './row-labels.js';

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

/**
 * A group of provinces' row, naming no province: a bloc's heading with its sum ("I | Khối thi đua
 * số 1 | 1620") or its total ("Cộng khối"). A whole next to it is a unit of a table of provinces
 * grouped so, none of the table's total (round 81a 03: "Ninh Bình | Toàn tỉnh" under "II | Khối
 * thi đua số 2 | 300" was checked against the whole table).
 */
function ofProvincesGroup(row: FileRow | null): boolean {
  if (row === null || row.row.province !== null || row.row.district === null) return false;
  return namesProvincesGroupHeading(row.row.district) || namesProvincesGroupTotal(row.row.district);
}

/** Two former provinces' wholes of one successor ("Hà Nam (cũ)", "Nam Định (cũ)": Ninh Bình). */
function sameSuccessor(a: FileRow, b: FileRow): boolean {
  const successor = (r: FileRow) => successorProvince(r.row.province!);
  const x = successor(a);
  const y = successor(b);
  return x !== null && y !== null && provinceKey(x.name) === provinceKey(y.name);
}

/** A row read as an office's (its province's unit, a part of one): a declared row's empty year cell waits for its block's year, an office's is its own. */
function asData(r: FileRow): FileRow {
  const { undated: _undated, ...rest } = r;
  return { ...rest, kind: 'data' };
}

/** A title's mark at a row's line: the section of a row numbered as one above it ends there (domain/declared-rows.ts heading). */
function sectionEnd(r: FileRow, depth: number | undefined): FileRow {
  const row = { file: r.row.file, line: r.row.line, province: null, district: '', year: null, figures: {} };
  return depth === undefined ? { kind: 'heading', row } : { kind: 'heading', row, depth };
}

const unitRow = (r: FileRow | null): UnitRow | null => r && { kind: r.kind, province: r.row.province, year: r.row.year };

/** The province a row is the whole of, and the year deciding the regime its offices count by. */
export interface Whole {
  readonly province: string;
  readonly regimeYear: number | null;
}

export class ProvinceWholes {
  /** a whole waiting for the row below it, and the other-year markers and its block's subtotals after it (kept in order); `formers`: the former provinces' wholes right above it */
  private held: { readonly row: FileRow; readonly whole: Whole; readonly after: FileRow[]; readonly formers: readonly FileRow[] } | null = null;
  /** former provinces' wholes "(cũ)" of one successor in a row, waiting for its whole below them (or read one by one, as before) */
  private formers: FileRow[] = [];
  private replaying = false;
  /** the last row with figures handed on (titles and other years' markers aside) */
  private above: FileRow | null = null;
  /** the last office's row handed on since the last whole: the block a whole below closes */
  private blockOffice: FileRow | null = null;
  /**
   * the depth of the last bloc's row numbered over provinces ("I | Cụm thi đua số 1 | 1620":
   * ofProvincesGroup): a province's unit ends the rows numbered below it, never the bloc
   */
  private blocDepth: number | undefined = undefined;

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
    if (this.held !== null && (row.kind === 'other-year' || row.kind === 'heading' || this.subtotalOfHeld(row) || this.formerOfHeld(row))) {
      this.held.after.push(row);
      return [];
    }
    // (the held whole is decided by this row first; this row is then read as any other, held or not)
    if (this.held !== null) {
      const out = this.decide(row);
      return [...out, ...this.see(row)];
    }
    const whole = row.kind === 'total' ? this.wholeOf(row) : null;
    const opens = whole !== null && !officeOfUnit(unitRow(this.blockOffice), whole.province, row.row.year, whole.regimeYear);
    if (!this.replaying && opens && this.formerWhole(row, whole!)) {
      const first = this.formers[0];
      if (first === undefined || sameSuccessor(first, row)) {
        this.formers.push(row);
        return [];
      }
    }
    if (this.formers.length > 0) {
      const formers = this.formers;
      this.formers = [];
      // the successor's whole right below its former provinces' wholes closes them
      if (opens && !hasFormerMark(row.row.province!) && formers.every((f) => sameOrMergedInto(f.row.province!, whole!.province, whole!.regimeYear))) {
        this.held = { row, whole: whole!, after: [], formers };
        return [];
      }
      return [...this.replay(formers), ...this.see(row)];
    }
    if (opens) {
      this.held = { row, whole: whole!, after: [], formers: [] };
      return [];
    }
    this.pass(row, whole !== null);
    return [row];
  }

  /** Rows read one by one, as before any was held with the others. */
  private replay(rows: readonly FileRow[]): FileRow[] {
    this.replaying = true;
    try {
      return rows.flatMap((r) => this.see(r));
    } finally {
      this.replaying = false;
    }
  }

  /** A whole whose Tỉnh cell is a former province marked so ("Hà Nam (cũ)"). */
  private formerWhole(row: FileRow, whole: Whole): boolean {
    return row.row.province !== null && hasFormerMark(row.row.province) && whole.regimeYear !== null && whole.regimeYear >= 2025;
  }

  /** Below a successor's whole, the whole of a former province merged into it ("Hà Nam (cũ) | Toàn tỉnh" under "Ninh Bình | Toàn tỉnh"). */
  private formerOfHeld(row: FileRow): boolean {
    const held = this.held!;
    if (row.kind !== 'total' || hasFormerMark(held.row.row.province!)) return false;
    const whole = this.wholeOf(row);
    return whole !== null && this.formerWhole(row, whole) && sameOrMergedInto(row.row.province!, held.whole.province, held.whole.regimeYear);
  }

  /**
   * A subtotal of the held whole's block ("Cộng cấp tỉnh", "Cộng cấp huyện", its Tỉnh cell its
   * province's or empty): the forms put them between a whole on top and its offices, so what
   * decides the whole is the row past them (work74b 02). A total naming no province ("Tổng
   * cộng") is no part of a block: it decides.
   */
  private subtotalOfHeld(row: FileRow): boolean {
    if (row.kind !== 'section' && row.kind !== 'level' && row.kind !== 'total') return false;
    // (a group of provinces' row, "II | Khối thi đua số 2 | 300", "Cộng khối", is none: it decides)
    if (row.row.province === null) return row.kind !== 'total' && !ofProvincesGroup(row);
    return ofUnit(unitRow(row)!, this.held!.whole.province, this.held!.row.row.year) && (row.kind !== 'total' || this.wholeOf(row) === null);
  }

  /** At the end of the file: the rows still held. */
  end(): FileRow[] {
    const formers = this.formers;
    this.formers = [];
    const out = this.replay(formers);
    return this.held === null ? out : [...out, ...this.decide(null)];
  }

  /** `whole`: the row is a province's whole (its total or its unit): the block above it is closed. */
  private pass(row: FileRow, whole: boolean): void {
    if (row.kind !== 'other-year' && row.kind !== 'heading') this.above = row;
    if (ofProvincesGroup(row) && row.depth !== undefined) this.blocDepth = row.depth;
    if (whole) this.blockOffice = null;
    else if (row.kind === 'data' || row.kind === 'numbered' || row.kind === 'closing') this.blockOffice = row;
  }

  /** The held whole, by the rows next to it: its province's unit, or the total it was read as. */
  private decide(below: FileRow | null): FileRow[] {
    const { row, whole, after, formers } = this.held!;
    this.held = null;
    const { province, regimeYear } = whole;
    const year = row.row.year;
    const officeBelow = officeOfUnit(unitRow(below), province, year, regimeYear);
    const unit = !officeBelow && (ofOtherUnit(unitRow(this.above), province, year) || ofOtherUnit(unitRow(below), province, year) || ofProvincesGroup(this.above) || ofProvincesGroup(below));
    if (unit) this.asUnit();
    const decided: FileRow = unit ? asData(row) : row;
    // (of its province by its Tỉnh cell: a subtotal naming none, "Cộng khối", may sum the units above)
    const isPart = (r: FileRow) => r.row.province !== null && (r.kind === 'level' || r.kind === 'section' || (r.kind === 'total' && hasFormerMark(r.row.province)));
    const parts = [...formers, ...after.filter(isPart)].length;
    const read = (r: FileRow): FileRow => {
      if (!isPart(r)) return r;
      // (held with a whole that is none: the former wholes are units, as they were one by one)
      if (!unit) return r.kind === 'total' && !officeBelow ? this.unitOf(r) : r;
      this.asUnit();
      const { province: p, district, year: y } = row.row;
      return { ...asData(r), row: { ...r.row, province: p, district, year: y }, part: parts >= 2 ? 'whole' : 'of-which' };
    };
    const before = formers.map((r) => (unit ? read(r) : this.unitOf(r)));
    const below_ = after.map(read);
    // Another province's row right above, no total ("Tuyên Quang | Hà Giang (cũ)", the last former
    // province under its successor's whole, then "Cao Bằng | Toàn tỉnh"): the block it is in, and
    // a row numbered as a section over it, end here, as at a title — none of them holds this
    // province's unit (work78a 03: "Hà Giang (cũ)" was checked against Cao Bằng, Tuyên Quang's whole too).
    const ends = unit && this.above !== null && this.above.kind !== 'total' && ofOtherUnit(unitRow(this.above), province, year) ? [sectionEnd(row, this.blocDepth === undefined ? undefined : this.blocDepth + 1)] : [];
    for (const r of formers) this.pass(r, true);
    this.pass(decided, true);
    for (const r of after) this.pass(r, false);
    // a unit heads its parts, wherever they stood (domain/office-runs.ts: the head first)
    return unit ? [...ends, decided, ...before, ...below_] : [...before, decided, ...below_];
  }

  /** A former province's whole read as its unit. */
  private unitOf(r: FileRow): FileRow {
    this.asUnit();
    return asData(r);
  }
}
