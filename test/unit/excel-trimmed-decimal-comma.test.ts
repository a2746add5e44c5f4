// A decimal comma not in quotes in a row Excel trimmed (traps26 t34): "19,Duy Tiên,438,391,
// 12603172,5" — its blank notes (and blank last figure) left off past the sheet's 16th row — was
// padded as Excel's trimmed row, "12603172,5" read as two figures: money resolved 5 against
// 12,603,172 with conditions, rate 0.00, exit 0, unsaid. In a row of full width the extra cell is
// refused (VALUE_WITHOUT_HEADER); here it is said at the row (DECIMAL_COMMA_SPLIT), an error for
// check and --strict. Rows read right are never refused.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-excel16-decimal-', ['--format', 'csv']);

const WIDTH = 7;
const pad = (cells: readonly string[], d = ','): string => [...cells, ...Array<string>(WIDTH - cells.length).fill('')].join(d);
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong,Ghi chú';
const office = (i: number, d = ','): string => [String(i), `Office ${i}`, String(100 + i), String(50 + i), String(i * 1_000_000), String(i * 500_000)].join(d);
/** Four title lines, the header on line 5, offices 1–12 on lines 6–17 (from line 17 without the blank notes' comma, as Excel writes). */
function excelFile(last: string, header = HEADER, d = ','): string[] {
  const lines = [pad(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], d), pad([], d), pad([], d), pad(['', '', '', '', 'Đơn vị tính: Việc; đồng'], d), header];
  for (let i = 1; i <= 11; i++) lines.push(`${office(i, d)}${d}`);
  lines.push(last);
  return lines;
}
const money = (stdout: string): string[] => {
  const lines = stdout.trimEnd().split('\n');
  const columns = lines[0]!.split(',');
  const total = lines.at(-1)!.split(',');
  return ['money_with_conditions', 'money_resolved'].map((c) => total[columns.indexOf(c)]!);
};
const WARNING = 'FILE:17:6: warning: this row\'s last two cells, "12000000" and "5", may be one money figure with a decimal comma not in quotes ("12000000,5")';

describe('a trimmed row whose last two cells may be one number cut by its decimal comma', () => {
  it('summarize: said at the row, read as written', async () => {
    const r = await both('excel-2019.csv', excelFile('12,Office 12,112,62,12000000,5'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(WARNING);
    expect(r.stderr).toContain('[DECIMAL_COMMA_SPLIT]');
    // by hand: with conditions Σ i·1.000.000, i = 1..12 = 78.000.000; resolved Σ i·500.000, i = 1..11
    // = 33.000.000, and 5 = 33.000.005 (read as written)
    expect(money(r.stdout)).toEqual(['78000000', '33000005']);
  });

  it('--strict: refused', async () => {
    const r = await both('excel-2019.csv', excelFile('12,Office 12,112,62,12000000,5'), ['--format', 'csv', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:17:6: error: this row\'s last two cells');
  });
});

describe('rows read right are not said (controls)', () => {
  it.each([
    ['a money figure of its own', '12,Office 12,112,62,12000000,6000000', '39000000'],
    ['a last cell "0"', '12,Office 12,112,62,12000000,0', '33000000'],
    ['a last figure more than a thousandth of the one before', '12,Office 12,112,62,4000,5', '33000005'],
  ])('%s', async (_, last, resolved) => {
    const r = await both('excel-2019.csv', excelFile(last));
    expect(r.stderr).not.toContain('DECIMAL_COMMA_SPLIT');
    expect(r.code, r.stderr).toBe(0);
    // by hand: resolved Σ i·500.000, i = 1..11 = 33.000.000, and office 12's
    expect(money(r.stdout)[1]).toBe(resolved);
  });

  it('semicolons: a comma is no delimiter there', async () => {
    const r = await both('excel-2019.csv', excelFile('12;Office 12;112;62;12000000;5', HEADER.replaceAll(',', ';'), ';'));
    expect(r.stderr).not.toContain('DECIMAL_COMMA_SPLIT');
    expect(r.code, r.stderr).toBe(0);
  });

  it('cases columns last: a count has no decimals', async () => {
    const header = 'STT,Đơn vị,Tiền có điều kiện,Tiền giải quyết xong,Việc có điều kiện,Việc giải quyết xong,Ghi chú';
    const r = await both('excel-2019.csv', excelFile('12,Office 12,12000000,6000000,12000,5', header));
    expect(r.stderr).not.toContain('DECIMAL_COMMA_SPLIT');
  });
});
