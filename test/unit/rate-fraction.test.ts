import DecimalJs from 'decimal.js';
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, fromScaled, plain, type Dec } from '../../src/domain/decimal.js';
import { RateFraction } from '../../src/domain/rate-fraction.js';

// The oracle: decimal.js at 400 digits, far beyond what any quotient here needs to be rounded
// right (a quotient of 31-digit integers off a half-way point is off it by more than 10^-75).
const HP = (DecimalJs as unknown as typeof Decimal).clone({ precision: 400, rounding: D.ROUND_HALF_UP });
const hp = (v: Dec): Decimal => new HP(v.toFixed());
const hpRate = (r: Dec, w: Dec): Decimal => hp(r).times(100).div(hp(w));
const hpRounded = (v: Decimal, k: number): Decimal => v.toDecimalPlaces(k, HP.ROUND_HALF_UP);
const hpRound = (v: Decimal, k: number): string => hpRounded(v, k).toFixed(k);

const d = (s: string): Dec => new D(s);
const frac = (r: string, w: string): RateFraction => RateFraction.of(d(r), d(w))!;
/** a rounded value with exactly k decimals, the domain's and the oracle's alike (toFixed prints no −0) */
const shown = (v: Dec | Decimal, k: number): string => v.toFixed(k);

/** 0…10^25 with 0–3 decimals */
const figure = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.integer({ min: 0, max: 3 })).map(([u, s]) => fromScaled(u, s));
const signedFigure = fc.tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 3 })).map(([u, s]) => fromScaled(u, s));
const positive = figure.filter((w) => !w.isZero());
/** a target: 0…100 with 0–10 decimals */
const target = fc.integer({ min: 0, max: 10 }).chain((s) => fc.bigInt({ min: 0n, max: 100n * 10n ** BigInt(s) }).map((u) => fromScaled(u, s)));
const decimals = fc.integer({ min: 0, max: 10 });
/** a half-way point of k decimals, (2j+1) / (2·10^k), as an exact Decimal */
const halfWay = (j: bigint, k: number): Decimal => new HP((2n * j + 1n).toString()).div(new HP((2n * 10n ** BigInt(k)).toString()));
const fromHp = (v: Decimal): Dec => d(v.toFixed());

describe('RateFraction', () => {
  it.each([
    ['5513', '5871', 2, '93.90'],
    ['5513', '5871', 0, '94'],
    ['5513', '5871', 10, '93.9022313064'],
    ['1', '8', 1, '12.5'], // 12.5 exactly
    ['1', '8', 0, '13'], // 12.5 → 13: half away from zero
    ['-1', '8', 0, '-13'], // −12.5 → −13
    ['1', '-8', 0, '-13'],
    ['-1', '-8', 0, '13'],
    ['0.00125', '1', 2, '0.13'], // 0.125 %
    ['-0.00125', '1', 2, '-0.13'],
    ['0', '7', 2, '0.00'],
    ['2', '3', 2, '66.67'],
    ['123.456', '0.5', 3, '24691.200'],
  ])('100 × %s ÷ %s rounded to %i decimals = %s', (r, w, k, expected) => {
    expect(plain(frac(r, w).rounded(k), k)).toBe(expected);
  });

  it('is null when with_conditions is 0', () => {
    expect(RateFraction.of(d('5'), d('0'))).toBeNull();
    expect(RateFraction.of(d('0'), d('0.000'))).toBeNull();
  });

  it('a negative quotient that rounds to zero is a zero, printed without a sign', () => {
    expect(plain(frac('-0.00001', '1').rounded(2), 2)).toBe('0.00'); // −0.001 %
    expect(plain(frac('73.996', '100').minusRounded(d('74'), 2), 2)).toBe('0.00'); // −0.004 pp
  });

  it.each([
    // rate, target, k → gap
    [['5513', '5871'], '74', 2, '19.90'],
    [['5513', '5871'], '74', 0, '20'],
    [['83', '100'], '34.5', 1, '48.5'],
    [['1', '8'], '12.495', 2, '0.01'], // 12.5 − 12.495 = 0.005 → 0.01
    [['1', '8'], '12.505', 2, '-0.01'], // −0.005 → −0.01: half away from zero
    [['1', '8'], '12.5', 2, '0.00'], // the shown 12.50 − 12.5
    [['740', '1000'], '74.55', 1, '-0.6'], // traps12 1: −0.55 → −0.6, never −0.5
    // traps33 1: a shortfall at a half-way point rounds half away from zero, as the rate change does
    [['6350', '8000'], '80', 2, '-0.63'], // 79.375 − 80 = −0.625 → −0.63
    [['659', '800'], '82.5', 2, '-0.13'], // 82.375 − 82.5 = −0.125 → −0.13
    [['16499', '20000'], '82.5', 2, '-0.01'], // 82.495 − 82.5 = −0.005 → −0.01, never 0.00 beside a missed target
    [['2469', '20000'], '73', 2, '-60.66'], // 12.345 − 73 = −60.655 → −60.66
    [['14599', '20000'], '73', 2, '-0.01'], // 72.995 − 73 = −0.005 → −0.01
    [['1', '3'], '33.3333333333', 10, '0.0000000000'], // 0.00000000003…
    [['2', '3'], '0.0000000001', 10, '66.6666666666'], // 66.66666666656…
  ])('gap of %j from a target of %s at %i decimals = %s', ([r, w], t, k, expected) => {
    expect(plain(frac(r!, w!).minusRounded(d(t), k), k)).toBe(expected);
  });

  it.each([
    // now, before, k → change
    [['3', '4'], ['1', '2'], 2, '25.00'],
    [['1', '2'], ['3', '4'], 2, '-25.00'],
    [['1', '3'], ['1', '6'], 2, '16.67'],
    [['1', '8'], ['0', '3'], 0, '13'], // 12.5 pp
    [['0', '3'], ['1', '8'], 0, '-13'],
    [['1.000', '3'], ['2', '6'], 2, '0.00'], // equal rates of different scales
  ])('change from %j to %j at %i decimals = %s', ([r1, w1], [r0, w0], k, expected) => {
    expect(plain(frac(r1!, w1!).changeSince(frac(r0!, w0!), k), k)).toBe(expected);
  });

  it('compares exactly across scales: 9/10 = 18.0/20, 5513/5871 > 93.9021 %', () => {
    expect(frac('9', '10').cmp(frac('18.0', '20'))).toBe(0);
    expect(frac('5513', '5871').cmp(frac('939021', '1000000'))).toBe(1);
    expect(frac('939021', '1000000').cmp(frac('5513', '5871'))).toBe(-1);
    expect(frac('-1', '2').cmp(frac('1', '-2'))).toBe(0);
  });

  it('percent is the 100-digit quotient the rate was before it was a fraction', () => {
    for (const [r, w] of [['5513', '5871'], ['2', '3'], ['123456789.123', '987654321.9'], ['-1', '7'], ['1', '-7']] as const) {
      const before = d(r).times(100).div(d(w));
      expect(frac(r, w).percent.toFixed()).toBe(before.toFixed());
    }
  });
});

