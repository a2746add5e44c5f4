// Targets (chỉ tiêu, SPEC §5): where each comes from and which one applies to a group.
import { MAX_TARGET_DECIMALS, parsePlainDecimal, type Dec } from './decimal.js';
import type { Measure } from './fields.js';
import { foldName } from './names.js';

/**
 * A target as written (`74`, `34.5`, `34,5`): a percentage from 0 to 100 with at most
 * MAX_TARGET_DECIMALS decimals, or why not. Config and command line read targets with it.
 */
export function parsePercent(text: string): Dec | 'not-a-number' | 'out-of-range' | 'too-many-decimals' {
  const v = parsePlainDecimal(text.replace(',', '.'));
  if (!v) return 'not-a-number';
  if (v.isNeg() || v.gt(100)) return 'out-of-range';
  if (v.decimalPlaces() > MAX_TARGET_DECIMALS) return 'too-many-decimals';
  return v;
}

export const PERCENT_RULE = `a percentage from 0 to 100 with at most ${MAX_TARGET_DECIMALS} decimals`;

export type TargetSource = 'flag' | 'config' | 'built-in';
export type TargetScope = 'year' | 'province' | 'district';

export type TargetSet = Partial<Record<Measure, Dec>>;

export interface YearTargets {
  readonly year: TargetSet;
  /** keyed by foldName(province) */
  readonly provinces: ReadonlyMap<string, TargetSet>;
  /** keyed by foldName(district) */
  readonly districts: ReadonlyMap<string, TargetSet>;
}

export interface TargetTables {
  /** --target-cases / --target-money: apply to every group of every year */
  readonly flag: TargetSet;
  readonly config: ReadonlyMap<number, YearTargets>;
  readonly builtIn: ReadonlyMap<number, TargetSet>;
}

export interface Target {
  readonly value: Dec;
  readonly source: TargetSource;
  readonly scope: TargetScope;
}

export interface TargetQuery {
  readonly year: number | null;
  readonly province: string | null;
  readonly district: string | null;
}

/** Flag > config > built-in; within the config the most specific applies (district > province > year). */
export function resolveTarget(tables: TargetTables, measure: Measure, q: TargetQuery): Target | null {
  const flag = tables.flag[measure];
  if (flag) return { value: flag, source: 'flag', scope: 'year' };
  if (q.year === null) return null;
  const config = tables.config.get(q.year);
  if (config) {
    const district = q.district !== null ? config.districts.get(foldName(q.district))?.[measure] : undefined;
    if (district) return { value: district, source: 'config', scope: 'district' };
    const province = q.province !== null ? config.provinces.get(foldName(q.province))?.[measure] : undefined;
    if (province) return { value: province, source: 'config', scope: 'province' };
    const year = config.year[measure];
    if (year) return { value: year, source: 'config', scope: 'year' };
  }
  const builtIn = tables.builtIn.get(q.year)?.[measure];
  return builtIn ? { value: builtIn, source: 'built-in', scope: 'year' } : null;
}
