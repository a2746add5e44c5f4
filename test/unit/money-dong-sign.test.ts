// Money cells with the đồng sign ("9.565.824.266 ₫", "₫ 9.565.824.266", "9.565.824đ"): Excel's
// and LibreOffice's Vietnamese Currency/Accounting formats saved as CSV "as shown". The sign
// says đồng and changes nothing in the figure; the cells were refused BAD_NUMBER while the
// workbook itself read right (round 62b, 03). Accepted in money columns only, and only where
// the column is in đồng; "$", "USD", "%" and a sign on a cases figure stay refused.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { withoutDongSign } from '../../src/input/numbers.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';
import { totalFigures, type TotalFigures } from '../helpers/json-totals.js';

const UNIT_LINE = 'Đơn vị tính: Việc; đồng;;;;;';
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';

const { dir, both } = bothReaders('thads-money-dong-sign-', ['--by', 'none', '--format', 'json']);

function offices(a: readonly [string, string], b: readonly [string, string]): string[] {
  return [`1;Chi cục THADS huyện Mỹ Lộc;586;533;${a[0]};${a[1]}`, `2;Chi cục THADS huyện Vụ Bản;655;630;${b[0]};${b[1]}`];
}

type Totals = TotalFigures;
const totals = totalFigures;

/**
 * By hand: cases 586 + 655 = 1241, resolved 533 + 630 = 1163; money 9.565.824.266 +
 * 16.389.337.399 = 25.955.161.665 đ, resolved 8.009.734.950 + 14.490.039.714 = 22.499.774.664 đ,
 * 22.499.774.664 / 25.955.161.665 = 0.86687… = 86.69 %.
 */
const HAND: Totals = { cases: '1241', casesResolved: '1163', money: '25955161665', moneyResolved: '22499774664', moneyRate: '86.69' };

describe('withoutDongSign', () => {
  it('takes the sign off either side, glued or spaced', () => {
    expect(withoutDongSign('9.565.824.266 ₫')).toBe('9.565.824.266');
    expect(withoutDongSign('₫ 9.565.824.266')).toBe('9.565.824.266');
    expect(withoutDongSign('đ 9.565.824.266')).toBe('9.565.824.266');
    expect(withoutDongSign('9.565.824.266đ')).toBe('9.565.824.266');
    expect(withoutDongSign('9,565,824,266\u00a0₫')).toBe('9,565,824,266');
    expect(withoutDongSign(' -   ₫ ')).toBe(' -');
  });

  it('is null for no sign, another currency, or a sign on both sides', () => {
    expect(withoutDongSign('9.565.824.266')).toBeNull();
    expect(withoutDongSign('$ 9.565.824.266')).toBeNull();
    expect(withoutDongSign('9.565.824.266 USD')).toBeNull();
    expect(withoutDongSign('12 %')).toBeNull();
    expect(withoutDongSign('₫ 9.565 ₫')).toBeNull();
  });
});

