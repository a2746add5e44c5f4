// A header cell holding what stands where a header was lost — an Excel error ("#REF!" of a
// header formula whose cell was deleted), "0" (a formula referring to an empty cell), a Table's
// or Power Query's placeholder ("Column5", "Cột5") — was ignored as an unknown column, the
// figures under it lost (traps44 2: "#REF!" over Đình chỉ, exit 0, resolved = completed only,
// 200/300 = 66.67 % for (70 + 10) + (130 + 20) = 230/300 = 76.67 %; "#NAME?" read as "Name", the
// office column, DUPLICATE_COLUMN "repeats district"). It is an empty header cell: figures under it
// are refused at that cell, as under an empty one.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-lost-header-', ['--format', 'csv']);

const rows = ['1,Phòng THADS khu vực 1,100,70,10,20', '2,Phòng THADS khu vực 2,200,130,20,50'];
const file = (fifth: string) => [`STT,Đơn vị,Có điều kiện,Thi hành xong,${fifth},Đang thi hành`, ...rows];

describe('a header cell holding an Excel error or a placeholder', () => {
  it.each([
    ['#REF!', 'the Excel error #REF! (a formula\'s failed result)'],
    ['#N/A', 'the Excel error #N/A'],
    ['#VALUE!', 'the Excel error #VALUE!'],
    ['#NAME?', 'the Excel error #NAME?'],
    ['#DIV/0!', 'the Excel error #DIV/0!'],
    ['0', '0 (what a formula shows for an empty cell it refers to)'],
    ['Column5', '"Column5" (the name Excel or Power Query gives a column without a header)'],
    ['Column 5', '"Column 5"'],
    ['Cột5', '"Cột5"'],
  ])('"%s" over figures: refused at that header cell, never 200/300 without its column', async (fifth, holds) => {
    const r = await both('bc-viec-2025.csv', file(fifth));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:1:5: error: the header cell of column 5 holds ${holds}`);
    expect(r.stderr).toContain('over figures ("10" on line 2): which figure the column holds cannot be told [VALUE_WITHOUT_HEADER]');
  });

  it('the same header named "Đình chỉ" (control): resolved (70 + 10) + (130 + 20) = 230 of 300, 76.67 %', async () => {
    const r = await both('bc-viec-2025.csv', file('Đình chỉ'));
    expect(r.code, r.stderr).toBe(0);
    const [head, ...out] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const t = out.find((row) => row[1] === 'TOTAL')!;
    expect(['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => t[head!.indexOf(k)])).toEqual(['300', '230', '76.67']);
  });

  it('a placeholder over an empty column is let be', async () => {
    const r = await both('bc-viec-2025.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Column5', '1,Phòng THADS khu vực 1,100,70,', '2,Phòng THADS khu vực 2,200,130,']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('a workbook\'s error cell (t="e") as a header: refused at that cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 (tính bằng việc)']);
    ws.addRow(['STT', 'Đơn vị', 'Có điều kiện', 'Thi hành xong', null, 'Đang thi hành']);
    ws.getCell('E2').value = { formula: "'Danh mục'!B5", result: { error: '#REF!' } };
    ws.addRow([1, 'Phòng THADS khu vực 1', 100, 70, 10, 20]);
    ws.addRow([2, 'Phòng THADS khu vực 2', 200, 130, 20, 50]);
    const path = join(dir, 'bc-viec-2025.xlsx');
    await wb.xlsx.writeFile(path);
    const { io, stdout, stderr } = memoryIo(['summarize', path, '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('bc-viec-2025.xlsx:Sheet1!E2: error: the header cell of column 5 holds the Excel error #REF!');
  });
});
