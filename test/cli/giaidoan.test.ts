// A 2025 table (statistics year 1/10/2024–30/9/2025) in Roman sections written "I | Giai đoạn từ
// … đến …": the range's period was never checked — "I | Giai đoạn từ 01/10/2023 đến 30/6/2024"
// (another year's figures) was read as a section and its rows added to the year's, exit 0
// (37 / 25 / 13 with 2023–2024's 30 / 20 / 10 in them). Now "Giai đoạn" + two days is read as the
// range written bare is (row-labels.ts withoutPhaseWord): a section's range within the report's
// period read, any other refused NOT_AN_OFFICE. "Giai đoạn 01/10/2024 - 30/6/2025" (a dash) was
// refused though within the year: read now. Right, by hand: I = 10 + 20 = 30 thụ lý, 8 + 12 = 20
// có ĐK, 4 + 6 = 10 xong; II = 3 + 4 = 7 / 2 + 3 = 5 / 1 + 2 = 3; Tổng cộng 37 / 25 / 13, 13 / 25 =
// 52,00 %. Controls: in-year "Giai đoạn từ …" halves (2025, and a 2024 table's own halves), the bare
// spellings as periodsec made them, "Giai đoạn 1" without days. Titled CSV (reference reader), plain
// CSV (both readers in process agree), xlsx.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, file } = fileTree('thads-giaidoan-');

const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 - TỈNH NINH BÌNH', 'Đơn vị tính: nghìn đồng'];
const HEADER = 'TT,Đơn vị,Tổng số việc thụ lý,Số việc có điều kiện,Số việc giải quyết xong';
const OUT = 'Giai đoạn từ 01/10/2023 đến 30/6/2024';
const H1 = 'Giai đoạn từ 01/10/2024 đến 30/6/2025';
const H2 = 'Giai đoạn từ 01/7/2025 đến 30/9/2025';
const DASH = 'Giai đoạn 01/10/2024 - 30/6/2025';
/** section I over two Chi cục, II over two Phòng khu vực, the total at the bottom */
function body(one: string, two: string): string[] {
  return [
    HEADER,
    `I,${one},30,20,10`,
    '1,Chi cục THADS huyện Gia Viễn,10,8,4',
    '2,Chi cục THADS huyện Nho Quan,20,12,6',
    `II,${two},7,5,3`,
    '1,Phòng THADS khu vực 1,3,2,1',
    '2,Phòng THADS khu vực 2,4,3,2',
    'Tổng cộng,,37,25,13',
  ];
}
const OFFICES = ['Chi cục THADS huyện Gia Viễn', 'Chi cục THADS huyện Nho Quan', 'Phòng THADS khu vực 1', 'Phòng THADS khu vực 2'];
const TOTAL = { cases_total: '37', cases_with_conditions: '25', cases_resolved: '13', cases_rate: '52.00' };

type Run = { readonly code: number; readonly stdout: string; readonly stderr: string };
function run(path: string): Run {
  const r = spawnThads(['summarize', path, '--format', 'csv'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
/** exit 0, no error, the offices as read and the TOTAL's figures (by hand, above). */
function right(r: Run, offices: readonly string[] = OFFICES, total: Record<string, string> = TOTAL) {
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  const sum = rows.find((row) => row[at('district')] === 'TOTAL')!;
  expect(rows.filter((row) => row !== sum).map((row) => row[at('district')])).toEqual(offices);
  expect(Object.fromEntries(Object.keys(total).map((k) => [k, sum[at(k)]]))).toEqual(total);
}
const esc = (s: string) => s.replace(/[()/.*+?[\]\\]/g, '\\$&');
/** exit 1, nothing summed, NOT_AN_OFFICE at `line` (column 2, the office column) naming `label` as another period's. */
function refused(r: Run, line: number | string, label: string) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const at = typeof line === 'number' ? `:${line}:2` : `:${line}`;
  expect(r.stderr).toMatch(new RegExp(`${at}: error: "${esc(label)}" holds the figures of another period than the report's.*\\[NOT_AN_OFFICE\\]`));
}

let n = 0;
const titled = (lines: readonly string[], title: readonly string[] = TITLE) => file(`t${n++}/Ninh Bình.csv`, [...title, ...lines]);
const plain = (lines: readonly string[], name = 'Ninh Bình 2025.csv') => file(`p${n++}/${name}`, lines);

async function xlsx(one: string, two: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of TITLE) ws.addRow([l]);
  ws.addRow(HEADER.split(','));
  // rows 4–10: I (4) over 5–6, II (7) over 8–9, total (10) = I + II
  const cols = ['C', 'D', 'E'];
  const f = (formula: string, result: number) => ({ formula, result });
  ws.addRow(['I', one, ...cols.map((c, i) => f(`SUM(${c}5:${c}6)`, [30, 20, 10][i]!))]);
  ws.addRow([1, 'Chi cục THADS huyện Gia Viễn', 10, 8, 4]);
  ws.addRow([2, 'Chi cục THADS huyện Nho Quan', 20, 12, 6]);
  ws.addRow(['II', two, ...cols.map((c, i) => f(`SUM(${c}8:${c}9)`, [7, 5, 3][i]!))]);
  ws.addRow([1, 'Phòng THADS khu vực 1', 3, 2, 1]);
  ws.addRow([2, 'Phòng THADS khu vực 2', 4, 3, 2]);
  ws.addRow(['Tổng cộng', null, ...cols.map((c, i) => f(`${c}4+${c}7`, [37, 25, 13][i]!))]);
  const path = join(dir, `x${n++}`, 'Ninh Bình 2025.xlsx');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(path, '..'), { recursive: true });
  await wb.xlsx.writeFile(path);
  return path;
}

