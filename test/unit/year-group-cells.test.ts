// A header group cell that is a year alone — the number Excel stores when one types 2018, the
// text "2018", "2018.", or a date cell shown as "Năm 2018" — is read as "Năm 2018" is: the
// columns under it are another year's, never this report's (they were summed as its own, exit 0).
// Field cells that are numbers (the forms' column-number row) and the report's own year stay.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { yearGroupWords } from '../../src/input/stated-years.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders, type Run } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-year-group-', ['--format', 'csv']);

/** The CSV output's row of `district`, by column name. */
function row(out: string, district: string): Record<string, string> {
  const [head, ...rows] = out.trim().split('\n').map((l) => l.split(','));
  const r = rows.find((cells) => cells[head!.indexOf('district')] === district)!;
  return Object.fromEntries(head!.map((h, i) => [h, r[i]!]));
}

const FIELDS = 'Đơn vị,Có điều kiện,Giải quyết xong,Tổng số thụ lý';
const ROWS = ['Huyện A,100,90,300', 'Huyện B,200,150,350'];
const IGNORED = (group: string) =>
  `FILE:2:4: warning: column "Tổng số thụ lý (${group})" names a period or a plan ("${group}"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]`;

describe('yearGroupWords', () => {
  it.each([
    ['2018', 'Năm 2018'], [' 2018 ', 'Năm 2018'], ['2018.', 'Năm 2018'], ['2018*', 'Năm 2018'], ['2018 (*)', 'Năm 2018'], ['30/09/2018', 'Năm 2018'], ['1/10/2018', 'Năm 2018'],
    ['1990', 'Năm 1990'], ['2100', 'Năm 2100'],
    // no year alone: let be
    ['1989', '1989'], ['2101', '2101'], ['1', '1'], ['(1)', '(1)'], ['20', '20'], ['Năm 2018', 'Năm 2018'], ['2018-2019', '2018-2019'], ['Cùng kỳ 2018', 'Cùng kỳ 2018'], ['', ''],
  ])('%j → %j', (cell, words) => expect(yearGroupWords(cell)).toBe(words));
});

describe('a group of a year alone over last year\'s column (both readers)', () => {
  it('"Năm 2018" (control): the column is ignored, cases_total absent', async () => {
    const r = await both('ctl-viec-2019.csv', [',Năm 2019,,Năm 2018', FIELDS, ...ROWS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(IGNORED('Năm 2018'));
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ cases_total: '', cases_with_conditions: '300', cases_resolved: '240' });
  });

  it.each(['2018', '2018.', '2018*', '30/09/2018'])('%j is read as "Năm 2018" is (650 was printed as 2019\'s total)', async (group) => {
    const r = await both('bare-viec-2019.csv', [`,Năm 2019,,${group}`, FIELDS, ...ROWS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(IGNORED('Năm 2018'));
    expect(row(r.stdout, 'Huyện A')).toMatchObject({ cases_total: '', cases_with_conditions: '100', cases_resolved: '90' });
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ cases_total: '', cases_with_conditions: '300', cases_resolved: '240' });
  });

  it('"2019 | 2018" side by side over the same fields: as "Năm 2019 | Năm 2018", the 2018 columns ignored', async () => {
    const lines = (a: string, b: string) => [`,${a},,${b},`, 'Đơn vị,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong', 'Huyện A,100,90,70,60', 'Huyện B,200,150,80,50'];
    const bare = await both('side-viec-2019.csv', lines('2019', '2018'));
    const words = await both('side-viec-2019.csv', lines('Năm 2019', 'Năm 2018'));
    expect(bare).toEqual(words);
    expect(bare.code).toBe(0);
    expect(row(bare.stdout, 'TOTAL')).toMatchObject({ cases_with_conditions: '300', cases_resolved: '240' });
  });

  it('the report\'s own year alone over its columns: read as today', async () => {
    const r = await both('own-viec-2019.csv', [',2019,', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Huyện A,100,90', 'Huyện B,200,150']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ cases_with_conditions: '300', cases_resolved: '240' });
  });

  it.each([['1,2,3'], ['(1),(2),(3)']])('a column-number row %j under the fields stays a column-number row', async (numbers) => {
    const r = await both('numbers-viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', numbers, 'Huyện A,100,90', 'Huyện B,200,150']);
    expect(r.code).toBe(0);
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ cases_with_conditions: '300', cases_resolved: '240' });
  });
});

describe('workbooks: a number cell 2018 and a date cell shown "Năm 2018" as a group', () => {
  async function run(name: string, group: (cell: ExcelJS.Cell) => void): Promise<Run> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow(['Đơn vị', 'Năm 2019', null, null]);
    sheet.mergeCells('B1:C1');
    group(sheet.getCell('D1'));
    sheet.addRow([null, 'Có điều kiện', 'Giải quyết xong', 'Tổng số thụ lý']);
    sheet.mergeCells('A1:A2');
    sheet.addRow(['Huyện A', 100, 90, 300]);
    sheet.addRow(['Huyện B', 200, 150, 350]);
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    return { code, stdout: stdout(), stderr: stderr() };
  }

  it.each([
    ['number', (c: ExcelJS.Cell): void => void (c.value = 2018)],
    ['date', (c: ExcelJS.Cell): void => void ((c.value = new Date(Date.UTC(2018, 8, 30))), (c.numFmt = '"Năm "yyyy'))],
    ['text', (c: ExcelJS.Cell): void => void (c.value = 'Năm 2018')],
  ] as const)('%s: cases_total absent, 2019\'s figures summed', async (kind, group) => {
    const r = await run(`${kind}-viec-2019.xlsx`, group);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('!D2: warning: column "Tổng số thụ lý (Năm 2018)" names a period or a plan ("Năm 2018")');
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ cases_total: '', cases_with_conditions: '300', cases_resolved: '240' });
  });
});
