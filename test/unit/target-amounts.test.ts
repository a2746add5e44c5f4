// What a target asks of a group (target-amounts.ts), computed in whole numbers: against hand
// figures, and against decimal.js at 400 digits (the products the domain used to form).
import DecimalJs from 'decimal.js';
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, fromScaled, plain, type Dec } from '../../src/domain/decimal.js';
import { targetAmounts } from '../../src/domain/target-amounts.js';

const HP = (DecimalJs as unknown as typeof Decimal).clone({ precision: 400, rounding: D.ROUND_HALF_UP });
const hp = (v: Dec): Decimal => new HP(v.toFixed());
const d = (s: string): Dec => new D(s);
const shown = (a: { required: Dec; aboveTarget: Dec | null; met: boolean | null }) => ({ required: plain(a.required), aboveTarget: a.aboveTarget === null ? null : plain(a.aboveTarget), met: a.met });

describe('targetAmounts', () => {
  it.each([
    // 74 % of 5,871 = 4,344.54 → 4,345 cases required; 5,513 − 4,345 = 1,168 above; 5,513 ≥ 4,344.54
    ['cases', '74', '5871', '5513', { required: '4345', aboveTarget: '1168', met: true }],
    // 83.9 % of 1,500 = 1,258.5 → 1,259; 1,258 − 1,259 = −1; 1,258 < 1,258.5: not met
    ['cases', '83.9', '1500', '1258', { required: '1259', aboveTarget: '-1', met: false }],
    // exactly on target: 83.9 % of 20,000 = 16,780
    ['cases', '83.9', '20000', '16780', { required: '16780', aboveTarget: '0', met: true }],
    // 34.5 % of 112,105,320,500 đồng = 38,676,335,572.5 đồng, not rounded; 93,204,567,000 − it = 54,528,231,427.5
    ['money', '34.5', '112105320500', '93204567000', { required: '38676335572.5', aboveTarget: '54528231427.5', met: true }],
    // money with decimals: 51.95 % of 0.8 = 0.4156; 0.1 − 0.4156 = −0.3156
    ['money', '51.95', '0.8', '0.1', { required: '0.4156', aboveTarget: '-0.3156', met: false }],
    // cases with a fractional sum (a cell "1.5"): 74 % of 2.5 = 1.85 → 2; 1.5 − 2 = −0.5
    ['cases', '74', '2.5', '1.5', { required: '2', aboveTarget: '-0.5', met: false }],
    // nothing resolved known: the amount required only
    ['cases', '74', '100', null, { required: '74', aboveTarget: null, met: null }],
    // with_conditions 0: nothing required
    ['cases', '74', '0', '0', { required: '0', aboveTarget: '0', met: true }],
  ] as const)('%s at %s %% of %s, %s resolved', (measure, target, w, r, expected) => {
    expect(shown(targetAmounts(measure, d(target), d(w), r === null ? null : d(r)))).toEqual(expected);
  });

  it('equals the decimal.js products: target × W ÷ 100 (cases rounded up), resolved − it, resolved ≥ it', () => {
    const figure = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.integer({ min: 0, max: 3 })).map(([u, s]) => fromScaled(u, s));
    const target = fc.integer({ min: 0, max: 10 }).chain((s) => fc.bigInt({ min: 0n, max: 100n * 10n ** BigInt(s) }).map((u) => fromScaled(u, s)));
    fc.assert(
      fc.property(fc.constantFrom('cases' as const, 'money' as const), target, figure, fc.option(figure), (measure, t, w, r) => {
        const product = hp(t).times(hp(w)).div(100);
        const required = measure === 'cases' ? product.ceil() : product;
        const got = targetAmounts(measure, t, w, r);
        expect(got.required.toFixed()).toBe(required.toFixed());
        expect(got.aboveTarget?.toFixed() ?? null).toBe(r === null ? null : hp(r).minus(required).toFixed());
        expect(got.met).toBe(r === null ? null : hp(r).gte(product));
      }),
      { numRuns: 500 },
    );
  });
});

describe('fromScaled', () => {
  it('gives equal values for small scaled units, shared or not', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 7n), max: 10n ** 7n }), fc.integer({ min: 0, max: 18 }), (u, s) => {
        const v = fromScaled(u, s);
        expect(v.toFixed()).toBe(new HP(`${u}e${-s}`).toFixed());
        expect(fromScaled(u, s).eq(v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
