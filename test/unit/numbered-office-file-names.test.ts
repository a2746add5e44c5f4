// File names of numbered offices (findings work71a 01, 02): a number right after an office's
// numbering word (NUMBERED_BY: quận, phường, khu vực, KV, tổ, cụm …) is the office's, never a month
// ("Quận 1_2019.csv" was a report to 31/1/2019, MIXED_PERIODS beside "Huyện Củ Chi_2019.csv"); and
// a copy's mark after a whole numbered office is a copy's ("BC năm 2019 - Quận 1_1.csv" beside "BC
// năm 2019 - Quận 1.csv" was a fifth office, summed twice). Month reports ("T1_2019", "Tháng
// 1_2019") and numbers that are the office's ("KV_2", "Quan_1") read as before.
import { describe, expect, it } from 'vitest';
import { officeFromFileName } from '../../src/input/file-names.js';
import { bothOnFiles, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';

const plain = (cases: number, resolved: number) => ['Việc có điều kiện,Việc giải quyết xong', `${cases},${resolved}`];
const rows = (r: { rows: Record<string, string>[] }) =>
  r.rows.map((x) => [x.district, x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.cases_rank, x.cases_rank_of]);
const HCM = ['--province', 'Hồ Chí Minh'];
const YEAR_END_2019 = 'Năm 2019 (từ 1/10/2018 đến 30/9/2019)';

/** The first line of the Vietnamese paragraph of `file`, through both readers, which must agree; exit 0, no message. */
async function paragraph(dir: string, file: string, args: readonly string[] = []): Promise<string> {
  const argv = ['summarize', file, '--format', 'text', '--lang', 'vi', ...args];
  const r = await runArgs(dir, argv, false);
  expect(await runArgs(dir, argv, true)).toEqual(r);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout.split('\n')[0]!;
}

describe('01: the number after an office\'s numbering word is the office\'s, not a month (both readers)', () => {
  const { dir, write } = fileTree('thads-numbered-month-');

  it('"Quận 1_2019", "Quận 3_2019", "Quận 5_2019", "Huyện Củ Chi_2019": four year-end reports, 1.038/1.370 → 75,77 %', async () => {
    const files = write({
      'a/Quận 1_2019.csv': plain(137, 101),
      'a/Quận 3_2019.csv': plain(251, 199),
      'a/Quận 5_2019.csv': plain(419, 337),
      'a/Huyện Củ Chi_2019.csv': plain(563, 401),
    });
    const r = await summarizeCsvRows(dir, files, HCM);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 137 + 251 + 419 + 563 = 1370; 101 + 199 + 337 + 401 = 1038; 1038/1370 = 0,757664 → 75,77 %
    // ranks: Quận 5 337/419 = 80,43 %; Quận 3 199/251 = 79,28 %; Quận 1 101/137 = 73,72 %; Củ Chi 401/563 = 71,23 %
    expect(rows(r)).toEqual([
      ['Quận 1', '2019', '137', '101', '73.72', '3', '4'],
      ['Quận 3', '2019', '251', '199', '79.28', '2', '4'],
      ['Quận 5', '2019', '419', '337', '80.43', '1', '4'],
      ['Huyện Củ Chi', '2019', '563', '401', '71.23', '4', '4'],
      ['TOTAL', '2019', '1370', '1038', '75.77', '', ''],
    ]);
  });

  it('"Quận 1_2019.csv" alone: the year-end paragraph (was "Từ 1/10/2018 đến 31/1/2019")', async () => {
    const [file] = write({ 'b/Quận 1_2019.csv': plain(137, 101) });
    for (const fast of [false, true]) {
      const r = await runArgs(dir, ['summarize', file!, ...HCM, '--format', 'text', '--lang', 'vi'], fast);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      // 101/137 = 0,737226 → 73,72 %, 0,72 above 73 %
      expect(r.stdout.split('\n')[0]).toBe(`${YEAR_END_2019}, kết quả thi hành án dân sự của Quận 1: về việc, đã giải quyết xong 101/137 việc có điều kiện giải quyết, đạt 73,72%, vượt 0,72% so với chỉ tiêu được giao (73%).`);
    }
  });

  it.each([
    // name, the office read
    ['Quận 10_2019.csv', 'Quận 10'],
    ['Quận 12-2019.csv', 'Quận 12'],
    ['Quận 3-2019.csv', 'Quận 3'],
    ['Quận 1.2019.csv', 'Quận 1'],
    ['Phường 1-2019.csv', 'Phường 1'],
    ['Phuong 1-2019.csv', 'Phuong 1'],
    ['Tổ 1-2019.csv', 'Tổ 1'],
    ['To 1-2019.csv', 'To 1'],
    ['Cụm 3_2019.csv', 'Cụm 3'],
    ['Cum 3_2019.csv', 'Cum 3'],
    ['Chi cục THADS Quận 5_2019.csv', 'Chi cục THADS Quận 5'],
    ['QUẬN 7_2019.csv', 'QUẬN 7'],
    ['District 1_2019.csv', 'District 1'],
  ])('"%s" alone is the year-end report of 2019 of %s (was a month\'s, or YEAR_CONFLICT)', async (name, office) => {
    const [file] = write({ [`c/${name}`]: plain(200, 150) });
    // 150/200 = 75,00 %
    expect((await paragraph(dir, file!)).startsWith(`${YEAR_END_2019}, kết quả thi hành án dân sự của ${office}: về việc, đã giải quyết xong 150/200 việc`)).toBe(true);
  });

  it('"KV 2_2026.csv" + "KV 3_2026.csv", "khu vực 2-2026.csv" + "khu vực 3-2026.csv": two offices of 2026 each (were MIXED_PERIODS)', async () => {
    for (const [sub, a, b] of [['d', 'KV 2_2026', 'KV 3_2026'], ['e', 'khu vực 2-2026', 'khu vực 3-2026']] as const) {
      const files = write({ [`${sub}/${a}.csv`]: plain(538, 401), [`${sub}/${b}.csv`]: plain(470, 366) });
      const r = await summarizeCsvRows(dir, files, ['--province', 'Ninh Bình']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // 538 + 470 = 1008; 401 + 366 = 767; 767/1008 = 0,760913 → 76,09 %; 401/538 = 74,54 %, 366/470 = 77,87 %
      expect(rows(r)).toEqual([
        [a.replace(/[_-]2026$/, ''), '2026', '538', '401', '74.54', '2', '2'],
        [b.replace(/[_-]2026$/, ''), '2026', '470', '366', '77.87', '1', '2'],
        ['TOTAL', '2026', '1008', '767', '76.09', '', ''],
      ]);
    }
  });

  it('"Phòng THADS khu vực 2_2026.csv" split at 1/7/2026: "Cả năm 2026" is read, 290/400 → 72,50 % (was MISSING_COLUMN)', async () => {
    const lines = [
      'Việc có điều kiện,Việc giải quyết xong,,',
      ',Từ 01/10/2025 đến 30/6/2026,Từ 01/7/2026 đến 30/9/2026,Cả năm 2026',
      '400,200,90,290',
    ];
    const [file] = write({ 'f/Phòng THADS khu vực 2_2026.csv': lines });
    for (const fast of [false, true]) {
      const r = await runArgs(dir, ['summarize', file!, '--province', 'Ninh Bình', '--format', 'text', '--lang', 'vi'], fast);
      expect(r.code).toBe(0);
      // 290/400 = 72,50 %
      expect(r.stdout.split('\n')[0]).toBe('Năm 2026 (từ 1/10/2025 đến 30/9/2026), kết quả thi hành án dân sự của Phòng THADS khu vực 2: về việc, đã giải quyết xong 290/400 việc có điều kiện giải quyết, đạt 72,50%.');
    }
  });

  it('over-reach: "Quận 1 2019.csv" beside "Quận 10 2019.csv" are two offices: 137 + 419 = 556, 101 + 337 = 438 → 78,78 %', async () => {
    const files = write({ 'g/Quận 1 2019.csv': plain(137, 101), 'g/Quận 10 2019.csv': plain(419, 337) });
    const r = await summarizeCsvRows(dir, files, HCM);
    expect(r.code).toBe(0);
    // 438/556 = 0,787770 → 78,78 %
    expect(rows(r)).toEqual([
      ['Quận 1', '2019', '137', '101', '73.72', '2', '2'],
      ['Quận 10', '2019', '419', '337', '80.43', '1', '2'],
      ['TOTAL', '2019', '556', '438', '78.78', '', ''],
    ]);
  });

  it.each([
    // a month's report without a numbering word: from 1/10/2018 to 31/1/2019, as before
    ['T1_2019.csv', 'T1'],
    ['Tháng 1_2019.csv', 'Tháng 1'],
    ['Thang 1-2019.csv', 'Thang 1'],
  ])('over-reach: "%s" is still January\'s report (office %s)', async (name, office) => {
    const [file] = write({ [`h/${name}`]: plain(200, 150) });
    expect((await paragraph(dir, file!)).startsWith(`Từ 1/10/2018 đến 31/1/2019 (năm thống kê 2019), kết quả thi hành án dân sự của ${office}: về việc, đã giải quyết xong 150/200`)).toBe(true);
  });

  it('over-reach: "BC thang 1_2019.csv" with an office column is still January\'s report; "BC 1_2019.csv" still the whole year (a report\'s number)', async () => {
    const office = (cases: number, resolved: number) => ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', `Mỹ Lộc,${cases},${resolved}`];
    const [month, numbered] = write({ 'i/BC thang 1_2019.csv': office(200, 150), 'j/BC 1_2019.csv': office(200, 150) });
    expect((await paragraph(dir, month!)).startsWith('Từ 1/10/2018 đến 31/1/2019 (năm thống kê 2019), kết quả thi hành án dân sự của Mỹ Lộc: về việc, đã giải quyết xong 150/200')).toBe(true);
    expect((await paragraph(dir, numbered!)).startsWith(`${YEAR_END_2019}, kết quả thi hành án dân sự của Mỹ Lộc: về việc, đã giải quyết xong 150/200`)).toBe(true);
  });

  it('over-reach: "KV_2_2026.csv" beside "KV_3_2026.csv", "Quan_1_2019.csv" beside "Quan_10_2019.csv": offices as before', async () => {
    const kv = await summarizeCsvRows(dir, write({ 'k/KV_2_2026.csv': plain(538, 401), 'k/KV_3_2026.csv': plain(470, 366) }), ['--province', 'Ninh Bình']);
    expect(kv.code).toBe(0);
    // 538 + 470 = 1008, 401 + 366 = 767 → 76,09 %
    expect(rows(kv).map((x) => x.slice(0, 5))).toEqual([['KV_2', '2026', '538', '401', '74.54'], ['KV_3', '2026', '470', '366', '77.87'], ['TOTAL', '2026', '1008', '767', '76.09']]);
    const quan = await summarizeCsvRows(dir, write({ 'l/Quan_1_2019.csv': plain(137, 101), 'l/Quan_10_2019.csv': plain(419, 337) }), HCM);
    expect(quan.code).toBe(0);
    // 137 + 419 = 556, 101 + 337 = 438 → 78,78 %
    expect(rows(quan).map((x) => x.slice(0, 5))).toEqual([['Quan_1', '2019', '137', '101', '73.72'], ['Quan_10', '2019', '419', '337', '80.43'], ['TOTAL', '2019', '556', '438', '78.78']]);
  });
});

describe('02: a copy\'s mark after a whole numbered office is a copy\'s', () => {
  it.each([
    ['BC năm 2019 - Quận 1_1.csv', 'Quận 1'],
    ['BC năm 2019 - Quận 1 - 1.csv', 'Quận 1'],
    ['BC năm 2019 - Quận 1 [1].csv', 'Quận 1'],
    ['BC nam 2019 - Quan 1_1.csv', 'Quan 1'],
    ['BC năm 2026 - Phòng THADS khu vực 2_1.csv', 'Phòng THADS khu vực 2'],
    ['BC năm 2026 - Phòng THADS khu vực 2 - 1.csv', 'Phòng THADS khu vực 2'],
    ['BC năm 2026 - KV2_1.csv', 'KV2'],
    ['BC năm 2019 - Tổ 3_2.csv', 'Tổ 3'],
    // over-reach: a number that is the office's
    ['KV_2.csv', 'KV_2'],
    ['Quan_1.csv', 'Quan_1'],
    ['Quận 1.csv', 'Quận 1'],
    ['BC năm 2019 - Quận 1.csv', 'Quận 1'],
    ['Phòng THADS khu vực 2.csv', 'Phòng THADS khu vực 2'],
    ['Phong_THADS_khu_vuc_2.csv', 'Phong_THADS_khu_vuc_2'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  const { dir } = fileTree('thads-numbered-copy-');

  it.each([
    ['BC năm 2019 - Quận 1_1.csv'],
    ['BC năm 2019 - Quận 1 - 1.csv'],
    ['BC năm 2019 - Quận 1 [1].csv'],
  ])('"%s" beside "BC năm 2019 - Quận 1.csv" and Quận 3, Quận 5: DUPLICATE_INPUT, exit 1 (was a fifth office, 944 with conditions)', async (resend) => {
    const r = await bothOnFiles(`${dir}/${resend}-dir`, {
      'BC năm 2019 - Quận 1.csv': plain(137, 101),
      [resend]: plain(137, 105),
      'BC năm 2019 - Quận 3.csv': plain(251, 199),
      'BC năm 2019 - Quận 5.csv': plain(419, 337),
    }, [...HCM, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    // which of the two is named first follows the order files are read; both name each other
    expect(lines[0]).toMatch(/^BC năm 2019 - Quận 1.*\.csv:2: error: cases of "Quận 1" \(2019\) are given again: BC năm 2019 - Quận 1.*\.csv:2 already gave them; figures are never added across files \[DUPLICATE_INPUT\]$/);
    expect(lines.filter((l) => l.includes('error'))).toHaveLength(2);
  });

  it('2026: "BC năm 2026 - Phòng THADS khu vực 2_1.csv" beside "… khu vực 2.csv": the exact message, exit 1', async () => {
    const r = await bothOnFiles(`${dir}/2026`, {
      'BC năm 2026 - Phòng THADS khu vực 1.csv': plain(612, 455),
      'BC năm 2026 - Phòng THADS khu vực 2.csv': plain(538, 401),
      'BC năm 2026 - Phòng THADS khu vực 2_1.csv': plain(538, 410),
      'BC năm 2026 - Phòng THADS khu vực 3.csv': plain(470, 366),
    }, ['--province', 'Ninh Bình', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('BC năm 2026 - Phòng THADS khu vực 2_1.csv:2: error: cases of "Phòng THADS khu vực 2" (2026) are given again: BC năm 2026 - Phòng THADS khu vực 2.csv:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });

  it('the resend alone beside khu vực 1 and 3 is khu vực 2, three offices: 612 + 538 + 470 = 1620, 455 + 401 + 366 = 1222 → 75,43 %', async () => {
    const r = await bothOnFiles(`${dir}/2026-once`, {
      'BC năm 2026 - Phòng THADS khu vực 1.csv': plain(612, 455),
      'BC năm 2026 - Phòng THADS khu vực 2_1.csv': plain(538, 410),
      'BC năm 2026 - Phòng THADS khu vực 3.csv': plain(470, 366),
    }, ['--province', 'Ninh Bình', '--format', 'csv']);
    expect(r.code).toBe(0);
    // with the resend's 410: 455 + 410 + 366 = 1231; 1231/1620 = 0,759876 → 75,99 %; the resend is khu vực 2
    const total = r.stdout.trim().split('\n').at(-1)!.split(',');
    expect([total[1], total[9], total[18], total[20]]).toEqual(['TOTAL', '1620', '1231', '75.99']);
    expect(r.stdout).toContain('Ninh Bình,Phòng THADS khu vực 2,2026,');
    expect(r.stdout).not.toContain('khu vực 2_1');
  });

  it('over-reach: "Quận 1 2019.csv" beside "Quận 10 2019.csv" and "KV_2.csv" beside "KV_3.csv" (--year 2026) stay two offices each', async () => {
    const q = await bothOnFiles(`${dir}/q`, { 'Quận 1 2019.csv': plain(137, 101), 'Quận 10 2019.csv': plain(419, 337) }, [...HCM, '--format', 'csv']);
    expect(q.code).toBe(0);
    // 137 + 419 = 556, 101 + 337 = 438 → 78,78 %
    const total = q.stdout.trim().split('\n').at(-1)!.split(',');
    expect([total[1], total[9], total[18], total[20]]).toEqual(['TOTAL', '556', '438', '78.78']);
    const kv = await bothOnFiles(`${dir}/kv`, { 'KV_2.csv': plain(538, 401), 'KV_3.csv': plain(470, 366) }, ['--year', '2026', '--format', 'csv']);
    expect(kv.code).toBe(0);
    expect(kv.stdout).toContain(',KV_2,2026,');
    expect(kv.stdout).toContain(',KV_3,2026,');
  });
});

describe('xlsx: workbooks named the same ways', () => {
  const { dir } = fileTree('thads-numbered-xlsx-');

  it('"Quận 3_2019.xlsx" + "Quận 5_2019.xlsx": one year, 251 + 419 = 670, 199 + 337 = 536 → 80,00 % (was MIXED_PERIODS)', async () => {
    const q3 = await writeCasesWorkbook(dir, 'Quận 3_2019.xlsx', 251, 199);
    const q5 = await writeCasesWorkbook(dir, 'Quận 5_2019.xlsx', 419, 337);
    const r = await summarizeCsvRows(dir, [q3, q5], HCM);
    expect(r.code).toBe(0);
    // 536/670 = 0,8 → 80,00 %
    expect(rows(r)).toEqual([
      ['Quận 3', '2019', '251', '199', '79.28', '2', '2'],
      ['Quận 5', '2019', '419', '337', '80.43', '1', '2'],
      ['TOTAL', '2019', '670', '536', '80.00', '', ''],
    ]);
  });

  it('"BC năm 2019 - Quận 1_1.xlsx" beside "BC năm 2019 - Quận 1.xlsx": DUPLICATE_INPUT, exit 1', async () => {
    const first = await writeCasesWorkbook(dir, 'BC năm 2019 - Quận 1.xlsx', 137, 101);
    const resend = await writeCasesWorkbook(dir, 'BC năm 2019 - Quận 1_1.xlsx', 137, 105);
    for (const fast of [false, true]) {
      const r = await runArgs(dir, ['summarize', first, resend, ...HCM, '--format', 'csv'], fast);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe('BC năm 2019 - Quận 1_1.xlsx:Sheet1!2:2: error: cases of "Quận 1" (2019) are given again: BC năm 2019 - Quận 1.xlsx:Sheet1!2:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
    }
  });
});
