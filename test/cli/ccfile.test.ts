// Per-office files (no office column, the title names the office) refused for nothing (work91a):
// (a) "CC Lệ Thủy 2024.csv" titled "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN LỆ THỦY", and "Lệ Thủy (Quảng
// Bình) 2024.csv", refused OFFICE_NAME_CONFLICT: "CC" alone before a place is the Chi cục's
// shortening, as in rows (domain/office-names.ts OFFICE_PREFIX), and a province in parentheses
// after the title's office is its province, no rival office (input/title-office.ts officeOfFile).
// (b) "TP Cao Lãnh 2024.csv" (title "… THÀNH PHỐ CAO LÃNH") beside "Cao Lãnh 2024.csv" (title "…
// HUYỆN CAO LÃNH") refused DUPLICATE_INPUT: the copy check takes the unit the title states where the
// file's name states none (domain/office-registry.ts). Figures by hand; controls keep their reading.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const root = mkdtempSync(join(tmpdir(), 'thads-ccfile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { both } = bothReaders('thads-ccfile-both-', [...ARGS, '--measure', 'cases']);

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);
/** the offices' rows in name order (thads lists them as the files come), then TOTAL */
const sorted = (stdout: string) => {
  const all = rows(stdout);
  return [...all.slice(0, -1).sort(), ...all.slice(-1)];
};

const REPORT = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024';
const HEAD = 'Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ';
/** A Chi cục's own file: its title lines, the report's, the unit line, the header and one row. */
const office = (titles: readonly string[], figures: string) => [...titles.map((t) => `${t},,,`), `${REPORT},,,`, ',,Đơn vị tính: việc,', HEAD, figures];

let n = 0;
/** Files written in a folder of their own; their paths in order. */
function files(spec: Record<string, readonly string[]>): string[] {
  const d = join(root, `c${n++}`);
  mkdirSync(d);
  return Object.entries(spec).map(([name, lines]) => {
    const file = join(d, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  });
}

/** The same files as workbooks (one sheet, a cell per comma-separated field, figures as numbers). */
async function workbooks(spec: Record<string, readonly string[]>): Promise<string[]> {
  const d = join(root, `x${n++}`);
  mkdirSync(d);
  const out: string[] = [];
  for (const [name, lines] of Object.entries(spec)) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of lines) ws.addRow(l.match(/"[^"]*"|[^,]+|(?<=,|^)(?=,|$)/g)!.map((c) => c.replace(/^"|"$/g, '')).map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    const file = join(d, name.replace(/\.csv$/, '.xlsx'));
    await wb.xlsx.writeFile(file);
    out.push(file);
  }
  return out;
}

const LE_THUY = 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN LỆ THỦY';
// 566 xong + 20 đình chỉ = 586 resolved; 586 / 690 = 0,849275… → 84,93 %
const LE_THUY_FIGURES = '930,690,566,20';

