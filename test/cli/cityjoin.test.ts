// A bare district beside its namesake city, split files (work97d 02): Đồng Tháp 2024's việc table
// writes its cities "TP. Cao Lãnh", "TP. Hồng Ngự" and its districts bare ("Cao Lãnh", "Hồng
// Ngự"); its tiền workbook writes every office in full ("Chi cục THADS thành phố Cao Lãnh",
// "Chi cục THADS huyện Cao Lãnh"). A bare "Cao Lãnh" could be either office, so neither city
// joined: refused exit 1 SPLIT_FILES_UNJOINED, nothing summed. In one table a bare name beside
// "TP./thị xã <same>" is the other office, the huyện (domain/office-names.ts
// unitsBesideNamesakes, used by domain/office-registry.ts to join split files). Every figure
// below computed by hand; the real binary runs on files written here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-cityjoin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** a fresh folder for one case's files */
const folder = () => mkdtempSync(join(dir, 'case-'));

const COLUMNS = ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];
const rows = (stdout: string) => csvColumns(stdout, COLUMNS);
const run = (cwd: string, files: readonly string[]) => spawnThads(['summarize', ...files, '--format', 'csv'], { cwd });

// Đồng Tháp 2024, 13 offices (the finding's figures): việc as the việc table writes them, tiền
// (nghìn đồng) as the tiền workbook does.
const VIEC: [string, number, number][] = [
  ['Văn phòng Cục', 300, 250], ['TP. Cao Lãnh', 2100, 1850], ['TP. Sa Đéc', 900, 800], ['TP. Hồng Ngự', 700, 600],
  ['Cao Lãnh', 1500, 1200], ['Tháp Mười', 1200, 1050], ['Tam Nông', 800, 700], ['Tân Hồng', 650, 560],
  ['Hồng Ngự', 1100, 900], ['Thanh Bình', 1300, 1150], ['Lấp Vò', 1250, 1100], ['Lai Vung', 1150, 1000], ['Châu Thành', 1400, 1230],
];
const TIEN: [string, number, number][] = [
  ['Văn phòng Cục', 500000000, 300000000], ['Chi cục THADS thành phố Cao Lãnh', 210000000, 160000000],
  ['Chi cục THADS thành phố Sa Đéc', 90000000, 45000000], ['Chi cục THADS thành phố Hồng Ngự', 70000000, 30000000],
  ['Chi cục THADS huyện Cao Lãnh', 150000000, 50000000], ['Chi cục THADS huyện Tháp Mười', 120000000, 70000000],
  ['Chi cục THADS huyện Tam Nông', 80000000, 40000000], ['Chi cục THADS huyện Tân Hồng', 65000000, 35000000],
  ['Chi cục THADS huyện Hồng Ngự', 110000000, 44000000], ['Chi cục THADS huyện Thanh Bình', 130000000, 70000000],
  ['Chi cục THADS huyện Lấp Vò', 125000000, 60000000], ['Chi cục THADS huyện Lai Vung', 115000000, 58000000],
  ['Chi cục THADS huyện Châu Thành', 140000000, 90000000],
];
const dots = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** the việc table as exported: title, unit line, a "Tổng cộng" row (14.350 / 12.390), quoted for the dots */
function viecCsv(file: string, offices = VIEC, total: [number, number] = [14350, 12390]): void {
  const lines = [
    'CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG THÁP,,,',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024,,,',
    'Đơn vị tính: việc,,,',
    'STT,Đơn vị,Có điều kiện thi hành,Giải quyết xong',
    `,Tổng cộng,${dots(total[0])},${dots(total[1])}`,
    ...offices.map(([name, a, b], i) => `${i + 1},${name},${dots(a)},${dots(b)}`),
  ];
  writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
}

