// Last year's money against this year's, office by office (--previous): a unit read wrong on
// either side makes every amount of one year 1,000× (10^6, 10^9) the other's, and the change
// column prints it as a fall or a rise of thousands of tỷ with exit 0 (traps39 F4: thads' own
// CSV of 2018, in đồng, read in the config's nghìn: −39.958.045.191.000 đồng on Mỹ Lộc). No
// year's work changes so: the same offices' cases stay alike while each money figure is off by
// one and the same power of 1,000. That is a unit error, refused (PREVIOUS_UNIT_DOUBTFUL).
//
// Sums over the offices matched in both years, never one office: one office's real big case
// (a bank's debt landing in a district) can make its money a thousandfold last year's. The sums
// must hold the ratio with the office holding most of either year's money left out too, so one
// office alone never decides it.
import { D, type Dec } from './decimal.js';
import { F, type FieldKey } from './fields.js';
import type { GroupResult } from './evaluate.js';

/** Each power of 1,000 between two units (đồng, nghìn, triệu, tỷ) is that ratio "about": within this factor. */
export const UNIT_RATIO_SLACK = new D('2.5');
/** The same offices' cases, year on year, within this factor: alike enough to be the same offices' work. */
export const CASES_ALIKE = new D(3);
/** Offices matched in both years, at the least (one office alone never decides it). */
export const MIN_OFFICES = 2;

/** The money figures compared: the large sums every form gives (their small parts, delegated or withdrawn, move freely). */
const MONEY_FIELDS: readonly FieldKey[] = ['total', 'to_execute', 'with_conditions', 'resolved'];
const CASES_FIELDS: readonly FieldKey[] = ['total', 'with_conditions', 'resolved'];
/** Powers of ten between two money units thads reads: 10^3 (đồng/nghìn …), 10^6, 10^9. */
const UNIT_POWERS = [3, 6, 9, -3, -6, -9] as const;

export interface UnitMixUp {
  /** last year's money is about 10^power this year's (negative: a thousandth …) */
  readonly power: number;
  /** the offices matched in both years the sums are over */
  readonly offices: number;
  /** the money figure named in the message, its sums this year and last year, in đồng */
  readonly field: FieldKey;
  readonly now: Dec;
  readonly before: Dec;
  /** cases with conditions (else the first cases figure known), summed likewise; null: no cases on both sides */
  readonly cases: { readonly field: FieldKey; readonly now: Dec; readonly before: Dec } | null;
  /** last year's group holding most of its money: where the error points */
  readonly largest: GroupResult;
}

type Pair = readonly [now: GroupResult, before: GroupResult];

/** The sums of a measure's field over `pairs`, each side; null when a pair does not know it on both sides. */
function sums(pairs: readonly Pair[], measure: 'cases' | 'money', field: FieldKey): { readonly now: Dec; readonly before: Dec } | null {
  let now = new D(0);
  let before = new D(0);
  for (const [g, p] of pairs) {
    const a = g.measures[measure]?.figures[F[field]] ?? null;
    const b = p.measures[measure]?.figures[F[field]] ?? null;
    if (a === null || b === null) return null;
    now = now.plus(a);
    before = before.plus(b);
  }
  return { now, before };
}

/** before ≈ now × 10^power, within UNIT_RATIO_SLACK either way (exact: no division) */
function aboutPower(now: Dec, before: Dec, power: number): boolean {
  const scaled = now.times(new D(10).pow(power));
  return before.lte(scaled.times(UNIT_RATIO_SLACK)) && before.times(UNIT_RATIO_SLACK).gte(scaled);
}

/**
 * The one power of 1,000 every money figure known over `pairs` is off by (last year's ÷ this
 * year's), while their cases are alike; null: none (a figure apart from it, none known, a sum 0).
 */
function powerApart(pairs: readonly Pair[]): number | null {
  const money = MONEY_FIELDS.map((f) => sums(pairs, 'money', f)).filter((s): s is NonNullable<typeof s> => s !== null && !(s.now.isZero() && s.before.isZero()));
  if (money.length === 0) return null;
  const power = UNIT_POWERS.find((k) => money.every((s) => aboutPower(s.now, s.before, k)));
  if (power === undefined) return null;
  for (const f of CASES_FIELDS) {
    const s = sums(pairs, 'cases', f);
    if (s === null) continue;
    if (s.before.gt(s.now.times(CASES_ALIKE)) || s.now.gt(s.before.times(CASES_ALIKE))) return null;
  }
  return power;
}

/** The pair whose money with conditions is the largest share of either year's sum (compared exactly: a/A > b/B as a·B > b·A). */
function largestPair(pairs: readonly Pair[]): Pair {
  const total = sums(pairs, 'money', 'with_conditions');
  const of = (p: Pair, side: 0 | 1) => p[side].measures.money?.figures[F.with_conditions] ?? new D(0);
  if (total === null || total.now.isZero() || total.before.isZero()) return pairs[0]!;
  // share = max(now / ΣNOW, before / ΣBEFORE), scaled by ΣNOW·ΣBEFORE
  const share = (p: Pair) => D.max(of(p, 0).times(total.before), of(p, 1).times(total.now));
  return pairs.reduce((a, b) => (share(b).gt(share(a)) ? b : a));
}

/**
 * A unit mix-up between the years over the offices (or provinces) matched in both (`pairs`, this
 * year's group first; totals left out); null: none found, or too few offices to tell.
 */
export function unitMixUp(matched: readonly Pair[]): UnitMixUp | null {
  const pairs = matched.filter(([g, p]) => !g.isTotal && !p.isTotal && g.measures.money && p.measures.money);
  if (pairs.length < MIN_OFFICES) return null;
  const power = powerApart(pairs);
  if (power === null) return null;
  const largest = largestPair(pairs);
  if (powerApart(pairs.filter((p) => p !== largest)) !== power) return null;
  const field = MONEY_FIELDS.find((f) => sums(pairs, 'money', f) !== null) ?? 'with_conditions';
  const money = sums(pairs, 'money', field)!;
  const casesField = (['with_conditions', ...CASES_FIELDS] as const).find((f) => sums(pairs, 'cases', f) !== null) ?? null;
  const cases = casesField === null ? null : { field: casesField, ...sums(pairs, 'cases', casesField)! };
  return { power, offices: pairs.length, field, now: money.now, before: money.before, cases, largest: largest[1] };
}
