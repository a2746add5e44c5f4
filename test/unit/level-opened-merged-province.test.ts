// A Cục's Biểu opening with its levels ("Cấp tỉnh", "Cấp huyện", its Chi cục…, "Toàn tỉnh"), the
// Tỉnh cell merged down each province's block, saved as CSV (work81b 02, 03): the province stands
// on the level's row only. Before: the rows below it had no province — the Chi cục (or the "Cấp
// huyện" lines) were summed as one province-less group, each province printed as its "Cấp tỉnh"
// alone (Nam Định 100/80 80,00 % for 400/280 70,00 %), exit 0; the MISSING_PROVINCE rule never
// fired because the one row with a province was a level, no office's. Now a level with its province
// written opens a block as a province's whole does (input/province-merged-down.ts), filled as the
// workbook's merge shows it, and kept only if a whole of that province closes it ("Toàn tỉnh"; the
// table's own total if the block opens the table); otherwise refused MISSING_PROVINCE.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';
import { csvColumns } from '../helpers/key-rows.js';

const { both } = bothReaders('thads-level-merged-', ['--format', 'csv']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-level-merged-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

const KEYS = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];
const BY_PROVINCE = ['--by', 'province', '--format', 'csv'];
const rows = (stdout: string) => csvColumns(stdout, KEYS);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,';
const HEAD = ['STT,Tỉnh,Đơn vị,Về việc,,Về tiền (nghìn đồng),', ',,,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong'];

/** work81b 03 "Hai tinh 2019.csv": two Cục blocks, the Tỉnh on each "Cấp tỉnh" (the merged cell's first row) only. */
function haiTinh(opts: { levelWord?: string; cuc?: string; toanTinh?: string; capHuyen?: boolean } = {}): string[] {
  const { levelWord = 'Cấp tỉnh', cuc = levelWord, toanTinh = 'Toàn tỉnh', capHuyen = true } = opts;
  return [
    TITLE, ...HEAD,
    `,Nam Định,${cuc},100,80,5000,3000`,
    ...(capHuyen ? [',,Cấp huyện,300,200,7000,4000'] : []),
    '1,,Mỹ Lộc,120,90,3000,2000',
    '2,,Vụ Bản,180,110,4000,2000',
    `,,${toanTinh},400,280,12000,7000`,
    `,Thái Bình,${cuc},50,40,1000,500`,
    ...(capHuyen ? [',,Cấp huyện,250,150,9000,6000'] : []),
    '1,,Hưng Hà,100,50,4000,2500',
    '2,,Vũ Thư,150,100,5000,3500',
    `,,${toanTinh},300,190,10000,6500`,
    ',,Tổng cộng,700,470,22000,13500',
  ];
}

// By hand (money in nghìn đồng, printed in đồng):
// Nam Định = Cấp tỉnh 100 + Mỹ Lộc 120 + Vụ Bản 180 = 400 (= its Toàn tỉnh); 80 + 90 + 110 = 280 → 70,00 %;
//   money 5000 + 3000 + 4000 = 12000, 3000 + 2000 + 2000 = 7000 → 58,33 %.
// Thái Bình = 50 + 100 + 150 = 300; 40 + 50 + 100 = 190 → 63,33 %; money 1000 + 4000 + 5000 = 10000,
//   500 + 2500 + 3500 = 6500 → 65,00 %.
// TOTAL 700 / 470 → 67,14 %; money 22000 / 13500 → 61,36 %.
const HAI_TINH = [
  'Nam Định||400|280|70.00|12000000|7000000|58.33',
  'Thái Bình||300|190|63.33|10000000|6500000|65.00',
  '|TOTAL|700|470|67.14|22000000|13500000|61.36',
];

