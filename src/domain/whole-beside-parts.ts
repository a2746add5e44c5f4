// A provinces' file (each row a province's whole or a level of it: collect.ts judges, row-labels.ts
// provinceWholeOf) beside a file of one of those provinces' offices, or its whole again, of the
// same year and measure: the province is given twice,
// as a whole and by its parts. Two official versions of a year's figures can differ (DOMAIN), so
// unlike cross-file-totals.ts the figures do not decide whether a whole is given twice: the pair
// is a whole beside its parts. They decide only whether rows merely naming one province are a
// whole at all (ownOfficeOf). Offices of no province (a file without a Tỉnh column or title) are left to the figures.
// Pure; the caller words what this finds.
import type { Dec } from './decimal.js';
import { addSums, copySums, type Sums } from './declared-rows.js';
import { F, FIELD_COUNT, MEASURES, type Measure } from './fields.js';
import { provinceKey, successorProvince } from './provinces.js';

export interface FileRow<R> {
  readonly file: string;
  readonly province: string | null;
  readonly year: number | null;
  readonly figures: Sums;
  readonly row: R;
  /** the row only names its province ("Cục THADS tỉnh Nam Định", "Điện Biên"): no whole's or level's word */
  readonly named?: boolean;
  /** the merged-away province the row was written under, rolled up into its successor (2025) */
  readonly from?: string | undefined;
  /** a regional office ("Phòng THADS khu vực 2"): since 1/7/2025 one covers its whole province */
  readonly region?: boolean;
}

export interface WholeBesideParts<R> {
  readonly whole: FileRow<R>;
  /** its province's offices of its year in the other files, giving `measure` */
  readonly parts: readonly FileRow<R>[];
  readonly files: readonly string[];
  /** the figure shown: the first the whole gives non-zero that differs, else the first both give (null: none both give) */
  readonly measure: Measure;
  readonly field: number | null;
  readonly wholeValue: Dec | null;
  readonly partsValue: Dec | null;
  /** the parts name no province: taken as the whole's, the run's one province (findWholesBesideUnplaced) */
  readonly unplaced?: true;
}

/**
 * Each province of `wholes` (its rows of one file and year summed: a Cục's "Cấp tỉnh" and "Cấp
 * huyện" are its whole) whose rows of the same year and a shared measure `parts` of another file
 * give. `parts` may hold the wholes too: a province's whole in two files is given twice, said once.
 * A file naming one province only, by rows that only name it (ownOfficeOf), is that province's own
 * office where a key figure is below one of its offices' (and none is their sum): left out, read as an office.
 */
export function findWholesBesideParts<R>(wholes: readonly FileRow<R>[], parts: readonly FileRow<R>[]): WholeBesideParts<R>[] {
  const out: WholeBesideParts<R>[] = [];
  const byProvince = new Map<string, { first: FileRow<R>; rows: FileRow<R>[] }>();
  /** file → the provinces its wholes name: several make a provinces' table whatever the figures */
  const provincesOf = new Map<string, Set<string>>();
  for (const w of wholes) {
    if (w.province === null) continue;
    provincesOf.set(w.file, (provincesOf.get(w.file) ?? new Set()).add(provinceKey(w.province)));
    const key = JSON.stringify([w.file, provinceKey(w.province), w.year]);
    const seen = byProvince.get(key);
    if (seen) seen.rows.push(w);
    else byProvince.set(key, { first: w, rows: [w] });
  }
  const said = new Set<string>();
  for (const { first, rows } of byProvince.values()) {
    const key = provinceKey(first.province!);
    const mine = parts.filter((p) => p.file !== first.file && p.year === first.year && partOf(p, first.province!));
    // (a Phòng khu vực covers more than a former province: no measure of its own office)
    if (provincesOf.get(first.file)!.size === 1 && ownOfficeOf(rows, mine.filter((p) => partOf(p, first.province!) === 'own'))) continue;
    const measure = MEASURES.find((m) => rows.some((w) => w.figures[m]) && mine.some((p) => p.figures[m]));
    if (measure === undefined) continue;
    const giving = mine.filter((p) => p.figures[measure]);
    const files = [...new Set(giving.map((p) => p.file))];
    // The same two files' wholes of a province, the other way round: said already.
    if (files.every((f) => said.has(JSON.stringify([f, first.file, key, first.year])))) continue;
    for (const f of files) said.add(JSON.stringify([first.file, f, key, first.year]));
    const a = sumOf(rows, measure);
    const b = sumOf(giving, measure);
    const known = [...Array(FIELD_COUNT).keys()].filter((i) => (a[i] ?? null) !== null && (b[i] ?? null) !== null);
    // (a blank or "-" cell reads 0: no figure to show as the whole's)
    const field = known.find((i) => !a[i]!.isZero() && !a[i]!.eq(b[i]!)) ?? known.find((i) => !a[i]!.isZero()) ?? known[0] ?? null;
    out.push({ whole: first, parts: giving, files, measure, field, wholeValue: field === null ? null : a[field]!, partsValue: field === null ? null : b[field]! });
  }
  return out;
}

