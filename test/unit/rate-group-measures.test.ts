// A summary's groups "Có điều kiện | Giải quyết xong | Tỷ lệ (%)", each split into "Việc | Tiền"
// (finding work54b/02): a group thads ignores ("Tỷ lệ (%)", "Chỉ tiêu giao (%)", "Xếp hạng", "Ghi
// chú") over "Việc | Tiền" kept the row from being read as the header's sub-column row, and the
// whole file was refused MEASURE_UNKNOWN at "Có điều kiện". The rule (layout.ts isSubHeaderRow,
// ignoredGroupOf): an ignored group's sub-columns are that group's, ignored as it is, and the known
// groups are read by measure. Both readers agree; totals by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-rate-group-measures-', []);
const run = (name: string, lines: readonly string[]) => summarizeCsvRows(dir, [write(name, lines)], []);
const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI,,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025,,,,,,,', 'Đơn vị tính: Việc; nghìn đồng,,,,,,,'];
/**
 * Khu vực 1: 1.500 / 1.300 việc, 8.000.000 / 4.000.000 nghìn đồng; khu vực 2: 2.800 / 2.400 việc,
 * 10.000.000 / 6.000.000 nghìn đồng; the last group's cells as `last`.
 */
const summary = (group: string, cases = 'Việc', money = 'Tiền', names = ['Có điều kiện', 'Giải quyết xong'], last = ['"86,67","50,00"', '"85,71","60,00"', '"86,05","55,56"']) => [
  ...TITLE,
  `STT,Đơn vị,${names[0]},,${names[1]},,${group},`,
  `,,${cases},${money},${cases},${money},${cases},${money}`,
  `1,Phòng THADS khu vực 1,1500,"8.000.000",1300,"4.000.000",${last[0]}`,
  `2,Phòng THADS khu vực 2,2800,"10.000.000",2400,"6.000.000",${last[1]}`,
  `,Tổng cộng,4300,"18.000.000",3700,"10.000.000",${last[2]}`,
];
/**
 * By hand (money × 1.000 đồng): khu vực 1 1300/1500 = 86,67 %, 4/8 tỷ = 50,00 %; khu vực 2
 * 2400/2800 = 85,71 %, 6/10 tỷ = 60,00 %; total 3700/4300 = 86,05 % (83,9 % + 2,15), 10/18 tỷ =
 * 55,56 % (51,9 % + 3,66).
 */
const EXPECTED = [
  ['Phòng THADS khu vực 1', '1500', '1300', '86.67', '2.77', '8000000000', '4000000000', '50.00', '-1.90'],
  ['Phòng THADS khu vực 2', '2800', '2400', '85.71', '1.81', '10000000000', '6000000000', '60.00', '8.10'],
  ['TOTAL', '4300', '3700', '86.05', '2.15', '18000000000', '10000000000', '55.56', '3.66'],
];
const figures = (rows: Record<string, string>[]) =>
  rows.map((r) => [r.district, r.cases_with_conditions, r.cases_resolved, r.cases_rate, r.cases_gap_pp, r.money_with_conditions, r.money_resolved, r.money_rate, r.money_gap_pp]);

