// A month report's month is never the report's figures. Two holes printed the MONTH as the
// report's, exit 0 (findings work65a 01, 03):
// 1. "Số phát sinh trong tháng", "Tháng báo cáo", "Số trong tháng", "Số phát sinh trong kỳ" were
//    no month thads knew: read as the fields (new 140, completed 90, carried over 1560 derived).
//    The rule: the month words may start with "Số"/"Số liệu" (group-span.ts FIGURES_OF).
// 2. With no year known, "Trong tháng | Lũy kế từ 01/10/2018" set the dated cumulative aside (no
//    year to judge its days by) and read the month (90 / 110 = 81,82 %). The rule: a month beside
//    another group is never read; with no year, every group but an unbounded "Lũy kế" is set
//    aside and nothing is read (own-period.ts judgeGroupSpans → judgeWithoutYear): MISSING_COLUMN.
// Totals by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupSpan } from '../../src/input/group-span.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-month-safe-', []);
const run = (name: string, lines: readonly string[], args: readonly string[] = []) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none', ...args]);
const total = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.cases_carried_over, t.cases_new, t.cases_total, t.cases_with_conditions, t.cases_completed, t.cases_resolved, t.cases_rate];
};
const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.includes('warning'));

/** Finding 01: the month's flow (Thụ lý mới, Thi hành xong) beside the cumulative's stock and result. */
const flowBeside = (month: string, cumulative = 'Lũy kế từ 01/10/2018') => [
  `Đơn vị;${month};;${cumulative};;;`,
  ';Thụ lý mới;Thi hành xong;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong;Tỷ lệ (%)',
  'Mỹ Lộc;100;70;1.200;1.000;900;90,00',
  'Vụ Bản;40;20;500;400;360;90,00',
];
/**
 * The cumulative alone read: total 1200 + 500 = 1700; có ĐK 1000 + 400 = 1400; resolved 900 + 360
 * = 1260; 1260 / 1400 = 90.00. New, completed, carried over are not in the file: empty (the month
 * read gave 100 + 40 = 140, 70 + 20 = 90, 1700 − 140 = 1560).
 */
const YEAR_READ = ['', '', '1700', '1400', '', '1260', '90.00'];