/**
 * A file's wholes of one province P beside offices of no province in other files ("Nam Định
 * 2019.csv", its one row "Nam Định", beside "Mỹ Lộc 2019.csv" and "Vụ Bản 2019.csv"): nothing
 * tells the offices from P's own (beside "Kim Bảng - Hà Nam 2019.csv" neither: Mỹ Lộc is still
 * Nam Định's), so P may be given twice, as a whole and by its parts, whatever the figures (the
 * whole was added as one more office when it did not equal their sum, exit 0). Offices whose
 * files name their province are P's parts or not by it (findWholesBesideParts); a row only naming
 * P below one of them stays P's own office (ownOfficeOf).
 */
export function findWholesBesideUnplaced<R>(wholes: readonly FileRow<R>[], parts: readonly FileRow<R>[]): WholeBesideParts<R>[] {
  const out: WholeBesideParts<R>[] = [];
  const byFile = new Map<string, FileRow<R>[]>();
  for (const w of wholes) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w]);
  for (const [file, rows] of byFile) {
    const province = rows[0]!.province;
    if (province === null || rows.some((w) => w.province === null || provinceKey(w.province) !== provinceKey(province))) continue;
    const unplaced = parts.filter((p) => p.file !== file && p.province === null).map((p) => ({ ...p, province }));
    if (unplaced.length === 0) continue;
    for (const w of findWholesBesideParts(rows, unplaced)) out.push({ ...w, parts: w.parts.map((p) => parts.find((q) => q.row === p.row) ?? p), unplaced: true });
  }
  return out;
}

/**
 * Rows that only NAME a province (no "Toàn tỉnh", "Tổng", "Cộng", no level word) are its whole
 * only if their figures could be: a whole is at least each of its parts. A KEY figure (with
 * conditions, resolved) given non-zero and less than the same figure of ONE of that province's
 * offices in the other files (same year and measure) makes them the province's own office (the
 * Cục's, or a district bearing its province's name, huyện Điện Biên), which the offices' files
 * leave out: 120 beside Mỹ Lộc's 400 is no whole of it. A blank or "-" detail cell reads 0 and is
 * no such evidence (round 82a 01). Not below the offices' sum: a resent whole a few units under
 * its offices (2,999 beside 3,000) is two versions of the figures, refused, never added. And a
 * size figure (accepted, to execute, with conditions, resolved) given non-zero on both sides EQUAL
 * to the offices' sum is a whole's, whatever else is below (82a 03: cases the exact sum, money in nghìn without its unit line): no coincidence to
 * bet a total on.
 */
function ownOfficeOf<R>(rows: readonly FileRow<R>[], parts: readonly FileRow<R>[]): boolean {
  if (!rows.every((w) => w.named === true)) return false;
  const given = (v: Dec | null | undefined): v is Dec => v !== null && v !== undefined && !v.isZero();
  const sums = MEASURES.flatMap((m) => {
    const giving = parts.filter((p) => p.figures[m]);
    return giving.length === 0 || !rows.some((w) => w.figures[m]) ? [] : [{ m, a: sumOf(rows, m), giving, b: sumOf(giving, m) }];
  });
  if (sums.some(({ a, b }) => SIZE_FIELDS.some((i) => given(a[i]) && given(b[i]) && a[i]!.eq(b[i]!)))) return false;
  return sums.some(({ m, a, giving }) => KEY_FIELDS.some((i) => given(a[i]) && giving.some((p) => given(p.figures[m]![i]) && a[i]!.lt(p.figures[m]![i]!))));
}

/** the figures an office's size shows in: a blank detail column proves nothing */
const KEY_FIELDS = [F.with_conditions, F.resolved];
/**
 * the figures too large for an own office to equal its Chi cục's sum by chance: a small detail
 * ("Hoãn" 3 = 1 + 2) may, and proves no whole
 */
const SIZE_FIELDS = [F.carried_over, F.new, F.total, F.to_execute, F.with_conditions, F.resolved];

/**
 * Whether `p` is an office of `province`'s whole: written under it; rolled up into it (2025: a
 * former province's office is the new one's); or a regional office of the province `province`
 * was merged into, which covers it ('region'). A former province's whole is compared with THAT province's
 * offices: another former province's office rolled into the same successor is none of its parts
 * (round 82a 04: Hà Nam's Kim Bảng beside the former Cục Nam Định's page).
 */
function partOf<R>(p: FileRow<R>, province: string): 'own' | 'region' | false {
  if (p.province === null) return false;
  const key = provinceKey(province);
  if (provinceKey(p.from ?? p.province) === key) return 'own';
  const successor = (name: string) => provinceKey(successorProvince(name)?.name ?? name);
  if (p.from !== undefined) return successor(p.from) === key && 'own';
  return p.region === true && provinceKey(p.province) === successor(province) && 'region';
}

function sumOf<R>(rows: readonly FileRow<R>[], measure: Measure): readonly (Dec | null)[] {
  const sum: Sums = {};
  for (const r of rows) if (r.figures[measure]) addSums(sum, copySums({ [measure]: r.figures[measure] }));
  return sum[measure]!;
}
