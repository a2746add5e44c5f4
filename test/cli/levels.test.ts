// A Cục's Biểu closing with its split by level — "Cấp tỉnh" and "Cấp huyện" (2026: "Cấp khu vực")
// as the last lines under its offices (work91a 01). "Cấp tỉnh" was set aside as the Cục's row's
// level line, "Cấp huyện" after it added as a fourth office: 2.650 / 2.154 for 1.430 / 1.163, exit
// 0; with four figure columns refused SUSPECTED_TOTAL_ROW, with "Tổng cộng" on top refused
// DECLARED_TOTAL_MISMATCH. Now the levels' subtotals, checked: "Cấp huyện" = the Chi cục rows,
// "Cấp tỉnh" = the Cục's row; a level line that does not add up is refused as "Cấp huyện" alone
// is. domain/declared-rows.ts closingLevels.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { both } = bothReaders('thads-levels-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-levels-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

// The finding's file: two figure columns, "có điều kiện" and "giải quyết xong"
const TITLE2 = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2024,,,,', '(Từ ngày 01/10/2023 đến ngày 30/9/2024),,,,', ',,,Đơn vị tính: việc,'];
const HEAD2 = 'STT,Đơn vị,Số việc có điều kiện thi hành,Số việc giải quyết xong,Tỷ lệ (%)';
const OFFICES2 = ['1,Cục THADS tỉnh Nam Định,210,172,"81,90"', '2,Chi cục THADS huyện Mỹ Lộc,570,470,"82,46"', '3,Chi cục THADS huyện Vụ Bản,650,521,"80,15"'];
// 570 + 650 = 1.220; 470 + 521 = 991
const LEVELS2 = [',Cấp tỉnh,210,172,"81,90"', ',Cấp huyện,"1.220",991,"81,23"'];
// 210 + 570 + 650 = 1430; 172 + 470 + 521 = 1163; 172/210 = 81.90; 470/570 = 82.456 → 82.46; 521/650 = 80.15; 1163/1430 = 0.81328… → 81.33
const RIGHT2 = [
  'Cục THADS tỉnh Nam Định|210|172|81.90',
  'Chi cục THADS huyện Mỹ Lộc|570|470|82.46',
  'Chi cục THADS huyện Vụ Bản|650|521|80.15',
  'TOTAL|1430|1163|81.33',
];

// Three figure columns: có điều kiện, thi hành xong, đình chỉ (resolved = xong + đình chỉ)
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024,,,,', ',,,Đơn vị tính: việc,'];
const HEAD = 'STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ';
const CUC = '1,Cục THADS tỉnh Nam Định,210,160,12';
const CHI_CUC = ['2,Chi cục THADS huyện Mỹ Lộc,570,450,20', '3,Chi cục THADS huyện Vụ Bản,650,501,20'];
const CAP_TINH = ',Cấp tỉnh,210,160,12';
// 570 + 650 = 1220; 450 + 501 = 951; 20 + 20 = 40
const CAP_HUYEN = ',Cấp huyện,"1.220",951,40';
// 210 + 1220 = 1430; 160 + 951 = 1111; 12 + 40 = 52
const TONG = ',Tổng cộng,"1.430","1.111",52';
// resolved: 160 + 12 = 172; 450 + 20 = 470; 501 + 20 = 521; 1111 + 52 = 1163 — the same rates as above
const RIGHT = RIGHT2;
const TOTAL = ['TOTAL|1430|1163|81.33'];

