// A group's sub-column naming a period in its bracket — "Việc (năm 2018)" | "Tiền (năm 2018)"
// under "Có điều kiện | Giải quyết xong" in a report of 2019 — holds the group's figure of that
// period: the bracket was dropped (layout.ts subColumnOf) and 2018's figures read as 2019's,
// exit 0. Now judged as the group "Có điều kiện (năm 2018)" is: another year's refused
// (MISSING_COLUMN), set aside beside the report's own ("Việc (năm 2019)" | "Việc (năm 2018)"),
// the report's own year read. Both readers and xlsx agree.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-sub-column-years-', ['--format', 'csv']);

/** The CSV output's row of `district`, by column name. */
function row(out: string, district: string): Record<string, string> {
  const [head, ...rows] = out.trim().split('\n').map((l) => l.split(','));
  const r = rows.find((cells) => cells[head!.indexOf('district')] === district)!;
  return Object.fromEntries(head!.map((h, i) => [h, r[i]!]));
}

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: việc; nghìn đồng'];

/** "Có điều kiện | Giải quyết xong" over one sub-column per measure: `cases`, `money`. */
const oneYear = (cases: string, money: string, groups = ['Có điều kiện', 'Giải quyết xong']) => [
  ...TITLE,
  `STT;Đơn vị;${groups[0]};;${groups[1]};`,
  `;;${cases};${money};${cases};${money}`,
  '1;Mỹ Lộc;700;9.000.000;520;6.000.000',
  '2;Vụ Bản;600;5.000.000;460;4.500.000',
];

/** The comparison form: this year's and last year's sub-columns side by side under each group. */
const twoYears = (own: readonly string[], other: readonly string[]) => [
  ...TITLE,
  'STT;Đơn vị;Có điều kiện;;;;Giải quyết xong;;;',
  `;;${own[0]};${own[1]};${other[0]};${other[1]};${own[0]};${own[1]};${other[0]};${other[1]}`,
  // 2018's figures (650, 400, …) sit beside 2019's: read as 2019's they would change every total
  '1;Mỹ Lộc;700;9.000.000;650;8.000.000;520;6.000.000;400;3.000.000',
  '2;Vụ Bản;600;5.000.000;550;7.000.000;460;4.500.000;300;2.000.000',
];

// By hand, 2019 (target 73 % cases, money without a target here: a column only):
//   cases: Mỹ Lộc 520/700 = 74.2857 → 74.29; Vụ Bản 460/600 = 76.6667 → 76.67;
//          TOTAL 700 + 600 = 1300, 520 + 460 = 980, 980/1300 = 75.3846 → 75.38
//   money (nghìn đồng × 1000): Mỹ Lộc 6e9/9e9 = 66.67; Vụ Bản 4.5e9/5e9 = 90.00;
//          TOTAL 9e9 + 5e9 = 14e9, 6e9 + 4.5e9 = 10.5e9, 10.5/14 = 75.00
const MY_LOC = { cases_with_conditions: '700', cases_resolved: '520', cases_rate: '74.29', money_with_conditions: '9000000000', money_resolved: '6000000000', money_rate: '66.67' };
const VU_BAN = { cases_with_conditions: '600', cases_resolved: '460', cases_rate: '76.67', money_with_conditions: '5000000000', money_resolved: '4500000000', money_rate: '90.00' };
const TOTAL = { cases_with_conditions: '1300', cases_resolved: '980', cases_rate: '75.38', money_with_conditions: '14000000000', money_resolved: '10500000000', money_rate: '75.00' };

function expectOwnFigures(out: string): void {
  expect(row(out, 'Mỹ Lộc')).toMatchObject(MY_LOC);
  expect(row(out, 'Vụ Bản')).toMatchObject(VU_BAN);
  expect(row(out, 'TOTAL')).toMatchObject(TOTAL);
}

