// `thads inspect` of a workbook holding the pair of forms on two tabs ("Việc" | "Tiền"), which
// summarize reads as two one-measure inputs joined per office (vtsheets.test.ts). The fault: inspect
// described the first tab only, and said it was picked by "--sheet", which the user never passed —
// the money tab, its unit line and its columns were not shown. Right: one block per tab, each said
// to be one of the pair, from the same reading summarize does. Controls: a one-sheet workbook and a
// CSV are described as before (one block, "the only sheet" / encoding and delimiter).
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { type SheetCell, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-inspectvt-');

type Cell = SheetCell;
const workbook = (name: string, sheets: Record<string, readonly (readonly Cell[])[]>) => writeSheetsWorkbook(dir, name, sheets);
const HEADER = ['STT', 'Đơn vị', 'Có điều kiện', 'Giải quyết xong'];
const VIEC: Cell[][] = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019'], HEADER, [1, 'Chi cục THADS huyện Mỹ Lộc', 1500, 1200], [2, 'Chi cục THADS huyện Vụ Bản', 900, 800], [null, 'Tổng cộng', 2400, 2000]];
const TIEN: Cell[][] = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019'], ['Đơn vị tính: nghìn đồng'], HEADER, [1, 'Chi cục THADS huyện Mỹ Lộc', 12500.5, 3000.25], [2, 'Chi cục THADS huyện Vụ Bản', 10000, 2500], [null, 'Tổng cộng', 22500.5, 5500.25]];

function inspect(path: string) {
  const r = spawnThads(['inspect', path], { cwd: dir });
  return { ...r, stdout: r.stdout.split(`${dir}/`).join('') };
}

describe('inspect of the pair of forms on two tabs', () => {
  test('one block per tab, each one of the pair, the money tab with its unit line', async () => {
    const r = inspect(await workbook('thads-2019.xlsx', { Việc: VIEC, Tiền: TIEN }));
    expect(r.code, r.stderr).toBe(0);
    const pairWords = 'one of the pair of forms on two tabs ("Việc" | "Tiền"), read as one-measure files joined per office';
    expect(r.stdout).toContain(`  sheet:         Việc (${pairWords})`);
    expect(r.stdout).toContain(`  sheet:         Tiền (${pairWords})`);
    expect(r.stdout).not.toContain('(--sheet)');
    expect(r.stdout).toContain('"Có điều kiện" → cases_with_conditions');
    expect(r.stdout).toContain('"Có điều kiện" → money_with_conditions, in thousand (measure from unit line (line 2))');
    expect(r.stdout).toContain('  money unit:    thousand (from the unit line above the header)');
    // each tab: Mỹ Lộc and Vụ Bản are data, "Tổng cộng" the declared total
    expect(r.stdout.match(/ {2}rows: {10}2 data, 1 declared total, 0 skipped without figures/g)).toHaveLength(2);
  });
});

describe('controls: one table, one block', () => {
  test('a one-sheet workbook: "the only sheet", as before', async () => {
    const r = inspect(await workbook('viec-2019.xlsx', { Sheet1: VIEC }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  sheet:         Sheet1 (the only sheet)');
    expect(r.stdout.match(/ {2}sheet: /g)).toHaveLength(1);
  });

  test('a CSV: encoding and delimiter, one block', () => {
    const r = inspect(file('viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,1500,1200']));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  delimiter:     comma (,)');
    expect(r.stdout).toContain('  rows:          1 data, 0 declared total, 0 skipped without figures');
    expect(r.stdout.match(/ {2}header: /g)).toHaveLength(1);
  });
});
