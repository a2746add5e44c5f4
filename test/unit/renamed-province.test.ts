// A province renamed without a merger, printed by the name of the report's year: Thừa Thiên Huế
// became the city of Huế (1/1/2025, kept as one of the 34). A 2019 file titled "CỤC THADS TỈNH
// THỪA THIÊN HUẾ" printed its offices' province as "Huế"; a 2025 file named
// "thua-thien-hue-2025.csv" printed "Thừa Thiên Huế". Title lines, section rows and file names
// now print the year's name (nameInYear); province cells stay as written, as every province's do.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, type Files } from '../helpers/both-readers.js';
import { keyRows } from '../helpers/key-rows.js';
import { nameInYear, PROVINCES_2025 } from '../../src/domain/provinces.js';
import { provinceOfGroup } from '../../src/input/row-labels.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-renamed-province-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const CSV = ['--format', 'csv'];
const both = (files: Files, args: readonly string[] = CSV) => bothOnFiles(dir, files, args);
const report = (year: number) => `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year}`;
// 100/80 + 200/150 = 300/230 (76.67 %)
const OFFICES_2019 = ['Chi cục THADS huyện Phú Vang,100,80', 'Chi cục THADS thị xã Hương Thủy,200,150'];
const rows2019 = (province: string) => [`${province},Chi cục THADS huyện Phú Vang,100,80`, `${province},Chi cục THADS thị xã Hương Thủy,200,150`, `,TOTAL,300,230`];

describe('nameInYear, provinceOfGroup', () => {
  it.each([
    ['Huế', 2019, 'Thừa Thiên Huế'],
    ['Huế', 2024, 'Thừa Thiên Huế'],
    ['Thừa Thiên Huế', 2025, 'Huế'],
    ['Thừa Thiên Huế', 2026, 'Huế'],
    ['Huế', null, 'Huế'],
    // merged away: its own name in its last year and after (the row is rolled up elsewhere)
    ['Nam Định', 2025, 'Nam Định'],
    ['Gia Lai', 2019, 'Gia Lai'],
    ['Khu vực 1', 2019, 'Khu vực 1'],
  ] as const)('%s in %s → %s', (name, year, printed) => expect(nameInYear(name, year)).toBe(printed));

  it.each([
    ['THỪA THIÊN HUẾ', 2019, 'Thừa Thiên Huế'],
    ['CỤC THADS TỈNH THỪA THIÊN HUẾ', 2019, 'Thừa Thiên Huế'],
    ['Cục THADS tỉnh TT Huế', 2019, 'Thừa Thiên Huế'],
    ['TỈNH THỪA THIÊN - HUẾ', 2019, 'Thừa Thiên Huế'],
    ['Tinh Thua Thien Hue', 2019, 'Thừa Thiên Huế'],
    ['THÀNH PHỐ HUẾ', 2025, 'Huế'],
    ['TỈNH THỪA THIÊN HUẾ', 2025, 'Huế'],
    ['TỈNH GIA LAI', 2019, 'Gia Lai'],
  ] as const)('%s (%s) → %s', (text, year, printed) => expect(provinceOfGroup(text, year)).toBe(printed));

  it('no other province of the 34 was renamed without a merger: each keeps a name it was formed from', () => {
    const renamed = PROVINCES_2025.filter((p) => !p.formedFrom.includes(p.name)).map((p) => `${p.formedFrom.join('+')} → ${p.name}`);
    expect(renamed).toEqual(['Thừa Thiên Huế → Huế']);
  });
});

