// A 2026 year report whose khu vực each come on two rows, the year's nine months under TT 05/2024's
// forms and its last three under TT 05/2026's, told apart only by a note in words: "9 tháng đầu
// năm" / "3 tháng cuối năm" under "Ghi chú" (or "Chín tháng đầu năm" / "Ba tháng cuối năm", "(9
// tháng đầu năm 2026)" / "(3 tháng cuối năm 2026)"). The dated marks ("Trước 01/7/2026" / "Từ
// 01/7/2026", tt0526.test.ts) were refused; these were summed with exit 0 and one DUPLICATE_OFFICE
// warning — each part has its own carried over (the second's is the first's carried forward), so
// the stock counts twice. By hand, was: carried over 600 + 500 + 500 + 420 = 2.020, thụ lý 900 +
// 500 + 800 + 450 = 2.650, có ĐK 600 + 400 + 550 + 380 = 1.930, xong 400 + 100 + 380 + 90 = 970,
// 50,26 %. Now refused PERIOD_COLUMN at KV1's second row (line 5, the note's column 7), as the
// dated marks are (period-column.ts partOfYear, stated-years.ts countedPartOfYear). Controls: rows
// of one part only (an office by enforcer, each "9 tháng đầu năm"), notes of other things ("Hoãn
// 3 tháng" / "Hoãn 6 tháng"), and one row per office whatever its note, are read as before.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvTotal, expectPeriodColumnBoth } from '../helpers/split-year-output.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026,,,,,,'];
const HEAD = 'STT,Tên đơn vị,Năm trước chuyển sang,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Ghi chú';
/** KV1 and KV2, each its first part (note `a`) then its second (note `b`). */
const parts = (a: string, b: string) => [
  HEAD,
  `1,Phòng THADS khu vực 1,600,900,600,400,${a}`,
  `2,Phòng THADS khu vực 1,500,500,400,100,${b}`,
  `3,Phòng THADS khu vực 2,500,800,550,380,${a}`,
  `4,Phòng THADS khu vực 2,420,450,380,90,${b}`,
];

const { dir, file } = fileTree('thads-hunt2026-monthparts-');
const { both } = bothReaders('thads-hunt2026-monthparts-b-', ['--year', '2026', '--format', 'csv']);


describe('one office\'s year on two rows, "9 tháng đầu năm" / "3 tháng cuối năm": refused, never summed', () => {
  it('the real binary, summarize and check: exit 1, nothing on stdout, located at line 5 column 7 (was TOTAL 2.650 / 1.930 / 970, exit 0)', () => {
    const f = file('Ninh Bình 2026.csv', [...TITLE, ...parts('9 tháng đầu năm', '3 tháng cuối năm')]);
    expectPeriodColumnBoth(f, dir, 'Ninh Bình 2026.csv:5:7: error: "3 tháng cuối năm" under "Ghi chú" and "9 tháng đầu năm" on line 4, a row of the same office "Phòng THADS khu vực 1", name two parts of its year');
  });

  it.each([
    ['Chín tháng đầu năm', 'Ba tháng cuối năm'],
    ['(9 tháng đầu năm 2026)', '(3 tháng cuối năm 2026)'],
    ['9 tháng', '3 tháng cuối năm'],
    ['12 tháng', '3 tháng cuối năm'],
  ])('"%s" / "%s": both readers, refused at line 5', async (a, b) => {
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...parts(a, b)]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`:5:7: error: "${b}" under "Ghi chú" and "${a}" on line 4`);
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
  });

  it('the plain export (no title, the year in the file name): refused at line 3, both readers', async () => {
    const r = await both('Ninh Binh viec 2026.csv', parts('9 tháng đầu năm', '3 tháng cuối năm'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(':3:7: error: "3 tháng cuối năm" under "Ghi chú" and "9 tháng đầu năm" on line 2');
  });

  it('the xlsx twin: refused at row 5', async () => {
    const lines = [...TITLE, ...parts('9 tháng đầu năm', '3 tháng cuối năm')].map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'Ninh Bình 2026.xlsx', lines, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
    expect(r.stderr).toMatch(/!G5: error: "3 tháng cuối năm" under "Ghi chú"/);
  });
});

describe('controls: near shapes keep their reading', () => {
  it('every row of one part ("9 tháng đầu năm" twice: an office by enforcer): summed as before, 2.020 / 2.650 / 1.930 / 970, 50,26 %', async () => {
    // 970 / 1.930 = 50,259… %
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...parts('9 tháng đầu năm', '9 tháng đầu năm')]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    expect(csvTotal(r.stdout)).toEqual(['2020', '2650', '1930', '970', '50.26']);
  });

  it('notes of other things ("Hoãn 3 tháng" / "Hoãn 6 tháng"): summed as before', async () => {
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...parts('Hoãn 3 tháng', 'Hoãn 6 tháng')]);
    expect(r.code, r.stderr).toBe(0);
    expect(csvTotal(r.stdout)).toEqual(['2020', '2650', '1930', '970', '50.26']);
  });

  it('one row per office, KV1 noted "3 tháng cuối năm", KV2 "9 tháng đầu năm": two offices, as before, 1.100 / 1.700 / 1.150 / 780, 67,83 %', async () => {
    // carried over 600 + 500, thụ lý 900 + 800, có ĐK 600 + 550, xong 400 + 380 = 780 / 1.150 = 67,826… %
    const r = await both('Ninh Bình 2026.csv', [
      ...TITLE,
      HEAD,
      '1,Phòng THADS khu vực 1,600,900,600,400,3 tháng cuối năm',
      '2,Phòng THADS khu vực 2,500,800,550,380,9 tháng đầu năm',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(csvTotal(r.stdout)).toEqual(['1100', '1700', '1150', '780', '67.83']);
  });
});
