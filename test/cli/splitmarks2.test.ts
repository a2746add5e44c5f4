// One office's 2026 year on two rows, its parts (before / from 1/7/2026, TT 05/2024's forms and
// TT 05/2026's) marked in words, the marks differing in kind or in place. splitmarks.test.ts
// refused two marks of one kind ("GĐ 1" / "GĐ 2") in one place (both in "Ghi chú" or both in the
// name); these were still summed with exit 0 — each part has its own carried over, so the stock
// counts twice:
//  1. marks of two kinds: "Vụ Bản (GĐ 1)" / "Vụ Bản (Thông tư mới)", "(Mẫu cũ)" / "(TT 05/2026)",
//     notes "Trước 01/7/2026" / "Sau 01/7/2026", "Đến 30/6/2026" / "Từ 01/7/2026";
//  2. a mark in the name on one row, in "Ghi chú" on the other;
//  3. a mark on one of the two rows only ("Vụ Bản" / "Vụ Bản (GĐ 2)", "Vụ Bản" noted "Từ
//     01/7/2026"). Decided: refused too. The marked row names a part of the year; the unmarked one
//     may hold the whole year (then the part is in it twice) or the other part (then the stock
//     counts twice): summing is a guess either way, and a wrong total never leaves with exit 0;
//  4. a mark glued on: "Vụ Bản-GĐ1", "Vụ Bản_GĐ2", "Vụ Bản-Kỳ 1" and even "Vụ BảnGĐ1" (read as
//     a mark: "gđ" is no Vietnamese syllable's letters, so it is never a name's), each read as two
//     offices. ("Vụ Bản(GĐ1)" was refused already, and the name "Vụ Bản (Sau 01/7/2026)",
//     NOT_AN_OFFICE; kept here as controls of the refusal.)
// The file: Vụ Bản on lines 4 and 5 (600 / 900 / 600 / 400 and 500 / 500 / 400 / 100), KV2 on
// line 6 (500 / 800 / 550 / 380). By hand, was: carried over 600 + 500 + 500 = 1.600, thụ lý
// 900 + 500 + 800 = 2.200, có ĐK 600 + 400 + 550 = 1.550, xong 400 + 100 + 380 = 880,
// 880 / 1.550 = 56,77 %. Now refused PERIOD_COLUMN at line 5, the second row's mark (column 2
// the name, 7 "Ghi chú") or, the second row unmarked, its name.
// Controls keep their reading: the same mark on both rows (DUPLICATE_OFFICE, summed as before), an
// ordinary note on one of two rows, one row per office with a regime note, names holding "Kỳ"
// (Kỳ Anh, Kỳ Sơn, Tân Kỳ), "Mới" (Chợ Mới), a Roman number (khu vực I / II), "khu vực 1 / 2".
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvDistricts, csvTotal, expectPeriodColumnBoth } from '../helpers/split-year-output.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026,,,,,,'];
const HEAD = 'STT,Tên đơn vị,Năm trước chuyển sang,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Ghi chú';
const KV2 = 'Phòng THADS khu vực 2';
/** A CSV cell: quoted when it holds the delimiter. */
const cell = (text: string) => (text.includes(',') ? `"${text}"` : text);
/** Vụ Bản's two rows, each [name, note], then KV2's own (lines 4, 5, 6). */
const office = (a: readonly [string, string], b: readonly [string, string]) => [
  ...TITLE,
  HEAD,
  `1,${cell(a[0])},600,900,600,400,${cell(a[1])}`,
  `2,${cell(b[0])},500,500,400,100,${cell(b[1])}`,
  `3,${KV2},500,800,550,380,`,
];

const { dir, file } = fileTree('thads-splitmarks2-');
const { both } = bothReaders('thads-splitmarks2-b-', ['--year', '2026', '--format', 'csv']);

const TWO_PARTS = 'name two parts of its year: thads reads a year only from a column named "Năm"';
const TWO_WAYS = 'mark parts of its year in two ways: thads reads a year only from a column named "Năm"';
const VB = 'a row of the same office "Vụ Bản"';

