// A former province's Cục "(cũ)" beside the new province's own level in a table of 2025 (work98c,
// 03). Merged Ninh Bình's year-2025 table lists the three former Cục "Cục THADS tỉnh Ninh Bình
// (cũ)", "… Nam Định (cũ)", "… Hà Nam (cũ)" (to 30/6/2025), then the new body's own level "THADS
// tỉnh Ninh Bình" and khu vực 1–2 (from 1/7/2025); its "Tổng cộng" adds all six. It was refused,
// REPEATED_ROW ("line 5 … is office "THADS tỉnh Ninh Bình" of line 8 marked old"), exit 1: two
// bodies, before and after the merger, taken for one office's old line beside its correction.
// Now read (domain/repeated-rows.ts rule 5, formerCucBesideNewLevel), its total checked, in a CSV
// with a title (the reference reader), a plain CSV (the byte-scanner) and an xlsx. Still refused:
// "Vụ Bản (cũ)" beside "Vụ Bản" (2025, 2026), the pair in a 2024 table, a 2025 "(cũ)" Cục beside
// an unmarked "Cục THADS tỉnh Ninh Bình", "Cục THADS tỉnh Nam Định (cũ)" beside "THADS tỉnh Nam
// Định" (no province of the 34). Every figure below is by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-cuformer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readers = bothReaders('thads-cuformer-both-', ['--format', 'json']);

const TITLE = [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;;',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025;;;;;;',
  '(Từ ngày 01/10/2024 đến ngày 30/9/2025);;;;;;',
];
const HEAD = 'STT;Đơn vị;Năm trước chuyển sang;Thụ lý mới;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
/** The six rows; `cuc` the first former Cục's name, `own` the new body's own level's. */
const rows = (cuc = 'Cục THADS tỉnh Ninh Bình (cũ)', own = 'THADS tỉnh Ninh Bình') => [
  `1;${cuc};800;1.200;2.000;1.500;1.200`,
  '2;Cục THADS tỉnh Nam Định (cũ);1.300;2.000;3.300;2.700;2.200',
  '3;Cục THADS tỉnh Hà Nam (cũ);700;1.200;1.900;1.500;1.200',
  `4;${own};100;300;400;300;250`,
  '5;Phòng THADS khu vực 1;800;1.200;2.000;1.500;1.300',
  '6;Phòng THADS khu vực 2;600;900;1.500;1.200;1.000',
];
// By hand: thụ lý 2.000 + 3.300 + 1.900 + 400 + 2.000 + 1.500 = 11.100 (800 + 1.300 + 700 + 100 +
// 800 + 600 = 4.300 chuyển sang, 1.200 + 2.000 + 1.200 + 300 + 1.200 + 900 = 6.800 mới); có điều
// kiện 1.500 + 2.700 + 1.500 + 300 + 1.500 + 1.200 = 8.700; xong 1.200 + 2.200 + 1.200 + 250 +
// 1.300 + 1.000 = 7.150; 7.150 / 8.700 = 82,18 %.
const TOTAL = ';Tổng cộng;4.300;6.800;11.100;8.700;7.150';
const RIGHT_TOTAL = ['11100', '8700', '7150', '82.18'];

