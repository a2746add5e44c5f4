// A row pasted twice, two ways. (1) The same STT number, the same office's name written on it and
// every figure equal to an earlier row of the file (a line pasted again, Ctrl+V once too often).
// (2) A table pasted again below itself and renumbered (its STT 4–6 under 1–3) or left without
// numbers: an office then stands on exactly two of the file's office rows (rows naming no
// enforcer or person), with every figure the same and one of them non-zero. An office on several
// rows of one file is summed (SPEC §3: its figures split over rows, its enforcers' rows), but
// such rows carry figures of their own; a copy is no part of the office: added, it counts the
// office twice. The reader refuses it (collect.ts, REPEATED_ROW). An office on three rows or
// more is summed unless two of its rows tell a copy (telling, below): a long-format export (one
// row per case, month or enforcer) repeats small figures ("1,1,0") as a matter of course, but
// not a row of hundreds equal in every figure ("Vụ Bản 300/250/200" twice beside "Vụ Bản
// 200/150/100": summed 800, the copy counted; threecopy). So is a row without a non-zero
// figure (it adds nothing), and two offices with equal figures, and (1) spares rows with
// another number. Rule (2) compares offices under DUPLICATE_OFFICE's key ("Thuỷ" is "Thủy",
// capitals are small letters) and needs the whole file: its rows are told at the end (pastedTwice).
// The office rows are compared under OFFICE_NAME_VARIANTS' key too (oneOfficeKey, units that do
// not differ): "Chi cục THADS huyện Vụ Bản", "Vu Ban", "Vụ Bản*" beside "Vụ Bản" are the one
// office that rule names, and an office on exactly two office rows under it, every figure the
// same, is the same copy (work101d 01: summed 900 instead of 700, a warning only). So is any
// later name's one row with an earlier name's one row's figures, however many names: three
// spellings of one pasted row were added three times (threespell); a name on several rows is
// the office's rows, as above.
// Pure; rows come in file order. The fast path hands a file back to the reference reader, which
// asks here, when an office's row is numbered as one of its rows above (fast/row-scanner.ts) or
// when an office's two office rows have the same figures (fast/office-sums.ts).
// (3) A row the sheet hides (by hand or a filter, no collapsed group's detail) that repeats a
// visible office row: the same office (oneOfficeKey, units that do not differ: "Mỹ Lộc" beside
// "Chi cục THADS huyện Mỹ Lộc"), or the same STT in the same table (no declared row or heading
// between, the same province and year). Whatever its figures it is an old line kept hidden
// under its correction, or a part of the office shown by none: thads cannot tell which, and
// added it may count the office twice (HiddenRepeats). A hidden row of an office named by no
// visible row is read like the others (xlsx HIDDEN_ROWS), as Excel's SUM reads it.
// The old-line mark is folded (sameOfficeKey): "Vụ Bản (cũ)", "Vụ Bản cũ", "Vụ Bản (trước sáp
// nhập)" hidden under "Vụ Bản" is its superseded line (work97a, 01).
// (4) The province's own office under two names in one table: its Văn phòng ("Văn phòng Cục",
// "VP Cục", "Cấp tỉnh") and the Cục itself ("Cục THADS tỉnh Nam Định", "Cục", "Cục THADS") are one
// office, the provincial level's own (province-office.ts, office-names.ts), though rule 2's key
// tells their names apart. A clerk's line copied under both names, or a form printing the office
// both ways, would count it twice: two such office rows of one place (the row's province, else
// the title's; and year) under two names, not writing two provinces, with every figure the same
// and one non-zero, are refused as rule 2's are. With figures that differ (each row one non-zero
// figure at least) they are refused too: one office written twice in two versions ("Văn phòng
// Cục" 500, "Cục THADS tỉnh Nam Định" 550), of which no total can be told; rule 2 sums an office's
// rows of one name (its rows), but no office splits its line between its two names. Not so a
// row the caller reads as a total (`totalLike`: its figures the sum of the file's other rows,
// SUSPECTED_TOTAL_ROW's), nor a row without a non-zero figure (it adds nothing). One rule for
// any number of such rows: three ("Văn phòng Cục", "Cục THADS tỉnh Nam Định", "THADS tỉnh Nam
// Định") were all added, the office three times (ownthree); the rows of one name among them are
// compared as one name's, the zeros and a total left aside as for two. The caller
// says which rows name the own office (input/row-labels.ts ownOfficeNamed); the fast path hands
// such a pair to the reference reader (fast/office-sums.ts ownTwins).
// (5) An office read under an old-line mark ("Vụ Bản (cũ)") beside the one office read under the
// name without it ("Vụ Bản"), the same province and year, shown or hidden (OldLines): in one
// table they are one office twice, its old line beside its correction, or its figures before a
// change beside those after, which thads cannot tell apart. A former part of a 2025 khu vực or
// province ("a | Chi cục Vụ Bản (cũ)" under its Phòng, "- Nam Định (cũ)" under Ninh Bình) is read
// as its parent's part, never as an office of its own, and an old unit split in two ("Kỳ Anh
// (cũ)" beside "Thị xã Kỳ Anh" and "Huyện Kỳ Anh") is neither's line: both are read as before.
// Nor is a former province's Cục in a table of the merger year ("Cục THADS tỉnh Ninh Bình (cũ)",
// to 30/6/2025) the old line of the new province's own level under its new name ("THADS tỉnh
// Ninh Bình", from 1/7/2025): two bodies, before and after the merger, both read (a declared
// total then checks them; work98c 03). Not in another year, not beside "Cục THADS tỉnh Ninh Bình"
// unmarked (a Cục's line beside its correction), nor of a province that is none of the 34
// ("Cục THADS tỉnh Nam Định (cũ)" beside "THADS tỉnh Nam Định").
import { MEASURES } from './fields.js';
import type { Sums } from './declared-rows.js';
import { bareName, initialsTwins, initialsWritten, oneOfficeKey, sameUnitKind, unitKind, writesCuc, type RowPlace } from './office-names.js';
import { hasFormerMark, MERGER_YEAR, provinceKey, successorProvince, withoutFormerMark } from './provinces.js';
import { joinedVariantKey, writtenSqueezed } from './office-names.js';