describe('"Việc | Tiền" under a group thads ignores, beside the figures\' groups', () => {
  it('the finding: "Tỷ lệ (%)" over "Việc | Tiền" is ignored silently, the figures read in each measure', async () => {
    const r = await run('gia-lai-2025.csv', summary('Tỷ lệ (%)'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(figures(r.rows)).toEqual(EXPECTED);
  });

  it.each([
    ['Tỷ lệ'],
    ['TỶ LỆ (%)'],
    ['Ty le (%)'],
    ['Tỷ lệ giải quyết xong (%)'],
    ['Xếp hạng'],
    ['So với cùng kỳ (%)'],
    ['Ghi chú'],
    ['Thứ hạng'], // round 56a, 01
    ['Đánh giá'],
  ])('"%s" over "Việc | Tiền": ignored, the same totals', async (group) => {
    const r = await run('gia-lai-2025.csv', summary(group));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(figures(r.rows)).toEqual(EXPECTED);
  });

  it('"Số việc | Số tiền" under each group, the rate group "Tỷ lệ" too', async () => {
    const r = await run('gia-lai-2025.csv', summary('Tỷ lệ', 'Số việc', 'Số tiền'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(figures(r.rows)).toEqual(EXPECTED);
  });

  it('an English export: "With conditions | Resolved | Rate (%)" over "Cases | Money"', async () => {
    const r = await run('gia-lai-2025.csv', summary('Rate (%)', 'Cases', 'Money', ['With conditions', 'Resolved']));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(figures(r.rows)).toEqual(EXPECTED);
  });

  // a comparison's group over "Việc | Tiền" (round 56a, 01: MEASURE_UNKNOWN for the whole file):
  // each sub-column said as the group's one column is, another period's, not read
  it.each([['Tăng/giảm so với cùng kỳ'], ['So với năm 2024'], ['Cùng kỳ năm 2024'], ['Vượt/thiếu chỉ tiêu'], ['Kết quả so với chỉ tiêu']])(
    '"%s" over "Việc | Tiền": warned, not read; the same totals',
    async (group) => {
      const r = await run('gia-lai-2025.csv', summary(group));
      expect(r.code).toBe(0);
      expect(r.stderr.split('\n').filter((l) => l.includes('warning:'))).toEqual([7, 8].map((c) => `gia-lai-2025.csv:5:${c}: warning: column "${group}" names a period or a plan ("${group}"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]`));
      expect(figures(r.rows)).toEqual(EXPECTED);
    },
  );

  it('"Chỉ tiêu giao (%)" over "Việc | Tiền": the targets said once, not read; the same totals', async () => {
    const r = await run('gia-lai-2025.csv', summary('Chỉ tiêu giao (%)', 'Việc', 'Tiền', undefined, ['"83,9","51,9"', '"83,9","51,9"', ',']));
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('warning'))).toEqual([
      'gia-lai-2025.csv:5:7: warning: column "Chỉ tiêu giao (%)" states targets; thads does not read them: rates are held against --target-cases/--target-money, the config\'s targets or the national ones [TARGET_COLUMN_IGNORED]',
    ]);
    expect(figures(r.rows)).toEqual(EXPECTED);
  });

  it('the workbook, group cells merged over their two sub-columns, reads as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    const cell = (c: string) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c);
    ws.addRow(['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI']);
    ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025']);
    ws.addRow(['Đơn vị tính: Việc; nghìn đồng']);
    ws.addRow(['STT', 'Đơn vị', 'Có điều kiện', null, 'Giải quyết xong', null, 'Tỷ lệ (%)', null]);
    ws.addRow([null, null, 'Việc', 'Tiền', 'Việc', 'Tiền', 'Việc', 'Tiền']);
    ws.addRow(['1', 'Phòng THADS khu vực 1', '1500', '8000000', '1300', '4000000'].map(cell).concat([86.67, 50]));
    ws.addRow(['2', 'Phòng THADS khu vực 2', '2800', '10000000', '2400', '6000000'].map(cell).concat([85.71, 60]));
    ws.addRow([null, 'Tổng cộng', 4300, 18000000, 3700, 10000000, 86.05, 55.56]);
    for (const range of ['A4:A5', 'B4:B5', 'C4:D4', 'E4:F4', 'G4:H4']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'gia-lai-2025.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'gia-lai-2025.xlsx')], []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(figures(r.rows)).toEqual(EXPECTED);
  });
});

describe('over-reach: what read before reads the same, what was refused stays refused', () => {
  it('the control, without the rate group: the same totals (3700/4300, 10/18 tỷ)', async () => {
    const lines = [
      ...TITLE.map((l) => l.slice(0, -2)),
      'STT,Đơn vị,Có điều kiện,,Giải quyết xong,',
      ',,Việc,Tiền,Việc,Tiền',
      '1,Phòng THADS khu vực 1,1500,"8.000.000",1300,"4.000.000"',
      '2,Phòng THADS khu vực 2,2800,"10.000.000",2400,"6.000.000"',
      ',Tổng cộng,4300,"18.000.000",3700,"10.000.000"',
    ];
    const r = await run('control-gia-lai-2025.csv', lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(figures(r.rows)).toEqual(EXPECTED);
  });

  it('a known group in the rate group\'s place ("Chưa có điều kiện") is read as its figure: 200 + 300 việc, 1 + 2 tỷ', async () => {
    const r = await run('gia-lai-2025.csv', summary('Chưa có điều kiện', 'Việc', 'Tiền', undefined, ['200,"1.000.000"', '300,"2.000.000"', '500,"3.000.000"']));
    expect(r.code).toBe(0);
    expect(figures(r.rows)).toEqual(EXPECTED);
    const t = r.rows.find((row) => row.district === 'TOTAL')!;
    // 200 + 300 = 500 việc; (1.000.000 + 2.000.000) × 1.000 = 3.000.000.000 đồng
    expect([t.cases_without_conditions, t.money_without_conditions]).toEqual(['500', '3000000000']);
  });

  it('an unknown group over "Việc | Tiền" ("Thụ lí", misspelled, with figures) is refused as before, never dropped', async () => {
    const r = await run('gia-lai-2025.csv', summary('Thụ lí', 'Việc', 'Tiền', undefined, ['1800,"9.000.000"', '3000,"11.000.000"', '4800,"20.000.000"']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('gia-lai-2025.csv:4:3: error: column "Có điều kiện" does not say whether it counts cases or money [MEASURE_UNKNOWN]');
  });

  it('the forms\' count | share ("Số việc | Tỷ lệ (%)" under each group) still reads the count: 1300/1500 + 2400/2800', async () => {
    const lines = [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025',
      'STT,Đơn vị,Có điều kiện,,Giải quyết xong,',
      ',,Số việc,Tỷ lệ (%),Số việc,Tỷ lệ (%)',
      '1,Phòng THADS khu vực 1,1500,"53,57",1300,"35,14"',
      '2,Phòng THADS khu vực 2,2800,"100,00",2400,"64,86"',
    ];
    const r = await run('gia-lai-viec-2025.csv', lines);
    expect(r.code).toBe(0);
    const t = r.rows.find((row) => row.district === 'TOTAL')!;
    // 1500 + 2800 = 4300, 1300 + 2400 = 3700, 3700 / 4300 = 86,05 %
    expect([t.cases_with_conditions, t.cases_resolved, t.cases_rate, t.money_with_conditions]).toEqual(['4300', '3700', '86.05', '']);
  });
});
