// Names that are not the report's year or office (round 68b, 03–04): a tab named after its form
// and circular ("Biểu 01 (TT05-2024)" in a report of 2025) was refused as a sheet of 2024; an
// office's tab or file named after the Cục or its province ("Cuc THADS Ninh Binh 2024.xlsx", tab
// "KS" titled "CHI CỤC THADS HUYỆN KIM SƠN") was refused as naming a rival office. Both read now;
// a sheet that names another year, a name that names another office or another province's
// office, stay refused.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-sheet-names-', ['--format', 'json']);

const HEADER = ['STT', 'Đơn vị', 'Tổng số phải thi hành', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ thi hành án'];

/** A workbook `file` whose sheets are [name, rows]; its path. */
async function workbook(file: string, sheets: readonly (readonly [string, readonly (readonly (string | number)[])[]])[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow([...row]);
  }
  const path = join(dir, file);
  await wb.xlsx.writeFile(path);
  return path;
}

async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, stdout, stderr } = memoryIo(['summarize', ...args], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr().split(`${dir}/`).join('') };
}

/** The Cục's report of three offices under `title`. */
const cucSheet = (title: string) => [
  ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'],
  [title],
  ['Đơn vị tính: Việc'],
  HEADER,
  [1, 'Chi cục THADS huyện Kim Sơn', 500, 400, 300, 20],
  [2, 'Chi cục THADS huyện Yên Khánh', 300, 250, 180, 10],
  [3, 'Chi cục THADS huyện Yên Mô', 200, 150, 90, 5],
  ['', 'Tổng cộng', 1000, 800, 570, 35],
];
const OF_2025 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025';
const OF_2024 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2024';

// By hand: to execute 500 + 300 + 200 = 1000; with conditions 400 + 250 + 150 = 800; completed
// 300 + 180 + 90 = 570; terminated 20 + 10 + 5 = 35; resolved 570 + 35 = 605; rate 605 / 800 = 75.625 → 75.63
const CUC_TOTAL = { toExecute: '1000', withConditions: '800', completed: '570', terminated: '35', resolved: '605', rate: '75.63' };

