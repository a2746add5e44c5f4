// A --previous file whose money cells carry the đồng sign ("9.000.000.000 ₫", a Currency format
// saved as CSV "as shown") states its unit on every amount: it was refused PREVIOUS_UNIT_UNKNOWN
// beside an input in nghìn đồng ("could be in nghìn đồng or in đồng"), though the same file as an
// input is read in đồng (round 63b, 05). Every money figure signed: read in đồng. Both readers.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { cellsUnit } from '../../src/input/unit-option.js';
import { bothReaders } from '../helpers/both-readers.js';

const CURRENT = [
  'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;',
  'Đơn vị tính: Việc; nghìn đồng',
  'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong',
  '1;Mỹ Lộc;500;400;9.565.824;7.828.290',
  '2;Vụ Bản;600;500;16.389.337;14.164.361',
];
const PREV_TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018;;;;;';
const PREV_HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const signedRows = (sign: (amount: string) => string) => [`1;Mỹ Lộc;500;400;${sign('9.000.000.000')};${sign('7.000.000.000')}`, `2;Vụ Bản;600;500;${sign('16.000.000.000')};${sign('14.000.000.000')}`];

const { dir, write, both } = bothReaders('thads-previous-dong-sign-', ['--format', 'csv']);

/** The money rate change of each output row, by office (TOTAL last). */
function rateChanges(stdout: string): Record<string, string> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const district = head!.indexOf('district');
  const change = head!.indexOf('money_rate_change');
  return Object.fromEntries(rows.map((r) => [r[district]!, r[change]!]));
}

/**
 * By hand: last year (đồng) 7.000.000.000 / 9.000.000.000 = 77,78 %, 14.000.000.000 /
 * 16.000.000.000 = 87,50 %, total 21 / 25 = 84,00 %; this year (nghìn) 7.828.290 / 9.565.824 =
 * 81,84 %, 14.164.361 / 16.389.337 = 86,42 %, total 21.992.651 / 25.955.161 = 84,73 %. Changes:
 * 81,84 − 77,78 = +4,06; 86,42 − 87,50 = −1,08; 84,73 − 84,00 = +0,73 pp.
 */
const CHANGES = { 'Mỹ Lộc': '4.06', 'Vụ Bản': '-1.08', TOTAL: '0.73' };

async function withPrevious(name: string, previous: readonly string[]) {
  const prev = write(name, previous);
  return both('cur-2019.csv', CURRENT, ['--format', 'csv', '--previous', prev]);
}

const rows = (...r: string[][]) => r.map((cells) => ({ cells }));

describe('cellsUnit: đồng', () => {
  it('every money figure signed, zeros and words aside', () => {
    expect(cellsUnit(rows(['x', '9.000 ₫', '-'], ['y', '₫ 7.000', '0'], ['Người lập biểu', 'Nguyễn Văn A', '']), [1, 2])).toBe('dong');
    expect(cellsUnit(rows(['x', '9.000 ₫'], ['y', '7.000']), [1])).toBeNull();
    expect(cellsUnit(rows(['x', '9.000'], ['y', '']), [1])).toBeNull();
    expect(cellsUnit(rows(['x', '']), [1])).toBeNull();
  });
});

describe('a --previous file whose money cells carry the đồng sign is read in đồng', () => {
  it.each([
    ['"9.000.000.000 ₫" (the finding)', (a: string) => `${a} ₫`],
    ['"₫ 9.000.000.000", sign before', (a: string) => `₫ ${a}`],
    ['"9.000.000.000đ"', (a: string) => `${a}đ`],
    ['"9.000.000.000 VNĐ"', (a: string) => `${a} VNĐ`],
  ])('%s', async (_, sign) => {
    const r = await withPrevious('prev-2018.csv', [PREV_TITLE, PREV_HEADER, ...signedRows(sign)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rateChanges(r.stdout)).toEqual(CHANGES);
  });

  it('a signed zero "- ₫" and a signature under the table change nothing', async () => {
    const r = await withPrevious('prev-zero-2018.csv', [PREV_TITLE, PREV_HEADER + ';Ghi chú', ...signedRows((a) => `${a} ₫`).map((l) => `${l};- ₫`), ';;;;Người lập biểu;']);
    expect(r.code).toBe(0);
    expect(rateChanges(r.stdout)).toEqual(CHANGES);
  });

  it('a workbook whose money cells are text with the sign (the reference reader)', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('2018');
    for (const row of [[PREV_TITLE.replace(/;+$/, '')], PREV_HEADER.split(';'), [1, 'Mỹ Lộc', 500, 400, '9.000.000.000 ₫', '7.000.000.000 ₫'], [2, 'Vụ Bản', 600, 500, '16.000.000.000 ₫', '14.000.000.000 ₫']]) sheet.addRow(row);
    const prev = join(dir, 'prev-2018.xlsx');
    await wb.xlsx.writeFile(prev);
    const cur = write('cur-2019.csv', CURRENT);
    const { io, stdout, stderr } = memoryIo(['summarize', cur, '--previous', prev, '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(0);
    expect(stderr()).toBe('');
    expect(rateChanges(stdout())).toEqual(CHANGES);
  });
});

describe('over-reach: a --previous file whose unit is not told by its cells', () => {
  it('no sign and no unit line: PREVIOUS_UNIT_UNKNOWN as before', async () => {
    const r = await withPrevious('prev-plain-2018.csv', [PREV_TITLE, PREV_HEADER, ...signedRows((a) => a)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('prev-plain-2018.csv:2: error: this --previous file states no money unit, but the input states its money in nghìn đồng ("Đơn vị tính: Việc, nghìn đồng", FILE:2:1): its money could be in nghìn đồng or in đồng [PREVIOUS_UNIT_UNKNOWN]');
  });

  it('one money figure without the sign: PREVIOUS_UNIT_UNKNOWN', async () => {
    const r = await withPrevious('prev-mixed-2018.csv', [PREV_TITLE, PREV_HEADER, '1;Mỹ Lộc;500;400;9.000.000.000 ₫;7.000.000.000 ₫', '2;Vụ Bản;600;500;16.000.000;14.000.000.000 ₫']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('prev-mixed-2018.csv:2: error: this --previous file states no money unit');
    expect(r.stderr).toContain('[PREVIOUS_UNIT_UNKNOWN]');
  });

  it('the sign under a unit line in nghìn đồng: UNIT_CONTRADICTION as before', async () => {
    const r = await withPrevious('prev-thousand-2018.csv', [PREV_TITLE, 'Đơn vị tính: nghìn đồng', PREV_HEADER, ...signedRows((a) => `${a} ₫`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('prev-thousand-2018.csv:4:5: error: money with conditions "9.000.000.000 ₫" is written with the sign of đồng, but its column\'s money was read in nghìn đồng [UNIT_CONTRADICTION]');
  });

  it('no sign, "Đơn vị tính: đồng" typed above the header: the same changes', async () => {
    const r = await withPrevious('prev-dong-line-2018.csv', [PREV_TITLE, 'Đơn vị tính: đồng', PREV_HEADER, ...signedRows((a) => a)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rateChanges(r.stdout)).toEqual(CHANGES);
  });
});
