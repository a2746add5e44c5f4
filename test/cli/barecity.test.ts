// The provincial city's Chi cục written bare under "II | Cấp huyện" (work92a 04): a Cục's table
// "Tổng cộng 1.137", "I | Cấp tỉnh 211" (the Cục's own figures, no Cục row listed), "II | Cấp huyện
// 926" over "1 | Tây Ninh" (thành phố Tây Ninh), "2 | Dương Minh Châu", "3 | Gò Dầu". The bare
// "Tây Ninh" was taken for the Cục's own office (the province's name) and the file refused exit 1
// DECLARED_TOTAL_MISMATCH ("Cấp tỉnh" 211 is not that row's 304). Under the district level the
// province's bare name is its city's office (collect.ts underLowerLevel, input/row-labels.ts
// namesOwnOffice / namesOnlyProvince); the Cục's only where its figures are the "Cấp tỉnh" line's
// in every field (domain/declared-rows.ts Own 'bare'). Every figure below computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases'];
const { both } = bothReaders('thads-barecity-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-barecity-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

const TITLE = ['CỤC THADS TỈNH TÂY NINH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;', 'Đơn vị tính: Việc;;;;;'];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const table = (city = 'Tây Ninh', lower = 'II;Cấp huyện;926;756;600;32', cityFigures = '304;253;207;12') => [
  ';Tổng cộng;1.137;913;703;43',
  'I;Cấp tỉnh;211;157;103;11',
  lower,
  `1;${city};${cityFigures}`,
  '2;Dương Minh Châu;522;413;313;20',
  '3;Gò Dầu;100;90;80;0',
];
const FILE = [...TITLE, HEAD, ...table()];
// Cục 211 / 157, resolved 103 + 11 = 114, 114/157 = 72,61 %; Tây Ninh 304 / 253, 207 + 12 = 219,
// 86,56 %; Dương Minh Châu 522 / 413, 313 + 20 = 333, 80,63 %; Gò Dầu 100 / 90, 80 + 0 = 80, 88,89 %;
// TOTAL 211 + 304 + 522 + 100 = 1.137, 157 + 253 + 413 + 90 = 913, 114 + 219 + 333 + 80 = 746, 81,71 %
const right = (city = 'Tây Ninh') => [
  `${city}|304|253|219|86.56`,
  'Dương Minh Châu|522|413|333|80.63',
  'Gò Dầu|100|90|80|88.89',
  'Cấp tỉnh|211|157|114|72.61',
  'TOTAL|1137|913|746|81.71',
];

function readRight(r: { code: number; stdout: string; stderr: string }, label: string, city = 'Tây Ninh') {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe('');
  expect(rows(r.stdout), label).toEqual(right(city));
}

describe('the provincial city written bare under "Cấp huyện" (work92a 04)', () => {
  it("the binary on the hunter's shape: read right, exit 0 (was exit 1 DECLARED_TOTAL_MISMATCH)", () => {
    const file = join(dir, 'Tay Ninh 2019.csv');
    writeFileSync(file, `${FILE.map((l) => l.replace(/;/g, ',')).join('\n')}\n`);
    readRight(spawnThads(['summarize', file, '--format', 'csv']), 'hunter');
  });

  it('both readers: titled (reference reader), plain with a Tỉnh column (byte scanner), plain', async () => {
    readRight(await both('tay-ninh-2019.csv', FILE), 'titled');
    readRight(await both('tay-ninh-2019.csv', [`Tỉnh;${HEAD}`, ...table().map((l) => `Tây Ninh;${l}`)]), 'Tỉnh column');
    readRight(await both('tay-ninh-2019.csv', [HEAD, ...table()]), 'plain');
  });

  it('xlsx: the same', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'tay-ninh-2019.xlsx', FILE, ARGS), 'xlsx');
    readRight(await summarizeLinesWorkbook(dir, 'tay-ninh-tinh-2019.xlsx', [`Tỉnh;${HEAD}`, ...table().map((l) => `Tây Ninh;${l}`)], ARGS), 'xlsx Tỉnh column');
  });

  it('other ways: "Cấp huyện" without figures, "Cấp khu vực", "B. CẤP HUYỆN", the name in capitals or without marks, Hà Tĩnh', async () => {
    readRight(await both('tay-ninh-2019.csv', [...TITLE, HEAD, ...table('Tây Ninh', 'II;Cấp huyện;;;;')]), 'heading');
    readRight(await both('tay-ninh-2019.csv', [...TITLE, HEAD, ...table('Tây Ninh', 'II;Cấp khu vực;926;756;600;32')]), 'khu vực');
    readRight(await both('tay-ninh-2019.csv', [...TITLE, HEAD, ...table('Tây Ninh', 'B;CẤP HUYỆN;926;756;600;32')]), 'B.');
    readRight(await both('tay-ninh-2019.csv', [...TITLE, HEAD, ...table('TÂY NINH')]), 'capitals', 'TÂY NINH');
    readRight(await both('tay-ninh-2019.csv', [...TITLE, HEAD, ...table('Tay Ninh')]), 'no marks', 'Tay Ninh');
    const haTinh = [...TITLE, HEAD, ...table()].map((l) => l.replace(/TÂY NINH/g, 'HÀ TĨNH').replace(/Tây Ninh/g, 'Hà Tĩnh'));
    readRight(await both('ha-tinh-2019.csv', haTinh), 'Hà Tĩnh', 'Hà Tĩnh');
    readRight(await summarizeLinesWorkbook(dir, 'ha-tinh-2019.xlsx', haTinh, ARGS), 'Hà Tĩnh xlsx', 'Hà Tĩnh');
  });

  it('a wrong figure in the city\'s row is still refused: Tây Ninh 305 for 304 (926 ≠ 305 + 522 + 100 = 927)', async () => {
    const wrong = [...TITLE, HEAD, ...table('Tây Ninh', undefined, '305;253;207;12')];
    for (const r of [await both('tay-ninh-2019.csv', wrong), await summarizeLinesWorkbook(dir, 'tay-ninh-wrong-2019.xlsx', wrong, ARGS)]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)).toEqual(['DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH']);
      expect(r.stderr).toContain('declared subtotal "Cấp huyện" has cases total 926, but the rows below it add up to 927');
    }
  });
});

