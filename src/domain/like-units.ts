// A total's change on last year is like for like only when the same offices stand behind both
// totals: one office's 2025 report against the province's 2024 file would print "giảm 1.000 việc"
// for an office that grew by 100. The printed groups cannot tell (--by none has one, --by province
// one per province), so the offices the rows name are matched, as matchYears matches groups.
import type { GroupKey } from './aggregate.js';
import { matchYears } from './match-years.js';
import { namesRegionOffice } from './office-names.js';
import { MERGER_YEAR, provinceKey } from './provinces.js';

/**
 * What one row stands for: an office; a province, in a file without an office column (district
 * null); or a declared total ("Toàn tỉnh", a file named as a total), whose offices are not known.
 */
export interface Unit extends GroupKey {
  readonly kind: 'office' | 'province' | 'total';
}

export interface UnitsDiffer {
  /** in the input's order, and the previous files' */
  readonly onlyNow: readonly Unit[];
  readonly onlyBefore: readonly Unit[];
  /**
   * No office is in both: this year's are the Phòng THADS khu vực formed on 1/7/2025, last year's
   * the offices they replaced, of the same provinces. Offices cannot be compared by nature; the
   * provinces' totals are the whole of both years if the files are (the caller says so).
   */
  readonly reorganized: boolean;
}

const isRegion = (u: Unit) => u.kind === 'office' && u.district !== null && namesRegionOffice(u.district);
const provincesOf = (units: readonly Unit[]) => [...new Set(units.map((u) => provinceKey(u.province ?? '')))].sort().join('\u0000');

/** `now`'s offices are all regional divisions of 2025 on, `before`'s none, of the same provinces, none in both. */
function reorganization(now: readonly Unit[], before: readonly Unit[], paired: number): boolean {
  return (
    paired === 0 &&
    now.length > 0 &&
    before.length > 0 &&
    now.every((u) => isRegion(u) && u.year !== null && u.year >= MERGER_YEAR) &&
    before.every((u) => u.kind === 'office' && !isRegion(u)) &&
    provincesOf(now) === provincesOf(before)
  );
}

/**
 * Previous files of declared totals only ("Toàn tỉnh" under "THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI"):
 * where each total and every unit of the input name their province, the totals are the whole
 * of exactly those provinces or they are not comparable — Gia Lai's whole against Gia Lai +
 * Ninh Bình, or against Ninh Bình alone, would print a change of figures that are not last
 * year's. The provinces each side gives alone, as units by province; null when they agree or a
 * side names none (then the totals are taken as the whole the input adds up, as before).
 */
function totalsOfOtherProvinces(now: readonly Unit[], before: readonly Unit[]): UnitsDiffer | null {
  if (now.length === 0 || [...now, ...before].some((u) => u.province === null)) return null;
  const provinces = (units: readonly Unit[]) => new Map(units.map((u) => [provinceKey(u.province!), u.province!]));
  const nowProvinces = provinces(now);
  const beforeProvinces = provinces(before);
  const asUnits = (names: Map<string, string>, other: Map<string, string>): Unit[] =>
    [...names].filter(([key]) => !other.has(key)).map(([, province]) => ({ kind: 'province', province, district: null, year: null }));
  const onlyNow = asUnits(nowProvinces, beforeProvinces);
  const onlyBefore = asUnits(beforeProvinces, nowProvinces);
  return onlyNow.length === 0 && onlyBefore.length === 0 ? null : { onlyNow, onlyBefore, reorganized: false };
}

/**
 * A declared total of a province it names ("Toàn tỉnh" of "ha-nam-2024.xlsx") is that province's
 * whole, as a row of a file without an office column is: matched as one. The former provinces of
 * Ninh Bình given last year one by a Tỉnh table, the others by their "Toàn tỉnh" files, were
 * "different offices", no change computed (traps31: previous provinces as a mix of file kinds).
 */
function asWholes(units: readonly Unit[]): Unit[] {
  if (!units.some((u) => u.kind === 'total' && u.province !== null)) return [...units];
  const seen = new Set<string>();
  const out: Unit[] = [];
  for (const u of units) {
    const whole: Unit = u.kind === 'total' && u.province !== null ? { ...u, kind: 'province', district: null } : u;
    // (one whole a province: its former provinces, rolled up, are its parts — Hà Nam's and Nam Định's "Toàn tỉnh" in Ninh Bình's)
    if (whole.kind === 'province' && whole.district === null) {
      const key = `${provinceKey(whole.province ?? '')}\u0000${whole.year ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(whole);
  }
  return out;
}

/**
 * The units behind this year's total (`now`) and last year's (`before`, rolled up as their groups
 * are), or null when they are the same and the totals compare. Previous files of a declared total
 * only are taken as the whole the input adds up (their own ONE_YEAR_ONLY says so) — of the same
 * provinces, where both sides name them (totalsOfOtherProvinces).
 */
export function unitsDiffer(now: readonly Unit[], before: readonly Unit[]): UnitsDiffer | null {
  if (before.length > 0 && before.every((u) => u.kind === 'total')) return totalsOfOtherProvinces(now, before);
  const match = matchYears(asWholes(now), asWholes(before));
  if (match.onlyNow.length === 0 && match.onlyBefore.length === 0) return null;
  return { onlyNow: match.onlyNow, onlyBefore: match.onlyBefore, reorganized: reorganization(now, before, match.pairs.length) };
}
