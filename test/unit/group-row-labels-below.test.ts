// Last year's September month report (tester 68c, 05): the group row ",,Trong tháng,,,Lũy kế từ
// 01/10/2024,," over the header row that holds STT and Đơn vị itself. The group row was not
// known as one ("Trong tháng", "Trong kỳ", "Lũy kế từ đầu năm" name no year), so the month's and
// the cumulative's "Tổng số thụ lý" were read as one field twice: DUPLICATE_COLUMN, exit 1, as
// input and as --previous. A span's words make a group row as a period's do (layout.ts
// isGroupRowOver); the cumulative from 1 October is read. Totals by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-group-row-labels-below-', []);

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THÁNG 9 NĂM 2025'];
/** month: 100 80 60 and 90 70 50; cumulative: 1800 1400 1200 and 1700 1300 1100 */
const september = (groupRow: string, labels = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Tổng số thụ lý,Có điều kiện,Giải quyết xong') => [
  ...TITLE,
  groupRow,
  labels,
  '1,Phòng THADS khu vực 1,100,80,60,1800,1400,1200',
  '2,Phòng THADS khu vực 2,90,70,50,1700,1300,1100',
];
const YEAR_2026 = [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026',
  'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong',
  '1,Phòng THADS khu vực 1,2000,1500,1300',
  '2,Phòng THADS khu vực 2,1800,1400,1200',
];

/** "district total with_conditions resolved rate" of each row. */
const figures = (rows: Record<string, string>[]) => rows.map((r) => [r.district, r.cases_total, r.cases_with_conditions, r.cases_resolved, r.cases_rate].join(' '));
/** "district total_change rate_change" of each row. */
const changes = (rows: Record<string, string>[]) => rows.map((r) => [r.district, r.cases_total_change, r.cases_rate_change].join(' '));

// the cumulative: 1200/1400 = 85.714, 1100/1300 = 84.615; total 1800+1700 = 3500, 1400+1300 = 2700,
// 1200+1100 = 2300, 2300/2700 = 85.185
const CUMULATIVE_2025 = ['Phòng THADS khu vực 1 1800 1400 1200 85.71', 'Phòng THADS khu vực 2 1700 1300 1100 84.62', 'TOTAL 3500 2700 2300 85.19'];
// 2026: 1300/1500 = 86.667, 1200/1400 = 85.714, 2500/2900 = 86.207; against 2025:
// 2000 − 1800 = 200, 86.667 − 85.714 = 0.95; 1800 − 1700 = 100, 85.714 − 84.615 = 1.10;
// 3800 − 3500 = 300, 86.207 − 85.185 = 1.02
const CHANGES = ['Phòng THADS khu vực 1 200 0.95', 'Phòng THADS khu vực 2 100 1.10', 'TOTAL 300 1.02'];

const GROUP_ROWS = [
  ',,Trong tháng,,,Lũy kế từ 01/10/2024,,',
  ',,Trong kỳ,,,Lũy kế từ đầu năm,,',
  ',,TRONG THÁNG,,,LŨY KẾ TỪ ĐẦU NĂM,,',
  ',,Trong thang,,,Luy ke tu 01/10/2024,,',
];

