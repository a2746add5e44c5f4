// Rolls an older year's groups up into the units of a newer year, so that `--previous`
// compares like with like: provinces into their successors of Nghị quyết 202/2025/QH15
// (provinces.ts), offices into the newer offices the config says they became (Chi cục →
// Phòng THADS khu vực). Figures are summed, never rates: the rolled-up groups are evaluated
// afterwards like any other.
import { mergeGroups, type Group } from './aggregate.js';
import { bareName } from './office-names.js';
import { provinceKey, successorProvince } from './provinces.js';

/** The config's "mergedOffices": newer office → the older offices it was formed from. */
export type MergedOffices = ReadonlyMap<string, readonly string[]>;

export interface RollUpOptions {
  /** roll provinces up into the 34 of 2025 (the current year is 2025 or later) */
  readonly provinces: boolean;
  readonly offices: MergedOffices;
  /** groups of the newer year: their spelling of a province is kept ("TP. Hồ Chí Minh") */
  readonly newer: readonly Group[];
}

function officeKey(province: string | null, district: string): string {
  return `${province === null ? '' : provinceKey(province)}\u0000${bareName(district)}`;
}

/**
 * An older office as the config names it: "Chi cục THADS huyện Mỹ Lộc" (any province) or
 * "Nam Định / Mỹ Lộc" where the name alone is not unique; two spellings of one office give one key.
 */
export function olderOfficeKey(written: string): string {
  const slash = written.lastIndexOf(' / ');
  return slash >= 0 ? officeKey(written.slice(0, slash), written.slice(slash + 3)) : bareName(written);
}

export function rollUp(older: readonly Group[], opts: RollUpOptions): Group[] {
  // newer year's spelling of each (successor) province
  const spelling = new Map<string, string>();
  for (const g of opts.newer) {
    if (g.province === null) continue;
    const key = provinceKey(successorProvince(g.province)?.name ?? g.province);
    if (!spelling.has(key)) spelling.set(key, g.province);
  }
  // older office key (qualified by province, or bare) → newer office
  const newerOf = new Map<string, string>();
  for (const [newer, olds] of opts.offices) for (const old of olds) newerOf.set(olderOfficeKey(old), newer);
  if (!opts.provinces && opts.offices.size === 0) return [...older];

  const moved = older.map((g): Group => {
    let province = g.province;
    if (opts.provinces && province !== null) {
      const successor = successorProvince(province);
      if (successor) province = spelling.get(provinceKey(successor.name)) ?? successor.name;
    }
    let district = g.district;
    if (district !== null) district = newerOf.get(officeKey(g.province, district)) ?? newerOf.get(bareName(district)) ?? district;
    return { ...g, province, district };
  });
  // Groups that now share a key are summed (mergeGroups keeps the order of first appearance).
  return mergeGroups([moved]);
}
