// The test oracle of src/domain/suspect-rows.ts: its findSuspects as it was before its key
// tests moved from Decimals to whole numbers (a copy of that version, not imported from src/),
// so the property test holds the faster search to what the plain one found.
import { plain, ZERO, type Dec } from '../../src/domain/decimal.js';
import { MEASURES, F, type Measure } from '../../src/domain/fields.js';
import { addSums, subtractSums, type Sums } from '../../src/domain/declared-rows.js';
import type { Figures } from '../../src/domain/figures.js';

export interface Office<R> {
  readonly row: R;
  readonly figures: Sums;
}

export interface Suspect<R> {
  readonly office: Office<R>;
  /** its index among the offices */
  readonly at: number;
  /**
   * 'total': equals all the others; 'subtotal': equals the offices from `from` to `to` (indices,
   * inclusive); 'near': close to, not equal to, the offices from `from` to `to` (all above it,
   * or, for the first row, all below it)
   */
  readonly kind: 'total' | 'subtotal' | 'near';
  readonly from: number;
  readonly to: number;
  /** how many non-zero figures agree: with few, a coincidence is possible */
  readonly evidence: number;
  /** its case figures alone agree, its money does not (sumEvidence) */
  readonly casesOnly?: true;
  readonly moneyOnly?: true;
  /** 'near': the figure that differs most from its sum (relative to it) */
  readonly largest?: NearDiff;
}

export interface NearDiff {
  readonly measure: Measure;
  readonly index: number;
  readonly figure: Dec;
  readonly sum: Dec;
}

/**
 * Equal in every field known on both sides: how many of them are non-zero; -1 if any differs.
 * The evidence that a row is a sum of others (cross-file-totals.ts asks it too).
 */
export function agreement(a: Sums, b: Sums): number {
  let nonZero = 0;
  for (const m of MEASURES) {
    const x = a[m];
    const y = b[m];
    if (!x || !y) continue;
    for (let i = 0; i < x.length; i++) {
      const u = x[i] ?? null;
      const v = y[i] ?? null;
      if (u === null || v === null) continue;
      if (!u.eq(v)) return -1;
      if (!u.isZero()) nonZero++;
    }
  }
  return nonZero;
}

const CASES_ALONE = 4;
const MONEY_ALONE = 3;
const MONEY_DIGITS = 10;

/** every money figure agreeing, MONEY_ALONE different amounts not zero among them, of MONEY_DIGITS significant digits in all */
function moneyAgreement(row: Figures, sum: Figures): number {
  const figures = agreement({ money: row }, { money: sum });
  const amounts = [...new Set(row.filter((v, i) => v !== null && (sum[i] ?? null) !== null && !v.isZero()).map((v) => plain(v!)))];
  const digits = amounts.reduce((n, a) => n + a.replace(/^[-0.]+/, '').replace(/\./, '').replace(/0+$/, '').length, 0);
  return figures >= MONEY_ALONE && amounts.length >= MONEY_ALONE && digits >= MONEY_DIGITS ? figures : -1;
}

type Evidence = { evidence: number; casesOnly?: true; moneyOnly?: true };

/** agreement; or, money differing, the cases' agreement if it is CASES_ALONE or more (work98b 02); or, cases differing, the money's (moneyAgreement) */
function sumEvidence(row: Sums, sum: Sums): Evidence {
  const evidence = agreement(row, sum);
  if (evidence >= 0) return { evidence };
  const cases = row.cases && sum.cases ? agreement({ cases: row.cases }, { cases: sum.cases }) : -1;
  if (cases >= CASES_ALONE) return { evidence: cases, casesOnly: true };
  const money = row.money && sum.money ? moneyAgreement(row.money, sum.money) : -1;
  return money > 0 ? { evidence: money, moneyOnly: true } : { evidence };
}

/** The first measure's with_conditions (always present). */
function keyOf(s: Sums): Dec | null {
  for (const m of MEASURES) {
    const v = s[m]?.[F.with_conditions] ?? null;
    if (v !== null) return v;
  }
  return null;
}
const moneyKeyOf = (s: Sums): Dec | null => s.money?.[F.with_conditions] ?? null;

/** Bounded work: beyond this many offices only the "equals all the others" test runs. */
const RUN_LIMIT = 200_000;
/** candidate runs verified per office (equal keys, e.g. zeros, could be many) */
const CANDIDATES_PER_OFFICE = 8;

