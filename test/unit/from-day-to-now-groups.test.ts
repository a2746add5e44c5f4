// Groups over the figures naming the report's span from the statistics year's first day "to
// now" without "Lũy kế": "Kết quả từ ngày 01/10/2018 đến nay", "Từ ngày 01/10/2018 đến nay"
// (round 67b, 04: refused MISSING_COLUMN while "Lũy kế từ 01/10/2018 đến nay" read), and
// "Lũy kế năm 2019" (the running total of statistics year 2019, not its twelve months) beside
// "Trong tháng" in a report of six months. group-span.ts groupSpan; own-period.ts spanBounds.
// Both readers agree; totals by hand.
import { describe, expect, it } from 'vitest';
import { groupSpan, noteSpan } from '../../src/input/group-span.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-from-day-to-now-', ['--by', 'none', '--format', 'csv']);

/** A six-months report of 2019 (1/10/2018–31/3/2019) with one group over cases and money (nghìn đồng). */
const SIX_MONTHS = (group: string) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019,,,,,',
  ',,,,Đơn vị tính: nghìn đồng,',
  `STT,Đơn vị,${group},,,`,
  ',,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
  '1,Mỹ Lộc,600,300,"1.250.000","500.000"',
  '2,Vụ Bản,400,200,"2.750.000","1.000.000"',
  ',Tổng cộng,1000,500,"4.000.000","1.500.000"',
];
/** A month's (March 2019) or six months' report: the month 150/40, 100/30 beside the cumulative 600/300, 400/200. */
const BESIDE = (title: string, month: string, cumulative: string) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,',
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC ${title},,,,,`,
  `STT,Đơn vị,${month},,${cumulative},`,
  ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
  '1,Mỹ Lộc,150,40,600,300',
  '2,Vụ Bản,100,30,400,200',
  ',Tổng cộng,250,70,1000,500',
];
function total(csv: string, cols: readonly string[]): string {
  const [head, ...rows] = csv.trim().split('\n').map((l) => l.split(','));
  const t = rows.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return cols.map((c) => t[head!.indexOf(c)]).join(' ');
}
const CASES = ['year', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_gap_pp'];
const MONEY = ['money_with_conditions', 'money_resolved', 'money_rate'];
// cases 600 + 400 = 1.000, 300 + 200 = 500: 50,00 %, 2019's 73 %: −23,00 pp
const CASES_2019 = '2019 1000 500 50.00 -23.00';
const missing = (name: string) => new RegExp(`^${name.replace(/\./g, '\\.')}:4: error: the header names no figure column; .*\\[MISSING_COLUMN\\]$`, 'm');

describe('groupSpan: from a day to the report\'s last without "Lũy kế"', () => {
  it.each([
    ['Kết quả từ ngày 01/10/2018 đến nay', '2018-10-01'],
    ['Từ ngày 01/10/2018 đến nay', '2018-10-01'],
    ['Từ 01/10/2018 đến nay', '2018-10-01'],
    ['Kết quả thực hiện từ 01/10/2018 đến nay', '2018-10-01'],
    ['TỪ NGÀY 1/10/2018 ĐẾN HIỆN NAY', '2018-10-01'],
    ['Tu ngay 01.10.2018 den nay', '2018-10-01'],
    ['Từ ngày 01/01/2019 đến nay', '2019-01-01'],
  ])('%s: cumulative from %s', (text, start) => expect(groupSpan(text)).toEqual({ kind: 'cumulative', start, end: null }));

  it('"Lũy kế năm 2019" is that statistics year\'s running total; "Lũy kế cả năm 2019" its twelve months', () => {
    expect(groupSpan('Lũy kế năm 2019')).toEqual({ kind: 'cumulative', start: null, end: null, year: 2019 });
    expect(noteSpan('lũy kế năm 2019')).toEqual({ kind: 'cumulative', start: null, end: null, year: 2019 });
    expect(groupSpan('Lũy kế cả năm 2019')).toEqual({ kind: 'cumulative', start: null, end: null, months: 12, year: 2019 });
  });
});

describe('04: a six months\' report under such a group', () => {
  it.each(['Kết quả từ ngày 01/10/2018 đến nay', 'Từ ngày 01/10/2018 đến nay', 'Từ 01/10/2018 đến nay', 'Kết quả thực hiện từ 01/10/2018 đến nay'])('"%s": 500 / 1.000 = 50,00 %; 1,5 / 4 tỷ = 37,50 % (was MISSING_COLUMN)', async (group) => {
    const r = await both('bao-cao-6-thang-2019.csv', SIX_MONTHS(group));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout, CASES)).toBe(CASES_2019);
    // 1.250.000 + 2.750.000 = 4.000.000 nghìn = 4 000 000 000 đồng; 500.000 + 1.000.000 = 1.500.000 nghìn; 1,5 / 4 = 37,50 %
    expect(total(r.stdout, MONEY)).toBe('4000000000 1500000000 37.50');
  });

  it('control: "Lũy kế từ 01/10/2018 đến nay" reads the same, as before', async () => {
    const r = await both('bao-cao-6-thang-2019.csv', SIX_MONTHS('Lũy kế từ 01/10/2018 đến nay'));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(total(r.stdout, CASES)).toBe(CASES_2019);
  });

  it.each([
    // the calendar year's, and the year before's: not the title's period, refused at the group
    ['Lũy kế từ 01/01/2019 đến nay', '1/1/2019'],
    ['Từ ngày 01/01/2019 đến nay', '1/1/2019'],
    ['Từ ngày 01/10/2017 đến nay', '1/10/2017'],
    ['Kết quả từ ngày 01/10/2017 đến nay', '1/10/2017'],
  ])('"%s": from %s, not the title\'s period: YEAR_CONFLICT at the group', async (group, from) => {
    const r = await both('bao-cao-6-thang-2019.csv', SIX_MONTHS(group));
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `FILE:4: error: the group "${group}" (line 4) over every figure column names the period from ${from} to 31/3/2019, but the title (line 2) states the period from 1/10/2018 to 31/3/2019: which is the report's? [YEAR_CONFLICT]\n`
        + "  hint: correct the title or the group, or rename the sheet or the file, so that they state one period: a part of a year's figures are never read as the whole year's, nor summed or compared with them\n",
    });
  });
});