/** `lines` (';'-separated) as CSV text lines, a cell with a dot quoted as the office's export does. */
const commas = (lines: readonly string[]) => lines.map((l) => l.split(';').map((c) => (c.includes('.') ? `"${c}"` : c)).join(','));
function csv(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${commas(lines).join('\n')}\n`);
  return path;
}
/** `lines` as a one-sheet workbook, figures as numbers; its path. */
async function xlsx(name: string, lines: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of lines) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}
function run(path: string, args: readonly string[] = ['--format', 'json']) {
  const r = spawnThads(['summarize', path, ...args]);
  return { ...r, stderr: r.stderr.split(path).join('FILE') };
}
/** district → [thụ lý, có điều kiện, xong, rate], TOTAL included */
function read(stdout: string): Record<string, string[]> {
  type G = { cases: { total: string; withConditions: string; resolved: string; rate: string } };
  const json = JSON.parse(stdout) as { groups: (G & { district: string })[]; total: G };
  const row = (g: G) => [g.cases.total, g.cases.withConditions, g.cases.resolved, g.cases.rate];
  return { ...Object.fromEntries(json.groups.map((g) => [g.district, row(g)])), TOTAL: row(json.total) };
}
/** The six offices read, by hand (xong / có điều kiện: 80,00 %, 81,48 %, 80,00 %, 83,33 %, 86,67 %, 83,33 %). */
const six = (cuc = 'Cục THADS tỉnh Ninh Bình (cũ)', own = 'THADS tỉnh Ninh Bình') => ({
  [cuc]: ['2000', '1500', '1200', '80.00'],
  'Cục THADS tỉnh Nam Định (cũ)': ['3300', '2700', '2200', '81.48'],
  'Cục THADS tỉnh Hà Nam (cũ)': ['1900', '1500', '1200', '80.00'],
  [own]: ['400', '300', '250', '83.33'],
  'Phòng THADS khu vực 1': ['2000', '1500', '1300', '86.67'],
  'Phòng THADS khu vực 2': ['1500', '1200', '1000', '83.33'],
  TOTAL: RIGHT_TOTAL,
});
const refusedAsOldLine = (at: string, where: 'line' | 'row', line: number, name: string, twinLine: number, twin: string, year: number) =>
  `FILE:${at}: error: ${where} ${line} ("${name}") is office "${twin}" of ${where} ${twinLine} marked old, both read as offices of ${year}: one office twice`;

describe('a former Cục "(cũ)" beside the new "THADS tỉnh" of its name, 2025: both read (was REPEATED_ROW, exit 1)', () => {
  it('as found: 11.100 thụ lý, 8.700 có ĐK, 7.150 xong, 82,18 %', () => {
    const r = run(csv('Ninh Binh 2025 viec.csv', [...TITLE, HEAD, ...rows(), TOTAL]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('REPEATED_ROW');
    expect(r.stderr).not.toContain('error');
    expect(read(r.stdout)).toEqual(six());
  });

  it('the year in the title only (the file name without it): read the same', () => {
    const r = run(csv('Ninh Binh viec.csv', [...TITLE, HEAD, ...rows(), TOTAL]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('REPEATED_ROW');
    expect(r.stderr).toContain('[YEAR_UNKNOWN]');
    expect(read(r.stdout).TOTAL).toEqual(RIGHT_TOTAL);
  });

  it('the byte-scanner (a plain CSV) and the reference reader (a title) agree, in-process', async () => {
    for (const lines of [[HEAD, ...rows(), TOTAL], [...TITLE, HEAD, ...rows(), TOTAL]]) {
      const r = await readers.both('Ninh Binh 2025 viec.csv', commas(lines));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('REPEATED_ROW');
      expect(read(r.stdout)).toEqual(six());
    }
  });

  it('an xlsx twin', async () => {
    const r = run(await xlsx('Ninh Binh 2025 viec.xlsx', [...TITLE, HEAD, ...rows(), TOTAL]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('REPEATED_ROW');
    expect(read(r.stdout)).toEqual(six());
  });

  it('the names written other ways, and an unchanged province (Hà Tĩnh)', async () => {
    for (const [cuc, own] of [
      ['Cục Thi hành án dân sự tỉnh Ninh Bình (trước sáp nhập)', 'Thi hành án dân sự tỉnh Ninh Bình'],
      ['Cục THADS tỉnh Ninh Bình cũ', 'THA dân sự tỉnh Ninh Bình'],
      ['Cục THADS Ninh Bình (cũ)', 'THADS tỉnh Ninh Bình'],
    ] as const) {
      const r = await readers.both('Ninh Binh 2025 viec.csv', commas([...TITLE, HEAD, ...rows(cuc, own), TOTAL]));
      expect(r.code, `${cuc}: ${r.stderr}`).toBe(0);
      expect(read(r.stdout)).toEqual(six(cuc, own));
    }
    // By hand: 1.200 + 400 = 1.600 thụ lý, 900 + 300 = 1.200 có điều kiện, 720 + 250 = 970 xong; 970 / 1.200 = 80,83 %.
    const haTinh = [
      'THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH;;;',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;',
      'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong',
      '1;Cục THADS tỉnh Hà Tĩnh (cũ);1.200;900;720',
      '2;THADS tỉnh Hà Tĩnh;400;300;250',
      ';Tổng cộng;1.600;1.200;970',
    ];
    const r = run(csv('Ha Tinh 2025 viec.csv', haTinh));
    expect(r.code, r.stderr).toBe(0);
    expect(read(r.stdout).TOTAL).toEqual(['1600', '1200', '970', '80.83']);
  });

  it('the total counting the old Cục out (a superseded line): still refused, by the total', () => {
    // By hand, line 1 left out: 4.300 − 800 = 3.500, 6.800 − 1.200 = 5.600, 11.100 − 2.000 = 9.100, 8.700 − 1.500 = 7.200, 7.150 − 1.200 = 5.950.
    const r = run(csv('Ninh Binh copy 2025 viec.csv', [...TITLE, HEAD, ...rows(), ';Tổng cộng;3.500;5.600;9.100;7.200;5.950']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr).toContain('nothing was summed');
  });
});

describe('controls: read as before', () => {
  it('the finding\'s control, "Văn phòng THADS tỉnh Ninh Bình": 11.100 / 8.700 / 7.150 / 82,18 %', () => {
    const r = run(csv('Ninh Binh vp 2025 viec.csv', [...TITLE, HEAD, ...rows(undefined, 'Văn phòng THADS tỉnh Ninh Bình'), TOTAL]));
    expect(r.code, r.stderr).toBe(0);
    expect(read(r.stdout)).toEqual(six(undefined, 'Văn phòng THADS tỉnh Ninh Bình'));
  });

  it('"Vụ Bản (cũ)" beside "Vụ Bản" stays REPEATED_ROW in 2025 and 2026, both readers', async () => {
    for (const year of [2025, 2026]) {
      const lines = [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year};;;`, 'STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;THADS tỉnh Ninh Bình;300;250', '2;Vụ Bản;250;200', '3;Vụ Bản (cũ);245;190'];
      const r = await readers.both(`Ninh Binh ${year} viec.csv`, commas(lines));
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(refusedAsOldLine('5:2', 'line', 5, 'Vụ Bản (cũ)', 4, 'Vụ Bản', year));
    }
  });

  it('a 2024 table: "Cục THADS tỉnh Nam Định (cũ)" beside "Cục THADS tỉnh Nam Định", and the Ninh Bình pair, stay refused', async () => {
    const nd = ['STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Cục THADS tỉnh Nam Định (cũ);1.500;1.200', '2;Cục THADS tỉnh Nam Định;300;250', ';Tổng cộng;1.800;1.450'];
    const r = run(csv('Nam Dinh 2024 viec.csv', nd));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusedAsOldLine('2:2', 'line', 2, 'Cục THADS tỉnh Nam Định (cũ)', 3, 'Cục THADS tỉnh Nam Định', 2024));
    const title2024 = [TITLE[0]!, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024;;;;;;', '(Từ ngày 01/10/2023 đến ngày 30/9/2024);;;;;;'];
    const nb = await readers.both('Ninh Binh 2024 viec.csv', commas([...title2024, HEAD, ...rows(), TOTAL]));
    expect(nb.code).toBe(1);
    expect(nb.stdout).toBe('');
    expect(nb.stderr).toContain(refusedAsOldLine('5:2', 'line', 5, 'Cục THADS tỉnh Ninh Bình (cũ)', 8, 'THADS tỉnh Ninh Bình', 2024));
  });

  it('2025: beside an unmarked "Cục THADS tỉnh Ninh Bình", and "… Nam Định (cũ)" beside "THADS tỉnh Nam Định": refused', () => {
    const cuc = run(csv('Ninh Binh cuc 2025 viec.csv', [...TITLE, HEAD, ...rows(undefined, 'Cục THADS tỉnh Ninh Bình'), TOTAL]));
    expect(cuc.code).toBe(1);
    expect(cuc.stdout).toBe('');
    expect(cuc.stderr).toContain(refusedAsOldLine('5:2', 'line', 5, 'Cục THADS tỉnh Ninh Bình (cũ)', 8, 'Cục THADS tỉnh Ninh Bình', 2025));
    const nd = ['STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Cục THADS tỉnh Nam Định (cũ);1.500;1.200', '2;THADS tỉnh Nam Định;300;250', ';Tổng cộng;1.800;1.450'];
    const r = run(csv('Nam Dinh 2025 viec.csv', nd));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusedAsOldLine('2:2', 'line', 2, 'Cục THADS tỉnh Nam Định (cũ)', 3, 'THADS tỉnh Nam Định', 2025));
  });
});