/** What rules 3 and 5 compare: oneOfficeKey of the name without its old-line mark ("Vụ Bản (cũ)" → "Vụ Bản"). */
function sameOfficeKey(name: string, place: RowPlace): string {
  return oneOfficeKey(withoutFormerMark(name), place);
}

/** Every figure of `a` equal to `b`'s, an empty cell only to an empty one; and one of them non-zero (a row pasted twice; across files, a resend under a variant of its name: office-registry.ts). */
export function sameFigures(a: Sums, b: Sums): boolean {
  let nonZero = false;
  for (const m of MEASURES) {
    const x = a[m];
    const y = b[m];
    if (!x && !y) continue;
    if (!x || !y) return false;
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const u = x[i] ?? null;
      const v = y[i] ?? null;
      if (u === null || v === null) {
        if (u !== v) return false;
        continue;
      }
      if (!u.eq(v)) return false;
      if (!u.isZero()) nonZero = true;
    }
  }
  return nonZero;
}

/** What telling figures hold: a case figure so large at least, and so many distinct non-zero figures (the fast path asks as much: fast/row-scanner.ts). */
export const TELLING_CASES = 10;
export const TELLING_FIGURES = 3;

/**
 * Rule 2 on an office of three rows or more: whether figures equal on two of its rows are too
 * many to be a coincidence — a case figure of 10 or more, and three distinct non-zero figures at
 * least (a measure's value counted once: "300" under total and under with conditions is one).
 * A row per case counts 1 or 0 cases: never telling, however its money repeats (two debtors of
 * one judgment owing the same sum, a court fee of a fixed amount). A row per month or enforcer
 * repeats one figure or two by chance (twelve months: 66 pairs), small tallies ("4,3,2") more
 * (a small office's quiet months); three figures in the tens all alike, not.
 */
function telling(a: Sums): boolean {
  if (!a.cases?.some((v) => v !== null && v.gte(TELLING_CASES))) return false;
  const distinct = new Set<string>();
  for (const m of MEASURES) for (const v of a[m] ?? []) if (v !== null && !v.isZero()) distinct.add(`${m}:${v.toString()}`);
  return distinct.size >= TELLING_FIGURES;
}

/** The figures as one string, equal where sameFigures says so (an empty cell not a zero; 1.5 is 1.50). */
function figuresKey(a: Sums): string {
  return MEASURES.map((m) => {
    const x = a[m];
    if (!x) return '-';
    const cells = x.map((v) => (v === null ? '' : v.toString()));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells.join(',');
  }).join(';');
}

/** One figure of `a` non-zero. */
function hasFigure(a: Sums): boolean {
  return MEASURES.some((m) => a[m]?.some((v) => v !== null && !v.isZero()) === true);
}