describe('money cells with the đồng sign read as their figures', () => {
  it.each([
    ['"9.565.824.266 ₫" (Excel)', offices(['9.565.824.266 ₫', '8.009.734.950 ₫'], ['16.389.337.399 ₫', '14.490.039.714 ₫'])],
    ['"9,565,824,266 ₫" (LibreOffice, English grouping)', offices(['"9,565,824,266 ₫"', '"8,009,734,950 ₫"'], ['"16,389,337,399 ₫"', '"14,490,039,714 ₫"'])],
    ['the sign before, after, glued, as "đ", "VNĐ"', offices(['₫ 9.565.824.266', 'đ 8.009.734.950'], ['16.389.337.399đ', '14.490.039.714 VNĐ'])],
    ['mixed with cells without it', offices(['9.565.824.266', '8.009.734.950 ₫'], ['16.389.337.399 ₫', '14.490.039.714'])],
  ])('%s', async (_, rows) => {
    const r = await both('bao-cao-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;', UNIT_LINE, HEADER, ...rows]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('the Accounting format\'s zero, "- ₫", is 0', async () => {
    // a third office with nothing: the totals stay those of the two (1241 + 0, 25.955.161.665 + 0)
    const rows = [...offices(['9.565.824.266 ₫', '8.009.734.950 ₫'], ['16.389.337.399 ₫', '14.490.039.714 ₫']), '3;Chi cục THADS huyện Ý Yên;0;0; -   ₫ ;-₫'];
    const r = await both('zero-2019.csv', [UNIT_LINE, HEADER, ...rows]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('text cells with the sign in a workbook (the reference reader)', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Biểu 07');
    const rows = [
      ['Đơn vị tính: Việc; đồng'],
      HEADER.split(';'),
      [1, 'Chi cục THADS huyện Mỹ Lộc', 586, 533, '9.565.824.266 ₫', '8.009.734.950 ₫'],
      [2, 'Chi cục THADS huyện Vụ Bản', 655, 630, '16.389.337.399 ₫', '14.490.039.714 ₫'],
    ];
    for (const row of rows) sheet.addRow(row);
    const file = join(dir, 'bao-cao-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--by', 'none', '--format', 'json'], { env: {} });
    expect(await main(io)).toBe(0);
    expect(stderr()).toBe('');
    expect(totals(stdout())).toEqual(HAND);
  });
});

describe('over-reach: what stays refused, and plain cells as before', () => {
  it('the same file without the sign reads as before', async () => {
    const r = await both('plain-2019.csv', [UNIT_LINE, HEADER, ...offices(['9.565.824.266', '8.009.734.950'], ['16.389.337.399', '14.490.039.714'])]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('a sign on a cases figure: BAD_NUMBER', async () => {
    const rows = offices(['9.565.824.266 ₫', '8.009.734.950 ₫'], ['16.389.337.399 ₫', '14.490.039.714 ₫']);
    rows[0] = rows[0]!.replace(';586;', ';586 ₫;');
    const r = await both('cases-sign-2019.csv', [UNIT_LINE, HEADER, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:3: error: cases with conditions "586 ₫" is not a number [BAD_NUMBER]');
  });

  it('"12 %" in a money column: BAD_NUMBER', async () => {
    const r = await both('percent-2019.csv', [UNIT_LINE, HEADER, ...offices(['12 %', '8.009.734.950 ₫'], ['16.389.337.399 ₫', '14.490.039.714 ₫'])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:5: error: money with conditions "12 %" is a percentage, not a figure [BAD_NUMBER]');
  });

  it('"$" and "USD": BAD_NUMBER', async () => {
    const dollar = await both('dollar-2019.csv', [UNIT_LINE, HEADER, ...offices(['$ 9.565.824.266', '8.009.734.950'], ['16.389.337.399', '14.490.039.714'])]);
    expect(dollar.code).toBe(1);
    expect(dollar.stderr).toContain('FILE:3:5: error: money with conditions "$ 9.565.824.266" is not a number [BAD_NUMBER]');
    const usd = await both('usd-2019.csv', [UNIT_LINE, HEADER, ...offices(['9.565.824.266', '8.009.734.950'], ['16.389.337.399', '14.490.039.714 USD'])]);
    expect(usd.code).toBe(1);
    expect(usd.stderr).toContain('FILE:4:6: error: money resolved "14.490.039.714 USD" is not a number [BAD_NUMBER]');
  });

  it('the sign of đồng in a column of nghìn đồng: UNIT_CONTRADICTION, never 1.000× either way', async () => {
    const r = await both('thousand-2019.csv', ['Đơn vị tính: Việc; nghìn đồng', HEADER, ...offices(['9.565.824 ₫', '8.009.735'], ['16.389.337', '14.490.040'])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:5: error: money with conditions "9.565.824 ₫" is written with the sign of đồng, but its column\'s money was read in nghìn đồng [UNIT_CONTRADICTION]');
  });
});
