import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, fromScaled, parsePlainDecimal, plain, plusExact, PRECISION, roundHalfUp, shift, toCommonScale } from '../../src/domain/decimal.js';
import { evaluateMeasure } from '../../src/domain/evaluate.js';
import { emptyFigures } from '../../src/domain/figures.js';
import { F } from '../../src/domain/fields.js';

const d = (s: string) => {
  const v = parsePlainDecimal(s);
  if (!v) throw new Error(`bad test value ${s}`);
  return v;
};

describe('the domain Decimal (decimal.ts)', () => {
  it('is configured far above decimal.js’s default of 20 digits', () => {
    expect(PRECISION).toBeGreaterThanOrEqual(100);
    // 10^22 − 0.001: 25 digits, the largest sum SPEC §4 asks to be exact
    expect(plain(d('9999999999999999999999.998').plus(d('0.001')))).toBe('9999999999999999999999.999');
  });

  it.each([
    ['0.1', '0.2', '0.3'],
    ['999999999999999.999', '0.001', '1000000000000000'],
    ['12345678901234567890.5', '0.5', '12345678901234567891'],
    ['1.10', '2.205', '3.305'],
  ])('%s + %s = %s', (a, b, sum) => {
    expect(plain(d(a).plus(d(b)))).toBe(sum);
  });

  it('subtracts and compares across scales', () => {
    expect(plain(d('5').minus(d('7.25')))).toBe('-2.25');
    expect(d('1.50').cmp(d('1.5'))).toBe(0);
    expect(d('1.499').cmp(d('1.5'))).toBe(-1);
  });

  it('multiplies and shifts by powers of ten (unit conversions)', () => {
    expect(plain(d('34.5').times(d('5871')))).toBe('202549.5');
    expect(plain(shift(d('490712345.678'), 3))).toBe('490712345678'); // nghìn đồng → đồng
    expect(plain(shift(d('490712345678'), -9))).toBe('490.712345678'); // đồng → tỷ
    expect(plain(shift(d('0.5'), 3))).toBe('500');
  });

  it('takes the readers’ integer sums over exactly', () => {
    expect(plain(fromScaled(1234567n, 3))).toBe('1234.567');
    expect(plain(fromScaled(5, -3))).toBe('5000');
    expect(plain(fromScaled(19999999999999999980n, 3))).toBe('19999999999999999.98');
    expect(plain(fromScaled(0, 2))).toBe('0');
  });

  it('builds a reader’s sum as the constructor parses its text: the same digits, exponent and sign', () => {
    const same = (units: bigint, scale: number) => {
      const built = fromScaled(units, scale);
      const parsed = new D(`${units}e${-scale}`);
      expect([built.s, built.e, built.d]).toEqual([parsed.s, parsed.e, parsed.d]);
      expect(built.eq(parsed)).toBe(true);
    };
    for (const [u, s] of [[1n, 7], [10n, 8], [-1230000n, 4], [9999999n, 0], [10n ** 30n, 15], [123456789012345678n, 13], [-5n, 15], [7000000n, 7]] as const) same(u, s);
    expect(plain(fromScaled(-1230000n, 4))).toBe('-123');
    expect(plain(fromScaled(1n, 9))).toBe('0.000000001');
    expect(fromScaled(0n, 3).isZero()).toBe(true);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 20 }), (units, scale) => same(units, scale)),
      { numRuns: 3000 },
    );
  });

  it('builds a whole number below 2^53 (a number or a BigInt) as the constructor does, words and all', () => {
    const same = (units: number) => {
      for (const built of [fromScaled(units, 0), fromScaled(BigInt(units), 0)]) {
        const parsed = new D(String(units));
        expect([built.s, built.e, built.d]).toEqual([parsed.s, parsed.e, parsed.d]);
        expect(plain(built)).toBe(String(units));
      }
    };
    // word edges: 7 and 14 digits, powers of ten (trailing zero words dropped), 2^53 - 1
    for (const u of [1, 9, 10, 9999999, 10000000, 10000001, 12345678, 99999999999999, 100000000000000, 1000000000000000, 7000000000000000, 2147483648, 4294967296, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, -10000000, -5]) same(u);
    expect(fromScaled(0, 0).isZero()).toBe(true);
    expect(plain(fromScaled(0n, 0))).toBe('0');
    // a number beyond 2^53 is still the constructor's (its shortest text, as before)
    expect(plain(fromScaled(2 ** 60, 0))).toBe(plain(new D(2 ** 60)));
    fc.assert(fc.property(fc.maxSafeInteger(), (units) => same(units)), { numRuns: 5000 });
    fc.assert(fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((k) => k * 10 ** 7), (units) => same(units)), { numRuns: 500 });
    // small whole numbers (shared between calls): each still the constructor's, asked once or again
    for (const u of [1, -1, 2 ** 20 - 1, 2 ** 20, 2 ** 20 + 1, -(2 ** 20) + 1, -(2 ** 20), 65535, 65536]) [0, 1].forEach(() => same(u));
    fc.assert(fc.property(fc.integer({ min: -(2 ** 21), max: 2 ** 21 }), (units) => same(units)), { numRuns: 3000 });
    // −0 stays the constructor's (a negative zero), 0 a zero of its own sign
    expect(fromScaled(-0, 0).isNeg()).toBe(new D(-0).isNeg());
    expect(fromScaled(0, 0).isNeg()).toBe(false);
  });

  it('prints plain strings with toFixed: never exponents, never -0', () => {
    expect(plain(new D('1e-8'))).toBe('0.00000001');
    expect(plain(d('-0.5'))).toBe('-0.5');
    expect(plain(d('12.500'))).toBe('12.5');
    expect(plain(d('12'), 2)).toBe('12.00');
    expect(plain(new D('1e30'))).toBe('1000000000000000000000000000000');
    expect(plain(new D(-0))).toBe('0');
    expect(plain(roundHalfUp(d('-0.001'), 2), 2)).toBe('0.00');
  });

  it.each([
    // [num, den, decimals, expected] — half-up means half away from zero
    ['551300', '5871', 2, '93.90'], // 5513 × 100 / 5871 = 93.9022…
    ['1', '8', 2, '0.13'], // 0.125 → 0.13
    ['-1', '8', 2, '-0.13'],
    ['1', '3', 0, '0'],
    ['2', '3', 0, '1'],
    ['9395', '10000', 1, '0.9'], // 0.9395 → 0.9
    ['93955', '1000', 1, '94.0'], // 93.955 → 94.0
  ])('round(%s/%s, %i) = %s', (n, den, decimals, expected) => {
    expect(plain(roundHalfUp(d(n).div(d(den)), decimals), decimals)).toBe(expected);
  });

  it('rounds a quotient just below a half-way point down (no double rounding)', () => {
    // (10^40·2 − 1) / (4·10^40) = 0.4999…975: at 20 digits it would become 0.5 and round up to 1.
    const q = new D('2e40').minus(1).div(new D('4e40'));
    expect(plain(roundHalfUp(q, 0))).toBe('0');
    // 5513 resolved of 11026 with conditions is exactly 50 %; one case fewer is 49.995465…
    expect(plain(roundHalfUp(d('5512').times(100).div(d('11026')), 2), 2)).toBe('49.99');
  });

  it('computes rate, gap, required and above target exactly (5513/5871 against 74 %)', () => {
    const f = emptyFigures();
    f[F.with_conditions] = d('5871');
    f[F.resolved] = d('5513');
    const target = { value: d('74'), source: 'config' as const, scope: 'year' as const };
    const r = evaluateMeasure(f, 'cases', target, { rateDecimals: 2, gapBasis: 'exact', targets: { flag: {}, config: new Map(), builtIn: new Map() } });
    expect(plain(r.rateRounded!, 2)).toBe('93.90');
    expect(plain(r.gapPp!, 2)).toBe('19.90');
    expect(plain(r.required!)).toBe('4345'); // ceil(0.74 × 5871 = 4344.54)
    expect(plain(r.aboveTarget!)).toBe('1168');
    expect(r.met).toBe(true);
  });

  it('gives no rate for zero with conditions, never NaN or Infinity', () => {
    const f = emptyFigures();
    f[F.with_conditions] = d('0');
    f[F.resolved] = d('0');
    const r = evaluateMeasure(f, 'money', null, { rateDecimals: 2, gapBasis: 'exact', targets: { flag: {}, config: new Map(), builtIn: new Map() } });
    expect(r.rate).toBeNull();
  });
});

