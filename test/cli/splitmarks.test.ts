// A 2026 year report whose offices each come on two rows, the year's part before 1/7/2026 (TT
// 05/2024's forms, the old law) and its part after (TT 05/2026, Law 106/2025/QH15), told apart by
// words that are no dates: "Giai đoạn 1" / "Giai đoạn 2", "GĐ1" / "GĐ2", "Đợt 1" / "Đợt 2", "Kỳ 1" /
// "Kỳ 2", "Thông tư cũ" / "Thông tư mới", "Mẫu cũ" / "Mẫu mới", "Biểu cũ" / "Biểu mới", "Luật cũ" /
// "Luật mới" under "Ghi chú", or the same marks written in the office cell ("Vụ Bản (GĐ 1)", "Vụ
// Bản - kỳ 2", "Vụ Bản (theo TT 05/2026)", even the dated "Vụ Bản (Trước 01/7/2026)"). The dated
// and month notes were refused PERIOD_COLUMN (tt0526.test.ts, hunt2026-monthparts.test.ts); these
// were summed with exit 0 and one DUPLICATE_OFFICE warning (notes), or none at all (marks in the
// name, read as two offices) — each part has its own carried over, so the stock counts twice.
// By hand, was: carried over 600 + 500 + 500 + 420 = 2.020, thụ lý 900 + 500 + 800 + 450 = 2.650,
// có ĐK 600 + 400 + 550 + 380 = 1.930, xong 400 + 100 + 380 + 90 = 970, 970 / 1.930 = 50,26 %.
// Now refused PERIOD_COLUMN at KV1's second row (line 5), the note's column (7) or the name's (2).
// Controls: ordinary notes, "Giai đoạn" without a part's number, one part on both rows, offices
// whose name holds such a word ("Kỳ Anh"), one row per office with a regime note, read as before.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvDistricts, csvTotal, expectPeriodColumnBoth } from '../helpers/split-year-output.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026,,,,,,'];
const HEAD = 'STT,Tên đơn vị,Năm trước chuyển sang,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Ghi chú';
const KV1 = 'Phòng THADS khu vực 1';
const KV2 = 'Phòng THADS khu vực 2';
/** KV1 and KV2, each its first part (note `a`) then its second (note `b`). */
const parts = (a: string, b: string) => [
  HEAD,
  `1,${KV1},600,900,600,400,${a}`,
  `2,${KV1},500,500,400,100,${b}`,
  `3,${KV2},500,800,550,380,${a}`,
  `4,${KV2},420,450,380,90,${b}`,
];
/** A CSV cell: quoted when it holds the delimiter. */
const cell = (text: string) => (text.includes(',') ? `"${text}"` : text);
/** The same rows, the part written in the office cell: `mark(name, 1)`, `mark(name, 2)`; no notes. */
const named = (mark: (name: string, part: 1 | 2) => string) => [
  HEAD,
  `1,${cell(mark(KV1, 1))},600,900,600,400,`,
  `2,${cell(mark(KV1, 2))},500,500,400,100,`,
  `3,${cell(mark(KV2, 1))},500,800,550,380,`,
  `4,${cell(mark(KV2, 2))},420,450,380,90,`,
];

const { dir, file } = fileTree('thads-splitmarks-');
const { both } = bothReaders('thads-splitmarks-b-', ['--year', '2026', '--format', 'csv']);

const TWO_PARTS = 'name two parts of its year: thads reads a year only from a column named "Năm"';

