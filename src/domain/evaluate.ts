// Turns summed figures into results: derived fields, rates, targets, gaps, ranks, changes.
import { ceilRatio, compare, exact, mul, ratio, ratioSub, ratioScale, roundRatio, shift, sub, toRatio, ZERO, type Exact, type Ratio } from './exact.js';
import { derive, type Figures } from './figures.js';
import { F, MEASURES, type Measure } from './fields.js';
import { keyString, type Group, type GroupKey } from './aggregate.js';
import { competitionRanks } from './rank.js';
import { matchYears, type YearMatch } from './match-years.js';
import { resolveTarget, type Target, type TargetTables } from './targets.js';

export type GapBasis = 'exact' | 'rounded';

export interface EvaluateOptions {
  readonly rateDecimals: number;
  readonly gapBasis: GapBasis;
  readonly targets: TargetTables;
}

export interface MeasureResult {
  /** given and derived figures; null where unknown */
  readonly figures: Figures;
  /** exact rate in percent; null when with_conditions is unknown or 0 */
  readonly rate: Ratio | null;
  /** rate rounded half-up to rateDecimals */
  readonly rateRounded: Exact | null;
  readonly target: Target | null;
  /** rate − target in pp, as displayed: rounded (exact basis) or as computed (rounded basis) */
  readonly gapPp: Exact | null;
  readonly met: boolean | null;
  readonly required: Exact | null;
  readonly aboveTarget: Exact | null;
  rank: number | null;
  rankOf: number | null;
  totalChange: Exact | null;
  rateChange: Exact | null;
}

export interface GroupResult extends GroupKey {
  readonly isTotal: boolean;
  /** where the group's first row is, when it has one place (not for totals) */
  readonly first?: { readonly file: string; readonly sheet?: string; readonly line: number };
  readonly measures: Record<Measure, MeasureResult | null>;
}

const HUNDRED = exact(100n);

export function evaluateMeasure(given: Figures, measure: Measure, target: Target | null, opts: EvaluateOptions): MeasureResult {
  const figures = derive(given, measure);
  const resolved = figures[F.resolved] ?? null;
  const withConditions = figures[F.with_conditions] ?? null;
  const rate = resolved !== null && withConditions !== null && withConditions.units !== 0n ? ratioScale(ratio(resolved, withConditions), 100n) : null;
  const rateRounded = rate ? roundRatio(rate, opts.rateDecimals) : null;

  let gapPp: Exact | null = null;
  let met: boolean | null = null;
  let required: Exact | null = null;
  let aboveTarget: Exact | null = null;
  if (target) {
    if (rate && rateRounded) {
      gapPp = opts.gapBasis === 'rounded' ? sub(rateRounded, target.value) : roundRatio(ratioSub(rate, toRatio(target.value)), opts.rateDecimals);
      // met compares the unrounded gap in the exact basis: 73.996 % is below a 74 % target even if it prints as 74.00.
      met = opts.gapBasis === 'rounded' ? compare(gapPp, ZERO) >= 0 : ratioSub(rate, toRatio(target.value)).num >= 0n;
    }
    if (withConditions !== null) {
      const product = shift(mul(target.value, withConditions), -2);
      required = measure === 'cases' ? exact(ceilRatio(toRatio(product))) : product;
      if (resolved !== null) aboveTarget = sub(resolved, required);
    }
  }
  return { figures, rate, rateRounded, target, gapPp, met, required, aboveTarget, rank: null, rankOf: null, totalChange: null, rateChange: null };
}

function evaluateGroup(g: Group, isTotal: boolean, opts: EvaluateOptions, targetKey: GroupKey): GroupResult {
  const measures = {} as Record<Measure, MeasureResult | null>;
  for (const m of MEASURES) {
    const given = g.figures[m];
    measures[m] = given ? evaluateMeasure(given, m, resolveTarget(opts.targets, m, targetKey), opts) : null;
  }
  return { province: g.province, district: g.district, year: g.year, isTotal, measures, ...(g.first && !isTotal ? { first: g.first } : {}) };
}

export interface Summary {
  readonly groups: GroupResult[];
  /** one per year when year is a --by level, else exactly one */
  readonly totals: GroupResult[];
}

/**
 * Evaluates groups and totals. `totals` are groups keyed by year only (or by nothing); a total's
 * target is its province's when all of its rows belong to one province.
 */
export function evaluate(groups: readonly Group[], totals: readonly Group[], totalProvinces: ReadonlyMap<string, string | null>, opts: EvaluateOptions): Summary {
  const groupResults = groups.map((g) => evaluateGroup(g, false, opts, g));
  const totalResults = totals.map((t) =>
    evaluateGroup(t, true, opts, { year: t.year, province: totalProvinces.get(keyString(t)) ?? null, district: null }),
  );
  rankWithinYears(groupResults);
  return { groups: groupResults, totals: totalResults };
}

function rankWithinYears(groups: GroupResult[]): void {
  // Ranks compare offices or provinces; groups that are whole years (--by year) are not ranked.
  if (groups.every((g) => g.province === null && g.district === null)) return;
  const byYear = new Map<number | null, GroupResult[]>();
  for (const g of groups) {
    const list = byYear.get(g.year) ?? [];
    list.push(g);
    byYear.set(g.year, list);
  }
  for (const list of byYear.values()) {
    for (const m of MEASURES) {
      const results = list.map((g) => g.measures[m]);
      const ranks = competitionRanks(results.map((r) => r?.rate ?? null));
      results.forEach((r, i) => {
        if (!r) return;
        r.rank = ranks[i]!.rank;
        r.rankOf = ranks[i]!.rankOf;
      });
    }
  }
}

/**
 * Fills totalChange and rateChange from last year's results for the same group (matchYears);
 * returns the match, whose unpaired groups the caller warns about.
 */
export function applyChange(current: readonly GroupResult[], previous: readonly GroupResult[], rateDecimals: number): YearMatch<GroupResult> {
  const match = matchYears(current, previous);
  for (const [g, p] of match.pairs) {
    for (const m of MEASURES) {
      const now = g.measures[m];
      const before = p.measures[m];
      if (!now || !before) continue;
      const total = now.figures[F.total] ?? null;
      const prevTotal = before.figures[F.total] ?? null;
      now.totalChange = total !== null && prevTotal !== null ? sub(total, prevTotal) : null;
      now.rateChange = now.rate && before.rate ? roundRatio(ratioSub(now.rate, before.rate), rateDecimals) : null;
    }
  }
  return match;
}
