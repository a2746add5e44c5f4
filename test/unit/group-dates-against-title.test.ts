// A lone group over every figure column that dates another period than the title's (round 57a,
// findings 01 and 02). "6 THÁNG ĐẦU NĂM 2019" over "Số liệu từ 01/10/2018 đến 30/9/2019", "Đến
// 30/9/2019", "Tính đến 30/9/2019", "Từ 01/10/2018 - 30/9/2019" was read as the year (exit 0, a
// half-year's rate compared with last year's twelve months); "NĂM 2019" over "6 tháng đầu năm 2019"
// or "Từ 01/10/2018 đến 31/3/2019" as six months. Both are refused YEAR_CONFLICT, as "Từ 01/10/2018
// đến 30/9/2019" and "Kết quả 6 tháng" already were: groupSpan reads the dates after "Số liệu",
// "(Tính) đến D" alone and the dash between two days; groupAgreesWithStated holds a bare year's
// title to the whole statistics year. Both readers agree (summarizeCsvRows). Totals by hand:
//   Mỹ Lộc 300 with conditions, 230 completed + 5 terminated; Vụ Bản 500, 400 + 7
//   → 800 with conditions, resolved 230 + 5 + 400 + 7 = 642, 642 / 800 = 80.25 %, 80.25 − 73 = +7.25 pp, met.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupSpan } from '../../src/input/group-span.js';
import { groupAgreesWithStated } from '../../src/input/own-period.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-group-dates-title-', []);
const SIX = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019';
const YEAR = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const OFFICES = ['1;Chi cục THADS huyện Mỹ Lộc;300;230;5', '2;Chi cục THADS huyện Vụ Bản;500;400;7'];
/** a title (or none), one group over the three figure columns (or none), plain headers under it */
const grouped = (title: string | null, group: string | null) => [
  ...(title === null ? [] : ['CỤC THADS TỈNH NAM ĐỊNH', title]),
  ...(group === null ? [] : [`STT;Đơn vị;${group};;`]),
  `${group === null ? 'STT;Đơn vị' : ';'};Có điều kiện;Thi hành xong;Đình chỉ`,
  ...OFFICES,
];
const run = (name: string, lines: readonly string[], args: readonly string[] = []) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none', ...args]);
const result = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.cases_with_conditions, t.cases_resolved, t.cases_rate, t.cases_gap_pp, t.cases_met];
};
/** 800 / 642 = 80.25 %, +7.25 pp over 73 % */
const OWN = ['800', '642', '80.25', '7.25', 'true'];
const conflict = (file: string, group: string, days: string, stated: string) =>
  `${file}:3: error: the group "${group}" (line 3) over every figure column names the period ${days}, but the title (line 2) states the period ${stated}: which is the report's? [YEAR_CONFLICT]`;
const TWELVE = 'from 1/10/2018 to 30/9/2019';
const SIX_DAYS = 'from 1/10/2018 to 31/3/2019';

describe('groupSpan: dates after "Số liệu", "(Tính) đến D" alone, a dash between two days', () => {
  it.each([
    ['Số liệu từ 01/10/2018 đến 30/9/2019', '2018-10-01', '2019-09-30'],
    ['SỐ LIỆU TỪ 01/10/2018 ĐẾN 30/9/2019', '2018-10-01', '2019-09-30'],
    ['So lieu tu 01/10/2018 den 30/9/2019', '2018-10-01', '2019-09-30'],
    ['Từ 01/10/2018 - 30/9/2019', '2018-10-01', '2019-09-30'],
    ['Từ ngày 01/10/2018 - 31/3/2019', '2018-10-01', '2019-03-31'],
    ['Đến 30/9/2019', null, '2019-09-30'],
    ['Tính đến 30/9/2019', null, '2019-09-30'],
    ['Tính đến hết ngày 31/3/2019', null, '2019-03-31'],
    ['Tinh den het thang 9/2019', null, '2019-09-30'],
  ])('%s: from %s to %s', (text, start, end) => expect(groupSpan(text)).toEqual({ kind: 'cumulative', start, end }));

  // "Đến nay" is a running total to the report's last day (month-quarter-cumulative.test.ts)
  it.each(['Số liệu', 'Từ 01/10/2018', 'Số việc đến 30/9/2019'])('%s: no span', (text) => expect(groupSpan(text)).toBeNull());

  it('a bare year\'s title holds a group to the whole statistics year', () => {
    const bare = { year: 2019, start: null, end: null };
    expect(groupAgreesWithStated({ own: true, start: '2018-10-01', end: '2019-03-31' }, bare)).toBe(false);
    expect(groupAgreesWithStated({ own: true, start: '2018-10-01', end: '2019-09-30' }, bare)).toBe(true);
  });
});