/** An office's office rows (rule 2): how many, and the first two. */
interface OfficeRows<R> {
  count: number;
  first: { readonly row: R; readonly item: number | null; readonly figures: Sums };
  second: { readonly row: R; readonly item: number | null; readonly figures: Sums } | null;
}

/** A row naming the province's own office (rule 4): its rule-2 key, and the province its words write (a key; null: none). */
interface OwnRow<R> {
  readonly row: R;
  readonly item: number | null;
  readonly figures: Sums;
  readonly named: string | null;
  readonly office: string;
}

/**
 * Two spellings of one office's name may be one pasted row (rule 2, OFFICE_NAME_VARIANTS' key)
 * when their units do not differ — but a bare name beside a city's or thị xã's is its namesake
 * huyện ("Cao Lãnh" beside "TP. Cao Lãnh", office-names.ts unitsBesideNamesakes): two offices,
 * equal figures or not (work103a 04: refused REPEATED_ROW).
 */
function sameVariantUnit(a: string, b: string): boolean {
  const x = unitKind(a);
  const y = unitKind(b);
  const town = (k: string | null) => k === 'thành phố' || k === 'thị xã';
  return x === y || (x === null ? !town(y) : y === null ? !town(x) : false);
}

/** An office row given OFFICE_NAME_VARIANTS' key (rule 2): its name, rule-2 key, place (joinedKey reads a name in it) and file order. */
interface VariantRow<R> {
  readonly row: R;
  readonly item: number | null;
  readonly figures: Sums;
  readonly name: string;
  readonly office: string;
  readonly place: RowPlace;
  readonly at: number;
}

/**
 * The earliest of `earlier` that `later` copies under rule 2's names: another office key, units
 * that do not differ, the same figures (one non-zero), and `also`.
 */
function copied<R, T extends VariantRow<R>>(earlier: readonly T[], later: T, also: (r: T) => boolean = () => true): T | undefined {
  return earlier.find((r) => r.office !== later.office && also(r) && sameVariantUnit(r.name, later.name) && sameFigures(r.figures, later.figures));
}

const NO_PLACE: RowPlace = { province: null, year: null };

export class RepeatedRows<R> {
  /** rows seen, by STT number and office key (rule 1) */
  private readonly seen = new Map<string, { row: R; figures: Sums }[]>();
  /** office rows, by DUPLICATE_OFFICE's key (rule 2) */
  private readonly offices = new Map<string, OfficeRows<R>>();
  /** office rows with telling figures (rule 2, three rows or more), by DUPLICATE_OFFICE's key and figures (figuresKey): the first so */
  private readonly telling = new Map<string, Map<string, { row: R; item: number | null }>>();
  /** office rows with an earlier office row's telling figures, of the same office */
  private readonly tellingCopies: { office: string; row: R; item: number | null; earlier: R; earlierItem: number | null }[] = [];
  /** office rows, by OFFICE_NAME_VARIANTS' key (rule 2: oneOfficeKey), with their names, places and file order (`at`) */
  private readonly variants = new Map<string, VariantRow<R>[]>();
  /** office rows given a variant so far, and whether one names its office by a bare initials cell ("VB": office-names.ts initialsWritten) */
  private variantRows = 0;
  private initialsToo = false;
  /** office rows naming the province's own office, by place (rule 4) */
  private readonly own = new Map<string, OwnRow<R>[]>();

  /**
   * Rule 1: a row of office `office` (its key: province, name, year) numbered `item`: the earlier
   * row it repeats, or null. Every row is remembered, so a third copy names the first.
   */
  see(office: string, item: number, row: R, figures: Sums): R | null {
    const key = `${item}\u0000${office}`;
    const rows = this.seen.get(key);
    const earlier = rows?.find((r) => sameFigures(r.figures, figures));
    if (earlier) return earlier.row;
    if (rows) rows.push({ row, figures });
    else this.seen.set(key, [{ row, figures }]);
    return null;
  }

