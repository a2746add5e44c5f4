// Competition ranking (1, 2, 2, 4) by rate, descending; groups without a rate are unranked.
// Rates are compared as the domain's Decimals: decimal.ts argues why two different rates never
// compare equal and equal rates always do.
import type { Dec } from './decimal.js';

export interface Ranked {
  readonly rank: number | null;
  readonly rankOf: number;
}

export function competitionRanks(rates: readonly (Dec | null)[]): Ranked[] {
  const order = rates
    .map((rate, index) => ({ rate, index }))
    .filter((x): x is { rate: Dec; index: number } => x.rate !== null)
    .sort((a, b) => b.rate.cmp(a.rate));
  const ranks = new Array<number | null>(rates.length).fill(null);
  order.forEach((x, i) => {
    const prev = order[i - 1];
    ranks[x.index] = prev && prev.rate.eq(x.rate) ? ranks[prev.index]! : i + 1;
  });
  return ranks.map((rank) => ({ rank, rankOf: order.length }));
}