describe('finding 01: a six-month report whose lone group dates the whole year is refused', () => {
  it.each([
    // read as the year before (exit 0): the bug
    'Số liệu từ 01/10/2018 đến 30/9/2019', 'SỐ LIỆU TỪ 01/10/2018 ĐẾN 30/9/2019', 'Đến 30/9/2019', 'Tính đến 30/9/2019',
    'Tính đến hết ngày 30/9/2019', 'Từ 01/10/2018 - 30/9/2019',
    // refused before, kept
    'Từ 01/10/2018 đến 30/9/2019',
  ])('"6 THÁNG ĐẦU NĂM 2019" over "%s": YEAR_CONFLICT', async (group) => {
    const r = await run('sau-thang-viec-2019.csv', grouped(SIX, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('sau-thang-viec-2019.csv', group, TWELVE, SIX_DAYS));
  });

  it('with --previous of the year 2018: refused, no change against the twelve months printed', async () => {
    // 2018: 250 + 450 = 700 with conditions, 200 + 5 + 300 + 7 = 512 resolved (a whole year's)
    const prev = write('nam-viec-2018.csv', ['CỤC THADS TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', 'STT;Đơn vị;Từ 01/10/2017 đến 30/9/2018;;', ';;Có điều kiện;Thi hành xong;Đình chỉ', '1;Chi cục THADS huyện Mỹ Lộc;250;200;5', '2;Chi cục THADS huyện Vụ Bản;450;300;7']);
    const r = await summarizeCsvRows(dir, [write('so-lieu-viec-2019.csv', grouped(SIX, 'Số liệu từ 01/10/2018 đến 30/9/2019'))], ['--by', 'none', '--previous', prev]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('so-lieu-viec-2019.csv', 'Số liệu từ 01/10/2018 đến 30/9/2019', TWELVE, SIX_DAYS));
  });

  it('the workbook with the group merged over the figures refuses as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of grouped(SIX, 'Số liệu từ 01/10/2018 đến 30/9/2019')) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['A3:A4', 'B3:B4', 'C3:E3']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'so-lieu-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'so-lieu-2019.xlsx')], ['--by', 'none', '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`the group "Số liệu từ 01/10/2018 đến 30/9/2019" (line 3) over every figure column names the period ${TWELVE}, but the title (line 2) states the period ${SIX_DAYS}: which is the report's? [YEAR_CONFLICT]`);
  });
});

describe('finding 02: a year report whose lone group names six months is refused', () => {
  it.each([
    // read as six months before (exit 0): the bug
    '6 tháng đầu năm 2019', '6 THÁNG ĐẦU NĂM 2019', 'Kết quả 6 tháng đầu năm 2019', 'Từ 01/10/2018 đến 31/3/2019', 'Từ 01/10/2018 - 31/3/2019', 'Đến 31/3/2019',
    // refused before, kept
    'Kết quả 6 tháng', 'Lũy kế 6 tháng',
  ])('"NĂM 2019" over "%s": YEAR_CONFLICT', async (group) => {
    const r = await run('nam-viec-2019.csv', grouped(YEAR, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('nam-viec-2019.csv', group, SIX_DAYS, TWELVE));
  });
});

describe('over-reach: the report\'s own period over plain headers still reads, 800 / 642', () => {
  it.each(['Năm 2019', 'Từ 01/10/2018 đến 30/9/2019', 'Từ 01/10/2018 - 30/9/2019', 'Lũy kế đến 30/9/2019', 'Đến 30/9/2019', 'Tính đến 30/9/2019', 'Số liệu từ 01/10/2018 đến 30/9/2019', 'Cả năm 2019'])('"NĂM 2019" over "%s": the year\'s own', async (group) => {
    const r = await run('nam-own-viec-2019.csv', grouped(YEAR, group));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });

  it.each(['6 tháng đầu năm 2019', 'Từ 01/10/2018 đến 31/3/2019', 'Từ 01/10/2018 - 31/3/2019', 'Đến 31/3/2019', 'Số liệu từ 01/10/2018 đến 31/3/2019', 'Năm 2019'])('"6 THÁNG ĐẦU NĂM 2019" over "%s": the six months\' own', async (group) => {
    const r = await run('sau-thang-own-viec-2019.csv', grouped(SIX, group));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });

  it('"BC 6 thang 2019.csv" titled "BÁO CÁO 6 THÁNG ĐẦU NĂM 2019", no group: the six months\' own', async () => {
    const r = await run('BC 6 thang 2019.csv', grouped('BÁO CÁO 6 THÁNG ĐẦU NĂM 2019', null), ['--measure', 'cases']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });

  it('no title, a file named for the year, over "6 tháng đầu năm 2019": the group states the period (six months)', async () => {
    const r = await run('bc-viec-2019.csv', grouped(null, '6 tháng đầu năm 2019'));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });

  it('a balance\'s day in a header note is no span: "Năm trước chuyển sang (đến 30/9/2018)", "Chuyển kỳ sau (tính đến 30/9/2019)" still read', async () => {
    // carried over 40 + 60 = 100, carried forward 20 + 50 = 70; 100 + 200 = 300 with conditions, 80 + 150 = 230 resolved
    const r = await run('so-du-viec-2019.csv', [
      YEAR,
      'STT;Đơn vị;Năm trước chuyển sang (đến 30/9/2018);Có điều kiện (đến 30/9/2019);Giải quyết xong;Chuyển kỳ sau (tính đến 30/9/2019)',
      '1;Chi cục THADS huyện Mỹ Lộc;40;100;80;20',
      '2;Chi cục THADS huyện Vụ Bản;60;200;150;50',
    ]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const t = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([t.cases_carried_over, t.cases_with_conditions, t.cases_resolved, t.cases_carried_forward]).toEqual(['100', '300', '230', '70']);
  });
});
