// A header's measure groups carrying the report's own period — "Việc năm 2019 | Tiền năm 2019",
// "VỀ VIỆC NĂM 2019", "Kết quả thi hành án tính bằng việc năm 2019", "Về việc (từ 01/10/2018 đến
// 30/9/2019)" over a 2019 report — were refused (MEASURE_UNKNOWN, MEASURE_CONFLICT,
// MISSING_COLUMN): once a group held a period its measure words were dropped. The measure is now
// read beside the period (HeaderMatcher.measureBesidePeriod), the period judged alone as before:
// another year's or a part of the year's stays refused, and is no longer read as the title's
// ("Về việc (từ 01/04/2019 đến 30/9/2019)" had made the report six months and been read).
// And an English unit line in brackets, "(Money in VND thousand)", "(Cases; money in VND
// thousand)", was UNIT_UNREADABLE while the same line without brackets read (parseUnitLine).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both, dir } = bothReaders('thads-measure-group-own-year-', ['--format', 'csv']);

const OFFICE = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const UNIT = 'Đơn vị tính: việc; nghìn đồng';
const SUB = ';;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong';
const ROWS = ['1;Mỹ Lộc;586;533;9.565.824.266;8.009.734.950', '2;Vụ Bản;655;630;16.389.337.399;14.490.039.714', '3;Ý Yên;298;276;9.770.951.678;8.385.244.228'];
const file = (cases: string, money: string) => [OFFICE, TITLE, UNIT, `STT;Đơn vị;${cases};;${money};`, SUB, ...ROWS];

/** The CSV's TOTAL row, by column name. */
function total(stdout: string): Record<string, string> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[1] === 'TOTAL');
  if (row === undefined) throw new Error(`no TOTAL in\n${stdout}`);
  return Object.fromEntries(head!.map((h, i) => [h, row[i]!]));
}

// By hand: cases with conditions 586 + 655 + 298 = 1539, resolved 533 + 630 + 276 = 1439,
// 1439 / 1539 = 93.50 %; money (nghìn đồng) 9.565.824.266 + 16.389.337.399 + 9.770.951.678 =
// 35.726.113.343 nghìn = 35 726 113 343 000 đồng, 8.009.734.950 + 14.490.039.714 + 8.385.244.228
// = 30.885.018.892 nghìn = 30 885 018 892 000 đồng, 30.885.018.892 / 35.726.113.343 = 86.45 %.
function expectTotals(stdout: string): void {
  const t = total(stdout);
  expect([t.year, t.cases_with_conditions, t.cases_resolved, t.cases_rate]).toEqual(['2019', '1539', '1439', '93.50']);
  expect([t.money_with_conditions, t.money_resolved, t.money_rate]).toEqual(['35726113343000', '30885018892000', '86.45']);
}

describe('measure groups beside the report\'s own period: read', () => {
  it.each([
    ['Việc năm 2019', 'Tiền năm 2019'],
    ['Về việc năm 2019', 'Về tiền năm 2019'],
    ['VỀ VIỆC NĂM 2019', 'VỀ TIỀN NĂM 2019'],
    ['Ve viec nam 2019', 'Ve tien nam 2019'],
    ['Số việc năm 2019', 'Số tiền năm 2019'],
    ['Việc 2019', 'Tiền 2019'],
    ['Cases 2019', 'Money 2019'],
    ['Về việc (từ 01/10/2018 đến 30/9/2019)', 'Về tiền (từ 01/10/2018 đến 30/9/2019)'],
    ['Về việc từ 01/10/2018 đến 30/9/2019', 'Về tiền từ 01/10/2018 đến 30/9/2019'],
    ['Kết quả thi hành án tính bằng việc năm 2019', 'Kết quả thi hành án tính bằng tiền năm 2019'],
    ['I. Về việc năm 2019', 'II. Về tiền năm 2019'],
  ])('%s | %s', async (cases, money) => {
    const r = await both('nam-dinh-2019.csv', file(cases, money));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expectTotals(r.stdout);
  });

  it('a workbook, the groups merged over their sub-columns', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Bieu 01');
    sheet.addRow([OFFICE]);
    sheet.addRow([TITLE]);
    sheet.addRow([UNIT]);
    sheet.addRow(['STT', 'Đơn vị', 'VỀ VIỆC NĂM 2019', null, 'VỀ TIỀN NĂM 2019', null]);
    sheet.addRow([null, null, 'Có điều kiện', 'Giải quyết xong', 'Có điều kiện', 'Giải quyết xong']);
    sheet.addRow([1, 'Mỹ Lộc', 586, 533, 9565824266, 8009734950]);
    sheet.addRow([2, 'Vụ Bản', 655, 630, 16389337399, 14490039714]);
    sheet.addRow([3, 'Ý Yên', 298, 276, 9770951678, 8385244228]);
    sheet.mergeCells('A4:A5');
    sheet.mergeCells('B4:B5');
    sheet.mergeCells('C4:D4');
    sheet.mergeCells('E4:F4');
    const path = join(dir, 'nam-dinh-2019.xlsx');
    await wb.xlsx.writeFile(path);
    const { io, stdout, stderr } = memoryIo(['summarize', path, '--format', 'csv'], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expectTotals(stdout());
  });
});

