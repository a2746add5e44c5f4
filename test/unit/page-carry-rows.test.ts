// A report printed on several pages and copied back with the ledger's carry rows: "Cộng chuyển
// sang trang sau" at the foot of a page, "Trang trước chuyển sang" at the head of the next, a
// running "Lũy kế đến trang 2" (round 63a, finding 05: refused SUBTOTAL_OF_ONE_ROW,
// SUSPECTED_TOTAL_ROW, DECLARED_TOTAL_MISMATCH, NOT_AN_OFFICE before). A carry row is the sum of
// every office row above it: checked, never added; a wrong one is refused at its line. "Cộng
// trang" (one page's rows) stays a section's subtotal; "Năm trước chuyển sang" as a column header
// (last year's cases carried over) is untouched. No office is named "… chuyển sang" or "trang
// trước". Both readers — the fast path and the reference — must say the same; the workbook too.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { isCarryRow, rowLabel } from '../../src/input/row-labels.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];
const { dir, both } = bothReaders('thads-carry-rows-', ARGS);

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: Việc; nghìn đồng'];
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const PAGE1 = ['1,Văn phòng Cục,120,90,50000,20000', '2,Thành phố Nam Định,300,250,80000,30000', '3,Mỹ Lộc,200,170,40000,15000'];
const PAGE2 = ['4,Vụ Bản,210,180,45000,16000', '5,Ý Yên,260,220,60000,22000', '6,Nam Trực,190,160,35000,12000', '7,Trực Ninh,150,120,30000,11000'];
// Carried from page 1: 120+300+200 = 620, 90+250+170 = 510, 50.000+80.000+40.000 = 170.000, 20.000+30.000+15.000 = 65.000
const CARRY1 = '620,510,170000,65000';
const TOTAL = ',Tổng cộng toàn tỉnh Nam Định,1430,1190,340000,126000';
// By hand, the seven offices: with conditions 120+300+200+210+260+190+150 = 1.430; resolved
// 90+250+170+180+220+160+120 = 1.190; rate 1.190/1.430 = 0,83216… = 83,22 %. Money (nghìn đồng)
// 50.000+80.000+40.000+45.000+60.000+35.000+30.000 = 340.000 → 340.000.000 đ; resolved
// 20.000+30.000+15.000+16.000+22.000+12.000+11.000 = 126.000 → 126.000.000 đ; 126/340 = 37,06 %.
const RIGHT_CASES = { withConditions: '1430', resolved: '1190', rate: '83.22' };
const RIGHT_MONEY = { withConditions: '340000000', resolved: '126000000', rate: '37.06' };

const expectRight = (r: { code: number; stdout: string; stderr: string }) => {
  expect(r.code, r.stderr).toBe(0);
  const total = JSON.parse(r.stdout).total;
  expect(total.cases).toMatchObject(RIGHT_CASES);
  expect(total.money).toMatchObject(RIGHT_MONEY);
};

/** page 1, its foot row, the header again, page 2's head row, page 2, the total */
const twoPages = (foot: string | null, head: string | null, total = TOTAL) => [
  ...TITLE, HEADER, ...PAGE1, ...(foot === null ? [] : [`,${foot},${CARRY1}`]), HEADER, ...(head === null ? [] : [`,${head},${CARRY1}`]), ...PAGE2, total,
];

