// Rows that say they are offices but add up others: a total under a label nobody listed
// ("Tỉnh Nam Định", "Cộng toàn ngành 2025"), a subtotal without its label. Added as an office,
// such a row doubles the total — the worst thing thads can print. Found by their figures alone:
// a row equal to the sum of all the others, or of the rows right below or above it; or nearly
// equal to the sum of all the rows above it, or the first row to all below it (a total with a
// typo, or one cell edited by hand).
// Pure; the offices come in file order, each with its summed figures.
import { toCommonScale, ZERO, type Dec } from './decimal.js';
import { MEASURES, F, type Measure } from './fields.js';
import { addSums, subtractSums, type Sums } from './declared-rows.js';
import type { Figures } from './figures.js';

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
  /** the significant digits of its different agreeing figures (agreeingDigits): many are no chance */
  readonly digits?: number;
  /** its case figures alone agree, its money does not (sumEvidence) */
  readonly casesOnly?: true;
  /** its money alone agrees, its case figures do not (sumEvidence) */
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

/** Non-zero case figures that make a row a sum of others whatever its money says. */
const CASES_ALONE = 4;
/**
 * Money that makes a row a sum of others whatever its counts say: every amount agreeing, at least
 * MONEY_ALONE different ones not zero, with MONEY_DIGITS significant digits among them. Amounts
 * agreeing to the đồng are no office's own, while a count edited by hand (or an office the total
 * forgot) is the stale subtotal of real files (one case off its sum, its money exact, was added as
 * an office: the total doubled, exit 0). Different amounts, as one amount fills several derived
 * columns (new = total = with conditions = completed = resolved); digits, as round sums in tỷ
 * đồng (75 = 43 + 32) may well agree by chance.
 */
const MONEY_ALONE = 3;
const MONEY_DIGITS = 10;
/** Significant digits of agreeing figures that make a row a sum whatever how few figures they are (agreeingDigits): as MONEY_DIGITS. */
export const SUM_DIGITS = MONEY_DIGITS;

/** How many non-zero money figures agree, if they tell a sum (MONEY_ALONE, MONEY_DIGITS); else -1. */
function moneyAgreement(row: Figures, sum: Figures): number {
  const figures = agreement({ money: row }, { money: sum });
  if (figures < MONEY_ALONE) return -1;
  const { amounts, digits } = distinctAgreeing({ money: row }, { money: sum });
  return amounts >= MONEY_ALONE && digits >= MONEY_DIGITS ? figures : -1;
}

/**
 * The different non-zero figures `row` and `sum` both give (one amount filling several derived
 * columns counts once), and their significant digits: "25.111.222" nghìn đồng agreeing is no
 * chance, as "450" cases may be. (Asked where they agree: agreement() ≥ 0.)
 */
function distinctAgreeing(row: Sums, sum: Sums): { readonly amounts: number; readonly digits: number } {
  const seen = new Set<string>();
  let digits = 0;
  for (const m of MEASURES) {
    const x = row[m];
    const y = sum[m];
    if (!x || !y) continue;
    for (let i = 0; i < x.length; i++) {
      const v = x[i] ?? null;
      if (v === null || (y[i] ?? null) === null || v.isZero() || seen.has(`${m} ${v.toString()}`)) continue;
      seen.add(`${m} ${v.toString()}`);
      digits += v.sd();
    }
  }
  return { amounts: seen.size, digits };
}

/** The significant digits of the different non-zero figures `row` and `sum` agree on (distinctAgreeing). */
function agreeingDigits(row: Sums, sum: Sums): number {
  return distinctAgreeing(row, sum).digits;
}

type Evidence = { evidence: number; digits?: number; casesOnly?: true; moneyOnly?: true };

/**
 * The evidence that `row` is the sum `sum` (the others, a run next to it): agreement; or, where
 * the figures differ in money only, the cases' agreement if every case figure given agrees and
 * CASES_ALONE or more of them are not zero. A group line ("Khu vực phía Bắc" over its Chi cục)
 * shows its money rounded to whole nghìn đồng, or leaves it empty, while its counts are the
 * exact sums (work98b 02); four or more counts of a run of other offices are no office's own.
 * Else, where its counts differ, its money's (moneyAgreement: a count edited by hand). Neither:
 * the row is no sum (-1).
 */