describe('over-reach controls: kept as read before', () => {
  it('"TP Tây Ninh" under "Cấp huyện" (the control)', async () => {
    readRight(await both('tay-ninh-2019.csv', [...TITLE, HEAD, ...table('TP Tây Ninh')]), 'TP', 'TP Tây Ninh');
    readRight(await summarizeLinesWorkbook(dir, 'tay-ninh-tp-2019.xlsx', [...TITLE, HEAD, ...table('TP Tây Ninh')], ARGS), 'TP xlsx', 'TP Tây Ninh');
  });

  // the Cục's row "1 | Tây Ninh | 211" under "I | Cấp tỉnh | 211": the Cục, "Cấp tỉnh" its level line, not added;
  // TOTAL 211 + 304 + 522 + 100 = 1.137 / 913 / 746, 81,71 %
  const CUC_ROWS = [
    'Tây Ninh|211|157|114|72.61',
    'TP Tây Ninh|304|253|219|86.56',
    'Dương Minh Châu|522|413|333|80.63',
    'Gò Dầu|100|90|80|88.89',
    'TOTAL|1137|913|746|81.71',
  ];
  const variants = (r: { stderr: string }) => expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);

  it('"Cấp tỉnh" with the province\'s bare name under it: the Cục', async () => {
    const file = [...TITLE, HEAD, ';Tổng cộng;1.137;913;703;43', 'I;Cấp tỉnh;211;157;103;11', '1;Tây Ninh;211;157;103;11', 'II;Cấp huyện;926;756;600;32', '1;TP Tây Ninh;304;253;207;12', '2;Dương Minh Châu;522;413;313;20', '3;Gò Dầu;100;90;80;0'];
    for (const r of [await both('tay-ninh-2019.csv', file), await summarizeLinesWorkbook(dir, 'tay-ninh-cuc-2019.xlsx', file, ARGS)]) {
      expect(r.code, r.stderr).toBe(0);
      variants(r);
      expect(rows(r.stdout)).toEqual(CUC_ROWS);
    }
  });

  it('no level sections, the bare province name first: an office as before', async () => {
    const file = [...TITLE, HEAD, '1;Tây Ninh;211;157;103;11', '2;TP Tây Ninh;304;253;207;12', '3;Dương Minh Châu;522;413;313;20', '4;Gò Dầu;100;90;80;0', ';Tổng cộng;1.137;913;703;43'];
    for (const r of [await both('tay-ninh-2019.csv', file), await summarizeLinesWorkbook(dir, 'tay-ninh-flat-2019.xlsx', file, ARGS)]) {
      expect(r.code, r.stderr).toBe(0);
      variants(r);
      expect(rows(r.stdout)).toEqual(CUC_ROWS);
    }
  });

  it('"Cấp tỉnh", "Cấp huyện" on top and the Cục\'s row written bare among the list, equal to "Cấp tỉnh": the Cục as before', async () => {
    // Cấp huyện 622 = 522 + 100; TOTAL 211 + 522 + 100 = 833, 157 + 413 + 90 = 660, 114 + 333 + 80 = 527, 79,85 %
    const file = [...TITLE, HEAD, ';Tổng cộng;833;660;496;31', 'I;Cấp tỉnh;211;157;103;11', 'II;Cấp huyện;622;503;393;20', '1;Tây Ninh;211;157;103;11', '2;Dương Minh Châu;522;413;313;20', '3;Gò Dầu;100;90;80;0'];
    for (const r of [await both('tay-ninh-2019.csv', file), await summarizeLinesWorkbook(dir, 'tay-ninh-sorted-2019.xlsx', file, ARGS)]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(rows(r.stdout)).toEqual(['Tây Ninh|211|157|114|72.61', 'Dương Minh Châu|522|413|333|80.63', 'Gò Dầu|100|90|80|88.89', 'TOTAL|833|660|527|79.85']);
    }
  });

  it('"Cục THADS tỉnh Tây Ninh" under "Cấp huyện" differing from "Cấp tỉnh" (212 for 211): refused as before', async () => {
    const file = [...TITLE, HEAD, ';Tổng cộng;1.137;913;703;43', 'I;Cấp tỉnh;211;157;103;11', 'II;Cấp huyện;926;756;600;32', '1;Chi cục THADS TP Tây Ninh;304;253;207;12', '2;Chi cục THADS huyện Dương Minh Châu;522;413;313;20', '3;Chi cục THADS huyện Gò Dầu;100;90;80;0', '4;Cục THADS tỉnh Tây Ninh;212;157;103;11'];
    const r = await both('tay-ninh-2019.csv', file);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH']);
    expect(r.stderr).toContain('"Cấp tỉnh" is the Cục\'s own level, which the row naming the Cục\'s own office in this table gives too, but its cases total 211 is not that row\'s 212');
  });
});
