// Two periods of the merger year chained in one table. A year-end table of 2025 (MERGER_YEAR)
// may list the former units marked old ("Chi cục THADS huyện Gia Viễn (cũ)", "Cục THADS tỉnh Nam
// Định (cũ)", a province "Nam Định (cũ)") with their figures of 1/10/2024–30/6/2025 beside the new
// units that replaced them ("Phòng THADS khu vực 1", "THADS tỉnh Ninh Bình", the province "Ninh
// Bình") with theirs of 1/7–30/9/2025, every row numbered as an office. Each new unit's carried
// over ("Năm trước chuyển sang") is then what its former units carried forward ("Chuyển kỳ sau"):
// the two are one body's year in two periods, and added, its stock (carried over, with
// conditions, carried forward) counts twice (work106 21: carried over 2.000 for 1.100, rate
// 55,94 % for 72,90 %, exit 0). Evidence, narrow: a row regime year of MERGER_YEAR; a measure
// whose carried over and carried forward every such row gives; rows marked old and rows of the
// new units both read as offices of one province (the successor, as the roll-up counts them);
// and the carried forward of that province's old rows, summed, equal to (and not zero) the
// carried over of its new units, summed. Such a table is refused (collect.ts, SECOND_TABLE).
// A district office needs no mark (`district`, the caller's rule: "Chi cục THADS thành phố
// Pleiku"): no Chi cục outlived 30/6/2025, and beside the khu vực that carries over exactly what
// the Chi cục carry forward its row is the first period (traps23 1: Pleiku 400 + Chư Păh 150 =
// khu vực 1's 550, summed to carried over 1.350 for 800, rate 70,73 % for 82,86 %, exit 0).
// Without the two carried columns nothing chains the rows: they are read as before (rule 5 of
// repeated-rows.ts reads a former Cục beside the new THADS tỉnh as two bodies). Former units
// under their khu vực as its parts (unnumbered, "a | Chi cục … (cũ)") are no offices: unchanged.
// Pure: rows as collect.ts read them (one entry per office), fast path and reference alike.
import { F, MEASURES, type Measure } from './fields.js';
import type { Figures } from './figures.js';
import { type Dec } from './decimal.js';
import { bareName, namesRegionOffice, writesCuc, type RowPlace } from './office-names.js';
import { hasFormerMark, MERGER_YEAR, provinceKey, successorProvince, withoutFormerMark } from './provinces.js';

export interface ChainedRow extends RowPlace {
  readonly district: string;
  readonly line: number;
  readonly figures: Partial<Record<Measure, Figures>>;
  /** the merged-away province the row was written under, rolled up into `province` */
  readonly from?: string;
}

export interface ChainedPeriods<R> {
  readonly measure: Measure;
  /** the rows marked old and the new units' rows, each in file order */
  readonly former: readonly R[];
  readonly current: readonly R[];
  /** the former rows' carried forward, summed: the new units' carried over */
  readonly stock: Dec;
}

/** A unit as it was before 1/7/2025: an office, a Cục or a province marked old ("(cũ)"), or a district office (`district`). */
function isFormer(row: ChainedRow, district: (name: string) => boolean): boolean {
  // (marked only: "Nam Định" unmarked in a table of 2025 may be a list of the 63, each its whole year)
  if (row.from !== undefined) return hasFormerMark(row.from);
  return hasFormerMark(row.district) || (row.province !== null && row.district === '' && hasFormerMark(row.province)) || (!namesRegionOffice(row.district) && district(row.district));
}

/** A unit since 1/7/2025: a khu vực unmarked, the province's own level under its new name ("THADS tỉnh Ninh Bình"), or a row of the successor province itself. */
function isCurrent(row: ChainedRow): boolean {
  if (row.from !== undefined || hasFormerMark(row.district)) return false;
  if (namesRegionOffice(row.district)) return true;
  if (row.province === null) return false;
  const province = successorProvince(row.province);
  if (province === null || provinceKey(province.name) !== provinceKey(row.province)) return false;
  // the province itself, a row standing for it (a provinces' table: no office column)
  if (row.district === '' || provinceKey(row.district) === provinceKey(row.province)) return true;
  if (writesCuc(row.district)) return false;
  const place = /^cục (.+)$/u.exec(bareName(row.district, row))?.[1];
  return place !== undefined && provinceKey(place) === provinceKey(province.name);
}

/**
 * The chained periods of one file's offices (as read, one entry per office): for each province
 * (as the roll-up counts it) and measure, the first found, in file order of its first former row.
 * `regimeYear`: the year that dates a row's report (its own, else its title's); `district`:
 * whether a name, unmarked, is a district office's (input/by-enforcer.ts namesDistrictOffice).
 */
export function chainedPeriods<R extends ChainedRow>(offices: readonly R[], regimeYear: (row: R) => number | null = (row) => row.year, district: (name: string) => boolean = () => false): ChainedPeriods<R>[] {
  const rows = offices.filter((o) => regimeYear(o) === MERGER_YEAR);
  if (!rows.some((o) => isFormer(o, district))) return [];
  const byProvince = new Map<string, { former: R[]; current: R[] }>();
  for (const o of rows) {
    const former = isFormer(o, district);
    if (!former && !isCurrent(o)) continue;
    const key = o.province === null ? '' : provinceKey(withoutFormerMark(o.province));
    const entry = byProvince.get(key) ?? { former: [], current: [] };
    byProvince.set(key, entry);
    (former ? entry.former : entry.current).push(o);
  }
  const out: ChainedPeriods<R>[] = [];
  for (const { former, current } of byProvince.values()) {
    if (former.length === 0 || current.length === 0) continue;
    for (const measure of MEASURES) {
      const forward = sum(former, measure, F.carried_forward);
      const over = sum(current, measure, F.carried_over);
      if (forward === null || over === null || forward.isZero() || !forward.eq(over)) continue;
      out.push({ measure, former, current, stock: forward });
      break;
    }
  }
  return out.sort((a, b) => a.former[0]!.line - b.former[0]!.line);
}

/** The sum of field `index` of `measure` over rows that each give it (and give both carried columns); null when one does not. */
function sum(rows: readonly ChainedRow[], measure: Measure, index: number): Dec | null {
  let total: Dec | null = null;
  for (const r of rows) {
    const figures = r.figures[measure];
    const value = figures?.[index] ?? null;
    if (figures === undefined || value === null || figures[F.carried_over] == null || figures[F.carried_forward] == null) return null;
    total = total === null ? value : total.plus(value);
  }
  return total;
}
