// Turns summed figures into results: derived fields, rates, targets, gaps, ranks, changes.
import { toCommonScale, type Dec } from './decimal.js';
import { RateFraction } from './rate-fraction.js';
import { targetAmountsOfUnits } from './target-amounts.js';
import { completed, type Figures } from './figures.js';
import { F, MEASURES, type Measure } from './fields.js';
import { type DistrictOffices, type Group, type GroupKey } from './aggregate.js';
import { competitionRanks } from './rank.js';
import { matchYears, type YearMatch } from './match-years.js';
import { bindTargets, resolveTarget, type AmbiguousTarget, type Target, type TargetBinding, type TargetTables, type UnmatchedTarget } from './targets.js';
import { targetKeys, type StandsFor } from './target-provinces.js';

export type GapBasis = 'exact' | 'rounded';

export interface EvaluateOptions {
  readonly rateDecimals: number;
  readonly gapBasis: GapBasis;
  readonly targets: TargetTables;
  /** the province an office cell names ("Hà Nội" in a table of the provinces): its target is that province's (target-provinces.ts) */
  readonly standsFor?: StandsFor;
}

export interface MeasureResult {
  /** given and derived figures; null where unknown */
  readonly figures: Figures;
  /** rate in percent, 100 × resolved ÷ with_conditions, exactly; null when with_conditions is unknown or 0 */
  readonly rateFraction: RateFraction | null;
  /**
   * the same rate to PRECISION digits, computed when read: only the chart reads it (bar order
   * and length); every rounding and comparison is made on rateFraction
   */
  readonly rate: Dec | null;
  /** rate rounded half-up to rateDecimals */
  readonly rateRounded: Dec | null;
  readonly target: Target | null;
  /** rate − target in pp, as displayed: rounded (exact basis) or as computed (rounded basis) */
  readonly gapPp: Dec | null;
  readonly met: boolean | null;
  readonly required: Dec | null;
  readonly aboveTarget: Dec | null;
  rank: number | null;
  rankOf: number | null;
  totalChange: Dec | null;
  rateChange: Dec | null;
  /**
   * −1, 0 or 1: the exact rate change's sign. rateChange is rounded, and −0,0036 pp rounds to
   * 0,00: a fall all the same, which the paragraph and the change column must not call unchanged.
   */
  rateChangeSign: number | null;
  /** the statistics year the changes compare with (null: not compared, or the older files' year is unknown) */
  changeYear: number | null;
}

export interface GroupResult extends GroupKey {
  readonly isTotal: boolean;
  /** where the group's first row is, when it has one place (not for totals) */
  readonly first?: { readonly file: string; readonly sheet?: string; readonly line: number };
  readonly measures: Record<Measure, MeasureResult | null>;
  /** a total or group of the district level's offices alone (Group's): no province's whole, under no province's target */
  readonly districtOffices?: DistrictOffices;
  /** such a total or group of one office only (Group's): under that office's own target alone */
  readonly office?: { readonly province: string | null; readonly district: string };
  /** such a total or group none of whose rows names a province (Group's): under the target any total of them takes */
  readonly ofNoProvince?: true;
}


/**
 * A MeasureResult whose unrounded rate is computed when read, on the prototype: an object literal
 * with a getter of its own is built by the runtime's slow path, several times slower a group.
 */
class Result implements MeasureResult {
  rank: number | null = null;
  rankOf: number | null = null;
  totalChange: Dec | null = null;
  rateChange: Dec | null = null;
  rateChangeSign: number | null = null;
  changeYear: number | null = null;

  constructor(
    readonly figures: Figures,
    readonly rateFraction: RateFraction | null,
    readonly rateRounded: Dec | null,
    readonly target: Target | null,
    readonly gapPp: Dec | null,
    readonly met: boolean | null,
    readonly required: Dec | null,
    readonly aboveTarget: Dec | null,
  ) {}

  get rate(): Dec | null {
    return this.rateFraction ? this.rateFraction.percent : null;
  }
}

/** `year`: the statistics year, whose regime decides what is derived (null: unknown). */
export function evaluateMeasure(given: Figures, measure: Measure, target: Target | null, opts: EvaluateOptions, year: number | null = null): MeasureResult {
  const figures = completed(given, measure, year);
  const resolved = figures[F.resolved] ?? null;
  const withConditions = figures[F.with_conditions] ?? null;
  // Both figures as whole numbers of one scale, once: the rate and the target's amounts are read from them.
  const common = withConditions !== null ? toCommonScale([withConditions, resolved]) : null;
  const rate = common !== null && resolved !== null ? RateFraction.ofUnits(common.units[1]!, common.units[0]!) : null;
  const rateRounded = rate ? rate.rounded(opts.rateDecimals) : null;

  let gapPp: Dec | null = null;
  let met: boolean | null = null;
  let required: Dec | null = null;
  let aboveTarget: Dec | null = null;
  if (target) {
    if (rate && rateRounded && resolved !== null) {
      gapPp = opts.gapBasis === 'rounded' ? rateRounded.minus(target.value) : rate.minusRounded(target.value, opts.rateDecimals);
    }
    if (common !== null) {
      // met compares the unrounded rate in the exact basis — resolved ≥ target × with_conditions
      // ÷ 100, exactly: 73.996 % is below a 74 % target even if it prints as 74.00.
      const amounts = targetAmountsOfUnits(measure, target.value, common.units[0]!, common.units[1] ?? null, common.scale);
      required = amounts.required;
      aboveTarget = amounts.aboveTarget;
      if (gapPp !== null) met = opts.gapBasis === 'rounded' ? gapPp.gte(0) : amounts.met;
    }
  }
  return new Result(figures, rate, rateRounded, target, gapPp, met, required, aboveTarget);
}

