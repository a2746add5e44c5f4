// A value hidden under a merge within one office's rows (session 40). Mỹ Lộc's line drawn two rows
// tall: A6:A7 … F6:F7 merged, the sheet showing 900 in F6:F7; the file keeps 500 in the covered
// F7 (LibreOffice's "keep the contents of the hidden cells", other writers). The fault: row 7 took
// the merged name and was read as a second line of Mỹ Lộc, its 500 added — money resolved 1400,
// 140.00 %, total 2900 with exit 0 (a DUPLICATE_OFFICE and a resolved > with-conditions warning
// only), though no cell of the sheet shows 1400. Right: refused MERGED_FIGURE at F7, the covered
// cell: the sheet shows 900 while the cell holds 500 and formulas over it count it, so which is
// meant is the author's to say (merged-figures.ts). The same for a formula's 500, a "500" kept as
// text, a copy of the 900 (read twice before), and a 0 merged over two offices hiding 500 in the
// second's row. A hidden 0 or words add nothing: the row is the merge's, the office read as shown
// (before: a DUPLICATE_OFFICE warning, or NOT_AN_OFFICE for the words). Controls: the tall line
// with nothing hidden, the same office drawn one row tall, a 0 merged over two offices. Every
// expected figure below is worked out by hand from the cells written here.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';
import { csvRowsByDistrict, mergedWorkbook, type MergedCell } from '../helpers/merged-workbook.js';

const { dir } = fileTree('thads-mergehidden-');

type Cell = MergedCell;
const MY_LOC: Cell[] = [1, 'Chi cục THADS Mỹ Lộc', 100, 80, 1000, 900];
const VU_BAN: Cell[] = [2, 'Chi cục THADS Vụ Bản', 200, 150, 2000, 1500];
/** row 7 of a two-row-tall Mỹ Lộc: its cells all covered, F7 keeping `hidden` */
const under = (hidden: Cell): Cell[] => [null, null, null, null, null, hidden];
/** Mỹ Lộc's line drawn over rows 6 and 7: every cell of it merged down */
const TALL = ['A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:E7', 'F6:F7'];

/** the sheet (helpers/merged-workbook.ts): the header on row 5, `rows` from row 6, `merges` in its XML */
const book = (name: string, rows: readonly (readonly Cell[])[], merges: readonly string[]) => mergedWorkbook(dir, name, rows, merges);

function run(path: string) {
  const r = spawnThads(['summarize', path, '--year', '2019', '--format', 'csv']);
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

const csvRows = csvRowsByDistrict;
const figures = (rec: Record<string, string> | undefined) => [rec?.cases_with_conditions, rec?.cases_resolved, rec?.money_with_conditions, rec?.money_resolved, rec?.money_rate];

/** Mỹ Lộc read once as its row 6 shows it, beside Vụ Bản. */
function expectShown(r: ReturnType<typeof run>) {
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  const rows = csvRows(r.stdout);
  // Mỹ Lộc: 100, 80; 1000, 900 → 900 / 1000 = 90.00 %
  expect(figures(rows['Chi cục THADS Mỹ Lộc'])).toEqual(['100', '80', '1000', '900', '90.00']);
  // Vụ Bản: 200, 150; 2000, 1500 → 75.00 %
  expect(figures(rows['Chi cục THADS Vụ Bản'])).toEqual(['200', '150', '2000', '1500', '75.00']);
  // total: 100 + 200 = 300, 80 + 150 = 230; 1000 + 2000 = 3000, 900 + 1500 = 2400 → 80.00 %
  expect(figures(rows.TOTAL)).toEqual(['300', '230', '3000', '2400', '80.00']);
}

/** Refused at the covered cell, nothing summed. */
function expectRefusedAt(r: ReturnType<typeof run>, name: string, cell: string, text: string) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(stderrCodes(r.stderr)).toEqual(['MERGED_FIGURE']);
  expect(r.stderr).toMatch(new RegExp(`^${name.replace('.', '\\.')}:Sheet1!${cell}: error: [^\\n]*: ${text} is kept in a cell covered by the merge .*"Chi cục THADS .*" unseen \\[MERGED_FIGURE\\]$`, 'm'));
}

