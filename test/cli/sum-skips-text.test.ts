// A Tổng cộng =SUM(C2:C4) over an office cell holding a number as text ("1.234", typed with the
// dot or pasted from a CSV): Excel's SUM skips text, so the total stores 1300 + 2000 = 3300,
// while thads reads the text by the number rules (1234) and the rows add up to 4534. The file was
// refused (DECLARED_TOTAL_MISMATCH), but the message blamed the office: "the difference is exactly
// line 3 "Mỹ Lộc", counted as an office". It is the total's formula that left the cell out: the
// message now names the formula and the text cell (sum-over-text.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-sum-skips-text-'));

type Cell = number | string;

/** Rows 2–4: Vụ Bản, Mỹ Lộc, Ý Yên; row 5 "Tổng cộng" =SUM(X2:X4) storing `total`. */
async function workbook(name: string, offices: readonly (readonly Cell[])[], total: readonly number[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  ws.addRow(['STT', 'Đơn vị', 'Việc tổng số thụ lý', 'Việc có điều kiện', 'Việc giải quyết xong']);
  ['Vụ Bản', 'Mỹ Lộc', 'Ý Yên'].forEach((office, i) => ws.addRow([i + 1, office, ...offices[i]!]));
  ws.addRow(['', 'Tổng cộng', ...['C', 'D', 'E'].map((c, j) => ({ formula: `SUM(${c}2:${c}4)`, result: total[j]! }))]);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(file: string) {
  const r = await runThads(['summarize', file, '--format', 'csv']);
  return { code: r.code, errors: r.stderr.split(file).join('FILE').split('\n').filter((l) => l.includes(': error: ') || l.startsWith('  hint: type')) };
}

describe('a SUM total over a number stored as text names the text cell, not the office', () => {
  test('"1.234" in C3 (Mỹ Lộc): the total 3300 skips it (1300 + 2000), the rows read 4534 — the formula named, exit 1', async () => {
    const r = await run(await workbook('text-one-2024', [[1300, 1000, 850], ['1.234', 1000, 900], [2000, 1500, 1200]], [3300, 3500, 2950]));
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      'FILE:Biểu!C5: error: declared total "Tổng cộng" has cases total 3300, but the office rows add up to 4534: its formula =SUM(C2:C4) skips cell C3 ("1.234"), which holds a number as text: Excel\'s SUM adds no text, while thads reads it as 1234 [DECLARED_TOTAL_MISMATCH]',
      '  hint: type the figure in C3 as a number (not text) so that the total adds it, and save the workbook in Excel or LibreOffice',
    ]);
  });

  test('two cells as text in C ("1.234", "2.000"): the total 1300 skips both, thads reads 3234 more (4534 − 1300)', async () => {
    // By hand: 1300 + 1234 + 2000 = 4534 read; Excel's SUM 1300; 1234 + 2000 = 3234
    const r = await run(await workbook('text-two-2024', [[1300, 1000, 850], ['1.234', 1000, 900], ['2.000', 1500, 1200]], [1300, 3500, 2950]));
    expect(r.code).toBe(1);
    expect(r.errors[0]).toBe(
      'FILE:Biểu!C5: error: declared total "Tổng cộng" has cases total 1300, but the office rows add up to 4534: its formula =SUM(C2:C4) skips cells C3 ("1.234"), C4 ("2.000"), which hold numbers as text: Excel\'s SUM adds no text, while thads reads them as 3234 together [DECLARED_TOTAL_MISMATCH]',
    );
  });

  test('control: a total off by something else (3000, not 4534 − 1234 = 3300): the plain message, no text blamed', async () => {
    const r = await run(await workbook('text-other-2024', [[1300, 1000, 850], ['1.234', 1000, 900], [2000, 1500, 1200]], [3000, 3500, 2950]));
    expect(r.code).toBe(1);
    expect(r.errors[0]).toBe('FILE:Biểu!C5: error: declared total "Tổng cộng" has cases total 3000, but the office rows add up to 4534 [DECLARED_TOTAL_MISMATCH]');
  });
});
