// The report's own year written where thads looked for another's (false refusals, 2019 reports):
//   1. a GROUP cell "Có điều kiện (năm 2019)" | "Đã giải quyết xong (năm 2019)" merged over "Việc |
//      Tiền": the sub-header row was not taken for one (MEASURE_UNKNOWN) — layout.ts isSubHeaderRow,
//      groupFigure; and the group row's years were read as the title's, so "(năm 2018)" beside
//      "(năm 2019)" left no year and refused both (withoutFieldGroups);
//   2. a sub-column "Tiền (nghìn đồng) (năm 2019)", two brackets: no measure was read in it
//      (headers.ts groupOf, oneBracket);
//   3. "Việc có điều kiện năm 2018-2019", the statistics year's span without brackets: NO_HEADER
//      (headers.ts besideWords).
// Another year's stays refused, or set aside beside the report's own. Both readers and xlsx.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-group-own-year-', ['--format', 'csv']);

/** The CSV output's row of `district`, by column name. */
function row(out: string, district: string): Record<string, string> {
  const [head, ...rows] = out.trim().split('\n').map((l) => l.split(','));
  const r = rows.find((cells) => cells[head!.indexOf('district')] === district)!;
  return Object.fromEntries(head!.map((h, i) => [h, r[i]!]));
}

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'];
const UNIT = 'Đơn vị tính: việc; nghìn đồng';
const DATA = ['1;Mỹ Lộc;700;9.000.000;520;6.000.000', '2;Vụ Bản;600;5.000.000;460;4.500.000'];

/** Two groups over "Việc | Tiền" each (`subs`), the unit on a title line unless `unit` is false. */
const grouped = (groups: readonly string[], subs: readonly string[] = ['Việc', 'Tiền'], unit = true) => [
  ...TITLE,
  ...(unit ? [UNIT] : []),
  `STT;Đơn vị;${groups[0]};;${groups[1]};`,
  `;;${subs[0]};${subs[1]};${subs[0]};${subs[1]}`,
  ...DATA,
];

/** One row of four flat headers: cases with conditions, money with conditions, cases resolved, money resolved. */
const flat = (headers: readonly string[]) => [...TITLE, UNIT, `STT;Đơn vị;${headers.join(';')}`, ...DATA];

// By hand, 2019 (money in nghìn đồng × 1000):
//   cases: Mỹ Lộc 520/700 = 74.2857 → 74.29; Vụ Bản 460/600 = 76.6667 → 76.67;
//          TOTAL 700 + 600 = 1300, 520 + 460 = 980, 980/1300 = 75.3846 → 75.38
//   money: Mỹ Lộc 6e9/9e9 = 66.67; Vụ Bản 4.5e9/5e9 = 90.00;
//          TOTAL 9e9 + 5e9 = 14e9, 6e9 + 4.5e9 = 10.5e9, 10.5/14 = 75.00
const CASES = {
  'Mỹ Lộc': { cases_with_conditions: '700', cases_resolved: '520', cases_rate: '74.29' },
  'Vụ Bản': { cases_with_conditions: '600', cases_resolved: '460', cases_rate: '76.67' },
  TOTAL: { cases_with_conditions: '1300', cases_resolved: '980', cases_rate: '75.38' },
};
const MONEY = {
  'Mỹ Lộc': { money_with_conditions: '9000000000', money_resolved: '6000000000', money_rate: '66.67' },
  'Vụ Bản': { money_with_conditions: '5000000000', money_resolved: '4500000000', money_rate: '90.00' },
  TOTAL: { money_with_conditions: '14000000000', money_resolved: '10500000000', money_rate: '75.00' },
};
const NO_MONEY = { money_with_conditions: '', money_resolved: '', money_rate: '' };

function expectOwnFigures(out: string, money = true): void {
  for (const d of ['Mỹ Lộc', 'Vụ Bản', 'TOTAL'] as const) expect(row(out, d)).toMatchObject({ ...CASES[d], ...(money ? MONEY[d] : NO_MONEY) });
}

const setAside = (column: number, header: string, period: string) =>
  `FILE:5:${column}: warning: column "${header}" names a period or a plan ("${period}"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]\n` +
  '  hint: map it with "aliases" in thads.config.json if it holds a known figure\n';

