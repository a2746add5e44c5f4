// Rows a file declares as sums — "Tổng cộng", section subtotals ("Cấp huyện", "Các Phòng THADS
// khu vực"), rows numbered as sections (STT "II") — are never added: each is resolved against
// the office rows around it. Pure: the readers feed rows in file order, this says what each
// declared row is and whether the file agrees with it.
//
// Memory stays flat: office rows between two declared rows are kept as one summed run, so a
// file is `run, declared, run, declared, …, run`, however many rows it has.
import type { Dec } from './decimal.js';
import { agreesWithExcelSum } from './excel-digits.js';
import { addFiguresInto, type Figures } from './figures.js';
import { MEASURES, type Measure } from './fields.js';

export type Sums = Partial<Record<Measure, Figures>>;

/**
 * How a row declared itself: labelled as the file's total ("Tổng cộng"), as a section's ("Cấp
 * huyện"), numbered as a section (STT "II"), or as a level that is an office of its own unless
 * offices are listed under it ("Cấp tỉnh": the Cục's own figures, or the sum of "Văn phòng Cục"…),
 * or as a group's name below its offices, an office of its own unless it equals them ("Quảng Ngãi"
 * under Quảng Ngãi's "Phòng THADS khu vực 1", "… 2": their subtotal, or the Cục's own row).
 */
export type DeclaredKind = 'total' | 'section' | 'numbered' | 'level' | 'closing';

export interface DeclaredRow<R> {
  readonly kind: DeclaredKind;
  readonly row: R;
  readonly figures: Sums;
  /**
   * A numbered row's depth in a table numbered on several levels (0 "A" ⊃ 1 "I" ⊃ 2 "1":
   * input/row-labels.ts numberingDepth). Rows numbered deeper below it are inside it; none: it
   * heads the rows down to the next declared row or title, whatever its number.
   */
  readonly depth?: number;
}

/** 'heading': a section's title without figures — the rows above it are not the rows below it (nor, with a depth, those of a row numbered as deep or deeper) */
/**
 * Whether an office row names the province's own office (addRow): true ("Cục THADS tỉnh Nam
 * Định", "Văn phòng Cục", the province's bare name outside the district level); 'bare': the
 * province's bare name under "Cấp huyện" — the office of the city of that name, unless its figures
 * are the "Cấp tỉnh" line's in every field (the Cục's row listed among its Chi cục); false: neither.
 */
export type Own = boolean | 'bare';

/** a run's `own`: its one row names the province's own office (addRow); `bare`: Own 'bare'; `office`: its one row's office as written (addRow) */
type Item<R> = { readonly type: 'run'; readonly sums: Sums; rows: number; readonly own?: true; readonly bare?: true; readonly office?: string } | ({ readonly type: 'declared' } & DeclaredRow<R>) | { readonly type: 'heading'; readonly depth?: number };

/** A field of a declared row the rows do not add up to. */
export interface FieldDiff {
  readonly measure: Measure;
  readonly index: number;
  readonly declared: Dec;
  readonly sum: Dec;
}

export interface Mismatch<R> {
  readonly declared: DeclaredRow<R>;
  /** the reading the row most nearly matches: what the rows it would add up sum to */
  readonly diffs: FieldDiff[];
  /**
   * which rows: 'file', 'above', 'below'; 'levels': the declared row is the first of a total's
   * levels, which do not add up to it (`total`); 'breakdown': a total the rows above it add up to,
   * with `rows` rows right under it adding up to it too (no diffs); 'own': a "Cấp tỉnh" line
   * differing from the one row of the table naming the Cục's own office (diffs: its figure, the row's)
   */
  readonly against: 'file' | 'above' | 'below' | 'levels' | 'breakdown' | 'own';
  /** with 'breakdown': how many rows under the total */
  readonly rows?: number;
  /** with 'levels': the total they break down (diffs: its figure, the levels' sum) */
  readonly total?: DeclaredRow<R>;
}

export interface Resolution<R> {
  /** declared rows read as offices after all: a section row that heads no rows ("Cấp tỉnh" as the Cục's own figures), or the only figures of a file ("Toàn quốc") */
  readonly offices: DeclaredRow<R>[];
  /** rows numbered as sections that head rows but do not equal them */
  readonly sectionMismatches: Mismatch<R>[];
  /** declared rows that no reading of the rows around them explains */
  readonly mismatches: Mismatch<R>[];
  /** declared rows that equal what they sum (subtotals, totals) */
  readonly matched: number;
  /**
   * Subtotals whose nearest reading is one office row carved out of a longer run (no section
   * title or declared row on its far side; the table's edge is none): an office whose figures
   * equal its neighbour's ("Cộng Hòa" under "Thanh Hà") or that row's subtotal — neither dropped
   * nor added, unless the file's totals match one reading only.
   */
  readonly oneRowSubtotals: { readonly declared: DeclaredRow<R>; readonly against: 'above' | 'below' }[];
  /** a declared total equals the sum of every office row: each row is counted in a total the file states */
  readonly wholeStated: boolean;
}

export function copySums(s: Sums): Sums {
  const out: Sums = {};
  for (const m of MEASURES) if (s[m]) out[m] = s[m]!.slice();
  return out;
}

export function addSums(into: Sums, s: Sums): void {
  for (const m of MEASURES) {
    const f = s[m];
    if (!f) continue;
    if (into[m]) addFiguresInto(into[m]!, f);
    else into[m] = f.slice();
  }
}

/** `a − b`, field by field, as new sums; unknown where either side is. */
export function subtractSums(a: Sums, b: Sums): Sums {
  const out: Sums = {};
  for (const m of MEASURES) {
    const x = a[m];
    const y = b[m];
    if (x) out[m] = x.map((v, i) => (v === null || (y?.[i] ?? null) === null ? null : v.minus(y![i]!)));
  }
  return out;
}

/** A unit (a power of ten) every row of a field is a whole number of, as written (excel-digits.ts agreesWithExcelSum); null: not known to be. */
export type WholeIn = (measure: Measure, index: number) => Dec | null;

/**
 * The fields of `declared` that differ from `sum`, the exact sum of `rows` office rows (only
 * where both are known): beyond the residue Excel's =SUM of those rows may leave in a total of
 * 15 digits (excel-digits.ts agreesWithExcelSum), none when its rows are whole (`wholeIn`).
 */
export function diffSums(declared: Sums, sum: Sums, rows: number, wholeIn: WholeIn = () => null): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const m of MEASURES) {
    const d = declared[m];
    const s = sum[m];
    if (!d) continue;
    d.forEach((v, index) => {
      const w = s?.[index] ?? null;
      if (v !== null && w !== null && !agreesWithExcelSum(v, w, rows, wholeIn(m, index))) out.push({ measure: m, index, declared: v, sum: w });
    });
  }
  return out;
}

/** The fields of `part` greater than `whole`'s (where both are known), as diffs of `whole` against it. */
function exceeding(part: Sums, whole: Sums): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const m of MEASURES) {
    part[m]?.forEach((v, index) => {
      const w = whole[m]?.[index] ?? null;
      if (v !== null && w !== null && v.gt(w)) out.push({ measure: m, index, declared: w, sum: v });
    });
  }
  return out;
}

/** A declared row compares with nothing it shares no known field with. */
function comparable(declared: Sums, sum: Sums): boolean {
  return MEASURES.some((m) => declared[m]?.some((v, i) => v !== null && (sum[m]?.[i] ?? null) !== null));
}

/** Figures that differ from the run of rows next to them (or no rows there): no subtotal of them. */
function notSumOf(figures: Sums, run: { sums: Sums; rows: number } | null, wholeIn: WholeIn): boolean {
  return run === null || diffSums(figures, run.sums, run.rows, wholeIn).length > 0;
}

/**
 * Beyond this many declared rows, a subtotal is tried against the rows between it and its
 * neighbouring declared rows only (not across them), so the search stays linear in the file.
 */
const RUN_SEARCH_LIMIT = 400;
/** One-row subtotals beyond this many in a file are refused without trying each reading (2^n). */
const MAX_ONE_ROW_SUBTOTALS = 4;
/** Rows kept one by one (each a run of its own): real reports have a few hundred. */
export const SEPARATE_ROWS = 5000;