describe('page carry rows: running sums of the offices above, checked, never added', () => {
  it('the finding\'s file: "Cộng chuyển sang trang sau" and "Trang trước chuyển sang"', async () => {
    expectRight(await both('bao-cao-2019.csv', twoPages('Cộng chuyển sang trang sau', 'Trang trước chuyển sang')));
  });

  it('the other spellings, at the foot or the head of a page, upper case and without diacritics', async () => {
    const feet = ['Cộng chuyển trang sau', 'Chuyển sang trang sau', 'Mang sang', 'CỘNG CHUYỂN SANG TRANG SAU', 'Cong chuyen sang trang sau', 'Carried forward to next page'];
    const heads = ['Cộng trang trước', 'Số trang trước mang sang', 'TRANG TRUOC CHUYEN SANG', 'Trang trước mang sang', 'Brought forward from previous page'];
    for (const [k, foot] of feet.entries()) expectRight(await both(`foot-${k}-2019.csv`, twoPages(foot, null)));
    for (const [k, head] of heads.entries()) expectRight(await both(`head-${k}-2019.csv`, twoPages(null, head)));
  });

  it('the variant: "Cộng trang 1/2/3" and a running "Lũy kế đến trang 2" (1.090 = 620 + 210 + 260)', async () => {
    const lines = [
      ...TITLE, HEADER, ...PAGE1, ',Cộng trang 1,620,510,170000,65000',
      HEADER, ...PAGE2.slice(0, 2),
      // page 2: 210+260 = 470, 180+220 = 400, 45.000+60.000 = 105.000, 16.000+22.000 = 38.000
      ',Cộng trang 2,470,400,105000,38000',
      // running: 620+470 = 1.090, 510+400 = 910, 170.000+105.000 = 275.000, 65.000+38.000 = 103.000
      ',Lũy kế đến trang 2,1090,910,275000,103000',
      HEADER, ...PAGE2.slice(2),
      // page 3: 190+150 = 340, 160+120 = 280, 35.000+30.000 = 65.000, 12.000+11.000 = 23.000
      ',Cộng trang 3,340,280,65000,23000', ',Tổng cộng toàn tỉnh,1430,1190,340000,126000',
    ];
    expectRight(await both('variant-2019.csv', lines));
  });

  it('without a total row, the carry rows alone: read, not added', async () => {
    expectRight(await both('no-total-2019.csv', twoPages('Cộng chuyển sang trang sau', 'Trang trước chuyển sang', '')));
  });

  it('a carry row that is not the sum of every office above it is refused at its line', async () => {
    // 630 ≠ 120+300+200 = 620
    const lines = twoPages('Cộng chuyển sang trang sau', 'Trang trước chuyển sang').map((l) => (l.startsWith(',Trang trước') ? ',Trang trước chuyển sang,630,510,170000,65000' : l));
    const r = await both('wrong-carry-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:10:3: error: declared subtotal "Trang trước chuyển sang" has cases with conditions 630, but the rows above it add up to 620 [DECLARED_TOTAL_MISMATCH]');
    expect(stderrCodes(r.stderr)).toEqual(['DECLARED_TOTAL_MISMATCH']);
  });

  it('a running sum that holds one page only is refused: page 2\'s own 470 under "Lũy kế đến trang 2"', async () => {
    // the offices above: 120+300+200+210+260 = 1.090, not 470
    const lines = [...TITLE, HEADER, ...PAGE1, HEADER, ...PAGE2.slice(0, 2), ',Lũy kế đến trang 2,470,400,105000,38000', HEADER, ...PAGE2.slice(2), TOTAL];
    const r = await both('one-page-running-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:11:3: error: declared subtotal "Lũy kế đến trang 2" has cases with conditions 470, but the rows above it add up to 1090 [DECLARED_TOTAL_MISMATCH]');
  });

  it('a carry row with no office above it (page 2 exported alone, page 1 missing) is refused, not dropped', async () => {
    const lines = [...TITLE, HEADER, `,Trang trước chuyển sang,${CARRY1}`, ...PAGE2];
    const r = await both('page-two-alone-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // nothing above it: 620 carried, 0 there
    expect(r.stderr).toContain('FILE:5:3: error: declared subtotal "Trang trước chuyển sang" has cases with conditions 620, but the rows above it add up to 0 [DECLARED_TOTAL_MISMATCH]');
  });

  it('the workbook reader reads the same file the same way, and refuses the same wrong carry', async () => {
    const semi = (lines: readonly string[]) => lines.map((l) => l.replace(/,/g, ';'));
    expectRight(await summarizeLinesWorkbook(dir, 'bao-cao-2019.xlsx', semi(twoPages('Cộng chuyển sang trang sau', 'Trang trước chuyển sang')), ARGS));
    const wrong = semi(twoPages('Cộng chuyển sang trang sau', null).map((l) => (l.startsWith(',Cộng chuyển') ? ',Cộng chuyển sang trang sau,620,510,170000,64000' : l)));
    const r = await summarizeLinesWorkbook(dir, 'wrong-2019.xlsx', wrong, ARGS);
    expect(r.code).toBe(1);
    // 64.000 ≠ 20.000+30.000+15.000 = 65.000 (nghìn đồng)
    expect(r.stderr).toMatch(/wrong-2019\.xlsx:Sheet1!F8: error: declared subtotal "Cộng chuyển sang trang sau" has money resolved 64000 nghìn đồng \(64000000 đồng\), but the rows above it add up to 65000 nghìn đồng \(65000000 đồng\) \[DECLARED_TOTAL_MISMATCH\]/);
  });
});

describe('over-reach: ordinary files read as before', () => {
  it('"Cộng trang" page subtotals (each page\'s own rows) read as today', async () => {
    // page 1: 620 (above); page 2: 210+260+190+150 = 810, 180+220+160+120 = 680,
    // 45.000+60.000+35.000+30.000 = 170.000, 16.000+22.000+12.000+11.000 = 61.000
    const lines = [...TITLE, HEADER, ...PAGE1, `,Cộng trang,${CARRY1}`, HEADER, ...PAGE2, ',Cộng trang,810,680,170000,61000', ',Toàn tỉnh Nam Định,1430,1190,340000,126000'];
    expectRight(await both('cong-trang-2019.csv', lines));
  });

  it('"Năm trước chuyển sang" as a column header (cases carried over) is untouched', async () => {
    const header = 'STT,Đơn vị,Việc năm trước chuyển sang,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
    const lines = [...TITLE, header, ...[...PAGE1, ...PAGE2].map((l) => l.replace(/^(\d+,[^,]+),/, '$1,10,')), ',Tổng cộng,70,1430,1190,340000,126000'];
    const r = await both('carried-over-column-2019.csv', lines);
    expectRight(r);
    // seven offices, 10 carried over each: 70
    expect(JSON.parse(r.stdout).total.cases.carriedOver).toBe('70');
  });

  it('a paginated report without any carry row: the offices of both pages, the total matching', async () => {
    expectRight(await both('plain-pages-2019.csv', twoPages(null, null)));
  });

  it('the label rule: carry rows read as sections, offices and other labels as before', () => {
    for (const carry of ['Cộng chuyển sang trang sau', 'Trang trước chuyển sang', 'Lũy kế đến trang 2', 'Mang sang', 'Số trang trước mang sang', 'Cộng trang trước']) {
      expect(isCarryRow(carry), carry).toBe(true);
      expect(rowLabel(carry), carry).toBe('section');
    }
    // "Trảng Bom", "Trảng Bàng" fold to "trang …" and are offices; "Năm trước chuyển sang" names no page
    for (const office of ['Trảng Bom', 'Trảng Bàng', 'Mỹ Lộc']) expect(rowLabel(office), office).toBe('office');
    for (const not of ['Cộng trang', 'Cộng trang 1', 'Năm trước chuyển sang', 'Trảng Bom', 'Lũy kế', 'Chuyển sang']) expect(isCarryRow(not), not).toBe(false);
    expect(rowLabel('Lũy kế')).toBe('other');
  });
});
