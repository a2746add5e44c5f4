// A province's consolidated file beside its offices' files (work93c 02): the Cục's "BÁO CÁO TỔNG
// HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ TOÀN TỈNH NĂM 2024", one figure row and no office column, was
// added as a fifth office beside the four Chi cục files it already counts (TOTAL 2.640 / 2.186,
// exit 0). The rule: a file that says what it is — a title or a sheet naming the province's
// whole ("TOÀN TỈNH", "TỔNG HỢP … TỈNH X" with no office named), or an office cell naming the
// province itself under such a title — is that whole, whatever its file's name: beside its
// offices' files it is refused (TOTAL_FILE_OVERLAP), never summed. Alone, or the offices alone,
// it reads as before. Real binary; every total here is written by hand.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-provsum-');

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const UNIT = 'Đơn vị tính: Việc; nghìn đồng';
/** The four Chi cục files of Nam Định (figures in nghìn đồng): 1.120 / 943 việc; 53.000.500 / 22.900.250 nghìn. */
const OFFICES: Record<string, string[]> = {
  'Mỹ Lộc 2024.csv': ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', UNIT, HEADER, '1,Mỹ Lộc,120,98,5.200.000,2.100.000'],
  'Vụ Bản 2024.csv': ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN VỤ BẢN', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', UNIT, HEADER, '1,Vụ Bản,310,255,14.300.500,6.400.250'],
  'Ý Yên 2024.csv': ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN Ý YÊN', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', UNIT, HEADER, '1,Ý Yên,402,350,21.000.000,9.100.000'],
  'Nam Trực 2024.csv': ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN NAM TRỰC', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', UNIT, HEADER, '1,Nam Trực,288,240,12.500.000,5.300.000'],
};
const CUC = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
const WHOLE_TITLE = 'BÁO CÁO TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ TOÀN TỈNH NĂM 2024';
/** The province's whole: 1.520 / 1.243 việc; 73.000.500 / 32.900.250 nghìn. */
const WHOLE_FIGURES = '1.520,1.243,73.000.500,32.900.250';
const WHOLE_HEADER = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const wholeFile = (title: string) => [CUC, title, UNIT, WHOLE_HEADER, WHOLE_FIGURES];
const wholeByOffice = (office: string) => [CUC, WHOLE_TITLE, UNIT, HEADER, `1,${office},${WHOLE_FIGURES}`];

let n = 0;
/** `files` written in a folder of their own; their paths (the offices' first when `offices`). */
function folder(files: Record<string, readonly string[]>, offices = true): string[] {
  const sub = `g${++n}`;
  const all = { ...(offices ? OFFICES : {}), ...files };
  return write(Object.fromEntries(Object.entries(all).map(([name, lines]) => [`${sub}/${name}`, lines])));
}

/** A workbook of one sheet `sheet` holding `lines` (figures as numbers, "1.520" → 1520), in a folder of its own beside the offices' files. */
async function workbookBeside(name: string, sheet: string, lines: readonly string[], offices = true): Promise<string[]> {
  const paths = folder({}, offices);
  const sub = `g${n}`;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const l of lines) ws.addRow(l.split(',').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c)));
  mkdirSync(join(dir, sub), { recursive: true });
  const file = join(dir, sub, name);
  await wb.xlsx.writeFile(file);
  return [...paths, file];
}

const run = (cmd: 'summarize' | 'check', files: readonly string[]) => spawnThads(cmd === 'summarize' ? ['summarize', ...files, '--format', 'csv'] : ['check', ...files]);

/** The TOTAL row's [cases with conditions, resolved, money with conditions, resolved] (đồng). */
function total(stdout: string): string[] {
  const lines = stdout.trim().split('\n');
  const header = lines[0]!.split(',');
  const row = lines.at(-1)!.split(',');
  expect(row[header.indexOf('district')]).toBe('TOTAL');
  return ['cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'].map((k) => row[header.indexOf(k)]!);
}

/** Refused: exit 1, nothing summed, a located TOTAL_FILE_OVERLAP naming the province's file and an office's. */
function refused(r: { code: number; stdout: string; stderr: string }, wholeName: string): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/\[TOTAL_FILE_OVERLAP\]/);
  const first = r.stderr.split('\n').find((l) => l.includes('[TOTAL_FILE_OVERLAP]'))!;
  expect(first).toContain(wholeName);
  expect(first).toMatch(/Mỹ Lộc 2024\.csv|Vụ Bản 2024\.csv|Ý Yên 2024\.csv|Nam Trực 2024\.csv/);
  expect(first).toMatch(/:\d+: error: /);
  expect(r.stderr).toMatch(/figures would be counted twice/);
  expect(r.stderr).toMatch(/sum the offices' files without it/);
  expect(r.stderr).toMatch(/nothing was summed/);
}

const OFFICES_ALONE = ['1120', '943', '53000500000', '22900250000'];
const WHOLE_ALONE = ['1520', '1243', '73000500000', '32900250000'];