describe('1. marks of two kinds on one office\'s two rows: refused, never summed', () => {
  it('the real binary, "Vụ Bản (GĐ 1)" / "Vụ Bản (Thông tư mới)", summarize and check: exit 1 at line 5 column 2 (was two offices, TOTAL 1.600 / 2.200 / 1.550 / 880, exit 0, no warning)', () => {
    const f = file('Ninh Bình 2026.csv', office(['Vụ Bản (GĐ 1)', ''], ['Vụ Bản (Thông tư mới)', '']));
    expectPeriodColumnBoth(f, dir, `Ninh Bình 2026.csv:5:2: error: "Vụ Bản (Thông tư mới)" under "Tên đơn vị" and "Vụ Bản (GĐ 1)" on line 4, ${VB}, ${TWO_WAYS}`);
  });

  it.each([
    ['GĐ 1', 'Thông tư mới'],
    ['Mẫu cũ', 'TT 05/2026'],
    ['Đợt 1', 'Luật mới'],
    ['Kỳ I', 'Từ 01/7/2026'],
  ])('in the name, "Vụ Bản (%s)" / "Vụ Bản (%s)": both readers, refused at line 5 column 2', async (a, b) => {
    const r = await both('Ninh Bình 2026.csv', office([`Vụ Bản (${a})`, ''], [`Vụ Bản (${b})`, '']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:2: error: "Vụ Bản (${b})" under "Tên đơn vị" and "Vụ Bản (${a})" on line 4, ${VB}, ${TWO_WAYS}`);
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it.each([
    ['GĐ 1', 'Thông tư mới', TWO_WAYS],
    ['Mẫu cũ', 'Theo TT 05/2026', TWO_WAYS],
    ['Đến 30/6/2026', 'Từ 01/7/2026', TWO_WAYS],
    // "Sau" (after) and "Trước" (before) one day: one kind, two parts ("Sau" was no mark at all)
    ['Trước 01/7/2026', 'Sau 01/7/2026', TWO_PARTS],
  ])('under "Ghi chú", "%s" / "%s": both readers, refused at line 5 column 7', async (a, b, says) => {
    const r = await both('Ninh Bình 2026.csv', office(['Vụ Bản', a], ['Vụ Bản', b]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:7: error: "${b}" under "Ghi chú" and "${a}" on line 4, ${VB}, ${says}`);
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it('the name "Vụ Bản (Trước 01/7/2026)" / "Vụ Bản (Sau 01/7/2026)": refused (as before, NOT_AN_OFFICE at the second name)', async () => {
    const r = await both('Ninh Bình 2026.csv', office(['Vụ Bản (Trước 01/7/2026)', ''], ['Vụ Bản (Sau 01/7/2026)', '']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:2: error: "Vụ Bản (Sau 01/7/2026)"');
  });

  it('the xlsx twin, "Vụ Bản (Mẫu cũ)" / "Vụ Bản (TT 05/2026)": refused at row 5, column B', async () => {
    const lines = office(['Vụ Bản (Mẫu cũ)', ''], ['Vụ Bản (TT 05/2026)', '']).map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'Ninh Bình 2026.xlsx', lines, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
    expect(r.stderr).toMatch(/!B5: error: "Vụ Bản \(TT 05\/2026\)" under "Tên đơn vị" and "Vụ Bản \(Mẫu cũ\)" on row 4, a row of the same office "Vụ Bản", mark parts of its year in two ways/);
  });
});

describe('2. a mark in the name on one row, under "Ghi chú" on the other: refused', () => {
  it('"Vụ Bản (GĐ 1)" / "Vụ Bản" noted "GĐ 2": at line 5 column 7 (was "Vụ Bản (GĐ 1)" and "Vụ Bản", two offices, exit 0)', async () => {
    const r = await both('Ninh Bình 2026.csv', office(['Vụ Bản (GĐ 1)', ''], ['Vụ Bản', 'GĐ 2']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:7: error: "GĐ 2" under "Ghi chú" and "Vụ Bản (GĐ 1)" on line 4, ${VB}, ${TWO_PARTS}`);
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it('"Vụ Bản" noted "Thông tư cũ" / "Vụ Bản (Thông tư mới)": at line 5 column 2', async () => {
    const r = await both('Ninh Bình 2026.csv', office(['Vụ Bản', 'Thông tư cũ'], ['Vụ Bản (Thông tư mới)', '']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`FILE:5:2: error: "Vụ Bản (Thông tư mới)" under "Tên đơn vị" and "Thông tư cũ" on line 4, ${VB}, ${TWO_PARTS}`);
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it('"Vụ Bản - kỳ 1" / "Vụ Bản" noted "Trước 01/7/2026" (two kinds, two places): at line 5 column 7', async () => {
    const r = await both('Ninh Bình 2026.csv', office(['Vụ Bản - kỳ 1', ''], ['Vụ Bản', 'Từ 01/7/2026']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`FILE:5:7: error: "Từ 01/7/2026" under "Ghi chú" and "Vụ Bản - kỳ 1" on line 4, ${VB}, ${TWO_WAYS}`);
  });
});

describe('3. a mark on one of the two rows only: refused (summing would guess whether the unmarked row is the whole year or the other part)', () => {
  it('"Vụ Bản" / "Vụ Bản (GĐ 2)": at the mark, line 5 column 2 (was two offices "Vụ Bản" and "Vụ Bản (GĐ 2)", exit 0, no warning)', async () => {
    const r = await both('Ninh Bình 2026.csv', office(['Vụ Bản', ''], ['Vụ Bản (GĐ 2)', '']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:2: error: "Vụ Bản (GĐ 2)" under "Tên đơn vị" marks a part of the year of the office "Vụ Bản", whose line 4 marks none');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it('"Vụ Bản" / "Vụ Bản" noted "Từ 01/7/2026": at line 5 column 7 (was one office 1.100 / 1.400 / 1.000 / 500, one DUPLICATE_OFFICE warning, exit 0)', async () => {
    const r = await both('Ninh Bình 2026.csv', office(['Vụ Bản', ''], ['Vụ Bản', 'Từ 01/7/2026']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:7: error: "Từ 01/7/2026" under "Ghi chú" marks a part of the year of the office "Vụ Bản", whose line 4 marks none');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it('"Vụ Bản (GĐ 1)" / "Vụ Bản": the second row unmarked, refused at its name, line 5 column 2', async () => {
    const r = await both('Ninh Bình 2026.csv', office(['Vụ Bản (GĐ 1)', ''], ['Vụ Bản', '']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:2: error: this row of the office "Vụ Bản" marks no part of its year, but line 4, a row of the same office, is marked "Vụ Bản (GĐ 1)" under "Tên đơn vị"');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it('the xlsx twin, "Vụ Bản" / "Vụ Bản" noted "Từ 01/7/2026": refused at row 5, column G', async () => {
    const lines = office(['Vụ Bản', ''], ['Vụ Bản', 'Từ 01/7/2026']).map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'Ninh Bình 2026.xlsx', lines, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
    expect(r.stderr).toMatch(/!G5: error: "Từ 01\/7\/2026" under "Ghi chú" marks a part of the year of the office "Vụ Bản", whose row 4 marks none/);
  });
});

describe('4. a mark glued on: read as a mark, refused', () => {
  it.each([
    ['Vụ Bản-GĐ1', 'Vụ Bản-GĐ2'],
    ['Vụ Bản_GĐ1', 'Vụ Bản_GĐ2'],
    ['Vụ Bản(GĐ1)', 'Vụ Bản(GĐ2)'],
    ['Vụ BảnGĐ1', 'Vụ BảnGĐ2'],
    ['Vụ Bản-Kỳ 1', 'Vụ Bản-Kỳ 2'],
  ])('"%s" / "%s": both readers, at line 5 column 2 (was two offices so named, exit 0)', async (a, b) => {
    const r = await both('Ninh Bình 2026.csv', office([a, ''], [b, '']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:2: error: "${b}" under "Tên đơn vị" and "${a}" on line 4, ${VB}, ${TWO_PARTS}`);
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });
});

describe('controls: near shapes keep their reading', () => {
  it.each([
    [['Vụ Bản', 'Kỳ hạn trả nợ'], ['Vụ Bản', '']],
    [['Vụ Bản', ''], ['Vụ Bản', 'Giai đoạn 2021-2025']],
  ] as const)('%j / %j (no mark of a part): one office "Vụ Bản", summed with DUPLICATE_OFFICE as before, 1.600 / 2.200 / 1.550 / 880, 56,77 %', async (a, b) => {
    // Vụ Bản 600 + 500 = 1.100, 900 + 500 = 1.400, 600 + 400 = 1.000, 400 + 100 = 500; KV2 500 / 800 / 550 / 380
    // TOTAL 1.600 / 2.200 / 1.550 / 880; 880 / 1.550 = 56,774… %
    const r = await both('Ninh Bình 2026.csv', office(a, b));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    expect(csvDistricts(r.stdout)).toEqual(['Vụ Bản', KV2, 'TOTAL']);
    expect(csvTotal(r.stdout)).toEqual(['1600', '2200', '1550', '880', '56.77']);
  });

  it('the same mark on both rows, "Vụ Bản (Từ 01/7/2026)" twice: summed as before, one DUPLICATE_OFFICE warning', async () => {
    const r = await both('Ninh Bình 2026.csv', office(['Vụ Bản (Từ 01/7/2026)', ''], ['Vụ Bản (Từ 01/7/2026)', '']));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    expect(csvTotal(r.stdout)).toEqual(['1600', '2200', '1550', '880', '56.77']);
  });

  it('one row per office, "Phòng THADS khu vực 1" noted "Thông tư mới", "Phòng THADS khu vực 2" none, a title noting "Giai đoạn 2021-2025": two offices, 1.100 / 1.700 / 1.150 / 780, 67,83 %', async () => {
    // carried over 600 + 500, thụ lý 900 + 800, có ĐK 600 + 550, xong 400 + 380 = 780 / 1.150 = 67,826… %
    const r = await both('Ninh Bình 2026.csv', [...TITLE, '(Kế hoạch giai đoạn 2021-2025),,,,,,', HEAD, '1,Phòng THADS khu vực 1,600,900,600,400,Thông tư mới', `2,${KV2},500,800,550,380,`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(csvDistricts(r.stdout)).toEqual(['Phòng THADS khu vực 1', KV2, 'TOTAL']);
    expect(csvTotal(r.stdout)).toEqual(['1100', '1700', '1150', '780', '67.83']);
  });

  it.each([
    ['Hà Tĩnh', 'Chi cục THADS thị xã Kỳ Anh', 'Chi cục THADS huyện Kỳ Anh'],
    ['Nghệ An', 'Chi cục THADS huyện Kỳ Sơn', 'Chi cục THADS huyện Tân Kỳ'],
    ['An Giang', 'Chi cục THADS huyện Chợ Mới', 'Chi cục THADS huyện Châu Phú'],
    ['Nghệ An', 'Chi cục THADS huyện Kỳ Sơn', 'Chi cục THADS huyện Kỳ Sơn (Kỳ hạn)'],
  ])('%s, "%s" and "%s", one row each: two offices named as written, 500 / 1.150 / 800 / 590, 73,75 %', async (province, a, b) => {
    // carried over 300 + 200, thụ lý 700 + 450, có ĐK 500 + 300, xong 350 + 240 = 590 / 800 = 73,75 %
    const r = await both(`${province} 2024.csv`, [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024,,,,,',
      'STT,Tên đơn vị,Năm trước chuyển sang,Tổng số thụ lý,Có điều kiện,Giải quyết xong',
      `1,${a},300,700,500,350`,
      `2,${b},200,450,300,240`,
    ], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(csvDistricts(r.stdout)).toEqual([a, b, 'TOTAL']);
    expect(csvTotal(r.stdout)).toEqual(['500', '1150', '800', '590', '73.75']);
  });

  it('a form by enforcer ("Chấp hành viên" beside "Đơn vị"), one enforcer of KV1 noted "Từ 01/3/2026" (when they came): summed as before, one DUPLICATE_OFFICE warning, 2.200 / 1.550 / 880, 56,77 %', async () => {
    // KV1 900 + 500 = 1.400 thụ lý, 600 + 400 = 1.000 có ĐK, 400 + 100 = 500 xong; KV2 800 / 550 / 380
    // TOTAL 2.200 / 1.550 / 880; 880 / 1.550 = 56,774… %
    const r = await both('Ninh Bình 2026.csv', [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,,',
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2026,,,,,,',
      'STT,Đơn vị,Chấp hành viên,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Ghi chú',
      '1,Phòng THADS khu vực 1,Nguyễn Văn An,900,600,400,',
      '2,Phòng THADS khu vực 1,Nguyễn Thị Hoa,500,400,100,Từ 01/3/2026',
      `3,${KV2},Lê Văn Bình,800,550,380,`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    expect(csvDistricts(r.stdout)).toEqual(['Phòng THADS khu vực 1', KV2, 'TOTAL']);
    expect(csvTotal(r.stdout).slice(1)).toEqual(['2200', '1550', '880', '56.77']);
  });

  it('offices named with Roman numbers, "Phòng THADS khu vực I" / "… khu vực II": two offices, 1.100 / 1.700 / 1.150 / 780', async () => {
    const r = await both('Ninh Bình 2026.csv', [...TITLE, HEAD, '1,Phòng THADS khu vực I,600,900,600,400,', '2,Phòng THADS khu vực II,500,800,550,380,']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(csvDistricts(r.stdout)).toEqual(['Phòng THADS khu vực I', 'Phòng THADS khu vực II', 'TOTAL']);
    expect(csvTotal(r.stdout)).toEqual(['1100', '1700', '1150', '780', '67.83']);
  });
});