  /**
   * Rule 2: an office row (no enforcer's or person's) of office `office` (DUPLICATE_OFFICE's key),
   * numbered `item` (null: none); `variant`: its name and OFFICE_NAME_VARIANTS' key (oneOfficeKey).
   */
  officeRow(office: string, item: number | null, row: R, figures: Sums, variant?: { readonly key: string; readonly name: string; readonly place?: RowPlace }): void {
    const rows = this.offices.get(office);
    if (!rows) this.offices.set(office, { count: 1, first: { row, item, figures }, second: null });
    else if (++rows.count === 2) rows.second = { row, item, figures };
    if (telling(figures)) {
      const key = figuresKey(figures);
      let same = this.telling.get(office);
      if (!same) this.telling.set(office, (same = new Map()));
      const earlier = same.get(key);
      if (earlier) this.tellingCopies.push({ office, row, item, earlier: earlier.row, earlierItem: earlier.item });
      else same.set(key, { row, item });
    }
    if (variant === undefined) return;
    const same = this.variants.get(variant.key);
    const seen = { row, item, figures, name: variant.name, office, place: variant.place ?? NO_PLACE, at: this.variantRows++ };
    if (!this.initialsToo && initialsWritten(variant.name) !== null) this.initialsToo = true;
    if (!same) this.variants.set(variant.key, [seen]);
    else same.push(seen);
  }

  /**
   * Rule 4: an office row (as rule 2's) naming the province's own office, of `place` (the row's
   * province, else the title's, and year: the caller's key), `office` its rule-2 key, `named` the
   * province its words write (null: none).
   */
  ownOfficeRow(place: string, named: string | null, office: string, item: number | null, row: R, figures: Sums): void {
    const rows = this.own.get(place);
    const seen = { row, item, figures, named, office };
    if (rows) rows.push(seen);
    else this.own.set(place, [seen]);
  }

  /**
   * Rules 2 and 4, the file read: each office on exactly two office rows with the same figures,
   * its second row after its first, in the offices' order; each row of an office on three or more
   * with an earlier one's figures, telling (`rows`: how many); then the province's own office on rows
   * of two names or more (`own`: rule 4, any number of rows), not of two provinces: two of its rows
   * of two names with the same figures, else two of two names with figures that differ (`differ`),
   * each one non-zero and neither `totalLike` (the rows of one name among them its rows, rule 2's);
   * `others`: the further rows so judged, of three or more.
   */
  pastedTwice(totalLike: (row: R) => boolean = () => false): Repeat<R>[] {
    const found: Repeat<R>[] = [];
    for (const { count, first, second } of this.offices.values()) {
      if (count === 2 && second !== null && sameFigures(first.figures, second.figures)) found.push({ row: second.row, item: second.item, earlier: first.row, earlierItem: first.item });
    }
    // (an office on three rows or more: a row with an earlier one's telling figures, each such
    // row with the first it repeats; its other rows are the office's, summed)
    for (const c of this.tellingCopies) {
      const rows = this.offices.get(c.office)!.count;
      if (rows >= 3) found.push({ row: c.row, item: c.item, earlier: c.earlier, earlierItem: c.earlierItem, rows });
    }
    // (names of one office by OFFICE_NAME_VARIANTS' key, units that do not differ, each on one
    // office row: a later one with an earlier one's figures is its copy, whatever the number of
    // names — "Mỹ Lộc" and "CC THADS Mỹ Lộc" under "Chi cục THADS huyện Mỹ Lộc" were all added,
    // the office three times (threespell). A name on several rows is an office's rows, summed as
    // rule 2 sums them (one name's two rows are the loop's above).)
    for (const rows of this.variants.values()) {
      if (rows.length < 2) continue;
      const single = rows.filter((r) => this.offices.get(r.office)?.count === 1);
      for (let j = 1; j < single.length; j++) {
        const second = single[j]!;
        const first = copied(single.slice(0, j), second);
        if (first) found.push({ row: second.row, item: second.item, earlier: first.row, earlierItem: first.item });
      }
    }
    // (a bare initials cell, "VB" or "H. VB", beside an office of its place whose name in words
    // has those initials, "Vụ Bản": one office, a row pasted twice where each has one office row of
    // the same figures, as the names above — never two names in words, "Vụ Bản" and "Văn Bàn";
    // where two offices share the initials, "TT" of "Thanh Trì" and "Thạch Thất", the copy is of
    // the first with its figures: office-names.ts initialsTwins, shared)
    const singles = this.initialsToo ? [...this.variants.entries()].flatMap(([key, rows]) => rows.map((r) => ({ ...r, key }))).filter((r) => this.offices.get(r.office)?.count === 1) : [];
    for (const [cell, named] of initialsTwins(singles, (r) => r.name, (r) => r.key, true)) {
      const twin = copied(named, cell);
      if (twin === undefined) continue;
      const [first, second] = twin.at < cell.at ? [twin, cell] : [cell, twin];
      found.push({ row: second.row, item: second.item, earlier: first.row, earlierItem: first.item });
    }
    for (const rows of this.own.values()) {
      const twice = ownTwice(rows, totalLike);
      if (twice !== null) found.push(twice);
    }
    // (a name squeezed, "VuBan", "vuban", "H.VuBan", beside its office's name in words, "Vụ Bản":
    // one office by joinedKey, as OFFICE_NAME_VARIANTS reads it (office-names.ts oneOfficeTwice), a
    // row pasted twice where each is its office's one row with the same figures, as the names
    // above; the fast path hands such files over, office-sums.ts joinedTwins)
    for (const [first, second] of this.joinedTwins()) {
      if (!found.some((f) => f.row === second.row)) found.push({ row: second.row, item: second.item, earlier: first.row, earlierItem: first.item });
    }
    return found;
  }

