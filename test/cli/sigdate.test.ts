// The signature block's place-and-date line under the table, its day in a cell of its own under a
// figure column ("Nam Định, ngày" | 05/10/2024, then "NGƯỜI LẬP BIỂU … THỦ TRƯỞNG ĐƠN VỊ"), refused
// the whole file (work99c 01): MISSING_DISTRICT, or NOT_AN_OFFICE with the day alone. Excel makes a
// typed 05/10/2024 a date cell, =TODAY() one too; a "Unicode Text" or CSV export keeps the text.
// Below the rows with figures such a day is no figure (input/signature-date.ts, read-csv.ts
// readRow); a row with figures below it puts it back in the table, refused. Figures by hand: five
// offices, cases total 412+1830+356+520+780 = 3898, with conditions 305+1402+270+401+601 = 2979,
// resolved (completed + terminated) 2603+76 = 2679, 2679/2979 = 89,93 %; money with conditions
// 528925846, resolved 208123454+8480100+2160000 = 218763554, 41,36 %. Controls keep their reading.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { utf16 } from '../helpers/encode.mjs';
import { csvColumns } from '../helpers/key-rows.js';

const ARGS = ['--format', 'csv', '--year', '2024'];
const root = mkdtempSync(join(tmpdir(), 'thads-sigdate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { both } = bothReaders('thads-sigdate-both-', ARGS);

const HEAD = 'STT,Đơn vị,Việc thụ lý,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện,Tiền thi hành xong,Tiền đình chỉ,Tiền giảm thi hành án';
const OFFICES = [
  '1,Văn phòng Cục,412,305,250,12,85234567,30123456,1234000,500000',
  '2,Chi cục THADS thành phố Nam Định,1830,1402,1210,35,312456789,120345678,5432100,1200000',
  '3,Chi cục THADS huyện Mỹ Lộc,356,270,241,6,24567890,11234567,345000,0',
  '4,Chi cục THADS huyện Vụ Bản,520,401,362,9,41234500,18765432,234500,120000',
  '5,Chi cục THADS huyện Ý Yên,780,601,540,14,65432100,27654321,1234500,340000',
];
const TOTAL = ',Tổng cộng,3898,2979,2603,76,528925846,208123454,8480100,2160000';
const SIGNERS = [',NGƯỜI LẬP BIỂU,,,,,,THỦ TRƯỞNG ĐƠN VỊ,,', ',,,,,,,,,', ',Trần Thị Hoa,,,,,,Nguyễn Văn Nam,,'];
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,,,,,,';

/** The table, a blank line, `dated` (the place-and-date line), the signers. */
const form = (dated: string, top: readonly string[] = []) => [...top, HEAD, ...OFFICES, TOTAL, ',,,,,,,,,', dated, ...SIGNERS];

const KEYS = ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];
/** The TOTAL row, by hand (see the head comment). */
const RIGHT = 'TOTAL|3898|2979|2679|89.93|528925846|218763554|41.36';
const totalOf = (stdout: string) => csvColumns(stdout, KEYS).at(-1);

let n = 0;
function folder(): string {
  const d = join(root, `d${n++}`);
  mkdirSync(d);
  return d;
}

/** A cell of a comma-separated line as a workbook holds it: figures as numbers, empty as nothing. */
const cellOf = (c: string) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c);

/**
 * The form as a workbook: the total row's =SUM formulas with their cached results, and the
 * place-and-date line's cells as given (a Date, a formula with its result).
 */
