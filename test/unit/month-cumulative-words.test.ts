// A month report's two blocks in the words offices write: "Thực hiện trong tháng" (or "Phát
// sinh trong tháng", "Tháng này", "Số liệu trong tháng") beside "Lũy kế đến hết tháng 9", "Lũy
// kế đến tháng 9/2019", "Lũy kế đến cuối tháng", "Lũy kế đến tháng báo cáo", "Lũy kế từ đầu năm
// đến nay", "Lũy kế", "Số liệu lũy kế". The September report "BC thang 9 nam 2019" read the
// MONTH as the year (78/90 = 86,67 %, exit 0); the others were refused DUPLICATE_COLUMN. The
// rule: those cumulatives run from 1 October to the report's end (group-span.ts groupSpan), and a
// result's month beside any other group is that month, never the report's figures
// (own-period.ts judgeGroupSpans): beside "Lũy kế cùng kỳ" nothing is left to read, refused.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupSpan } from '../../src/input/group-span.js';
import { judgeGroupSpans } from '../../src/input/own-period.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-month-cumulative-words-', []);
const FIELDS = 'Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện,Tiền thi hành xong,Tiền đình chỉ';
/** Finding 02's report: the month 40/30/2 and 50/45/1; the cumulative 586/520/13 and 655/611/19 (money in nghìn đồng). */
const report = (title: string, month: string, cumulative: string) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${title}`,
  'Đơn vị tính: Việc; nghìn đồng',
  `STT,Đơn vị,${month},,,,,,${cumulative},,,,,`,
  `,,${FIELDS},${FIELDS}`,
  '1,Mỹ Lộc,40,30,2,900000,700000,10000,586,520,13,9565824,7194245,634044',
  '2,Vụ Bản,50,45,1,1200000,1000000,20000,655,611,19,16389337,13086832,1077528',
  ',Tổng cộng,90,75,3,2100000,1700000,30000,1241,1131,32,25955161,20281077,1711572',
];
const run = (name: string, lines: readonly string[], args: readonly string[] = []) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none', ...args]);
const total = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.year, t.cases_with_conditions, t.cases_completed, t.cases_resolved, t.cases_rate, t.money_with_conditions, t.money_completed, t.money_resolved, t.money_rate];
};
/**
 * The cumulative read: có ĐK 586 + 655 = 1241; xong 520 + 611 = 1131; resolved (520 + 13) +
 * (611 + 19) = 533 + 630 = 1163; 1163 / 1241 = 93.714… → 93.71. Money (×1000): có ĐK 9565824 +
 * 16389337 = 25955161; xong 7194245 + 13086832 = 20281077; resolved (7194245 + 634044) +
 * (13086832 + 1077528) = 7828289 + 14164360 = 21992649; 21992649 / 25955161 = 84.733… → 84.73.
 * (The month would be 90, 75, 78, 86.67, 2100000000, …: never printed.)
 */
const CUMULATIVE = (year: string) => [year, '1241', '1131', '1163', '93.71', '25955161000', '20281077000', '21992649000', '84.73'];

describe('groupSpan: the cumulative and month words of month reports', () => {
  it.each([
    ['Lũy kế đến hết tháng 9', { kind: 'cumulative', start: null, end: null, months: 12 }],
    ['Luy ke den het thang 9', { kind: 'cumulative', start: null, end: null, months: 12 }],
    ['LŨY KẾ ĐẾN HẾT THÁNG 12', { kind: 'cumulative', start: null, end: null, months: 3 }],
    ['Lũy kế đến tháng 3', { kind: 'cumulative', start: null, end: null, months: 6 }],
    ['Lũy kế đến tháng 9/2019', { kind: 'cumulative', start: null, end: '2019-09-30' }],
    ['Lũy kế đến cuối tháng', { kind: 'cumulative', start: null, end: null }],
    ['Lũy kế đến tháng báo cáo', { kind: 'cumulative', start: null, end: null }],
    ['Lũy kế từ đầu năm đến nay', { kind: 'cumulative', start: null, end: null }],
    ['Số liệu lũy kế', { kind: 'cumulative', start: null, end: null }],
    ['Cumulative to date', { kind: 'cumulative', start: null, end: null }],
    ['Tháng này', { kind: 'month', month: null, year: null, beside: true }],
    ['Số liệu trong tháng', { kind: 'month', month: null, year: null }],
  ])('%s → %j', (text, span) => expect(groupSpan(text)).toEqual(span));
  it('"Lũy kế cùng kỳ" and "Số liệu đến nay" name no span of the report\'s', () => {
    expect([groupSpan('Lũy kế cùng kỳ'), groupSpan('Số liệu đến nay')]).toEqual([null, null]);
  });
  const september = { year: 2019, start: null, end: '2019-09-30' };
  it.each([
    [['Thực hiện trong tháng', 'Lũy kế đến hết tháng 9'], [false, true]],
    [['Thực hiện trong tháng', 'Lũy kế cùng kỳ'], [false, false]],
    [['Phát sinh trong tháng', 'Lũy kế từ 01/01/2019'], [false, false]],
    [['Trong tháng', 'Lũy kế tháng trước'], [false, false]],
    [['Trong tháng', 'Năm 2019'], [false, undefined]],
  ] as const)('%j in September 2019 → %j', (groups, own) => expect(judgeGroupSpans(groups, september).map((j) => j?.own)).toEqual(own));
  it('"Lũy kế đến hết tháng 9" in a March report is another period (1/10/2018–30/9/2019)', () => {
    expect(judgeGroupSpans(['Thực hiện trong tháng', 'Lũy kế đến hết tháng 9'], { year: 2019, start: null, end: '2019-03-31' }).map((j) => j?.own)).toEqual([false, false]);
  });
});

describe('finding 02: the September report reads the cumulative, never the month', () => {
  it.each([
    ['Thực hiện trong tháng', 'Lũy kế đến hết tháng 9'],
    ['Phát sinh trong tháng', 'Lũy kế đến hết tháng 9'],
    ['Thực hiện trong tháng', 'Lũy kế đến tháng 9/2019'],
    ['Thuc hien trong thang', 'Luy ke den het thang 9'],
    ['THỰC HIỆN TRONG THÁNG', 'LŨY KẾ ĐẾN HẾT THÁNG 9'],
    ['This month', 'Cumulative to date'],
  ])('"%s | %s": 1163 / 1241 = 93.71 %', async (month, cumulative) => {
    const r = await run('BC thang 9 nam 2019.csv', report('THÁNG 9 NĂM 2019', month, cumulative));
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });

  it('a December report ("THÁNG 12 NĂM 2019", the statistics year 2020): "Lũy kế đến hết tháng 12" is its three months', async () => {
    const r = await run('bc-nam-dinh.csv', report('THÁNG 12 NĂM 2019', 'Thực hiện trong tháng', 'Lũy kế đến hết tháng 12'), ['--year', '2020']);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2020'));
  });

  it('the workbook with merged group cells (finding 02\'s) reads as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('T9.2019');
    for (const line of report('THÁNG 9 NĂM 2019', 'Thực hiện trong tháng', 'Lũy kế đến hết tháng 9')) ws.addRow(line.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['A4:A5', 'B4:B5', 'C4:H4', 'I4:N4']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'bao-cao-thang-9-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'bao-cao-thang-9-2019.xlsx')], ['--by', 'none']);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
});

describe('safety: a month beside no cumulative of the report\'s is refused, never read', () => {
  it.each([
    ['Lũy kế cùng kỳ', 'THÁNG 9 NĂM 2019'],
    ['Lũy kế từ 01/01/2019', 'THÁNG 9 NĂM 2019'],
    // to September is not a March report's period
    ['Lũy kế đến hết tháng 9', 'THÁNG 3 NĂM 2019'],
    // words naming no span thads knows: last month's, or none (were read as the report's, exit 0)
    ['Lũy kế đến tháng trước', 'THÁNG 9 NĂM 2019'],
    ['Tháng trước', 'THÁNG 9 NĂM 2019'],
    ['Số liệu khác', 'THÁNG 9 NĂM 2019'],
  ])('"Thực hiện trong tháng | %s" under "%s": exit 1 MISSING_COLUMN', async (cumulative, title) => {
    const r = await run('bc-thang.csv', report(title, 'Thực hiện trong tháng', cumulative), ['--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bc-thang\.csv:5: error: the header names no figure column; column 3 "Việc có điều kiện \(Thực hiện trong tháng\)" names with_conditions for "Thực hiện trong tháng"/);
    expect(r.stderr).toContain('which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });
});

/** Finding 03's March 2026 report: the cumulative xong 320 and 411, money xong 3194245 and 5086832 (its total row so too). */
const march = (month: string, cumulative: string) =>
  report('THÁNG 3 NĂM 2026', month, cumulative).map((l) =>
    l.replace(',586,520,', ',586,320,').replace(',655,611,', ',655,411,').replace(',7194245,', ',3194245,').replace(',13086832,', ',5086832,').replace(',1241,1131,32,25955161,20281077,', ',1241,731,32,25955161,8281077,'),
  );

describe('finding 03: a March report\'s cumulative in common words, read (was DUPLICATE_COLUMN)', () => {
  it.each([
    ['Thực hiện trong tháng', 'Lũy kế từ đầu năm đến nay'],
    ['Tháng này', 'Lũy kế'],
    ['Thực hiện trong tháng', 'Lũy kế đến cuối tháng'],
    ['Số liệu trong tháng', 'Số liệu lũy kế'],
    ['Thực hiện trong tháng', 'Lũy kế đến tháng báo cáo'],
    ['Thực hiện trong tháng', 'Lũy kế đến hết tháng 3'],
  ])('"%s | %s": 763 / 1241 = 61.48 %, money 38.50 %', async (month, cumulative) => {
    const r = await run('bc-thang-3-2026.csv', march(month, cumulative), ['--year', '2026']);
    expect(r.code).toBe(0);
    // có ĐK 586 + 655 = 1241; xong 320 + 411 = 731; resolved 333 + 430 = 763; 763 / 1241 = 61.482… → 61.48.
    // Money: xong 3194245 + 5086832 = 8281077; resolved (3194245 + 634044) + (5086832 + 1077528) =
    // 3828289 + 6164360 = 9992649; 9992649 / 25955161 = 38.499… → 38.50.
    expect(total(r.rows)).toEqual(['2026', '1241', '731', '763', '61.48', '25955161000', '8281077000', '9992649000', '38.50']);
  });
});

describe('over-reach: what read before reads the same', () => {
  it('a year report "NĂM 2019" with "Trong tháng 9 | Lũy kế 12 tháng" reads the twelve months', async () => {
    const r = await run('bc-nam-2019.csv', report('NĂM 2019', 'Trong tháng 9', 'Lũy kế 12 tháng'), ['--year', '2019']);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
  it('"Thực hiện trong tháng | Lũy kế từ 01/10/2018" and "Trong tháng | Lũy kế đến nay" read the cumulative', async () => {
    for (const [month, cumulative] of [['Thực hiện trong tháng', 'Lũy kế từ 01/10/2018'], ['Trong tháng', 'Lũy kế đến nay']] as const) {
      const r = await run('BC thang 9 nam 2019.csv', report('THÁNG 9 NĂM 2019', month, cumulative));
      expect(r.code).toBe(0);
      expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
    }
  });
  it('"Thực hiện trong tháng | Năm 2019" under "THÁNG 9 NĂM 2019": the own year\'s group still reads', async () => {
    const r = await run('BC thang 9 nam 2019.csv', report('THÁNG 9 NĂM 2019', 'Thực hiện trong tháng', 'Năm 2019'));
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
  it('a year report with one block and no group row reads as before: 1163 / 1241', async () => {
    const r = await run('bc-nam.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019',
      'Đơn vị tính: Việc; nghìn đồng',
      `STT,Đơn vị,${FIELDS}`,
      '1,Mỹ Lộc,586,520,13,9565824,7194245,634044',
      '2,Vụ Bản,655,611,19,16389337,13086832,1077528',
    ], ['--year', '2019']);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
});
