// A group cell over its breakdown carrying the year note a single column may carry — "Chuyển kỳ
// sau (năm 2020)", "Năm 2018 chuyển sang", "Có điều kiện thi hành (năm 2019)" in a report of 2019
// — is the field's group, as the one column is (tester round 57, finding 03): its sub-columns were
// taken for the table's own ("Có điều kiện" under carried forward: DUPLICATE_COLUMN) or the group
// was lost (MISSING_COLUMN). A group naming another year stays refused. Both readers must agree.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-group-year-notes-', ['--format', 'csv']);

/** The CSV output's row of `district`, by column name. */
function row(out: string, district: string): Record<string, string> {
  const [head, ...rows] = out.trim().split('\n').map((l) => l.split(','));
  const r = rows.find((cells) => cells[head!.indexOf('district')] === district)!;
  return Object.fromEntries(head!.map((h, i) => [h, r[i]!]));
}

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';

/** TT 01/2013: carried forward as a group over "Tổng số | Có điều kiện | Chưa có điều kiện". */
const forward = (group: string) => [
  TITLE,
  `STT,Đơn vị,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,Chưa có điều kiện,${group},,`,
  ',,,,,,Tổng số,Có điều kiện,Chưa có điều kiện',
  '1,Chi cục THADS huyện Mỹ Lộc,985,700,520,285,465,180,285',
  '2,Chi cục THADS huyện Vụ Bản,790,600,460,190,330,140,190',
];

/** Carried over as a group over its breakdown, then new, to execute (a group too) and resolved. */
const over = (group: string) => [
  TITLE,
  `STT,Đơn vị,${group},,,Thụ lý mới,Tổng số phải thi hành,,,Giải quyết xong`,
  ',,Tổng số,Có điều kiện,Chưa có điều kiện,,Tổng số,Có điều kiện,Chưa có điều kiện,',
  '1,Chi cục THADS huyện Mỹ Lộc,400,250,150,600,985,700,285,520',
  '2,Chi cục THADS huyện Vụ Bản,300,200,100,500,790,600,190,460',
];

/** With conditions as a group over its parts (2019: resolved = completed + terminated). */
const conditions = (group: string) => [
  TITLE,
  `STT,Đơn vị,Tổng số phải thi hành,${group},,,,Chưa có điều kiện`,
  ',,,Tổng số,Thi hành xong,Đình chỉ,Đang thi hành,',
  '1,Chi cục THADS huyện Mỹ Lộc,985,700,500,20,180,285',
  '2,Chi cục THADS huyện Vụ Bản,790,600,450,10,140,190',
];

// By hand, target 73 % (2019):
//   Mỹ Lộc 520/700 = 74.2857 → 74.29, gap +1.29, required ceil(0.73×700 = 511) = 511, above +9
//   Vụ Bản 460/600 = 76.6667 → 76.67, gap +3.67, required ceil(438) = 438, above +22
//   TOTAL  980/1300 = 75.3846 → 75.38, gap +2.38, required ceil(949) = 949, above +31
const MY_LOC = { cases_with_conditions: '700', cases_resolved: '520', cases_rate: '74.29', cases_gap_pp: '1.29', cases_required: '511', cases_above_target: '9' };
const VU_BAN = { cases_with_conditions: '600', cases_resolved: '460', cases_rate: '76.67', cases_gap_pp: '3.67', cases_required: '438', cases_above_target: '22' };
const TOTAL = { cases_to_execute: '1775', cases_with_conditions: '1300', cases_resolved: '980', cases_rate: '75.38', cases_gap_pp: '2.38', cases_required: '949', cases_above_target: '31' };
const partIgnored = (line: number, column: number, cell: string, group: string, field: string) =>
  `FILE:${line}:${column}: warning: column "${cell}" is a part of the group "${group}" (${field}) that thads does not read, and is ignored [UNKNOWN_COLUMN]`;

