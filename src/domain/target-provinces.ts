// The province a group takes its target by. A table of the provinces written in its office column
// ("STT | Đơn vị | …", one row per province: the Cục's national table, a Cụm thi đua's) is read as
// offices naming no province; for targets its rows are those provinces, as --previous rolls them
// up (`standsFor`: input/row-labels.ts provinceStoodFor, injected so domain reads no labels). Only
// when every office of the year naming no province stands for one: a file of one province's offices
// with its Cục's row ("Cục THADS tỉnh Nam Định" over its Chi cục) stays offices, under the
// national target and its TARGET_UNMATCHED warning, rather than one row taking the province's.
import { keyString, type GroupKey } from './aggregate.js';
import { provinceKey } from './provinces.js';

export type StandsFor = (g: GroupKey) => string | null;

/**
 * The keys `groups` and `totals` are judged against targets by: a group's own, its province
 * filled from its office cell where the year's offices are all provinces (its office kept, so an
 * office target still applies first); a total's province as `totalProvinces` gives it, or the one
 * province every group of its year stands for.
 */
export function targetKeys(groups: readonly GroupKey[], totals: readonly GroupKey[], totalProvinces: ReadonlyMap<string, string | null>, standsFor: StandsFor | undefined): { groups: GroupKey[]; totals: GroupKey[] } {
  const totalKeys = totals.map((t): GroupKey => ({ year: t.year, province: totalProvinces.get(keyString(t)) ?? null, district: null }));
  if (standsFor === undefined) return { groups: [...groups], totals: totalKeys };
  // year → provinceKey → the province its offices stand for; null: an office of that year stands for none
  const stood = new Map<number | null, Map<string, string> | null>();
  const stoodOf = new Map<GroupKey, string>();
  for (const g of groups) {
    if (g.province !== null || g.district === null) continue;
    const province = standsFor(g);
    if (province === null) stood.set(g.year, null);
    else if (stood.get(g.year) !== null) stood.set(g.year, (stood.get(g.year) ?? new Map<string, string>()).set(provinceKey(province), province));
    if (province !== null) stoodOf.set(g, province);
  }
  const ofYear = (year: number | null) => stood.get(year) ?? null;
  const groupKeys = groups.map((g) => {
    const province = ofYear(g.year) !== null ? stoodOf.get(g) : undefined;
    return province === undefined ? g : { province, district: g.district, year: g.year };
  });
  // A total over rows of one province named only in their office cells is that province's.
  const withProvince = new Set(groups.filter((g) => g.province !== null).map((g) => g.year));
  const totalsOut = totalKeys.map((t) => {
    const one = t.province === null && !withProvince.has(t.year) ? ofYear(t.year) : null;
    return one !== null && one.size === 1 ? { ...t, province: [...one.values()][0]! } : t;
  });
  return { groups: groupKeys, totals: totalsOut };
}