function sumEvidence(row: Sums, sum: Sums): Evidence {
  const evidence = agreement(row, sum);
  if (evidence > 0) return { evidence, digits: agreeingDigits(row, sum) };
  if (evidence >= 0) return { evidence };
  const cases = row.cases && sum.cases ? agreement({ cases: row.cases }, { cases: sum.cases }) : -1;
  if (cases >= CASES_ALONE) return { evidence: cases, casesOnly: true };
  const money = row.money && sum.money ? moneyAgreement(row.money, sum.money) : -1;
  return money > 0 ? { evidence: money, moneyOnly: true } : { evidence };
}

/**
 * The keys runs of offices are searched by: the first measure's with_conditions (always present),
 * then money's where cases came first — a row whose money is a run's sum and whose counts are
 * not (MONEY_ALONE) is found by its money only.
 */
function keysOf<R>(offices: readonly Office<R>[]): ((s: Sums) => Dec | null)[] {
  const first = (s: Sums): Dec | null => {
    for (const m of MEASURES) {
      const v = s[m]?.[F.with_conditions] ?? null;
      if (v !== null) return v;
    }
    return null;
  };
  const money = (s: Sums): Dec | null => s.money?.[F.with_conditions] ?? null;
  const casesFirst = offices.some((o) => (o.figures.cases?.[F.with_conditions] ?? null) !== null);
  return casesFirst && offices.some((o) => money(o.figures) !== null) ? [first, money] : [first];
}

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
  const [first, ...more] = keysOf(offices);
  let whole: Sums | null = null;
  const wholeSums = (): Sums => {
    if (!whole) {
      whole = {};
      for (const x of offices) addSums(whole, x.figures);
    }
    return whole;
  };
  const search = (keyOf: (s: Sums) => Dec | null, nullKeys: boolean): KeyedSearch => keyedSearch(offices, keyOf, nullKeys, flagged, out, wholeSums);
  const byFirst = search(first!, true);
  byFirst.totals();
  for (const near of stated ? [] : nearTotals(offices, flagged)) {
    out.push(near);
    flagged.add(near.at);
  }
  if (n > RUN_LIMIT) return out;
  byFirst.subtotals();
  for (const keyOf of more) {
    const by = search(keyOf, false);
    by.totals();
    by.subtotals();
  }
  return out;
}

interface KeyedSearch {
  /** rows equal to all the others */
  totals(): void;
  /** rows equal to the 2 or more rows right below or above them */
  subtotals(): void;
}

/**
 * The searches by one key figure (keyOf), in whole numbers of one scale (a Decimal per office per
 * test cost a 700-office run ~25 ms); all the figures are compared, as Decimals, only for a row
 * whose key passes. `nullKeys`: a row without the key is compared in full against all the others.
 * Rows found join `out` and `flagged`; a flagged row is not searched again.
 */
