// Whether a formula can give text (formula-gives-text.ts): an arithmetic formula's stored result
// of empty text (`<c t="str"><f>C4-15</f><v></v></c>`) is a result never calculated, since
// Excel's arithmetic never gives text; an =IF(…,"",…)'s "" is the empty cell it shows.
import { describe, expect, it } from 'vitest';
import { formulaMayGiveText } from '../../src/input/xlsx/formula-gives-text.js';

describe('formulaMayGiveText', () => {
  it.each([
    'C4-15', // a difference
    '=C4*0.85', // a product, with its "="
    'Data!B2/1000',
    '(C4+D4)*2',
    '((C4-15))', // brackets around all of it
    '(C4)-1',
    '-C4', // a leading minus is a negation
    '+-C4',
    'C4%',
    "'Số liệu'!C4+1", // a quoted sheet name, its text no operator
    'SUM(C4:C9)',
    'ROUND(C4/1000,0)',
    '_xlfn.MAXIFS(C:C,B:B,"x")',
    'SUM(C4:C9)-IF(A1="","",1)', // the IF's "" is inside a difference
    'C4>0', // a comparison: TRUE or FALSE
    'A1="x"',
    '1E-5',
    '42',
  ])('%s cannot give text', (formula) => {
    expect(formulaMayGiveText(formula)).toBe(false);
  });

  it.each([
    'IF(C4>0,C4-15,"")', // the "" of an IF: the empty cell it shows
    'IFERROR(C4-15,"")',
    'C4&""', // & joins texts
    '"a-b"', // a text literal, its "-" no operator
    'C4', // a reference: the cell may hold text
    "'A-B'!C4", // a sheet named with a "-"
    '+C4', // a leading plus changes nothing
    '(C4)',
    'VLOOKUP(A4,D:E,2,0)',
    'TEXT(C4,"0")',
    'Tên_vùng', // a defined name
  ])('%s may give text', (formula) => {
    expect(formulaMayGiveText(formula)).toBe(true);
  });

  it('an unknown formula (a shared one without its master) may give text', () => {
    expect(formulaMayGiveText(null)).toBe(true);
  });
});
