// --sheet N over a workbook with a hidden sheet (hunt42). thads counts sheets with the hidden
// ones (README), Excel's tabs do not: in "Bản cũ" (hidden: last week's draft of the same report)
// | "Biểu 07" | "Ghi chú", the tab the user sees first is "Biểu 07", but --sheet 1 read the hidden
// draft — 857 / 569 where the report says 1690 / 1325 — exit 0, not a word said. Now, when the two
// counts name different sheets, --sheet N is a usage error (exit 2) naming both; a name reads
// any sheet, hidden or not, and a number both counts agree on reads as before.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-xlhunt-hiddennum-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
type Office = readonly [stt: string, name: string, figures: readonly number[]];

// The report as sent: cases 1234 + 456 = 1690 with conditions, 999 + 326 = 1325 resolved;
// money 345678000 + 45678000 = 391356000, 125801000 + 13023000 = 138824000.
const REPORT: readonly Office[] = [
  ['1', 'Chi cục THADS thành phố Nam Định', [1234, 999, 345678000, 125801000]],
  ['2', 'Chi cục THADS huyện Mỹ Lộc', [456, 326, 45678000, 13023000]],
];
const REPORT_TOTAL = ['1690', '1325', '391356000', '138824000'];
// The draft hidden before it: 456 + 401 = 857, 326 + 243 = 569; 40112000 + 40112000 = 80224000,
// 9550000 + 9550000 = 19100000.
const DRAFT: readonly Office[] = [
  ['1', 'Chi cục THADS thành phố Nam Định', [456, 326, 40112000, 9550000]],
  ['2', 'Chi cục THADS huyện Mỹ Lộc', [401, 243, 40112000, 9550000]],
];
const DRAFT_TOTAL = ['857', '569', '80224000', '19100000'];

type Sheet = { name: string; state?: 'hidden' | 'veryHidden'; offices?: readonly Office[]; notes?: readonly string[] };

let n = 0;
async function workbook(sheets: readonly Sheet[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    if (s.offices) {
      ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024']);
      ws.addRow(HEADER);
      for (const [stt, name, figures] of s.offices) ws.addRow([stt, name, ...figures]);
    }
    for (const line of s.notes ?? []) ws.addRow([line]);
  }
  const file = join(dir, `nam-dinh-${++n}-2024.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const draft = (state: 'hidden' | 'veryHidden' = 'hidden'): Sheet => ({ name: 'Bản cũ', state, offices: DRAFT });
const report: Sheet = { name: 'Biểu 07', offices: REPORT };
const notes: Sheet = { name: 'Ghi chú', notes: ['Số liệu tính từ 01/10/2023 đến 30/9/2024.', 'Người lập biểu: Trần Thị Hoa'] };

function summarize(file: string, ...args: string[]) {
  const r = spawnThads(['summarize', file, '--by', 'none', '--format', 'json', ...args]);
  const total = r.code === 0 ? JSON.parse(r.stdout).total : null;
  return { ...r, stderr: r.stderr.split(file).join('FILE'), total: total && [total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved] };
}

const HINT = (name: string) => `  hint: give the sheet by its name as on its tab (e.g. --sheet "${name}"); a hidden sheet is read only by its name\n`;

describe('--sheet N where hidden sheets make the count differ from the tabs shown (was: the hidden draft read, exit 0)', () => {
  it('--sheet 1, the hidden draft first: refused, naming the hidden sheet and the tab shown', async () => {
    const file = await workbook([draft(), report, notes]);
    const r = summarize(file, '--sheet', '1');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'thads: error: --sheet 1: counted with the hidden sheet "Bản cũ", sheet 1 of FILE is "Bản cũ" (hidden), but tab 1 of those Excel shows is "Biểu 07": which one is meant cannot be told [USAGE]\n' + HINT('Biểu 07'),
    );
    // check refuses it too, with the usage exit
    const checked = spawnThads(['check', file, '--sheet', '1']);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain('sheet 1 of');
  });

  it('a very hidden draft (shown by no menu of Excel): the same', async () => {
    const r = summarize(await workbook([draft('veryHidden'), report, notes]), '--sheet', '1');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain('sheet 1 of FILE is "Bản cũ" (hidden), but tab 1 of those Excel shows is "Biểu 07"');
  });

  it('--sheet 2: "Biểu 07" counted with the hidden draft, "Ghi chú" as the tabs show: refused, naming both', async () => {
    const r = summarize(await workbook([draft(), report, notes]), '--sheet', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'thads: error: --sheet 2: counted with the hidden sheet "Bản cũ", sheet 2 of FILE is "Biểu 07", but tab 2 of those Excel shows is "Ghi chú": which one is meant cannot be told [USAGE]\n' + HINT('Ghi chú'),
    );
  });

  it('the hidden draft last, --sheet 3: no such tab shown, refused', async () => {
    const r = summarize(await workbook([report, notes, draft()]), '--sheet', '3');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'thads: error: --sheet 3: counted with the hidden sheet "Bản cũ", sheet 3 of FILE is "Bản cũ" (hidden), but the tabs Excel shows have no tab 3: which one is meant cannot be told [USAGE]\n' + HINT('Bản cũ'),
    );
  });
});

describe('controls: reads that do not change', () => {
  it('without --sheet: the one visible sheet with a table, "Biểu 07"', async () => {
    const r = summarize(await workbook([draft(), report, notes]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.total).toEqual(REPORT_TOTAL);
  });

  it('by name: "Biểu 07", and the hidden "Bản cũ" when asked for by its name', async () => {
    const file = await workbook([draft(), report, notes]);
    expect(summarize(file, '--sheet', 'Biểu 07').total).toEqual(REPORT_TOTAL);
    const hidden = summarize(file, '--sheet', 'Bản cũ');
    expect(hidden.code).toBe(0);
    expect(hidden.total).toEqual(DRAFT_TOTAL);
  });

  it('the hidden draft after the tab asked for: both counts agree, --sheet 1 reads "Biểu 07"', async () => {
    const r = summarize(await workbook([report, draft(), notes]), '--sheet', '1');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.total).toEqual(REPORT_TOTAL);
  });

  it('no hidden sheet: --sheet 2 reads tab 2 as before', async () => {
    const r = summarize(await workbook([notes, report]), '--sheet', '2');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.total).toEqual(REPORT_TOTAL);
  });

  it('a sheet named "1" is read by its name, whatever hides before it', async () => {
    const r = summarize(await workbook([draft(), notes, { name: '1', offices: REPORT }]), '--sheet', '1');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.total).toEqual(REPORT_TOTAL);
  });
});
