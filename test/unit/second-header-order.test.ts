// Round 69b finding 04: two Excel exports joined into one file (`copy /b a.csv+b.csv`, `cat`),
// the second filled in a template with "Đình chỉ, Thi hành xong" in the opposite order. The
// second header was skipped as a page's and its rows read by the first header's columns: thi
// hành xong 2.576 / đình chỉ 2.937 printed for 5.218 / 295, exit 0, `check` clean. The header
// again below the rows is a page's only when it reads every column as the file's header does
// (header-again.ts); else it is refused SECOND_TABLE at its first changed cell. Both readers
// must say the same; the workbook reader too. Every expected figure is worked out by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];
const { dir, both } = bothReaders('thads-second-header-', ARGS);

const HINT = '  hint: split the file where its header comes again, or give its parts as separate files';
const refusal = (at: string, column: number, here: string, header: string, headerLine: number) =>
  `FILE:${at}: error: the header comes again here with other columns: column ${column} is "${here}" here and "${header}" in the header (line ${headerLine}); the rows below it would be read by the first header's columns (two tables joined into one file) [SECOND_TABLE]`;

// The finding's two exports, as Excel writes "CSV UTF-8" (the BOM of the second comes mid-file once joined).
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019 (TÍNH BẰNG VIỆC)';
const UNIT = 'Đơn vị tính: Việc';
const HEAD = (a: string, b: string) =>
  `Đơn vị,Năm trước chuyển sang,Thụ lý mới,Tổng số thụ lý,Ủy thác,"Thu hồi, hủy quyết định",Tổng số phải thi hành,Có điều kiện thi hành,${a},${b},Đang thi hành,Hoãn,Tạm đình chỉ,Trường hợp khác,Chưa có điều kiện,Giải quyết xong,Chuyển kỳ sau`;
const PART1 = [
  'Thành phố Nam Định,329,400,729,8,7,714,608,545,37,15,2,1,8,106,582,132',
  'Mỹ Lộc,317,384,701,4,3,694,586,520,13,31,5,2,15,108,533,161',
  'Vụ Bản,282,500,782,3,3,776,655,611,19,15,2,1,7,121,630,146',
  'Ý Yên,109,250,359,4,2,353,298,266,10,13,2,1,6,55,276,77',
  'Nam Trực,281,344,625,5,1,619,522,456,38,16,2,1,9,97,494,125',
];
/** the second part's offices, Đình chỉ before Thi hành xong as its template writes them */
const PART2_SWAPPED = [
  'Trực Ninh,217,508,725,3,1,721,609,40,535,20,3,1,10,112,575,146',
  'Xuân Trường,254,556,810,2,2,806,680,38,592,30,5,2,13,126,630,176',
  'Giao Thủy,247,532,779,4,1,774,653,37,572,26,4,2,12,121,609,165',
  'Hải Hậu,339,364,703,4,1,698,589,24,539,15,2,1,8,109,563,135',
  'Nghĩa Hưng,339,460,799,3,1,795,671,39,582,30,5,2,13,124,621,174',
];
/** the same offices in the first template's order (columns 9 and 10 swapped back) */
const PART2_SAME = PART2_SWAPPED.map((l) => {
  const c = l.split(',');
  [c[8], c[9]] = [c[9]!, c[8]!];
  return c.join(',');
});
const FIRST = ['\uFEFF' + TITLE, UNIT, HEAD('Thi hành xong', 'Đình chỉ'), ...PART1];