describe('one office\'s year on two rows marked in words under "Ghi chú": refused, never summed', () => {
  it('the real binary, summarize and check, "Giai đoạn 1" / "Giai đoạn 2": exit 1, nothing on stdout, at line 5 column 7 (was TOTAL 2.020 / 2.650 / 1.930 / 970, exit 0)', () => {
    const f = file('Ninh Bình 2026.csv', [...TITLE, ...parts('Giai đoạn 1', 'Giai đoạn 2')]);
    expectPeriodColumnBoth(f, dir, `Ninh Bình 2026.csv:5:7: error: "Giai đoạn 2" under "Ghi chú" and "Giai đoạn 1" on line 4, a row of the same office "${KV1}", ${TWO_PARTS}`);
  });

  it.each([
    ['GĐ 1', 'GĐ 2'],
    ['GĐ1', 'GĐ2'],
    ['GĐ I', 'GĐ II'],
    ['Đợt 1', 'Đợt 2'],
    ['Kỳ 1', 'Kỳ 2'],
    ['Kỳ I', 'Kỳ II'],
    ['Thông tư cũ', 'Thông tư mới'],
    ['Theo thông tư cũ', 'Theo thông tư mới'],
    ['Mẫu cũ', 'Mẫu mới'],
    ['Biểu cũ', 'Biểu mới'],
    ['Biểu mẫu cũ', 'Biểu mẫu mới'],
    ['Luật cũ', 'Luật mới'],
    ['Theo TT 06/2019', 'Theo TT 05/2026'],
    ['Trước 01/7/2026', 'Từ 01/7/2026'],
  ])('"%s" / "%s": both readers, refused at line 5 column 7', async (a, b) => {
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...parts(a, b)]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:7: error: "${b}" under "Ghi chú" and "${a}" on line 4, a row of the same office "${KV1}", ${TWO_PARTS}`);
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it('the plain export (no title, the year in the file name), "Đợt 1" / "Đợt 2": refused at line 3, both readers', async () => {
    const r = await both('Ninh Binh viec 2026.csv', parts('Đợt 1', 'Đợt 2'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(':3:7: error: "Đợt 2" under "Ghi chú" and "Đợt 1" on line 2');
  });

  it('the xlsx twin, "Mẫu cũ" / "Mẫu mới": refused at row 5, column G', async () => {
    const lines = [...TITLE, ...parts('Mẫu cũ', 'Mẫu mới')].map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'Ninh Bình 2026.xlsx', lines, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
    expect(r.stderr).toMatch(/!G5: error: "Mẫu mới" under "Ghi chú" and "Mẫu cũ" on row 4/);
  });
});

describe('the same marks written in the office cell: refused at the name, the office named without its mark', () => {
  it('the real binary, "Vụ Bản (GĐ 1)" / "Vụ Bản (GĐ 2)": exit 1 at line 5 column 2 (was two offices "Vụ Bản (GĐ 1)" and "Vụ Bản (GĐ 2)", no warning of the pair, exit 0)', () => {
    const f = file('vb/Ninh Bình 2026.csv', [...TITLE, HEAD, '1,Vụ Bản (GĐ 1),600,900,600,400,', '2,Vụ Bản (GĐ 2),500,500,400,100,', `3,${KV2},500,800,550,380,`]);
    const r = spawnThads(['summarize', f, '--format', 'csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
    expect(r.stderr).toContain(`Ninh Bình 2026.csv:5:2: error: "Vụ Bản (GĐ 2)" under "Tên đơn vị" and "Vụ Bản (GĐ 1)" on line 4, a row of the same office "Vụ Bản", ${TWO_PARTS}`);
  });

  it.each([
    ['(GĐ n)', (n: string, p: number) => `${n} (GĐ ${p})`],
    ['- kỳ n', (n: string, p: number) => `${n} - kỳ ${p}`],
    [', Đợt n', (n: string, p: number) => `${n}, Đợt ${p}`],
    [' GĐn', (n: string, p: number) => `${n} GĐ${p}`],
    ['(Giai đoạn n)', (n: string, p: number) => `${n} (Giai đoạn ${p})`],
    ['(theo TT 05/2024 | 05/2026)', (n: string, p: number) => `${n} (theo TT ${p === 1 ? '05/2024' : '05/2026'})`],
    ['(Mẫu cũ | mới)', (n: string, p: number) => `${n} (Mẫu ${p === 1 ? 'cũ' : 'mới'})`],
    ['(Trước | Từ 01/7/2026)', (n: string, p: number) => `${n} (${p === 1 ? 'Trước' : 'Từ'} 01/7/2026)`],
  ])('"%s": both readers, refused at line 5 column 2', async (_, mark) => {
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...named(mark)]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:2: error: "${mark(KV1, 2)}" under "Tên đơn vị" and "${mark(KV1, 1)}" on line 4, a row of the same office "${KV1}", ${TWO_PARTS}`);
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it('a name holding "Kỳ" ("Chi cục THADS thị xã Kỳ Anh (Kỳ 1)" / "(Kỳ 2)"): the office is "… Kỳ Anh", refused', async () => {
    const r = await both('Hà Tĩnh 2024.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024,,,,,',
      'STT,Tên đơn vị,Năm trước chuyển sang,Tổng số thụ lý,Có điều kiện,Giải quyết xong',
      '1,Chi cục THADS thị xã Kỳ Anh (Kỳ 1),300,700,500,350',
      '2,Chi cục THADS thị xã Kỳ Anh (Kỳ 2),200,450,300,240',
    ], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: "Chi cục THADS thị xã Kỳ Anh (Kỳ 2)" under "Tên đơn vị" and "Chi cục THADS thị xã Kỳ Anh (Kỳ 1)" on line 3, a row of the same office "Chi cục THADS thị xã Kỳ Anh"');
  });

  it('the xlsx twin, "Phòng THADS khu vực 1 - kỳ 1" / "- kỳ 2": refused at row 5, column B', async () => {
    const lines = [...TITLE, ...named((n, p) => `${n} - kỳ ${p}`)].map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'Ninh Bình 2026.xlsx', lines, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
    expect(r.stderr).toMatch(/!B5: error: "Phòng THADS khu vực 1 - kỳ 2" under "Tên đơn vị" and "Phòng THADS khu vực 1 - kỳ 1" on row 4/);
  });
});