describe('carried forward as a group with the next year\'s note (both readers)', () => {
  it.each(['Chuyển kỳ sau (năm 2020)', 'Chuyển kỳ sau (sang năm 2020)', 'Chuyển sang năm 2020', 'CHUYEN KY SAU (NAM 2020)', 'Carried forward (2020)', 'Chuyển kỳ sau'])(
    '%j: its "Tổng số" is carried forward, its breakdown ignored',
    async (group) => {
      const r = await both('bao-cao-viec-2019.csv', forward(group));
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(partIgnored(3, 8, 'Có điều kiện', group, 'carried_forward'));
      expect(r.stderr).toContain(partIgnored(3, 9, 'Chưa có điều kiện', group, 'carried_forward'));
      // carried forward 465 + 330 = 795; without conditions 285 + 190 = 475
      expect(row(r.stdout, 'Chi cục THADS huyện Mỹ Lộc')).toMatchObject({ ...MY_LOC, cases_carried_forward: '465' });
      expect(row(r.stdout, 'Chi cục THADS huyện Vụ Bản')).toMatchObject({ ...VU_BAN, cases_carried_forward: '330' });
      expect(row(r.stdout, 'TOTAL')).toMatchObject({ ...TOTAL, cases_carried_forward: '795', cases_without_conditions: '475' });
    },
  );

  it('a group of carried forward naming the year before (2018) stays refused', async () => {
    const r = await both('bao-cao-viec-2019.csv', forward('Chuyển kỳ sau (năm 2018)'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:8: error: column "Có điều kiện" repeats cases_with_conditions (column 4) [DUPLICATE_COLUMN]');
  });
});

describe('carried over as a group with the previous year\'s note (both readers)', () => {
  it.each(['Năm 2018 chuyển sang', 'Năm trước chuyển sang (năm 2018)', 'Năm trước chuyển sang'])('%j: its "Tổng số" is carried over', async (group) => {
    const r = await both('bao-cao-viec-2019.csv', over(group));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(partIgnored(3, 4, 'Có điều kiện', group, 'carried_over'));
    // carried over 400 + 300 = 700, new 600 + 500 = 1100, total 1000 + 800 = 1800
    expect(row(r.stdout, 'Chi cục THADS huyện Mỹ Lộc')).toMatchObject({ ...MY_LOC, cases_carried_over: '400', cases_new: '600', cases_total: '1000' });
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ ...TOTAL, cases_carried_over: '700', cases_new: '1100', cases_total: '1800' });
  });

  it.each(['Năm 2019 chuyển sang', 'Năm 2017 chuyển sang'])('%j (no year before the report\'s) stays refused', async (group) => {
    const r = await both('bao-cao-viec-2019.csv', over(group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:8: error: column "Có điều kiện" repeats cases_with_conditions (column 4) [DUPLICATE_COLUMN]');
  });
});

describe('with conditions as a group with the report\'s own year (both readers)', () => {
  it.each(['Có điều kiện thi hành (năm 2019)', 'CÓ ĐIỀU KIỆN (NĂM 2019)', 'Có điều kiện thi hành (từ 01/10/2018 đến 30/9/2019)', 'Có điều kiện thi hành'])('%j over its parts is with conditions', async (group) => {
    const r = await both('bao-cao-viec-2019.csv', conditions(group));
    expect(r.code).toBe(0);
    // resolved = completed + terminated: 500 + 20 = 520, 450 + 10 = 460; to execute 985 + 790 = 1775
    expect(row(r.stdout, 'Chi cục THADS huyện Mỹ Lộc')).toMatchObject({ ...MY_LOC, cases_completed: '500', cases_terminated: '20' });
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ ...TOTAL, cases_completed: '950', cases_terminated: '30', cases_without_conditions: '475' });
  });

  it.each([
    ['Có điều kiện thi hành (năm 2018)', 'năm 2018'],
    ['Có điều kiện thi hành (cùng kỳ 2018)', 'cùng kỳ 2018'],
  ])('%j (another year\'s group) stays refused, its "Tổng số" named with the period', async (group, period) => {
    const r = await both('bao-cao-viec-2019.csv', conditions(group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3: error: missing column cases_with_conditions; column 4 "${group}" names it for "${period}", which thads does not read as the report's own period [MISSING_COLUMN]`);
  });
});

describe('xlsx: "Chuyển kỳ sau (năm 2023)" merged over its breakdown in a report of 2022', () => {
  async function run(group: string) {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2022']);
    sheet.addRow(['STT', 'Đơn vị', 'Tổng số phải thi hành', 'Có điều kiện', null, null, 'Chưa có điều kiện', 'Hoãn, tạm đình chỉ', group, null, null, null]);
    sheet.addRow([null, null, null, 'Tổng số', 'Thi hành xong', 'Đình chỉ', null, null, 'Tổng số', 'Có điều kiện', 'Chưa có điều kiện', 'Hoãn, tạm đình chỉ']);
    sheet.mergeCells('D2:F2');
    sheet.mergeCells('I2:L2');
    for (const c of ['A', 'B', 'C', 'G', 'H']) sheet.mergeCells(`${c}2:${c}3`);
    sheet.addRow([1, 'Chi cục THADS huyện Mỹ Lộc', 985, 700, 500, 20, 265, 20, 465, 180, 265, 20]);
    sheet.addRow([2, 'Chi cục THADS huyện Vụ Bản', 790, 600, 450, 10, 180, 10, 330, 140, 180, 10]);
    const file = join(dir, 'bao-cao-viec-2022.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    return { code, stdout: stdout(), stderr: stderr() };
  }

  it.each(['Chuyển kỳ sau (năm 2023)', 'Chuyển kỳ sau'])('%j: read, its breakdown ignored', async (group) => {
    const r = await run(group);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Sheet1!J3: warning: column "Có điều kiện" is a part of the group "${group}" (carried_forward)`);
    // 2022, target 81.5 %: 520/700 = 74.29 (gap −7.21, required ceil(570.5) = 571, above −51);
    // 460/600 = 76.67 (−4.83, ceil(489) = 489, −29); 980/1300 = 75.38 (−6.12, ceil(1059.5) = 1060, −80);
    // deferred 20 + 10 = 30; to execute 985 + 790 = 1775; carried forward 465 + 330 = 795
    expect(row(r.stdout, 'Chi cục THADS huyện Mỹ Lộc')).toMatchObject({ cases_rate: '74.29', cases_gap_pp: '-7.21', cases_required: '571', cases_above_target: '-51', cases_deferred: '20' });
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ cases_to_execute: '1775', cases_resolved: '980', cases_rate: '75.38', cases_gap_pp: '-6.12', cases_required: '1060', cases_above_target: '-80', cases_deferred: '30', cases_carried_forward: '795' });
  });

  it('"Chuyển kỳ sau (năm 2021)" (the year before the report\'s) stays refused', async () => {
    const r = await run('Chuyển kỳ sau (năm 2021)');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Sheet1!J3: error: column "Có điều kiện" repeats cases_with_conditions (column 4) [DUPLICATE_COLUMN]');
  });
});
