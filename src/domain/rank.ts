// Competition ranking (1, 2, 2, 4) by exact rate, descending; groups without a rate are unranked.
import { compareRatio, type Ratio } from './exact.js';

export interface Ranked {
  readonly rank: number | null;
  readonly rankOf: number;
}

/** 10^30: trunc(rate × this) orders any two rates whose digits differ in the first 30 decimals. */
const SCALE = 10n ** 30n;

export function competitionRanks(rates: readonly (Ratio | null)[]): Ranked[] {
  // One division per rate, then cheap integer comparisons; equal keys fall back to the exact
  // comparison, so the order is the exact one (trunc is monotone: different keys never disagree).
  const order = rates
    .map((rate, index) => ({ rate, index, key: rate === null ? 0n : (rate.num * SCALE) / rate.den }))
    .filter((x): x is { rate: Ratio; index: number; key: bigint } => x.rate !== null)
    .sort((a, b) => (a.key !== b.key ? (a.key < b.key ? 1 : -1) : compareRatio(b.rate, a.rate)));
  const ranks = new Array<number | null>(rates.length).fill(null);
  order.forEach((x, i) => {
    const prev = order[i - 1];
    ranks[x.index] = prev && prev.key === x.key && compareRatio(prev.rate, x.rate) === 0 ? ranks[prev.index]! : i + 1;
  });
  return ranks.map((rank) => ({ rank, rankOf: order.length }));
}
