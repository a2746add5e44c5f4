// What every output shows, derived from the field table: machine columns (CSV, TSV, JSON) and
// the values of one group, as exact plain strings.
import { toPlain, type Exact } from '../domain/exact.js';
import { fieldsOf, MEASURES, RESULT_KEYS, type Measure } from '../domain/fields.js';
import type { GroupResult, MeasureResult, Summary } from '../domain/evaluate.js';
import type { Finding } from '../errors.js';
import type { MoneyUnit } from '../input/units.js';
import { inUnit } from './format-number.js';

export interface RenderContext {
  readonly summary: Summary;
  /** groups to print (after --only); ranks were computed over all */
  readonly printed: readonly GroupResult[];
  /** --only was given */
  readonly filtered: boolean;
  readonly unit: MoneyUnit;
  readonly rateDecimals: number;
  readonly lang: 'vi' | 'en';
  readonly by: readonly string[];
  readonly year: number | null;
  readonly warnings: readonly Finding[];
  /** measures the input carries */
  readonly measures: readonly Measure[];
  readonly color: boolean;
  readonly excel: boolean;
}

export type MachineValue = string | boolean | number | null;

/** snake_case keys of one measure's columns, in CSV order: the fields of §2, then results. */
export function measureKeys(measure: Measure): string[] {
  return [...fieldsOf(measure).map((f) => f.key), ...RESULT_KEYS];
}

export function csvColumns(): string[] {
  return ['province', 'district', 'year', ...MEASURES.flatMap((m) => measureKeys(m).map((k) => `${m}_${k}`))];
}

/** Values of one measure, keyed like measureKeys(); figures exact, rates fixed to rateDecimals. */
export function measureValues(r: MeasureResult | null, measure: Measure, unit: MoneyUnit, rateDecimals: number): Record<string, MachineValue> {
  const out: Record<string, MachineValue> = {};
  const amount = (v: Exact | null): string | null => (v === null ? null : toPlain(measure === 'money' ? inUnit(v, unit) : v));
  for (const f of fieldsOf(measure)) out[f.key] = r ? amount(r.figures[f.index] ?? null) : null;
  out.rate = r?.rateRounded ? toPlain(r.rateRounded, rateDecimals) : null;
  out.target = r?.target ? toPlain(r.target.value) : null;
  out.gap_pp = r?.gapPp ? toPlain(r.gapPp, rateDecimals) : null;
  out.required = r ? amount(r.required) : null;
  out.above_target = r ? amount(r.aboveTarget) : null;
  out.met = r?.met ?? null;
  out.rank = r?.rank ?? null;
  out.rank_of = r && r.rank !== null ? r.rankOf : null;
  out.total_change = r ? amount(r.totalChange) : null;
  out.rate_change = r?.rateChange ? toPlain(r.rateChange, rateDecimals) : null;
  return out;
}

export const TOTAL_LABEL = 'TOTAL';

export function rowsToPrint(ctx: RenderContext): GroupResult[] {
  return [...ctx.printed, ...ctx.summary.totals];
}