describe('over-reach: groups as they read before still read', () => {
  it.each([
    ['Việc (năm 2019)', 'Tiền (năm 2019)'],
    ['Số việc (năm 2019)', 'Số tiền (năm 2019)'],
    ['Kết quả về việc', 'Kết quả về tiền'],
    ['Về việc', 'Về tiền'],
  ])('%s | %s', async (cases, money) => {
    const r = await both('nam-dinh-2019.csv', file(cases, money));
    expect(r.code, r.stderr).toBe(0);
    expectTotals(r.stdout);
  });
});

describe('a group naming another period than the report\'s: still refused', () => {
  it.each([
    ['Việc năm 2018', 'Tiền năm 2018', 'Việc năm 2018'],
    ['Việc (năm 2018)', 'Tiền (năm 2018)', 'Việc năm 2018'],
    ['Về việc từ 01/10/2017 đến 30/9/2018', 'Về tiền từ 01/10/2017 đến 30/9/2018', 'Về việc từ 01/10/2017 đến 30/9/2018'],
    ['Việc cùng kỳ năm 2018', 'Tiền cùng kỳ năm 2018', 'Việc cùng kỳ năm 2018'],
    // a part of the year: never read as the whole year, nor taken for the title's period
    ['Về việc từ 01/04/2019 đến 30/9/2019', 'Về tiền từ 01/04/2019 đến 30/9/2019', 'Về việc từ 01/04/2019 đến 30/9/2019'],
    ['Về việc (từ 01/04/2019 đến 30/9/2019)', 'Về tiền (từ 01/04/2019 đến 30/9/2019)', 'Về việc từ 01/04/2019 đến 30/9/2019'],
    ['Việc 6 tháng năm 2019', 'Tiền 6 tháng năm 2019', 'Việc 6 tháng năm 2019'],
    ['Việc (6 tháng năm 2019)', 'Tiền (6 tháng năm 2019)', 'Việc 6 tháng năm 2019'],
  ])('%s | %s: MISSING_COLUMN, nothing printed', async (cases, money, period) => {
    const r = await both('nam-dinh-2019.csv', file(cases, money));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5: error: the header names no figure column; column 3 "Có điều kiện (${period})" names with_conditions for "${period}"`);
    expect(r.stderr).toContain('[MISSING_COLUMN]');
  });

  it('a sub-column "Việc năm 2018" under a field is no measure group: MEASURE_UNKNOWN as before', async () => {
    const r = await both('nam-dinh-2019.csv', [TITLE, UNIT, 'STT;Đơn vị;Có điều kiện;;Giải quyết xong;', ';;Việc năm 2018;Tiền năm 2018;Việc năm 2018;Tiền năm 2018', '1;Mỹ Lộc;586;9.565.824.266;533;8.009.734.950']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:3: error: column "Có điều kiện" does not say whether it counts cases or money [MEASURE_UNKNOWN]');
  });
});

describe('an English unit line in brackets', () => {
  const english = (unit: string) => [
    'CIVIL JUDGMENT ENFORCEMENT RESULTS 2019 - NAM DINH',
    unit,
    'No.,Office,Cases with conditions,Cases resolved,Money with conditions,Money resolved',
    '1,My Loc,586,533,9565824266,8009734950',
    '2,Vu Ban,655,630,16389337399,14490039714',
    '3,Y Yen,298,276,9770951678,8385244228',
  ];

  // the same hand totals as above: money ×1000 (VND thousand)
  it.each(['(Money in VND thousand)', '(Cases; money in VND thousand)', '[Money in VND thousand]', '(money in thousand VND)', 'Money in VND thousand', '(Unit: VND thousand)', '(In VND thousand)', '(Amounts in VND thousand)'])(
    '%s: read, money in thousands',
    async (unit) => {
      const r = await both('nam-dinh-2019.csv', english(unit));
      expect(r.code, r.stderr).toBe(0);
      expectTotals(r.stdout);
    },
  );

  it.each([
    ['(Money in VND hundred)', '"(Money in VND hundred)"'],
    ['(Money in VND thousand; cases in thousands)', '"Money in VND thousand; cases in thousands"'],
  ])('%s: still UNIT_UNREADABLE', async (unit, quoted) => {
    const r = await both('nam-dinh-2019.csv', english(unit));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:2:1: error: the unit line ${quoted} names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });
});