async function workbook(dated: readonly ExcelJS.CellValue[], name = 'Nam Dinh 2024.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 04');
  ws.addRow(HEAD.split(','));
  for (const l of OFFICES) ws.addRow(l.split(',').map(cellOf));
  const total = TOTAL.split(',').map(cellOf);
  ws.addRow(total.map((v, i) => (i >= 2 ? { formula: `SUM(${String.fromCharCode(65 + i)}2:${String.fromCharCode(65 + i)}6)`, result: v as number } : v)));
  ws.addRow([]);
  const row = ws.addRow(dated as ExcelJS.CellValue[]);
  row.eachCell((cell) => {
    const v = cell.value as unknown;
    if (v instanceof Date || (typeof v === 'object' && v !== null && 'formula' in v)) cell.numFmt = 'dd/mm/yyyy';
  });
  for (const l of SIGNERS) ws.addRow(l.split(',').map(cellOf));
  const file = join(folder(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

const DAY = new Date(Date.UTC(2024, 9, 5));
const run = (file: string) => spawnThads(['summarize', file, ...ARGS]);

describe('the signature date under the table is no figure', () => {
  it('a plain CSV "Nam Định, ngày,…,05/10/2024": read as without it, both readers', async () => {
    const r = await both('Nam Dinh 2024.csv', form(',,,,,,,"Nam Định, ngày",05/10/2024,'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('the same line without the date: the figures the dated file must give (control)', async () => {
    const r = await both('Nam Dinh 2024.csv', [HEAD, ...OFFICES, TOTAL, ...SIGNERS]);
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('the real binary on the plain CSV', () => {
    const file = join(folder(), 'Nam Dinh 2024.csv');
    writeFileSync(file, `${form(',,,,,,,"Nam Định, ngày",05/10/2024,').join('\n')}\n`);
    const r = run(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it.each([
    ['the day alone, dotted', ',,,,,,,,5.10.2024,'],
    ['"Ngày lập biểu:" in the office column, the day with dashes', ',Ngày lập biểu:,05-10-2024,,,,,,,'],
    ['a place of several words, the day under a cases column', ',,,"TP. Hồ Chí Minh, ngày",5/10/2024,,,,,'],
  ])('%s: read as without it, both readers', async (_, dated) => {
    const r = await both('Nam Dinh 2024.csv', form(dated));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('a CSV with a title line (the reference reader): read as without it', async () => {
    const r = await both('Nam Dinh 2024.csv', form(',,,,,,,"Nam Định, ngày",05/10/2024,', [TITLE]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('a table without a total row: the day below its last office is the signature\'s', async () => {
    const r = await both('Nam Dinh 2024.csv', [HEAD, ...OFFICES, ',,,,,,,"Nam Định, ngày",05/10/2024,', ...SIGNERS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('Excel\'s "Unicode Text" (UTF-16, tabs, a title line): the day as text', () => {
    const file = join(folder(), 'Nam Dinh 2024 unicode.txt');
    const lines = form('\t\t\t\t\t\t\tNam Định, ngày\t05/10/2024\t', [TITLE]).map((l) => (l.includes('\t') ? l : l.replace(/"([^"]*)"|,/g, (m, q: string | undefined) => (q !== undefined ? q : '\t'))));
    writeFileSync(file, utf16(`${lines.join('\r\n')}\r\n`, 'le'));
    const r = run(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('a workbook, "Nam Định, ngày" | a date cell under a money column', async () => {
    const r = run(await workbook([null, null, null, null, null, null, null, 'Nam Định, ngày', DAY]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('a workbook, the date cell alone', async () => {
    const r = run(await workbook([null, null, null, null, null, null, null, DAY]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('a workbook, "Ngày lập biểu:" | =TODAY() with its cached result', async () => {
    const r = run(await workbook([null, null, null, null, null, null, 'Ngày lập biểu:', { formula: 'TODAY()', result: DAY }]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });
});

describe('controls: a day or a figure that is no signature\'s stays refused', () => {
  it('the dated line among the offices: refused at that line', async () => {
    const r = await both('Nam Dinh 2024.csv', [HEAD, ...OFFICES.slice(0, 2), ',,,,,,,"Nam Định, ngày",05/10/2024,', ...OFFICES.slice(2), TOTAL]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:4:\d+: error: /);
  });

  it('an office row below the dated line under the total: refused', async () => {
    const r = await both('Nam Dinh 2024.csv', [HEAD, ...OFFICES, TOTAL, ',,,,,,,"Nam Định, ngày",05/10/2024,', '6,Chi cục THADS huyện Giao Thủy,10,5,5,0,100,50,0,0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:8:\d+: error: /);
  });

  it('a number, 5102024, where the day would be: refused as before (MISSING_DISTRICT)', async () => {
    const r = await both('Nam Dinh 2024.csv', form(',,,,,,,"Nam Định, ngày",5102024,'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:9:2: error: this row has figures but no office name [MISSING_DISTRICT]');
  });

  it('a day on a row naming an office: refused at the cell as before (BAD_NUMBER)', async () => {
    const r = await both('Nam Dinh 2024.csv', form('6,Chi cục THADS huyện Giao Thủy,,,,,,,05/10/2024,'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:9:9: error: ');
    expect(r.stderr).toContain('[BAD_NUMBER]');
  });

  it('a day beside other words than a place-and-date line ("Ghi chú"): refused as before (NOT_AN_OFFICE)', async () => {
    const r = await both('Nam Dinh 2024.csv', form(',,,,,,,Ghi chú,05/10/2024,'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:9:8: error: "Ghi chú" holds a note');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it('a workbook\'s date cell in an office\'s row: refused at the cell as before', async () => {
    const r = run(await workbook([6, 'Chi cục THADS huyện Giao Thủy', 10, 5, 5, 0, 100, DAY, 0, 0]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('!H9: error: money completed: the cell holds a date (05/10/2024), not a figure [BAD_NUMBER]');
  });
});
