// A paginated report with its "Tổng cộng" at the TOP (the Biểu forms put it first, above the
// offices): the header comes again at each printed page, over the next offices. The top total
// closes no table, so the header again below its offices is a page's, not a second table's
// (round 59b, finding 01: refused SECOND_TABLE before). A header again below a total that closes
// the rows above it, or followed by a total row of its own, still starts a second table.
// Both readers — the fast path and the reference — must say the same; the workbook reader too.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];
const { dir, both } = bothReaders('thads-paged-top-', ARGS);

// The Nam Định fixture (fixtures/real-world/form-three-row-header), split into two pages.
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', 'Năm 2019 (từ 01/10/2018 đến 30/9/2019)', ',,,,,,,,,,,,,,,,Đơn vị tính: việc'];
const H1 = 'STT,Đơn vị,Tổng số thụ lý,,,Ủy thác,"Thu hồi, hủy quyết định THA",Tổng số phải thi hành,Có điều kiện thi hành,,,,,,,Chưa có điều kiện,Tỷ lệ (%)';
const H2 = ',,Tổng số,Năm trước chuyển sang,Mới thụ lý,,,,Tổng số,Thi hành xong,Đình chỉ,Đang thi hành,Hoãn,Tạm đình chỉ,Trường hợp khác,,';
const COLUMN_NUMBERS = 'A,B,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15';
const TOTAL = ',Tổng cộng,7.012,2.714,4.298,40,22,6.950,5.871,5.218,295,211,32,14,101,1.079,"93,90"';
const PAGE1 = [
  '1,Thành phố Nam Định,729,329,400,8,7,714,608,545,37,15,2,1,8,106,',
  '2,Mỹ Lộc,701,317,384,4,3,694,586,520,13,31,5,2,15,108,',
  '3,Vụ Bản,782,282,500,3,3,776,655,611,19,15,2,1,7,121,',
  '4,Ý Yên,359,109,250,4,2,353,298,266,10,13,2,1,6,55,',
  '5,Nam Trực,625,281,344,5,1,619,522,456,38,16,2,1,9,97,',
];
const PAGE2 = [
  '6,Trực Ninh,725,217,508,3,1,721,609,535,40,20,3,1,10,112,',
  '7,Xuân Trường,810,254,556,2,2,806,680,592,38,30,5,2,13,126,',
  '8,Giao Thủy,779,247,532,4,1,774,653,572,37,26,4,2,12,121,',
  '9,Hải Hậu,703,339,364,4,1,698,589,539,24,15,2,1,8,109,',
  '10,Nghĩa Hưng,799,339,460,3,1,795,671,582,39,30,5,2,13,124,',
];
const SIGNATURE = ',Người lập biểu,,,,,,,,,CỤC TRƯỞNG';
// By hand:
//   with conditions 608+586+655+298+522 = 2.669 (page 1), 609+680+653+589+671 = 3.202 (page 2);
//     2.669+3.202 = 5.871 = the Tổng cộng row
//   resolved = completed + terminated: 582+533+630+276+494 = 2.515, 575+630+609+563+621 = 2.998;
//     2.515+2.998 = 5.513 (5.218 + 295 on the Tổng cộng row)
//   rate 5.513 / 5.871 = 0,93902… = 93,90 %
const RIGHT = { withConditions: '5871', resolved: '5513', rate: '93.90' };

const expectRight = (r: { code: number; stdout: string; stderr: string }) => {
  expect(r.code, r.stderr).toBe(0);
  expect(JSON.parse(r.stdout).total.cases).toMatchObject(RIGHT);
};

