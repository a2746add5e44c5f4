// "Không phát sinh" (KPS: nothing arose) in an office's figure cells — the standard entry for an
// empty line in Vietnamese reports — was refused as "the office has not reported" (BAD_NUMBER,
// exit 1; work101a 03: `3 | Văn phòng Cục` with "Không phát sinh" merged across C6:F6), while the
// same row with "-" in each cell reads as 0. Right: "Không phát sinh", "Không PS", "KPS" (any case,
// with or without diacritics) read as 0 exactly as "-" does, merged or in each cell, CSV and
// workbook (numbers.ts saysNothingArose). Controls: "Chưa báo cáo", "N/A", "?", "Không có số liệu"
// stay refused (unknown, not zero); "Không phát sinh" in the office-name column or in a note line
// under the table keeps its reading.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-khongps-');

const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;', ';Đơn vị tính: Việc; đồng;;;;'];
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const MY_LOC = '1;Mỹ Lộc;586;533;9565824266;8009734950';
const VU_BAN = '2;Vụ Bản;655;630;16389337399;14490039714';
const table = (...rows: string[]) => [...TITLE, HEADER, MY_LOC, VU_BAN, ...rows];

/** office → [cases with conditions, cases resolved, money with conditions, money resolved] */
function figures(stdout: string): Record<string, string[]> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  return Object.fromEntries(rows.map((r) => [r[at('district')]!, ['cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'].map((k) => r[at(k)]!)]));
}

// By hand: 586 + 655 + 0 = 1241, 533 + 630 + 0 = 1163; 9 565 824 266 + 16 389 337 399 + 0 =
// 25 955 161 665, 8 009 734 950 + 14 490 039 714 + 0 = 22 499 774 664.
const RIGHT = {
  'Mỹ Lộc': ['586', '533', '9565824266', '8009734950'],
  'Vụ Bản': ['655', '630', '16389337399', '14490039714'],
  'Văn phòng Cục': ['0', '0', '0', '0'],
  TOTAL: ['1241', '1163', '25955161665', '22499774664'],
};

function summarize(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'csv'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

async function workbook(name: string, officeRow: (string | number)[], merge?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019']);
  ws.addRow(['Đơn vị tính: Việc; đồng']);
  ws.addRow(HEADER.split(';'));
  ws.addRow([1, 'Mỹ Lộc', 586, 533, 9565824266, 8009734950]);
  ws.addRow([2, 'Vụ Bản', 655, 630, 16389337399, 14490039714]);
  ws.addRow(officeRow);
  if (merge) ws.mergeCells(merge);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('"Không phát sinh" in an office\'s figure cells reads as 0, as "-" does (work101a 03)', () => {
  test('the "-" row it must match: 1241 / 1163, 25 955 161 665 / 22 499 774 664', () => {
    const r = summarize(file('dash-2019.csv', table('3;Văn phòng Cục;-;-;-;-')));
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  test.each([
    ['written once, the rest empty (a merged cell saved as CSV)', 'Không phát sinh;;;'],
    ['in each cell', 'Không phát sinh;Không phát sinh;Không phát sinh;Không phát sinh'],
    ['KPS, Không PS, no diacritics, capitals', 'KPS;Không PS;khong phat sinh;KHÔNG PHÁT SINH'],
    ['kps beside "-"', 'kps;-;Không Phát Sinh;-'],
  ])('CSV, %s: 1241 / 1163 (was BAD_NUMBER, exit 1)', (_, cells) => {
    const r = summarize(file(`kps-${cells.length}-2019.csv`, table(`3;Văn phòng Cục;${cells}`)));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('error');
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  test('CSV, one office among 3000 (the fast row scanner, past its first rows)', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `${i + 4};Đội thi hành án số ${i + 4};1;1;0;0`);
    const r = summarize(file('long-2019.csv', [...TITLE, HEADER, MY_LOC, VU_BAN, ...many.slice(0, 1500), '3;Văn phòng Cục;Không phát sinh;KPS;;', ...many.slice(1500)]));
    expect(r.code, r.stderr).toBe(0);
    // 1241 + 3000 × 1, 1163 + 3000 × 1; money unchanged
    expect(figures(r.stdout).TOTAL).toEqual(['4241', '4163', '25955161665', '22499774664']);
    expect(figures(r.stdout)['Văn phòng Cục']).toEqual(['0', '0', '0', '0']);
  });

  test('workbook, "Không phát sinh" merged across C6:F6 (the finding\'s file)', async () => {
    const r = summarize(await workbook('bao-cao-2019.xlsx', [3, 'Văn phòng Cục', 'Không phát sinh'], 'C6:F6'));
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  test('workbook, "KPS" in each cell', async () => {
    const r = summarize(await workbook('kps-each-2019.xlsx', [3, 'Văn phòng Cục', 'KPS', 'KPS', 'Không PS', 'kps']));
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
  });
});

describe('controls: what keeps its reading', () => {
  const SAYS = (text: string) => `the cell says "${text}", that the office has not reported: its figures are unknown, and a total without them is no total [BAD_NUMBER]`;

  test.each(['Chưa báo cáo', 'N/A', '?', 'Không có số liệu'])('%j (unknown, not zero) is still refused at C6', (text) => {
    const r = summarize(file(`unknown-${text.length}-2019.csv`, table(`3;Văn phòng Cục;${text};;;`)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`unknown-${text.length}-2019.csv:6:3: error: cases with conditions: ${SAYS(text)}`);
  });

  test('workbook, "Chưa báo cáo" merged across C6:F6 is still refused', async () => {
    const r = summarize(await workbook('chua-bao-cao-2019.xlsx', [3, 'Văn phòng Cục', 'Chưa báo cáo'], 'C6:F6'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`chua-bao-cao-2019.xlsx:Biểu!C6: error: cases with conditions: ${SAYS('Chưa báo cáo')}`);
  });

  test('"Không phát sinh" as the office\'s name, no figure: still warned and left out', () => {
    const r = summarize(file('name-2019.csv', table('3;Không phát sinh;;;;')));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('name-2019.csv:6:3: warning: "Không phát sinh" is numbered as an office but its row has no figure: it is left out of the total and the count of offices [OFFICE_WITHOUT_FIGURES]');
    // 586 + 655, 533 + 630
    expect(figures(r.stdout).TOTAL).toEqual(['1241', '1163', '25955161665', '22499774664']);
    expect(Object.keys(figures(r.stdout))).toEqual(['Mỹ Lộc', 'Vụ Bản', 'TOTAL']);
  });

  test.each([
    ['in the office-name column', ';Không phát sinh;;;;'],
    ['a note in the first column', 'Ghi chú: Văn phòng Cục không phát sinh;;;;;'],
    ['a footnote after the total', ';Tổng cộng;1241;1163;25955161665;22499774664\n;Ghi chú: (*) Không phát sinh;;;;'],
  ])('a line under the table, %s: skipped as before', (_, line) => {
    const r = summarize(file(`note-${line.length}-2019.csv`, table('3;Văn phòng Cục;-;-;-;-', ...line.split('\n'))));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('error');
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  test('"KPS" alone in a figure cell of a line with no office is still refused (as "-" there is)', () => {
    const r = summarize(file('stray-2019.csv', table('3;Văn phòng Cục;-;-;-;-', ';;Không phát sinh;;;')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });
});
