// A 2026 table (statistics year 1/10/2025–30/9/2026) split at 1/7/2026, the day Law 106/2025/QH15
// and TT 05/2026 took effect, written with PERIOD groups over the fields: "Trước 01/7/2026 (theo
// TT 05/2024/TT-BTP) | Từ 01/7/2026 (theo TT 05/2026/TT-BTP) | Cộng cả năm", each over "Có điều
// kiện | Giải quyết xong". work100b 02: refused DUPLICATE_COLUMN (exit 1) — "Trước 01/7/2026" was
// no span thads knew, so its group was taken for the report's own, and "Cộng cả năm" no span either;
// the dated groups "Từ 01/10/2025 đến 30/6/2026 | Từ 01/7/2026 đến 30/9/2026 | Năm 2026" read right.
// Right, by hand, from the "Cộng cả năm" group: THADS tỉnh 908 / 782, KV1 2.133 / 1.903, KV2
// 2.230 / 2.030; total 908 + 2.133 + 2.230 = 5.271 có ĐK, 782 + 1.903 + 2.030 = 4.715 xong,
// 4.715 / 5.271 = 89,45 %. The parts (800 + 700 > 908 on purpose: flows, not a sum) are never read.
// Controls: the same labels with the fields over the periods; the dated groups; "Trước | Từ" with no
// whole year's group (refused MISSING_COLUMN); a lone "Trước 01/7/2026" group over every figure
// (refused YEAR_CONFLICT: it had been summed as the year, exit 0); groups of another year; a
// "Trong tháng | Cộng dồn" month report's groups. The real binary: titled CSV (reference reader),
// plain CSV (byte scanner first; both readers in-process agree), xlsx.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, file } = fileTree('thads-periodgroups-');

const TITLE = [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,,,,',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026 VỀ VIỆC,,,,,,,,',
  '(Từ ngày 01/10/2025 đến ngày 30/9/2026),,,,,,,,',
  ',,,,,,,,Đơn vị tính: Việc',
];
const BEFORE = 'Trước 01/7/2026 (theo TT 05/2024/TT-BTP)';
const FROM = 'Từ 01/7/2026 (theo TT 05/2026/TT-BTP)';
const YEAR = 'Cộng cả năm';
const FIELDS = ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong,Tỷ lệ (%)';
/** The finding's table (after the title): three period groups over the fields, the year's last. */
function body(a = BEFORE, b = FROM, c = YEAR): string[] {
  return [
    `STT,Đơn vị,${a},,${b},,${c},,`,
    FIELDS,
    '1,THADS tỉnh Ninh Bình,800,500,700,282,908,782,"86,12"',
    '2,Phòng THADS khu vực 1,"1.900","1.300","1.500",603,"2.133","1.903","89,22"',
    '3,Phòng THADS khu vực 2,"2.000","1.400","1.600",630,"2.230","2.030","91,03"',
    ',Tổng cộng,"4.700","3.200","3.800","1.515","5.271","4.715","89,45"',
  ];
}
const OFFICES = ['THADS tỉnh Ninh Bình', 'Phòng THADS khu vực 1', 'Phòng THADS khu vực 2'];
/** by hand (above) */
const TOTAL = { cases_with_conditions: '5271', cases_resolved: '4715', cases_rate: '89.45' };
const BY_OFFICE = [
  ['908', '782'],
  ['2133', '1903'],
  ['2230', '2030'],
];