  /**
   * Rule 2's office rows of two OFFICE_NAME_VARIANTS keys, one name squeezed (writtenSqueezed:
   * "VuBan", "vuban"; never two names in words, "Phù Yên" and "Phú Yên"), one under joinedKey in
   * their province and year (joinedVariantKey), units that do not differ, each its office's one
   * row, the later with the earlier's figures: [earlier, later] in file order. Nothing is worked
   * out unless a name is squeezed (most files have none: 4,200 offices).
   */
  private joinedTwins(): [first: VariantRow<R>, second: VariantRow<R>][] {
    const rows = [...this.variants.entries()].flatMap(([key, same]) => same.map((r) => ({ ...r, key })));
    if (!rows.some((r) => writtenSqueezed(r.name))) return [];
    const single = rows.filter((r) => this.offices.get(r.office)?.count === 1).sort((a, b) => a.at - b.at);
    const byJoined = new Map<string, typeof single>();
    const pairs: [VariantRow<R>, VariantRow<R>][] = [];
    for (const x of single) {
      const key = joinedVariantKey(x.name, x.key, x.place);
      const before = byJoined.get(key) ?? [];
      const first = copied(before, x, (b) => b.key !== x.key && (writtenSqueezed(b.name) || writtenSqueezed(x.name)));
      if (first) pairs.push([first, x]);
      before.push(x);
      byJoined.set(key, before);
    }
    return pairs;
  }
}

/** A row refused as a copy (rules 1, 2, 4), with the earlier row it repeats; rule 2's among three rows or more: their number (`rows`); rule 4's: `own`, `differ`, and the further rows (`others`). */
export interface Repeat<R> {
  readonly row: R;
  readonly item: number | null;
  readonly earlier: R;
  readonly earlierItem: number | null;
  readonly rows?: number;
  readonly own?: true;
  readonly differ?: true;
  readonly others?: readonly R[];
}

/**
 * Rule 4 on one place's rows naming the province's own office, in file order, whatever their
 * number: null where they write one name (rule 2's) or two provinces. Else the first row of
 * another name with the same figures as an earlier one (a copy: `row` and `earlier`); else, of the
 * rows with a figure non-zero and not `totalLike` (the others: an office's rows of one name, or
 * its zeros, or a total), where they write two names or more, the first two of two names (`row`
 * the later, `differ`), the rest in `others`: one office in versions that disagree.
 */
function ownTwice<R>(rows: readonly OwnRow<R>[], totalLike: (row: R) => boolean): Repeat<R> | null {
  if (rows.length < 2 || new Set(rows.map((r) => r.office)).size < 2) return null;
  const named = new Set(rows.flatMap((r) => (r.named === null ? [] : [r.named])));
  if (named.size > 1) return null;
  for (let j = 1; j < rows.length; j++) {
    const second = rows[j]!;
    const first = rows.slice(0, j).find((r) => r.office !== second.office && sameFigures(r.figures, second.figures));
    if (first) return { row: second.row, item: second.item, earlier: first.row, earlierItem: first.item, own: true };
  }
  const live = rows.filter((r) => hasFigure(r.figures) && !totalLike(r.row));
  const first = live[0];
  const second = live.find((r) => r.office !== first?.office);
  if (first === undefined || second === undefined) return null;
  const others = live.filter((r) => r !== first && r !== second).map((r) => r.row);
  return { row: second.row, item: second.item, earlier: first.row, earlierItem: first.item, own: true, differ: true, ...(others.length > 0 ? { others } : {}) };
}

/** An office row for rule 3: where it stands (its table: no declared row or heading between) and whether the sheet hides it. */
interface SeenRow<R> {
  readonly row: R;
  readonly office: string;
  readonly item: number | null;
  readonly table: string;
}

