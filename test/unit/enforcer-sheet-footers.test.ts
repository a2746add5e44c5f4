// One office's sheet by enforcer ("Chấp hành viên", no office column) closed by the office's
// whole as a clerk types it: "Tổng Phòng", "Tổng Chi cục", "Tổng đơn vị", "Tổng CHV", "Tổng
// KV1", "Tổng Mỹ Lộc"… Read as one more enforcer it doubled the office, exit 0 (round 67b, 01).
// Such a row is the office's subtotal: checked against the enforcers, never added. "Tống" is a
// surname ("Tống Văn Bình"): an enforcer, even with figures equal to the others' sum.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const { dir, both } = bothReaders('thads-enforcer-footers-', ARGS);

const MY_LOC = 'Chi cục THADS huyện Mỹ Lộc - theo CHV 2019.csv';
const KV1 = 'Phòng THADS khu vực 1 - theo CHV 2025.csv';
const ENFORCERS = ['1,Nguyễn Văn An,100,80', '2,Trần Thị Bình,120,90', '3,Lê Văn Cường,90,70'];
/** Mỹ Lộc's sheet: three enforcers and `last` below them. */
const myLoc = (last: string) => ['STT,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong', ...ENFORCERS, last];
/** Khu vực 1's form 04 of 2025, money in nghìn đồng, closed by `label`. */
const kv1 = (label: string) => [
  'TỈNH NINH BÌNH,,,,,,',
  'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1,,,,,,',
  'KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN NĂM 2025,,,,,,',
  ',,,,,Đơn vị tính: nghìn đồng,',
  'STT,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong,Ghi chú',
  '1,Nguyễn Văn An,100,80,"1.500.000","900.000",',
  '2,Trần Thị Bình,120,90,"2.000.000","1.200.000",',
  '3,Lê Văn Cường,90,70,"1.000.000","700.000",',
  `,${label},310,240,"4.500.000","2.800.000",`,
];
const cases = (stdout: string) => {
  const t = JSON.parse(stdout).total;
  return [t.cases.withConditions, t.cases.resolved];
};