export class DeclaredRows<R> {
  private readonly items: Item<R>[] = [{ type: 'run', sums: {}, rows: 0 }];

  /**
   * `mayBeOffice`: whether a declared row's label could also be an office's name ("Cộng Hòa", a
   * commune, beside "Cộng khối Cục", which never is): only such a row equal to one office row
   * carved out of a run is in doubt (oneRowSubtotals).
   */
  constructor(
    private readonly mayBeOffice: (row: R) => boolean = () => true,
    /**
     * whether a row numbered as the subtotal of the rows below it may instead be one row of a
     * list: a province of the 63 followed by two former provinces of its successor ("Cần Thơ"
     * over "Hậu Giang (cũ)", "Sóc Trăng (cũ)", input/list-structure.ts `listed`) — settleListed
     */
    private readonly mayBeListed: (row: R) => boolean = () => false,
    /**
     * whether a section's row is a page's carry row ("Cộng chuyển sang trang sau", "Trang trước
     * chuyển sang", "Lũy kế đến trang 2": input/row-labels.ts isCarryRow): the running sum of
     * every office row above it, back to the file's top or the last total, checked against
     * that alone — never an office, never a run's subtotal
     */
    private readonly isCarry: (row: R) => boolean = () => false,
    /**
     * the unit a field's cells are written in, in the figures' unit (1000: a column in nghìn
     * read into đồng); null: none known (several columns into one field, cells stating units)
     */
    private readonly writtenIn: WholeIn = () => null,
    /**
     * whether a section's row is labelled as the district level ("Cấp huyện", "Cộng cấp huyện",
     * "Cấp khu vực": input/row-labels.ts namesLowerLevel): right under "Cấp tỉnh" read as the
     * Cục's own figures and heading no rows, it is the district level's own line beside it
     */
    private readonly isLowerLevel: (row: R) => boolean = () => false,
    /**
     * whether a section's row is a bloc's over provinces ("I | Khối thi đua số 1 | 1620": input/
     * row-labels.ts namesProvincesGroupHeading): never an office, even with a province's whole
     * right under it and no row between ("Nam Định | Toàn tỉnh" over its Chi cục): what it sums
     * are the offices below, past those wholes, checked as any subtotal's (round 81a 03); or its
     * total ("Cộng khối 1", namesProvincesGroupTotal) right under its last province's whole
     * closing that province's offices: the offices above, past the wholes (work82b 03)
     */
    private readonly isBloc: (row: R) => boolean = () => false,
    /**
     * whether a section's row names the district level's offices together ("Các Chi cục", "Khối
     * Chi cục", "Cấp huyện": input/row-labels.ts namesDistrictOffices): beside the Cục's own line
     * alone, closed by a total, it is the district level's figures (resolveOnce besideOwnLine)
     */
    private readonly isDistrictOffices: (row: R) => boolean = () => false,
    /**
     * whether a row numbered as a section is a list's office line followed straight by the next
     * line of its list ("IV | Quảng Trạch | 1650" over "V | Lệ Thủy" in a form by enforcer:
     * input/by-enforcer.ts nextRomanOfList): an office without rows of its own unless the rows
     * below it add up to it (then their section, as any such row)
     */
    private readonly listOffice: (row: R) => boolean = () => false,
    /**
     * whether a declared row's label is the subtotal of the office `office` names ("Cộng Mỹ Lộc",
     * "Tổng Mỹ Lộc" beside "Chi cục THADS huyện Mỹ Lộc": input/by-enforcer.ts
     * namesSubtotalOfOfficeBelow): equal to that office's one row right beside it, it is that
     * row's subtotal, not an office carved out of a run (oneRowSubtotals)
     */
    private readonly subtotalOf: (row: R, office: string) => boolean = () => false,
  ) {}

  /** by measure, the fields a row or declared row gave a figure of that is no whole number of its writtenIn */
  private notWhole: { [m in Measure]?: boolean[] } = {};

  /** Notes the fields of `figures` that are no whole number of their unit as written. */
  private seeFigures(figures: Sums): void {
    for (const m of MEASURES) {
      const f = figures[m];
      if (!f) continue;
      const marked = (this.notWhole[m] ??= []);
      for (let i = 0; i < f.length; i++) {
        const v = f[i];
        if (v == null || marked[i]) continue;
        // a whole number of 10^k: zero, or its last non-zero digit (10^(e − sd + 1)) at k or above
        const unit = this.writtenIn(m, i);
        if (unit === null || !(v.isZero() || v.e - v.sd() + 1 >= unit.e)) marked[i] = true;
      }
    }
  }

  /**
   * Every figure of a field this file gave (its rows, and its declared rows, which may turn out
   * to be offices) is a whole number of the unit it is written in: Excel's sum of them is exact.
   */
  private readonly wholeIn: WholeIn = (m, i) => (this.notWhole[m]?.[i] ? null : this.writtenIn(m, i));

  private separateRows = 0;

  /**
   * An office row (already in the per-office sums). The first rows of a file are kept one by
   * one, so that a subtotal can be matched with any run of rows next to it ("Cộng khối" below
   * the offices of its section); beyond that, rows join the current run (memory stays flat).
   * `own`: the row names the province's own office ("Cục THADS tỉnh Nam Định", "Văn phòng Cục"),
   * which a "Cấp tỉnh" line may repeat (resolveOnce ownLevelRow). `office`: the row's office as
   * written, which a subtotal beside it may name (subtotalOf); none: unknown.
   */
  addRow(figures: Sums, own: Own = false, office?: string): void {
    this.seeFigures(figures);
    const last = this.items[this.items.length - 1]!;
    if (this.separateRows < SEPARATE_ROWS) {
      this.separateRows++;
      if (last.type === 'run' && last.rows === 0) this.items.pop();
      const named = office === undefined ? {} : { office };
      this.items.push(own === true ? { type: 'run', sums: copySums(figures), rows: 1, own, ...named } : own === 'bare' ? { type: 'run', sums: copySums(figures), rows: 1, bare: true, ...named } : { type: 'run', sums: copySums(figures), rows: 1, ...named });
    } else if (last.type === 'run') {
      addSums(last.sums, figures);
      last.rows++;
    } else this.items.push({ type: 'run', sums: copySums(figures), rows: 1 });
  }

  declare(kind: DeclaredKind, row: R, figures: Sums, depth?: number): void {
    this.seeFigures(figures);
    this.items.push(depth === undefined ? { type: 'declared', kind, row, figures } : { type: 'declared', kind, row, figures, depth });
    this.items.push({ type: 'run', sums: {}, rows: 0 });
  }

  /** A section's title without figures: a run of rows ends there (a row numbered "I" above heads nothing below it). */
  heading(depth?: number): void {
    this.items.push(depth === undefined ? { type: 'heading' } : { type: 'heading', depth });
    this.items.push({ type: 'run', sums: {}, rows: 0 });
  }

  /** A copy that goes on apart from this one (runs copied: resolve() and addRow change them). */
  clone(): DeclaredRows<R> {
    const copy = new DeclaredRows<R>(this.mayBeOffice, this.mayBeListed, this.isCarry, this.writtenIn, this.isLowerLevel, this.isBloc, this.isDistrictOffices, this.listOffice, this.subtotalOf);
    for (const m of MEASURES) if (this.notWhole[m]) copy.notWhole[m] = this.notWhole[m]!.slice();
    copy.items.length = 0;
    for (const it of this.items) copy.items.push(it.type === 'run' ? { ...it, sums: copySums(it.sums) } : it);
    copy.separateRows = this.separateRows;
    return copy;
  }

  get declaredCount(): number {
    return this.items.filter((i) => i.type === 'declared').length;
  }

  resolve(): Resolution<R> {
    // Most files declare nothing: no sum of their rows is needed.
    if (!this.items.some((it) => it.type === 'declared')) return { offices: [], sectionMismatches: [], mismatches: [], matched: 0, oneRowSubtotals: [], wholeStated: false };
    // resolveOnce() rewrites its items: the readings of a one-row subtotal start from a copy.
    const pristine = this.clone();
    const first = this.resolveOnce();
    const settled = first.oneRowSubtotals.length === 0 ? first : pristine.settleOneRowSubtotals(first);
    return settled.sectionMismatches.some((m) => this.mayBeListed(m.declared.row)) ? pristine.settleListed(settled) : settled;
  }

