// A workbook cell → the text the layout rules read (src/input/xlsx/cell-text.ts), and the
// locations FILE:SHEET!C14 messages use (src/errors.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetters, formatLocation } from '../../src/errors.js';
import { cellText, numberCellText, plainNumber, shiftPointLeft } from '../../src/input/xlsx/cell-text.js';
import { isDateFormat, readNumberFormat } from '../../src/input/xlsx/number-format.js';
import { NUMBER_CELL_MARK, readCell, readPlainCell } from '../../src/input/numbers.js';

describe('plainNumber: the decimal Excel displays, 15 significant digits, no exponent', () => {
  it.each([
    [5513, '5513'],
    [0, '0'],
    [-0, '0'],
    [0.1 + 0.2, '0.3'],
    [28328815.335, '28328815.335'],
    [1234567.8901234567, '1234567.89012346'],
    [1e21, '1000000000000000000000'],
    [123456789012345678, '123456789012346000'],
    [1e-7, '0.0000001'],
    [-1.5, '-1.5'],
    [999999999999999.9, '1000000000000000'],
  ])('%s → %s', (n, text) => {
    expect(plainNumber(n)).toBe(text);
  });

  it('reads back as the same 15-digit number, for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainNumber(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(Number(n.toPrecision(15)));
      }),
    );
  });
});

describe('number cells read in no convention', () => {
  it('a fraction is marked; the mark reads as that exact decimal in every convention', () => {
    expect(numberCellText(5513)).toBe('5513');
    expect(numberCellText(1.052)).toBe(`1.052${NUMBER_CELL_MARK}`);
    expect(readCell(numberCellText(1.052))).toEqual({ kind: 'value', value: { units: 1052n, scale: 3 } });
    expect(readPlainCell(numberCellText(1.052))).toEqual({ kind: 'value', value: { units: 1052n, scale: 3 } });
    expect(readCell(numberCellText(-1.5))).toEqual({ kind: 'invalid', reason: 'negative' });
    // The same text typed in a text cell stays ambiguous, as in a CSV.
    expect(readCell('1.052').kind).toBe('ambiguous');
  });
});

describe('cellText', () => {
  const strings = ['Mỹ Lộc'];
  it.each([
    ['a text cell', '1.234,5', undefined, { text: '1.234,5' }],
    ['a shared string', { sharedString: 0 }, undefined, { text: 'Mỹ Lộc' }],
    ['rich text', { richText: [{ text: 'Về ' }, { text: 'việc' }] }, undefined, { text: 'Về việc' }],
    ['a formula with its result', { formula: 'SUM(D8:D17)', result: 5871 }, '#,##0', { text: '5871', scale: { thousands: 0, format: '#,##0' } }],
    ['a formula without a result', { formula: 'SUM(D8:D17)' }, undefined, { text: '=SUM(D8:D17)', odd: { kind: 'formula', shown: '=SUM(D8:D17)' } }],
    ['a formula with an empty stored result (openpyxl\'s <v/>)', { formula: 'SUM(C2:C11)', result: NaN }, undefined, { text: '=SUM(C2:C11)', odd: { kind: 'formula-nan', shown: '=SUM(C2:C11)' } }],
    ['a shared formula\'s cell with its result 0', { formula: '', result: 0 }, '#,##0', { text: '0' }],
    ['an error', { error: '#REF!' }, undefined, { text: '#REF!', odd: { kind: 'error', shown: '#REF!' } }],
    ['a formula whose result is an error', { formula: '1/0', result: { error: '#DIV/0!' } }, undefined, { text: '#DIV/0!', odd: { kind: 'error', shown: '#DIV/0!' } }],
    ['TRUE', true, undefined, { text: 'TRUE', odd: { kind: 'boolean', shown: 'TRUE' } }],
    ['a date', new Date(Date.UTC(2019, 8, 30)), 'dd/mm/yyyy', { text: '30/09/2019', odd: { kind: 'date', shown: '30/09/2019' } }],
    ['a formula giving a date serial', { formula: 'TODAY()', result: 43738 }, 'd/m/yyyy', { text: '30/09/2019', odd: { kind: 'date', shown: '30/09/2019' } }],
    ['a percentage', 0.939, '0.00%', { text: '93.9%', odd: { kind: 'percent', shown: '93.9%' } }],
  ])('%s', (_name, value, format, expected) => {
    expect(cellText(value, format, strings)).toEqual(expected);
  });

  it('escaped (\\x) and quoted letters are literals, never date codes; [h] [mm] [ss] are elapsed time', () => {
    const dates = ['[$-42A]dd/mm/yyyy', 'dd/mm/yyyy', 'yyyy', '[h]:mm', '[h]', '[mm]:ss', 'd\\-m\\-yyyy', '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy', 'h:mm AM/PM'];
    const numbers = [
      '#,##0\\ \\V\\N\\D',
      '#,##0\\ \\d',
      '#,##0\\ "₫"',
      '#,##0\\ \\đ',
      '_-* #,##0\\ _₫_-;\\-* #,##0\\ _₫_-;_-* "-"??\\ _₫_-;_-@_-',
      '0.00E+00',
      '#,##0;[Red]-#,##0',
      '"Năm "0',
      '0\\ "ngày"',
      '#,##0\\ \\h\\s',
      '[Color10]#,##0',
    ];
    for (const f of dates) expect(isDateFormat(f), f).toBe(true);
    for (const f of numbers) expect(readNumberFormat(f), f).toEqual({ kind: 'number', thousands: 0 });
  });

  it('date formats are told from number formats', () => {
    for (const f of ['dd/mm/yyyy', 'm/d/yy', 'h:mm', '[$-42A]dd/mm/yyyy', 'yyyy-mm-dd;@']) expect(isDateFormat(f), f).toBe(true);
    for (const f of ['#,##0', '0.00', '#,##0.000', '"ngày" 0', '[Red]#,##0', 'General']) expect(isDateFormat(f), f).toBe(false);
  });
});

