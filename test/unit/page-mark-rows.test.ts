// A page's mark typed in the office column, its figure cells empty — a report printed to PDF and
// copied back, an Excel sheet with its footer typed in a cell, saved as CSV: "Trang 1", "Trang
// 1/3", "Trang 2 / 3", "Page 1 of 2", "- 1 -" between or after the office rows. Before: the
// numbered offices below it were refused NOT_AN_OFFICE ("a line under "Trang 1", a title without
// figures that is no section…"), and below a total on top of the table its offices would be a
// second table's. Now skipped as a repeated page header is (silently, no figures lost). With
// figures it is refused (before: added as an office when no total row checked it). Offices named
// with "Trảng" read as before. Both readers agree; xlsx too.
import { describe, expect, it } from 'vitest';
import { isPageMark } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both, dir } = bothReaders('thads-page-mark-', ['--by', 'none', '--format', 'csv']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const PAGE_ONE = ['1,Vụ Bản,100,90', '2,Mỹ Lộc,200,150'];
const PAGE_TWO = ['3,Ý Yên,50,30'];
// 100 + 200 + 50 = 350 with conditions; 90 + 150 + 30 = 270 resolved
const TOTAL = ',Tổng cộng,350,270';

/** The TOTAL row's cases with conditions and resolved (columns 10 and 19 of the CSV). */
function totals(stdout: string): [string, string] {
  const cells = stdout.trim().split('\n').at(-1)!.split(',');
  return [cells[9]!, cells[18]!];
}

const MARKS = ['Trang 1', 'Trang 1/3', 'Trang 2 / 3', 'TRANG 2/5', 'Trang 1 của 3', 'Trang số 2', 'Page 1 of 2', 'Page 2/3', '- 1 -', '– 2 –'];

describe('isPageMark', () => {
  it.each(MARKS)('"%s" is a page\'s mark', (text) => expect(isPageMark(text)).toBe(true));
  it.each(['Huyện Trảng Bom', 'Trảng Bàng', 'Thị xã Trảng Bàng', 'Trang', 'Quận 1', 'Phòng THADS khu vực 1', '1/3', 'Trang trại 1'])('"%s" is none', (text) =>
    expect(isPageMark(text)).toBe(false));
});

describe('a page\'s mark without figures in the office column', () => {
  it.each(MARKS)('"%s" between two pages\' offices: skipped, 350 / 270 (was NOT_AN_OFFICE at the office below)', async (mark) => {
    const r = await both('p-2019.csv', [TITLE, HEADER, ...PAGE_ONE, `,${mark},,`, ...PAGE_TWO, TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(totals(r.stdout)).toEqual(['350', '270']);
  });

  it('one after each page, the last after the total: skipped, 350 / 270', async () => {
    const r = await both('e-2019.csv', [TITLE, HEADER, ...PAGE_ONE, ',Trang 1/2,,', ...PAGE_TWO, TOTAL, ',Trang 2/2,,']);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(['350', '270']);
  });

  it('below a total on top of the offices: the next page\'s offices are no second table, 350 / 270', async () => {
    const r = await both('t-2019.csv', [TITLE, HEADER, TOTAL, ...PAGE_ONE, ',Trang 1,,', ...PAGE_TWO]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(['350', '270']);
  });

  it('in the STT column: skipped, 350 / 270', async () => {
    const r = await both('s-2019.csv', [TITLE, HEADER, ...PAGE_ONE, 'Trang 1,,,', ...PAGE_TWO, TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(['350', '270']);
  });

  it('in a workbook: skipped, 350 / 270', async () => {
    const r = await summarizeLinesWorkbook(dir, 'w-2019.xlsx', [TITLE, HEADER.replace(/,/g, ';'), '1;Vụ Bản;100;90', '2;Mỹ Lộc;200;150', ';Trang 1/2;;', '3;Ý Yên;50;30', ';Tổng cộng;350;270'], ['--by', 'none', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(['350', '270']);
  });
});

describe('a page\'s mark with figures stays refused', () => {
  it('"Trang 1 | 10 | 5" without a total row: NOT_AN_OFFICE at its name (was added: 360 / 275, exit 0)', async () => {
    const r = await both('f-2019.csv', [TITLE, HEADER, ...PAGE_ONE, ',Trang 1,10,5', ...PAGE_TWO]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:2: error: "Trang 1" holds a page\'s number (a page footer typed in the table), no office\'s name: it would be added as an office [NOT_AN_OFFICE]');
  });

  it('"Page 1 of 2 | 10 | 5" above a total: NOT_AN_OFFICE', async () => {
    const r = await both('g-2019.csv', [TITLE, HEADER, ...PAGE_ONE, ',Page 1 of 2,10,5', ...PAGE_TWO, TOTAL]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:2: error: "Page 1 of 2" holds a page\'s number');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });
});

describe('controls: offices named with "Trảng", a title that is no page\'s mark', () => {
  it('"Huyện Trảng Bom", "Trảng Bàng", "Thị xã Trảng Bàng": offices, 100 + 200 + 50 = 350 / 90 + 150 + 30 = 270', async () => {
    const r = await both('tb-2019.csv', [TITLE, HEADER, '1,Huyện Trảng Bom,100,90', '2,Huyện Trảng Bàng,200,150', '3,Thị xã Trảng Bàng,50,30', TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    // (a row left out would leave the total row unmatched: DECLARED_TOTAL_MISMATCH)
    expect(totals(r.stdout)).toEqual(['350', '270']);
  });

  it('"Trảng Bom" without figures over numbered offices is still a title they are lines of: NOT_AN_OFFICE as before', async () => {
    const r = await both('tn-2019.csv', [TITLE, HEADER, ...PAGE_ONE, ',Trảng Bom,,', ...PAGE_TWO, TOTAL]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6:1: error: "Ý Yên" (numbered "3") is a line under "Trảng Bom" (line 5), a title without figures that is no section, level or group of offices');
  });
});
