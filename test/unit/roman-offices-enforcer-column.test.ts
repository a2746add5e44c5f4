// Round 52a, 02: a form by enforcer with an enforcer column, offices numbered I, II, the office's
// name repeated on each enforcer's row numbered 1, 2 — refused NOT_AN_OFFICE, though each such
// row names its Roman row's own office and an enforcer. Read as the form's usual layout (offices
// 1, 2 over enforcer rows without STT): the office row is their sum, the office's figures once.
// Both readers (the fast path leaves forms by enforcer to the reference); 02d as an xlsx.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-roman-enforcer-column-', ['--format', 'csv']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN NĂM 2019';
const HEADER = 'STT,Đơn vị,Chấp hành viên,Có điều kiện,Giải quyết xong';
const VB = 'Chi cục THADS huyện Vụ Bản';
const ML = 'Chi cục THADS huyện Mỹ Lộc';
const ROMAN = [
  TITLE, HEADER,
  `I,${VB},,100,90`, `1,${VB},Nguyễn Văn An,60,55`, `2,${VB},Trần Thị Bình,40,35`,
  `II,${ML},,200,150`, `1,${ML},Lê Văn Cường,120,100`, `2,${ML},Phạm Thị Dung,80,50`,
  ',Tổng cộng,,300,240',
];

/** district, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18], c[20]].join(' ');
  });
}
// Vụ Bản 60 + 40 = 100, 55 + 35 = 90 (90.00 %); Mỹ Lộc 120 + 80 = 200, 100 + 50 = 150 (75.00 %);
// total 300 / 240 = 80.00 %
const READ = [`${VB} 100 90 90.00`, `${ML} 200 150 75.00`, 'TOTAL 300 240 80.00'];

describe('a form by enforcer: offices I, II, their enforcers 1, 2 naming the office and an enforcer (52a, 02)', () => {
  it('02: read as the control (offices 1, 2, enforcers without STT)', async () => {
    const r = await both('enf-viec-2019.csv', ROMAN);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('NOT_AN_OFFICE');
  });

  it('the control reads the same', async () => {
    const control = ROMAN.map((l) => l.replace(/^I,/, '1,').replace(/^II,/, '2,').replace(/^[12],(Chi cục[^,]+),(\p{L})/u, ',$1,$2'));
    expect(control[3]).toBe(`,${VB},Nguyễn Văn An,60,55`);
    const r = await both('enf-viec-2019.csv', control);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('02b: the Roman office rows without figures: their enforcers summed', async () => {
    const r = await both('enf-viec-2019.csv', ROMAN.map((l) => l.replace(/^(I+,[^,]+),,.*$/, '$1,,,')));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('"Cộng" in the office row\'s enforcer cell: the same', async () => {
    const r = await both('enf-viec-2019.csv', ROMAN.map((l) => l.replace(/^(I+,[^,]+),,/, '$1,Cộng,')));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('an office row that is not its enforcers\' sum is refused', async () => {
    // 100 against 70 + 40 = 110
    const r = await both('enf-viec-2019.csv', ROMAN.map((l) => (l === `1,${VB},Nguyễn Văn An,60,55` ? `1,${VB},Nguyễn Văn An,70,55` : l)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('the same office without an enforcer named stays refused', async () => {
    const r = await both('enf-viec-2019.csv', ROMAN.map((l) => (l === `2,${VB},Trần Thị Bình,40,35` ? `2,${VB},,40,35` : l)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:1: error: "${VB}" is numbered "2" under the office "${VB}" (line 3), numbered as Roman, in a form by enforcer`);
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it('another office with an enforcer named stays refused', async () => {
    const r = await both('enf-viec-2019.csv', ROMAN.map((l) => (l === `2,${VB},Trần Thị Bình,40,35` ? '2,Chi cục THADS huyện Nam Trực,Trần Thị Bình,40,35' : l)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:1: error: "Chi cục THADS huyện Nam Trực" is numbered "2" under the office "${VB}" (line 3), numbered as Roman`);
  });

  it('02d: an xlsx whose office rows are =SUM of their enforcers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow([TITLE]);
    ws.addRow(HEADER.split(','));
    ws.addRow(['I', VB, null, { formula: 'SUM(D4:D5)', result: 100 }, { formula: 'SUM(E4:E5)', result: 90 }]);
    ws.addRow([1, VB, 'Nguyễn Văn An', 60, 55]);
    ws.addRow([2, VB, 'Trần Thị Bình', 40, 35]);
    ws.addRow(['II', ML, null, { formula: 'SUM(D7:D8)', result: 200 }, { formula: 'SUM(E7:E8)', result: 150 }]);
    ws.addRow([1, ML, 'Lê Văn Cường', 120, 100]);
    ws.addRow([2, ML, 'Phạm Thị Dung', 80, 50]);
    ws.addRow([null, 'Tổng cộng', null, { formula: 'D3+D6', result: 300 }, { formula: 'E3+E6', result: 240 }]);
    const file = join(dir, 'enf-viec-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    expect(code, stderr()).toBe(0);
    expect(rows(stdout())).toEqual(READ);
  });
});
