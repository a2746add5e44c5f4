// A PivotTable's report filter on the year left at every item or several ("Năm | (All)",
// "(Multiple Items)", "(Tất cả)", "(Nhiều Mục)") was skipped as a title, and its figures — both
// years' — read as the file name's year (traps44 3: 670/515 printed for 2025, exit 0). Ninh Bình
// by hand: 2025 alone is khu vực 1 = 100/80, 2 = 200/150, 3 = 50/45, 350/275 = 78.57 %; the pivot
// over 2024 and 2025 shows 190/150, 390/290, 90/75 = 670/515. Refused at the filter's cell.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-pivot-filter-', ['--format', 'csv']);

const HEADER = 'Tỉnh,Đơn vị,Việc có điều kiện ,Việc giải quyết xong ';
const BOTH_YEARS = ['Ninh Bình,Phòng THADS khu vực 1,190,150', 'Ninh Bình,Phòng THADS khu vực 2,390,290', 'Ninh Bình,Phòng THADS khu vực 3,90,75', 'Grand Total,,670,515'];
const YEAR_2025 = ['Ninh Bình,Phòng THADS khu vực 1,100,80', 'Ninh Bình,Phòng THADS khu vực 2,200,150', 'Ninh Bình,Phòng THADS khu vực 3,50,45', 'Grand Total,,350,275'];

describe("a PivotTable's filter on the period showing several", () => {
  it.each([
    ['Năm', '(All)'],
    ['Năm', '(Multiple Items)'],
    ['Năm', '(Tất cả)'],
    ['Năm', '(Nhiều Mục)'],
    ['Năm', '(Nhiều mục)'],
    ['Year', '(All)'],
    ['Quý', '(Tất cả)'],
    ['Tháng', '(Multiple Items)'],
  ])('"%s | %s": refused at its cell, never 670/515 as 2025', async (field, items) => {
    const r = await both('pivot-2025.csv', [`${field},${items},,`, ',,,', HEADER, ...BOTH_YEARS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:1:2: error: the PivotTable's filter "${field} | ${items}" above the table shows every period or several`);
    expect(r.stderr).toContain('[PIVOT_FILTER_PERIODS]');
  });

  it('with --year and no year in the name: refused as well', async () => {
    const r = await both('pivot.csv', ['Năm,(All),,', ',,,', HEADER, ...BOTH_YEARS], ['--year', '2025', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[PIVOT_FILTER_PERIODS]');
  });

  it('"Năm | 2025" (one year, control): read, 350/275 = 78.57 %', async () => {
    const r = await both('pivot-2025.csv', ['Năm,2025,,', ',,,', HEADER, ...YEAR_2025]);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const t = rows.find((row) => row[1] === 'TOTAL')!;
    expect(['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => t[head!.indexOf(k)])).toEqual(['350', '275', '78.57']);
  });

  it('a filter on another field showing all ("Tỉnh | (All)") is no period: read', async () => {
    const r = await both('pivot-2025.csv', ['Tỉnh,(All),,', ',,,', HEADER, ...YEAR_2025]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('a workbook: "Năm | (All)" at A1:B1 refused at B1', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getRow(1).values = ['Năm', '(All)'];
    ws.getRow(3).values = HEADER.split(',');
    BOTH_YEARS.forEach((l, i) => (ws.getRow(4 + i).values = l.split(',').map((c) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c))));
    const path = join(dir, 'pivot-2025.xlsx');
    await wb.xlsx.writeFile(path);
    const { io, stdout, stderr } = memoryIo(['summarize', path, '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr()).toContain(`pivot-2025.xlsx:Sheet1!B1: error: the PivotTable's filter "Năm | (All)"`);
  });
});