describe('a month report whose labels STT, Đơn vị sit in the header row under its group row', () => {
  it.each(GROUP_ROWS)('as input: "%s" reads the cumulative (was DUPLICATE_COLUMN)', async (groupRow) => {
    const r = await summarizeCsvRows(dir, [write('ninh-binh-thang-9-2025.csv', september(groupRow))], ['--measure', 'cases', '--year', '2025']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('DUPLICATE_COLUMN');
    expect(figures(r.rows)).toEqual(CUMULATIVE_2025);
  });

  it.each(GROUP_ROWS)('as --previous: "%s" gives the changes on the cumulative', async (groupRow) => {
    const previous = write('ninh-binh-thang-9-2025.csv', september(groupRow));
    const r = await summarizeCsvRows(dir, [write('ninh-binh-2026.csv', YEAR_2026)], ['--measure', 'cases', '--previous', previous]);
    expect(r.code).toBe(0);
    expect(changes(r.rows)).toEqual(CHANGES);
  });

  it('English: "This month | Cumulative from 01/10/2024" over "No., Office, …"', async () => {
    const lines = september(',,This month,,,Cumulative from 01/10/2024,,', 'No.,Office,Total cases,Cases with conditions,Cases resolved,Total cases,Cases with conditions,Cases resolved');
    const r = await summarizeCsvRows(dir, [write('ninh-binh-thang-9-2025.csv', lines)], ['--measure', 'cases', '--year', '2025']);
    expect(r.code).toBe(0);
    expect(figures(r.rows)).toEqual(CUMULATIVE_2025);
  });

  it('a workbook of the same shape: the cumulative read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of september(',,Trong tháng,,,Lũy kế từ 01/10/2024,,')) ws.addRow(line.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    await wb.xlsx.writeFile(join(dir, 'ninh-binh-thang-9-2025.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'ninh-binh-thang-9-2025.xlsx')], ['--measure', 'cases', '--year', '2025']);
    expect(r.code).toBe(0);
    expect(figures(r.rows)).toEqual(CUMULATIVE_2025);
  });

  it('control: "Tháng 9/2025 | Lũy kế từ 01/10/2024" reads as before', async () => {
    const r = await summarizeCsvRows(dir, [write('ninh-binh-thang-9-2025.csv', september(',,Tháng 9/2025,,,Lũy kế từ 01/10/2024,,'))], ['--measure', 'cases', '--year', '2025']);
    expect(r.code).toBe(0);
    expect(figures(r.rows)).toEqual(CUMULATIVE_2025);
  });

  it('control: STT, Đơn vị in the group row read as before', async () => {
    const lines = september('STT,Đơn vị,Trong tháng,,,Lũy kế từ 01/10/2024,,', ',,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Tổng số thụ lý,Có điều kiện,Giải quyết xong');
    const r = await summarizeCsvRows(dir, [write('ninh-binh-thang-9-2025.csv', lines)], ['--measure', 'cases', '--year', '2025']);
    expect(r.code).toBe(0);
    expect(figures(r.rows)).toEqual(CUMULATIVE_2025);
  });

  it('control: a repeated field under no group row is still refused', async () => {
    const lines = september('', 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Tổng số thụ lý,Có điều kiện,Giải quyết xong').filter((l) => l !== '');
    const r = await summarizeCsvRows(dir, [write('ninh-binh-thang-9-2025.csv', lines)], ['--measure', 'cases', '--year', '2025']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ninh-binh-thang-9-2025.csv:3:6: error: column "Tổng số thụ lý" repeats cases_total (column 3) [DUPLICATE_COLUMN]');
  });

  it('control: a year-end file "Về việc | Về tiền" over the labels reads as before', async () => {
    // cases: 1300/1500 = 86.67, 1200/1400 = 85.71; money: 20/40 = 50.00, 30/50 = 60.00
    const lines = [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026',
      ',,Về việc,,,Về tiền (nghìn đồng),,',
      'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Tổng số thụ lý,Có điều kiện,Giải quyết xong',
      '1,Phòng THADS khu vực 1,2000,1500,1300,60,40,20',
      '2,Phòng THADS khu vực 2,1800,1400,1200,70,50,30',
    ];
    const r = await summarizeCsvRows(dir, [write('ninh-binh-2026.csv', lines)], []);
    expect(r.code).toBe(0);
    expect(r.rows.map((x) => [x.district, x.cases_rate, x.money_rate].join(' '))).toEqual(['Phòng THADS khu vực 1 86.67 50.00', 'Phòng THADS khu vực 2 85.71 60.00', 'TOTAL 86.21 55.56']);
  });
});
