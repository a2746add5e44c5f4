// Rows of no province beside rows of a province (an untitled office file beside titled ones):
// the target such a row, and a total over them, would take depends on the province thads cannot
// tell. Where the config makes that province's target differ from the one applied, no judgement
// against it is printed as if settled.
import { keyString, type Group } from './aggregate.js';
import type { Dec } from './decimal.js';
import { MEASURES, type Measure } from './fields.js';
import { resolveTarget, type TargetBinding, type TargetQuery, type TargetTables } from './targets.js';

/** An office of no province: the first row of its file that names none. */
export interface UnplacedRow {
  readonly file: string;
  readonly sheet?: string;
  readonly line: number;
  readonly district: string;
}

/** Per total (keyString of its key): the provinces its rows name, and per file its first row that names none. */
export type Unplaced = ReadonlyMap<string, { readonly provinces: readonly string[]; readonly files: readonly UnplacedRow[] }>;

export interface UndecidedTarget {
  readonly year: number;
  readonly measure: Measure;
  /** the office (null: the total, or a group of no province under --by province) */
  readonly district: string | null;
  readonly isTotal: boolean;
  /** the province the rows may be of, and its target there */
  readonly province: string;
  readonly provinceTarget: Dec;
  /** the target applied without a province (null: none) */
  readonly applied: Dec | null;
  /** per file, its first row that names no province */
  readonly files: readonly UnplacedRow[];
}

/**
 * The first judgement that would change were the unplaced rows of a province of their total:
 * a group of no province (when groups carry the province) against each province of its total;
 * a total of one province and rows of none against that province's target. `--target-cases`
 * and `--target-money` settle it (they apply everywhere).
 */
export function undecidedTarget(tables: TargetTables, groups: readonly Group[], totals: readonly Group[], unplaced: Unplaced, binding?: TargetBinding): UndecidedTarget | null {
  const carriesProvince = groups.some((g) => g.province !== null);
  const candidates: { group: Group; isTotal: boolean }[] = [
    ...totals.map((group) => ({ group, isTotal: true })),
    ...(carriesProvince ? groups.filter((g) => g.province === null).map((group) => ({ group, isTotal: false })) : []),
  ];
  for (const { group, isTotal } of candidates) {
    if (group.year === null) continue;
    const mix = unplaced.get(keyString({ province: null, district: null, year: group.year }));
    if (!mix || mix.provinces.length === 0 || mix.files.length === 0) continue;
    // A total over two provinces takes the year's target whatever the unplaced rows' province.
    if (isTotal && mix.provinces.length > 1) continue;
    for (const m of MEASURES) {
      if (!group.figures[m]) continue;
      const query = (province: string | null): TargetQuery => ({ year: group.year, province, district: isTotal ? null : group.district });
      const applied = resolveTarget(tables, m, query(null), binding)?.value ?? null;
      for (const p of mix.provinces) {
        const there = resolveTarget(tables, m, query(p), binding)?.value ?? null;
        if (there === null || (applied !== null && there.eq(applied))) continue;
        return { year: group.year, measure: m, district: isTotal ? null : group.district, isTotal, province: p, provinceTarget: there, applied, files: mix.files };
      }
    }
  }
  return null;
}