describe('toCommonScale', () => {
  it('gives whole numbers of the most decimals any value has; null stays null', () => {
    expect(toCommonScale([d('-12.5'), null, d('3'), d('0.001'), d('-0.25'), d('0')])).toEqual({ units: [-12500n, null, 3000n, 1n, -250n, 0n], scale: 3 });
    expect(toCommonScale([d('7'), d('-40')])).toEqual({ units: [7n, -40n], scale: 0 });
    expect(toCommonScale([])).toEqual({ units: [], scale: 0 });
  });

  it('value = units × 10^-scale, exactly (property, up to 40 digits and 12 decimals)', () => {
    const value = fc.tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 12 })).map(([u, s]) => fromScaled(u, s));
    fc.assert(
      fc.property(fc.array(fc.option(value), { maxLength: 6 }), (values) => {
        const { units, scale } = toCommonScale(values);
        values.forEach((v, i) => {
          if (v === null) return expect(units[i]).toBeNull();
          expect(v.decimalPlaces()).toBeLessThanOrEqual(scale);
          expect(fromScaled(units[i]!, scale).eq(v)).toBe(true);
        });
        expect(scale).toBe(Math.max(0, ...values.map((v) => v?.decimalPlaces() ?? 0)));
      }),
      { numRuns: 500 },
    );
  });

  it('takes whole numbers as decimal.js prints them, on both sides of 10^15 and of 2^53 (property)', () => {
    const edge = fc.constantFrom(10n ** 15n - 1n, 10n ** 15n, 10n ** 15n + 1n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 10n ** 7n, 10n ** 14n, 0n);
    const whole = fc.oneof(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }), fc.bigInt({ min: -100000n, max: 100000n }), edge, edge.map((u) => -u));
    fc.assert(
      fc.property(fc.array(fc.option(whole.map((u) => new D(u.toString()))), { maxLength: 4 }), (values) => {
        const { units, scale } = toCommonScale(values);
        expect(scale).toBe(0);
        expect(units).toEqual(values.map((v) => (v === null ? null : BigInt(v.toFixed(0)))));
      }),
      { numRuns: 2000 },
    );
    // a whole number beside one with decimals: both at the decimals' scale
    expect(toCommonScale([new D('123456789012345678'), d('0.5')])).toEqual({ units: [1234567890123456780n, 5n], scale: 1 });
    expect(toCommonScale([new D('-0'), d('-7')])).toEqual({ units: [0n, -7n], scale: 0 });
  });
});

describe('plusExact', () => {
  it('adds and subtracts as decimal.js does: the same sign, exponent and words (property)', () => {
    const value = fc.oneof(
      fc.integer({ min: -100000, max: 100000 }).map((n) => new D(n)),
      fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }).map((n) => new D(n.toString())),
      fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }).map((n) => new D(n.toString())),
      fc.tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 1, max: 5 })).map(([n, k]) => new D(`${n}e-${k}`)),
      fc.constantFrom(new D(0), new D(-0), new D('999999999999999'), new D('-999999999999999'), new D('1000000000000000')),
    );
    const shape = (v: InstanceType<typeof D>) => [v.s, v.e, v.d];
    fc.assert(
      fc.property(value, value, fc.constantFrom(1 as const, -1 as const), (a, b, sign) => {
        expect(shape(plusExact(a, b, sign))).toEqual(shape(sign === 1 ? a.plus(b) : a.minus(b)));
      }),
      { numRuns: 5000 },
    );
  });
});