  /**
   * Rows that may be one row of a list (mayBeListed) and are not the sum of the rows below them:
   * read as rows of the list when, so read, the file agrees with itself and a declared total
   * equals every row, which it did not as their subtotals. Else (no total, or one that agrees
   * with neither reading) they stay refused: a subtotal with a wrong figure is never added.
   */
  private settleListed(first: Resolution<R>): Resolution<R> {
    if (first.oneRowSubtotals.length > 0 || !first.mismatches.some((m) => m.declared.kind === 'total')) return first;
    const reading = this.clone();
    const asRows = first.sectionMismatches.filter((m) => this.mayBeListed(m.declared.row)).map((m) => {
      const i = reading.items.indexOf(m.declared as Item<R>);
      if (i < 0) return null;
      reading.items[i] = { type: 'run', sums: copySums(m.declared.figures), rows: 1 };
      return m.declared;
    });
    if (asRows.some((d) => d === null)) return first;
    // Rows numbered as sections that headed nothing, offices in `first`, stay offices: a row of
    // the list now right under one is none of its ("1 | Cục THADS tỉnh Ninh Bình (cũ)", "2 | … Nam
    // Định (cũ)" over "3 | … Hà Nam (cũ)" read as a row: work97c 03).
    const kept = first.offices.filter((d) => d.kind === 'numbered' && reading.items.includes(d as Item<R>));
    for (const d of kept) reading.items[reading.items.indexOf(d as Item<R>)] = { type: 'run', sums: copySums(d.figures), rows: 1 };
    const r = reading.resolveOnce();
    if (!r.wholeStated || r.mismatches.length > 0 || r.sectionMismatches.length > 0 || r.oneRowSubtotals.length > 0) return first;
    return { ...r, offices: [...kept, ...r.offices, ...(asRows as DeclaredRow<R>[])] };
  }

  /**
   * A one-row subtotal is an office or that row's subtotal; the file's declared totals decide
   * when exactly one way of reading these rows makes every total match, every figure. Else (no
   * total over them, or one that matches both readings or neither) they stay refused: `first`.
   */
  private settleOneRowSubtotals(first: Resolution<R>): Resolution<R> {
    const ambiguous = first.oneRowSubtotals.map((o) => this.items.indexOf(o.declared as Item<R>));
    // Each row two readings: beyond a few rows the readings are too many to try (real files have one).
    if (ambiguous.length > MAX_ONE_ROW_SUBTOTALS || ambiguous.some((i) => i < 0)) return first;
    let winner: Resolution<R> | null = null;
    for (let mask = 0; mask < 1 << ambiguous.length; mask++) {
      const reading = this.clone();
      const asOffices = ambiguous.filter((_, k) => (mask >> k) & 1).map((i) => {
        const d = reading.items[i] as DeclaredRow<R>;
        reading.items[i] = { type: 'run', sums: copySums(d.figures), rows: 1 };
        return d;
      });
      const r = reading.resolveOnce();
      if (r.mismatches.some((m) => m.declared.kind === 'total')) continue;
      // Two readings the totals allow, or one that finds one-row subtotals of its own: undecided.
      if (winner || r.oneRowSubtotals.some((o) => asOffices.includes(o.declared) || !first.oneRowSubtotals.some((f) => f.declared === o.declared))) return first;
      winner = { ...r, offices: [...r.offices, ...asOffices], matched: r.matched + r.oneRowSubtotals.length, oneRowSubtotals: [] };
    }
    return winner ?? first;
  }

  /** A section's row that carries the pages above it (isCarry). */
  private carries(it: DeclaredRow<R>): boolean {
    return it.kind === 'section' && this.isCarry(it.row);
  }

