// plain() prints a Decimal from its digits (d, e, s) instead of through toFixed: every output of
// thads goes through it, so it must print exactly what toFixed() (and toFixed(n) where a value
// has fewer than n decimals) printed — at every word boundary of decimal.js's base-10^7 digits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, fromScaled, plain } from '../../src/domain/decimal.js';

/** The printer plain() replaced: decimal.js's own toFixed, as decimal.ts used it before. */
function byToFixed(value: InstanceType<typeof D>, minDecimals = 0): string {
  if (value.isZero()) return minDecimals > 0 ? `0.${'0'.repeat(minDecimals)}` : '0';
  return minDecimals === 0 || value.decimalPlaces() >= minDecimals ? value.toFixed() : value.toFixed(minDecimals);
}

describe('plain', () => {
  it('prints whole numbers on each side of a 7-digit word and of 2^53, written by hand', () => {
    expect(plain(new D('9999999'))).toBe('9999999');
    expect(plain(new D('10000000'))).toBe('10000000'); // d = [1, 0]: the zero word written
    expect(plain(new D('10000001'))).toBe('10000001'); // d = [1, 1]: "0000001"
    expect(plain(new D('2025594118'))).toBe('2025594118');
    expect(plain(new D('999999999999999'))).toBe('999999999999999'); // the last whole number added as a double
    expect(plain(new D('1000000000000000'))).toBe('1000000000000000'); // e = 15: word by word
    expect(plain(new D('9007199254740993'))).toBe('9007199254740993'); // 2^53 + 1, which a double cannot hold
    expect(plain(new D('-3011863421165'))).toBe('-3011863421165');
    expect(plain(new D('1e30'))).toBe('1000000000000000000000000000000');
  });

  it('prints decimals with their leading zeros and without trailing ones', () => {
    expect(plain(new D('93.9'))).toBe('93.9');
    expect(plain(fromScaled(9390n, 2))).toBe('93.9');
    expect(plain(fromScaled(9390n, 2), 2)).toBe('93.90');
    expect(plain(new D('0.05'), 2)).toBe('0.05');
    expect(plain(new D('-0.125'))).toBe('-0.125');
    expect(plain(new D('1e-8'))).toBe('0.00000001'); // a whole zero word before d[0]
    expect(plain(new D('1e-7'))).toBe('0.0000001');
    expect(plain(new D('12345678.1234567'))).toBe('12345678.1234567');
    expect(plain(new D('12345678.12345678'))).toBe('12345678.12345678');
    expect(plain(new D('19999999999999999.98'))).toBe('19999999999999999.98');
    expect(plain(new D('-7.5'), 4)).toBe('-7.5000');
    expect(plain(new D('1.23456'), 2)).toBe('1.23456'); // more decimals than asked: all kept, never rounded
  });

  it('prints zero and minus zero as 0, padded to the decimals asked', () => {
    expect(plain(new D(0))).toBe('0');
    expect(plain(new D(-0))).toBe('0');
    expect(plain(new D('-0.000'), 2)).toBe('0.00');
  });

  it('prints what toFixed prints, for values across word boundaries, signs and decimals', () => {
    const digits = ['1', '9', '10', '999999', '1000000', '9999999', '10000000', '12345678', '100000000000000', '999999999999999', '1000000000000000', '9007199254740993', '123456789012345678901234567890'];
    let checked = 0;
    for (const whole of digits)
      for (const places of [0, 1, 2, 3, 6, 7, 8, 14, 15, 22])
        for (const sign of [1n, -1n])
          for (const minDecimals of [0, 1, 2, 3, 10]) {
            const value = fromScaled(sign * BigInt(whole), places);
            expect(plain(value, minDecimals), `${value.toFixed()} at ${minDecimals}`).toBe(byToFixed(value, minDecimals));
            checked++;
          }
    expect(checked).toBe(13 * 10 * 2 * 5);
  });

  it('prints what toFixed prints for sums, products and quotients of the clone', () => {
    const a = new D('490712345.678');
    const values = [a.plus('0.322'), a.times('1e-9'), a.div(7), new D(1).div(3), a.times(a), a.minus(a), new D('-1e-20').plus('1e-21')];
    for (const v of values) expect(plain(v)).toBe(byToFixed(v));
    expect(plain(a.plus('0.322'))).toBe('490712346'); // by hand: .678 + .322 = 1
  });
});

describe('plain, property', () => {
  it('prints what toFixed prints for any whole number of units at any scale (random)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 }), (units, scale, minDecimals) => {
        const value = fromScaled(units, scale);
        return plain(value, minDecimals) === byToFixed(value, minDecimals);
      }),
      { numRuns: 5000 },
    );
  });
});
