// Structured references to an Excel table's column read as its data range (table-parts.ts;
// traps28 4). Table "Bang1" over A3:F8: header row 3, data rows 4–7, totals row 8.
import { describe, expect, it } from 'vitest';
import { withTableRanges, type SheetTable } from '../../src/input/xlsx/table-parts.js';

const BANG1: SheetTable = { name: 'BANG1', left: 1, top: 4, bottom: 7, columns: ['STT', 'ĐƠN VỊ', 'VIỆC CÓ ĐIỀU KIỆN', 'VIỆC GIẢI QUYẾT XONG'] };

describe('withTableRanges', () => {
  it.each([
    ['SUBTOTAL(109,Bang1[Việc có điều kiện])', 'SUBTOTAL(109,$C$4:$C$7)'],
    ['SUBTOTAL(109,Bang1[[#Data],[Việc giải quyết xong]])', 'SUBTOTAL(109,$D$4:$D$7)'],
    ['SUM(bang1[Việc có điều kiện])', 'SUM($C$4:$C$7)'],
    ['SUM(C4:C7)', 'SUM(C4:C7)'],
  ])('%s → %s', (formula, ranged) => {
    expect(withTableRanges(formula, [BANG1])).toBe(ranged);
  });

  it.each([['SUBTOTAL(109,Bang2[Việc có điều kiện])'], ['SUBTOTAL(109,Bang1[Tiền có điều kiện])'], ['SUBTOTAL(109,Bang1[#Totals])'], ['SUM(Bang1[[#All],[STT]])']])('%s: no column of a table here, unread (null)', (formula) => {
    expect(withTableRanges(formula, [BANG1])).toBeNull();
  });
});