describe('a 2019 report of Thừa Thiên Huế prints Thừa Thiên Huế', () => {
  it.each(['CỤC THADS TỈNH THỪA THIÊN HUẾ', 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH THỪA THIÊN - HUẾ', 'CỤC THADS TỈNH TT HUẾ', 'CUC THADS TINH THUA THIEN HUE'])('title "%s"', async (title) => {
    const r = await both({ 'bao-cao-viec-2019.csv': [title, report(2019), CASES, ...OFFICES_2019] });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(rows2019('Thừa Thiên Huế'));
  });

  it('the year from a Năm column: each row by its own year', async () => {
    const r = await both({ 'tt-hue.csv': ['CỤC THADS TỈNH THỪA THIÊN HUẾ', `Năm,${CASES}`, '2019,Chi cục THADS huyện Phú Vang,100,80', '2025,Phòng THADS khu vực 1,300,240'] }, ['--by', 'year,district', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Thừa Thiên Huế,Chi cục THADS huyện Phú Vang,100,80', 'Huế,Phòng THADS khu vực 1,300,240', ',TOTAL,100,80', ',TOTAL,300,240']);
  });

  it('section rows: "TỈNH THỪA THIÊN HUẾ" and, unchanged, "TỈNH QUẢNG TRỊ"', async () => {
    const r = await both({ 'bac-trung-bo-2019.csv': [report(2019), CASES, 'TỈNH THỪA THIÊN HUẾ,,', 'Chi cục THADS huyện Phú Vang,100,80', 'TỈNH QUẢNG TRỊ,,', 'Chi cục THADS huyện Gio Linh,60,30'] });
    expect(r.code).toBe(0);
    // 100/80 + 60/30 = 160/110
    expect(keyRows(r.stdout)).toEqual(['Thừa Thiên Huế,Chi cục THADS huyện Phú Vang,100,80', 'Quảng Trị,Chi cục THADS huyện Gio Linh,60,30', ',TOTAL,160,110']);
  });

  it('the file name "thua-thien-hue-2019.csv", as before', async () => {
    const r = await both({ 'thua-thien-hue-2019.csv': [report(2019), CASES, ...OFFICES_2019] });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(rows2019('Thừa Thiên Huế'));
  });

  it('the file name "hue-2019.csv"', async () => {
    const r = await both({ 'hue-2019.csv': [report(2019), CASES, ...OFFICES_2019] });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(rows2019('Thừa Thiên Huế'));
  });

  it('in a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of [['CỤC THADS TỈNH THỪA THIÊN HUẾ'], [report(2019)], CASES.split(','), ['Chi cục THADS huyện Phú Vang', 100, 80], ['Chi cục THADS thị xã Hương Thủy', 200, 150]]) ws.addRow(line);
    const file = join(dir, 'bao-cao-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...CSV], { env: {} });
    expect(await main(io)).toBe(0);
    expect(stderr()).toBe('');
    expect(keyRows(stdout())).toEqual(rows2019('Thừa Thiên Huế'));
  });
});

describe('2025 and later print Huế', () => {
  // 300/240 = 80 %
  it.each(['THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HUẾ', 'CỤC THADS TỈNH THỪA THIÊN HUẾ'])('title "%s" of 2025', async (title) => {
    const r = await both({ 'bao-cao-viec-2025.csv': [title, report(2025), CASES, 'Phòng THADS khu vực 1,300,240'] });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Huế,Phòng THADS khu vực 1,300,240', ',TOTAL,300,240']);
  });

  it('the file name "thua-thien-hue-2025.csv" (it printed Thừa Thiên Huế)', async () => {
    const r = await both({ 'thua-thien-hue-2025.csv': [report(2025), CASES, 'Phòng THADS khu vực 1,300,240'] });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Huế,Phòng THADS khu vực 1,300,240', ',TOTAL,300,240']);
  });

  it('--previous pairs 2024 "Thừa Thiên Huế" with 2025 "Huế"', async () => {
    const previous = join(dir, 'prev', 'bao-cao-viec-2024.csv');
    await both({ 'prev/bao-cao-viec-2024.csv': ['CỤC THADS TỈNH THỪA THIÊN HUẾ', report(2024), CASES, ...OFFICES_2019] }, CSV);
    const r = await both({ 'now/bao-cao-viec-2025.csv': ['THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HUẾ', report(2025), CASES, 'Phòng THADS khu vực 1,300,240'] }, ['--previous', previous, '--by', 'province', '--format', 'csv']);
    expect(r.code).toBe(0);
    const [head, huế] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const col = (c: string) => huế![head!.indexOf(c)];
    // 240/300 = 80.00 against 230/300 = 76.67: +3.33
    expect([col('province'), col('cases_rate'), col('cases_rate_change')]).toEqual(['Huế', '80.00', '3.33']);
  });
});

describe('province targets keyed either name', () => {
  it('"Huế" for 2019 and "Thừa Thiên Huế" for 2025', async () => {
    const config = join(dir, 'hue.config.json');
    writeFileSync(config, JSON.stringify({ targets: { 2019: { provinces: { Huế: { cases: 75 } } }, 2025: { provinces: { 'Thừa Thiên Huế': { cases: 85 } } } } }));
    const r = await both(
      { 'a/bao-cao-viec-2019.csv': ['CỤC THADS TỈNH THỪA THIÊN HUẾ', report(2019), CASES, ...OFFICES_2019], 'b/bao-cao-viec-2025.csv': ['THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HUẾ', report(2025), CASES, 'Phòng THADS khu vực 1,300,240'] },
      ['--config', config, '--by', 'year,province', '--format', 'csv'],
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const pick = (row: string[]) => ['province', 'year', 'cases_rate', 'cases_target', 'cases_gap_pp'].map((c) => row[head!.indexOf(c)]);
    // 230/300 = 76.67 − 75 = 1.67; 240/300 = 80.00 − 85 = −5.00
    expect(body.slice(0, 2).map(pick)).toEqual([
      ['Thừa Thiên Huế', '2019', '76.67', '75', '1.67'],
      ['Huế', '2025', '80.00', '85', '-5.00'],
    ]);
  });
});

describe('over-reach: other provinces and province cells read as before', () => {
  it('a 2019 title of Gia Lai', async () => {
    const r = await both({ 'bao-cao-viec-2019.csv': ['CỤC THADS TỈNH GIA LAI', report(2019), CASES, 'Chi cục THADS huyện Chư Sê,100,80'] });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Gia Lai,Chi cục THADS huyện Chư Sê,100,80', ',TOTAL,100,80']);
  });

  it('a 2026 report by the 34: Ninh Bình', async () => {
    const r = await both({ 'bao-cao-viec-2026.csv': ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', report(2026), CASES, 'Phòng THADS khu vực 1,300,240', 'Phòng THADS khu vực 2,100,60'] });
    expect(r.code).toBe(0);
    // 300/240 + 100/60 = 400/300
    expect(keyRows(r.stdout)).toEqual(['Ninh Bình,Phòng THADS khu vực 1,300,240', 'Ninh Bình,Phòng THADS khu vực 2,100,60', ',TOTAL,400,300']);
  });

  it('province cells stay as written, "TP.HCM" as "TT Huế"', async () => {
    const r = await both({ 'cells-2019.csv': [report(2019), `Tỉnh,${CASES}`, 'Thừa Thiên Huế,Chi cục THADS huyện Phú Vang,100,80', 'TT Huế,Chi cục THADS huyện Phong Điền,50,40', 'TP.HCM,Chi cục THADS quận 1,20,10'] });
    expect(r.code).toBe(0);
    // 100/80 + 50/40 + 20/10 = 170/130
    expect(keyRows(r.stdout)).toEqual(['Thừa Thiên Huế,Chi cục THADS huyện Phú Vang,100,80', 'TT Huế,Chi cục THADS huyện Phong Điền,50,40', 'TP.HCM,Chi cục THADS quận 1,20,10', ',TOTAL,170,130']);
  });
});