/** Finding 03: the same three fields under the month and under the cumulative. */
const TITLE = ['Biểu số 01/TK-THA', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC'];
const sameFields = (title: readonly string[], first: string, second: string, monthFirst = true) => [
  ...title,
  `Đơn vị;${first};;;${second};;`,
  ';Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong',
  monthFirst ? 'Mỹ Lộc;100;80;70;1.200;1.000;900' : 'Mỹ Lộc;1.200;1.000;900;100;80;70',
  monthFirst ? 'Vụ Bản;40;30;20;500;400;360' : 'Vụ Bản;500;400;360;40;30;20',
];
/** total 1200 + 500 = 1700; có ĐK 1000 + 400 = 1400; resolved 900 + 360 = 1260; 1260 / 1400 = 90.00 (the month: 140, 110, 90, 81.82). */
const CUMULATIVE_READ = ['', '', '1700', '1400', '', '1260', '90.00'];

describe('groupSpan: the month words after "Số", "Số liệu"', () => {
  it.each([
    ['Số phát sinh trong tháng', { kind: 'month', month: null, year: null, beside: true }],
    ['SỐ PHÁT SINH TRONG THÁNG', { kind: 'month', month: null, year: null, beside: true }],
    ['So phat sinh trong thang', { kind: 'month', month: null, year: null, beside: true }],
    ['Số liệu phát sinh trong tháng 9', { kind: 'month', month: 9, year: null, beside: true }],
    ['Tháng báo cáo', { kind: 'month', month: null, year: null, beside: true }],
    ['Số liệu tháng báo cáo', { kind: 'month', month: null, year: null, beside: true }],
    ['Số trong tháng', { kind: 'month', month: null, year: null }],
    ['Số trong tháng 9/2019', { kind: 'month', month: 9, year: 2019 }],
    ['Số phát sinh trong kỳ', { kind: 'term' }],
    ['Phát sinh trong kỳ', { kind: 'term' }],
  ])('%s → %j', (text, span) => expect(groupSpan(text)).toEqual(span));
  it('"Số tháng" (a count of months) and "Số phát sinh" name no span', () => {
    expect([groupSpan('Số tháng'), groupSpan('Số phát sinh')]).toEqual([null, null]);
  });
});

describe('1. "Số phát sinh trong tháng", "Tháng báo cáo", "Số trong tháng", "Số phát sinh trong kỳ" beside the cumulative: set aside', () => {
  it.each(['Số phát sinh trong tháng', 'Tháng báo cáo', 'Số trong tháng', 'SO PHAT SINH TRONG THANG'])(
    '"%s | Lũy kế từ 01/10/2018" in viec-thang9-2019.csv: 1260 / 1400 = 90.00 %, the month\'s two columns warned',
    async (month) => {
      const r = await run('viec-thang9-2019.csv', flowBeside(month));
      expect(r.code).toBe(0);
      expect(warnings(r.stderr)).toEqual([
        `viec-thang9-2019.csv:2:2: warning: column "Thụ lý mới (${month})" names a part of a year ("${month}"), which may not be the report's period, and is ignored [UNKNOWN_COLUMN]`,
        `viec-thang9-2019.csv:2:3: warning: column "Thi hành xong (${month})" names a part of a year ("${month}"), which may not be the report's period, and is ignored [UNKNOWN_COLUMN]`,
      ]);
      expect(total(r.rows)).toEqual(YEAR_READ);
    },
  );

  it.each(['Số phát sinh trong tháng', 'Số phát sinh trong kỳ', 'Tháng báo cáo'])(
    '"%s | Lũy kế" with the same three fields (was DUPLICATE_COLUMN): the cumulative read, 90.00 %',
    async (month) => {
      const r = await run('bc-thang-9.csv', sameFields(TITLE, month, 'Lũy kế'), ['--year', '2019']);
      expect(r.code).toBe(0);
      expect(warnings(r.stderr)).toHaveLength(3);
      expect(total(r.rows)).toEqual(CUMULATIVE_READ);
    },
  );

  it('the workbook: merged "Số phát sinh trong tháng" over B:C reads as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tháng 9');
    for (const line of flowBeside('Số phát sinh trong tháng')) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^[\d.]+$/.test(c) ? Number(c.replace('.', '')) : c)));
    for (const range of ['A1:A2', 'B1:C1', 'D1:G1']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'viec-thang9-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'viec-thang9-2019.xlsx')], ['--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('viec-thang9-2019.xlsx:Tháng 9!B2: warning: column "Thụ lý mới (Số phát sinh trong tháng)" names a part of a year');
    expect(total(r.rows)).toEqual(YEAR_READ);
  });
});

