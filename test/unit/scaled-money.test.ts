// scaled-money.ts: money cells whose number format scales, against their column and the unit stated.
import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../src/input/file-report.js';
import { ScaledMoneyWatch, type CellScale } from '../../src/input/xlsx/scaled-money.js';

const money = (column: number, unit: 'dong' | 'thousand'): ColumnInfo => ({ column, header: 'Tiền', role: { kind: 'figure', field: 'with_conditions', measure: 'money', unit: null }, measure: 'money', unit });
const cases: ColumnInfo = { column: 2, header: 'Việc', role: { kind: 'figure', field: 'with_conditions', measure: 'cases', unit: null }, measure: 'cases' };
const K: CellScale = { thousands: 1, format: '#,##0,' };
const PLAIN: CellScale = { thousands: 0, format: 'General' };
const watch = () => new ScaledMoneyWatch((line, column) => ({ file: 'f.xlsx', line, column }));
const row = (...cells: [number, CellScale][]) => new Map(cells);

describe('ScaledMoneyWatch', () => {
  it('shown in millions under nghìn đồng is refused; #,##0, and #,##0.0,, under triệu đồng are read', () => {
    const M: CellScale = { thousands: 2, format: '#,##0.0,,' };
    const million = (column: number): ColumnInfo => ({ ...money(column, 'thousand'), unit: 'million' });
    const [err] = watch().see(4, row([4, M]), [money(4, 'thousand')], 'the unit line above the header');
    expect(err?.code).toBe('UNIT_CONTRADICTION');
    expect(err?.message).toContain('shows it in millions (÷1000000), but the unit stated is nghìn đồng');
    expect(watch().see(4, row([4, K]), [million(4)], 'the unit line above the header')).toEqual([]);
    expect(watch().see(4, row([4, M]), [million(4)], 'the unit line above the header')).toEqual([]);
  });

  it('every cell scaled alike under a stated nghìn đồng: nothing to say', () => {
    const w = watch();
    expect(w.see(4, row([4, K]), [money(4, 'thousand')], 'the unit line above the header')).toEqual([]);
    expect(w.see(5, row([4, K]), [money(4, 'thousand')], 'the unit line above the header')).toEqual([]);
  });

  it('a second scale in the column is refused at its first cell, once', () => {
    const w = watch();
    const cols = [money(4, 'thousand')];
    w.see(4, row([4, K]), cols, 'the unit line above the header');
    const [err] = w.see(5, row([4, PLAIN]), cols, 'the unit line above the header');
    expect(err?.code).toBe('UNIT_CONTRADICTION');
    expect(err?.location).toEqual({ file: 'f.xlsx', line: 5, column: 4 });
    expect(w.see(6, row([4, PLAIN]), cols, 'the unit line above the header')).toEqual([]);
  });

  it('scaled under đồng, stated or by default, is refused at the first scaled cell; a count column scaled is refused too', () => {
    const [count, stated] = watch().see(3, row([2, K], [4, K]), [cases, money(4, 'dong')], 'the header');
    // (a count is never shown in thousands: BAD_NUMBER, not a unit's contradiction)
    expect(count?.code).toBe('BAD_NUMBER');
    expect(count?.message).toContain('shows the count scaled by 1000');
    expect(count?.location).toEqual({ file: 'f.xlsx', line: 3, column: 2 });
    expect(stated?.message).toContain('shows it in thousands under a unit of đồng (the header)');
    expect(stated?.location).toEqual({ file: 'f.xlsx', line: 3, column: 4 });
    const [none] = watch().see(3, row([4, K]), [money(4, 'dong')], 'default');
    expect(none?.message).toContain('the file states no money unit');
    expect(none?.hint).toContain('--money-unit thousand');
  });
});