describe('an enforcer sheet closed by "Tổng" + the office: its subtotal, not an enforcer', () => {
  // enforcers: 100 + 120 + 90 = 310 with conditions, 80 + 90 + 70 = 240 resolved; the footer holds exactly that
  it.each([
    'Tổng Phòng', 'Tổng Chi cục', 'Tổng đơn vị', 'Tổng cơ quan', 'Tổng CHV', 'Tổng chấp hành viên',
    'Tổng Chi cục Mỹ Lộc', 'Tổng Mỹ Lộc', 'TỔNG CHI CỤC', 'TỔNG MỸ LỘC', 'Tong don vi',
  ])('"%s" under Mỹ Lộc\'s enforcers: 310 / 240, once', async (label) => {
    const r = await both(MY_LOC, myLoc(`,${label},310,240`));
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(['310', '240']);
  });

  // money (nghìn đồng): 1.500.000 + 2.000.000 + 1.000.000 = 4.500.000 → 4.500.000.000 đồng;
  // 900.000 + 1.200.000 + 700.000 = 2.800.000 → 2.800.000.000 đồng
  it.each(['Tổng Phòng', 'TỔNG PHÒNG', 'Tổng KV1', 'Tổng KV 1', 'Tổng khu vực 1'])('"%s" under khu vực 1\'s enforcers (2025, money): read once', async (label) => {
    const r = await both(KV1, kv1(label));
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total;
    expect([t.cases.withConditions, t.cases.resolved, t.money.withConditions, t.money.resolved]).toEqual(['310', '240', '4500000000', '2800000000']);
  });

  it('a footer that is not the enforcers\' sum is refused, located, with their sum', async () => {
    const r = await both(MY_LOC, myLoc(',Tổng Phòng,300,240'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:3: error: declared subtotal "Tổng Phòng" has cases with conditions 300, but the rows above it add up to 310 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Tổng" + another office\'s name is no subtotal of this one: left an enforcer\'s row, not dropped', async () => {
    // 100 + 120 + 90 + 50 = 360; 80 + 90 + 70 + 40 = 280
    const r = await both(MY_LOC, myLoc('4,Tổng Vụ Bản,50,40'));
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(['360', '280']);
  });
});

describe('over-reach: enforcers and office lists that must read as before', () => {
  it.each([
    // Tống (a surname), "Tổng Thị Lan" (no total's word after "Tổng"): enforcers, 100 + 120 + 90 + 50 = 360; 80 + 90 + 70 + 40 = 280
    ['Tống Văn Bình', '360', '280'],
    ['Tống Phòng', '360', '280'],
    ['Tổng Thị Lan', '360', '280'],
  ])('"%s" with figures of his own: an enforcer', async (name, withConditions, resolved) => {
    const r = await both(MY_LOC, myLoc(`4,${name},50,40`));
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual([withConditions, resolved]);
  });

  it('an enforcer whose figures equal the sum of two others stays an enforcer', async () => {
    // "Tống Văn Bình" 220 / 170 = An's 100 + Bình's 120, 80 + 90: 310 + 220 = 530; 240 + 170 = 410
    const r = await both(MY_LOC, myLoc('4,Tống Văn Bình,220,170'));
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(['530', '410']);
  });

  it.each(['Tổng cộng', 'Tổng đơn vị'])('an ordinary office list closed by "%s": the offices summed once', async (label) => {
    // 100 + 120 + 90 = 310; 80 + 90 + 70 = 240 (the footer checked, not added)
    const r = await both('Nam Định 2019.csv', [
      'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      '1,Chi cục THADS huyện Mỹ Lộc,100,80',
      '2,Chi cục THADS huyện Vụ Bản,120,90',
      '3,Chi cục THADS huyện Ý Yên,90,70',
      `,${label},310,240`,
    ]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(['310', '240']);
  });
});

/** Khu vực 1's form 04 as a workbook, its last row `label` with `last` (numbers or formulas). */
async function workbook(name: string, label: string, last: readonly (number | { formula: string; result: number })[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 04');
  ws.addRow(['PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1']);
  ws.addRow(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC THEO CHẤP HÀNH VIÊN NĂM 2025']);
  ws.addRow(['STT', 'Chấp hành viên', 'Việc có điều kiện', 'Việc giải quyết xong']);
  ws.addRow([1, 'Nguyễn Văn An', 100, 80]);
  ws.addRow([2, 'Trần Thị Bình', 120, 90]);
  ws.addRow([3, 'Lê Văn Cường', 90, 70]);
  ws.addRow([null, label, ...last]);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr().split(file).join('FILE') };
}
const SUMS = [{ formula: 'SUM(C4:C6)', result: 310 }, { formula: 'SUM(D4:D6)', result: 240 }] as const;

describe('in a workbook', () => {
  it.each(['Tổng Phòng', 'Tổng KV1'])('"%s" with =SUM(C4:C6) under the enforcers: 310 / 240, once', async (label) => {
    const r = await workbook(`Phòng THADS khu vực 1 - theo CHV 2025.xlsx`, label, SUMS);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(['310', '240']);
  });

  it('a row named as a person whose figures are =SUM over the enforcers: refused, not added', async () => {
    const r = await workbook('Phòng THADS khu vực 1 - theo CHV 2025.xlsx', 'Tổng Thị Lan', SUMS);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:Biểu 04!C7: error: row 7 "Phòng THADS khu vực 1": cases with conditions: =SUM(C4:C6) adds rows 4–6: a subtotal, not an office; added as one it would count them twice [SUM_FORMULA_ROW]');
  });

  it('over-reach: an enforcer with typed figures equal to the others\' sum stays an enforcer', async () => {
    // "Tống Văn Bình" 310 / 240 typed, no formula: 310 + 310 = 620; 240 + 240 = 480
    const r = await workbook('Phòng THADS khu vực 1 - theo CHV 2025.xlsx', 'Tống Văn Bình', [310, 240]);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(['620', '480']);
  });
});