  private resolveOnce(): Resolution<R> {
    const items = this.items;
    const offices: DeclaredRow<R>[] = [];
    const sectionMismatches: Mismatch<R>[] = [];
    /** The rows between item i and the nearest declared row in direction `step`, summed; null if none. */
    const runFrom = (i: number, step: 1 | -1): { sums: Sums; rows: number } | null => {
      const sums: Sums = {};
      let rows = 0;
      for (let j = i; j >= 0 && j < items.length; j += step) {
        const x = items[j]!;
        if (x.type !== 'run') break;
        if (x.rows > 0) {
          addSums(sums, x.sums);
          rows += x.rows;
        }
      }
      return rows > 0 ? { sums, rows } : null;
    };
    /** the next item past empty runs from i on (index), or items.length */
    const nextItem = (i: number): number => {
      let j = i;
      while (j < items.length && items[j]!.type === 'run' && (items[j] as { rows: number }).rows === 0) j++;
      return j;
    };
    /**
     * A row numbered as a section with a level right under it ("I | Nam Định | 1000" over "Cấp
     * tỉnh | 210", then its Chi cục "1 | TP Nam Định"…, maybe under "Cấp huyện | 790"): that
     * level, and a district level's row after it down to the next other declared row, are inside
     * its section — its rows are the Cục's own and its Chi cục, not the end of what it heads
     * (work79a 01: the province added beside them, every total doubled). Item → its section's item.
     */
    const levelOf = new Map<number, number>();
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.type !== 'declared' || it.kind !== 'numbered') continue;
      const j = nextItem(i + 1);
      const lv = items[j];
      if (lv?.type !== 'declared' || lv.kind !== 'level') continue;
      levelOf.set(j, i);
      for (let k = j + 1; k < items.length; k++) {
        const x = items[k]!;
        if (x.type === 'run') continue;
        if (x.type !== 'declared' || x.kind !== 'section' || !this.isLowerLevel(x.row)) break;
        levelOf.set(k, i);
      }
    }
    /**
     * The rows a row numbered as a section at item i heads, summed (null if none): the run right
     * below it, and with a depth every run down to the next row or title numbered as deep or
     * less (or any other declared row) — "I | Cụm thi đua số 1" heads its provinces' offices,
     * not the provinces' rows "1", "2" (checked on their own, never added). `nests`: rows
     * numbered deeper are inside it (each heads rows, or is an office itself).
     */
    const headedBy = (i: number): { sums: Sums; rows: number; nests: boolean } | null => {
      const depth = (items[i] as DeclaredRow<R>).depth;
      const sums: Sums = {};
      let rows = 0;
      let nests = false;
      for (let j = i + 1; j < items.length; j++) {
        const x = items[j]!;
        if (x.type === 'run') {
          if (x.rows > 0) addSums(sums, x.sums);
          rows += x.rows;
          continue;
        }
        // (its own levels: checked on their own, their rows counted once, here)
        if (levelOf.get(j) === i) continue;
        const deeper = depth !== undefined && (x.type === 'heading' || x.kind === 'numbered') && x.depth !== undefined && x.depth > depth;
        if (!deeper) break;
        if (x.type === 'declared') nests = true;
      }
      return rows > 0 || nests ? { sums, rows, nests } : null;
    };
    /** The office rows above item i up to the file's top or the nearest total above, summed: what a carry row carries. */
    const carriedTo = (i: number): { sums: Sums; rows: number; from: number } => {
      const sums: Sums = {};
      let rows = 0;
      let j = i - 1;
      for (; j >= 0; j--) {
        const x = items[j]!;
        if (x.type === 'declared' && x.kind === 'total') break;
        if (x.type === 'run' && x.rows > 0) {
          addSums(sums, x.sums);
          rows += x.rows;
        }
      }
      // None above ("Trang trước chuyển sang" opening the file): the pages it carries are missing, their sum here 0
      if (rows === 0) {
        const carried = (items[i] as DeclaredRow<R>).figures;
        for (const m of MEASURES) if (carried[m]) sums[m] = carried[m]!.map((v) => (v === null ? null : v.minus(v)));
      }
      return { sums, rows, from: j + 1 };
    };
    // 1. Rows that head nothing are offices: a row numbered "I" followed straight by "II", a
    //    "Cấp tỉnh" between two other declared rows. They join the rows, as a run of their own.
    /** items that were "Cấp tỉnh" rows read as offices here */
    const levelOffices = new Set<number>();
    /** declared rows read as offices here, by item */
    const officeRows = new Map<number, DeclaredRow<R>>();
    /** "Cấp tỉnh" and its "Cấp huyện" beside it (besideLevel), both read as offices here: items */
    const levelPairs: [number, number][] = [];
    /**
     * "Cấp huyện" heading nothing right under such a row (the Biểu's first lines "Toàn tỉnh", "Cấp
     * tỉnh", "Cấp huyện" alone, work76b 03) — not over sections of its Chi cục with their rows ("I |
     * Cụm thi đua số 1 | 900" and its Chi cục: it is their subtotal, work82b 02; or a bare title "I |
     * Cụm thi đua số 1", "Khu vực 1" over them, work83a 01)
     */
    const besideLevel = (i: number): boolean => levelOffices.has(itemBefore(i)) && this.isLowerLevel((items[i] as DeclaredRow<R>).row) && !overSection(i);
    /**
     * A province's summary by level (work93c 03): the Cục's own line — one row naming its own
     * office ("Văn phòng Cục", "Riêng Cục") or "Cấp tỉnh" read as its figures — and the district
     * level's row ("Các Chi cục", "Khối Chi cục", "Riêng các Chi cục", "Cấp huyện":
     * isDistrictOffices) right after or before it, the two alone in their table (nothing above
     * them but its top, a title or a total), a total right under them (or on top of them as the
     * file's first line, nothing after them): no Chi cục is listed, the row is the district
     * level's own figures, an office beside the Cục's line as "Cấp huyện" is beside "Cấp tỉnh"
     * (besideLevel), the total checking the two (was taken for the subtotal of the Cục's row,
     * DECLARED_TOTAL_MISMATCH). Where its figures are that line's it reads as before (their subtotal).
     */
    const besideOwnLine = (i: number): boolean => {
      const it = items[i] as DeclaredRow<R>;
      if (!this.isDistrictOffices(it.row) || this.isBloc(it.row)) return false;
      /** the Cục's own line at item k: a row naming its own office, or "Cấp tỉnh" read as an office here */
      const ownLine = (k: number): boolean => {
        const x = items[k];
        return x?.type === 'run' && x.rows === 1 && (x.own === true || levelOffices.has(k)) && runFrom(k - 1, -1) === null && runFrom(k + 1, 1) === null;
      };
      const total = (k: number): boolean => items[k]?.type === 'declared' && (items[k] as DeclaredRow<R>).kind === 'total';
      const opens = (k: number): boolean => k < 0 || items[k]!.type === 'heading' || total(k);
      /** the pair between items `open` and `close`: a total right under it, or on top of the file's only table */
      const bounded = (open: number, close: number): boolean => opens(open) && (total(close) || (total(open) && itemBefore(open) < 0 && close >= items.length));
      const before = itemBefore(i);
      const after = nextItem(i + 1);
      const line = ownLine(before) && bounded(itemBefore(before), after) ? before : ownLine(after) && bounded(before, nextItem(after + 1)) ? after : -1;
      return line >= 0 && notSumOf(it.figures, { sums: (items[line] as { sums: Sums }).sums, rows: 1 }, this.wholeIn);
    };
    /** the item before item i past empty runs (index), or -1 */
    const itemBefore = (i: number): number => {
      let j = i - 1;
      while (j >= 0 && items[j]!.type === 'run' && (items[j] as { rows: number }).rows === 0) j--;
      return j;
    };
    /** the next item past item i is a section's title (with figures or without) or numbered row with rows right under it */
    const overSection = (i: number): boolean => {
      const k = nextItem(i + 1);
      const x = items[k];
      return (x?.type === 'heading' || (x?.type === 'declared' && (x.kind === 'section' || x.kind === 'numbered'))) && runFrom(k + 1, 1) !== null;
    };
    /**
     * What a level at item i lists under it: its rows, and rows numbered as sections that head
     * nothing, each an office ("A | Cấp tỉnh" over "I | Văn phòng Cục": letter ⊃ Roman, work83a 03)
     * — down to any other declared row or title. Null if none.
     */
    const listedUnder = (i: number): { sums: Sums; rows: number; numbered: number; end: number } | null => {
      const sums: Sums = {};
      let rows = 0;
      let numbered = 0;
      let j = i + 1;
      for (; j < items.length; j++) {
        const x = items[j]!;
        if (x.type === 'run') {
          if (x.rows > 0) addSums(sums, x.sums);
          rows += x.rows;
        } else if (x.type === 'declared' && x.kind === 'numbered' && headedBy(j) === null && levelsOf(j) === null) {
          addSums(sums, x.figures);
          rows++;
          numbered++;
        } else break;
      }
      return rows > 0 ? { sums, rows, numbered, end: j } : null;
    };
    /**
     * A level over rows numbered as sections, then the district level over its own ("A | Cấp tỉnh",
     * "I | Văn phòng Cục", "B | Cấp huyện", its Chi cục): letter ⊃ Roman, the level is their
     * subtotal whatever its figures — checked, never an office (its own figures with Roman rows
     * after it would end at a "Cấp huyện" closing them, heading nothing).
     */
    const nestedOver = (i: number): boolean => {
      const under = listedUnder(i);
      const lower = under === null ? undefined : items[under.end];
      return under !== null && under.numbered > 0 && lower?.type === 'declared' && lower.kind === 'section' && this.isLowerLevel(lower.row) && listedUnder(under.end) !== null;
    };
    /**
     * A row numbered as a section heading no rows, right over its province's levels and nothing
     * else ("I | Hà Nội | 2000" over "Cấp tỉnh | 200", "Cấp huyện | 1800": a Tổng cục's or Cụm's
     * table copying each Cục's summary lines, work77a 01): the levels are its parts — both must
     * add up to it, "Cấp tỉnh" alone may not exceed it.
     */
    const levelsOf = (i: number): number[] | null => {
      const j = nextItem(i + 1);
      const lv = items[j];
      if (lv?.type !== 'declared' || lv.kind !== 'level' || runFrom(j + 1, 1) !== null) return null;
      const k = nextItem(j + 1);
      const lower = items[k];
      if (lower?.type === 'declared' && lower.kind === 'section' && this.isLowerLevel(lower.row)) return runFrom(k + 1, 1) === null ? [j, k] : null;
      return [j];
    };
    /**
     * A closing total's two levels right under it and nothing below them ("Tổng cộng" over
     * "Trong đó:", "Cấp tỉnh", "Cấp huyện": the Cục's Biểu closing with its split by level,
     * work83a 02: both added as offices, every figure doubled): the total's breakdown, never
     * added; together they must equal it. Only as the table's last figures: a province's whole
     * followed by the next province's levels and whole opens no breakdown (work81b 02). (One
     * level alone there may be the Cục's own row.) "Cấp huyện" over "Cấp tỉnh" alike.
     */
    const levelsOfTotal = (i: number): [number, number] | null => {
      if (!items.slice(0, i).some((x) => x.type === 'run' && x.rows > 0)) return null;
      const isLevel = (x: Item<R> | undefined) => x?.type === 'declared' && x.kind === 'level';
      const isLower = (x: Item<R> | undefined) => x?.type === 'declared' && x.kind === 'section' && this.isLowerLevel(x.row);
      const j = nextItem(i + 1);
      // in either order: the district level first where the Chi cục are listed first (work83b 04)
      const first = items[j];
      if (!(isLevel(first) || isLower(first)) || runFrom(j + 1, 1) !== null) return null;
      const k = nextItem(j + 1);
      if (!(isLevel(first) ? isLower(items[k]) : isLevel(items[k]))) return null;
      const it = items[i] as DeclaredRow<R>;
      if (it.kind === 'total') return items.slice(k + 1).every((x) => x.type === 'heading' || (x.type === 'run' && x.rows === 0)) ? [j, k] : null;
      // A province's closing subtotal ("Cộng tỉnh Nam Định", equal to its offices right above),
      // its levels, then the next province's title or the table's end (a Tổng cục's appendix
      // pasting each Cục's Biểu, work83b 02: was DECLARED_TOTAL_MISMATCH at "Cấp huyện"; before,
      // the levels added).
      const above = runFrom(i - 1, -1);
      const next = items[nextItem(k + 1)];
      // (or the table's closing total right after the last province's levels, work84b 04)
      const closes = next === undefined || next.type === 'heading' || (next.type === 'declared' && next.kind === 'total');
      return above !== null && diffSums(it.figures, above.sums, above.rows, this.wholeIn).length === 0 && closes ? [j, k] : null;
    };
    /**
     * The closing total T at item i equal to the rows above it, then only the Cục's level line P
     * ("Cấp tỉnh", or "Riêng Cục" there: read-csv.ts) and a section G naming no district level
     * ("Các Chi cục", "Khối Chi cục", "Riêng các Chi cục"), in either order (work93a 04: "Riêng
     * Cục" was added as a 4th office, "Riêng các Chi cục" checked against every row above, exit
     * 1): the total's split by level, never added — P must equal the rows above naming the Cục's
     * own office, G the others, every figure. Else null (read as before: P an office, refused).
     */
    const levelAndGroup = (i: number, level: number, group: number): { readonly parts: number[]; readonly breakdown: boolean } | null => {
      const own: Sums = {};
      const district: Sums = {};
      let ownRows = 0;
      let districtRows = 0;
      for (let j = i - 1; j >= 0 && items[j]!.type === 'run'; j--) {
        const x = items[j] as { sums: Sums; rows: number; own?: true };
        if (x.rows === 0) continue;
        addSums(x.own ? own : district, x.sums);
        if (x.own) ownRows += x.rows;
        else districtRows += x.rows;
      }
      const equal = (declared: Sums, sums: Sums, n: number) => n > 0 && comparable(declared, sums) && diffSums(declared, sums, n, this.wholeIn).length === 0;
      const p = (items[level] as DeclaredRow<R>).figures;
      const g = (items[group] as DeclaredRow<R>).figures;
      return equal(p, own, ownRows) && equal(g, district, districtRows) ? { parts: [level, group], breakdown: true } : null;
    };
    /**
     * The rows right above item i (back to a declared row or title) split into those naming the
     * Cục's own office and the others, each summed with its count: the levels' own rows.
     */
    const levelRowsAbove = (i: number) => {
      const own: Sums = {};
      const district: Sums = {};
      let ownRows = 0;
      let districtRows = 0;
      /** a row of the other level listed above an own row (the Cục's row not first) */
      let ownAfterOther = false;
      for (let j = i - 1; j >= 0 && items[j]!.type === 'run'; j--) {
        const x = items[j] as { sums: Sums; rows: number; own?: true };
        if (x.rows === 0) continue;
        addSums(x.own ? own : district, x.sums);
        if (x.own) ownRows += x.rows;
        else {
          districtRows += x.rows;
          continue;
        }
        for (let k = j - 1; k >= 0 && items[k]!.type === 'run'; k--) if ((items[k] as { rows: number; own?: true }).rows > 0 && !(items[k] as { own?: true }).own) ownAfterOther = true;
      }
      return { own, district, ownRows, districtRows, ownAfterOther };
    };
    /** `declared` equals the `n` rows summed in `sums`, every figure both give (n > 0) */
    const repeatsRows = (declared: Sums, sums: Sums, n: number) => n > 0 && comparable(declared, sums) && diffSums(declared, sums, n, this.wholeIn).length === 0;
    /**
     * The closing total T at item i equal to the rows above it, then ONE line of a level alone: the
     * Cục's level line P ("Riêng Cục", "Trong đó: Văn phòng Cục", "Trong đó: THADS tỉnh", "Cấp
     * tỉnh") equal, every figure, to the one row above naming the Cục's own office; or a section G
     * naming the other offices ("Riêng các Chi cục", "Khối Chi cục") equal to the rows above but
     * the Cục's own, that row listed after one of them (work96a 01, 02,
     * work96b 01: "Riêng Cục" under a bottom "Tổng cộng" refused NOT_AN_OFFICE "no rows of that
     * level", its own row right there; G checked against every row above, exit 1). A part of the
     * total, checked, never added: [P] or [G]. Anything else: null (read as before).
     */
    const levelAlone = (i: number, at: number, isLevel: boolean): { readonly parts: number[]; readonly breakdown: boolean } | null => {
      const rows = levelRowsAbove(i);
      const figures = (items[at] as DeclaredRow<R>).figures;
      // (G with the Cục's row listed first is the subtotal of the rows right above it: read so as before)
      const holds = isLevel ? rows.ownRows === 1 && repeatsRows(figures, rows.own, 1) : rows.ownAfterOther && repeatsRows(figures, rows.district, rows.districtRows);
      return holds ? { parts: [at], breakdown: false } : null;
    };
    /**
     * A closing total T, then — with no office row after it — the Cục's summary lines: "Cấp
     * tỉnh" P, a district level L and maybe a whole W ("Toàn tỉnh"), in any order (work84a 03: the
     * Chi cục's "Tổng cộng" 360, then "Cấp tỉnh" 300, "Cấp huyện" 360, "Toàn tỉnh" 660: "Cấp
     * huyện" was added beside the Chi cục it repeats, 1.020 for 660, exit 0). P + L = T: the
     * total's breakdown (W repeats T); L = T alone: T is the district level's sum, L its repeat,
     * and P heads nothing — the Cục's own figures, an office (W = T + P is checked as a total).
     * The items [P, L] of a breakdown, [L] of a repeat; null otherwise. A Cục's table listing its
     * Chi cục only, T exceeding them: T = P + L with L their repeat, every figure (work89a 04: no
     * "Cục THADS" row, its figures given as "Cấp tỉnh" alone: was DECLARED_TOTAL_MISMATCH) — P
     * heads nothing, the Cục's own office as above; [L]. Any figure off, or a row naming the Cục's
     * own office among the rows (its figures then given twice): null (checked as before).
     */
    const summaryAfterTotal = (i: number): { readonly parts: number[]; readonly breakdown: boolean } | null => {
      if (!items.slice(0, i).some((x) => x.type === 'run' && x.rows > 0)) return null;
      const t = items[i] as DeclaredRow<R>;
      const above = runFrom(i - 1, -1);
      if (above === null) return null;
      const totalOfAbove = diffSums(t.figures, above.sums, above.rows, this.wholeIn).length === 0;
      let level = -1;
      let lower = -1;
      /** a section naming no district level ("Các Chi cục", "Khối Chi cục", "Riêng các Chi cục") */
      let group = -1;
      let wholes = 0;
      for (let j = i + 1; j < items.length; j++) {
        const x = items[j]!;
        if (x.type === 'heading' || (x.type === 'run' && x.rows === 0)) continue;
        if (x.type !== 'declared') return null;
        if (x.kind === 'level' && level < 0) level = j;
        else if (x.kind === 'section' && this.isLowerLevel(x.row) && lower < 0) lower = j;
        else if (x.kind === 'section' && !this.carries(x) && group < 0 && lower < 0) group = j;
        else if (x.kind === 'total' && wholes === 0) wholes++;
        else return null;
      }
      if (lower < 0 && wholes === 0 && totalOfAbove && (level < 0) !== (group < 0)) return levelAlone(i, level >= 0 ? level : group, level >= 0);
      if (group >= 0) return level >= 0 && lower < 0 && wholes === 0 && totalOfAbove ? levelAndGroup(i, level, group) : null;
      if (lower < 0) return null;
      const lowerFigures = (items[lower] as DeclaredRow<R>).figures;
      if (!totalOfAbove) {
        if (level < 0 || !comparable(lowerFigures, above.sums) || diffSums(lowerFigures, above.sums, above.rows, this.wholeIn).length > 0) return null;
        // a row naming the Cục's own office among them: its figures would be given twice (refused as before)
        for (let j = i - 1; j >= 0 && items[j]!.type === 'run'; j--) if ((items[j] as { own?: true }).own) return null;
        const pair: Sums = copySums((items[level] as DeclaredRow<R>).figures);
        addSums(pair, lowerFigures);
        return diffSums(t.figures, pair, 2, this.wholeIn).length === 0 ? { parts: [lower], breakdown: false } : null;
      }
      if (level < 0) {
        // "Trong đó: Cấp huyện" alone (work85a 04): the district offices above, the Cục's own row
        // aside — or all of them where none is the Cục's — checked, never added
        if (wholes > 0) return null;
        const district: Sums = {};
        let rows = 0;
        for (let j = i - 1; j >= 0 && items[j]!.type === 'run'; j--) {
          const x = items[j] as { sums: Sums; rows: number; own?: true };
          if (x.rows > 0 && !x.own) {
            addSums(district, x.sums);
            rows += x.rows;
          }
        }
        const repeats = (sums: Sums, n: number) => n > 0 && comparable(lowerFigures, sums) && diffSums(lowerFigures, sums, n, this.wholeIn).length === 0;
        return repeats(district, rows) || repeats(t.figures, above.rows) ? { parts: [lower], breakdown: false } : null;
      }
      const pair: Sums = copySums((items[level] as DeclaredRow<R>).figures);
      addSums(pair, (items[lower] as DeclaredRow<R>).figures);
      if (diffSums(t.figures, pair, 2, this.wholeIn).length === 0) return { parts: [level, lower], breakdown: true };
      if (diffSums(t.figures, lowerFigures, 1, this.wholeIn).length === 0) return { parts: [lower], breakdown: false };
      return null;
    };
    /** where a Cục's table ends: a total, or the next level ("Cấp tỉnh" of another province) */
    const tableEnds = (x: Item<R>): boolean => x.type === 'declared' && (x.kind === 'total' || x.kind === 'level');
    /**
     * The one row naming the province's own office (addRow `own`) in the table of the level at
     * item lv, above or below it, whose figures equal `figures` in every field both give, not all
     * zero (item); null if none, or several.
     */
    const ownLevelRow = (lv: number, figures: Sums, equal = true): number | null => {
      const found: number[] = [];
      for (const step of [-1, 1] as const) {
        for (let j = lv + step; j >= 0 && j < items.length && !tableEnds(items[j]!); j += step) {
          const x = items[j]!;
          // (the province's bare name under "Cấp huyện": the Cục's only where equal, else its city's office)
          if (x.type !== 'run' || !(x.own || (equal && x.bare)) || x.rows !== 1 || !comparable(figures, x.sums) || (equal && diffSums(figures, x.sums, 1, this.wholeIn).length > 0)) continue;
          if (MEASURES.some((m) => figures[m]?.some((v, i) => v !== null && !v.isZero() && (x.sums[m]?.[i] ?? null) !== null))) found.push(j);
        }
      }
      return found.length === 1 ? found[0]! : null;
    };
    /** the levels of a total refused here (their sum is not the total) */
    const levelMismatches: Mismatch<R>[] = [];
    /** numbered rows and totals whose levels were checked against them here, and how many matched */
    let levelParts = 0;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      // (a province's summary by level: the district level's row beside the Cục's own line, an office here)
      if (it.type === 'declared' && it.kind === 'section' && !besideLevel(i) && besideOwnLine(i)) {
        offices.push(it);
        officeRows.set(i, it);
        items[i] = { type: 'run', sums: copySums(it.figures), rows: 1 };
        continue;
      }
      if (it.type === 'declared' && (it.kind === 'total' || (it.kind === 'section' && !this.isLowerLevel(it.row)))) {
        const summary = it.kind === 'total' ? summaryAfterTotal(i) : null;
        if (summary !== null) {
          // checked equal there: never added
          levelParts += summary.parts.length;
          for (const p of summary.parts) items[p] = { type: 'run', sums: {}, rows: 0 };
          continue;
        }
        const levels = levelsOfTotal(i);
        if (levels === null) continue;
        const parts: Sums = {};
        for (const p of levels) addSums(parts, (items[p] as DeclaredRow<R>).figures);
        const diffs = diffSums(it.figures, parts, 2, this.wholeIn);
        if (diffs.length > 0) levelMismatches.push({ declared: items[levels[0]] as DeclaredRow<R>, diffs, against: 'levels', total: it });
        else levelParts++;
        for (const p of levels) items[p] = { type: 'run', sums: {}, rows: 0 };
      }
      // A total always heads its rows: the runs around it are not summed for it here.
      if (it.type !== 'declared' || it.kind === 'total' || this.carries(it)) continue;
      const levels = it.kind === 'numbered' && headedBy(i) === null ? levelsOf(i) : null;
      if (levels !== null) {
        // the province's row is the office; its levels are checked against it, never added
        const parts: Sums = {};
        for (const p of levels) addSums(parts, (items[p] as DeclaredRow<R>).figures);
        const diffs = levels.length === 2 ? diffSums(it.figures, parts, 2, this.wholeIn) : exceeding(parts, it.figures);
        if (diffs.length > 0) sectionMismatches.push({ declared: it, diffs, against: 'below' });
        else levelParts++;
        for (const p of levels) items[p] = { type: 'run', sums: {}, rows: 0 };
        offices.push(it);
        items[i] = { type: 'run', sums: copySums(it.figures), rows: 1 };
        continue;
      }
      const below = runFrom(i + 1, 1);
      const headsNothing =
        it.kind === 'numbered' ? headedBy(i) === null
        : it.kind === 'section' ? below === null && (runFrom(i - 1, -1) === null || besideLevel(i)) && !this.isBloc(it.row)
        : it.kind === 'closing' ? notSumOf(it.figures, runFrom(i - 1, -1), this.wholeIn)
        : !nestedOver(i) && notSumOf(it.figures, listedUnder(i), this.wholeIn);
      if (headsNothing) {
        offices.push(it);
        if (it.kind === 'level') levelOffices.add(i);
        else if (it.kind === 'section' && levelOffices.has(itemBefore(i)) && this.isLowerLevel(it.row)) levelPairs.push([itemBefore(i), i]);
        officeRows.set(i, it);
        items[i] = { type: 'run', sums: copySums(it.figures), rows: 1 };
      }
    }
    // "Cấp tỉnh", "Cấp huyện" as two lines heading nothing, then the rows they sum ("I | Văn phòng
    // Cục", "II | Các Chi cục" and its Chi cục, work83a 03): a summary on top of the detail, not
    // two more offices. Rows below that add up to both, every figure, make them one; right over
    // a row numbered as a section (the detail's "I"), they are that summary, and a wrong one is
    // refused at "Cấp huyện" (what the rows below leave it after "Cấp tỉnh"'s figures).
    const pairMismatches: Mismatch<R>[] = [];
    /** "Cấp tỉnh" lines differing from the table's one own row */
    const ownMismatches: Mismatch<R>[] = [];
    /**
     * "Cấp tỉnh", "Cấp huyện" as the table's last lines under its offices, no office row below them
     * (down to a total or the end: the Cục's Biểu closing with its split by level, with or
     * without a "Tổng cộng" on top or below, work91a 01: "Cấp huyện" was added beside the Chi cục
     * it sums, every district figure twice, exit 0): the levels' subtotals of the rows right above
     * them (back to a title or declared row), never offices. "Cấp huyện" must equal those rows
     * but the Cục's own (then "Cấp tỉnh" is that row's level line, or with no such row the Cục's
     * own figures, as the loop below reads it) — or the two together all of them ("Cấp tỉnh" then
     * the level line of a Cục row named otherwise). Neither: refused at "Cấp huyện" as a
     * subtotal the rows above it do not add up to. No rows right above: as before.
     */
    const closingLevels = (lv: number, lower: number): void => {
      const district: Sums = {};
      const all: Sums = {};
      let districtRows = 0;
      let allRows = 0;
      for (let j = lv - 1; j >= 0; j--) {
        const x = items[j]!;
        if (x.type !== 'run' || officeRows.has(j)) break;
        if (x.rows === 0) continue;
        addSums(all, x.sums);
        allRows += x.rows;
        if (x.own) continue;
        addSums(district, x.sums);
        districtRows += x.rows;
      }
      const lowerRow = officeRows.get(lower)!;
      if (allRows === 0 || !comparable(lowerRow.figures, all)) return;
      const levelFigures = (items[lv] as { sums: Sums }).sums;
      const setAside = (k: number) => {
        const office = offices.indexOf(officeRows.get(k)!);
        if (office >= 0) offices.splice(office, 1);
        items[k] = { type: 'run', sums: {}, rows: 0 };
      };
      if (districtRows > 0 && comparable(lowerRow.figures, district) && diffSums(lowerRow.figures, district, districtRows, this.wholeIn).length === 0) {
        setAside(lower);
        levelParts++;
        return;
      }
      const pair = copySums(levelFigures);
      addSums(pair, lowerRow.figures);
      if (comparable(pair, all) && diffSums(pair, all, allRows, this.wholeIn).length === 0) {
        setAside(lv);
        setAside(lower);
        levelOffices.delete(lv);
        levelParts += 2;
        return;
      }
      setAside(lower);
      pairMismatches.push({ declared: lowerRow, diffs: diffSums(lowerRow.figures, districtRows > 0 ? district : all, districtRows > 0 ? districtRows : allRows, this.wholeIn), against: 'above' });
    };
    for (const [lv, lower] of levelPairs) {
      const pair = copySums((items[lv] as { sums: Sums }).sums);
      addSums(pair, (items[lower] as { sums: Sums }).sums);
      const rest: Sums = {};
      let rows = 0;
      for (let j = lower + 1; j < items.length; j++) {
        const x = items[j]!;
        if (x.type === 'declared' && x.kind === 'total') break;
        if (x.type === 'run' && x.rows > 0) {
          addSums(rest, x.sums);
          rows += x.rows;
        }
      }
      if (rows === 0) {
        closingLevels(lv, lower);
        continue;
      }
      if (!comparable(pair, rest)) continue;
      const wrong = diffSums(pair, rest, rows, this.wholeIn).length > 0;
      if (wrong) {
        if (officeRows.get(nextItem(lower + 1))?.kind !== 'numbered') continue;
        const lowerRow = officeRows.get(lower)!;
        const diffs = diffSums(lowerRow.figures, subtractSums(rest, (items[lv] as { sums: Sums }).sums), rows, this.wholeIn);
        if (diffs.length > 0) pairMismatches.push({ declared: lowerRow, diffs, against: 'below' });
      }
      for (const k of [lv, lower]) {
        const office = offices.findIndex((o) => o === officeRows.get(k));
        if (office >= 0) offices.splice(office, 1);
        items[k] = { type: 'run', sums: {}, rows: 0 };
      }
      if (!wrong) levelParts += 2;
    }
    // "Cấp tỉnh" heading nothing with the Cục's own row in the table too, equal in every figure
    // ("Cấp tỉnh", "Cấp huyện" on top, the units sorted by name: "Chi cục …" before "Cục THADS
    // tỉnh Nam Định", work83c 01): that row's level line, checked, never added beside it; a
    // "Cấp huyện" right under it is then the other rows' subtotal (with the Cục's row listed first too).
    for (const lv of levelOffices) {
      const level = officeRows.get(lv)!;
      const at = offices.indexOf(level);
      const own = at < 0 ? null : ownLevelRow(lv, level.figures);
      if (own === null) {
        // The one own row of the table differs from it: the Cục's level is given twice, one of
        // the two wrong (work84a: 1001 for 1000, both added) — refused, "Cấp tỉnh" never added.
        const other = at < 0 ? null : ownLevelRow(lv, level.figures, false);
        if (other === null) continue;
        offices.splice(at, 1);
        items[lv] = { type: 'run', sums: {}, rows: 0 };
        ownMismatches.push({ declared: level, diffs: diffSums(level.figures, (items[other] as { sums: Sums }).sums, 1, this.wholeIn), against: 'own' });
        continue;
      }
      offices.splice(at, 1);
      items[lv] = { type: 'run', sums: {}, rows: 0 };
      levelParts++;
      const k = nextItem(lv + 1);
      const lower = items[k];
      if (lower?.type !== 'declared' || lower.kind !== 'section' || !this.isLowerLevel(lower.row) || officeRows.has(k)) continue;
      const rest: Sums = {};
      let rows = 0;
      for (let j = k + 1; j < items.length && !tableEnds(items[j]!); j++) {
        const x = items[j]!;
        if (x.type === 'run' && x.rows > 0 && j !== own) {
          addSums(rest, x.sums);
          rows += x.rows;
        }
      }
      if (rows > 0 && comparable(lower.figures, rest) && diffSums(lower.figures, rest, rows, this.wholeIn).length === 0) {
        items[k] = { type: 'run', sums: {}, rows: 0 };
        levelParts++;
      }
    }
    // A section right under its rows, closing the table (titles or its closing total below:
    // "Riêng các Chi cục", "Riêng cấp huyện"), with the Cục's own row listed among those rows
    // after another (work96a 02: the Chi cục, then "Văn phòng Cục" last; the section was checked
    // against every row above, DECLARED_TOTAL_MISMATCH, exit 1): the other level's subtotal, the
    // Cục's row aside — checked equal to those rows, every figure, never added. Not equal, or the
    // Cục's row first (the rows right above it then its rows): as before. (levelAlone: the same
    // rule under a closing total.)
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.type !== 'declared' || it.kind !== 'section' || this.carries(it)) continue;
      const after = items[nextItem(i + 1)];
      if (after !== undefined && after.type !== 'heading' && !(after.type === 'declared' && after.kind === 'total')) continue;
      const rows = levelRowsAbove(i);
      if (!rows.ownAfterOther || !repeatsRows(it.figures, rows.district, rows.districtRows)) continue;
      items[i] = { type: 'run', sums: {}, rows: 0 };
      levelParts++;
    }
    // A file whose only figures are declared totals ("Toàn quốc"): read as that total.
    if (!items.some((it) => it.type === 'run' && it.rows > 0)) {
      // (none of the declared rows became an office above)
      const first = items.findIndex((it) => it.type === 'declared');
      if (first >= 0) {
        const it = items[first] as DeclaredRow<R>;
        offices.push(it);
        items[first] = { type: 'run', sums: copySums(it.figures), rows: 1 };
      }
    }
    // 1b. A list's office line followed straight by the next of its list (listOffice) that the
    //     rows below it do not add up to: an office without rows of its own, not their section.
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.type !== 'declared' || it.kind !== 'numbered' || !this.listOffice(it.row)) continue;
      const heads = headedBy(i);
      if (heads === null || diffSums(it.figures, heads.sums, heads.rows, this.wholeIn).length === 0) continue;
      offices.push(it);
      items[i] = { type: 'run', sums: copySums(it.figures), rows: 1 };
    }
    // 2. A row numbered as a section must equal the rows it heads (headedBy).
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.type !== 'declared' || it.kind !== 'numbered') continue;
      const heads = headedBy(i)!;
      const diffs = diffSums(it.figures, heads.sums, heads.rows, this.wholeIn);
      if (diffs.length > 0) sectionMismatches.push({ declared: it, diffs, against: 'below' });
    }

    // 3. Every declared row against the readings it may have: the whole file, every run of
    //    rows that starts right below it or ends right above it (a subtotal heads or closes its
    //    section, possibly with smaller sections inside).
    const whole: Sums = {};
    let wholeRows = 0;
    for (const it of items) {
      if (it.type !== 'run') continue;
      addSums(whole, it.sums);
      wholeRows += it.rows;
    }
    const declaredCount = items.filter((it) => it.type === 'declared').length;
    const mismatches: Mismatch<R>[] = [...levelMismatches, ...pairMismatches, ...ownMismatches];
    const oneRowSubtotals: Resolution<R>['oneRowSubtotals'] = [];
    let matched = levelParts;
    /** items each matched total adds up ([from, to]); a total of the whole file covers them all */
    const covered: { total: number; from: number; to: number }[] = [];
    let wholeCovered = false;
    let wholeStated = false;
    /**
     * A closing total (the rows above it, back to the file's top or the last total or title, add
     * up to it) with a run of rows right under it, down to a title or the table's end, that adds
     * up to it exactly too: the total's breakdown ("Án dân sự", "Án hình sự", "Án tín dụng"; "Văn
     * phòng Cục", "Chi cục", work83b 01, 03), never more offices — both readings match, and added
     * they would count every figure twice (was: exit 0). Those rows are in the office sums
     * already: refused, how many. (A run closed by a total of its own is a second part, two years
     * alike: as before.)
     */
    const breakdownBelow = (i: number, readings: readonly { sums: Sums; rows: number; against: Mismatch<R>['against']; from: number; to: number }[]): number | null => {
      const exact = (r: { sums: Sums; rows: number }) => diffSums((items[i] as DeclaredRow<R>).figures, r.sums, r.rows, this.wholeIn).length === 0;
      if (!readings.some((r) => r.against === 'above' && r.to === i - 1 && exact(r))) return null;
      for (const r of readings) {
        if (r.against !== 'below' || r.from !== i + 1 || !exact(r)) continue;
        if (items.slice(i + 1, r.to + 1).some((x) => x.type === 'declared')) continue;
        const after = items[nextItem(r.to + 1)];
        if (after === undefined || after.type === 'heading') return r.rows;
      }
      return null;
    };
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.type !== 'declared') continue;
      if (it.kind === 'numbered') {
        if (!sectionMismatches.some((s) => s.declared === it)) matched++;
        continue;
      }
      const readings: { sums: Sums; rows: number; against: Mismatch<R>['against']; from: number; to: number; carved?: true }[] = [];
      const consider = (sums: Sums, rows: number, against: Mismatch<R>['against'], from: number, to: number, carved = false) => {
        if (comparable(it.figures, sums)) readings.push({ sums: copySums(sums), rows, against, from: Math.min(from, to), to: Math.max(from, to), ...(carved ? { carved } : {}) });
      };
      const walk = (from: number, step: 1 | -1, against: 'above' | 'below') => {
        const acc: Sums = {};
        let rows = 0;
        let j = from;
        const local = declaredCount > RUN_SEARCH_LIMIT && it.kind !== 'total';
        for (; j >= 0 && j < items.length; j += step) {
          const x = items[j]!;
          // Rows are kept one by one: the run next to a subtotal is all of them up to the next
          // declared row ("CHV 1", "CHV 2", "Cộng"), never just the nearest one.
          if (local && x.type !== 'run') return;
          // A total of the file is the sum of all the rows up to the file's edge or to the next
          // total (one "Tổng cộng" per year or per part), never of a part of them — or of a
          // section up to its title ("Cộng" closing "Các Chi cục"; the file's total then covers all).
          if (it.kind === 'total' && ((x.type === 'declared' && x.kind === 'total') || x.type === 'heading') && rows > 0) consider(acc, rows, against, from, j - step);
          if (x.type === 'run' && x.rows > 0) {
            addSums(acc, x.sums);
            rows += x.rows;
            if (it.kind !== 'total') consider(acc, rows, against, from, j, rows === 1 && this.mayBeOffice(it.row) && carvedOut(j, step) && !ownSubtotal(j, step));
          }
        }
        if (it.kind === 'total' && rows > 0) consider(acc, rows, against, from, j - step);
      };
      /**
       * The one row at item j is a whole section only with a title or a declared row right
       * beyond it; more office rows there, or the table's edge (its first row opens the list of
       * offices, not a section), leave it carved out of a run.
       */
      const carvedOut = (j: number, step: 1 | -1): boolean => {
        for (let k = j + step; k >= 0 && k < items.length; k += step) {
          const beyond = items[k]!;
          if (beyond.type !== 'run') return false;
          if (beyond.rows > 0) return true;
        }
        return true;
      };
      /**
       * The one row at item j, right beside the declared row (nothing between them), is the
       * office its label names ("Cộng Mỹ Lộc" under "Chi cục THADS huyện Mỹ Lộc"), and the row
       * beyond it is none of that office's (a row of another office, a title or declared row, the
       * table's edge): that office's whole block, its label says so — no office carved out.
       * A run beyond of rows joined (no office known) leaves it in doubt.
       */
      const ownSubtotal = (j: number, step: 1 | -1): boolean => {
        const x = items[j]!;
        if (x.type !== 'run' || x.office === undefined || !this.subtotalOf(it.row, x.office)) return false;
        for (let k = i + step; k !== j; k += step) if (items[k]!.type !== 'run') return false;
        for (let k = j + step; k >= 0 && k < items.length; k += step) {
          const beyond = items[k]!;
          if (beyond.type !== 'run') return true;
          if (beyond.rows === 0) continue;
          return beyond.rows === 1 && beyond.office !== undefined && !this.subtotalOf(it.row, beyond.office);
        }
        return true;
      };
      if (this.carries(it)) {
        // A carry row has one reading: every office row above it (a page's rows alone are "Cộng trang")
        const { sums, rows, from } = carriedTo(i);
        consider(sums, rows, 'above', from, i - 1);
      } else {
        walk(i + 1, 1, 'below');
        walk(i - 1, -1, 'above');
        consider(whole, wholeRows, 'file', 0, items.length - 1);
      }
      if (readings.length === 0) continue; // compares with nothing: no rows share its fields
      const breakdown = it.kind === 'total' ? breakdownBelow(i, readings) : null;
      if (breakdown !== null) {
        mismatches.push({ declared: it, diffs: [], against: 'breakdown', rows: breakdown });
        continue;
      }
      // A total covers every part it equals: the same figures may stand for two parts (two
      // years alike), and the check below asks only that every row is in some total's part.
      if (it.kind === 'total') {
        for (const r of readings) {
          if (diffSums(it.figures, r.sums, r.rows, this.wholeIn).length > 0) continue;
          if (r.against === 'file') {
            wholeCovered = true;
            // zeros equal to zeros state nothing of the rows
            wholeStated ||= MEASURES.some((m) => it.figures[m]?.some((v, k) => v !== null && !v.isZero() && (r.sums[m]?.[k] ?? null) !== null));
          } else covered.push({ total: i, from: r.from, to: r.to });
        }
      }
      let best: { diffs: FieldDiff[]; against: Mismatch<R>['against'] } | null = null;
      for (const r of readings) {
        const diffs = diffSums(it.figures, r.sums, r.rows, this.wholeIn);
        if (diffs.length === 0) {
          best = null;
          if (r.carved) oneRowSubtotals.push({ declared: it, against: r.against === 'below' ? 'below' : 'above' });
          else matched++;
          break;
        }
        // Nearest reading; on a tie the natural one: the file for a total, its section for a subtotal.
        const natural = it.kind === 'total' ? r.against === 'file' : r.against !== 'file';
        if (!best || diffs.length < best.diffs.length || (diffs.length === best.diffs.length && natural)) best = { diffs, against: r.against };
        if (diffs.length === 0) break;
      }
      if (best) mismatches.push({ declared: it, diffs: best.diffs, against: best.against });
    }
    // 4. Totals that each add up a part of the file must leave no office row outside them: a
    //    row below the last "Tổng cộng" (or above the first) is in no total of the file, and
    //    adding it would print a total the file itself contradicts.
    if (!wholeCovered && covered.length > 0) {
      const outside = items.findIndex((x, k) => x.type === 'run' && x.rows > 0 && !covered.some((c) => k >= c.from && k <= c.to));
      if (outside >= 0) {
        const nearest = covered.reduce((a, b) => (Math.abs(b.total - outside) < Math.abs(a.total - outside) ? b : a));
        const total = items[nearest.total] as DeclaredRow<R>;
        const diffs = diffSums(total.figures, whole, wholeRows, this.wholeIn);
        if (diffs.length > 0 && !mismatches.some((m) => m.declared === total)) {
          matched--;
          mismatches.push({ declared: total, diffs, against: 'file' });
        }
      }
    }
    return { offices, sectionMismatches, mismatches, matched, oneRowSubtotals, wholeStated };
  }
}

/** `a − b` on the fields in `diffs`: what a row must hold to explain the difference. */
export function differenceOf(diffs: readonly FieldDiff[]): { measure: Measure; index: number; value: Dec }[] {
  return diffs.map((d) => ({ measure: d.measure, index: d.index, value: d.sum.minus(d.declared) }));
}