/**
 * Rule 3: hidden rows repeating a visible office row. Office rows come in file order (rows
 * writing their office's name, no enforcer's, no former part's); the visible one may stand
 * above or below the hidden one.
 */
export class HiddenRepeats<R extends RowPlace & { readonly district: string; readonly line: number }> {
  private readonly hidden: SeenRow<R>[] = [];
  private readonly visible: SeenRow<R>[] = [];

  /** An office row numbered `item` (null: no STT) in table `table` (the caller's count of the declared rows above it, and its sheet). */
  see(row: R, item: number | null, table: string, hidden: boolean): void {
    const office = sameOfficeKey(row.district, row);
    (hidden ? this.hidden : this.visible).push({ row, office, item, table: `${table}\u0000${row.province ?? ''}\u0000${row.year ?? ''}` });
  }

  /** Each hidden row repeating a visible one, in file order, with the visible row it repeats (the nearest) and how. */
  found(): { row: R; visible: R; by: 'office' | 'stt' }[] {
    const out: { row: R; visible: R; by: 'office' | 'stt' }[] = [];
    for (const h of this.hidden) {
      const near = (a: SeenRow<R>, b: SeenRow<R>) => Math.abs(a.row.line - h.row.line) - Math.abs(b.row.line - h.row.line);
      // (a name left bare of any place, "Chi cục THADS", names no office to repeat)
      const office = h.office.endsWith('\u0000') ? [] : this.visible.filter((v) => v.office === h.office && sameUnitKind(withoutFormerMark(v.row.district), withoutFormerMark(h.row.district))).sort(near);
      const stt = h.item === null ? [] : this.visible.filter((v) => v.item === h.item && v.table === h.table).sort(near);
      const visible = office[0] ?? stt[0];
      if (visible) out.push({ row: h.row, visible: visible.row, by: office[0] ? 'office' : 'stt' });
    }
    return out;
  }
}

/**
 * Rule 5: each office of one file (as read, one entry per office) whose name bears the old-line
 * mark ("(cũ)", "cũ", "(trước sáp nhập)") beside exactly one office of the same province and year
 * named so without it (its units not differing), in file order of the marked one. `regimeYear`:
 * the year that dates a row's report (its own, else its title's: file-report.ts regimeYear).
 */
export function oldLinesBesideTwin<R extends RowPlace & { readonly district: string; readonly line: number }>(offices: readonly R[], regimeYear: (row: R) => number | null = (row) => row.year): { old: R; twin: R }[] {
  const marked = offices.filter((o) => hasFormerMark(o.district));
  // (most files mark none: their offices' keys are not worked out)
  if (marked.length === 0) return [];
  const unmarked = new Map<string, R[]>();
  for (const o of offices) {
    if (hasFormerMark(o.district)) continue;
    const key = sameOfficeKey(o.district, o);
    const same = unmarked.get(key);
    if (same) same.push(o);
    else unmarked.set(key, [o]);
  }
  const out: { old: R; twin: R }[] = [];
  for (const o of marked) {
    const key = sameOfficeKey(o.district, o);
    // (a name left bare of any place, "Chi cục THADS (cũ)", names no office to repeat)
    if (key.endsWith('\u0000')) continue;
    const twins = (unmarked.get(key) ?? []).filter((t) => sameUnitKind(withoutFormerMark(o.district), t.district));
    if (twins.length === 1 && !formerCucBesideNewLevel(o, twins[0]!, regimeYear(o))) out.push({ old: o, twin: twins[0]! });
  }
  return out.sort((a, b) => a.old.line - b.old.line);
}

/**
 * Rule 5's two bodies of the merger year: `old`, marked old, writes a Cục of a province of the 34
 * ("Cục THADS tỉnh Ninh Bình (cũ)", "Cục Thi hành án dân sự Hà Tĩnh cũ"), and `twin`, of its key,
 * writes the province's agency under its name since 1/7/2025, no Cục ("THADS tỉnh Ninh Bình"),
 * in a report of MERGER_YEAR (`year`: the rows' regime year; their keys hold one year).
 */
function formerCucBesideNewLevel(old: RowPlace & { readonly district: string }, twin: { readonly district: string }, year: number | null): boolean {
  if (year !== MERGER_YEAR) return false;
  const name = withoutFormerMark(old.district);
  if (!writesCuc(name) || writesCuc(twin.district)) return false;
  const place = /^cục (.+)$/u.exec(bareName(name, old))?.[1];
  const province = place === undefined ? null : successorProvince(place);
  return province !== null && provinceKey(province.name) === provinceKey(place!);
}
