// An office's line merged over two rows in a workbook (work106 02): Nam Định's Biểu 07 draws each
// "Chi cục THADS …" line two rows tall by merging its cells (or only STT and Đơn vị) over two rows
// (A6:A7, B6:B7 …), the figures on the first row, the second row empty. The fault: the merged name
// was filled down into the empty second row, read as a title without figures over the next office,
// and the file refused NOT_AN_OFFICE (exit 1) though its =SUM total agrees. Right: the second row
// is the same office's line drawn tall, no line of its own (read-csv.ts mergedContinuation) —
// 2147 / 2021 cases (94.13 %), 49,064,325,044 đ with conditions, exit 0. Controls keep today's
// reading: a title merged over two rows (no figures on its first row) still refused NOT_AN_OFFICE,
// a province merged down a block of offices, an office merged over its two enforcers' rows (both
// with figures), and the CSV twin (a blank row under each office). Every total below is by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-mergedtwo-');

type Cell = string | number | { formula: string; result: number } | null;

const HEADER = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Việc đình chỉ', 'Tiền có điều kiện', 'Tiền thi hành xong', 'Tiền đình chỉ'];
const OFFICES: readonly (readonly Cell[])[] = [
  [1, 'Chi cục THADS Thành phố Nam Định', 608, 545, 37, 13338211701, 10834320918, 799410502],
  [2, 'Chi cục THADS Mỹ Lộc', 586, 520, 13, 9565824266, 7194245234, 634044111],
  [3, 'Chi cục THADS Vụ Bản', 655, 611, 19, 16389337399, 13086832295, 1077528862],
  [4, 'Chi cục THADS Ý Yên', 298, 266, 10, 9770951678, 7917400545, 305181036],
];
// by hand: with conditions 608+586+655+298 = 2147; resolved (completed + terminated)
// (545+37)+(520+13)+(611+19)+(266+10) = 582+533+630+276 = 2021; 2021/2147 = 94.13 %;
// money with conditions 13,338,211,701 + 9,565,824,266 + 16,389,337,399 + 9,770,951,678 = 49,064,325,044
const RIGHT = { cases: ['2147', '2021', '94.13'], money: '49064325044' };
const SUMS = [2147, 1942, 79, 49064325044, 39032798992, 2816164511];
// (by hand: completed 545+520+611+266 = 1942, terminated 37+13+19+10 = 79; money completed
// 10,834,320,918 + 7,194,245,234 + 13,086,832,295 + 7,917,400,545 = 39,032,798,992, terminated
// 799,410,502 + 634,044,111 + 1,077,528,862 + 305,181,036 = 2,816,164,511)