/** the tiền workbook as exported: title, "nghìn đồng", a "Tổng cộng" row (1.905.000.000 / 1.052.000.000 nghìn) */
async function tienXlsx(file: string, offices = TIEN, total: [number, number] = [1905000000, 1052000000]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu tiền');
  ws.addRow(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG THÁP']);
  ws.addRow(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2024']);
  ws.addRow(['Đơn vị tính: nghìn đồng']);
  ws.addRow(['STT', 'Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong']);
  ws.addRow([null, 'Tổng cộng', ...total]);
  offices.forEach(([name, a, b], i) => ws.addRow([i + 1, name, a, b]));
  await wb.xlsx.writeFile(file);
}

// By hand, money in đồng (nghìn × 1.000): TP. Cao Lãnh 1.850/2.100 = 88,10 %, 160/210 = 76,19 %;
// huyện Cao Lãnh 1.200/1.500 = 80,00 %, 50/150 = 33,33 %; TP. Hồng Ngự 600/700 = 85,71 %, 30/70 =
// 42,86 %; huyện Hồng Ngự 900/1.100 = 81,82 %, 44/110 = 40,00 %; TOTAL 12.390/14.350 = 86,34 %,
// 1.052.000.000/1.905.000.000 nghìn = 55,22 %.
const RIGHT = [
  'Văn phòng Cục|300|250|83.33|500000000000|300000000000|60.00',
  'TP. Cao Lãnh|2100|1850|88.10|210000000000|160000000000|76.19',
  'TP. Sa Đéc|900|800|88.89|90000000000|45000000000|50.00',
  'TP. Hồng Ngự|700|600|85.71|70000000000|30000000000|42.86',
  'Cao Lãnh|1500|1200|80.00|150000000000|50000000000|33.33',
  'Tháp Mười|1200|1050|87.50|120000000000|70000000000|58.33',
  'Tam Nông|800|700|87.50|80000000000|40000000000|50.00',
  'Tân Hồng|650|560|86.15|65000000000|35000000000|53.85',
  'Hồng Ngự|1100|900|81.82|110000000000|44000000000|40.00',
  'Thanh Bình|1300|1150|88.46|130000000000|70000000000|53.85',
  'Lấp Vò|1250|1100|88.00|125000000000|60000000000|48.00',
  'Lai Vung|1150|1000|86.96|115000000000|58000000000|50.43',
  'Châu Thành|1400|1230|87.86|140000000000|90000000000|64.29',
  'TOTAL|14350|12390|86.34|1905000000000|1052000000000|55.22',
];

describe('a bare district beside its namesake city joins the other file\'s huyện (work97d 02)', () => {
  it('việc CSV (cities "TP.", districts bare) + tiền xlsx (every office in full): read right, not refused', async () => {
    const d = folder();
    viecCsv(join(d, 'Dong Thap viec 2024.csv'));
    await tienXlsx(join(d, 'Dong Thap tien 2024.xlsx'));
    const r = run(d, ['Dong Thap viec 2024.csv', 'Dong Thap tien 2024.xlsx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('SPLIT_FILES_UNJOINED');
    expect(r.stderr).not.toContain('MEASURE_NOT_GIVEN');
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('the other way round (tiền workbook first): the same figures, under the workbook\'s names', async () => {
    const d = folder();
    viecCsv(join(d, 'Dong Thap viec 2024.csv'));
    await tienXlsx(join(d, 'Dong Thap tien 2024.xlsx'));
    const r = run(d, ['Dong Thap tien 2024.xlsx', 'Dong Thap viec 2024.csv']);
    expect(r.code, r.stderr).toBe(0);
    const got = rows(r.stdout);
    expect(got).toContain('Chi cục THADS thành phố Cao Lãnh|2100|1850|88.10|210000000000|160000000000|76.19');
    expect(got).toContain('Chi cục THADS huyện Cao Lãnh|1500|1200|80.00|150000000000|50000000000|33.33');
    expect(got).toContain('Chi cục THADS thành phố Hồng Ngự|700|600|85.71|70000000000|30000000000|42.86');
    expect(got).toContain('Chi cục THADS huyện Hồng Ngự|1100|900|81.82|110000000000|44000000000|40.00');
    expect(got.at(-1)).toBe('TOTAL|14350|12390|86.34|1905000000000|1052000000000|55.22');
    expect(got).toHaveLength(14);
  });

  it('the bare side in the tiền file, the full names in the việc file (plain CSVs, both readers)', async () => {
    const PLAIN = 'Đơn vị,Có điều kiện,Giải quyết xong';
    const r = await bothOnFiles(folder(), {
      'viec-2024.csv': [PLAIN, 'Thị xã Cai Lậy,300,250', 'Huyện Cai Lậy,200,150', 'Huyện Cái Bè,100,90'],
      'tien-2024.csv': [PLAIN, 'TX. Cai Lậy,3000,1000', 'Cai Lậy,2000,500', 'Cái Bè,1000,800'],
    }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // thị xã 250/300 = 83,33 %, 1.000/3.000 = 33,33 %; huyện 150/200 = 75,00 %, 500/2.000 = 25,00 %;
    // Cái Bè 90/100 = 90,00 %, 800/1.000 = 80,00 %; TOTAL 490/600 = 81,67 %, 2.300/6.000 = 38,33 %
    expect(rows(r.stdout)).toEqual([
      'Thị xã Cai Lậy|300|250|83.33|3000|1000|33.33',
      'Huyện Cai Lậy|200|150|75.00|2000|500|25.00',
      'Huyện Cái Bè|100|90|90.00|1000|800|80.00',
      'TOTAL|600|490|81.67|6000|2300|38.33',
    ]);
  });

  it('"TX. Cai Lậy" / bare "Cai Lậy" (plain CSV, byte-scanner) beside a tiền xlsx in full', async () => {
    const d = folder();
    writeFileSync(join(d, 'viec-2024.csv'), 'Đơn vị,Có điều kiện,Giải quyết xong\nTX. Cai Lậy,300,250\nCai Lậy,200,150\n');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Đơn vị', 'Có điều kiện', 'Giải quyết xong']);
    ws.addRow(['Chi cục THADS huyện Cai Lậy', 2000, 500]);
    ws.addRow(['Chi cục THADS thị xã Cai Lậy', 3000, 1000]);
    await wb.xlsx.writeFile(join(d, 'tien-2024.xlsx'));
    const r = run(d, ['viec-2024.csv', 'tien-2024.xlsx']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'TX. Cai Lậy|300|250|83.33|3000|1000|33.33',
      'Cai Lậy|200|150|75.00|2000|500|25.00',
      'TOTAL|500|400|80.00|5000|1500|30.00',
    ]);
  });
});

describe('near shapes keep their reading', () => {
  it('control: both files write the same names ("TP. Cao Lãnh", "Cao Lãnh"): joined as before', async () => {
    const d = folder();
    viecCsv(join(d, 'Dong Thap viec 2024.csv'));
    await tienXlsx(join(d, 'Dong Thap tien 2024.xlsx'), TIEN.map(([, a, b], i) => [VIEC[i]![0], a, b]));
    const r = run(d, ['Dong Thap viec 2024.csv', 'Dong Thap tien 2024.xlsx']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('a bare "Cao Lãnh" with no city beside it, the other file "… thành phố Cao Lãnh" alone: joined as before (one office each side)', async () => {
    const PLAIN = 'Đơn vị,Có điều kiện,Giải quyết xong';
    const r = await bothOnFiles(folder(), {
      'viec-2024.csv': [PLAIN, 'Cao Lãnh,1500,1200', 'Tháp Mười,1200,1050'],
      'tien-2024.csv': [PLAIN, 'Chi cục THADS thành phố Cao Lãnh,210000,160000', 'Chi cục THADS huyện Tháp Mười,120000,70000'],
    }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    // 1.200/1.500 = 80,00 %, 160/210 = 76,19 %; 1.050/1.200 = 87,50 %, 70/120 = 58,33 %; TOTAL 2.250/2.700 = 83,33 %, 230/330 = 69,70 %
    expect(rows(r.stdout)).toEqual([
      'Cao Lãnh|1500|1200|80.00|210000|160000|76.19',
      'Tháp Mười|1200|1050|87.50|120000|70000|58.33',
      'TOTAL|2700|2250|83.33|330000|230000|69.70',
    ]);
  });

  it('a bare name beside its city is still never the city: "huyện" of the other file absent, the bare one lacks money (no wrong sum)', async () => {
    const PLAIN = 'Đơn vị,Có điều kiện,Giải quyết xong';
    const r = await bothOnFiles(folder(), {
      'viec-2024.csv': [PLAIN, 'TP. Cao Lãnh,2100,1850', 'Cao Lãnh,1500,1200'],
      'tien-2024.csv': [PLAIN, 'Chi cục THADS thành phố Cao Lãnh,210000,160000', 'Chi cục THADS thành phố Sa Đéc,90000,45000'],
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('tien-2024.csv:3: error: "Chi cục THADS thành phố Sa Đéc" has money figures only, and "Cao Lãnh" has cases figures only (viec-2024.csv:3)');
    expect(r.stderr).toContain('[SPLIT_FILES_UNJOINED]');
  });

  it('a per-office file of the huyện beside a table with "TP. Cao Lãnh" and bare "Cao Lãnh": still a repeat, refused', async () => {
    const r = await bothOnFiles(folder(), {
      'dong-thap-2024.csv': ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'TP. Cao Lãnh,2100,1850', 'Cao Lãnh,1500,1200'],
      'Chi cục THADS huyện Cao Lãnh 2024.csv': ['Việc có điều kiện,Việc giải quyết xong', '1500,1200'],
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Chi cục THADS huyện Cao Lãnh 2024.csv:2: error: cases of "Chi cục THADS huyện Cao Lãnh" (2024) are given again: dong-thap-2024.csv:3 already gave them as "Cao Lãnh"');
  });

  it('"Huyện Long Mỹ" and "Thị xã Long Mỹ" beside a bare "Long Mỹ" alone stay unsettled: refused as before', async () => {
    const PLAIN = 'Đơn vị,Có điều kiện,Giải quyết xong';
    const r = await bothOnFiles(folder(), {
      'viec-2019.csv': [PLAIN, 'Huyện Long Mỹ,10,5', 'Thị xã Long Mỹ,30,20'],
      'tien-2019.csv': [PLAIN, 'Long Mỹ,100,50'],
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tien-2019.csv:2: error: "Long Mỹ" has money figures only, and "Huyện Long Mỹ" has cases figures only (viec-2019.csv:2)');
  });
});