describe('a "Giai đoạn" section outside the report\'s year is refused, never added (was exit 0, 37 / 25 / 13)', () => {
  test('titled CSV: I "Giai đoạn từ 01/10/2023 đến 30/6/2024" in a 2025 table refused at line 4', () => {
    refused(run(titled(body(OUT, H2))), 4, OUT);
  });

  test('other spellings of another year\'s range: "GIAI ĐOẠN: TỪ NGÀY … ĐẾN NGÀY …", a dash, II of 2024 (line 7), a whole other year', () => {
    refused(run(titled(body('GIAI ĐOẠN: TỪ NGÀY 01/10/2023 ĐẾN NGÀY 30/6/2024', H2))), 4, 'GIAI ĐOẠN: TỪ NGÀY 01/10/2023 ĐẾN NGÀY 30/6/2024');
    refused(run(titled(body('Giai đoạn 01/10/2023 - 30/6/2024', H2))), 4, 'Giai đoạn 01/10/2023 - 30/6/2024');
    refused(run(titled(body(H1, 'Giai đoạn từ 01/7/2024 đến 30/9/2024'))), 7, 'Giai đoạn từ 01/7/2024 đến 30/9/2024');
    refused(run(titled(body('Giai đoạn từ 01/10/2023 đến 30/9/2024', H2))), 4, 'Giai đoạn từ 01/10/2023 đến 30/9/2024');
  });

  test('the Roman number in the name cell ("I. Giai đoạn từ …"): refused at line 4', () => {
    const r = run(titled(body(OUT, H2).map((l) => l.replace(/^I,/, ',I. '))));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/:4:2: error: .*\[NOT_AN_OFFICE\]/);
  });

  test('plain CSV, the year in the file\'s name: refused at line 2; both readers in process agree', async () => {
    refused(run(plain(body(OUT, H2))), 2, OUT);
    const { both } = bothReaders('thads-giaidoan-both-', ['--format', 'csv']);
    const r = await both('Ninh Bình 2025.csv', body(OUT, H2));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/NOT_AN_OFFICE/);
  });

  test('a "Giai đoạn" range numbered as an office among offices, with figures: refused, never added as an office', () => {
    const lines = [HEADER, '1,Chi cục THADS huyện Gia Viễn,10,8,4', '2,Chi cục THADS huyện Nho Quan,20,12,6', `3,${OUT},1,1,1`, 'Tổng cộng,,31,21,11'];
    refused(run(titled(lines)), 6, OUT);
  });

  test('xlsx with =SUM sections: refused at Sheet1!B4', async () => {
    refused(run(await xlsx(OUT, H2)), 'Sheet1!B4', OUT);
  });
});

describe('"Giai đoạn 01/10/2024 - 30/6/2025" (a dash) within the year is read (was refused)', () => {
  test('titled CSV: 37 / 25 / 13, 52,00 %, exit 0', () => {
    right(run(titled(body(DASH, H2))));
  });
  test('plain CSV (both readers agree) and xlsx: the same', async () => {
    right(run(plain(body(DASH, H2))));
    const { both } = bothReaders('thads-giaidoan-dash-', ['--format', 'csv']);
    const r = await both('Ninh Bình 2025.csv', body(DASH, H2));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^,TOTAL,2025,,,37,,,,25,,,,,,,,,13,,52\.00,/m);
    right(run(await xlsx(DASH, H2)));
  });
});

describe('controls: near shapes keep their reading', () => {
  test('in-year "Giai đoạn từ …" halves of 2025: read, 37 / 25 / 13 (titled, plain, both readers, xlsx)', async () => {
    right(run(titled(body(H1, H2))));
    right(run(plain(body(H1, H2))));
    const { both } = bothReaders('thads-giaidoan-ok-', ['--format', 'csv']);
    const r = await both('Ninh Bình 2025.csv', body(H1, H2));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^,TOTAL,2025,,,37,,,,25,,,,,,,,,13,,52\.00,/m);
    right(run(await xlsx(H1, H2)));
  });

  test('the bare spellings, as periodsec made them: the halves read, another year\'s range refused at line 4', () => {
    right(run(titled(body('Từ 01/10/2024 đến 30/6/2025', 'Từ 01/7/2025 đến 30/9/2025'))));
    refused(run(titled(body('Từ 01/10/2023 đến 30/6/2024', 'Từ 01/7/2025 đến 30/9/2025'))), 4, 'Từ 01/10/2023 đến 30/6/2024');
  });

  test('a 2024 table with its own halves ("Giai đoạn từ 01/10/2023 đến 31/3/2024" / "… 01/4/2024 đến 30/9/2024"): read, 37 / 25 / 13', () => {
    const title = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 - TỈNH NINH BÌNH', 'Đơn vị tính: nghìn đồng'];
    const lines = body('Giai đoạn từ 01/10/2023 đến 31/3/2024', 'Giai đoạn từ 01/4/2024 đến 30/9/2024').map((l) => l.replace('Phòng THADS khu vực 1', 'Chi cục THADS huyện Kim Sơn').replace('Phòng THADS khu vực 2', 'Chi cục THADS huyện Yên Mô'));
    right(run(titled(lines, title)), ['Chi cục THADS huyện Gia Viễn', 'Chi cục THADS huyện Nho Quan', 'Chi cục THADS huyện Kim Sơn', 'Chi cục THADS huyện Yên Mô']);
  });

  test('"Giai đoạn 1" / "Giai đoạn 2" without days: sections read as before, 37 / 25 / 13', () => {
    right(run(titled(body('Giai đoạn 1', 'Giai đoạn 2'))));
  });
});
