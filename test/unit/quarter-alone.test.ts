// A quarter group alone over every figure column ("Trong quý", "Quý III", "Quý này") under a title
// of a longer period ("9 THÁNG NĂM 2019", "THÁNG 9 NĂM 2019", "NĂM 2019") was read as a title's
// words: the quarter's figures summed as the report's whole period, exit 0 — where a lone "Trong
// tháng" is refused YEAR_CONFLICT. Now the lone quarter is its three months (own-period.ts
// loneQuarterDays), held to the stated period as the lone month is (layout.ts
// groupPeriodConflict). A quarter report's own figures run from 1 October, as a month report's
// do ("QUÝ I NĂM 2019": 1/10/2018–31/3/2019), so "Trong quý" alone under it is refused too — but
// the quarter that ends the statistics year is its own three months ("QUÝ III NĂM 2019":
// 1/7/2019–30/9/2019; counted from 1 October it was the whole year, titlewords), so "Trong quý"
// under it is its period; the quarter of a report of three months from 1 October ("QUÝ IV NĂM
// 2018") is its period, and "Quý III" under "QUÝ III NĂM 2019" repeats the title
// (groupRepeatsStatedQuarter), read as before.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-quarter-alone-', []);
const FIELDS = 'Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện,Tiền thi hành xong,Tiền đình chỉ';
/** One block under one group: 40/30/2 and 50/45/1 (money in nghìn đồng). */
const lone = (title: string, group: string) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${title}`,
  'Đơn vị tính: Việc; nghìn đồng',
  `STT,Đơn vị,${group},,,,,`,
  `,,${FIELDS}`,
  '1,Mỹ Lộc,40,30,2,900000,700000,10000',
  '2,Vụ Bản,50,45,1,1200000,1000000,20000',
];
/** Two blocks: the part 40/30/2 and 50/45/1; the cumulative 586/520/13 and 655/611/19. */
const twoBlocks = (title: string, part: string, cumulative: string) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${title}`,
  'Đơn vị tính: Việc; nghìn đồng',
  `STT,Đơn vị,${part},,,,,,${cumulative},,,,,`,
  `,,${FIELDS},${FIELDS}`,
  '1,Mỹ Lộc,40,30,2,900000,700000,10000,586,520,13,9565824,7194245,634044',
  '2,Vụ Bản,50,45,1,1200000,1000000,20000,655,611,19,16389337,13086832,1077528',
];
const run = (name: string, lines: readonly string[], args: readonly string[] = ['--year', '2019']) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none', ...args]);
const total = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.cases_with_conditions, t.cases_completed, t.cases_resolved, t.cases_rate, t.money_with_conditions, t.money_completed, t.money_resolved, t.money_rate];
};
/**
 * The lone block by hand: có ĐK 40 + 50 = 90; xong 30 + 45 = 75; resolved (30 + 2) + (45 + 1) =
 * 78; 78 / 90 = 86.666… → 86.67. Money (×1000): 900000 + 1200000 = 2100000; 700000 + 1000000 =
 * 1700000; (700000 + 10000) + (1000000 + 20000) = 1730000; 1730000 / 2100000 = 82.380… → 82.38.
 */
const LONE = ['90', '75', '78', '86.67', '2100000000', '1700000000', '1730000000', '82.38'];
/**
 * The cumulative by hand: 586 + 655 = 1241; 520 + 611 = 1131; (520 + 13) + (611 + 19) = 1163;
 * 1163 / 1241 = 93.714… → 93.71. Money: 9565824 + 16389337 = 25955161; 7194245 + 13086832 =
 * 20281077; (7194245 + 634044) + (13086832 + 1077528) = 21992649; 21992649 / 25955161 = 84.733… → 84.73.
 */
