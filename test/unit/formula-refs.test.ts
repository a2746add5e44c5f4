// Which other rows of its own column a formula adds (round 49b, 01): a plain sum of two or more
// cells of other rows; a row's own parts, a copy, another sheet and any other arithmetic are not.
import { describe, expect, it } from 'vitest';
import { holdsSubtotal, rowsAddedInColumn, rowsOnlySubtotalled, rowsText, shiftFormula } from '../../src/input/xlsx/formula-refs.js';

describe('rowsAddedInColumn', () => {
  it.each([
    ['SUM(B2:B3)', 5, 2, [2, 3]],
    ['=SUM(B2:B3)', 5, 2, [2, 3]],
    ['sum(b2:b3)', 5, 2, [2, 3]],
    ['SUM($B$2:$B$4)', 6, 2, [2, 3, 4]],
    ['SUBTOTAL(9,B2:B4)', 6, 2, [2, 3, 4]],
    ['SUBTOTAL(109, B2:B4)', 6, 2, [2, 3, 4]],
    ['B2+B3+B5', 6, 2, [2, 3, 5]],
    ['SUM(B2,B4)', 6, 2, [2, 4]],
    ['SUM(B2:B3)+B5', 6, 2, [2, 3, 5]],
    // a range through its own row (circular) adds the others
    ['SUM(B2:B5)', 5, 2, [2, 3, 4]],
    // a block over several columns adds its own column's cells too
    ['SUM(B2:D3)', 5, 2, [2, 3]],
    // below its rows, as a summary row above its details
    ['SUM(B3:B4)', 2, 2, [3, 4]],
  ])('%s at row %i column %i → %j', (formula, row, column, rows) => expect(rowsAddedInColumn(formula, row, column)).toEqual(rows));

  it.each([
    // a row's own parts, a difference, a copy of one cell, one cell summed
    ['C5+D5', 5, 2],
    ['B5-C5', 5, 2],
    ['B7', 5, 2],
    ['SUM(B7)', 5, 2],
    ['B2-B3', 5, 2],
    // another column's rows, or another row's cells across columns
    ['SUM(C2:C3)', 5, 2],
    ['SUM(B2:D2)', 5, 2],
    // another sheet's cells: a summary sheet copying its offices
    ["'Mỹ Lộc'!B2+'Vụ Bản'!B2", 5, 2],
    ['Sheet2!B2:B3', 5, 2],
    ['SUM(Sheet2!B2:B3)', 5, 2],
    // not a sum: an average, another function, a product, a constant
    ['SUBTOTAL(1,B2:B4)', 6, 2],
    ['AVERAGE(B2:B3)', 5, 2],
    ['B2*B3', 5, 2],
    ['B2+B3*2', 5, 2],
    ['B2+10', 5, 2],
    ['SUM(B2:B3)/2', 5, 2],
    ['SUM(B2+B3)', 5, 2],
    ['', 5, 2],
  ])('%s at row %i column %i → null', (formula, row, column) => expect(rowsAddedInColumn(formula, row, column)).toBeNull());
});

describe('rowsText', () => {
  it.each([
    [[2, 3], 'rows 2–3'],
    [[2, 4], 'rows 2, 4'],
    [[2, 3, 4, 7], 'rows 2–4, 7'],
  ])('%j → %s', (rows, text) => expect(rowsText(rows)).toBe(text));
});

describe('rowsOnlySubtotalled: the rows only a SUBTOTAL takes in (Excel skips those holding a SUBTOTAL)', () => {
  it.each([
    ['SUBTOTAL(9,B2:B4)', 6, 2, [2, 3, 4]],
    ['=SUBTOTAL(109,$B$2:$B$4)', 6, 2, [2, 3, 4]],
    // a row a SUM or a cell named alone also takes in is added whatever it holds
    ['SUBTOTAL(9,B2:B3)+B3', 6, 2, [2]],
    ['SUBTOTAL(9,B2:B4)+SUM(B4:B5)', 7, 2, [2, 3]],
    ['SUM(B2:B4)', 6, 2, []],
    ['B2+B3', 6, 2, []],
    // no plain sum of rows: none
    ['SUBTOTAL(1,B2:B4)', 6, 2, []],
    ['SUBTOTAL(9,B2:B4)-B5', 6, 2, []],
  ])('%s at row %i column %i → %j', (formula, row, column, rows) => expect(rowsOnlySubtotalled(formula, row, column)).toEqual(rows));

  it.each([
    ['SUBTOTAL(9,B2:B4)', true],
    ['=subtotal(109, B2:B4)', true],
    ['SUBTOTAL(9,B2:B3)+B7', true],
    ['SUM(B2:B4)', false],
    ['MYSUBTOTAL(B2)', false],
  ])('holdsSubtotal(%s) → %s', (formula, holds) => expect(holdsSubtotal(formula)).toBe(holds));
});

describe('shiftFormula: a shared formula as its follower has it', () => {
  it.each([
    ['SUM(B2:B3)', 0, 2, 'SUM(D2:D3)'],
    ['SUM($B2:B$3)', 1, 1, 'SUM($B3:C$3)'],
    ['SUBTOTAL(9,B2:B4)', 0, 1, 'SUBTOTAL(9,C2:C4)'],
    ['B2+B3+B5', 0, 25, 'AA2+AA3+AA5'],
    // a function's name with digits is no reference
    ['LOG10(B2)', 1, 0, 'LOG10(B3)'],
    ['C5+D5', 1, 0, 'C6+D6'],
    // a sheet named like a cell never moves: Excel quotes it (round 71b, 01: 'T9'!C2 filled down read 'T10'!C3)
    ["'T9'!C2", 1, 0, "'T9'!C3"],
    ["'Nam2019'!C2+'Nam2019'!D2", 1, 1, "'Nam2019'!D3+'Nam2019'!E3"],
    ["'T9''s'!C2", 1, 0, "'T9''s'!C3"],
    // nor does a name before "!" or a text in quotes
    ['KV1!C2', 2, 0, 'KV1!C4'],
    ['IF(B2="A1",B2,0)', 1, 0, 'IF(B3="A1",B3,0)'],
  ])('%s moved %i rows, %i columns → %s', (formula, rows, columns, shifted) => expect(shiftFormula(formula, rows, columns)).toBe(shifted));

  it('a reference moved off the sheet: null', () => expect(shiftFormula('B1+B2', -1, 0)).toBeNull());
});
