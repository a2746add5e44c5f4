import { describe, expect, it } from 'vitest';
import { ThadsError } from '../../src/errors.js';
import type { FileRow } from '../../src/input/file-report.js';
import { SumRows } from '../../src/input/xlsx/sum-rows.js';

const row = (line: number, district: string, more: Partial<FileRow> = {}): FileRow => ({
  kind: 'data',
  row: { file: 'f.xlsx', line, province: null, district, year: 2019, figures: {} },
  ...more,
});
const refusal = new ThadsError('SUM_FORMULA_ROW', 'row 4 sums rows', { file: 'f.xlsx', line: 4 });
const lines = (out: { item: FileRow; refusal: ThadsError | null }[]) => out.map((o) => [o.item.row.line, o.refusal?.code ?? null]);

describe('SumRows: an office row summing other rows is refused only over offices', () => {
  it('over its own enforcers below it: held until they are read, then handed on', () => {
    const s = new SumRows();
    expect(lines(s.see(row(4, 'Vụ Bản'), { error: refusal, rows: [5, 6] }))).toEqual([]);
    expect(lines(s.see(row(5, 'Vụ Bản', { named: true }), null))).toEqual([]);
    expect(lines(s.see(row(6, 'Vụ Bản', { named: true }), null))).toEqual([[4, null], [5, null], [6, null]]);
  });

  it('over an office row below it: refused once that row is read', () => {
    const s = new SumRows();
    s.see(row(4, 'Vụ Bản'), { error: refusal, rows: [5, 6] });
    expect(lines(s.see(row(5, 'Mỹ Lộc'), null))).toEqual([[4, 'SUM_FORMULA_ROW'], [5, null]]);
    expect(lines(s.see(row(6, 'Nam Trực'), null))).toEqual([[6, null]]);
  });

  it('over office rows above it: refused at once', () => {
    const s = new SumRows();
    s.see(row(2, 'Huyện A'), null);
    s.see(row(3, 'Huyện B'), null);
    expect(lines(s.see(row(5, 'Địa bàn 1'), { error: refusal, rows: [2, 3] }))).toEqual([[5, 'SUM_FORMULA_ROW']]);
  });

  it("over another office's enforcers: refused", () => {
    const s = new SumRows();
    s.see(row(4, 'Vụ Bản'), { error: refusal, rows: [5, 6] });
    expect(lines(s.see(row(5, 'Mỹ Lộc', { named: true }), null))).toEqual([[4, 'SUM_FORMULA_ROW'], [5, null]]);
  });

  it("an enforcer's own row (named) summing the enforcers above it: refused, a person's figures are no sum", () => {
    const s = new SumRows();
    s.see(row(4, 'Vụ Bản', { named: true }), null);
    s.see(row(5, 'Vụ Bản', { named: true }), null);
    expect(lines(s.see(row(6, 'Vụ Bản', { named: true }), { error: refusal, rows: [4, 5] }))).toEqual([[6, 'SUM_FORMULA_ROW']]);
  });

  it('a row it adds never read (no figures): the rows wait to the end of the sheet', () => {
    const s = new SumRows();
    s.see(row(4, 'Vụ Bản'), { error: refusal, rows: [5, 6] });
    expect(lines(s.see(row(5, 'Vụ Bản', { named: true }), null))).toEqual([]);
    expect(lines(s.end())).toEqual([[4, null], [5, null]]);
  });
});
