// What every output shows, derived from the field table: machine columns (CSV, TSV, JSON) and
// the values of one group, as exact plain strings.
import { plain, type Dec } from '../domain/decimal.js';
import { fieldsOf, MEASURES, RESULT_KEYS, type FieldDef, type Measure } from '../domain/fields.js';
import type { GroupResult, MeasureResult, Summary } from '../domain/evaluate.js';
import type { Finding } from '../errors.js';
import type { MoneyUnit } from '../input/units.js';
import type { ReportDocument } from '../config/load.js';
import type { Period } from '../domain/periods.js';
import { inUnit, readableUnit, UNIT_LABEL } from './format-number.js';
import { provincesToTell } from '../domain/office-names.js';

export interface RenderContext {
  readonly summary: Summary;
  /** groups to print (after --only); ranks were computed over all */
  readonly printed: readonly GroupResult[];
  /** --only was given */
  readonly filtered: boolean;
  readonly unit: MoneyUnit;
  /** `unit` is thads' choice (no --unit): the paragraph may state an amount in a larger one, "1 tỷ đồng" */
  readonly unitChosen?: boolean;
  readonly rateDecimals: number;
  readonly lang: 'vi' | 'en';
  readonly by: readonly string[];
  readonly year: number | null;
  /** the one year of the --previous files, when they hold exactly one */
  readonly previousYear: number | null;
  /** the input's period by statistics year, where it is shorter than that year (a half-year report's) */
  readonly partPeriods?: ReadonlyMap<number, Period>;
  readonly warnings: readonly Finding[];
  /** measures the input carries */
  readonly measures: readonly Measure[];
  readonly color: boolean;
  readonly excel: boolean;
  /** for each total (by keyString): its province when all of its rows share one */
  readonly totalProvinces?: ReadonlyMap<string, string | null>;
  /** for each total (by keyString): how many provinces its rows name */
  readonly totalProvinceCounts?: ReadonlyMap<string, number>;
  /** the report as an administrative document (config "report"); absent: a working paper */
  readonly report?: ReportDocument;
  /** columns the terminal table may use; null or absent: the full table (a file, a pipe, --wide) */
  readonly width?: number | null;
}

export type MachineValue = string | boolean | number | null;

/** snake_case keys of one measure's columns, in CSV order: the fields of §2, then results. */
export function measureKeys(measure: Measure): string[] {
  return [...fieldsOf(measure).map((f) => f.key), ...RESULT_KEYS];
}

/** Results that are amounts of the measure (the others are percents, a flag, ranks). */
const AMOUNT_RESULTS: ReadonlySet<string> = new Set(['required', 'above_target', 'total_change']);

/**
 * The machine header. With money in another unit than đồng (--unit) each money amount's name
 * says it ("money_total (million VND)"): the file then tells what it holds, and thads reads it
 * back in that unit, never as đồng.
 */
export function csvColumns(unit: MoneyUnit = 'dong'): string[] {
  const suffix = unit === 'dong' ? '' : ` (${UNIT_LABEL[unit].en})`;
  const isAmount = (k: string) => !(RESULT_KEYS as readonly string[]).includes(k) || AMOUNT_RESULTS.has(k);
  return ['province', 'district', 'year', ...MEASURES.flatMap((m) => measureKeys(m).map((k) => `${m}_${k}${m === 'money' && isAmount(k) ? suffix : ''}`))];
}

const FIELDS_OF: Record<Measure, readonly FieldDef[]> = { cases: fieldsOf('cases'), money: fieldsOf('money') };

/** Values of one measure, in measureKeys() order; figures exact, rates fixed to rateDecimals. */
export function measureValues(r: MeasureResult | null, measure: Measure, unit: MoneyUnit, rateDecimals: number): MachineValue[] {
  const fields = FIELDS_OF[measure];
  if (!r) return new Array<MachineValue>(fields.length + RESULT_KEYS.length).fill(null);
  const amount = (v: Dec | null): string | null => (v === null ? null : plain(measure === 'money' && unit !== 'dong' ? inUnit(v, unit) : v));
  const out: MachineValue[] = fields.map((f) => amount(r.figures[f.index] ?? null));
  // RESULT_KEYS order: rate, target, gap_pp, required, above_target, met, rank, rank_of, total_change, rate_change.
  out.push(
    r.rateRounded ? plain(r.rateRounded, rateDecimals) : null,
    r.target ? plain(r.target.value) : null,
    r.gapPp ? plain(r.gapPp, rateDecimals) : null,
    amount(r.required),
    amount(r.aboveTarget),
    r.met ?? null,
    r.rank ?? null,
    r.rank !== null ? r.rankOf : null,
    amount(r.totalChange),
    r.rateChange ? plain(r.rateChange, rateDecimals) : null,
  );
  return out;
}