describe('1. a group cell with the report\'s own year over "Việc | Tiền" (both readers)', () => {
  it.each([
    ['Có điều kiện (năm 2019)', 'Giải quyết xong (năm 2019)'],
    ['Có điều kiện (năm 2019)', 'Đã giải quyết xong (năm 2019)'],
    ['CÓ ĐIỀU KIỆN (NĂM 2019)', 'ĐÃ GIẢI QUYẾT XONG (NĂM 2019)'],
    ['Co dieu kien (nam 2019)', 'Da giai quyet xong (nam 2019)'],
    ['Có điều kiện thi hành [năm 2019]', 'Đã giải quyết xong [năm 2019]'],
    ['Có điều kiện (năm 2018-2019)', 'Đã giải quyết xong (năm 2018-2019)'],
    ['Có điều kiện năm 2019', 'Đã giải quyết xong năm 2019'],
    ['Có điều kiện (từ 01/10/2018 đến 30/9/2019)', 'Giải quyết xong (từ 01/10/2018 đến 30/9/2019)'],
  ])('%j | %j: read as the report\'s', async (...groups) => {
    const r = await both('bao-cao-2019.csv', grouped(groups));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('English: "With conditions (2019)" | "Resolved (2019)" over "Cases | Money"', async () => {
    const r = await both('bao-cao-2019.csv', grouped(['With conditions (2019)', 'Resolved (2019)'], ['Cases', 'Money']));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('another year\'s group ("năm 2018") stays refused, each column named with its period', async () => {
    const r = await both('bao-cao-2019.csv', grouped(['Có điều kiện (năm 2018)', 'Giải quyết xong (năm 2018)']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'FILE:5: error: the header names no figure column; column 3 "Có điều kiện (năm 2018)" names with_conditions for "năm 2018", column 4 "Có điều kiện (năm 2018)" names with_conditions for "năm 2018", column 5 "Giải quyết xong (năm 2018)" names resolved for "năm 2018", column 6 "Giải quyết xong (năm 2018)" names resolved for "năm 2018", which thads does not read as the report\'s own period [MISSING_COLUMN]\n' +
        '  hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json\n',
    );
  });

  it('"(năm 2019)" beside "(năm 2018)" groups: 2019\'s read, 2018\'s said and ignored', async () => {
    const lines = [
      ...TITLE,
      UNIT,
      'STT;Đơn vị;Có điều kiện (năm 2019);;Có điều kiện (năm 2018);;Giải quyết xong (năm 2019);;Giải quyết xong (năm 2018);',
      ';;Việc;Tiền;Việc;Tiền;Việc;Tiền;Việc;Tiền',
      // 2018's figures (650, 8.000.000, …) read as 2019's would change every total
      '1;Mỹ Lộc;700;9.000.000;650;8.000.000;520;6.000.000;400;3.000.000',
      '2;Vụ Bản;600;5.000.000;550;7.000.000;460;4.500.000;300;2.000.000',
    ];
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      setAside(5, 'Có điều kiện (năm 2018)', 'năm 2018') +
        setAside(6, 'Có điều kiện (năm 2018)', 'năm 2018') +
        setAside(9, 'Giải quyết xong (năm 2018)', 'năm 2018') +
        setAside(10, 'Giải quyết xong (năm 2018)', 'năm 2018'),
    );
    expectOwnFigures(r.stdout);
  });

  it('no year stated but the groups\' own: refused, as the flat "Có điều kiện (năm 2019)" is', async () => {
    const lines = grouped(['Có điều kiện (năm 2019)', 'Giải quyết xong (năm 2019)']).filter((l) => !l.includes('NĂM 2019'));
    const r = await both('bao-cao.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4: error: the header names no figure column; column 3 "Có điều kiện (năm 2019)" names with_conditions for "năm 2019"');
    expect(r.stderr).toContain('[MISSING_COLUMN]');
  });
});

describe('2. a sub-column with two brackets, the unit\'s and the year\'s (both readers)', () => {
  // no unit line: the bracket alone says nghìn đồng (9.000.000 × 1000 = 9e9)
  it.each([
    ['Việc', 'Tiền (nghìn đồng) (năm 2019)'],
    ['Việc (năm 2019)', 'Tiền (nghìn đồng) (năm 2019)'],
    ['Việc', 'Tiền (năm 2019) (nghìn đồng)'],
    ['VIỆC', 'TIỀN (NGHÌN ĐỒNG) (NĂM 2019)'],
    ['Viec', 'Tien (nghin dong) (nam 2019)'],
    ['Số việc', 'Số tiền (nghìn đồng) (năm 2018-2019)'],
    ['Việc', 'Tiền (1.000 đồng) [năm 2019]'],
  ])('%j | %j under "Có điều kiện | Giải quyết xong"', async (...subs) => {
    const r = await both('bao-cao-2019.csv', grouped(['Có điều kiện', 'Giải quyết xong'], subs, false));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('English: "Cases" | "Money (thousand VND) (2019)"', async () => {
    const r = await both('bao-cao-2019.csv', grouped(['With conditions', 'Resolved'], ['Cases', 'Money (thousand VND) (2019)'], false));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('"Tiền (nghìn đồng) (năm 2018)": another year\'s money, set aside and said; cases read, no money printed', async () => {
    const r = await both('bao-cao-2019.csv', grouped(['Có điều kiện', 'Giải quyết xong'], ['Việc', 'Tiền (nghìn đồng) (năm 2018)'], false));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      setAside(4, 'Có điều kiện (năm 2018)', 'năm 2018').replace(':5:4:', ':4:4:') + setAside(6, 'Giải quyết xong (năm 2018)', 'năm 2018').replace(':5:6:', ':4:6:'),
    );
    expectOwnFigures(r.stdout, false);
  });
});

describe('3. the statistics year\'s span without brackets (both readers)', () => {
  const headers = (period: string, [cases, money, withConditions, resolved] = ['Việc', 'Tiền', 'có điều kiện', 'giải quyết xong']) => [
    `${cases} ${withConditions} ${period}`,
    `${money} ${withConditions} ${period}`,
    `${cases} ${resolved} ${period}`,
    `${money} ${resolved} ${period}`,
  ];

  it.each(['năm 2018-2019', 'năm 2018 - 2019', 'nam 2018/2019', 'niên độ 2018-2019', '2018-2019', 'NĂM 2018–2019'])('"Việc có điều kiện %s": the report\'s own year', async (period) => {
    const r = await both('bao-cao-2019.csv', flat(headers(period)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('upper case, no diacritics: "VIEC CO DIEU KIEN NAM 2018-2019"', async () => {
    const r = await both('bao-cao-2019.csv', flat(headers('NAM 2018-2019', ['VIEC', 'TIEN', 'CO DIEU KIEN', 'GIAI QUYET XONG'])));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('English: "Cases with conditions 2018-2019"', async () => {
    const r = await both('bao-cao-2019.csv', flat(headers('2018-2019', ['Cases', 'Money', 'with conditions', 'resolved'])));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('"năm 2017-2018" (statistics year 2018) in a report of 2019 is refused', async () => {
    const r = await both('bao-cao-2019.csv', flat(headers('năm 2017-2018')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'FILE:4: error: the header names no figure column; column 3 "Việc có điều kiện năm 2017-2018" names with_conditions for "năm 2017-2018", column 4 "Tiền có điều kiện năm 2017-2018" names with_conditions for "năm 2017-2018", column 5 "Việc giải quyết xong năm 2017-2018" names resolved for "năm 2017-2018", column 6 "Tiền giải quyết xong năm 2017-2018" names resolved for "năm 2017-2018", which thads does not read as the report\'s own period [MISSING_COLUMN]\n' +
        '  hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json\n',
    );
  });

  it.each(['năm 2019-2020', 'năm 2017-2019', 'năm 2019-2018'])('"%s" names no statistics year of the report\'s: refused', async (period) => {
    const r = await both('bao-cao-2019.csv', flat(headers(period)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\[(MISSING_COLUMN|NO_HEADER)\]\n/);
  });

  it('carried over "Việc năm 2017-2018 chuyển sang" is the year before\'s, read as carried over', async () => {
    const lines = [...TITLE, UNIT, 'STT;Đơn vị;Việc năm 2017-2018 chuyển sang;Việc có điều kiện năm 2018-2019;Việc giải quyết xong năm 2018-2019', '1;Mỹ Lộc;400;700;520', '2;Vụ Bản;300;600;460'];
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // carried over 400 + 300 = 700; cases as above
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ ...CASES.TOTAL, cases_carried_over: '700' });
  });
});

describe('4. "(nghìn đồng; năm 2018)" in a report of 2019, unit line above (both readers)', () => {
  it('money set aside with a warning per column, cases read, exit 0 (a file of one measure)', async () => {
    // ';'-separated: the cell holding ';' is quoted
    const r = await both('bao-cao-2019.csv', grouped(['Có điều kiện', 'Giải quyết xong'], ['Việc', '"Tiền (nghìn đồng; năm 2018)"']));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(setAside(4, 'Có điều kiện (năm 2018)', 'năm 2018') + setAside(6, 'Giải quyết xong (năm 2018)', 'năm 2018'));
    expectOwnFigures(r.stdout, false);
  });
});

describe('over-reach: ordinary headers read as before (both readers)', () => {
  it('plain "Có điều kiện | Giải quyết xong" over "Việc | Tiền"', async () => {
    const r = await both('bao-cao-2019.csv', grouped(['Có điều kiện', 'Giải quyết xong']));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('"Việc (năm 2019)" beside "Việc (năm 2018)" sub-columns: 2019\'s read', async () => {
    const lines = [
      ...TITLE,
      UNIT,
      'STT;Đơn vị;Có điều kiện;;;;Giải quyết xong;;;',
      ';;Việc (năm 2018);Tiền (năm 2018);Việc (năm 2019);Tiền (năm 2019);Việc (năm 2018);Tiền (năm 2018);Việc (năm 2019);Tiền (năm 2019)',
      '1;Mỹ Lộc;650;8.000.000;700;9.000.000;400;3.000.000;520;6.000.000',
      '2;Vụ Bản;550;7.000.000;600;5.000.000;300;2.000.000;460;4.500.000',
    ];
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      setAside(3, 'Có điều kiện (năm 2018)', 'năm 2018') +
        setAside(4, 'Có điều kiện (năm 2018)', 'năm 2018') +
        setAside(7, 'Giải quyết xong (năm 2018)', 'năm 2018') +
        setAside(8, 'Giải quyết xong (năm 2018)', 'năm 2018'),
    );
    expectOwnFigures(r.stdout);
  });

  it.each(['Tổng số thụ lý', 'Tổng số thụ lý (năm 2019)'])('"Số năm trước chuyển sang" under %j is carried over, as before', async (group) => {
    const lines = [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019',
      `STT;Đơn vị;${group};;;Có điều kiện;Giải quyết xong`,
      ';;Tổng số;Số năm trước chuyển sang;Số thụ lý mới;;',
      '1;Mỹ Lộc;1000;400;600;700;520',
      '2;Vụ Bản;800;300;500;600;460',
    ];
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // carried over 400 + 300 = 700, new 600 + 500 = 1100, total 1000 + 800 = 1800; cases as above
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ ...CASES.TOTAL, cases_carried_over: '700', cases_new: '1100', cases_total: '1800' });
  });

  it('"Tiền (nghìn đồng)" alone, no unit line: the bracket\'s unit read', async () => {
    const r = await both('bao-cao-2019.csv', grouped(['Có điều kiện', 'Giải quyết xong'], ['Việc', 'Tiền (nghìn đồng)'], false));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });
});

describe('xlsx: the same headers in a workbook', () => {
  it('"Có điều kiện (năm 2019)" | "Đã giải quyết xong (năm 2019)" over "Việc | Tiền" reads', async () => {
    const r = await summarizeLinesWorkbook(dir, 'bao-cao-2019.xlsx', grouped(['Có điều kiện (năm 2019)', 'Đã giải quyết xong (năm 2019)']), ['--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('"Tiền (nghìn đồng) (năm 2019)" reads, its unit the bracket\'s', async () => {
    const r = await summarizeLinesWorkbook(dir, 'tien-2019.xlsx', grouped(['Có điều kiện', 'Giải quyết xong'], ['Việc', 'Tiền (nghìn đồng) (năm 2019)'], false), ['--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('"Việc có điều kiện năm 2018-2019" reads', async () => {
    const headers = ['Việc có điều kiện năm 2018-2019', 'Tiền có điều kiện năm 2018-2019', 'Việc giải quyết xong năm 2018-2019', 'Tiền giải quyết xong năm 2018-2019'];
    const r = await summarizeLinesWorkbook(dir, 'flat-2019.xlsx', flat(headers), ['--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOwnFigures(r.stdout);
  });

  it('"(năm 2018)" groups stay refused', async () => {
    const r = await summarizeLinesWorkbook(dir, 'cu-2019.xlsx', grouped(['Có điều kiện (năm 2018)', 'Giải quyết xong (năm 2018)']), ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('column 3 "Có điều kiện (năm 2018)" names with_conditions for "năm 2018"');
    expect(r.stderr).toContain('[MISSING_COLUMN]');
  });
});