function keyedSearch<R>(offices: readonly Office<R>[], keyOf: (s: Sums) => Dec | null, nullKeys: boolean, flagged: Set<number>, out: Suspect<R>[], whole: () => Sums): KeyedSearch {
  const n = offices.length;
  const keys = toCommonScale(offices.map((o) => keyOf(o.figures))).units;
  const prefix: bigint[] = [0n];
  for (const k of keys) prefix.push(prefix[prefix.length - 1]! + (k ?? 0n));
  const keyTotal = prefix[n]!;
  const found = (i: number, kind: 'total' | 'subtotal', from: number, to: number, e: Evidence): void => {
    out.push({ office: offices[i]!, at: i, kind, from, to, ...e });
    flagged.add(i);
  };
  return {
    totals() {
      // A row equal to all the others: 2·row = sum of the file.
      for (let i = 0; i < n; i++) {
        const key = keys[i]!;
        if (flagged.has(i) || (key === null ? !nullKeys : 2n * key !== keyTotal)) continue;
        const e = sumEvidence(offices[i]!.figures, subtractSums(whole(), offices[i]!.figures));
        if (e.evidence > 0) found(i, 'total', 0, n - 1, e);
      }
    },
    subtotals() {
      // A row equal to the 2 or more rows right below (a heading subtotal) or above it (a closing one).
      const at = new Map<bigint, number[]>();
      prefix.forEach((p, k) => {
        const list = at.get(p);
        if (list) list.push(k);
        else at.set(p, [k]);
      });
      const runSum = (from: number, to: number): Sums => {
        const s: Sums = {};
        for (let k = from; k <= to; k++) addSums(s, offices[k]!.figures);
        return s;
      };
      for (let i = 0; i < n; i++) {
        if (flagged.has(i)) continue;
        const key = keys[i]!;
        if (key === null || key === 0n) continue;
        // below: prefix[j+1] − prefix[i+1] = key, j ≥ i+2; above: prefix[i] − prefix[j] = key, j ≤ i−2
        const below = at.get(prefix[i + 1]! + key) ?? [];
        const aboveKey = prefix[i]! - key;
        const above = aboveKey >= 0n ? (at.get(aboveKey) ?? []) : [];
        const runs = [...below.filter((k) => k - 1 >= i + 2).map((k) => [i + 1, k - 1] as const), ...above.filter((k) => k <= i - 2).map((k) => [k, i - 1] as const)];
        for (const [from, to] of runs.slice(0, CANDIDATES_PER_OFFICE)) {
          const e = sumEvidence(offices[i]!.figures, runSum(from, to));
          if (e.evidence > 0) {
            found(i, 'subtotal', from, to, e);
            break;
          }
        }
      }
    },
  };
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

/**
 * Rows (not already found as exact sums) nearly equal to the sum of all the rows above them; and
 * the first row nearly equal to the sum of all the rows below it, where the forms put the total
 * (a stale "T.cộng" over its offices). The same closeness rule (nearness) either way.
 */
function nearTotals<R>(offices: readonly Office<R>[], flagged: ReadonlySet<number>): Suspect<R>[] {
  const out: Suspect<R>[] = [];
  const key = keyField(offices);
  if (key === null) return out;
  // The key figure filters: within 1 % of the sum above, the running sum at least nearly doubles,
  // so only a few rows of any file are compared in full. Whole numbers, as in findSuspects.
  const keys = toCommonScale(offices.map((o) => o.figures[key.measure]?.[key.index] ?? ZERO)).units;
  const sumOf = (from: number, to: number): Sums => {
    const s: Sums = {};
    for (let j = from; j <= to; j++) addSums(s, offices[j]!.figures);
    return s;
  };
  const nearRun = (i: number, from: number, to: number, keySum: bigint): void => {
    const k = keys[i]!;
    if (to - from + 1 < NEAR_MIN_ABOVE || flagged.has(i) || k === 0n || !within(k, keySum)) return;
    const near = nearness(offices[i]!.figures, sumOf(from, to));
    if (near !== null) out.push({ office: offices[i]!, at: i, kind: 'near', from, to, evidence: near.figures, largest: near.largest });
  };
  const n = offices.length;
  let keySum = 0n;
  for (let i = 0; i < n; i++) {
    nearRun(i, 0, i - 1, keySum);
    keySum += keys[i]!;
  }
  if (n > 0) nearRun(0, 1, n - 1, keySum - keys[0]!);
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

/** `figure` within NEAR_PERCENT of `sum`: whole numbers of one scale (toCommonScale). */
function within(figure: bigint, sum: bigint): boolean {
  const diff = figure > sum ? figure - sum : sum - figure;
  return diff * 100n <= sum * BigInt(NEAR_PERCENT);
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
      const [f, t] = toCommonScale([figure, s]).units;
      if (!within(f!, t!)) return null;
      figures++;
      const diff = figure.minus(s).abs();
      if (diff.lte(NEAR_UNITS)) close = true;
      if (largest === null || diff.times(largest.sum).gt(largest.figure.minus(largest.sum).abs().times(s))) largest = { measure, index, figure, sum: s };
    }
  }
  return close && figures >= NEAR_MIN_FIGURES && largest !== null && !largest.figure.eq(largest.sum) ? { figures, largest } : null;
}