describe('a second header reading the columns otherwise, mid-file: refused (was read by the first header, exit 0)', () => {
  it('the finding\'s two exports joined: refused at line 11, column 9 (printed 2.576 / 2.937 for 5.218 / 295)', async () => {
    const r = await both('tong-hop-2019.csv', [...FIRST, '\uFEFF' + TITLE, UNIT, HEAD('Đình chỉ', 'Thi hành xong'), ...PART2_SWAPPED]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${refusal('11:9', 9, 'Đình chỉ', 'Thi hành xong', 3)}\n${HINT}`);
  });

  it('Hoãn and Tạm đình chỉ swapped (hoãn 21 read for 32): refused at column 12', async () => {
    const head2 = HEAD('Thi hành xong', 'Đình chỉ').replace('Hoãn,Tạm đình chỉ', 'Tạm đình chỉ,Hoãn');
    const r = await both('hoan-2019.csv', [...FIRST, TITLE, UNIT, head2, ...PART2_SAME]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal('11:12', 12, 'Tạm đình chỉ', 'Hoãn', 3));
  });

  // A small table: 1 Mỹ Lộc 100 = 60+10+30, 2 Vụ Bản 200 = 150+20+30, then the header again, 3 Ý Yên 50 = 30+5+15.
  const H = 'STT,Đơn vị,Có điều kiện thi hành,Thi hành xong,Đình chỉ,Đang thi hành';
  const small = (again: string) => [H, '1,Mỹ Lộc,100,60,10,30', '2,Vụ Bản,200,150,20,30', again, '3,Ý Yên,50,30,5,15'];

  it.each([
    ['another order', 'STT,Đơn vị,Có điều kiện thi hành,Đình chỉ,Thi hành xong,Đang thi hành', 4, 'Đình chỉ', 'Thi hành xong'],
    ['another order, without diacritics, upper case', 'STT,DON VI,CO DIEU KIEN THI HANH,DINH CHI,THI HANH XONG,DANG THI HANH', 4, 'DINH CHI', 'Thi hành xong'],
    ['another order, abbreviated', 'TT,Đơn vị,Có ĐK,Đình chỉ,Thi hành xong,Đang THA', 4, 'Đình chỉ', 'Thi hành xong'],
    ['another order, an English export', 'No.,Office,With conditions,Terminated,Completed,In progress', 4, 'Terminated', 'Thi hành xong'],
    ['another set: Hoãn where Đang thi hành was', 'STT,Đơn vị,Có điều kiện thi hành,Thi hành xong,Đình chỉ,Hoãn', 6, 'Hoãn', 'Đang thi hành'],
  ])('%s: refused at its first changed cell', async (_, again, column, here, header) => {
    const r = await both('small-viec-2019.csv', small(again));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal(`4:${column}`, column, here, header, 1));
  });

  // Two measures under group rows: 1 Mỹ Lộc 100 / 60 cases, 5.000 / 3.000 nghìn đồng; 2 Vụ Bản 200 / 150, 7.000 / 4.000.
  const G = 'STT,Đơn vị,Về việc,,Về tiền (nghìn đồng),';
  const SUB = ',,Có điều kiện,Thi hành xong,Có điều kiện,Thi hành xong';
  const grouped = (group: string, row3: string) => [G, SUB, '1,Mỹ Lộc,100,60,5000,3000', '2,Vụ Bản,200,150,7000,4000', group, SUB, row3];

  it('the group row again naming the measures the other way round over the same sub-row: refused at the group row', async () => {
    // read by the first header, Ý Yên's 9.000 nghìn đồng would be added as 9.000 cases
    const r = await both('groups-2019.csv', grouped('STT,Đơn vị,Về tiền (nghìn đồng),,Về việc,', '3,Ý Yên,9000,6000,50,30'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal('5:3', 3, 'Về tiền (nghìn đồng)', 'Về việc', 1));
  });

  it('the group row again in another money unit (triệu đồng for nghìn đồng): refused there as a unit line (as before)', async () => {
    const r = await both('groups-unit-2019.csv', grouped('STT,Đơn vị,Về việc,,Về tiền (triệu đồng),', '3,Ý Yên,50,30,9,6'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:5: error: the unit line "Về tiền (triệu đồng)" below the header gives money in million, but the money columns were read in thousand (the header) [UNIT_CONTRADICTION]');
  });

  it('a workbook of the two parts: refused at row 4, as the CSV is', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    const row = (l: string) => l.split(',').map((c) => (/^\d+$/.test(c) ? Number(c) : c));
    for (const l of small('STT,Đơn vị,Có điều kiện thi hành,Đình chỉ,Thi hành xong,Đang thi hành')) sheet.addRow(row(l));
    const file = join(dir, 'tong-hop-viec-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('tong-hop-viec-2019.xlsx:Sheet1!D4: error: the header comes again here with other columns: column 4 is "Đình chỉ" here and "Thi hành xong" in the header (row 1); the rows below it would be read by the first header\'s columns (two tables joined into one file) [SECOND_TABLE]');
  });
});

describe('over-reach: the header again reading the same columns keeps reading', () => {
  it('the finding\'s exports of the same template joined, title and unit lines between: 5.218 / 295', async () => {
    // completed 545+520+611+266+456 = 2.398, 535+592+572+539+582 = 2.820; 2.398+2.820 = 5.218
    // terminated 37+13+19+10+38 = 117, 40+38+37+24+39 = 178; 117+178 = 295
    // with conditions 608+586+655+298+522 = 2.669, 609+680+653+589+671 = 3.202; 5.871
    const r = await both('tong-hop-2019.csv', [...FIRST, '\uFEFF' + TITLE, UNIT, HEAD('Thi hành xong', 'Đình chỉ'), ...PART2_SAME]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '5871', completed: '5218', terminated: '295', resolved: '5513' });
  });

  it('the group row and its sub-row again as written (a page\'s): 350 / 240 cases, 21.000.000 / 13.000.000 đồng', async () => {
    // cases 100+200+50 = 350, 60+150+30 = 240; money 5.000+7.000+9.000 = 21.000 nghìn đồng = 21.000.000 đồng,
    // 3.000+4.000+6.000 = 13.000 nghìn đồng = 13.000.000 đồng
    const G = 'STT,Đơn vị,Về việc,,Về tiền (nghìn đồng),';
    const SUB = ',,Có điều kiện,Thi hành xong,Có điều kiện,Thi hành xong';
    const r = await both('groups-same-2019.csv', [G, SUB, '1,Mỹ Lộc,100,60,5000,3000', '2,Vụ Bản,200,150,7000,4000', 'STT,ĐƠN VỊ,VỀ VIỆC,,VỀ TIỀN (NGHÌN ĐỒNG),', SUB, '3,Ý Yên,50,30,9000,6000']);
    expect(r.code, r.stderr).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect(total.cases).toMatchObject({ withConditions: '350', completed: '240' });
    expect(total.money).toMatchObject({ withConditions: '21000000', completed: '13000000' });
  });

  // with conditions 100+200+50 = 350; completed 60+150+30 = 240; terminated 10+20+5 = 35; in progress 30+30+15 = 75
  const RIGHT = { withConditions: '350', completed: '240', terminated: '35', inProgress: '75', resolved: '275' };
  const H = 'STT,Đơn vị,Có điều kiện thi hành,Thi hành xong,Đình chỉ,Đang thi hành';
  it.each([
    ['a page\'s header repeated identically', H],
    ['spacing, case and diacritics', 'STT , ĐƠN VỊ,co dieu kien thi hanh,THI HÀNH XONG ,  Đình  chỉ,Đang thi hành'],
    ['other spellings of the same columns', 'STT,Đơn vị,Có điều kiện,Đã thi hành xong,Đình chỉ thi hành,Đang thi hành'],
    ['an English header of the same columns in the same places', 'No.,Office,With conditions,Completed,Terminated,In progress'],
    ['trailing empty cells (a trailing delimiter)', `${H},,`],
  ])('%s: 350 / 240 / 35 / 75', async (_, again) => {
    const r = await both('small-viec-2019.csv', [H, '1,Mỹ Lộc,100,60,10,30', '2,Vụ Bản,200,150,20,30', again, '3,Ý Yên,50,30,5,15']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(RIGHT);
  });
});
