// Competition ranking (1, 2, 2, 4) by exact rate, descending; groups without a rate are unranked.
import { compareRatio, type Ratio } from './exact.js';

export interface Ranked {
  readonly rank: number | null;
  readonly rankOf: number;
}

export function competitionRanks(rates: readonly (Ratio | null)[]): Ranked[] {
  const order = rates
    .map((rate, index) => ({ rate, index }))
    .filter((x): x is { rate: Ratio; index: number } => x.rate !== null)
    .sort((a, b) => compareRatio(b.rate, a.rate));
  const ranks = new Array<number | null>(rates.length).fill(null);
  order.forEach((x, i) => {
    const prev = order[i - 1];
    ranks[x.index] = prev && compareRatio(prev.rate, x.rate) === 0 ? ranks[prev.index]! : i + 1;
  });
  return ranks.map((rank) => ({ rank, rankOf: order.length }));
}
