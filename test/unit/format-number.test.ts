import { describe, expect, it } from 'vitest';
import { parsePlainDecimal, type Dec } from '../../src/domain/decimal.js';
import { formatExact, formatFixed, groupPlain, inUnit, magnitude, readableUnit } from '../../src/output/format-number.js';

const d = (text: string): Dec => parsePlainDecimal(text)!;

describe('groupPlain', () => {
  it.each([
    ['5513', 'vi', '5.513'],
    ['5513', 'en', '5,513'],
    ['490712345678', 'vi', '490.712.345.678'],
    ['93.90', 'vi', '93,90'],
    ['93.90', 'en', '93.90'],
    ['-1234567.5', 'vi', '-1.234.567,5'],
    ['-1234567.5', 'en', '-1,234,567.5'],
    ['999', 'vi', '999'],
    ['0.125', 'en', '0.125'],
  ] as const)('%s (%s) → %s', (plain, lang, out) => {
    expect(groupPlain(plain, lang)).toBe(out);
  });

  it('groups every length of digits as Intl does (1 to 40 digits), and a figure of 60,000 digits', () => {
    const en = new Intl.NumberFormat('en-US', { useGrouping: true });
    for (let n = 1; n <= 40; n++) {
      const digits = '9876543210'.repeat(4).slice(0, n).replace(/^0+(?=\d)/, '');
      expect(groupPlain(digits, 'en')).toBe(en.format(BigInt(digits)));
    }
    // (a lookahead regex took minutes on this: a figure in the wrong column of a fuzzed file)
    const huge = groupPlain('1'.repeat(60_000), 'vi');
    expect(huge).toBe(`${'111.'.repeat(19_999)}111`);
  });
});

describe('formatFixed rounds half-up for display', () => {
  it.each([
    ['93.9022', 2, 'vi', '93,90'],
    ['490.712345678', 1, 'vi', '490,7'],
    ['81.95', 1, 'vi', '82,0'],
    ['81.946913578', 1, 'en', '81.9'],
    ['112.1053205', 1, 'en', '112.1'],
    ['0.05', 1, 'en', '0.1'],
    ['1234.5', 0, 'vi', '1.235'],
  ] as const)('%s at %i decimals (%s) → %s', (value, decimals, lang, out) => {
    expect(formatFixed(d(value), decimals, lang)).toBe(out);
  });
});

describe('money in a display unit', () => {
  it('490712345678 đồng is 490.712345678 tỷ, exactly', () => {
    expect(formatExact(inUnit(d('490712345678'), 'billion'), 'en')).toBe('490.712345678');
  });
  it('magnitude drops the sign only', () => {
    expect(magnitude(d('-81.9'))).toEqual(d('81.9'));
    expect(magnitude(d('267'))).toEqual(d('267'));
  });
});

describe('readableUnit', () => {
  it.each([
    [['490712345678', '81946913578'], 'billion', 'billion'],
    [['999999999'], 'billion', 'million'],
    [['1000000000'], 'billion', 'billion'],
    [['40000000', '-5000000'], 'billion', 'million'],
    [['-2000000000'], 'billion', 'billion'],
    [['12000'], 'billion', 'thousand'],
    [['999'], 'billion', 'dong'],
    [['0'], 'billion', 'billion'],
    [['5000'], 'dong', 'dong'],
  ] as const)('%j preferring %s → %s', (values, preferred, out) => {
    expect(readableUnit(values.map(d), preferred)).toBe(out);
  });
});