function evaluateGroup(g: Group, isTotal: boolean, opts: EvaluateOptions, targetKey: GroupKey, binding: TargetBinding): GroupResult {
  const measures = {} as Record<Measure, MeasureResult | null>;
  for (const m of MEASURES) {
    const given = g.figures[m];
    // A total or province's group of the district offices alone ("Cộng các Chi cục", a Chi cục's
    // own report) is no province's whole: the target assigned to the province (config or built-in)
    // is not theirs; of one office, that office's is, whatever it is (its row's: targetKey is then
    // the office's, evaluate); --target's is the user's for every row. Of offices naming no
    // province, no province's whole is in question: the year's, as the same rows in one file take
    // it (traps30: "Mỹ Lộc.csv" + "Vụ Bản.csv" lost the TOTAL's 80 and --fail-below-target's 3).
    const found = resolveTarget(opts.targets, m, targetKey, binding);
    const target = g.districtOffices === undefined || found?.source === 'flag' || g.office !== undefined || g.ofNoProvince === true ? found : null;
    measures[m] = given ? evaluateMeasure(given, m, target, opts, g.year) : null;
  }
  // (its optional members set one by one: spreads of them made two objects more a group, kept to the end of a run)
  const result: { -readonly [K in keyof GroupResult]: GroupResult[K] } = { province: g.province, district: g.district, year: g.year, isTotal, measures };
  if (g.first && !isTotal) result.first = g.first;
  if (g.districtOffices !== undefined) {
    result.districtOffices = g.districtOffices;
    if (g.office !== undefined) result.office = g.office;
    if (g.ofNoProvince === true) result.ofNoProvince = true;
  }
  return result;
}

export interface Summary {
  readonly groups: GroupResult[];
  /** one per year when year is a --by level, else exactly one */
  readonly totals: GroupResult[];
  /** config targets of provinces and offices that no group is (the caller warns) */
  readonly unmatchedTargets: readonly UnmatchedTarget[];
  /** config office targets of a year that offices of several provinces would take (the caller refuses) */
  readonly ambiguousTargets: readonly AmbiguousTarget[];
}

/**
 * Evaluates groups and totals. `totals` are groups keyed by year only (or by nothing); a total's
 * target is its province's when all of its rows belong to one province.
 */
export function evaluate(groups: readonly Group[], totals: readonly Group[], totalProvinces: ReadonlyMap<string, string | null>, opts: EvaluateOptions): Summary {
  const found = targetKeys(groups, totals, totalProvinces, opts.standsFor);
  // A total or group of one district-level office alone is held against that office's own target (evaluateGroup).
  const ofOffice = (g: Group, key: GroupKey): GroupKey => (g.districtOffices !== undefined && g.office !== undefined ? { province: g.office.province, district: g.office.district, year: key.year } : key);
  const keys = { groups: groups.map((g, i) => ofOffice(g, found.groups[i]!)), totals: totals.map((t, i) => ofOffice(t, found.totals[i]!)) };
  const binding = bindTargets(opts.targets, [...keys.groups, ...keys.totals]);
  const groupResults = groups.map((g, i) => evaluateGroup(g, false, opts, keys.groups[i]!, binding));
  const totalResults = totals.map((t, i) => evaluateGroup(t, true, opts, keys.totals[i]!, binding));
  rankWithinYears(groupResults);
  return { groups: groupResults, totals: totalResults, unmatchedTargets: binding.unmatched, ambiguousTargets: binding.ambiguous };
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
      const ranks = competitionRanks(results.map((r) => r?.rateFraction ?? null));
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
      now.totalChange = total !== null && prevTotal !== null ? total.minus(prevTotal) : null;
      now.rateChange = now.rateFraction && before.rateFraction ? now.rateFraction.changeSince(before.rateFraction, rateDecimals) : null;
      now.rateChangeSign = now.rateFraction && before.rateFraction ? now.rateFraction.cmp(before.rateFraction) : null;
      now.changeYear = p.year;
    }
  }
  return match;
}
