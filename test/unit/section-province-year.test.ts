// A section row naming a province over rows whose year only a Năm column gives (no year in the
// title or the file's name): "THỪA THIÊN HUẾ" over rows of 2019 printed the 2025 name "Huế"
// (exit 0). The section's name is now read in the year of each row under it
// (ListStructure.provinceOf), as a title's is in the report's year (nameInYear).
// Both readers agree (bothOnFiles, summarizeCsvRows). Totals by hand (with conditions / completed):
//   Phong Điền 100 / 80, Quảng Điền 200 / 150 → 100 + 200 = 300 / 80 + 150 = 230;
//   Phòng THADS khu vực 1 (2025) 300 / 240.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bothOnFiles, bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir } = bothReaders('thads-section-province-year-', []);
const HEADER = 'STT;Đơn vị;Năm;Có điều kiện;Thi hành xong';
const HUE_OFFICES = (year: number) => [`1;Chi cục THADS huyện Phong Điền;${year};100;80`, `2;Chi cục THADS huyện Quảng Điền;${year};200;150`];
const CSV = ['--format', 'csv', '--measure', 'cases', '--by', 'year,district'];
/** province, district, year, with conditions, completed of each row */
const keyRows = (stdout: string) => {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (c: string) => head!.indexOf(c);
  return rows.map((r) => [r[at('province')], r[at('district')], r[at('year')], r[at('cases_with_conditions')], r[at('cases_completed')]].join(','));
};
const HUE_2019 = ['Thừa Thiên Huế,Chi cục THADS huyện Phong Điền,2019,100,80', 'Thừa Thiên Huế,Chi cục THADS huyện Quảng Điền,2019,200,150', ',TOTAL,2019,300,230'];

describe('a section row\'s province in the year of the rows under it (a Năm column, no year in title or name)', () => {
  it.each([
    ['I;THỪA THIÊN HUẾ;;;'],
    ['I;TỈNH THỪA THIÊN HUẾ;;;'],
    ['II;Cục THADS tỉnh TT Huế;;;'],
    [';THỪA THIÊN HUẾ;;;'],
  ])('"%s" over rows of 2019: Thừa Thiên Huế (it printed Huế)', async (section) => {
    const r = await bothOnFiles(dir, { 'bao-cao-viec.csv': ['TỔNG CỤC THI HÀNH ÁN DÂN SỰ', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', HEADER, section, ...HUE_OFFICES(2019)] }, CSV);
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(HUE_2019);
  });

  it('sub-items under the province\'s item row with its subtotal ("1 | THADS tỉnh Thừa Thiên Huế | 300 | 230"): Thừa Thiên Huế', async () => {
    const r = await bothOnFiles(dir, { 'bao-cao-muc.csv': ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', HEADER, '1;THADS tỉnh Thừa Thiên Huế;2019;300;230', '1.1;Chi cục THADS huyện Phong Điền;2019;100;80', '1.2;Chi cục THADS huyện Quảng Điền;2019;200;150'] }, CSV);
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(HUE_2019);
  });

  it('in a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', HEADER, 'I;THỪA THIÊN HUẾ;;;', ...HUE_OFFICES(2019)]) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    await wb.xlsx.writeFile(join(dir, 'bao-cao.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'bao-cao.xlsx')], CSV.slice(2)); // (summarizeCsvRows says --format csv)
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(HUE_2019);
  });

  // over-reach: 2025's rows keep the 2025 name, whatever the section writes
  it.each([['I;THỪA THIÊN HUẾ;;;'], ['I;HUẾ;;;']])('"%s" over rows of 2025: Huế', async (section) => {
    const r = await bothOnFiles(dir, { 'bao-cao-viec.csv': ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', HEADER, section, '1;Phòng THADS khu vực 1;2025;300;240'] }, CSV);
    expect(r.code).toBe(0);
    // 300 / 240
    expect(keyRows(r.stdout)).toEqual(['Huế,Phòng THADS khu vực 1,2025,300,240', ',TOTAL,2025,300,240']);
  });

  it('rows of 2019 and 2025 under one section: each by its own year', async () => {
    const r = await bothOnFiles(dir, { 'bao-cao-viec.csv': ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', HEADER, 'I;THỪA THIÊN HUẾ;;;', '1;Chi cục THADS huyện Phong Điền;2019;100;80', '2;Phòng THADS khu vực 1;2025;300;240'] }, CSV);
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Thừa Thiên Huế,Chi cục THADS huyện Phong Điền,2019,100,80', 'Huế,Phòng THADS khu vực 1,2025,300,240', ',TOTAL,2019,100,80', ',TOTAL,2025,300,240']);
  });

  it('a 2025 report named for its year with a section "HUẾ" (no Năm column): Huế, as before', async () => {
    const r = await bothOnFiles(dir, { 'bao-cao-viec-2025.csv': ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'STT;Đơn vị;Có điều kiện;Thi hành xong', 'I;HUẾ;;', '1;Phòng THADS khu vực 1;300;240'] }, CSV);
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Huế,Phòng THADS khu vực 1,2025,300,240', ',TOTAL,2025,300,240']);
  });
});