/**
 * `stated`: the file's own declared total equals the sum of every office row (declared-rows.ts
 * wholeStated), so each row is counted in a total the file states — a row near a sum of others
 * is then an office that total counts (a second total there would double it): no near guess.
 */
export function findSuspects<R>(offices: readonly Office<R>[], stated = false): Suspect<R>[] {
  const n = offices.length;
  if (n < 3) return [];
  const out: Suspect<R>[] = [];
  const flagged = new Set<number>();
  totals(offices, keyOf, true, flagged, out);
  for (const near of stated ? [] : nearTotals(offices, flagged)) {
    out.push(near);
    flagged.add(near.at);
  }
  if (n > RUN_LIMIT) return out;
  subtotals(offices, keyOf, flagged, out);
  // then by money's key, where cases came first: a row whose money alone is a sum (MONEY_ALONE)
  const casesFirst = offices.some((o) => (o.figures.cases?.[F.with_conditions] ?? null) !== null);
  if (casesFirst && offices.some((o) => moneyKeyOf(o.figures) !== null)) {
    totals(offices, moneyKeyOf, false, flagged, out);
    subtotals(offices, moneyKeyOf, flagged, out);
  }
  return out;
}

/** A row equal to all the others: 2·row = sum of the file (a row without the key: compared in full if `nullKeys`). */
function totals<R>(offices: readonly Office<R>[], key: (s: Sums) => Dec | null, nullKeys: boolean, flagged: Set<number>, out: Suspect<R>[]): void {
  const n = offices.length;
  let keyTotal = ZERO;
  for (const o of offices) keyTotal = keyTotal.plus(key(o.figures) ?? ZERO);
  const whole: Sums = {};
  for (const x of offices) addSums(whole, x.figures);
  for (let i = 0; i < n; i++) {
    const o = offices[i]!;
    const k = key(o.figures);
    if (flagged.has(i) || (k === null ? !nullKeys : !k.times(2).eq(keyTotal))) continue;
    const e = sumEvidence(o.figures, subtractSums(whole, o.figures));
    if (e.evidence > 0) {
      out.push({ office: o, at: i, kind: 'total', from: 0, to: n - 1, ...e });
      flagged.add(i);
    }
  }
}

/** A row equal to the 2 or more rows right below (a heading subtotal) or above it (a closing one). */
function subtotals<R>(offices: readonly Office<R>[], keyOf: (s: Sums) => Dec | null, flagged: Set<number>, out: Suspect<R>[]): void {
  const n = offices.length;
  const prefix: Dec[] = [ZERO];
  for (const o of offices) prefix.push(prefix[prefix.length - 1]!.plus(keyOf(o.figures) ?? ZERO));
  const at = new Map<string, number[]>();
  prefix.forEach((p, k) => {
    const key = plain(p);
    const list = at.get(key);
    if (list) list.push(k);
    else at.set(key, [k]);
  });
  const runSum = (from: number, to: number): Sums => {
    const s: Sums = {};
    for (let k = from; k <= to; k++) addSums(s, offices[k]!.figures);
    return s;
  };
  for (let i = 0; i < n; i++) {
    if (flagged.has(i)) continue;
    const key = keyOf(offices[i]!.figures);
    if (key === null || key.isZero()) continue;
    // below: prefix[j+1] − prefix[i+1] = key, j ≥ i+2; above: prefix[i] − prefix[j] = key, j ≤ i−2
    const below = at.get(plain(prefix[i + 1]!.plus(key))) ?? [];
    const aboveKey = prefix[i]!.minus(key);
    const above = aboveKey.gte(0) ? (at.get(plain(aboveKey)) ?? []) : [];
    const runs = [...below.filter((k) => k - 1 >= i + 2).map((k) => [i + 1, k - 1] as const), ...above.filter((k) => k <= i - 2).map((k) => [k, i - 1] as const)];
    for (const [from, to] of runs.slice(0, CANDIDATES_PER_OFFICE)) {
      const e = sumEvidence(offices[i]!.figures, runSum(from, to));
      if (e.evidence > 0) {
        out.push({ office: offices[i]!, at: i, kind: 'subtotal', from, to, ...e });
        flagged.add(i);
        break;
      }
    }
  }
}

