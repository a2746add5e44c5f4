// A header's bracket naming the statistics year by the two calendar years it spans — "Việc (năm
// 2018-2019)" under "Có điều kiện | Giải quyết xong", flat "Việc có điều kiện (2018-2019)" — is
// the report's own year 2019, as a title and a Năm column read it: it was refused MISSING_COLUMN
// (stated-years.ts spanAsYear). A bracket holding a unit and the year — "Tiền (nghìn đồng; năm
// 2019)" — is the unit and the period each read by its own rule: the money column was taken for
// "a period or a plan" and left out, exit 0 (headers.ts unitBesidePeriod). Both readers and xlsx.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const reader = bothReaders('thads-header-year-span-', ['--format', 'csv', '--by', 'none']);

// Rows of cells, not ';'-separated lines: the headers hold ';' themselves. Written comma-separated,
// a cell with a comma or a quote quoted.
type Rows = readonly (readonly string[])[];
const csv = (rows: Rows) => rows.map((r) => r.map((c) => (/[,"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
const both = (name: string, rows: Rows, args?: readonly string[]) => reader.both(name, csv(rows), args);

/** The same rows as a workbook (figures as numbers), summarized in process. */
async function workbook(name: string, rows: Rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r.map((c) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c)));
  const file = join(reader.dir, name);
  await wb.xlsx.writeFile(file);
  const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv', '--by', 'none'], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** The CSV output's TOTAL row, by column name. */
function total(out: string): Record<string, string> {
  const [head, ...rows] = out.trim().split('\n').map((l) => l.split(','));
  const r = rows.find((cells) => cells[head!.indexOf('district')] === 'TOTAL')!;
  return Object.fromEntries(head!.map((h, i) => [h, r[i]!]));
}

const TITLE = [['CỤC THADS TỈNH NAM ĐỊNH'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019']];

/** Finding 03: "Có điều kiện thi hành | Giải quyết xong" over `cases` | `money`, unit in a title line. */
const spanned = (cases: string, money: string): Rows => [
  ...TITLE,
  ['Đơn vị tính: Việc; nghìn đồng'],
  ['STT', 'Đơn vị', 'Có điều kiện thi hành', '', 'Giải quyết xong', ''],
  ['', '', cases, money, cases, money],
  ['1', 'Chi cục THADS huyện Mỹ Lộc', '300', '80000', '250', '30000'],
  ['2', 'Chi cục THADS huyện Vụ Bản', '200', '40000', '170', '15000'],
  ['3', 'Chi cục THADS huyện Ý Yên', '210', '45000', '180', '16000'],
];
// By hand: cases 300 + 200 + 210 = 710, resolved 250 + 170 + 180 = 600, 600/710 = 84.507 → 84.51;
// money 80.000 + 40.000 + 45.000 = 165.000 nghìn = 165.000.000 đ, resolved 30.000 + 15.000 +
// 16.000 = 61.000 nghìn = 61.000.000 đ, 61/165 = 36.969 → 36.97.
const SPANNED = { cases_with_conditions: '710', cases_resolved: '600', cases_rate: '84.51', money_with_conditions: '165000000', money_resolved: '61000000', money_rate: '36.97' };

/** Finding 04: "Việc" | `money` under each group, no unit line: the unit is the header's. */
const withUnit = (money: string, title: Rows = TITLE): Rows => [
  ...title,
  ['STT', 'Đơn vị', 'Có điều kiện thi hành', '', 'Giải quyết xong', ''],
  ['', '', 'Việc', money, 'Việc', money],
  ['1', 'Chi cục THADS huyện Mỹ Lộc', '300', '80000', '250', '30000'],
  ['2', 'Chi cục THADS huyện Vụ Bản', '200', '40000', '170', '15000'],
];
// By hand: cases 300 + 200 = 500, 250 + 170 = 420, 420/500 = 84.00; money 80.000 + 40.000 =
// 120.000 nghìn = 120.000.000 đ, 30.000 + 15.000 = 45.000 nghìn = 45.000.000 đ, 45/120 = 37.50.
const CASES_500 = { cases_with_conditions: '500', cases_resolved: '420', cases_rate: '84.00' };
const THOUSANDS = { ...CASES_500, money_with_conditions: '120000000', money_resolved: '45000000', money_rate: '37.50' };

describe('a header naming the statistics year by its span is the report\'s own year (both readers)', () => {
  it.each([
    ['Việc (năm 2018-2019)', 'Tiền (năm 2018-2019)'],
    ['VIỆC (NĂM 2018 - 2019)', 'TIỀN (NĂM 2018 - 2019)'],
    ['Viec (nam 2018/2019)', 'Tien (nam 2018/2019)'],
    ['Việc (niên độ 2018-2019)', 'Tiền (niên độ 2018-2019)'],
    ['Việc (2018-2019)', 'Tiền (2018–2019)'],
    ['Việc [năm 2018-2019]', 'Tiền [năm 2018-2019]'],
  ])('%j | %j in a report of 2019: 710 / 600, 165.000.000 / 61.000.000 đ', async (cases, money) => {
    const r = await both('bao-cao-2019.csv', spanned(cases, money));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject(SPANNED);
  });

  it('flat "Việc có điều kiện (2018-2019)", with or without --year 2019', async () => {
    const lines = [...TITLE, ['Đơn vị', 'Việc có điều kiện (2018-2019)', 'Việc giải quyết xong (2018-2019)'], ['Mỹ Lộc', '586', '533'], ['Vụ Bản', '655', '630']];
    // By hand: 586 + 655 = 1241, 533 + 630 = 1163, 1163/1241 = 0.937147 → 93.71
    for (const args of [['--format', 'csv', '--by', 'none'], ['--format', 'csv', '--by', 'none', '--year', '2019']]) {
      const r = await both('viec-2019.csv', lines, args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(total(r.stdout)).toMatchObject({ year: '2019', cases_with_conditions: '1241', cases_resolved: '1163', cases_rate: '93.71' });
    }
  });

  it('English headers "Cases with conditions (2018-2019)" and "Money … (thousand VND; 2019)"', async () => {
    const lines = [...TITLE, ['Office', 'Cases with conditions (2018-2019)', 'Cases resolved (2018-2019)', 'Money with conditions (thousand VND; 2019)', 'Money resolved (thousand VND; 2019)'], ['Mỹ Lộc', '300', '250', '80000', '30000'], ['Vụ Bản', '200', '170', '40000', '15000']];
    const r = await both('tong-hop-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject(THOUSANDS);
  });

  it('carried over "(năm 2017-2018)" is the year before\'s, read as carried over', async () => {
    const lines = [...TITLE, ['Đơn vị', 'Việc năm trước chuyển sang (năm 2017-2018)', 'Việc có điều kiện (2018-2019)', 'Việc giải quyết xong (2018-2019)'], ['Mỹ Lộc', '10', '300', '250'], ['Vụ Bản', '20', '200', '170']];
    const r = await both('viec-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // By hand: carried over 10 + 20 = 30; 500 / 420 as above
    expect(total(r.stdout)).toMatchObject({ ...CASES_500, cases_carried_over: '30' });
  });
});

describe('over-reach: a span or a year that is not the report\'s stays another year\'s (both readers)', () => {
  it('"Việc (2017-2018)" in a report of 2019 is statistics year 2018: refused', async () => {
    const r = await both('bao-cao-2019.csv', spanned('Việc (2017-2018)', 'Tiền (2017-2018)'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'FILE:5: error: the header names no figure column; column 3 "Có điều kiện thi hành (2017-2018)" names with_conditions for "2017-2018", column 4 "Có điều kiện thi hành (2017-2018)" names with_conditions for "2017-2018", column 5 "Giải quyết xong (2017-2018)" names resolved for "2017-2018", column 6 "Giải quyết xong (2017-2018)" names resolved for "2017-2018", which thads does not read as the report\'s own period [MISSING_COLUMN]\n' +
        '  hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json\n',
    );
  });

  it.each([
    ['Việc (năm 2018)', 'năm 2018'],
    ['Việc (2017-2019)', '2017-2019'],
    ['Việc (năm 2019-2020)', 'năm 2019-2020'],
  ])('%j in a report of 2019 is refused', async (cases, period) => {
    const r = await both('bao-cao-2019.csv', spanned(cases, cases.replace('Việc', 'Tiền')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:5: error: the header names no figure column; column 3 "Có điều kiện thi hành (${period})" names with_conditions for "${period}"`);
    expect(r.stderr).toContain('[MISSING_COLUMN]');
  });

  it('flat "Việc có điều kiện (2017-2018)" in a report of 2019 is refused', async () => {
    const r = await both('viec-2019.csv', [...TITLE, ['Đơn vị', 'Việc có điều kiện (2017-2018)', 'Việc giải quyết xong (2017-2018)'], ['Mỹ Lộc', '586', '533'], ['Vụ Bản', '655', '630']], ['--format', 'csv', '--by', 'none', '--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('column 2 "Việc có điều kiện (2017-2018)" names with_conditions for "2017-2018", column 3 "Việc giải quyết xong (2017-2018)" names resolved for "2017-2018", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });
});

describe('a bracket with the unit and the report\'s own year reads both (both readers)', () => {
  it.each([
    ['Tiền (nghìn đồng; năm 2019)', THOUSANDS],
    ['Tiền (năm 2019; nghìn đồng)', THOUSANDS],
    ['TIỀN (NGHÌN ĐỒNG; NĂM 2019)', THOUSANDS],
    ['Tien (nghin dong, nam 2019)', THOUSANDS],
    ['Tiền (ĐVT: 1.000 đồng, năm 2019)', THOUSANDS],
    ['Tiền (1,000 đồng; năm 2019)', THOUSANDS],
    ['Tiền (nghìn đồng; năm 2018-2019)', THOUSANDS],
    // 120.000 triệu = 120.000.000.000 đ, 45.000 triệu = 45.000.000.000 đ, 37.50
    ['Tiền (triệu đồng - năm 2019)', { ...CASES_500, money_with_conditions: '120000000000', money_resolved: '45000000000', money_rate: '37.50' }],
  ])('%j under each group', async (money, expected) => {
    const r = await both('bao-cao-2019.csv', withUnit(money));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject(expected);
  });

  it('flat "Tiền có điều kiện (nghìn đồng; năm 2019)"', async () => {
    const lines = [...TITLE, ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện (nghìn đồng; năm 2019)', 'Tiền giải quyết xong (nghìn đồng; năm 2019)'], ['Mỹ Lộc', '300', '250', '80000', '30000'], ['Vụ Bản', '200', '170', '40000', '15000']];
    const r = await both('tong-hop-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject(THOUSANDS);
  });

  it('control: "Tiền (nghìn đồng)" alone reads as before', async () => {
    const r = await both('bao-cao-2019.csv', withUnit('Tiền (nghìn đồng)'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject(THOUSANDS);
  });

  it('over-reach: "(nghìn đồng; năm 2018)" in a report of 2019 is another year\'s: set aside, said', async () => {
    const r = await both('bao-cao-2019.csv', withUnit('Tiền (nghìn đồng; năm 2018)'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'FILE:4:4: warning: column "Có điều kiện thi hành (năm 2018)" names a period or a plan ("năm 2018"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]\n' +
        '  hint: map it with "aliases" in thads.config.json if it holds a known figure\n' +
        'FILE:4:6: warning: column "Giải quyết xong (năm 2018)" names a period or a plan ("năm 2018"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]\n' +
        '  hint: map it with "aliases" in thads.config.json if it holds a known figure\n',
    );
    // cases read; no money figure of 2019 in the file: none printed
    expect(total(r.stdout)).toMatchObject({ ...CASES_500, money_with_conditions: '', money_resolved: '', money_rate: '' });
  });

  it('over-reach: 2019\'s beside "(nghìn đồng; cùng kỳ 2018)": 2019\'s read, the comparison ignored', async () => {
    const lines = [
      ...TITLE,
      ['STT', 'Đơn vị', 'Có điều kiện thi hành', '', '', 'Giải quyết xong', '', ''],
      ['', '', 'Việc', 'Tiền (nghìn đồng; năm 2019)', 'Tiền (nghìn đồng; cùng kỳ 2018)', 'Việc', 'Tiền (nghìn đồng; năm 2019)', 'Tiền (nghìn đồng; cùng kỳ 2018)'],
      // 2018's money (99.000, 11.000, …) read as 2019's would change every money total
      ['1', 'Chi cục THADS huyện Mỹ Lộc', '300', '80000', '99000', '250', '30000', '11000'],
      ['2', 'Chi cục THADS huyện Vụ Bản', '200', '40000', '77000', '170', '15000', '22000'],
    ];
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:4:5: warning: column "Có điều kiện thi hành (cùng kỳ 2018)" names a period or a plan ("cùng kỳ 2018"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]');
    expect(total(r.stdout)).toMatchObject(THOUSANDS);
  });
});

describe('xlsx: the same headers in a workbook', () => {
  it('"Việc (năm 2018-2019)" | "Tiền (năm 2018-2019)" reads 710 / 600, 165.000.000 / 61.000.000 đ', async () => {
    const r = await workbook('bao-cao-2019.xlsx', spanned('Việc (năm 2018-2019)', 'Tiền (năm 2018-2019)'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject(SPANNED);
  });

  it('"Tiền (nghìn đồng; năm 2019)" reads 120.000.000 / 45.000.000 đ', async () => {
    const r = await workbook('tien-2019.xlsx', withUnit('Tiền (nghìn đồng; năm 2019)'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject(THOUSANDS);
  });

  it('"Việc (2017-2018)" is refused', async () => {
    const r = await workbook('cu-2019.xlsx', spanned('Việc (2017-2018)', 'Tiền (2017-2018)'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('column 3 "Có điều kiện thi hành (2017-2018)" names with_conditions for "2017-2018"');
    expect(r.stderr).toContain('[MISSING_COLUMN]');
  });
});
