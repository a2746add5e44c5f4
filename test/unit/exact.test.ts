import { describe, expect, it } from 'vitest';
import { add, ceilRatio, compare, exact, mul, normalize, parsePlainDecimal, ratio, roundRatio, shift, sub, toPlain } from '../../src/domain/exact.js';

const d = (s: string) => {
  const v = parsePlainDecimal(s);
  if (!v) throw new Error(`bad test value ${s}`);
  return v;
};

describe('exact decimals', () => {
  it.each([
    ['0.1', '0.2', '0.3'],
    ['999999999999999.999', '0.001', '1000000000000000'],
    ['12345678901234567890.5', '0.5', '12345678901234567891'],
    ['1.10', '2.205', '3.305'],
  ])('%s + %s = %s', (a, b, sum) => {
    expect(toPlain(add(d(a), d(b)))).toBe(sum);
  });

  it('subtracts and compares across scales', () => {
    expect(toPlain(sub(d('5'), d('7.25')))).toBe('-2.25');
    expect(compare(d('1.50'), d('1.5'))).toBe(0);
    expect(compare(d('1.499'), d('1.5'))).toBe(-1);
  });

  it('multiplies and shifts by powers of ten (unit conversions)', () => {
    expect(toPlain(mul(d('34.5'), d('5871')))).toBe('202549.5');
    expect(toPlain(shift(d('490712345.678'), 3))).toBe('490712345678'); // nghìn đồng → đồng
    expect(toPlain(shift(d('490712345678'), -9))).toBe('490.712345678'); // đồng → tỷ
    expect(toPlain(shift(d('0.5'), 3))).toBe('500');
  });

  it('prints plain strings, never exponents', () => {
    expect(toPlain(exact(1n, 8))).toBe('0.00000001');
    expect(toPlain(exact(-5n, 1))).toBe('-0.5');
    expect(toPlain(d('12.500'))).toBe('12.5');
    expect(toPlain(d('12'), 2)).toBe('12.00');
    expect(normalize(d('100.000'))).toEqual({ units: 100n, scale: 0 });
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
    expect(toPlain(roundRatio(ratio(d(n), d(den)), decimals), decimals)).toBe(expected);
  });

  it('rounds 83.14 − 34.5 the way press reports do, from the exact rate', () => {
    // 93204567000/112105320500 × 100 = 83.1401…; minus 34.5 → 48.6401… → 48.64
    const rate = ratio(mul(d('93204567000'), d('100')), d('112105320500'));
    expect(toPlain(roundRatio(rate, 2), 2)).toBe('83.14');
  });

  it('ceils ratios, including negatives', () => {
    expect(ceilRatio({ num: 434454n, den: 100n })).toBe(4345n); // 0.74 × 5871 = 4344.54
    expect(ceilRatio({ num: 400n, den: 100n })).toBe(4n);
    expect(ceilRatio({ num: -7n, den: 2n })).toBe(-3n);
  });

  it('refuses a zero denominator instead of returning Infinity', () => {
    expect(() => ratio(d('1'), d('0'))).toThrow(RangeError);
  });
});