/** A sheet: title rows, the header on row 5, `rows` from row 6, `merges` ("A6:A7"). */
async function book(name: string, header: readonly string[], rows: readonly (readonly Cell[])[], merges: readonly string[], title = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 07');
  ws.getCell('A1').value = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
  ws.getCell('A2').value = title;
  ws.getCell('A3').value = 'Đơn vị tính: Việc; đồng';
  ws.getRow(5).values = [...header];
  rows.forEach((r, i) => {
    if (r.length > 0) ws.getRow(6 + i).values = [...r] as ExcelJS.CellValue[];
  });
  for (const m of merges) ws.mergeCells(m);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Each office's line, then `extra` empty rows under it; the merges of `columns` over each office's rows. */
function tall(columns: readonly string[], extra = 1): { rows: Cell[][]; merges: string[] } {
  const rows: Cell[][] = [];
  const merges: string[] = [];
  for (const office of OFFICES) {
    const top = 6 + rows.length;
    rows.push([...office]);
    for (let i = 0; i < extra; i++) rows.push([]);
    for (const c of columns) merges.push(`${c}${top}:${c}${top + extra}`);
  }
  return { rows, merges };
}
const sumRow = (last: number): Cell[] => [null, 'Tổng cộng', ...'CDEFGH'.split('').map((c, i) => ({ formula: `SUM(${c}6:${c}${last})`, result: SUMS[i]! }))];

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json', '--by', 'none', '--year', '2019']);
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
function expectRight(r: ReturnType<typeof run>): void {
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  const t = JSON.parse(r.stdout).total;
  expect([t.cases.withConditions, t.cases.resolved, t.cases.rate]).toEqual(RIGHT.cases);
  expect(t.money.withConditions).toBe(RIGHT.money);
}

describe("an office's line merged over two rows, the second empty: the same office, read right", () => {
  test('every cell of each line merged over two rows (A6:A7 … H6:H7), a =SUM total under them: 2147/2021, 94.13 %, 49,064,325,044 đ, exit 0 (was NOT_AN_OFFICE)', async () => {
    const { rows, merges } = tall('ABCDEFGH'.split(''));
    expectRight(run(await book('bao-cao-2019.xlsx', HEADER, [...rows, sumRow(13)], merges)));
  });

  test('only STT and Đơn vị merged over two rows, no total row: read right', async () => {
    const { rows, merges } = tall(['A', 'B']);
    expectRight(run(await book('bao-cao-2019-name-only.xlsx', HEADER, rows, merges)));
  });

  test('only Đơn vị merged over two rows, a =SUM total: read right', async () => {
    const { rows, merges } = tall(['B']);
    expectRight(run(await book('bao-cao-2019-name-col.xlsx', HEADER, [...rows, sumRow(13)], merges)));
  });

  test('each line merged over three rows: read right', async () => {
    const { rows, merges } = tall(['A', 'B'], 2);
    expectRight(run(await book('bao-cao-2019-three.xlsx', HEADER, [...rows, sumRow(17)], merges)));
  });

  test('the CSV twin (the merge saved: a blank row under each office): read right, as before', () => {
    const lines = [HEADER.join(','), ...OFFICES.flatMap((o) => [o.join(','), ',,,,,,,']), `,Tổng cộng,${SUMS.join(',')}`];
    expectRight(run(file('bao-cao-2019.csv', lines)));
  });
});

describe('controls: near shapes keep their reading', () => {
  test('a title without figures merged over two rows over the offices: still refused NOT_AN_OFFICE', async () => {
    const rows: Cell[][] = [[1, 'Chi cục THADS Thành phố Nam Định'], [], ...OFFICES.slice(1).map((o) => [...o])];
    const r = run(await book('bao-cao-2019-title.xlsx', HEADER, rows, ['A6:A7', 'B6:B7']));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('NOT_AN_OFFICE');
    expect(r.stdout).toBe('');
  });

  test('a province merged down a block of offices (Tỉnh A6:A9): each office in it, 2147/2021', async () => {
    const header = ['Tỉnh', ...HEADER.slice(1)];
    const rows = OFFICES.map((o, i) => [i === 0 ? 'Nam Định' : null, ...o.slice(1)]);
    const r = spawnThads(['summarize', await book('toan-quoc-2019.xlsx', header, rows, ['A6:A9'], 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'), '--format', 'json', '--year', '2019']);
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout);
    expect([body.total.cases.withConditions, body.total.cases.resolved, body.total.cases.rate, body.total.money.withConditions]).toEqual([...RIGHT.cases, RIGHT.money]);
    expect(body.groups.map((g: { province: string; district: string }) => [g.province, g.district])).toEqual(OFFICES.map((o) => ['Nam Định', o[1]]));
  });

  test("an office's name merged over its two enforcers' rows, both with figures: summed as one office, as today", async () => {
    const header = ['Đơn vị', 'Chấp hành viên', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ', 'Chưa có điều kiện'];
    const rows: Cell[][] = [
      ['Mỹ Lộc', 'Nguyễn Văn An', 80, 60, 2, 20],
      [null, 'Trần Thị Bình', 100, 85, 3, 20],
      ['Vụ Bản', 'Phạm Văn Dũng', 150, 120, 10, 50],
      [null, 'Hoàng Thị Em', 90, 80, 0, 20],
    ];
    const path = await book('chv-viec-2019.xlsx', header, rows, ['A6:A7', 'A8:A9'], 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2019');
    const r = spawnThads(['summarize', path, '--format', 'json', '--year', '2019']);
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout);
    // by hand: Mỹ Lộc 80+100 = 180 with conditions, (60+2)+(85+3) = 150 resolved; Vụ Bản 150+90 = 240,
    // (120+10)+(80+0) = 210; total 420 / 360, 360/420 = 85.71 %
    const by = Object.fromEntries(body.groups.map((g: { district: string; cases: { withConditions: string; resolved: string } }) => [g.district, [g.cases.withConditions, g.cases.resolved]]));
    expect(by).toEqual({ 'Mỹ Lộc': ['180', '150'], 'Vụ Bản': ['240', '210'] });
    expect([body.total.cases.withConditions, body.total.cases.resolved, body.total.cases.rate]).toEqual(['420', '360', '85.71']);
  });
});
