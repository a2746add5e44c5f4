// A figure after a quoted name holding a line break (Excel's Alt+Enter: "Chi cục THADS⏎huyện
// Vụ Bản") was located at its record's first line (work101c 05): `Nam Định 2024.csv:5:5` for a
// negative figure on physical line 6, where line 5 holds only `"Chi cục THADS`. SPEC §6: LINE is
// the physical line, so a cell's line is its record's first plus the line breaks inside the
// quoted cells before it (src/input/cell-lines.ts), in both readers, for every finding naming a
// cell. Controls: a record without line breaks keeps its line; a cell before the break keeps the
// record's; a good file of such names is summed as before; a workbook's row is its row.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-multiline-');

const TITLE = 'BÁO CÁO NĂM 2024';
const HEAD = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
/** the tester's file: each name over two lines, Vụ Bản's money resolved negative */
const TWO_LINES = [TITLE, HEAD, '"Chi cục THADS', 'huyện Mỹ Lộc",300,240,5000000,2000000', '"Chi cục THADS', 'huyện Vụ Bản",200,150,4000000,-1000000'];

function run(args: string[]) {
  const r = spawnThads(args, { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

describe('the line of a cell after a quoted name with line breaks (work101c 05)', () => {
  test('the tester\'s file: the negative figure is on line 6, not 5 (the name\'s first half)', () => {
    file('Nam Định 2024.csv', TWO_LINES);
    const r = run(['check', 'Nam Định 2024.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('Nam Định 2024.csv:6:5: error: money resolved "-1000000" is negative [NEGATIVE_VALUE]');
    const g = run(['check', 'Nam Định 2024.csv', '--format', 'github']);
    expect(g.stdout + g.stderr).toContain('::error file=Nam Định 2024.csv,line=6,col=5,title=NEGATIVE_VALUE::');
  });

  test('summarize says the same line, exit 1, no total', () => {
    file('Nam Định 2024.csv', TWO_LINES);
    const r = run(['summarize', 'Nam Định 2024.csv', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Nam Định 2024.csv:6:5: error: money resolved "-1000000" is negative [NEGATIVE_VALUE]');
  });

  test('a name over three lines: the figure of the record starting on line 6 is on line 8', () => {
    file('Nam Định 2024 ba dòng.csv', [TITLE, HEAD, '"Chi cục THADS', 'huyện', 'Mỹ Lộc",300,240,5000000,2000000', '"Chi cục THADS', 'huyện', 'Vụ Bản",200,150,4000000,-1000000']);
    const r = run(['check', 'Nam Định 2024 ba dòng.csv', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('::error file=Nam Định 2024 ba dòng.csv,line=8,col=5,title=NEGATIVE_VALUE::');
  });

  test('CRLF line ends (a CSV saved on Windows): "\\r\\n" inside the name is one line break', () => {
    writeFileSync(join(dir, 'Nam Định 2024 crlf.csv'), `${TWO_LINES.join('\r\n')}\r\n`);
    const r = run(['check', 'Nam Định 2024 crlf.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('Nam Định 2024 crlf.csv:6:5: error: money resolved "-1000000" is negative [NEGATIVE_VALUE]');
  });

  test('a figure that is no number, after the name: BAD_NUMBER on line 6', () => {
    file('Nam Định 2024 chữ.csv', [TITLE, HEAD, '"Chi cục THADS', 'huyện Mỹ Lộc",300,240,5000000,2000000', '"Chi cục THADS', 'huyện Vụ Bản",200,abc,4000000,1000000']);
    const r = run(['check', 'Nam Định 2024 chữ.csv', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/::error file=Nam Định 2024 chữ\.csv,line=6,col=3,title=BAD_NUMBER::/);
  });

  const readers = bothReaders('thads-multiline-both-', ['--format', 'json']);
  test('a declared total labelled over two lines ("Tổng⏎cộng"): its wrong figure on line 8, both readers', async () => {
    // by hand: money resolved 2.000.000 + 1.000.000 = 3.000.000, the total says 3.500.000
    const r = await readers.both('Nam Định 2024.csv', [TITLE, HEAD, '"Chi cục THADS', 'huyện Mỹ Lộc",300,240,5000000,2000000', '"Chi cục THADS', 'huyện Vụ Bản",200,150,4000000,1000000', '"Tổng', 'cộng",500,390,9000000,3500000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:8:5: error: declared total "Tổng\\ncộng" has money resolved 3500000, but the office rows add up to 3000000 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('controls: what keeps its reading', () => {
  test('the same names on one line each: the figure stays on line 4', () => {
    file('Nam Định 2024 một dòng.csv', [TITLE, HEAD, 'Chi cục THADS huyện Mỹ Lộc,300,240,5000000,2000000', 'Chi cục THADS huyện Vụ Bản,200,150,4000000,-1000000']);
    const r = run(['check', 'Nam Định 2024 một dòng.csv', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('::error file=Nam Định 2024 một dòng.csv,line=4,col=5,title=NEGATIVE_VALUE::');
  });

  test('a row below a wrapped name, itself on one line: its line counts the name\'s lines (line 5)', () => {
    file('Nam Định 2024 dưới.csv', [TITLE, HEAD, '"Chi cục THADS', 'huyện Mỹ Lộc",300,240,5000000,2000000', 'Chi cục THADS huyện Vụ Bản,200,150,4000000,-1000000']);
    const r = run(['check', 'Nam Định 2024 dưới.csv', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('::error file=Nam Định 2024 dưới.csv,line=5,col=5,title=NEGATIVE_VALUE::');
  });

  test('a good file of wrapped names is summed as before, exit 0 (totals by hand)', () => {
    file('Nam Định 2024 đúng.csv', [TITLE, HEAD, '"Chi cục THADS', 'huyện Mỹ Lộc",300,240,5000000,2000000', '"Chi cục THADS', 'huyện Vụ Bản",200,150,4000000,1000000']);
    const r = run(['summarize', 'Nam Định 2024 đúng.csv', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const total = JSON.parse(r.stdout).total;
    // 300 + 200 = 500, 240 + 150 = 390; 5.000.000 + 4.000.000 = 9.000.000, 2.000.000 + 1.000.000 = 3.000.000
    expect([total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved]).toEqual(['500', '390', '9000000', '3000000']);
  });

  test('the workbook twin: a wrapped cell stays in its row, the figure at Sheet1!E4', async () => {
    const lines = [TITLE, HEAD.split(',').join(';'), 'Chi cục THADS\nhuyện Mỹ Lộc;300;240;5000000;2000000', 'Chi cục THADS\nhuyện Vụ Bản;200;150;4000000;-1000000'];
    const r = await summarizeLinesWorkbook(dir, 'Nam Định 2024.xlsx', lines, ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Nam Định 2024\.xlsx:Sheet1!E4: error: money resolved .*-1000000.* is negative \[NEGATIVE_VALUE\]/);
  });
});
