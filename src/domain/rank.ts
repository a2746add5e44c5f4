// Competition ranking (1, 2, 2, 4) by rate, descending; groups without a rate are unranked.
// Rates are compared as exact fractions (rate-fraction.ts): 9/10 and 18/20 tie, and rates that
// differ in the 40th decimal do not.
import type { RateFraction } from './rate-fraction.js';

export interface Ranked {
  readonly rank: number | null;
  readonly rankOf: number;
}

interface Entry {
  readonly rate: RateFraction;
  readonly index: number;
  /** num and den each rounded to the nearest double, then divided (keyOf) */
  readonly key: number;
}

/**
 * Doubles that differ by more than their errors order their rates; only nearer ones need the
 * fractions cross-multiplied. A key is within 3·2^-53 of its rate relative to it (plus 2^-1074
 * where it underflows), so two keys further apart than 10^-15 of their sizes cannot be in the
 * wrong order; keys near the underflow or NaN (a figure beyond 10^308) take the exact way. Sorting thousands of groups by cross-multiplication alone built BigInts at every step.
 */
function byRateDescending(a: Entry, b: Entry): number {
  const gap = b.key - a.key;
  const tolerance = 1e-15 * (Math.abs(a.key) + Math.abs(b.key));
  return Math.abs(gap) > tolerance && tolerance > 1e-290 ? gap : b.rate.cmp(a.rate);
}

/** NaN (compare exactly) when num or den is beyond the doubles: 10^300 / 10^309 is not 0. */
function keyOf(rate: RateFraction): number {
  const num = Number(rate.num);
  const den = Number(rate.den);
  return Number.isFinite(num) && Number.isFinite(den) ? num / den : NaN;
}

export function competitionRanks(rates: readonly (RateFraction | null)[]): Ranked[] {
  const order: Entry[] = [];
  rates.forEach((rate, index) => {
    if (rate !== null) order.push({ rate, index, key: keyOf(rate) });
  });
  order.sort(byRateDescending);
  const ranks = new Array<number | null>(rates.length).fill(null);
  order.forEach((x, i) => {
    const prev = order[i - 1];
    ranks[x.index] = prev && byRateDescending(prev, x) === 0 ? ranks[prev.index]! : i + 1;
  });
  return ranks.map((rank) => ({ rank, rankOf: order.length }));
}
