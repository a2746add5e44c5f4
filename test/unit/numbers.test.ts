// Reading figure cells: every convention of real exports, and refusing what is not a figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidates, readCell, readPlainCell, type CellReading } from '../../src/input/numbers.js';
import { groupPlain } from '../../src/output/format-number.js';

const v = (units: bigint, scale = 0) => ({ units, scale });

/** The reading as a short string, so the table below stays readable. */
function show(r: CellReading): string {
  const plain = (x: { units: bigint; scale: number }) => `${x.units}e-${x.scale}`;
  switch (r.kind) {
    case 'zero':
      return 'zero';
    case 'invalid':
      return `invalid:${r.reason}`;
    case 'value':
      return `${plain(r.value)}${r.only ? `(${r.only} only)` : ''}`;
    case 'ambiguous':
      return `ambiguous vi=${plain(r.vi)} en=${plain(r.en)}`;
  }
}

describe('readCell, digits with one mark', () => {
  it('reads "1.052", "857159439.278", "12,5"… as the general path does (property)', () => {
    // A leading space skips the shortcut for digits with one mark (it looks at the raw cell) and
    // takes the general path, which trims it.
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,7}[.,]\d{1,5}$/), (cell) => {
        expect(readCell(cell)).toEqual(readCell(` ${cell}`));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readCell', () => {
  it.each([
    // plain
    ['1234', '1234e-0'],
    ['  1234  ', '1234e-0'],
    ['0', '0e-0'],
    ['1234.5', '12345e-1(en only)'],
    ['999999999999999.999', '999999999999999999e-3(en only)'],
    ['0.052', '52e-3(en only)'],
    // Vietnamese
    ['5.513', 'ambiguous vi=5513e-0 en=5513e-3'],
    ['490.700.000,5', '4907000005e-1(vi only)'],
    ['490.712.345,678', '490712345678e-3(vi only)'],
    ['1.234.567', '1234567e-0(vi only)'],
    ['93,90', '9390e-2(vi only)'],
    ['0,5', '5e-1(vi only)'],
    // English
    ['1,052', 'ambiguous vi=1052e-3 en=1052e-0'],
    ['1,234.5', '12345e-1(en only)'],
    ['28,328,815,335', '28328815335e-0(en only)'],
    // spaces (also no-break and narrow no-break) as grouping
    ['1 234 567', '1234567e-0'],
    ['1\u00a0234,5', '12345e-1(vi only)'],
    ['1\u202f234.5', '12345e-1(en only)'],
    ['1\u2009234', '1234e-0'],
    ['1\u2007234\u2007567', '1234567e-0'],
    ['12\u3000345', '12345e-0'],
    ['1\u200b234', 'invalid:not-a-number'],
    // zero
    ['', 'zero'],
    ['-', 'zero'],
    [' – ', 'zero'],
    ['—', 'zero'],
    // the minus sign U+2212 alone, as Word or macOS writes the forms' dash (traps33: was BAD_NUMBER)
    ['−', 'zero'],
    [' − ', 'zero'],
    // a zero with a sign is a zero, its decimals and convention kept (traps33 3: was NEGATIVE_VALUE)
    ['-0', '0e-0'],
    ['(0)', '0e-0'],
    ['( 0 )', '0e-0'],
    ['−0,00', '0e-2(vi only)'],
    ['- 0.000', '0e-3(en only)'],
    ['(0,0)', '0e-1(vi only)'],
    ['-00', 'invalid:negative'],
    ['-0,5', 'invalid:negative'],
    ['(0.001)', 'invalid:negative'],
    // refused
    ['-5', 'invalid:negative'],
    ['−1.234', 'invalid:negative'],
    ['(1.234)', 'invalid:negative'],
    ['1e5', 'invalid:exponent'],
    ['1,5E+03', 'invalid:exponent'],
    ['93,9%', 'invalid:percent'],
    ['NaN', 'invalid:not-a-number'],
    ['Infinity', 'invalid:not-a-number'],
    ['12abc', 'invalid:not-a-number'],
    ['1.2.3,4,5', 'invalid:not-a-number'],
    ['1.23.456', 'invalid:not-a-number'],
    ['.5', 'invalid:not-a-number'],
    ['5.', 'invalid:not-a-number'],
    ['x', 'invalid:form-mark'],
    ['X', 'invalid:form-mark'],
    ['xx', 'invalid:not-a-number'],
  ])('%j → %s', (raw, expected) => {
    expect(show(readCell(raw))).toBe(expected);
  });
});

describe('readPlainCell (--number-format plain)', () => {
  it.each([
    ['1234.5', '12345e-1'],
    ['-', 'zero'],
    ['−', 'zero'],
    ['1.234,5', 'invalid:not-a-number'],
    ['1,234', 'invalid:not-a-number'],
    ['-3', 'invalid:negative'],
    ['-0', '0e-0'],
    ['(0.00)', '0e-2'],
    ['-0,0', 'invalid:not-a-number'],
    ['-0.5', 'invalid:negative'],
  ])('%j → %s', (raw, expected) => {
    expect(show(readPlainCell(raw))).toBe(expected);
  });
});

describe('candidates: counts must be whole, which settles 1.050-style cells', () => {
  it('"1.050" cases can only be 1050 (Vietnamese)', () => {
    expect(candidates(readCell('1.050'), true)).toEqual({ vi: v(1050n), en: null });
  });
  it('"1,050" cases can only be 1050 (English)', () => {
    expect(candidates(readCell('1,050'), true)).toEqual({ vi: null, en: v(1050n) });
  });
  it('"1.050" money stays open between both readings', () => {
    expect(candidates(readCell('1.050'), false)).toEqual({ vi: v(1050n), en: v(1050n, 3) });
  });
  it('"1.5" cases is not a whole number in either convention', () => {
    expect(candidates(readCell('1.5'), true)).toBe('non-integer');
  });
  it('"12,0" cases is twelve (a whole number written with a decimal part)', () => {
    expect(candidates(readCell('12,0'), true)).toEqual({ vi: v(120n, 1), en: null });
  });
  it('passes on refusals', () => {
    expect(candidates(readCell('-1'), false)).toBe('negative');
    expect(candidates(readCell('-'), true)).toBe('zero');
  });
});

describe('parse(format(x)) = x', () => {
  // Random exact non-negative values: up to 18 integer digits, up to 4 decimals.
  const exactValue = fc.record({ int: fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), frac: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 4 }) });
  const plainOf = ({ int, frac }: { int: bigint; frac: string }) => (frac ? `${int}.${frac}` : `${int}`);
  const expected = ({ int, frac }: { int: bigint; frac: string }) => ({ units: BigInt(`${int}${frac}`), scale: frac.length });

  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: the ${lang} reading of a grouped value is the value`, () => {
      fc.assert(
        fc.property(exactValue, (x) => {
          const r = readCell(groupPlain(plainOf(x), lang));
          const reading = r.kind === 'value' ? (r.only && r.only !== lang ? null : r.value) : r.kind === 'ambiguous' ? r[lang] : null;
          expect(reading).toEqual(expected(x));
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe('counts written with a trailing group of zeros', () => {
  // "5.000" cases is 5000 (vi) or 5 written with three decimals (en: psql NUMERIC(18,3), pandas
  // float_format="%.3f"): both whole, so ambiguous until another cell settles the file (traps20 2:
  // "779.000" was read 779000 in an English file, exit 0). "5.500" cases can only be 5500.
  it('keeps "5.000" and "5,000" cases ambiguous: both readings are whole', () => {
    expect(candidates(readCell('5.000'), true)).toEqual({ vi: { units: 5000n, scale: 0 }, en: { units: 5000n, scale: 3 } });
    expect(candidates(readCell('5,000'), true)).toEqual({ vi: { units: 5000n, scale: 3 }, en: { units: 5000n, scale: 0 } });
  });

  it('reads "5.500" cases as 5500 only (5.5 is no count)', () => {
    expect(candidates(readCell('5.500'), true)).toEqual({ vi: { units: 5500n, scale: 0 }, en: null });
  });

  it('keeps "5.000" ambiguous for money', () => {
    const money = candidates(readCell('5.000'), false);
    expect(money).toMatchObject({ vi: { units: 5000n }, en: { units: 5000n, scale: 3 } });
  });
});
