// The workbook gives a money column one count of decimals (xlsx.ts columnDecimals), but a cell
// holds only 15 significant digits: a figure with a large whole part shown with the column's
// count showed digits beyond them as zeros — "100,578,887.16873300" for 100,578,887.16873302898
// exactly (traps33 4, huge2-2019.csv cell AK63). A cell is now shown with at most the decimals
// its 15 digits leave.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothReaders, runArgs } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-xlsx-held-', []);

describe('money cells show no more decimals than 15 digits leave', () => {
  it('1,234,567,890.12345678 đồng (10 whole digits): 5 decimals; 0.12345678: the column\'s 8', async () => {
    const input = write('x-2019.csv', ['district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved', 'A,10,5,1234567890.12345678,1000', 'B,10,5,0.12345678,0.1']);
    const out = join(dir, 'x.xlsx');
    const r = await runArgs(dir, ['summarize', input, '--unit', 'dong', '-o', out], true);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    const header = (ws.getSheetValues() as unknown[][]).find((row) => row?.includes('With conditions'))!;
    // the money measure's "With conditions" (the second such label), rows 3 (A), 4 (B), 5 (Total)
    const column = header.lastIndexOf('With conditions');
    const shown = [3, 4, 5].map((row) => [ws.getCell(row, column).value, ws.getCell(row, column).numFmt]);
    expect(shown).toEqual([
      // 1234567890.12345678 to 15 digits: 1234567890.12346, five decimals held
      [1234567890.12346, '#,##0.00000'],
      // 0.12345678: all 8 decimals, the column's count
      [0.12345678, '#,##0.00000000'],
      // 1234567890.12345678 + 0.12345678 = 1234567890.24691356 → 1234567890.24691
      [1234567890.24691, '#,##0.00000'],
    ]);
  });
});