type Run = { readonly code: number; readonly stdout: string; readonly stderr: string };
function run(path: string): Run {
  const r = spawnThads(['summarize', path, '--format', 'csv'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
/** exit 0, no error, the three offices with the year's figures and the TOTAL 5.271 / 4.715 / 89,45 %. */
function right(r: Run) {
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  const sum = rows.find((row) => row[at('district')] === 'TOTAL')!;
  const offices = rows.filter((row) => row !== sum);
  expect(offices.map((row) => row[at('district')])).toEqual(OFFICES);
  expect(offices.map((row) => [row[at('cases_with_conditions')], row[at('cases_resolved')]])).toEqual(BY_OFFICE);
  expect(Object.fromEntries(Object.keys(TOTAL).map((k) => [k, sum[at(k)]]))).toEqual(TOTAL);
}
/** exit 1, nothing summed, `code` at `line` of the file. */
function refused(r: Run, line: number, code: string) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(new RegExp(`:${line}(:\\d+)?: error: .*\\[${code}\\]`));
}

let n = 0;
const titled = (lines: readonly string[], title: readonly string[] = TITLE) => file(`t${n++}/Ninh Bình 2026 viec.csv`, [...title, ...lines]);
const plain = (lines: readonly string[]) => file(`p${n++}/Ninh Bình 2026 viec.csv`, lines);

describe('a 2026 table with period groups over the fields, the whole year among them', () => {
  test('titled CSV (work100b 02): "Trước 01/7/2026 (theo TT 05/2024/TT-BTP) | Từ 01/7/2026 (…) | Cộng cả năm" → 5.271 / 4.715 / 89,45 %, exit 0', () => {
    right(run(titled(body())));
  });

  test('other spellings of the parts and of the year: "Trước ngày …", no circular, "Cả năm 2026", "Tổng cộng cả năm", "Tổng hợp cả năm", "(TT 05/2024)"', () => {
    right(run(titled(body('Trước 01/7/2026', 'Từ 01/7/2026', 'Cả năm 2026'))));
    right(run(titled(body('Trước ngày 01/7/2026', 'Từ ngày 01/7/2026', 'Tổng cộng cả năm'))));
    right(run(titled(body('Trước 01/7/2026', 'Từ 01/7/2026', 'Tổng hợp cả năm'))));
    right(run(titled(body('Trước 01/7/2026 (TT 05/2024)', 'Từ 01/7/2026 (Thông tư 05/2026)', 'Cả năm'))));
  });

  test('the year\'s group first: "Cộng cả năm | Trước 01/7/2026 | Từ 01/7/2026"', () => {
    const lines = [
      `STT,Đơn vị,${YEAR},,${BEFORE},,${FROM},,`,
      FIELDS,
      '1,THADS tỉnh Ninh Bình,908,782,800,500,700,282,"86,12"',
      '2,Phòng THADS khu vực 1,"2.133","1.903","1.900","1.300","1.500",603,"89,22"',
      '3,Phòng THADS khu vực 2,"2.230","2.030","2.000","1.400","1.600",630,"91,03"',
    ];
    right(run(titled(lines)));
  });

  test('plain CSV, the year in the file\'s name (byte scanner first): the same', () => {
    right(run(plain(body())));
  });

  test('plain CSV in process: the byte scanner and the reference reader agree, exit 0', async () => {
    const { both } = bothReaders('thads-periodgroups-both-', ['--format', 'csv']);
    const r = await both('Ninh Bình 2026 viec.csv', body());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^,TOTAL,2026,,,,,,,5271,,,,,,,,,4715,,89\.45,/m);
  });

  test('xlsx, the groups merged over their fields: the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of TITLE) ws.addRow(l.split(','));
    ws.addRow(['STT', 'Đơn vị', BEFORE, null, FROM, null, YEAR, null, null]);
    ws.addRow(FIELDS.split(',').map((c) => c || null));
    ws.mergeCells('C5:D5');
    ws.mergeCells('E5:F5');
    ws.mergeCells('G5:H5');
    ws.addRow([1, 'THADS tỉnh Ninh Bình', 800, 500, 700, 282, 908, 782, 86.12]);
    ws.addRow([2, 'Phòng THADS khu vực 1', 1900, 1300, 1500, 603, 2133, 1903, 89.22]);
    ws.addRow([3, 'Phòng THADS khu vực 2', 2000, 1400, 1600, 630, 2230, 2030, 91.03]);
    const path = join(dir, 'Ninh Bình 2026 viec.xlsx');
    await wb.xlsx.writeFile(path);
    right(run(path));
  });
});

describe('controls: near shapes keep their reading', () => {
  test('the same labels with the fields over the periods (the finding\'s control): the same figures', () => {
    const lines = [
      'STT,Đơn vị,Có điều kiện,,,Giải quyết xong,,,Tỷ lệ (%)',
      `,,${BEFORE},${FROM},${YEAR},${BEFORE},${FROM},${YEAR},`,
      '1,THADS tỉnh Ninh Bình,800,700,908,500,282,782,"86,12"',
      '2,Phòng THADS khu vực 1,"1.900","1.500","2.133","1.300",603,"1.903","89,22"',
      '3,Phòng THADS khu vực 2,"2.000","1.600","2.230","1.400",630,"2.030","91,03"',
    ];
    right(run(titled(lines)));
  });

  test('dated groups "Từ 01/10/2025 đến 30/6/2026 | Từ 01/7/2026 đến 30/9/2026 | Năm 2026": read as before', () => {
    right(run(titled(body('Từ 01/10/2025 đến 30/6/2026', 'Từ 01/7/2026 đến 30/9/2026', 'Năm 2026'))));
  });

  test('"Trước 01/7/2026 | Từ 01/7/2026" with no whole year\'s group: never summed as the year (MISSING_COLUMN at the header, line 6)', () => {
    const lines = [
      'STT,Đơn vị,Trước 01/7/2026,,Từ 01/7/2026,',
      ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
      '1,THADS tỉnh Ninh Bình,800,500,700,282',
      '2,Phòng THADS khu vực 1,"1.900","1.300","1.500",603',
    ];
    refused(run(titled(lines)), 6, 'MISSING_COLUMN');
    refused(run(plain(lines)), 2, 'MISSING_COLUMN');
  });

  test('a lone "Trước 01/7/2026" group over every figure: nine months, never the year (YEAR_CONFLICT at the group row, line 5)', () => {
    const lines = [
      'STT,Đơn vị,Trước 01/7/2026,',
      ',,Có điều kiện,Giải quyết xong',
      '1,THADS tỉnh Ninh Bình,800,500',
      '2,Phòng THADS khu vực 1,"1.900","1.300"',
    ];
    refused(run(titled(lines)), 5, 'YEAR_CONFLICT');
  });

  test('groups of another year ("Trước 01/7/2025 | Từ 01/7/2025 | Cả năm 2025" in a 2026 report): refused MISSING_COLUMN, line 6', () => {
    refused(run(titled(body('Trước 01/7/2025', 'Từ 01/7/2025', 'Cả năm 2025'))), 6, 'MISSING_COLUMN');
  });

  test('a month report\'s "Trong tháng | Cộng dồn" groups: the running total read, as before ("Cộng" before a span is no "Cộng dồn")', () => {
    const lines = [
      'STT,Đơn vị,Trong tháng,,Cộng dồn,',
      ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
      '1,THADS tỉnh Ninh Bình,80,50,908,782',
      '2,Phòng THADS khu vực 1,190,130,"2.133","1.903"',
      '3,Phòng THADS khu vực 2,200,140,"2.230","2.030"',
    ];
    const r = run(titled(lines));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^,TOTAL,2026,(?:[^,]*,){6}5271,(?:[^,]*,){8}4715,,89\.45,/m);
  });
});
