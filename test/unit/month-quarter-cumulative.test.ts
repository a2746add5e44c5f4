// Month and quarter reports: the cumulative from 1 October in the wordings offices write beside
// the month ("Số lũy kế", "Kết quả lũy kế", "Lũy kế thực hiện", "Lũy kế từ 01/10/2018 đến nay",
// "Lũy kế từ đầu năm đến hết tháng 9", "Tổng cộng từ đầu năm", "Đến nay") or the quarter ("Trong
// quý | Lũy kế", "Quý II | Lũy kế 9 tháng") were refused MISSING_COLUMN or DUPLICATE_COLUMN; now
// read (group-span.ts groupSpan, own-period.ts judgeGroupSpans). "Lũy kế đến tháng trước" is last
// month's: set aside, never read. A December report named "bc-thang-12.csv" read with --year 2020
// was YEAR_CONFLICT (the name's December put in 2020: file-names.ts nameTitle); a month report
// refused for want of a year says that --year settles it (layout.ts).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupSpan } from '../../src/input/group-span.js';
import { judgeGroupSpans } from '../../src/input/own-period.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-month-quarter-cumulative-', []);
const FIELDS = 'Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện,Tiền thi hành xong,Tiền đình chỉ';
/** Two blocks: the month (or quarter) 40/30/2 and 50/45/1; the cumulative 586/520/13 and 655/611/19 (money in nghìn đồng). */
const report = (title: string, part: string, cumulative: string) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${title}`,
  'Đơn vị tính: Việc; nghìn đồng',
  `STT,Đơn vị,${part},,,,,,${cumulative},,,,,`,
  `,,${FIELDS},${FIELDS}`,
  '1,Mỹ Lộc,40,30,2,900000,700000,10000,586,520,13,9565824,7194245,634044',
  '2,Vụ Bản,50,45,1,1200000,1000000,20000,655,611,19,16389337,13086832,1077528',
  ',Tổng cộng,90,75,3,2100000,1700000,30000,1241,1131,32,25955161,20281077,1711572',
];
const run = (name: string, lines: readonly string[], args: readonly string[] = ['--year', '2019']) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none', ...args]);
const total = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.year, t.cases_with_conditions, t.cases_completed, t.cases_resolved, t.cases_rate, t.money_with_conditions, t.money_completed, t.money_resolved, t.money_rate];
};
/**
 * The cumulative, by hand: có ĐK 586 + 655 = 1241; xong 520 + 611 = 1131; resolved (520 + 13) +
 * (611 + 19) = 533 + 630 = 1163; 1163 / 1241 = 93.714… → 93.71. Money (×1000): có ĐK 9565824 +
 * 16389337 = 25955161; xong 7194245 + 13086832 = 20281077; resolved (7194245 + 634044) +
 * (13086832 + 1077528) = 7828289 + 14164360 = 21992649; 21992649 / 25955161 = 84.733… → 84.73.
 * (The month: 90, 75, 78 = 86.67 %, 2100000000 …: never printed.)
 */
const CUMULATIVE = (year: string) => [year, '1241', '1131', '1163', '93.71', '25955161000', '20281077000', '21992649000', '84.73'];
const MISSING = "which thads does not read as the report's own period [MISSING_COLUMN]";

describe('groupSpan: the cumulative words of month and quarter reports', () => {
  it.each([
    ['Số lũy kế', { kind: 'cumulative', start: null, end: null }],
    ['Kết quả lũy kế', { kind: 'cumulative', start: null, end: null }],
    ['Lũy kế thực hiện', { kind: 'cumulative', start: null, end: null }],
    ['LUY KE THUC HIEN', { kind: 'cumulative', start: null, end: null }],
    ['Lũy kế từ 01/10/2018 đến nay', { kind: 'cumulative', start: '2018-10-01', end: null }],
    ['Cumulative from 01/10/2018 to date', { kind: 'cumulative', start: '2018-10-01', end: null }],
    ['Lũy kế từ đầu năm đến hết tháng 9', { kind: 'cumulative', start: null, end: null, months: 12 }],
    ['Từ đầu năm đến hết tháng 3', { kind: 'cumulative', start: null, end: null, months: 6 }],
    ['Tổng cộng từ đầu năm', { kind: 'cumulative', start: null, end: null }],
    ['Đến nay', { kind: 'cumulative', start: null, end: null }],
    ['Trong quý', { kind: 'quarter', quarter: null, year: null }],
    ['Quý II', { kind: 'quarter', quarter: 2, year: null }],
    ['Quy 2/2019', { kind: 'quarter', quarter: 2, year: 2019 }],
    ['This quarter', { kind: 'quarter', quarter: null, year: null }],
  ])('%s → %j', (text, span) => expect(groupSpan(text)).toEqual(span));
  it('"Lũy kế đến tháng trước", "Số lũy kế đến tháng trước", "Tổng cộng", "Số liệu đến nay" name no span of the report\'s', () => {
    expect(['Lũy kế đến tháng trước', 'Số lũy kế đến tháng trước', 'Tổng cộng', 'Số liệu đến nay', 'Kết quả thực hiện'].map(groupSpan)).toEqual([null, null, null, null, null]);
  });
  // 9 tháng năm 2019: 1/10/2018–30/6/2019; Quý II (calendar, as a title's "QUÝ II NĂM 2019") is April–June
  const nine = { year: 2019, start: null, end: '2019-06-30' };
  it.each([
    [['Quý II', 'Lũy kế 9 tháng'], [false, true]],
    [['Trong quý', 'Lũy kế'], [false, true]],
    [['Trong quý', 'Lũy kế 12 tháng'], [false, false]],
  ] as const)('%j in a nine months\' report → %j', (groups, own) => expect(judgeGroupSpans(groups, nine).map((j) => j?.own)).toEqual(own));
  it('in a report of three months from 1 October the quarter spans its days, but beside its cumulative is set aside', () => {
    expect(judgeGroupSpans(['Trong quý', 'Lũy kế'], { year: 2019, start: null, end: '2018-12-31' })).toEqual([
      { own: false, start: '2018-10-01', end: '2018-12-31' },
      { own: true, start: '2018-10-01', end: '2018-12-31' },
    ]);
  });
});

describe('item 1: a September report reads the cumulative in every wording (was MISSING_COLUMN)', () => {
  it.each([
    ['Trong tháng', 'Số lũy kế'],
    ['Trong tháng', 'Kết quả lũy kế'],
    ['Trong tháng', 'Lũy kế thực hiện'],
    ['Trong tháng', 'Lũy kế từ 01/10/2018 đến nay'],
    ['Trong tháng', 'Lũy kế từ đầu năm đến hết tháng 9'],
    ['Riêng tháng 9', 'Tổng cộng từ đầu năm'],
    ['Trong tháng', 'Đến nay'],
    ['TRONG THÁNG', 'SỐ LŨY KẾ'],
    ['Trong thang', 'Luy ke tu dau nam den het thang 9'],
    ['Rieng thang 9', 'Tong cong tu dau nam'],
    ['This month', 'Cumulative from 01/10/2018 to date'],
  ])('"%s | %s": 1163 / 1241 = 93.71 %', async (month, cumulative) => {
    const r = await run('bc-thang-9-2019.csv', report('THÁNG 9 NĂM 2019', month, cumulative));
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });

  it('"Trong tháng | Lũy kế đến tháng trước | Lũy kế đến nay": last month\'s running total is set aside, the cumulative read (was DUPLICATE_COLUMN)', async () => {
    const F = 'Việc có điều kiện,Việc thi hành xong,Việc đình chỉ';
    const r = await run('bc-thang-9-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THÁNG 9 NĂM 2019',
      'Đơn vị tính: Việc',
      'STT,Đơn vị,Lũy kế đến tháng trước,,,Trong tháng,,,Lũy kế đến nay,,',
      `,,${F},${F},${F}`,
      '1,Mỹ Lộc,546,490,11,40,30,2,586,520,13',
      '2,Vụ Bản,605,566,18,50,45,1,655,611,19',
    ]);
    expect(r.code).toBe(0);
    // 586 + 655 = 1241; 520 + 611 = 1131; 533 + 630 = 1163; 93.71 (last month's 546 + 605 = 1151 never read)
    expect(total(r.rows).slice(0, 5)).toEqual(['2019', '1241', '1131', '1163', '93.71']);
    expect(r.stderr).toContain('column "Việc có điều kiện (Lũy kế đến tháng trước)" names a part of a year ("Lũy kế đến tháng trước"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]');
  });

  it('an October report "Trong tháng | Lũy kế" (the same days) reads the cumulative (was DUPLICATE_COLUMN)', async () => {
    const r = await run('bc-thang-10.csv', report('THÁNG 10 NĂM 2018', 'Trong tháng', 'Lũy kế'));
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });

  it('the workbook with merged group cells ("Số lũy kế") reads as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('T9.2019');
    for (const line of report('THÁNG 9 NĂM 2019', 'Trong tháng', 'Số lũy kế')) ws.addRow(line.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['A4:A5', 'B4:B5', 'C4:H4', 'I4:N4']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'bc-thang-9-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'bc-thang-9-2019.xlsx')], ['--by', 'none']);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
});

describe('item 2: quarter reports read the cumulative (was DUPLICATE_COLUMN)', () => {
  it.each([
    ['9 THÁNG NĂM 2019', 'Trong quý', 'Lũy kế'],
    ['9 THÁNG NĂM 2019', 'Quý II', 'Lũy kế 9 tháng'],
    ['QUÝ II NĂM 2019', 'Quý II', 'Lũy kế 9 tháng'],
    ['QUÝ II NĂM 2019', 'Quy II', 'Luy ke 9 thang'],
    ['9 THÁNG NĂM 2019', 'Quý 2/2019', 'Lũy kế từ đầu năm'],
    ['9 THÁNG NĂM 2019', 'Thực hiện trong quý', 'Số lũy kế'],
  ])('under "%s", "%s | %s": 1163 / 1241 = 93.71 %', async (title, quarter, cumulative) => {
    const r = await run('bc-quy-2019.csv', report(title, quarter, cumulative));
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
  it('under "QUÝ III NĂM 2019" (the quarter 1/7–30/9/2019: titlewords), "Trong quý | Lũy kế 12 tháng" reads the quarter: 78 / 90 = 86.67 %', async () => {
    // the quarter by hand: có ĐK 40 + 50 = 90; xong 30 + 45 = 75; resolved 32 + 46 = 78; 78 / 90 = 86.666… → 86.67.
    // Money (×1000): 900000 + 1200000 = 2100000; 700000 + 1000000 = 1700000; 710000 + 1020000 = 1730000; 1730000 / 2100000 = 82.380… → 82.38
    const r = await run('bc-quy-2019.csv', report('QUÝ III NĂM 2019', 'Trong quý', 'Lũy kế 12 tháng'));
    expect(r.code, JSON.stringify(r.stderr)).toBe(0);
    expect(total(r.rows)).toEqual(['2019', '90', '75', '78', '86.67', '2100000000', '1700000000', '1730000000', '82.38']);
  });
  it('"Trong quý | Lũy kế 12 tháng" under "9 THÁNG NĂM 2019": no group is the report\'s, refused', async () => {
    const r = await run('bc-quy-2019.csv', report('9 THÁNG NĂM 2019', 'Trong quý', 'Lũy kế 12 tháng'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bc-quy-2019\.csv:5: error: the header names no figure column; column 3 "Việc có điều kiện \(Trong quý\)"/);
    expect(r.stderr).toContain(MISSING);
  });
});

describe('item 3: a month in a file name is of the statistics year, never read as the next one', () => {
  it('"bc-thang-12.csv" under "THÁNG 12 NĂM 2019" with --year 2020 reads (was YEAR_CONFLICT: 31/12/2020)', async () => {
    for (const name of ['bc-thang-12.csv', 'BC T12.csv', 'bc-quy-4.csv']) {
      const r = await run(name, report('THÁNG 12 NĂM 2019', 'Trong tháng', 'Lũy kế'), ['--year', '2020']);
      expect([name, r.code]).toEqual([name, 0]);
      expect(total(r.rows)).toEqual(CUMULATIVE('2020'));
    }
  });
  it('"bc-thang-11.csv" under "THÁNG 12 NĂM 2019" still states another month: YEAR_CONFLICT, November of 2019', async () => {
    const r = await run('bc-thang-11.csv', report('THÁNG 12 NĂM 2019', 'Trong tháng', 'Lũy kế'), ['--year', '2020']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bc-thang-11\.csv: error: the title \(line 2\) states the period to 31\/12\/2019, but the file name the period to 30\/11\/2019: which is the report's\? \[YEAR_CONFLICT\]/);
  });
  it('"bc-thang-9.csv" with --year 2020 is September 2020: against a December title, YEAR_CONFLICT', async () => {
    const r = await run('bc-thang-9.csv', report('THÁNG 12 NĂM 2019', 'Trong tháng', 'Lũy kế'), ['--year', '2020']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the file name the period to 30/9/2020');
  });
});

describe('item 4: refused for want of a year, the message says --year settles it', () => {
  const yearless = report('THÁNG 9', 'Trong tháng', 'Lũy kế từ 01/10/2018');
  it('no year anywhere: MISSING_COLUMN, with the reason and the hint', async () => {
    const r = await run('bc-thang.csv', yearless, []);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("which thads does not read as the report's own period: no statistics year is known [MISSING_COLUMN]");
    expect(r.stderr).toContain("hint: pass --year N (the statistics year: 1 October N-1 to 30 September N): the groups are then judged by their days, the report's cumulative read");
  });
  it('with --year 2019 the same file reads the cumulative', async () => {
    const r = await run('bc-thang.csv', yearless);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
  it('a year known and no group the report\'s: the message and hint as before', async () => {
    const r = await run('bc-thang-9-2019.csv', report('THÁNG 9 NĂM 2019', 'Trong tháng', 'Lũy kế đến tháng trước'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(MISSING);
    expect(r.stderr).toContain('hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json');
    expect(r.stderr).not.toContain('no statistics year is known');
  });
});

describe('over-reach: what read or was refused before stays so', () => {
  it('a year report "NĂM 2019" with "Trong tháng 9 | Lũy kế 12 tháng" reads the twelve months', async () => {
    const r = await run('bc-nam-2019.csv', report('NĂM 2019', 'Trong tháng 9', 'Lũy kế 12 tháng'));
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
  it.each([
    ['Trong tháng', 'Lũy kế từ 01/01/2019'],
    ['Trong tháng', 'Lũy kế từ 01/01/2019 đến nay'],
    ['Trong tháng', 'Lũy kế đến tháng trước'],
    ['Trong tháng', 'Số lũy kế đến tháng trước'],
  ])('a calendar or last month\'s cumulative "%s | %s" under "THÁNG 9 NĂM 2019": refused MISSING_COLUMN', async (month, cumulative) => {
    const r = await run('bc-thang-9-2019.csv', report('THÁNG 9 NĂM 2019', month, cumulative));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bc-thang-9-2019\.csv:5: error: the header names no figure column; column 3 "Việc có điều kiện \(Trong tháng\)"/);
    expect(r.stderr).toContain(MISSING);
  });
  it('"Trong tháng | Tổng cộng": "Tổng cộng" alone names no span, refused as before', async () => {
    const r = await run('bc-thang-9-2019.csv', report('THÁNG 9 NĂM 2019', 'Trong tháng', 'Tổng cộng'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(MISSING);
  });
  it('an ordinary year report of one block reads as before: 1163 / 1241', async () => {
    const r = await run('bc-nam-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019',
      'Đơn vị tính: Việc; nghìn đồng',
      `STT,Đơn vị,${FIELDS}`,
      '1,Mỹ Lộc,586,520,13,9565824,7194245,634044',
      '2,Vụ Bản,655,611,19,16389337,13086832,1077528',
    ]);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
  it('a year report named "bc-nam-2019.csv" without --year keeps its year', async () => {
    const r = await run('bc-nam-2019.csv', report('NĂM 2019', 'Trong tháng 9', 'Lũy kế 12 tháng'), []);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE('2019'));
  });
});