describe('a province\'s whole beside its offices\' files is refused, by what the file says it is', () => {
  it.each([
    ['Nam Định 2024.csv', WHOLE_TITLE],
    ['TH Nam Định 2024.csv', WHOLE_TITLE],
    ['Cục THADS Nam Định 2024.csv', WHOLE_TITLE],
    ['TH 2024.csv', WHOLE_TITLE],
    ['Nam Định 2024.csv', 'BÁO CÁO TỔNG HỢP KẾT QUẢ THADS TỈNH NAM ĐỊNH NĂM 2024'],
    ['Nam Định 2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TRÊN ĐỊA BÀN TOÀN TỈNH NĂM 2024'],
  ])('%s titled "%s", no office column: summarize and check exit 1', (name, title) => {
    const files = folder({ [name]: wholeFile(title) });
    refused(run('summarize', files), name);
    const c = run('check', files);
    expect(c.code).toBe(1);
    // (check prints its findings on stdout)
    expect(c.stdout + c.stderr).toMatch(/\[TOTAL_FILE_OVERLAP\]/);
  });

  it.each(['Tỉnh Nam Định', 'Nam Định', 'Cục THADS tỉnh Nam Định', 'Toàn tỉnh'])('an office column whose one row reads "%s", under the whole\'s title: refused', (office) => {
    refused(run('summarize', folder({ 'Nam Định 2024.csv': wholeByOffice(office) })), 'Nam Định 2024.csv');
  });

  it('xlsx: one sheet "Tổng hợp toàn tỉnh" (its title no whole\'s), beside the offices\' CSVs: refused, the sheet\'s name said', async () => {
    const files = await workbookBeside('Nam Định 2024.xlsx', 'Tổng hợp toàn tỉnh', wholeFile('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024'));
    const r = run('summarize', files);
    refused(r, 'Nam Định 2024.xlsx');
    expect(r.stderr).toContain('its sheet\'s name "Tổng hợp toàn tỉnh" names a total');
  });

  it('xlsx: Sheet1 under the whole\'s title, beside the offices\' CSVs: refused', async () => {
    refused(run('summarize', await workbookBeside('TH Nam Định 2024.xlsx', 'Sheet1', wholeFile(WHOLE_TITLE))), 'TH Nam Định 2024.xlsx');
  });
});

describe('controls: the readings that stand', () => {
  it('the offices\' files alone: 1.120 / 943 việc, 53.000.500.000 / 22.900.250.000 đ', () => {
    const r = run('summarize', folder({}));
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(OFFICES_ALONE);
  });

  it('the offices\' files as plain CSVs (the byte scanner) alone: the same figures', () => {
    const plain = Object.fromEntries(Object.entries(OFFICES).map(([name, lines]) => [name, ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện (đồng),Tiền giải quyết xong (đồng)', lines[4]!.replace(/\./g, '').replace(/,(\d+),(\d+)$/, ',$1000,$2000')]]));
    const r = run('summarize', folder(plain, false));
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(OFFICES_ALONE);
  });

  it.each([
    ['no office column', wholeFile(WHOLE_TITLE)],
    ['an office column of "Nam Định"', wholeByOffice('Nam Định')],
    ['an office column of "Tỉnh Nam Định"', wholeByOffice('Tỉnh Nam Định')],
  ])('the province\'s file alone (%s): 1.520 / 1.243 việc, 73.000.500.000 / 32.900.250.000 đ', (_shape, lines) => {
    const r = run('summarize', folder({ 'Nam Định 2024.csv': lines }, false));
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(WHOLE_ALONE);
  });

  it('the xlsx "Tổng hợp toàn tỉnh" alone reads', async () => {
    const r = run('summarize', await workbookBeside('Nam Định 2024.xlsx', 'Tổng hợp toàn tỉnh', wholeFile('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024'), false));
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(WHOLE_ALONE);
  });

  it.each([
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024',
    'BÁO CÁO TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH NĂM 2024',
  ])('the Cục\'s own office ("VĂN PHÒNG CỤC …", then "%s") beside the Chi cục files is an office, added', (title) => {
    const own = ['VĂN PHÒNG CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', title, UNIT, WHOLE_HEADER, '150,130,8.000.000,3.000.000'];
    const r = run('summarize', folder({ 'Văn phòng Cục THADS tỉnh Nam Định 2024.csv': own }));
    expect(r.code).toBe(0);
    // 1.120 + 150, 943 + 130; 53.000.500 + 8.000.000, 22.900.250 + 3.000.000 nghìn
    expect(total(r.stdout)).toEqual(['1270', '1073', '61000500000', '25900250000']);
  });

  it('two provinces\' office files: all added', () => {
    const kx = ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN KIẾN XƯƠNG', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', UNIT, HEADER, '1,Kiến Xương,200,170,9.000.000,4.000.000'];
    const r = run('summarize', folder({ 'Kiến Xương 2024.csv': kx }));
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(['1320', '1113', '62000500000', '26900250000']);
  });

  it.each([
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TOÀN QUỐC NĂM 2025',
    'BÁO CÁO TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO TỈNH NĂM 2025',
  ])('a national table by province (a Tỉnh column, 34 rows) titled "%s" reads', (title) => {
    const provinces = ['Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình', 'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang'];
    expect(provinces).toHaveLength(34);
    // row i (1..34): 100 + i with conditions, 80 + i resolved → 3.400 + 595 = 3.995, 2.720 + 595 = 3.315
    const lines = ['TỔNG CỤC THI HÀNH ÁN DÂN SỰ', title, 'STT,Tỉnh,Việc có điều kiện,Việc giải quyết xong', ...provinces.map((p, i) => `${i + 1},${p},${101 + i},${81 + i}`)];
    const r = run('summarize', folder({ 'Theo tinh 2025.csv': lines }, false));
    expect(r.code).toBe(0);
    expect(total(r.stdout).slice(0, 2)).toEqual(['3995', '3315']);
  });
});