describe('2. no year known: a month beside a dated cumulative is refused, never read', () => {
  const refusal = (name: string, line: number, month: string, cumulative: string, fields: readonly [string, string]) =>
    `${name}:${line}: error: the header names no figure column; column 3 "${fields[0]} (${month})" names with_conditions for "${month}", column 4 "${fields[1]} (${month})" names resolved for "${month}", column 6 "${fields[0]} (${cumulative})" names with_conditions for "${cumulative}", column 7 "${fields[1]} (${cumulative})" names resolved for "${cumulative}", which thads does not read as the report's own period: no statistics year is known [MISSING_COLUMN]`;
  const VI: [string, string] = ['Có điều kiện thi hành', 'Giải quyết xong'];

  it('"Trong tháng | Lũy kế từ 01/10/2018" in "Bieu 01.csv" (was 90 / 110 = 81.82 %, exit 0): MISSING_COLUMN, exit 1', async () => {
    const r = await run('Bieu 01.csv', sameFields(TITLE, 'Trong tháng', 'Lũy kế từ 01/10/2018'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(refusal('Bieu 01.csv', 4, 'Trong tháng', 'Lũy kế từ 01/10/2018', VI));
  });

  it.each([
    ['Thực hiện trong tháng', 'Lũy kế đến 30/9/2019'],
    ['Số phát sinh trong tháng', 'Lũy kế từ 01/10/2018 đến 30/9/2019'],
  ])('"%s | %s" with no year: MISSING_COLUMN, exit 1', async (month, cumulative) => {
    const r = await run('Sheet1.csv', sameFields(TITLE, month, cumulative));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusal('Sheet1.csv', 4, month, cumulative, VI));
  });

  it('cumulative first, "Lũy kế từ 01/10/2018 | Phát sinh trong tháng": MISSING_COLUMN, exit 1', async () => {
    const r = await run('Tong hop viec.csv', sameFields(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ'], 'Lũy kế từ 01/10/2018', 'Phát sinh trong tháng', false));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusal('Tong hop viec.csv', 3, 'Lũy kế từ 01/10/2018', 'Phát sinh trong tháng', VI));
  });

  it('English: "In the month | Cumulative since 01/10/2018" under "MONTHLY REPORT": MISSING_COLUMN, exit 1', async () => {
    const lines = [
      'MONTHLY REPORT',
      'Office,In the month,,,Cumulative since 01/10/2018,,',
      ',Total cases,Cases with conditions,Cases resolved,Total cases,Cases with conditions,Cases resolved',
      'My Loc,100,80,70,1200,1000,900',
      'Vu Ban,40,30,20,500,400,360',
    ];
    const r = await run('cases-monthly.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusal('cases-monthly.csv', 3, 'In the month', 'Cumulative since 01/10/2018', ['Cases with conditions', 'Cases resolved']));
  });

  it('the workbook of "Bieu 01" with merged groups: refused as the CSV is', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const line of sameFields(TITLE, 'Trong tháng', 'Lũy kế từ 01/10/2018')) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^[\d.]+$/.test(c) ? Number(c.replace('.', '')) : c)));
    for (const range of ['A3:A4', 'B3:D3', 'E3:G3']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'Bieu 01.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'Bieu 01.xlsx')], ['--by', 'none']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[MISSING_COLUMN]');
  });
});

describe('over-reach: what read right before reads the same', () => {
  it('the same "Bieu 01" with --year 2019: the cumulative read, 1260 / 1400 = 90.00 %', async () => {
    const r = await run('Bieu 01.csv', sameFields(TITLE, 'Trong tháng', 'Lũy kế từ 01/10/2018'), ['--year', '2019']);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE_READ);
  });

  it('no year, "Trong tháng | Lũy kế" (a running total to the report\'s end): the cumulative read, 90.00 %', async () => {
    const r = await run('Bieu 01.csv', sameFields(TITLE, 'Trong tháng', 'Lũy kế'));
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual([
      'Bieu 01.csv:4:2: warning: column "Tổng số thụ lý (Trong tháng)" names a part of a year ("Trong tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
      'Bieu 01.csv:4:3: warning: column "Có điều kiện thi hành (Trong tháng)" names a part of a year ("Trong tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
      'Bieu 01.csv:4:4: warning: column "Giải quyết xong (Trong tháng)" names a part of a year ("Trong tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
      'Bieu 01.csv: warning: the statistics year is unknown, so no target applies [YEAR_UNKNOWN]',
    ]);
    expect(total(r.rows)).toEqual(CUMULATIVE_READ);
  });

  it('"Năm 2019 | Tháng 9/2019" in a NĂM 2019 report: the year read, 90.00 %', async () => {
    const title = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019'];
    const r = await run('bc-nam.csv', sameFields(title, 'Năm 2019', 'Tháng 9/2019', false), ['--year', '2019']);
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toHaveLength(3);
    expect(r.stderr).toContain('bc-nam.csv:3:5: warning: column "Tổng số thụ lý (Tháng 9/2019)" names a part of a year');
    expect(total(r.rows)).toEqual(CUMULATIVE_READ);
  });

  it('"Phát sinh trong tháng" with the flow in a report of 2019: as before, 90.00 % and the month warned', async () => {
    const r = await run('control-viec-thang9-2019.csv', flowBeside('Phát sinh trong tháng'));
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toHaveLength(2);
    expect(total(r.rows)).toEqual(YEAR_READ);
  });

  it('a plain table with no group and no year reads: 1260 / 1400 = 90.00 %', async () => {
    const lines = ['Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong', 'Mỹ Lộc;1.200;1.000;900', 'Vụ Bản;500;400;360'];
    const r = await run('viec-tong-hop.csv', lines);
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE_READ);
  });
});