describe('controls: near shapes keep their reading', () => {
  it.each([
    ['Đã xác minh', 'Hoãn 3 tháng'],
    ['Theo Bản án số 12/2025', 'Kỳ hạn trả nợ'],
    ['Giai đoạn', 'Giai đoạn'],
    ['GĐ 1', 'GĐ 1'],
    ['Mẫu mới', 'Mẫu mới'],
  ])('notes "%s" / "%s" (ordinary notes, no part\'s number, or one part on both rows): summed as before, 2.020 / 2.650 / 1.930 / 970, 50,26 %', async (a, b) => {
    // 970 / 1.930 = 50,259… %
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...parts(a, b)]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    expect(csvTotal(r.stdout)).toEqual(['2020', '2650', '1930', '970', '50.26']);
  });

  it('one row per office, KV1 noted "Theo TT 05/2026", KV2 "Mẫu cũ": two offices (a note of the form used, no second part to add), 1.100 / 1.700 / 1.150 / 780, 67,83 %', async () => {
    // carried over 600 + 500, thụ lý 900 + 800, có ĐK 600 + 550, xong 400 + 380 = 780 / 1.150 = 67,826… %
    const r = await both('Ninh Bình 2026.csv', [...TITLE, HEAD, `1,${KV1},600,900,600,400,Theo TT 05/2026`, `2,${KV2},500,800,550,380,Mẫu cũ`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(csvTotal(r.stdout)).toEqual(['1100', '1700', '1150', '780', '67.83']);
  });

  it('one row per office, the mark in the name ("… khu vực 1 (theo TT 05/2026)", "… khu vực 2 (GĐ 2)"): two offices named as written, 1.100 / 1.700 / 1.150 / 780', async () => {
    const r = await both('Ninh Bình 2026.csv', [...TITLE, HEAD, `1,${KV1} (theo TT 05/2026),600,900,600,400,`, `2,${KV2} (GĐ 2),500,800,550,380,`]);
    expect(r.code, r.stderr).toBe(0);
    expect(csvDistricts(r.stdout)).toEqual([`${KV1} (theo TT 05/2026)`, `${KV2} (GĐ 2)`, 'TOTAL']);
    expect(csvTotal(r.stdout)).toEqual(['1100', '1700', '1150', '780', '67.83']);
  });

  it('offices named "Kỳ Anh" (thị xã and huyện, Hà Tĩnh), no mark: two offices, 500 / 1.150 / 800 / 590, 73,75 %', async () => {
    // carried over 300 + 200, thụ lý 700 + 450, có ĐK 500 + 300, xong 350 + 240 = 590 / 800 = 73,75 %
    const r = await both('Hà Tĩnh 2024.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024,,,,,',
      'STT,Tên đơn vị,Năm trước chuyển sang,Tổng số thụ lý,Có điều kiện,Giải quyết xong',
      '1,Chi cục THADS thị xã Kỳ Anh,300,700,500,350',
      '2,Chi cục THADS huyện Kỳ Anh,200,450,300,240',
    ], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(csvDistricts(r.stdout)).toEqual(['Chi cục THADS thị xã Kỳ Anh', 'Chi cục THADS huyện Kỳ Anh', 'TOTAL']);
    expect(csvTotal(r.stdout)).toEqual(['500', '1150', '800', '590', '73.75']);
  });
});