const CUMULATIVE = ['1241', '1131', '1163', '93.71', '25955161000', '20281077000', '21992649000', '84.73'];
const conflict = (group: string, days: string, stated: string) =>
  `FILE:4: error: the group "${group}" (line 4) over every figure column names the period ${days}, but the title (line 2) states the period ${stated}: which is the report's? [YEAR_CONFLICT]`;
const NINE = 'from 1/10/2018 to 30/6/2019';
const YEAR = 'from 1/10/2018 to 30/9/2019';
const Q1 = 'from 1/1/2019 to 31/3/2019';
const Q2 = 'from 1/4/2019 to 30/6/2019';
const Q3 = 'from 1/7/2019 to 30/9/2019';

describe('a lone quarter under a title of a longer period: refused as the lone month is (was read as the period, exit 0)', () => {
  it.each([
    ['9 THÁNG NĂM 2019', 'Trong quý', Q2, NINE],
    ['9 THÁNG NĂM 2019', 'Quý này', Q2, NINE],
    ['9 THÁNG NĂM 2019', 'Quý III', Q3, NINE],
    ['THÁNG 9 NĂM 2019', 'Trong quý', Q3, YEAR],
    ['THÁNG 9 NĂM 2019', 'Quý III', Q3, YEAR],
    ['THÁNG 9 NĂM 2019', 'Quý III/2019', Q3, YEAR],
    ['NĂM 2019', 'Trong quý', Q3, YEAR],
    ['NĂM 2019', 'Quý III', Q3, YEAR],
    ['NĂM 2019', 'Quý này', Q3, YEAR],
    ['NĂM 2019', 'TRONG QUY', Q3, YEAR],
    ['NĂM 2019', 'Thực hiện trong quý', Q3, YEAR],
    ['NĂM 2019', 'This quarter', Q3, YEAR],
    ['NĂM 2019', 'Quý IV', 'from 1/10/2018 to 31/12/2018', YEAR],
    // a quarter report's own figures run from 1 October, as a month report's: the quarter alone is not them
    ['QUÝ I NĂM 2019', 'Trong quý', Q1, 'from 1/10/2018 to 31/3/2019'],
  ])('under "%s", "%s" alone: YEAR_CONFLICT', async (title, group, days, stated) => {
    const r = await run('bc-2019.csv', lone(title, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(conflict(group, days, stated).replace('FILE', 'bc-2019.csv'));
  });

  it('without --year, the title\'s year alone: refused the same', async () => {
    const r = await run('bc.csv', lone('NĂM 2019', 'Trong quý'), []);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(conflict('Trong quý', Q3, YEAR).replace('FILE', 'bc.csv'));
  });

  it('xlsx: "Trong quý" merged over every figure column under "NĂM 2019" is refused as the CSV is', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const line of lone('NĂM 2019', 'Trong quý')) ws.addRow(line.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['A4:A5', 'B4:B5', 'C4:H4']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'bc-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'bc-2019.xlsx')], ['--by', 'none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the group "Trong quý" (line 4) over every figure column names the period from 1/7/2019 to 30/9/2019, but the title (line 2) states the period from 1/10/2018 to 30/9/2019');
    expect(r.stderr).toContain('[YEAR_CONFLICT]');
  });
});

describe('"Trong quý" alone with no period stated apart (--year 2019 only): the quarter, as "Trong tháng" is its month', () => {
  const noTitle = (group: string) => lone('', group).slice(2);
  const yearEnd = ['STT,Đơn vị,Việc có điều kiện,Việc thi hành xong', '1,Giao Thủy,100,90'];
  it.each([
    ['Trong quý', '1/7/2019–30/9/2019'],
    ['Quý này', '1/7/2019–30/9/2019'],
    ['Trong tháng', '1/9/2019–30/9/2019'],
  ])('"%s" beside a year-end report: MIXED_PERIODS (the quarter was read as the year and added, exit 0)', async (group, days) => {
    const r = await summarizeCsvRows(dir, [write('bc.csv', noTitle(group)), write('nam.csv', yearEnd)], ['--by', 'none', '--year', '2019']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`error: the input holds reports of one year whose periods differ (1/10/2018–30/9/2019, ${days}), which are never added together [MIXED_PERIODS]`);
  });
  it('alone, its figures are still read (the quarter\'s report): 78 / 90 = 86.67 %', async () => {
    const r = await run('bc.csv', noTitle('Trong quý'));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.rows)).toEqual(LONE);
  });
});

