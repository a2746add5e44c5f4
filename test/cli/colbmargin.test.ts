// A table written from column B (column A an empty narrow margin) under title lines typed at A1
// (work101c 04): refused GROUP_HEADER_SPANS, the title or the unit line taken for a group over
// columns 1–7 ("column 1 has no header of its own under the group "BÁO CÁO …""), exit 1 — a
// false refusal of a common export. A column left of every header cell, blank in every header
// row, is a margin: no group's sub-column, and the line over it no group; a number in it is still
// refused (VALUE_WITHOUT_HEADER). Every figure below is by hand; the real binary, both readers
// (in process) agree, and the xlsx twin. Controls keep their reading.
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-colbmargin-');
const { both } = bothReaders('thads-colbmargin-both-', ['--format', 'json']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024';
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const MY_LOC = 'Chi cục THADS huyện Mỹ Lộc,300,240,5000000,2000000';
const VU_BAN = 'Chi cục THADS huyện Vụ Bản,200,150,4000000,1000000';
/** the finding's CSV: a title, an empty line, every row from column B */
const FROM_B = [TITLE, '', `,${HEADER}`, `,1,${MY_LOC}`, `,2,${VU_BAN}`];

interface Measure { withConditions: string; resolved: string; rate: string }
interface Summary { groups: { district: string; cases: Measure; money: Measure }[]; total: { cases: Measure; money: Measure } }

/** office → [cases with conditions, resolved, rate, money with conditions, resolved, rate], and TOTAL */
function figures(stdout: string): Record<string, string[]> {
  const j = JSON.parse(stdout) as Summary;
  const row = (m: { cases: Measure; money: Measure }) => [m.cases.withConditions, m.cases.resolved, m.cases.rate, m.money.withConditions, m.money.resolved, m.money.rate];
  return { ...Object.fromEntries(j.groups.map((g) => [g.district, row(g)])), TOTAL: row(j.total) };
}

// By hand: Mỹ Lộc 240 / 300 = 80,00 %, 2.000.000 / 5.000.000 = 40,00 %; Vụ Bản 150 / 200 =
// 75,00 %, 1.000.000 / 4.000.000 = 25,00 %; total 390 / 500 = 78,00 %, 3.000.000 / 9.000.000 = 33,33 %.
const RIGHT = {
  'Chi cục THADS huyện Mỹ Lộc': ['300', '240', '80.00', '5000000', '2000000', '40.00'],
  'Chi cục THADS huyện Vụ Bản': ['200', '150', '75.00', '4000000', '1000000', '25.00'],
  TOTAL: ['500', '390', '78.00', '9000000', '3000000', '33.33'],
};

function summarize(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json']);
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

function expectRight(r: { code: number; stdout: string; stderr: string }) {
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  expect(figures(r.stdout)).toEqual(RIGHT);
}

/** The finding's workbook: letterhead, title and unit line at A1–A3, the table in B5:G7 (ExcelJS: values[0] is column A). */
async function fromBWorkbook(name: string, header: (string | null)[] = HEADER.split(',')): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('BC');
  ws.getCell('A1').value = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
  ws.getCell('A2').value = TITLE;
  ws.getCell('A3').value = 'Đơn vị tính: việc; đồng';
  ws.getRow(5).values = [null, ...header];
  ws.getRow(6).values = [null, 1, 'Chi cục THADS huyện Mỹ Lộc', 300, 240, 5000000, 2000000];
  ws.getRow(7).values = [null, 2, 'Chi cục THADS huyện Vụ Bản', 200, 150, 4000000, 1000000];
  ws.getColumn(1).width = 2;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('a table from column B under a title in column A (was GROUP_HEADER_SPANS naming the title)', () => {
  it('CSV, the title line over the margin: read as the table from column A is', () => {
    expectRight(summarize(file('Nam Định 2024.csv', FROM_B)));
  });

  it('both readers agree, and inspect shows column 1 ignored, not a sub-column of the title', async () => {
    const r = await both('Nam Định 2024.csv', FROM_B);
    expect(r.code).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
    const inspect = spawnThads(['inspect', file('inspect/Nam Định 2024.csv', FROM_B)]);
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toContain('1  (empty header) → ignored');
    expect(inspect.stdout).toContain('3  "Đơn vị" → district');
  });

  it('the real-export shape: letterhead, a "Biểu số 01" line and a unit line in nghìn đồng over the margin', () => {
    const lines = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,Biểu số 01', TITLE, 'Đơn vị tính: việc; nghìn đồng', '', `,${HEADER}`, ',1,Chi cục THADS huyện Mỹ Lộc,300,240,5000,2000', ',2,Chi cục THADS huyện Vụ Bản,200,150,4000,1000'];
    // 5000 nghìn đồng = 5.000.000 đồng: the same figures as RIGHT
    expectRight(summarize(file('export/Nam Định 2024.csv', lines)));
  });

  it('xlsx twin: title and unit line at A1–A3, the table in B5:G7 (was GROUP_HEADER_SPANS naming the unit line)', async () => {
    expectRight(summarize(await fromBWorkbook('Nam Định 2024.xlsx')));
  });

  it('xlsx without an STT column: the margin beside "Đơn vị" with no row numbers under it is no column either', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('BC');
    ws.getCell('A1').value = TITLE;
    ws.getRow(3).values = [null, ...HEADER.split(',').slice(1)];
    ws.getRow(4).values = [null, 'Chi cục THADS huyện Mỹ Lộc', 300, 240, 5000000, 2000000];
    ws.getRow(5).values = [null, 'Chi cục THADS huyện Vụ Bản', 200, 150, 4000000, 1000000];
    mkdirSync(join(dir, 'nostt'), { recursive: true });
    const path = join(dir, 'nostt/Nam Định 2024.xlsx');
    await wb.xlsx.writeFile(path);
    expectRight(summarize(path));
  });
});

describe('controls: nearby shapes keep their reading', () => {
  it('the same table from column A under the title: read right', async () => {
    const r = await both('Nam Định 2024.csv', [TITLE, '', HEADER, `1,${MY_LOC}`, `2,${VU_BAN}`]);
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  it('column A empty in the header but holding the row numbers ("" before "Đơn vị"): the STT, read right', () => {
    const lines = [TITLE, '', HEADER.replace('STT', ''), `1,${MY_LOC}`, `2,${VU_BAN}`];
    expectRight(summarize(file('stt/Nam Định 2024.csv', lines)));
  });

  // (the old build refused it GROUP_HEADER_SPANS naming the title; now the number itself is named)
  it('a number in the margin is still refused at its cell, never summed or dropped silently', () => {
    const lines = [TITLE, '', `,${HEADER}`, `7,1,${MY_LOC}`, `,2,${VU_BAN}`];
    const r = summarize(file('stray/Nam Định 2024.csv', lines));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^stray\/Nam Định 2024\.csv:\d+:1: error: .*\[(VALUE_WITHOUT_HEADER|GROUP_HEADER_SPANS)\]$/m);
  });

  it('a real group "Giải quyết xong" over an unnamed sub-column and "Đình chỉ": still GROUP_HEADER_SPANS', () => {
    const lines = ['STT,Đơn vị,Có điều kiện,Giải quyết xong,,Chưa có điều kiện', ',,Có điều kiện,,Đình chỉ,', '1,Mỹ Lộc,100,70,10,50', '2,Vụ Bản,200,140,10,60'];
    const r = spawnThads(['summarize', file('group/viec-2019.csv', lines), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]!.replace(`${dir}/`, '')).toBe('group/viec-2019.csv:2:4: error: column 4 has no header of its own under the group "Giải quyết xong", which spans columns 4–5: which figure it holds cannot be told [GROUP_HEADER_SPANS]');
  });
});