describe('controls: an office read as the sheet shows it', () => {
  test('the same office drawn one row tall', async () => {
    expectShown(run(await book('mot-dong-2019.xlsx', [MY_LOC, VU_BAN], [])));
  });

  test('its line drawn two rows tall, nothing in the covered cells', async () => {
    expectShown(run(await book('cao-2019.xlsx', [MY_LOC, [], VU_BAN], TALL)));
  });

  test('a 0 merged over two offices gives each 0', async () => {
    const r = run(await book('khong-2019.xlsx', [[...MY_LOC.slice(0, 5), 0], [...VU_BAN.slice(0, 5), null]], ['F6:F7']));
    expect(r.code, r.stderr).toBe(0);
    const rows = csvRows(r.stdout);
    // 0 / 1000, 0 / 2000, 0 / 3000: 0.00 %
    expect(figures(rows['Chi cục THADS Mỹ Lộc'])).toEqual(['100', '80', '1000', '0', '0.00']);
    expect(figures(rows['Chi cục THADS Vụ Bản'])).toEqual(['200', '150', '2000', '0', '0.00']);
    expect(figures(rows.TOTAL)).toEqual(['300', '230', '3000', '0', '0.00']);
  });
});

describe('a value kept in a covered cell of one office\'s tall line', () => {
  test('500 kept under F6:F7 is refused at F7, never added unseen', async () => {
    // before: money resolved 900 + 500 = 1400 (140.00 %), total 1400 + 1500 = 2900, exit 0
    expectRefusedAt(run(await book('giu-2019.xlsx', [MY_LOC, under(500), VU_BAN], TALL)), 'giu-2019.xlsx', 'F7', '500');
  });

  test('a formula kept there (=F6-400, its stored 500) is refused the same', async () => {
    expectRefusedAt(run(await book('congthuc-2019.xlsx', [MY_LOC, under({ formula: 'F6-400', result: 500 }), VU_BAN], TALL)), 'congthuc-2019.xlsx', 'F7', '500');
  });

  test('"500" kept there as text is refused the same', async () => {
    expectRefusedAt(run(await book('chu-so-2019.xlsx', [MY_LOC, under('500'), VU_BAN], TALL)), 'chu-so-2019.xlsx', 'F7', '500');
  });

  test('a copy of the shown 900 kept there is refused, not read twice', async () => {
    // before: 900 + 900 = 1800 (180.00 %), exit 0
    expectRefusedAt(run(await book('ban-sao-2019.xlsx', [MY_LOC, under(900), VU_BAN], TALL)), 'ban-sao-2019.xlsx', 'F7', '900');
  });

  test('a figure merged over two rows of one office, its second row with figures of its own, hiding 500', async () => {
    // B6:B7 and F6:F7 merged; row 7's own C7:E7 shown. Before: 900 + 500 = 1400 resolved of
    // 1000 + 2000 = 3000 with exit 0; the sheet shows 900 over both rows
    const r = run(await book('hai-dong-2019.xlsx', [MY_LOC, [2, null, 200, 150, 2000, 500], VU_BAN], ['B6:B7', 'F6:F7']));
    expectRefusedAt(r, 'hai-dong-2019.xlsx', 'F7', '500');
  });

  test('a 0 merged over two offices, 500 kept under it in the second\'s row, is refused at F7', async () => {
    // shown: 0 for each; before: Vụ Bản's money resolved 500 of 2000 with exit 0
    const r = run(await book('khong-giu-2019.xlsx', [[...MY_LOC.slice(0, 5), 0], [...VU_BAN.slice(0, 5), 500]], ['F6:F7']));
    expectRefusedAt(r, 'khong-giu-2019.xlsx', 'F7', '500');
  });

  test('a 0 merged across two figure columns, 1000 kept in the covered E6, is refused at E6', async () => {
    // D6:E6 shows 0 over "Việc giải quyết xong" and "Tiền có điều kiện"; before: E6 read 1000
    const r = run(await book('ngang-2019.xlsx', [[1, 'Chi cục THADS Mỹ Lộc', 100, 0, 1000, 0], [...VU_BAN.slice(0, 5), 0]], ['D6:E6']));
    expectRefusedAt(r, 'ngang-2019.xlsx', 'E6', '1000');
  });
});

describe('a covered cell keeping what adds nothing: the office read as shown', () => {
  test('a 0 kept under F6:F7', async () => {
    // before: row 7 read as a second Mỹ Lộc line of 0s, with a DUPLICATE_OFFICE warning
    expectShown(run(await book('so-khong-2019.xlsx', [MY_LOC, under(0), VU_BAN], TALL)));
  });

  test('words kept under F6:F7', async () => {
    // before: refused NOT_AN_OFFICE at A8 (row 7 taken for a title over Vụ Bản)
    expectShown(run(await book('ghi-chu-2019.xlsx', [MY_LOC, under('ghi chú'), VU_BAN], TALL)));
  });
});