describe('the header again below a total at the top: a page\'s header', () => {
  it('two pages, "Trang 1/2" and "Trang 2/2" (the finding\'s file): read as one table, the total matching', async () => {
    const r = await both('bao-cao-viec-2019.csv', [...TITLE, H1, H2, TOTAL, ...PAGE1, ',,,,,,,,,,,,,,,,Trang 1/2', H1, H2, ...PAGE2, ',,,,,,,,,,,,,,,,Trang 2/2', SIGNATURE]);
    expectRight(r);
  });

  it('the form\'s column-number row under each page\'s header, no page mark', async () => {
    const r = await both('column-numbers-2019.csv', [...TITLE, H1, H2, COLUMN_NUMBERS, TOTAL, ...PAGE1, H1, H2, COLUMN_NUMBERS, ...PAGE2, SIGNATURE]);
    expectRight(r);
  });

  it('only the second header row repeated, or only the first', async () => {
    expectRight(await both('second-row-2019.csv', [...TITLE, H1, H2, TOTAL, ...PAGE1, H2, ...PAGE2, SIGNATURE]));
    expectRight(await both('first-row-2019.csv', [...TITLE, H1, H2, TOTAL, ...PAGE1, H1, ...PAGE2, SIGNATURE]));
  });

  it('three pages, and a total at the bottom as well', async () => {
    const three = await both('three-pages-2019.csv', [...TITLE, H1, H2, TOTAL, ...PAGE1.slice(0, 3), H1, H2, ...PAGE1.slice(3), ...PAGE2.slice(0, 2), H1, H2, ...PAGE2.slice(2), SIGNATURE]);
    expectRight(three);
    const bottom = await both('top-and-bottom-2019.csv', [...TITLE, H1, H2, TOTAL, ...PAGE1, H1, H2, ...PAGE2, TOTAL, SIGNATURE]);
    expectRight(bottom);
  });

  it('an English export: "Total" first, the header again', async () => {
    const H = 'No.,Office,With conditions,Resolved';
    // 100+200+50+70 = 420; 80+150+40+60 = 330; 330/420 = 78,57 %
    const r = await both('paged-en-cases-2019.csv', [H, ',Total,420,330', '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', 'Page 1/2,,,', H, '3,Ý Yên,50,40', '4,Nam Trực,70,60']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '420', resolved: '330', rate: '78.57' });
  });

  it('a workbook of the same pages', async () => {
    const cells = (line: string) => {
      const out: (string | number | null)[] = [];
      for (const m of line.matchAll(/("[^"]*"|[^,]*)(,|$)/g)) {
        if (m.index === line.length && m[0] === '') break;
        const c = m[1]!.replace(/^"|"$/g, '');
        out.push(c === '' ? null : /^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c);
      }
      return out;
    };
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Biểu 07');
    for (const line of [...TITLE, H1, H2, TOTAL, ...PAGE1, ',,,,,,,,,,,,,,,,Trang 1/2', H1, H2, ...PAGE2, ',,,,,,,,,,,,,,,,Trang 2/2', SIGNATURE]) sheet.addRow(cells(line));
    // (the rate cell "93,90" as the sheet shows it: text, not read)
    const file = join(dir, 'bao-cao-viec-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expectRight({ code: await main(io), stdout: stdout(), stderr: stderr() });
  });
});

describe('over-reach: what stays refused, what keeps reading', () => {
  const H = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

  it('a page\'s offices that make the top total wrong: all pages\' offices counted against the one total', async () => {
    // offices 100+200+50+70 = 420 (80+150+40+60 = 330), the total says 300 (230): page 2 left out of it
    const r = await both('paged-wrong-2019.csv', [H, ',Tổng cộng,300,230', '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', H, '3,Ý Yên,50,40', '4,Nam Trực,70,60']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:3: error: declared total "Tổng cộng" has cases with conditions 300, but the office rows add up to 420 [DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr).toContain('FILE:2:4: error: declared total "Tổng cộng" has cases resolved 230, but the office rows add up to 330 [DECLARED_TOTAL_MISMATCH]');
    // page 2 closed by a total of its own (50+70 = 120): the top total still holds every page's offices, 420
    const closed = await both('paged-two-totals-2019.csv', [H, ',Tổng cộng,300,230', '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', H, '3,Ý Yên,50,40', '4,Nam Trực,70,60', ',Tổng cộng,120,100']);
    expect(closed.code).toBe(1);
    expect(closed.stdout).toBe('');
    expect(closed.stderr).toContain('FILE:2:3: error: declared total "Tổng cộng" has cases with conditions 300, but the office rows add up to 420 [DECLARED_TOTAL_MISMATCH]');
  });

  it('a real second table: the cases table closed by its total, then the header again over a money table', async () => {
    const r = await both('two-tables-2019.csv', [H, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', ',Tổng cộng,300,230', 'II. VỀ TIỀN (nghìn đồng),,,', H, '1,Mỹ Lộc,5000,4000', '2,Vụ Bản,7000,3000', ',Tổng cộng,12000,7000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6: error: a second table starts here: the header comes again below the total row "Tổng cộng" (line 4), and its rows would be added to the first table\'s [SECOND_TABLE]');
  });

  it('two tables each with its total at the top: the header again followed by a total of its own', async () => {
    // other offices below (50+70 = 120, its own total): a second table all the same, another
    // province's or year's; summed, 420 would print though neither total says it
    const other = await both('two-top-tables-2019.csv', [H, ',Tổng cộng,300,230', '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', H, ',Tổng cộng,120,100', '3,Ý Yên,50,40', '4,Nam Trực,70,60']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('FILE:6: error: a second table starts at line 5, where the header comes again with a total row of its own ("Tổng cộng" here; the first table\'s is at line 2): its rows would be added to the first table\'s [SECOND_TABLE]');
    // the same offices again under the header, without a total: another year's block
    const same = await both('top-same-offices-2019.csv', [H, ',Tổng cộng,300,230', '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', H, '1,Mỹ Lộc,90,70', '2,Vụ Bản,180,140']);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('FILE:6: error: a second table starts at line 5, where the header comes again: "Mỹ Lộc" here is an office of the first table, and its figures would be added to the first table\'s [SECOND_TABLE]');
  });

  it('ordinary files keep reading: pages with the total at the bottom, or with no total', async () => {
    // 100+200+50+70 = 420; 80+150+40+60 = 330
    const bottom = await both('paged-bottom-2019.csv', [H, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', H, '3,Ý Yên,50,40', '4,Nam Trực,70,60', ',Tổng cộng,420,330']);
    expect(bottom.code, bottom.stderr).toBe(0);
    expect(JSON.parse(bottom.stdout).total.cases).toMatchObject({ withConditions: '420', resolved: '330' });
    const none = await both('paged-none-2019.csv', [H, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', H, '3,Ý Yên,50,40', '4,Nam Trực,70,60']);
    expect(none.code, none.stderr).toBe(0);
    expect(JSON.parse(none.stdout).total.cases).toMatchObject({ withConditions: '420', resolved: '330' });
    // one page, the total at the top: 100+200 = 300, 80+150 = 230
    const top = await both('top-one-page-2019.csv', [H, ',Tổng cộng,300,230', '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', ',Người lập biểu,,CỤC TRƯỞNG']);
    expect(top.code, top.stderr).toBe(0);
    expect(JSON.parse(top.stdout).total.cases).toMatchObject({ withConditions: '300', resolved: '230' });
  });
});