describe('sub-columns naming another year than the report\'s are refused (both readers)', () => {
  it('"Việc (năm 2018)" | "Tiền (năm 2018)" under "Có điều kiện | Giải quyết xong" in a report of 2019', async () => {
    const r = await both('bao-cao-2019.csv', oneYear('Việc (năm 2018)', 'Tiền (năm 2018)'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'FILE:5: error: the header names no figure column; column 3 "Có điều kiện (năm 2018)" names with_conditions for "năm 2018", column 4 "Có điều kiện (năm 2018)" names with_conditions for "năm 2018", column 5 "Giải quyết xong (năm 2018)" names resolved for "năm 2018", column 6 "Giải quyết xong (năm 2018)" names resolved for "năm 2018", which thads does not read as the report\'s own period [MISSING_COLUMN]\n' +
        '  hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json\n',
    );
  });

  it.each([
    ['VIỆC (NĂM 2018)', 'TIỀN (NĂM 2018)', 'NĂM 2018'],
    ['Viec (nam 2018)', 'Tien (nam 2018)', 'nam 2018'],
    ['Số việc (năm 2018)', 'Số tiền (năm 2018)', 'năm 2018'],
    ['Việc [năm 2018]', 'Tiền [năm 2018]', 'năm 2018'],
    ['Việc (2018)', 'Tiền (2018)', '2018'],
    ['Việc (cùng kỳ 2018)', 'Tiền (cùng kỳ 2018)', 'cùng kỳ 2018'],
    ['Việc (cùng kỳ)', 'Tiền (cùng kỳ)', 'cùng kỳ'],
    ['Việc (năm trước)', 'Tiền (năm trước)', 'năm trước'],
  ])('%j | %j: another period\'s ("%s"), refused at the header', async (cases, money, period) => {
    const r = await both('bao-cao-2019.csv', oneYear(cases, money));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5: error: the header names no figure column; column 3 "Có điều kiện (${period})" names with_conditions for "${period}"`);
    expect(r.stderr).toContain('[MISSING_COLUMN]');
  });

  it('English: "Cases (2018)" | "Money (2018)" under "With conditions | Resolved"', async () => {
    const r = await both('bao-cao-2019.csv', oneYear('Cases (2018)', 'Money (2018)', ['With conditions', 'Resolved']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5: error: the header names no figure column; column 3 "With conditions (2018)" names with_conditions for "2018"');
  });

  it('the year after the report\'s ("Việc (năm 2020)") is refused too', async () => {
    const r = await both('bao-cao-2019.csv', oneYear('Việc (năm 2020)', 'Tiền (năm 2020)'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('column 5 "Giải quyết xong (năm 2020)" names resolved for "năm 2020"');
  });
});

describe('this year beside last year: the other year\'s sub-columns are set aside (both readers)', () => {
  it('"Việc (năm 2019)" | "Tiền (năm 2019)" | "Việc (năm 2018)" | "Tiền (năm 2018)": 2019\'s read, 2018\'s said and ignored', async () => {
    const r = await both('bao-cao-2019.csv', twoYears(['Việc (năm 2019)', 'Tiền (năm 2019)'], ['Việc (năm 2018)', 'Tiền (năm 2018)']));
    expect(r.code).toBe(0);
    for (const [column, group] of [[5, 'Có điều kiện'], [6, 'Có điều kiện'], [9, 'Giải quyết xong'], [10, 'Giải quyết xong']] as const) {
      expect(r.stderr).toContain(`FILE:5:${column}: warning: column "${group} (năm 2018)" names a period or a plan ("năm 2018"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]`);
    }
    // read as 2019's, 2018's would be the duplicates or the totals: 650 + 550 = 1200, 400 + 300 = 700
    expectOwnFigures(r.stdout);
  });

  it('"Việc" | "Tiền" beside "Việc (cùng kỳ)" | "Tiền (cùng kỳ)": the plain ones read, the comparison\'s ignored', async () => {
    const r = await both('bao-cao-2019.csv', twoYears(['Việc', 'Tiền'], ['Việc (cùng kỳ)', 'Tiền (cùng kỳ)']));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:5:5: warning: column "Có điều kiện (cùng kỳ)" names a period or a plan ("cùng kỳ"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]');
    expectOwnFigures(r.stdout);
  });
});

describe('over-reach: ordinary sub-columns read as before (both readers)', () => {
  it('"Việc (năm 2019)" | "Tiền (năm 2019)" in a report of 2019: the report\'s own', async () => {
    const r = await both('bao-cao-2019.csv', oneYear('Việc (năm 2019)', 'Tiền (năm 2019)'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expectOwnFigures(r.stdout);
  });

  it('"Việc (12 tháng)" in a report of a whole year: the report\'s own period', async () => {
    const r = await both('bao-cao-2019.csv', oneYear('Việc (12 tháng)', 'Tiền (12 tháng)'));
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('"Việc" | "Tiền (nghìn đồng)": a unit in the bracket, no period', async () => {
    // no unit line: the bracket alone says nghìn đồng (9.000.000 × 1000 = 9e9)
    const lines = oneYear('Việc', 'Tiền (nghìn đồng)').filter((l) => !l.startsWith('Đơn vị tính'));
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expectOwnFigures(r.stdout);
  });

  it('"Việc (kỳ trước chuyển sang)" | "Tiền (kỳ trước chuyển sang)" under "Năm trước chuyển sang": carried over, as before', async () => {
    const lines = [
      ...TITLE,
      'STT;Đơn vị;Năm trước chuyển sang;;Có điều kiện;;Giải quyết xong;',
      ';;Việc (kỳ trước chuyển sang);Tiền (kỳ trước chuyển sang);Việc;Tiền;Việc;Tiền',
      '1;Mỹ Lộc;400;3.000.000;700;9.000.000;520;6.000.000',
      '2;Vụ Bản;300;1.000.000;600;5.000.000;460;4.500.000',
    ];
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expectOwnFigures(r.stdout);
    // carried over: 400 + 300 = 700 cases; (3.000.000 + 1.000.000) × 1000 = 4e9 đồng
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ cases_carried_over: '700', money_carried_over: '4000000000' });
  });
});

describe('xlsx: the same sub-columns in a workbook', () => {
  it('"Việc (năm 2018)" | "Tiền (năm 2018)" is refused', async () => {
    const r = await summarizeLinesWorkbook(dir, 'bao-cao-2019.xlsx', oneYear('Việc (năm 2018)', 'Tiền (năm 2018)'), ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('column 3 "Có điều kiện (năm 2018)" names with_conditions for "năm 2018"');
    expect(r.stderr).toContain('[MISSING_COLUMN]');
  });

  it('this year beside last year: 2019\'s read, 2018\'s ignored', async () => {
    const r = await summarizeLinesWorkbook(dir, 'so-sanh-2019.xlsx', twoYears(['Việc (năm 2019)', 'Tiền (năm 2019)'], ['Việc (năm 2018)', 'Tiền (năm 2018)']), ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Sheet1!E5: warning: column "Có điều kiện (năm 2018)" names a period or a plan ("năm 2018"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]');
    expectOwnFigures(r.stdout);
  });

  it('"Việc (năm 2019)" | "Tiền (năm 2019)" reads', async () => {
    const r = await summarizeLinesWorkbook(dir, 'rieng-2019.xlsx', oneYear('Việc (năm 2019)', 'Tiền (năm 2019)'), ['--format', 'csv']);
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });
});
