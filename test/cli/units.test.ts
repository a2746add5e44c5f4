// Money units a file states where thads did not look, or in spellings it refused (hunt 89b):
//   01 a title's "(1.000 đồng)", "(1.000.000 đồng)", "(1000đ)", "(x1000)", "[1.000 đồng]" was read
//      as no unit — money in đồng, 10^3–10^6× too small, exit 0 ("1 000" taken for an amount);
//   02 a unit in the sheet's or the file's name ("Tiền (nghìn đồng)") was ignored: đồng, exit 0;
//   03 a two-measure form whose unit line gives the cases' unit only ("Đơn vị tính: Việc") and
//      money in thousandths of a đồng: read as đồng, exit 0 — now refused UNIT_UNREADABLE;
//   04 "Đơn vị tính: Việc⏎Tiền: nghìn đồng" (a wrapped cell), "Việc   Tiền: 1.000 đồng": refused;
//   05 "Nghìn đồng (VNĐ)", "nghìn đồng Việt Nam", "Unit: VND 1,000": refused.
// Totals are worked out by hand below; each file runs through the real binary, and through both
// readers in process where the CSV may take either.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-units-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'STT;Tỉnh;Tên đơn vị;Có điều kiện;Giải quyết xong';
const OFFICES = ['1;Nam Định;Vụ Bản;1.234.567,891;1.000.000,5', '2;Nam Định;Mỹ Lộc;2.000.000;1.500.000,25'];
const PROVINCE = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
const TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ TIỀN NĂM 2019';

// By hand: with conditions 1.234.567,891 + 2.000.000 = 3.234.567,891; resolved 1.000.000,5 +
// 1.500.000,25 = 2.500.000,75 — in the file's unit.
const IN_DONG = ['3234567.891', '2500000.75'];
const IN_THOUSAND = ['3234567891', '2500000750'];
const IN_MILLION = ['3234567891000', '2500000750000'];