describe('04: beside "Trong tháng"', () => {
  const MONTH_ASIDE = (cols: readonly [number, number], group = 'Trong tháng') =>
    `FILE:4:${cols[0]}: warning: column "Có điều kiện (${group})" names a part of a year ("${group}"), which may not be the report's period, and is ignored [UNKNOWN_COLUMN]\n`
    + '  hint: map it with "aliases" in thads.config.json if it holds a known figure\n'
    + `FILE:4:${cols[1]}: warning: column "Giải quyết xong (${group})" names a part of a year ("${group}"), which may not be the report's period, and is ignored [UNKNOWN_COLUMN]\n`
    + '  hint: map it with "aliases" in thads.config.json if it holds a known figure\n';

  it.each(['Từ ngày 01/10/2018 đến nay', 'Kết quả từ ngày 01/10/2018 đến nay'])('a March report "Trong tháng | %s": the cumulative 500 / 1.000 = 50,00 %, the month 70 / 250 set aside', async (group) => {
    const r = await both('bc-thang-3-2019.csv', BESIDE('THÁNG 3 NĂM 2019', 'Trong tháng', group));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(MONTH_ASIDE([3, 4]));
    expect(total(r.stdout, CASES)).toBe(CASES_2019);
  });

  it('a six months\' report "Trong tháng | Lũy kế năm 2019": the year\'s running total, 500 / 1.000 = 50,00 % (was MISSING_COLUMN)', async () => {
    const r = await both('bao-cao-6-thang-2019.csv', BESIDE('6 THÁNG NĂM 2019', 'Trong tháng', 'Lũy kế năm 2019'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(MONTH_ASIDE([3, 4]));
    expect(total(r.stdout, CASES)).toBe(CASES_2019);
  });

  it.each([
    ['Lũy kế năm 2018', '6 THÁNG NĂM 2019'],
    ['Lũy kế cả năm 2019', '6 THÁNG NĂM 2019'],
    ['Từ ngày 01/10/2017 đến nay', 'THÁNG 3 NĂM 2019'],
    ['Lũy kế từ 01/01/2019 đến nay', 'THÁNG 3 NĂM 2019'],
  ])('"Trong tháng | %s" under "%s": no span of the report\'s, refused MISSING_COLUMN', async (group, title) => {
    const r = await both('bc-2019.csv', BESIDE(title, 'Trong tháng', group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(missing('FILE'));
  });

  it('control: "Lũy kế năm 2019" in a report of the year 2019 is the year, as before: 500 / 1.000', async () => {
    const r = await both('bc-2019.csv', BESIDE('NĂM 2019', 'Tháng 9', 'Lũy kế năm 2019'));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, CASES)).toBe(CASES_2019);
  });
});
