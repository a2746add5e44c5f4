import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../src/domain/rank.js';
import { D } from '../../src/domain/decimal.js';
import { RateFraction } from '../../src/domain/rate-fraction.js';

/** An exact ratio, the test's oracle; the ranks are computed on the domain's rates of it. */
interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}
/** num/den as the domain's rate (100 × num ÷ den); equal fractions written differently (9/10, 18/20) must tie. */
const rate = (x: Ratio): RateFraction => RateFraction.of(new D(x.num.toString()), new D(x.den.toString()))!;
const r = (num: number, den: number): RateFraction => rate({ num: BigInt(num), den: BigInt(den) });

describe('competitionRanks', () => {
  it.each([
    { name: 'distinct rates, best first', rates: [r(1, 2), r(9, 10), r(3, 4)], ranks: [3, 1, 2], of: 3 },
    { name: 'a tie shares a rank and skips the next (1, 2, 2, 4)', rates: [r(95, 100), r(9, 10), r(18, 20), r(1, 2)], ranks: [1, 2, 2, 4], of: 4 },
    { name: 'a tie at the top', rates: [r(1, 1), r(7, 7), r(1, 3)], ranks: [1, 1, 3], of: 3 },
    { name: 'all equal', rates: [r(1, 2), r(2, 4), r(3, 6)], ranks: [1, 1, 1], of: 3 },
    { name: 'no rate is unranked and not counted', rates: [r(1, 2), null, r(3, 4)], ranks: [2, null, 1], of: 2 },
    { name: 'only groups without a rate', rates: [null, null], ranks: [null, null], of: 0 },
    { name: 'nothing to rank', rates: [], ranks: [], of: 0 },
  ])('$name', ({ rates, ranks, of }) => {
    const result = competitionRanks(rates);
    expect(result.map((x) => x.rank)).toEqual(ranks);
    for (const x of result) expect(x.rankOf).toBe(of);
  });

  it('a figure beyond the doubles does not make its rate 0: 10^300 / 10^309 (10^-7 %) is above 5 / 10^10 (5·10^-8 %)', () => {
    const big = rate({ num: 10n ** 300n, den: 10n ** 309n });
    expect(competitionRanks([r(5, 10 ** 10), big]).map((x) => x.rank)).toEqual([2, 1]);
  });

  it('ranks by the exact rate, not a rounded one: 93.9022 % beats 93.9021 %', () => {
    // 5513/5871 = 93.90223…%; 939021/1000000 = 93.9021 %: equal at two decimals, not exactly.
    const result = competitionRanks([r(939021, 1000000), r(5513, 5871)]);
    expect(result.map((x) => x.rank)).toEqual([2, 1]);
  });

  it('equals the definition: 1 + how many rates are exactly greater (property, rates equal to 30+ decimals included)', () => {
    // Near-equal rates: p/q against (p·10^k + d)/(q·10^k), which differ only beyond the 30th decimal for large k.
    // Few bases, so that arrays often hold several rates of one base.
    const near = fc.tuple(fc.constantFrom(-1n, 0n, 1n, 2n, 3n), fc.constantFrom(1n, 2n, 3n), fc.integer({ min: 0, max: 40 }), fc.bigInt({ min: -3n, max: 3n }));
    const ratio = fc.oneof(
      near.map(([p, q, k, d]): Ratio => ({ num: p * 10n ** BigInt(k) + d, den: q * 10n ** BigInt(k) })),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(ratio, { maxLength: 30 }), (rates) => {
        const greater = (a: Ratio, b: Ratio) => a.num * b.den > b.num * a.den;
        const ranked = rates.filter((x): x is Ratio => x !== null);
        const expected = rates.map((x) => (x === null ? null : 1 + ranked.filter((y) => greater(y, x)).length));
        const result = competitionRanks(rates.map((x) => (x === null ? null : rate(x))));
        expect(result.map((x) => x.rank)).toEqual(expected);
        for (const x of result) expect(x.rankOf).toBe(ranked.length);
      }),
      { numRuns: 500 },
    );
  });

  it('equals the definition where the doubles of the rates say little: near-equal rates at every size, tiny ones, 400-digit ones (property)', () => {
    // (p·10^a + d) / (q·10^b): keys that are equal, that underflow (1 / 10^308), and num or den
    // beyond the doubles (10^300 / 10^309 is 10^-9, not 0) must all be ordered by the fractions.
    const size = fc.constantFrom(0, 1, 15, 16, 17, 300, 307, 308, 309, 320, 400);
    const ratio = fc.oneof(
      fc.tuple(fc.bigInt({ min: -5n, max: 5n }), fc.constantFrom(1n, 3n, 7n), size, size, fc.bigInt({ min: -2n, max: 2n })).map(([p, q, a, b, d]): Ratio => ({
        num: p * 10n ** BigInt(a) + d,
        den: q * 10n ** BigInt(b),
      })),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(ratio, { maxLength: 20 }), (rates) => {
        const greater = (a: Ratio, b: Ratio) => a.num * b.den > b.num * a.den;
        const ranked = rates.filter((x): x is Ratio => x !== null);
        const expected = rates.map((x) => (x === null ? null : 1 + ranked.filter((y) => greater(y, x)).length));
        expect(competitionRanks(rates.map((x) => (x === null ? null : rate(x)))).map((x) => x.rank)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