function write(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The real binary on `file`: exit code, the TOTAL's money with conditions and resolved (null when refused), stderr. */
function run(file: string, ...args: string[]): { code: number; total: [string, string] | null; stderr: string } {
  const r = spawnThads(['summarize', file, '--format', 'json', ...args]);
  if (r.code !== 0) {
    expect(r.stdout).toBe('');
    return { code: r.code, total: null, stderr: r.stderr };
  }
  const total = JSON.parse(r.stdout).total;
  return { code: r.code, total: [String(total.money.withConditions), String(total.money.resolved)], stderr: r.stderr };
}

const { both } = bothReaders('thads-units-both-', ['--format', 'csv']);

/** Both readers agree; the TOTAL's money with conditions and resolved, from the CSV. */
async function bothTotals(name: string, lines: readonly string[]): Promise<[string, string] | number> {
  const r = await both(name, lines);
  if (r.code !== 0) return r.code;
  const [head, ...rows] = r.stdout.trim().split('\n');
  const cols = head!.split(',');
  const total = rows.map((l) => l.split(',')).find((c) => c[cols.indexOf('district')] === 'TOTAL')!;
  return [total[cols.indexOf('money_with_conditions')]!, total[cols.indexOf('money_resolved')]!];
}

describe('01: a unit in the title line', () => {
  it.each([
    [`${TITLE} (1.000 đồng)`, IN_THOUSAND],
    ['KẾT QUẢ VỀ TIỀN (1.000.000 đồng)', IN_MILLION],
    ['KẾT QUẢ THI HÀNH ÁN VỀ TIỀN (1000đ)', IN_THOUSAND],
    ['KẾT QUẢ VỀ TIỀN (1.000 VNĐ)', IN_THOUSAND],
    ['KẾT QUẢ VỀ TIỀN (x1000)', IN_THOUSAND],
    ['KẾT QUẢ VỀ TIỀN [1.000 đồng]', IN_THOUSAND],
    [`"${TITLE}\n(1.000 đồng)"`, IN_THOUSAND],
  ])('%j', async (title, expected) => {
    const lines = [PROVINCE, title, HEADER, ...OFFICES];
    expect(run(write('bc-tien-2019.csv', lines))).toMatchObject({ code: 0, total: expected });
    expect(await bothTotals('bc-tien-2019.csv', lines)).toEqual(expected);
  });

  it('the period line "(Từ 01/10/2018 đến 30/9/2019) (1.000đ)" under the title', () => {
    expect(run(write('bc-tien-2019.csv', [PROVINCE, TITLE, '(Từ 01/10/2018 đến 30/9/2019) (1.000đ)', HEADER, ...OFFICES]))).toMatchObject({ code: 0, total: IN_THOUSAND });
  });

  // over-reach controls: amounts and numbers that are no unit keep their reading (đồng), "(nghìn đồng)" its own
  it.each([
    [`${TITLE} (Không gồm các khoản dưới 1 triệu đồng)`, IN_DONG],
    [`${TITLE} (1 triệu đồng)`, IN_DONG],
    [`${TITLE} (Không gồm các khoản dưới 1.000 đồng)`, IN_DONG],
    [`${TITLE} (10 việc chuyển sổ)`, IN_DONG],
    [`${TITLE} (nghìn đồng)`, IN_THOUSAND],
    [`${TITLE} (đồng)`, IN_DONG],
  ])('control %j', async (title, expected) => {
    const lines = [PROVINCE, title, HEADER, ...OFFICES];
    expect(run(write('bc-tien-2019.csv', lines))).toMatchObject({ code: 0, total: expected });
    expect(await bothTotals('bc-tien-2019.csv', lines)).toEqual(expected);
  });
});

describe('02: a unit in the sheet name or the file name', () => {
  async function workbook(name: string, sheet: string, unitLine: string | null): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const cases = wb.addWorksheet('Việc');
    cases.addRow(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019']);
    cases.addRow(['STT', 'Tỉnh', 'Tên đơn vị', 'Có điều kiện', 'Giải quyết xong']);
    cases.addRow([1, 'Nam Định', 'Vụ Bản', 10, 8]);
    const money = wb.addWorksheet(sheet);
    money.addRow(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019']);
    if (unitLine !== null) money.addRow([unitLine]);
    money.addRow(['STT', 'Tỉnh', 'Tên đơn vị', 'Có điều kiện', 'Giải quyết xong']);
    money.addRow([1, 'Nam Định', 'Vụ Bản', 1234567.891, 1000000.5]);
    money.addRow([2, 'Nam Định', 'Mỹ Lộc', 2000000, 1500000.25]);
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('--sheet "Tiền (nghìn đồng)", no unit line: nghìn đồng', async () => {
    expect(run(await workbook('bao-cao-2019.xlsx', 'Tiền (nghìn đồng)', null), '--sheet', 'Tiền (nghìn đồng)')).toMatchObject({ code: 0, total: IN_THOUSAND });
  });

  it('--sheet "Tiền (nghìn đồng)" over "Đơn vị tính: triệu đồng": refused UNIT_CONTRADICTION', async () => {
    const r = run(await workbook('bao-cao-2019.xlsx', 'Tiền (nghìn đồng)', 'Đơn vị tính: triệu đồng'), '--sheet', 'Tiền (nghìn đồng)');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the sheet name "Tiền (nghìn đồng)" gives thousand');
    expect(r.stderr).toContain('[UNIT_CONTRADICTION]');
  });

  it('control: --sheet "Tiền" (no unit in the name) stays đồng', async () => {
    expect(run(await workbook('bao-cao-2019.xlsx', 'Tiền', null), '--sheet', 'Tiền')).toMatchObject({ code: 0, total: IN_DONG });
  });

  it.each([
    ['Tiền (nghìn đồng) 2019.csv', IN_THOUSAND],
    ['BC tien 2019 - ĐVT 1000đ.csv', IN_THOUSAND],
    ['Tien [1.000 VND] 2019.csv', IN_THOUSAND],
    // controls: a download's "(1)", initials, đồng, a place
    ['bao-cao-tien-2019 (1).csv', IN_DONG],
    ['BC (Tr) tien 2019.csv', IN_DONG],
    ['Tiền (đồng) 2019.csv', IN_DONG],
    ['Đồng Hới tien 2019.csv', IN_DONG],
  ])('the file name %j', async (name, expected) => {
    const lines = [PROVINCE, TITLE, HEADER, ...OFFICES];
    expect(run(write(name, lines))).toMatchObject({ code: 0, total: expected });
    expect(await bothTotals(name, lines)).toEqual(expected);
  });

  it('a file name in nghìn đồng over "Đơn vị tính: triệu đồng": refused UNIT_CONTRADICTION; over "nghìn đồng": read', () => {
    const refused = run(write('Tiền (nghìn đồng) 2019.csv', [PROVINCE, TITLE, 'Đơn vị tính: triệu đồng', HEADER, ...OFFICES]));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(':3:1: error: the unit line "Đơn vị tính: triệu đồng" (line 3, column 1) gives money in million, but the file name "Tiền (nghìn đồng) 2019.csv" gives thousand [UNIT_CONTRADICTION]');
    expect(run(write('Tiền (nghìn đồng) 2019.csv', [PROVINCE, TITLE, 'Đơn vị tính: nghìn đồng', HEADER, ...OFFICES]))).toMatchObject({ code: 0, total: IN_THOUSAND });
  });
});

describe('04: the two units of a wrapped or spaced unit cell', () => {
  const TWO = 'STT;Tỉnh;Tên đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
  const ROWS = ['1;Nam Định;Vụ Bản;10;8;1.234.567,891;1.000.000,5', '2;Nam Định;Mỹ Lộc;20;15;2.000.000;1.500.000,25'];
  const TITLE2 = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN NĂM 2019';
  it.each([
    ['"Đơn vị tính: Việc\nTiền: nghìn đồng"', IN_THOUSAND],
    ['Đơn vị tính: Việc   Tiền: 1.000 đồng', IN_THOUSAND],
    ['Đơn vị tính: Việc Tiền: nghìn đồng', IN_THOUSAND],
    ['"Đơn vị tính: Việc\nSố tiền: triệu đồng"', IN_MILLION],
    ['"Đơn vị tính: Việc\nnghìn đồng"', IN_THOUSAND],
    // controls
    ['Đơn vị tính: Việc; nghìn đồng', IN_THOUSAND],
    ['"Đơn vị tính: nghìn\nđồng"', IN_THOUSAND],
    ['"Đơn vị tính: Việc\nTiền: đồng"', IN_DONG],
  ])('%j', async (unit, expected) => {
    const lines = [PROVINCE, TITLE2, unit, TWO, ...ROWS];
    expect(run(write('bc-2019.csv', lines))).toMatchObject({ code: 0, total: expected });
    expect(await bothTotals('bc-2019.csv', lines)).toEqual(expected);
  });

  it('control: "Đơn vị tính: Việc⏎Tiền: USD" stays refused UNIT_UNREADABLE', () => {
    const r = run(write('bc-2019.csv', [PROVINCE, TITLE2, '"Đơn vị tính: Việc\nTiền: USD"', TWO, ...ROWS]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_UNREADABLE]');
  });
});

describe('05: the currency glossed beside its scale', () => {
  const MONEY_TITLE = 'BIỂU SỐ 02 - KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN';
  it.each([
    ['Đơn vị tính: Nghìn đồng (VNĐ)', IN_THOUSAND],
    ['Đơn vị tính: nghìn đồng Việt Nam', IN_THOUSAND],
    ['Đơn vị tính: Ngàn đồng Việt Nam', IN_THOUSAND],
    ['Đơn vị tính: Nghìn đồng/VNĐ', IN_THOUSAND],
    ['Đơn vị tính: Triệu đồng (VNĐ)', IN_MILLION],
    ['Unit: VND 1,000', IN_THOUSAND],
    // controls
    ['Đơn vị tính: Đồng (VNĐ)', IN_DONG],
    ['Đơn vị tính: đồng Việt Nam (VNĐ)', IN_DONG],
    ['Đơn vị tính: Nghìn VNĐ', IN_THOUSAND],
  ])('%j', async (unit, expected) => {
    const lines = [MONEY_TITLE, unit, HEADER, ...OFFICES];
    expect(run(write('bc-tien-2019.csv', lines))).toMatchObject({ code: 0, total: expected });
    expect(await bothTotals('bc-tien-2019.csv', lines)).toEqual(expected);
  });

  it('the header "(nghìn đồng Việt Nam)"', () => {
    const header = 'STT;Tỉnh;Tên đơn vị;Có điều kiện (nghìn đồng Việt Nam);Giải quyết xong (nghìn đồng Việt Nam)';
    expect(run(write('bc-tien-2019.csv', [MONEY_TITLE, header, ...OFFICES]))).toMatchObject({ code: 0, total: IN_THOUSAND });
  });

  it.each(['Đơn vị tính: đồng/nghìn đồng', 'Đơn vị tính: Nghìn đồng (USD)', 'Đơn vị tính: VNĐ/nghìn đồng'])('control: %j stays refused UNIT_UNREADABLE', (unit) => {
    const r = run(write('bc-tien-2019.csv', [MONEY_TITLE, unit, HEADER, ...OFFICES]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_UNREADABLE]');
  });
});

describe('03: a unit line giving the cases\' unit only, over money in thousandths of a đồng', () => {
  const TWO = 'STT;Tỉnh;Tên đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
  const ROWS = ['1;Nam Định;Vụ Bản;10;8;1.234.567,891;1.000.000,5', '2;Nam Định;Mỹ Lộc;20;15;2.000.000;1.500.000,25'];
  const WHOLE = ['1;Nam Định;Vụ Bản;10;8;1.234.567;1.000.000', '2;Nam Định;Mỹ Lộc;20;15;2.000.000;1.500.000'];
  const TITLE2 = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN NĂM 2019';

  it('"Đơn vị tính: Việc" over "1.234.567,891": refused UNIT_UNREADABLE at the row (both readers)', async () => {
    const lines = [PROVINCE, TITLE2, 'Đơn vị tính: Việc', TWO, ...ROWS];
    const r = run(write('bc-2019.csv', lines));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bc-2019.csv:5: error: the unit line "Đơn vị tính: Việc" (line 3) gives the unit of cases only, and money 1234567.891 is no whole đồng: the money\'s unit cannot be told [UNIT_UNREADABLE]');
    expect(await bothTotals('bc-2019.csv', lines)).toBe(1);
  });

  it('with --money-unit thousand: read in nghìn đồng', () => {
    expect(run(write('bc-2019.csv', [PROVINCE, TITLE2, 'Đơn vị tính: Việc', TWO, ...ROWS]), '--money-unit', 'thousand')).toMatchObject({ code: 0, total: IN_THOUSAND });
  });

  it('the xlsx twin: refused UNIT_UNREADABLE', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow([TITLE2]);
    ws.addRow(['Đơn vị tính: Việc']);
    ws.addRow(TWO.split(';'));
    ws.addRow([1, 'Nam Định', 'Vụ Bản', 10, 8, 1234567.891, 1000000.5]);
    ws.addRow([2, 'Nam Định', 'Mỹ Lộc', 20, 15, 2000000, 1500000.25]);
    const file = join(dir, 'bc-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const r = run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_UNREADABLE]');
  });

  // controls: whole đồng under "Việc", and a file with no unit line at all, keep their reading (đồng)
  it('control: whole money under "Đơn vị tính: Việc" is đồng', async () => {
    const lines = [PROVINCE, TITLE2, 'Đơn vị tính: Việc', TWO, ...WHOLE];
    // 1.234.567 + 2.000.000 = 3.234.567; 1.000.000 + 1.500.000 = 2.500.000
    expect(run(write('bc-2019.csv', lines))).toMatchObject({ code: 0, total: ['3234567', '2500000'] });
    expect(await bothTotals('bc-2019.csv', lines)).toEqual(['3234567', '2500000']);
  });

  it('control: no unit line at all: đồng as SPEC §3 says', async () => {
    const lines = [PROVINCE, TITLE2, TWO, ...ROWS];
    expect(run(write('bc-2019.csv', lines))).toMatchObject({ code: 0, total: IN_DONG });
    expect(await bothTotals('bc-2019.csv', lines)).toEqual(IN_DONG);
  });
});