/** The district cell of the machine CSV's total row (domain/fields.ts: the reader knows thads' own output by it too). */
export { TOTAL_LABEL } from '../domain/fields.js';

/** A group's name in prose and charts, and the province that tells it apart (null: the name does). */
export interface ShownName {
  readonly name: string;
  readonly province: string | null;
}

/**
 * How the paragraph, the chart and the HTML report name groups, where no province column stands
 * beside the name: an office whose name offices of another province in the run share gets its
 * province ("Phòng THADS khu vực 1 (Gia Lai)"); a name one province alone uses is left as it is.
 * Null for a total and for a group of a year alone.
 */
export function shownNames(ctx: Pick<RenderContext, 'summary'>): (g: GroupResult) => ShownName | null {
  const provinceOf = provincesToTell(ctx.summary.groups);
  return (g) => {
    const name = g.isTotal ? null : (g.district ?? g.province);
    return name === null ? null : { name, province: provinceOf(g) };
  };
}

/** "Phòng THADS khu vực 1 (Gia Lai, 2025)": a name and what is said of it in parentheses. */
export function withNotes(name: string, notes: readonly (string | null)[]): string {
  const said = notes.filter((n): n is string => n !== null);
  return said.length === 0 ? name : `${name} (${said.join(', ')})`;
}

/**
 * The money unit of human formats when --unit is not given: tỷ đồng, or a smaller one while
 * the largest figure of the totals and groups is below one tỷ, so a small office's money never
 * reads "0,00 tỷ đồng" in every cell — a total the input leaves unknown (an office without money)
 * too (traps17 7: 100 đồng printed 0.00 billion).
 */
export function humanMoneyUnit(summary: Summary): MoneyUnit {
  const amounts = [...summary.totals, ...summary.groups].flatMap((t) => (t.measures.money?.figures ?? []).filter((v): v is Dec => v !== null));
  return readableUnit(amounts, 'billion');
}

export function rowsToPrint(ctx: RenderContext): GroupResult[] {
  return [...ctx.printed, ...ctx.summary.totals];
}

/** A measure of the input that some printed row has a target for: the table shows its target columns. */
export function hasTargets(ctx: RenderContext, m: Measure): boolean {
  return rowsToPrint(ctx).some((g) => g.measures[m]?.target);
}

const MEASURE_WORD = { cases: { vi: 'về việc', en: 'case' }, money: { vi: 'về tiền', en: 'money' } } as const;

/**
 * Said once under the table and the narrative instead of a column of dashes: which years have
 * no target for which measure. "No target for 2026: set one in the config (targets."2026")."
 */
export function noTargetNote(ctx: RenderContext): string | null {
  const rows = rowsToPrint(ctx);
  const missing = new Map<number | null, Measure[]>();
  for (const m of ctx.measures) {
    // (a total of the district level's offices alone is under no province's target by design: no year lacks one for it;
    // of offices naming no province it is under the year's, evaluate.ts)
    const years = [...new Set(rows.filter((g) => g.measures[m] && (g.districtOffices === undefined || g.ofNoProvince === true)).map((g) => g.year ?? ctx.year))];
    for (const y of years) {
      if (rows.some((g) => (g.year ?? ctx.year) === y && g.measures[m]?.target)) continue;
      missing.set(y, [...(missing.get(y) ?? []), m]);
    }
  }
  if (missing.size === 0) return null;
  const vi = ctx.lang === 'vi';
  const notes = [...missing].map(([year, measures]) => {
    const what = measures.length === ctx.measures.length ? '' : ` ${measures.map((m) => MEASURE_WORD[m][ctx.lang]).join(vi ? ', ' : ' and ')}`;
    if (year === null) return vi ? `Chưa có chỉ tiêu${what}: chưa rõ năm thống kê (dùng --year).` : `No${what} target: the statistics year is unknown (pass --year).`;
    return vi ? `Chưa có chỉ tiêu${what} năm ${year}: đặt chỉ tiêu trong tệp cấu hình (targets."${year}").` : `No${what} target for ${year}: set one in the config (targets."${year}").`;
  });
  return notes.join(' ');
}