describe('a lone quarter that is the report\'s period, or repeats its title: read', () => {
  it.each([
    ['QUÝ IV NĂM 2018', 'Trong quý'],
    ['QUÝ IV NĂM 2018', 'Quý này'],
    ['QUÝ IV NĂM 2018', 'Quý IV'],
  ])('"%s" (1/10/2018 to 31/12/2018) over "%s": the quarter is the report\'s days, 78 / 90 = 86.67 %', async (title, group) => {
    const r = await run('bc-quy-4.csv', lone(title, group));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.rows)).toEqual(LONE);
  });

  it.each([['Trong quý'], ['Quý này']])('"QUÝ III NĂM 2019" (the quarter that ends the statistics year: its own 1/7/2019 to 30/9/2019, titlewords) over "%s": the report\'s days, 78 / 90 = 86.67 % (was refused as the year\'s)', async (group) => {
    const r = await run('bc-quy-3.csv', lone('QUÝ III NĂM 2019', group));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.rows)).toEqual(LONE);
  });

  it.each([
    ['QUÝ III NĂM 2019', 'Quý III'],
    ['QUÝ III NĂM 2019', 'Quý III/2019'],
    ['QUÝ I NĂM 2019', 'Quý I'],
  ])('"%s" over "%s" says one thing twice, read as the title (as before)', async (title, group) => {
    const r = await run('bc-quy.csv', lone(title, group));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.rows)).toEqual(LONE);
  });
});

describe('over-reach: what read or was refused before stays so', () => {
  it('a year report "NĂM 2019" with "Trong quý IV | Cả năm" reads the year: 1163 / 1241 = 93.71 %', async () => {
    const r = await run('bc-nam-2019.csv', twoBlocks('NĂM 2019', 'Trong quý IV', 'Cả năm'));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE);
  });

  it('a month report "THÁNG 9 NĂM 2019" with "Trong tháng | Lũy kế" reads the cumulative: 93.71 %', async () => {
    const r = await run('bc-thang-9-2019.csv', twoBlocks('THÁNG 9 NĂM 2019', 'Trong tháng', 'Lũy kế'));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE);
  });

  it('a quarter report "9 THÁNG NĂM 2019" with "Trong quý | Lũy kế" reads the cumulative: 93.71 %', async () => {
    const r = await run('bc-quy-2019.csv', twoBlocks('9 THÁNG NĂM 2019', 'Trong quý', 'Lũy kế'));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE);
  });

  it('"Quý I" alone with no period stated apart (no title, --year 2019) is a title\'s words as before: read, 86.67 %', async () => {
    const r = await run('bc.csv', lone('', 'Quý I').slice(2));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.rows)).toEqual(LONE);
  });

  it('the lone "Trong tháng" under "NĂM 2019" is refused as before', async () => {
    const r = await run('bc-2019.csv', lone('NĂM 2019', 'Trong tháng'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(conflict('Trong tháng', 'from 1/9/2019 to 30/9/2019', YEAR).replace('FILE', 'bc-2019.csv'));
  });

  it('an ordinary year report without a group reads as before: 86.67 %', async () => {
    const r = await run('bc-nam-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: Việc; nghìn đồng', `STT,Đơn vị,${FIELDS}`, '1,Mỹ Lộc,40,30,2,900000,700000,10000', '2,Vụ Bản,50,45,1,1200000,1000000,20000']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.rows)).toEqual(LONE);
  });
});
