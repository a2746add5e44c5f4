// Which group of last year's files is which group of this year's (--previous). Names are first
// matched as written (folded: case, spacing, tone placement); what is left is matched as the check
// across files matches offices (office-registry.ts): by bare name (office-names.ts), since exports
// label one office "Chi cục THADS huyện Mỹ Lộc" (or, from a title, "Huyện Mỹ Lộc") one year and
// "Mỹ Lộc" the next, where exactly one office of each side fits (fitsWithin): the same province,
// or a side without one against offices of one province, and units both sides state agree —
// huyện and thị xã Kỳ Anh are two offices. A bare name shared by two offices (huyện and thị xã
// Long Mỹ) never matches that way. The office of a province formed from several on 1/7/2025
// ("THADS tỉnh Ninh Bình") never matches one former Cục ("Cục THADS tỉnh Ninh Bình") that way.
import { keyString, type GroupKey } from './aggregate.js';
import { bareName, namesMergedProvinceOffice, pairByBareName, sameUnitKind } from './office-names.js';
import { isProvincialOffice } from './province-office.js';
import { MERGER_YEAR, provinceKey, successorProvince } from './provinces.js';

export interface YearMatch<T> {
  readonly pairs: [now: T, before: T][];
  /** this year's groups with no group last year, and the other way round */
  readonly onlyNow: T[];
  readonly onlyBefore: T[];
}

const exactKey = (g: GroupKey) => keyString({ province: g.province, district: g.district, year: null });
// A group of an office by its office's bare name (its own province written after it says no more:
// "Phòng THADS khu vực 1 - Ninh Bình" of Ninh Bình is its "khu vực 1"); a province's by its province's.
const bareKey = (g: GroupKey) => (g.district === null ? `\u0001${g.province === null ? '' : bareName(g.province)}` : bareName(g.district, g));
/**
 * Two groups of offices that may be one by bare name: a province on each side is the same, and
 * units both state agree. A side without a province (an office named by its title alone) fits
 * the other's offices only where those are of one province: in a file of Gia Lai's and Đắk
 * Lắk's, a "khu vực 2" without one may be either's.
 */
function fitsWithin(now: readonly GroupKey[], before: readonly GroupKey[]): (a: GroupKey, b: GroupKey) => boolean {
  const oneProvince = (side: readonly GroupKey[]) => new Set(side.filter((g) => g.district !== null).map((g) => (g.province === null ? '' : provinceKey(g.province)))).size <= 1;
  const nowOne = oneProvince(now);
  const beforeOne = oneProvince(before);
  return (a, b) => {
    if (a.district === null || b.district === null) return true;
    const provinces = a.province !== null && b.province !== null ? provinceKey(a.province) === provinceKey(b.province) : a.province === null ? beforeOne : nowOne;
    // the office of a province formed from several on 1/7/2025 is no one former Cục (round 92b, 01)
    return provinces && sameUnitKind(a.district, b.district) && namesMergedProvinceOffice(a.district) === namesMergedProvinceOffice(b.district);
  };
}

/** Groups of `now` and `before` paired up, in `now`'s order. */
export function matchYears<T extends GroupKey>(now: readonly T[], before: readonly T[]): YearMatch<T> {
  const byKey = new Map(before.map((g) => [exactKey(g), g]));
  const paired = new Map<T, T>();
  for (const g of now) {
    const b = byKey.get(exactKey(g));
    if (b) paired.set(g, b);
  }
  const used = new Set(paired.values());
  const restNow = now.filter((g) => !paired.has(g));
  const restBefore = before.filter((g) => !used.has(g));
  for (const [g, b] of pairByBareName(restNow, restBefore, bareKey, fitsWithin(now, before))) {
    paired.set(g, b);
    used.add(b);
  }
  for (const [g, b] of pairOwnOffices(now.filter((g) => !paired.has(g)), before.filter((g) => !used.has(g)))) {
    paired.set(g, b);
    used.add(b);
  }
  return {
    pairs: now.filter((g) => paired.has(g)).map((g) => [g, paired.get(g)!]),
    onlyNow: now.filter((g) => !paired.has(g)),
    onlyBefore: before.filter((g) => !used.has(g)),
  };
}

/**
 * The province's own office left unpaired under two labels ("Văn phòng Cục" of the Cục THADS tỉnh
 * Hà Tĩnh in 2024, "Văn phòng" of THADS tỉnh Hà Tĩnh in 2025, "Cấp tỉnh": isProvincialOffice), one
 * on each side in one named province that the merger of 1/7/2025 left whole, or of two years
 * before it: one office (traps23 3: compared with nothing, and the total not at all,
 * ONE_YEAR_ONLY). A merged province's is its former Cục's only as their sum (merger.ts
 * planProvincialOffices): never paired so.
 */
function pairOwnOffices<T extends GroupKey>(now: readonly T[], before: readonly T[]): Map<T, T> {
  // (both years before the merger's: a province of the 63 against itself, merged later or not)
  const beforeMerger = [...now, ...before].every((g) => g.year !== null && g.year < MERGER_YEAR);
  const whole = (province: string) => beforeMerger || successorProvince(province)?.formedFrom.length === 1;
  const own = (g: GroupKey) => g.province !== null && g.district !== null && isProvincialOffice(g.district) && whole(g.province);
  return pairByBareName(now.filter(own), before.filter(own), (g) => provinceKey(g.province!));
}