describe('number formats that scale: Excel shows the stored value ÷ 1000 per trailing comma', () => {
  it.each<[string, ReturnType<typeof readNumberFormat>]>([
    ['General', { kind: 'number', thousands: 0 }],
    ['#,##0', { kind: 'number', thousands: 0 }],
    ['#,##0.000', { kind: 'number', thousands: 0 }],
    ['#,##0,', { kind: 'number', thousands: 1 }],
    ['#,##0.0,,', { kind: 'number', thousands: 2 }],
    ['0.0,,"tr"', { kind: 'number', thousands: 2 }],
    ['#,##0,"K"', { kind: 'number', thousands: 1 }],
    ['0,.0', { kind: 'number', thousands: 1 }],
    ['#,##0_);(#,##0)', { kind: 'number', thousands: 0 }],
    ['#,##0,_);(#,##0,)', { kind: 'number', thousands: 1 }],
    ['_-* #,##0\\ _₫_-;-* #,##0\\ _₫_-;_-* "-"_₫_-;_-@_-', { kind: 'number', thousands: 0 }],
    ['[Red]#,##0,', { kind: 'number', thousands: 1 }],
    ['"1,000"0', { kind: 'number', thousands: 0 }],
    ['0\\,', { kind: 'number', thousands: 0 }],
    ['@', { kind: 'number', thousands: 0 }],
    ['0%', { kind: 'percent' }],
    ['0.00%', { kind: 'percent' }],
    ['dd/mm/yyyy', { kind: 'date' }],
    ['[$-42A]dd/mm/yyyy', { kind: 'date' }],
    ['yyyy-mm-dd;@', { kind: 'date' }],
    ['[h]:mm:ss', { kind: 'date' }],
    ['[>=1000000]0.0,,"M";[>=1000]0.0,"K";0', { kind: 'scaled-by-condition' }],
    ['[>=1000]#,##0;0', { kind: 'number', thousands: 0 }],
  ])('%s', (format, reading) => {
    expect(readNumberFormat(format)).toEqual(reading);
  });

  it.each([
    ['1234567000', 3, '1234567'],
    ['1234500000', 6, '1234.5'],
    ['12.5', 3, '0.0125'],
    ['0', 3, '0'],
    ['1000', 3, '1'],
    ['987654321.123', 6, '987.654321123'],
    ['-1500', 3, '-1.5'],
    ['5513', 0, '5513'],
  ])('%s with the point %i places left is %s', (text, places, shifted) => {
    expect(shiftPointLeft(text, places)).toBe(shifted);
  });

  it('a scaled number cell is what the sheet shows, exactly: no float division', () => {
    expect(cellText(1234567000, '#,##0,', [])).toEqual({ text: '1234567', scale: { thousands: 1, format: '#,##0,' } });
    expect(cellText(1234500000, '#,##0.0,,', [])).toEqual({ text: `1234.5${NUMBER_CELL_MARK}`, scale: { thousands: 2, format: '#,##0.0,,' } });
    // 0.3 / 1000 as a float is 0.00030000000000000003
    expect(cellText(0.1 + 0.2, '0.000,', [])).toEqual({ text: `0.0003${NUMBER_CELL_MARK}`, scale: { thousands: 1, format: '0.000,' } });
    expect(cellText(5000, '[>=1000000]0.0,,"M";0', [])).toEqual({ text: '5000 with the format [>=1000000]0.0,,"M";0', odd: { kind: 'scaled-by-condition', shown: '5000 with the format [>=1000000]0.0,,"M";0' } });
  });
});

describe('locations in a sheet', () => {
  it('column letters', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
  it('a cell, a row, the sheet; a CSV keeps FILE:LINE:COL', () => {
    expect(formatLocation({ file: 'bao-cao-2024.xlsx', sheet: 'Biểu 07', line: 14, column: 3 })).toBe('bao-cao-2024.xlsx:Biểu 07!C14');
    expect(formatLocation({ file: 'bao-cao-2024.xlsx', sheet: 'Biểu 07', line: 14 })).toBe('bao-cao-2024.xlsx:Biểu 07!14:14');
    expect(formatLocation({ file: 'bao-cao-2024.xlsx', sheet: 'Biểu 07' })).toBe('bao-cao-2024.xlsx:Biểu 07');
    expect(formatLocation({ file: '2019.csv', line: 14, column: 3 })).toBe('2019.csv:14:3');
  });
});
