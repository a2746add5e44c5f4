// Competition ranking (1, 2, 2, 4) by rate, descending; groups without a rate are unranked.
// Rates are compared as the domain's Decimals: decimal.ts argues why two different rates never
// compare equal and equal rates always do.
import type { Dec } from './decimal.js';

export interface Ranked {
  readonly rank: number | null;
  readonly rankOf: number;
}

interface Entry {
  readonly rate: Dec;
  readonly index: number;
  /** the rate as the nearest double: rounding to nearest never reverses an order */
  readonly key: number;
}

/**
 * Different doubles order their rates exactly (x < y ⇒ double(x) ≤ double(y)); only equal
 * doubles need the Decimals compared. Sorting thousands of groups by Decimal.cmp copied both
 * operands at every comparison.
 */
function byRateDescending(a: Entry, b: Entry): number {
  return a.key !== b.key ? b.key - a.key : b.rate.cmp(a.rate);
}

export function competitionRanks(rates: readonly (Dec | null)[]): Ranked[] {
  const order: Entry[] = [];
  rates.forEach((rate, index) => {
    if (rate !== null) order.push({ rate, index, key: rate.toNumber() });
  });
  order.sort(byRateDescending);
  const ranks = new Array<number | null>(rates.length).fill(null);
  order.forEach((x, i) => {
    const prev = order[i - 1];
    ranks[x.index] = prev && prev.key === x.key && prev.rate.eq(x.rate) ? ranks[prev.index]! : i + 1;
  });
  return ranks.map((rank) => ({ rank, rankOf: order.length }));
}