describe('RateFraction against decimal.js at 400 digits (property)', () => {
  it('rounds the rate half away from zero, signs included', () => {
    fc.assert(
      fc.property(signedFigure, signedFigure.filter((w) => !w.isZero()), decimals, (r, w, k) => {
        expect(shown(RateFraction.of(r, w)!.rounded(k), k)).toBe(shown(hpRounded(hpRate(r, w), k), k));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds the rate at half-way points', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), decimals, fc.bigInt({ min: 1n, max: 10n ** 15n }), (j, k, c) => {
        // 100 R / W = (2j+1)/(2·10^k) with W = c: R = h·c/100
        const h = halfWay(j, k);
        const r = fromHp(h.times(c.toString()).div(100));
        const w = d(c.toString());
        const got = RateFraction.of(r, w)!.rounded(k);
        expect(plain(got, k)).toBe(hpRound(h, k));
        expect(got.abs().gt(h.abs().toFixed())).toBe(true); // away from zero
      }),
      { numRuns: 1000 },
    );
  });

  it('the gap to a target, exactly: round_half_up(rate − target), half away from zero as the change', () => {
    fc.assert(
      fc.property(figure, positive, target, decimals, (r, w, t, k) => {
        const gap = hpRate(r, w).minus(hp(t));
        expect(shown(RateFraction.of(r, w)!.minusRounded(t, k), k)).toBe(shown(hpRounded(gap, k), k));
      }),
      { numRuns: 2000 },
    );
  });

  it('the gap at half-way points', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), decimals, target, fc.bigInt({ min: 1n, max: 10n ** 15n }), (j, k, t, c) => {
        const gap = halfWay(j, k);
        const rate = gap.plus(hp(t));
        const r = fromHp(rate.times(c.toString()).div(100));
        const got = RateFraction.of(r, d(c.toString()))!.minusRounded(t, k);
        expect(plain(got, k)).toBe(hpRound(gap, k));
        expect(got.abs().gt(gap.abs().toFixed())).toBe(true); // away from zero, whatever the sign
      }),
      { numRuns: 1000 },
    );
  });

  it('the change on last year, exactly, across scales', () => {
    fc.assert(
      fc.property(figure, positive, figure, positive, decimals, (r1, w1, r0, w0, k) => {
        const got = RateFraction.of(r1, w1)!.changeSince(RateFraction.of(r0, w0)!, k);
        expect(shown(got, k)).toBe(shown(hpRounded(hpRate(r1, w1).minus(hpRate(r0, w0)), k), k));
      }),
      { numRuns: 2000 },
    );
  });

  it('the change at half-way points', () => {
    fc.assert(
      fc.property(figure, positive, fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), decimals, (r0, w0, j, k) => {
        // this year: the same with_conditions, resolved moved so that the rate moves by h
        const h = halfWay(j, k);
        const r1 = fromHp(hp(r0).plus(h.times(hp(w0)).div(100)));
        const got = RateFraction.of(r1, w0)!.changeSince(RateFraction.of(r0, w0)!, k);
        expect(plain(got, k)).toBe(hpRound(h, k));
      }),
      { numRuns: 1000 },
    );
  });

  it('compares as the exact quotients do', () => {
    fc.assert(
      fc.property(signedFigure, signedFigure.filter((w) => !w.isZero()), signedFigure, signedFigure.filter((w) => !w.isZero()), (r1, w1, r2, w2) => {
        expect(RateFraction.of(r1, w1)!.cmp(RateFraction.of(r2, w2)!)).toBe(hpRate(r1, w1).cmp(hpRate(r2, w2)));
      }),
      { numRuns: 2000 },
    );
  });

  it('percent equals the quotient at PRECISION digits', () => {
    fc.assert(
      fc.property(signedFigure, signedFigure.filter((w) => !w.isZero()), (r, w) => {
        expect(RateFraction.of(r, w)!.percent.toFixed()).toBe(r.times(100).div(w).toFixed());
      }),
      { numRuns: 1000 },
    );
  });
});
