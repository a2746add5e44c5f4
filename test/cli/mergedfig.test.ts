// A figure cell merged over the rows of two offices (hunt-xlsx, session 39): the sheet shows one
// amount, "900" in F6:F7, over Mỹ Lộc's row and Vụ Bản's. The fault: a merged figure stays in its
// first cell, so the amount was Mỹ Lộc's alone and Vụ Bản's an empty cell, read 0 — exit 0, no
// word, each office's rate wrong (Mỹ Lộc 90.00 %, Vụ Bản 0.00 %); and where LibreOffice kept the
// covered cell's own value (Merge → "keep the contents of the hidden cells"), that hidden amount
// was added too: the total was more than any figure the sheet shows. Right: refused
// MERGED_FIGURE at the merge's first cell, naming both offices (merged-figures.ts). The same for
// one non-zero number merged across two figure columns of an office's row. Controls keep today's
// reading: the same workbook without the merge, a 0 merged over two offices (each has 0), a figure
// merged over two rows of one office (its rows are added: the figure once), and text ("Không phát
// sinh") merged across an office's figures (khongps.test.ts). Every figure below is by hand.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';
import { csvRowsByDistrict, mergedWorkbook, type MergedCell } from '../helpers/merged-workbook.js';

const { dir } = fileTree('thads-mergedfig-');

type Cell = MergedCell;
// rows 6 and 7 (the header on row 5)
const MY_LOC: Cell[] = [1, 'Chi cục THADS Mỹ Lộc', 100, 80, 1000, 900];
const VU_BAN: Cell[] = [2, 'Chi cục THADS Vụ Bản', 200, 150, 2000, null];

/** the sheet (helpers/merged-workbook.ts): the header on row 5, `rows` from row 6, `merges` in its XML */
const book = (name: string, rows: readonly (readonly Cell[])[], merges: readonly string[]) => mergedWorkbook(dir, name, rows, merges);

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'csv']);
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

const csvRows = csvRowsByDistrict;
const money = (rec: Record<string, string> | undefined) => [rec?.money_with_conditions, rec?.money_resolved, rec?.money_rate];

describe('a figure merged over two offices\' rows', () => {
  test('control: each office typing its own amount is read as typed', async () => {
    const r = run(await book('rieng-2019.xlsx', [MY_LOC, [...VU_BAN.slice(0, 5), 0]], []));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const rows = csvRows(r.stdout);
    // Mỹ Lộc 900 / 1000 = 90.00 %; Vụ Bản 0 / 2000 = 0.00 %; total 900 / 3000 = 30.00 %
    expect(money(rows['Chi cục THADS Mỹ Lộc'])).toEqual(['1000', '900', '90.00']);
    expect(money(rows['Chi cục THADS Vụ Bản'])).toEqual(['2000', '0', '0.00']);
    expect(money(rows.TOTAL)).toEqual(['3000', '900', '30.00']);
  });

  test('900 merged over F6:F7 is refused at F6, naming both offices', async () => {
    const r = run(await book('gop-2019.xlsx', [MY_LOC, VU_BAN], ['F6:F7']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['MERGED_FIGURE']);
    expect(r.stderr).toMatch(/^gop-2019\.xlsx:Sheet1!F6: error: .*900.*"Chi cục THADS Mỹ Lộc".*"Chi cục THADS Vụ Bản".*\[MERGED_FIGURE\]$/m);
  });

  test('a covered cell LibreOffice kept (500 under the merge) is refused too, never added unseen', async () => {
    // before: money resolved 900 + 500 = 1400 with exit 0, though the sheet shows only 900
    const r = run(await book('giu-2019.xlsx', [MY_LOC, [...VU_BAN.slice(0, 5), 500]], ['F6:F7']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['MERGED_FIGURE']);
    expect(r.stderr).toMatch(/^giu-2019\.xlsx:Sheet1!F6: error: /m);
  });

  test('a figure merged over three offices, the total row below it, is refused at its first cell', async () => {
    const Y_YEN: Cell[] = [3, 'Chi cục THADS Ý Yên', 50, 40, 500, null];
    // total row: cases 100 + 200 + 50 = 350, 80 + 150 + 40 = 270; money 1000 + 2000 + 500 = 3500, resolved 900
    const r = run(await book('ba-2019.xlsx', [MY_LOC, VU_BAN, Y_YEN, [null, 'Tổng cộng', 350, 270, 3500, 900]], ['F6:F8']));
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['MERGED_FIGURE']);
    expect(r.stderr).toMatch(/^ba-2019\.xlsx:Sheet1!F6: error: .*"Chi cục THADS Ý Yên".*\[MERGED_FIGURE\]$/m);
  });

  test('one number merged across two figure columns of an office (D6:E6) is refused at D6', async () => {
    // shown: 80 over "Việc giải quyết xong" and "Tiền có điều kiện"; read before as 80 and 0
    const r = run(await book('ngang-2019.xlsx', [[1, 'Chi cục THADS Mỹ Lộc', 100, 80, null, 0], [...VU_BAN.slice(0, 5), 0]], ['D6:E6']));
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['MERGED_FIGURE']);
    expect(r.stderr).toMatch(/^ngang-2019\.xlsx:Sheet1!D6: error: /m);
  });

  test('control: 0 merged over two offices gives each 0', async () => {
    const r = run(await book('khong-2019.xlsx', [[...MY_LOC.slice(0, 5), 0], VU_BAN], ['F6:F7']));
    expect(r.code, r.stderr).toBe(0);
    const rows = csvRows(r.stdout);
    // 0 / 1000, 0 / 2000, 0 / 3000: 0.00 %
    expect(money(rows['Chi cục THADS Mỹ Lộc'])).toEqual(['1000', '0', '0.00']);
    expect(money(rows['Chi cục THADS Vụ Bản'])).toEqual(['2000', '0', '0.00']);
    expect(money(rows.TOTAL)).toEqual(['3000', '0', '0.00']);
  });

  test('control: a figure merged over two rows of one office (its name merged too) is the office\'s, once', async () => {
    // B6:B7 and F6:F7 merged: Mỹ Lộc's two rows added, with one DUPLICATE_OFFICE warning:
    // cases 100 + 200 = 300, 80 + 150 = 230; money 1000 + 2000 = 3000, resolved 900: 30.00 %
    const r = run(await book('mot-2019.xlsx', [MY_LOC, [2, null, 200, 150, 2000, null]], ['B6:B7', 'F6:F7']));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    const rows = csvRows(r.stdout);
    expect(money(rows['Chi cục THADS Mỹ Lộc'])).toEqual(['3000', '900', '30.00']);
    expect([rows.TOTAL?.cases_with_conditions, rows.TOTAL?.cases_resolved]).toEqual(['300', '230']);
  });
});