describe('(a) a Chi cục\'s file named "CC Lệ Thủy" or "Lệ Thủy (Quảng Bình)" under its title "… HUYỆN LỆ THỦY"', () => {
  it('"CC Lệ Thủy 2024.csv": Lệ Thủy 930 / 690 / 586, 84,93 % (was OFFICE_NAME_CONFLICT)', () => {
    const r = spawnThads(['summarize', ...files({ 'CC Lệ Thủy 2024.csv': office([LE_THUY], LE_THUY_FIGURES) }), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['CC Lệ Thủy|930|690|586|84.93', 'TOTAL|930|690|586|84.93']);
  });

  it('"Lệ Thủy (Quảng Bình) 2024.csv", "Lệ Thủy (tỉnh Quảng Bình) 2024.csv", "CC Lệ Thủy (Quảng Bình) 2024.csv": the title\'s office, 930 / 690 / 586', () => {
    for (const name of ['Lệ Thủy (Quảng Bình) 2024.csv', 'Lệ Thủy (tỉnh Quảng Bình) 2024.csv', 'CC Lệ Thủy (Quảng Bình) 2024.csv']) {
      const r = spawnThads(['summarize', ...files({ [name]: office([LE_THUY], LE_THUY_FIGURES) }), ...ARGS]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toBe('');
      expect(rows(r.stdout)).toEqual(['Huyện Lệ Thủy|930|690|586|84.93', 'TOTAL|930|690|586|84.93']);
    }
  });

  it('the province in parentheses is the one the title names: "CỤC THADS TỈNH QUẢNG BÌNH" above it reads right', () => {
    const r = spawnThads(['summarize', ...files({ 'Lệ Thủy (Quảng Bình) 2024.csv': office(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH', LE_THUY], LE_THUY_FIGURES) }), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Huyện Lệ Thủy|930|690|586|84.93', 'TOTAL|930|690|586|84.93']);
  });

  it('"CC Quảng Ninh 2024.csv" under "… HUYỆN QUẢNG NINH": 930 / 690 / 586', () => {
    const r = spawnThads(['summarize', ...files({ 'CC Quảng Ninh 2024.csv': office(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN QUẢNG NINH'], LE_THUY_FIGURES) }), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['CC Quảng Ninh|930|690|586|84.93', 'TOTAL|930|690|586|84.93']);
  });

  it('xlsx twins: "CC Lệ Thủy 2024.xlsx", "Lệ Thủy (Quảng Bình) 2024.xlsx"', async () => {
    for (const [name, label] of [['CC Lệ Thủy 2024.csv', 'CC Lệ Thủy'], ['Lệ Thủy (Quảng Bình) 2024.csv', 'Huyện Lệ Thủy']] as const) {
      const r = spawnThads(['summarize', ...(await workbooks({ [name]: office([LE_THUY], LE_THUY_FIGURES) })), ...ARGS]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(rows(r.stdout)).toEqual([`${label}|930|690|586|84.93`, 'TOTAL|930|690|586|84.93']);
    }
  });

  it('both readers, plain file "CC Lệ Thủy 2024.csv" without a title: the office as named, 930 / 690 / 586', async () => {
    const r = await both('CC Lệ Thủy 2024.csv', [HEAD, LE_THUY_FIGURES]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['CC Lệ Thủy|930|690|586|84.93', 'TOTAL|930|690|586|84.93']);
  });

  it('"CC Lệ Thủy 2024.csv" beside "Lệ Thủy 2024 (sửa).csv" (plain, one office resent): DUPLICATE_INPUT, never 1.860 summed', () => {
    const r = spawnThads(['summarize', ...files({ 'CC Lệ Thủy 2024.csv': [HEAD, LE_THUY_FIGURES], 'Lệ Thủy 2024 (sửa).csv': [HEAD, '930,690,567,20'] }), ...ARGS, '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_INPUT']);
  });

  describe('controls: another office named stays refused OFFICE_NAME_CONFLICT', () => {
    const refused: [string, readonly string[]][] = [
      ['CC Vụ Bản 2024.csv', [LE_THUY]],
      ['Vụ Bản (Quảng Bình) 2024.csv', [LE_THUY]],
      ['Lệ Thủy (cũ) 2024.csv', [LE_THUY]],
      // the title names another province than the name's parentheses
      ['Lệ Thủy (Quảng Bình) 2024.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH', LE_THUY]],
      ['CC TX Lệ Thủy 2024.csv', [LE_THUY]],
    ];
    for (const [name, titles] of refused) {
      it(`"${name}" under ${titles.join(' / ')}`, () => {
        const r = spawnThads(['summarize', ...files({ [name]: office(titles, LE_THUY_FIGURES) }), ...ARGS]);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_CONFLICT']);
      });
    }
  });
});

// Đồng Tháp: thành phố and huyện Cao Lãnh, two offices
const TP_CAO_LANH = 'CHI CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ CAO LÃNH';
const H_CAO_LANH = 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN CAO LÃNH';
const DONG_THAP = {
  'TP Cao Lãnh 2024.csv': office([TP_CAO_LANH], '"1.200",900,800,20'),
  'Cao Lãnh 2024.csv': office([H_CAO_LANH], '"1.510","1.130",960,31'),
  'Tháp Mười 2024.csv': office(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN THÁP MƯỜI'], '"1.000",800,700,15'),
};
// 1.200 + 1.510 + 1.000 = 3.710; 900 + 1.130 + 800 = 2.830; resolved 820 + 991 + 715 = 2.526;
// 2.526 / 2.830 = 0,892579… → 89,26 %. 820/900 = 91,11; 991/1.130 = 87,70; 715/800 = 89,375 → 89,38
const DONG_THAP_RIGHT = ['Cao Lãnh|1510|1130|991|87.70', 'TP Cao Lãnh|1200|900|820|91.11', 'Tháp Mười|1000|800|715|89.38', 'TOTAL|3710|2830|2526|89.26'];

describe('(b) "TP Cao Lãnh 2024.csv" and "Cao Lãnh 2024.csv", each title stating its unit: two offices', () => {
  it('the three files, either order: 3.710 / 2.830 / 2.526, 89,26 % (was DUPLICATE_INPUT)', () => {
    const paths = files(DONG_THAP);
    for (const order of [paths, [...paths].reverse()]) {
      const r = spawnThads(['summarize', ...order, ...ARGS]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(sorted(r.stdout)).toEqual(DONG_THAP_RIGHT);
    }
  });

  it('xlsx twins: the same', async () => {
    const r = spawnThads(['summarize', ...(await workbooks(DONG_THAP)), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(sorted(r.stdout)).toEqual(DONG_THAP_RIGHT);
  });

  it('"TX Kỳ Anh 2024.csv" (title THỊ XÃ KỲ ANH) beside "Kỳ Anh 2024.csv" (title HUYỆN KỲ ANH): 2.100 / 1.600 / 1.406', () => {
    const r = spawnThads(['summarize', ...files({
      'TX Kỳ Anh 2024.csv': office(['CHI CỤC THI HÀNH ÁN DÂN SỰ THỊ XÃ KỲ ANH'], '"1.100",800,700,10'),
      'Kỳ Anh 2024.csv': office(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN KỲ ANH'], '"1.000",800,680,16'),
    }), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    // 710/800 = 88,75; 696/800 = 87,00; 1.406/1.600 = 87,875 → 87,88
    expect(sorted(r.stdout)).toEqual(['Kỳ Anh|1000|800|696|87.00', 'TX Kỳ Anh|1100|800|710|88.75', 'TOTAL|2100|1600|1406|87.88']);
  });

  describe('controls: one office resent stays DUPLICATE_INPUT', () => {
    const cases: [string, Record<string, readonly string[]>][] = [
      ['"Cao Lãnh 2024.csv" and "Huyện Cao Lãnh 2024 (sửa).csv", both titled HUYỆN', { 'Cao Lãnh 2024.csv': office([H_CAO_LANH], '"1.510","1.130",960,31'), 'Huyện Cao Lãnh 2024 (sửa).csv': office([H_CAO_LANH], '"1.510","1.130",961,31') }],
      ['"TP Cao Lãnh 2024.csv" and "Cao Lãnh 2024 (sửa).csv", both titled THÀNH PHỐ', { 'TP Cao Lãnh 2024.csv': office([TP_CAO_LANH], '"1.200",900,800,20'), 'Cao Lãnh 2024 (sửa).csv': office([TP_CAO_LANH], '"1.200",900,801,20') }],
      ['"TP Cao Lãnh 2024.csv" titled, "Cao Lãnh 2024.csv" without a title (its unit told by nothing)', { 'TP Cao Lãnh 2024.csv': office([TP_CAO_LANH], '"1.200",900,800,20'), 'Cao Lãnh 2024.csv': [HEAD, '"1.510","1.130",960,31'] }],
      ['"Cao Lãnh 2024.csv" titled HUYỆN, "Cao Lãnh 2024 (sửa).csv" titled "CHI CỤC THADS CAO LÃNH" (no unit)', { 'Cao Lãnh 2024.csv': office([H_CAO_LANH], '"1.510","1.130",960,31'), 'Cao Lãnh 2024 (sửa).csv': office(['CHI CỤC THADS CAO LÃNH'], '"1.510","1.130",961,31') }],
    ];
    for (const [what, spec] of cases) {
      it(what, () => {
        const r = spawnThads(['summarize', ...files(spec), ...ARGS, '--measure', 'cases']);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_INPUT']);
      });
    }
  });
});