/**
 * Near a total: every non-zero figure within 1 % of the sum of the rows above, and at least one
 * within NEAR_UNITS of it. A total typed with a slip or edited in one cell keeps its other cells
 * exact; an office is no such copy. The offices' rates and mixes differ, so an office that
 * merely outweighs the others (a city among small districts) misses 1 % in some column, and
 * one figure a few units off its sum by chance, besides, is rarer still. Counts differing by
 * 1–3 are a typo or a row forgotten by the total; beyond that the figures are a total of other
 * rows, which the mismatch would not explain anyway.
 */
const NEAR_PERCENT = 1;
const NEAR_UNITS = 3;
/** fewer rows above, or fewer non-zero figures, and a near sum is too easily chance */
const NEAR_MIN_ABOVE = 3;
const NEAR_MIN_FIGURES = 2;

/** Rows (not already found as exact sums) nearly equal to the sum of all the rows above them. */
function nearTotals<R>(offices: readonly Office<R>[], flagged: ReadonlySet<number>): Suspect<R>[] {
  const out: Suspect<R>[] = [];
  const key = keyField(offices);
  if (key === null) return out;
  // The key figure filters: within 1 % of the sum above, the running sum at least nearly doubles,
  // so only a few rows of any file are compared in full.
  let keySum = ZERO;
  const keys = offices.map((o) => o.figures[key.measure]?.[key.index] ?? ZERO);
  for (let i = 0; i < offices.length; i++) {
    const k = keys[i]!;
    if (i >= NEAR_MIN_ABOVE && !flagged.has(i) && !k.isZero() && within(k, keySum)) {
      const above: Sums = {};
      for (let j = 0; j < i; j++) addSums(above, offices[j]!.figures);
      const near = nearness(offices[i]!.figures, above);
      if (near !== null) out.push({ office: offices[i]!, at: i, kind: 'near', from: 0, to: i - 1, evidence: near.figures, largest: near.largest });
    }
    keySum = keySum.plus(k);
  }
  // the first row against all the rows below it (round 59b, 02), as plainly
  const n = offices.length;
  const first = keys[0];
  if (first !== undefined && n - 1 >= NEAR_MIN_ABOVE && !flagged.has(0) && !first.isZero() && within(first, keySum.minus(first))) {
    const below: Sums = {};
    for (let j = 1; j < n; j++) addSums(below, offices[j]!.figures);
    const near = nearness(offices[0]!.figures, below);
    if (near !== null) out.push({ office: offices[0]!, at: 0, kind: 'near', from: 1, to: n - 1, evidence: near.figures, largest: near.largest });
  }
  return out;
}

/** The first field the offices give (the same fields on every row of a file). */
function keyField<R>(offices: readonly Office<R>[]): { measure: Measure; index: number } | null {
  const first = offices[0]?.figures;
  for (const measure of MEASURES) {
    const f = first?.[measure];
    const index = f ? [F.with_conditions, ...f.keys()].find((i) => (f[i] ?? null) !== null) : undefined;
    if (index !== undefined) return { measure, index };
  }
  return null;
}

function within(figure: Dec, sum: Dec): boolean {
  return figure.minus(sum).abs().times(100).lte(sum.times(NEAR_PERCENT));
}

/** Non-zero figures compared and the largest relative difference, if `row` is near `sum`; else null. */
function nearness(row: Sums, sum: Sums): { figures: number; largest: NearDiff } | null {
  let figures = 0;
  let close = false;
  let largest: NearDiff | null = null;
  for (const measure of MEASURES) {
    const x = row[measure];
    const y = sum[measure];
    if (!x || !y) continue;
    for (let index = 0; index < x.length; index++) {
      const figure = x[index] ?? null;
      const s = y[index] ?? null;
      if (figure === null || s === null || (figure.isZero() && s.isZero())) continue;
      if (!within(figure, s)) return null;
      figures++;
      const diff = figure.minus(s).abs();
      if (diff.lte(NEAR_UNITS)) close = true;
      if (largest === null || diff.times(largest.sum).gt(largest.figure.minus(largest.sum).abs().times(s))) largest = { measure, index, figure, sum: s };
    }
  }
  return close && figures >= NEAR_MIN_FIGURES && largest !== null && !largest.figure.eq(largest.sum) ? { figures, largest } : null;
}