describe('a sheet named after its form and circular: the circular\'s year is no year of the figures', () => {
  it.each([
    ['Biểu 01 (TT05-2024)', 'bao-cao-viec-2025.xlsx', OF_2025, 2025],
    ['BIỂU 01 (TT05-2024)', 'bao-cao-viec-2025.xlsx', OF_2025, 2025],
    ['Bieu 01 - TT 05.2024', 'bao-cao-viec-2025.xlsx', OF_2025, 2025],
    ['Thông tư 05-2024', 'bao-cao-viec-2025.xlsx', OF_2025, 2025],
    ['Mẫu 07 TT06-2019', 'bao-cao-viec-2024.xlsx', OF_2024, 2024],
    ['Biểu 07-TT06-2019', 'bao-cao-viec-2024.xlsx', OF_2024, 2024],
    ['B07 TT06.2019', 'bao-cao-viec-2024.xlsx', OF_2024, 2024],
    ['TT06-2019', 'bao-cao-viec-2024.xlsx', OF_2024, 2024],
    ['Thong tu so 06-2019', 'bao-cao-viec-2024.xlsx', OF_2024, 2024],
    // the circular in a report of its own year (over-reach control: read as before)
    ['Biểu 01 (TT05-2024)', 'bc-viec-2024.xlsx', OF_2024, 2024],
  ])('tab "%s" in %s: read as the title\'s year, 1000 / 800 / 570 / 35', async (sheet, file, title, year) => {
    const path = await workbook(file, [[sheet, cucSheet(title)]]);
    const r = await run([path, '--by', 'none', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.year).toBe(year);
    expect(body.total.cases).toMatchObject(CUC_TOTAL);
  });

  it('--year 2025 on "Biểu 01 (TT05-2024)": no warning that the sheet says another year', async () => {
    const path = await workbook('bao-cao-viec-2025.xlsx', [['Biểu 01 (TT05-2024)', cucSheet(OF_2025)]]);
    const r = await run([path, '--year', '2025', '--by', 'none', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(CUC_TOTAL);
  });

  // over-reach controls: a year the sheet's name states itself is still its year
  it.each([
    ['2024', '2024'],
    ['Mẫu 04 TT05-2024 năm 2024', '2024'],
    // a number beside a year without a mark may be the form and its figures' year: read as a year
    ['Biểu 01 TT05 2024', '2024'],
  ])('tab "%s" in a report of 2025: refused, the sheet says %s', async (sheet, says) => {
    const path = await workbook('bao-cao-viec-2025.xlsx', [[sheet, cucSheet(OF_2025)]]);
    const r = await run([path, '--by', 'none', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`bao-cao-viec-2025.xlsx:${sheet}: error: the title (line 2) says the year is 2025, but the sheet's name "${sheet}" says ${says} [YEAR_CONFLICT]`);
  });
});

/** One office's sheet by enforcer, titled `title` lines. */
const OFFICE_ROWS = ['STT,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong', '1,Nguyễn Văn An,250,160', '2,Trần Thị Bình,150,100'];
const KIM_SON = ['CHI CỤC THADS HUYỆN KIM SƠN', 'BÁO CÁO THEO CHẤP HÀNH VIÊN NĂM 2024', ...OFFICE_ROWS];

describe('a file named after the Cục or its province names its office\'s province, not a rival office', () => {
  // By hand: with conditions 250 + 150 = 400; resolved 160 + 100 = 260; rate 260 / 400 = 65.00
  it.each([
    // "Cục" (or "tỉnh" first) calls the name a province: it gives the rows theirs
    ['Cuc THADS Ninh Binh 2024.csv', 'Ninh Bình'],
    ['Cục THADS tỉnh Ninh Bình 2024.csv', 'Ninh Bình'],
    ['CUC THA NINH BINH 2024.csv', 'Ninh Bình'],
    // so do the agency's words alone ("THADS", "THA DS": one list, domain/agency-words.ts, since work84b 01)
    ['BC THADS Ninh Binh nam 2024.csv', 'Ninh Bình'],
    ['THADS tinh Ninh Binh 2024.csv', 'Ninh Bình'],
    // a bare province's name may be a district's or a city's: it gives no province to one office (provinceForRows)
    ['Ninh Binh 2024.csv', null],
    ['ninh-binh-2024.csv', null],
  ])('%s titled "CHI CỤC THADS HUYỆN KIM SƠN": Huyện Kim Sơn (province %s), 400 / 260', async (name, province) => {
    const r = await both(name, KIM_SON);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.groups.map((g: { province: string | null; district: string }) => [g.province, g.district])).toEqual([[province, 'Huyện Kim Sơn']]);
    expect(body.total.cases).toMatchObject({ withConditions: '400', resolved: '260', rate: '65.00' });
  });

  it('the Cục\'s workbook, its office\'s tab: Huyện Kim Sơn of Ninh Bình, 500 / 400 / 300 / 20', async () => {
    const office = (name: string, [a, b]: readonly (readonly number[])[]) => [
      [name.toUpperCase()], ['BÁO CÁO THEO CHẤP HÀNH VIÊN NĂM 2024'], ['Đơn vị tính: Việc'],
      ['STT', 'Chấp hành viên', ...HEADER.slice(2)], [1, 'Nguyễn Văn A', ...a!], [2, 'Trần Thị B', ...b!],
    ];
    const path = await workbook('Cuc THADS Ninh Binh 2024.xlsx', [
      ['Tổng hợp', cucSheet(OF_2024)],
      ['KS', office('Chi cục THADS huyện Kim Sơn', [[250, 200, 150, 10], [250, 200, 150, 10]])],
      ['YK', office('Chi cục THADS huyện Yên Khánh', [[150, 125, 90, 5], [150, 125, 90, 5]])],
    ]);
    const r = await run([path, '--sheet', 'KS', '--format', 'json']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.groups.map((g: { province: string | null; district: string }) => [g.province, g.district])).toEqual([['Ninh Bình', 'Huyện Kim Sơn']]);
    // 250 + 250 = 500; 200 + 200 = 400; 150 + 150 = 300; 10 + 10 = 20; resolved 320; 320 / 400 = 80.00
    expect(body.total.cases).toMatchObject({ toExecute: '500', withConditions: '400', completed: '300', terminated: '20', resolved: '320', rate: '80.00' });
  });

  // over-reach controls
  it('a name that names another office is still refused: "Mỹ Lộc 2019.csv" titled Vụ Bản', async () => {
    const r = await both('Mỹ Lộc 2019.csv', ['CHI CỤC THADS HUYỆN VỤ BẢN', 'BÁO CÁO NĂM 2019', ...OFFICE_ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1: error: the file name "Mỹ Lộc 2019.csv" says the office is Mỹ Lộc, but the title (line 1) says Huyện Vụ Bản: which office\'s figures these are cannot be told [OFFICE_NAME_CONFLICT]');
  });

  it.each([
    ['Ninh Binh 2024.csv', ['CHI CỤC THADS HUYỆN KIM SƠN, TỈNH NAM ĐỊNH', 'BÁO CÁO NĂM 2024'], 1, 'Ninh Binh', 'Huyện Kim Sơn'],
    ['Cuc THADS Ninh Binh 2024.csv', ['CỤC THADS TỈNH NAM ĐỊNH', 'CHI CỤC THADS HUYỆN MỸ LỘC', 'BÁO CÁO NĂM 2024'], 2, 'Cuc THADS Ninh Binh', 'Huyện Mỹ Lộc'],
  ])('%s under an office of another province\'s title: still refused', async (name, title, line, says, office) => {
    const r = await both(name, [...title, ...OFFICE_ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:${line}: error: the file name "${name}" says the office is ${says}, but the title (line ${line}) says ${office}: which office's figures these are cannot be told [OFFICE_NAME_CONFLICT]`);
  });

  it('"Ninh Binh 2024.csv" titled the city\'s office: the name\'s office, as before', async () => {
    const r = await both('Ninh Binh 2024.csv', ['CHI CỤC THADS THÀNH PHỐ NINH BÌNH', 'BÁO CÁO NĂM 2024', ...OFFICE_ROWS]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.groups.map((g: { district: string }) => g.district)).toEqual(['Ninh Binh']);
    expect(body.total.cases).toMatchObject({ withConditions: '400', resolved: '260' });
  });
});