describe('a level row carrying the merged Tỉnh cell, saved as CSV (work81b 03)', () => {
  it('--by province: Nam Định 400/280 70,00 %, Thái Bình 300/190 63,33 % (was a province-less 550/350, Nam Định 80,00 %, exit 0)', async () => {
    const r = await both('hai-tinh-2019.csv', haiTinh(), BY_PROVINCE);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(HAI_TINH);
    expect(r.stderr).toBe('');
  });

  it('by office: each Chi cục in its province, each "Cấp tỉnh" its Cục\'s own office', async () => {
    const r = await both('hai-tinh-2019.csv', haiTinh());
    expect(r.code).toBe(0);
    // money rates: Mỹ Lộc 2000/3000, Vụ Bản 2000/4000, Hưng Hà 2500/4000, Vũ Thư 3500/5000, Cấp tỉnh 3000/5000, 500/1000
    expect(rows(r.stdout)).toEqual([
      'Nam Định|Mỹ Lộc|120|90|75.00|3000000|2000000|66.67',
      'Nam Định|Vụ Bản|180|110|61.11|4000000|2000000|50.00',
      'Thái Bình|Hưng Hà|100|50|50.00|4000000|2500000|62.50',
      'Thái Bình|Vũ Thư|150|100|66.67|5000000|3500000|70.00',
      'Nam Định|Cấp tỉnh|100|80|80.00|5000000|3000000|60.00',
      'Thái Bình|Cấp tỉnh|50|40|80.00|1000000|500000|50.00',
      '|TOTAL|700|470|67.14|22000000|13500000|61.36',
    ]);
  });

  it('without the "Cấp huyện" lines: the same provinces', async () => {
    const r = await both('hai-tinh-khong-cap-huyen-2019.csv', haiTinh({ capHuyen: false }), BY_PROVINCE);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(HAI_TINH);
  });

  it.each([
    ['upper case, no diacritics', { levelWord: 'CAP TINH', toanTinh: 'TOAN TINH' }],
    ['"Cộng toàn tỉnh"', { toanTinh: 'Cộng toàn tỉnh' }],
    ['"I. Cấp tỉnh"', { levelWord: 'I. Cấp tỉnh' }],
  ])('spelled otherwise (%s): the same provinces', async (_, opts) => {
    const r = await both('hai-tinh-2019.csv', haiTinh(opts), BY_PROVINCE);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(HAI_TINH);
  });

  it('the block is checked by its whole: "Toàn tỉnh" 401 for 100 + 120 + 180 = 400 is refused at it', async () => {
    const lines = haiTinh().map((l) => (l === ',,Toàn tỉnh,400,280,12000,7000' ? ',,Toàn tỉnh,401,280,12000,7000' : l));
    const r = await both('hai-tinh-2019.csv', lines, BY_PROVINCE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:8:4: error: declared total "Toàn tỉnh" has cases with conditions 401, but the rows above it add up to 400 [DECLARED_TOTAL_MISMATCH]');
  });

  it('one Cục\'s own Biểu, its Tỉnh merged over all its rows, closed by "Tổng cộng": Nam Định 450/300 66,67 %, −6,33 (was 80,00 %, +7,00)', async () => {
    const r = await both('mot-tinh-2019.csv', [
      TITLE, ...HEAD,
      'I,Nam Định,Cấp tỉnh,100,80,5000,3000',
      'II,,Cấp huyện,350,220,8000,4300',
      '1,,Mỹ Lộc,120,90,3000,2000',
      '2,,Vụ Bản,180,110,4000,2000',
      '3,,TP Nam Định,50,20,1000,300',
      ',,Tổng cộng,450,300,13000,7300',
    ], ['--by', 'province', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 100 + 120 + 180 + 50 = 450, 80 + 90 + 110 + 20 = 300 → 66,67 %, 73 − 66,67 → −6,33;
    // money 5000 + 3000 + 4000 + 1000 = 13000, 3000 + 2000 + 2000 + 300 = 7300 → 56,15 %
    expect(csvColumns(r.stdout, [...KEYS, 'cases_gap_pp', 'cases_rank_of'])).toEqual([
      'Nam Định||450|300|66.67|13000000|7300000|56.15|-6.33|1',
      '|TOTAL|450|300|66.67|13000000|7300000|56.15|-6.33|',
    ]);
  });

  it('control: "Văn phòng Cục" on the block\'s first row (an office) stays refused MISSING_PROVINCE at line 6', async () => {
    const r = await both('van-phong-cuc-2019.csv', haiTinh({ cuc: 'Văn phòng Cục' }), BY_PROVINCE);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6:2: error: this office row has no province, but line 4 has one ("Nam Định"): its figures would be summed under no province [MISSING_PROVINCE]');
  });

  it('control: an English export\'s "Provincial level" is no level thads knows: refused MISSING_PROVINCE, as before', async () => {
    const r = await both('provinces-2019.csv', [
      'No.,Province,Office,Cases with conditions,Cases resolved',
      ',Nam Dinh,Provincial level,100,80',
      '1,,My Loc,120,90',
      ',,Province total,220,170',
    ], BY_PROVINCE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:2: error: this office row has no province, but line 2 has one ("Nam Dinh"): its figures would be summed under no province [MISSING_PROVINCE]');
  });
});

describe('levels above each province\'s "Toàn tỉnh", Tỉnh merged over the three rows, saved as CSV (work81b 02)', () => {
  const CAC_TINH = [
    TITLE, ...HEAD,
    '1,Nam Định,Cấp tỉnh,100,80,5000,3000',
    ',,Cấp huyện,300,200,7000,4000',
    ',,Toàn tỉnh,400,280,12000,7000',
    '2,Thái Bình,Cấp tỉnh,50,40,1000,500',
    ',,Cấp huyện,250,150,9000,6000',
    ',,Toàn tỉnh,300,190,10000,6500',
    '3,Hà Nam,Cấp tỉnh,70,60,2000,1000',
    ',,Cấp huyện,130,90,3000,2500',
    ',,Toàn tỉnh,200,150,5000,3500',
    ',,Tổng cộng,900,620,27000,17000',
  ];

  it('each province its two levels: 400/280, 300/190, 200/150 (was three "Cấp huyện" in one province-less 680/440, exit 0)', async () => {
    const r = await both('cac-tinh-2019.csv', CAC_TINH, BY_PROVINCE);
    expect(r.code).toBe(0);
    // Nam Định 100 + 300 = 400, 80 + 200 = 280 → 70,00 %; money 12000 / 7000 → 58,33 %
    // Thái Bình 50 + 250 = 300, 40 + 150 = 190 → 63,33 %; money 10000 / 6500 → 65,00 %
    // Hà Nam 70 + 130 = 200, 60 + 90 = 150 → 75,00 %; money 2000 + 3000 = 5000, 1000 + 2500 = 3500 → 70,00 %
    // TOTAL 900 / 620 → 68,89 %; money 27000 / 17000 → 62,96 %
    expect(rows(r.stdout)).toEqual([
      'Nam Định||400|280|70.00|12000000|7000000|58.33',
      'Thái Bình||300|190|63.33|10000000|6500000|65.00',
      'Hà Nam||200|150|75.00|5000000|3500000|70.00',
      '|TOTAL|900|620|68.89|27000000|17000000|62.96',
    ]);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
    expect(r.stderr).not.toContain('PROVINCE_UNDECIDED');
  });
});

describe('a level block no whole of its province closes: thads cannot tell the merge from a blank, refused', () => {
  it('two blocks without "Toàn tỉnh": refused at the first row filled from "Nam Định | Cấp tỉnh" (was exit 0)', async () => {
    const r = await both('hai-tinh-2019.csv', [
      TITLE, ...HEAD,
      ',Nam Định,Cấp tỉnh,100,80,5000,3000',
      '1,,Mỹ Lộc,120,90,3000,2000',
      ',Thái Bình,Cấp tỉnh,50,40,1000,500',
      '1,,Hưng Hà,100,50,4000,2500',
      ',,Tổng cộng,370,260,13000,8000',
    ], BY_PROVINCE);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:2: error: this office row has no province, but line 4 has one ("Nam Định"): its figures would be summed under no province [MISSING_PROVINCE]');
    expect(r.stderr).toContain('FILE:7:2: error: this office row has no province, but line 6 has one ("Thái Bình"): its figures would be summed under no province [MISSING_PROVINCE]');
  });

  it('the provinces\' "Cấp tỉnh" listed first, then a sum and the Chi cục without a Tỉnh: refused at the first Chi cục (was province-less, exit 0)', async () => {
    const r = await both('cap-tinh-truoc-2019.csv', [
      TITLE, ...HEAD,
      ',Nam Định,Cấp tỉnh,100,80,5000,3000',
      ',Thái Bình,Cấp tỉnh,50,40,1000,500',
      ',,Cộng cấp tỉnh,150,120,6000,3500',
      '1,,Mỹ Lộc,120,90,3000,2000',
      '2,,Hưng Hà,100,50,4000,2500',
      ',,Tổng cộng,370,260,13000,8000',
    ], BY_PROVINCE);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:2: error: this office row has no province, but line 5 has one ("Thái Bình"): its figures would be summed under no province [MISSING_PROVINCE]');
  });

  // (the file naming one province only, its block is that province's whoever closes it: level-row-merged-province.test.ts, work82c 04)
  it('the file ending inside a level block, another province named above it: refused', async () => {
    const r = await both('hai-tinh-2019.csv', [
      TITLE, ...HEAD,
      ',Thái Bình,Cấp tỉnh,50,40,1000,500',
      ',,Toàn tỉnh,50,40,1000,500',
      ',Nam Định,Cấp tỉnh,100,80,5000,3000',
      '1,,Mỹ Lộc,120,90,3000,2000',
    ], BY_PROVINCE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:7:2: error: this office row has no province, but line 6 has one ("Nam Định"): its figures would be summed under no province [MISSING_PROVINCE]');
  });
  it('a Chi cục below the block its "Toàn tỉnh" closed, no Tỉnh written: refused, the level\'s Tỉnh counts as written (was province-less, exit 0)', async () => {
    const r = await both('nam-dinh-2019.csv', [
      'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      ',Nam Định,Cấp tỉnh,100,80',
      ',,Toàn tỉnh,100,80',
      '1,,Mỹ Lộc,120,90',
      ',,Tổng cộng,220,170',
    ], BY_PROVINCE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: this office row has no province, but line 2 has one ("Nam Định"): its figures would be summed under no province [MISSING_PROVINCE]');
  });
});

describe('over-reach controls: levels in ordinary files read as before', () => {
  it('one Cục\'s file without a Tỉnh column, "Cấp tỉnh / Cấp huyện / Chi cục / Toàn tỉnh": 400/280', async () => {
    const r = await both('nam-dinh-2019.csv', [
      'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      'I,Cấp tỉnh,100,80',
      'II,Cấp huyện,300,200',
      '1,Mỹ Lộc,120,90',
      '2,Vụ Bản,180,110',
      ',Toàn tỉnh,400,280',
    ]);
    expect(r.code).toBe(0);
    // 120 + 180 + 100 = 400, 90 + 110 + 80 = 280
    expect(csvColumns(r.stdout, ['province', 'district', 'cases_with_conditions', 'cases_resolved'])).toEqual([
      'Nam Định|Mỹ Lộc|120|90', 'Nam Định|Vụ Bản|180|110', 'Nam Định|Cấp tỉnh|100|80', '|TOTAL|400|280',
    ]);
  });

  it('"I | Nam Định | Cấp tỉnh" over "II | | Cấp huyện" and Chi cục with their Tỉnh written: 400/280, as before', async () => {
    const r = await both('nam-dinh-2019.csv', [
      'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      'I,Nam Định,Cấp tỉnh,100,80',
      'II,,Cấp huyện,300,200',
      '1,Nam Định,Mỹ Lộc,120,90',
      '2,Nam Định,Vụ Bản,180,110',
    ], BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    // 100 + 120 + 180 = 400, 80 + 90 + 110 = 280 (Cấp huyện 300 = 120 + 180, checked, not added)
    expect(csvColumns(r.stdout, ['province', 'cases_with_conditions', 'cases_resolved'])).toEqual(['Nam Định|400|280', '|400|280']);
  });

  it('levels BELOW "Nam Định | Toàn tỉnh" (the whole opening the block): 400/280 and 150/90, as before', async () => {
    const r = await both('below-2019.csv', [
      'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      ',Nam Định,Toàn tỉnh,400,280',
      ',,Cấp tỉnh,100,80',
      ',,Cấp huyện,300,200',
      '1,,Mỹ Lộc,120,90',
      '2,,Vụ Bản,180,110',
      ',Thái Bình,Toàn tỉnh,150,90',
      ',,Cấp tỉnh,50,40',
      ',,Cấp huyện,100,50',
      '1,,Hưng Hà,100,50',
    ], BY_PROVINCE);
    expect(r.code).toBe(0);
    // Nam Định 100 + 120 + 180 = 400, 80 + 90 + 110 = 280; Thái Bình 50 + 100 = 150, 40 + 50 = 90; 550 / 370
    expect(csvColumns(r.stdout, ['province', 'cases_with_conditions', 'cases_resolved'])).toEqual(['Nam Định|400|280', 'Thái Bình|150|90', '|550|370']);
  });

  it('the Tỉnh written on every office row, each "Toàn tỉnh" without it: 400/280 and 150/90, as before', async () => {
    const r = await both('filled-2019.csv', [
      'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      ',Nam Định,Cấp tỉnh,100,80',
      '1,Nam Định,Mỹ Lộc,120,90',
      '2,Nam Định,Vụ Bản,180,110',
      ',,Toàn tỉnh,400,280',
      ',Thái Bình,Cấp tỉnh,50,40',
      '1,Thái Bình,Hưng Hà,100,50',
      ',,Toàn tỉnh,150,90',
    ], BY_PROVINCE);
    expect(r.code).toBe(0);
    // Nam Định 100 + 120 + 180 = 400, 80 + 90 + 110 = 280; Thái Bình 50 + 100 = 150, 40 + 50 = 90
    expect(csvColumns(r.stdout, ['province', 'cases_with_conditions', 'cases_resolved'])).toEqual(['Nam Định|400|280', 'Thái Bình|150|90', '|550|370']);
  });
});

/** The Hai tinh sheet as a workbook: `merged`, the Tỉnh cell merged over each block (as Excel shows it); else left blank below. */
async function haiTinhWorkbook(name: string, merged: boolean) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 01');
  for (const line of haiTinh()) ws.addRow(line.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
  if (merged) for (const range of ['B4:B8', 'B9:B13']) ws.mergeCells(range);
  const file = join(xlsxDir, name);
  await wb.xlsx.writeFile(file);
  const { io, stdout, stderr } = memoryIo(['summarize', file, ...BY_PROVINCE], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('xlsx twins', () => {
  it('the workbook with the merged Tỉnh cells reads as its CSV now does', async () => {
    const r = await haiTinhWorkbook('hai-tinh-2019.xlsx', true);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(HAI_TINH);
  });

  it('the workbook with the Tỉnh cell left blank below "Cấp tỉnh" reads as the CSV (one rule)', async () => {
    const r = await haiTinhWorkbook('hai-tinh-blank-2019.xlsx', false);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(HAI_TINH);
  });
});