describe('"Cấp tỉnh", "Cấp huyện" as the last lines under the offices (work91a 01)', () => {
  const FILE = [...TITLE2, HEAD2, ...OFFICES2, ...LEVELS2];

  it('the binary: 3 offices, 1430 / 1163, 81.33 % (was exit 0 with "Cấp huyện" added: 2650 / 2154)', () => {
    const file = join(dir, 'Nam Dinh 2024.csv');
    writeFileSync(file, `${FILE.join('\n')}\n`);
    const r = spawnThads(['summarize', file, ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT2);
  });

  it('both readers: titled (reference reader) and plain (byte scanner)', async () => {
    const a = await both('nam-dinh-2024.csv', FILE);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr).toBe('');
    expect(rows(a.stdout)).toEqual(RIGHT2);
    const b = await both('nam-dinh-viec-2024.csv', [HEAD, CUC, ...CHI_CUC, CAP_TINH, CAP_HUYEN]);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toBe('');
    expect(rows(b.stdout)).toEqual(RIGHT);
  });

  it('xlsx: the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-2024.xlsx', [...TITLE, HEAD, CUC, ...CHI_CUC, CAP_TINH, CAP_HUYEN].map((l) => l.replaceAll('"1.220"', '1220').replaceAll(',', ';')), ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('four figure columns: read right (was refused SUSPECTED_TOTAL_ROW)', async () => {
    const r = await both('nam-dinh-2024.csv', [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,',
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2024,,,,,',
      'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ',
      '1,Cục THADS tỉnh Nam Định,300,210,160,12',
      '2,Chi cục THADS huyện Mỹ Lộc,800,570,450,20',
      '3,Chi cục THADS huyện Vụ Bản,930,650,501,20',
      ',Cấp tỉnh,300,210,160,12',
      // 800 + 930 = 1730
      ',Cấp huyện,"1.730","1.220",951,40',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT);
    // 300 + 800 + 930 = 2030
    expect(csvColumns(r.stdout, ['district', 'cases_total']).slice(-1)).toEqual(['TOTAL|2030']);
  });

  it('"Tổng cộng" on top: read right (was refused DECLARED_TOTAL_MISMATCH "Cấp huyện, counted as an office")', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, TONG, CUC, ...CHI_CUC, CAP_TINH, CAP_HUYEN]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('"Tổng cộng" below the levels: read right', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, CUC, ...CHI_CUC, CAP_TINH, CAP_HUYEN, TONG]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('2026: "Cấp tỉnh" / "Cấp khu vực" under the Phòng THADS khu vực', async () => {
    const r = await both('phu-tho-2026.csv', [
      'THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ,,,,',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026,,,,',
      HEAD,
      '1,Thi hành án dân sự tỉnh Phú Thọ,210,160,12',
      '2,Phòng THADS khu vực 1,570,450,20',
      '3,Phòng THADS khu vực 2,650,501,20',
      CAP_TINH,
      ',Cấp khu vực,"1.220",951,40',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['Thi hành án dân sự tỉnh Phú Thọ|210|172|81.90', 'Phòng THADS khu vực 1|570|470|82.46', 'Phòng THADS khu vực 2|650|521|80.15', ...TOTAL]);
  });

  it('no Cục row: "Cấp tỉnh" is the Cục\'s own figures (an office), "Cấp huyện" the Chi cục\'s subtotal', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, ...CHI_CUC, CAP_TINH, CAP_HUYEN]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['Chi cục THADS huyện Mỹ Lộc|570|470|82.46', 'Chi cục THADS huyện Vụ Bản|650|521|80.15', 'Cấp tỉnh|210|172|81.90', ...TOTAL]);
  });

  it('the Cục\'s row named "Văn phòng Cục", the districts bare: "Cấp tỉnh" + "Cấp huyện" = all the rows, both set aside', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, '1,Văn phòng Cục,210,160,12', '2,Huyện Mỹ Lộc,570,450,20', '3,Huyện Vụ Bản,650,501,20', CAP_TINH, CAP_HUYEN]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['Văn phòng Cục|210|172|81.90', 'Huyện Mỹ Lộc|570|470|82.46', 'Huyện Vụ Bản|650|521|80.15', ...TOTAL]);
  });

  it('"Cấp huyện" one off (1221): refused DECLARED_TOTAL_MISMATCH at it, as "Cấp huyện" alone is (was exit 0, added)', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, CUC, ...CHI_CUC, CAP_TINH, ',Cấp huyện,"1.221",951,40']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['DECLARED_TOTAL_MISMATCH']);
    expect(r.stderr).toContain('FILE:9:3: error: declared subtotal "Cấp huyện" has cases with conditions 1221, but the rows above it add up to 1220 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Cấp huyện" one off in the binary too: exit 1', () => {
    const file = join(dir, 'Nam Dinh sai 2024.csv');
    writeFileSync(file, `${[...TITLE, HEAD, CUC, ...CHI_CUC, CAP_TINH, ',Cấp huyện,"1.220",952,40'].join('\n')}\n`);
    const r = spawnThads(['summarize', file, ...ARGS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('declared subtotal "Cấp huyện" has cases completed 952, but the rows above it add up to 951 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('over-reach controls: shapes read right before, read the same', () => {
  it('the levels above the offices', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, CAP_TINH, CAP_HUYEN, CUC, ...CHI_CUC]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('"Cấp huyện" alone at the bottom; one off refused as before', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, CUC, ...CHI_CUC, CAP_HUYEN]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT);
    const w = await both('nam-dinh-2024.csv', [...TITLE, HEAD, CUC, ...CHI_CUC, ',Cấp huyện,"1.221",951,40']);
    expect(w.code).toBe(1);
    expect(w.stderr).toContain('FILE:8:3: error: declared subtotal "Cấp huyện" has cases with conditions 1221, but the rows above it add up to 1220 [DECLARED_TOTAL_MISMATCH]');
  });

  it('the level lines after a "Tổng cộng"', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, CUC, ...CHI_CUC, TONG, CAP_TINH, CAP_HUYEN]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('a Biểu of the two level lines only: two offices, as before', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, CAP_TINH, CAP_HUYEN]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Cấp tỉnh|210|172|81.90', 'Cấp huyện|1220|991|81.23', ...TOTAL]);
  });

  it('"Cấp tỉnh" at the bottom differing from the Cục\'s row: refused as before', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, CUC, ...CHI_CUC, ',Cấp tỉnh,211,160,12', CAP_HUYEN]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:8:3: error: "Cấp tỉnh" is the Cục\'s own level');
  });

  it('"Huyện …" offices with no level lines: three offices', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, '1,Văn phòng Cục,210,160,12', '2,Huyện Mỹ Lộc,570,450,20', '3,Huyện Vụ Bản,650,501,20']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['Văn phòng Cục|210|172|81.90', 'Huyện Mỹ Lộc|570|470|82.46', 'Huyện Vụ Bản|650|521|80.15', ...TOTAL]);
  });
});
