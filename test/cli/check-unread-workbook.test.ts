// `thads check a.csv wb.xlsx`, the workbook holding two sheets with a table (which one is the
// report is the user's to say, USAGE): one file not read, as a missing one — the other files are
// still checked, their findings on stdout, the workbook listed in JSON's unreadableFiles, exit 2
// (traps35 4: the run stopped at the workbook, the CSV's errors never said, stdout empty).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runArgs } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-check-unread-wb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Việc đình chỉ', 'Việc giải quyết xong'];

beforeAll(async () => {
  // Vụ Bản: resolved 161, but completed 150 + terminated 10 = 160.
  writeFileSync(join(dir, 'loc1-2019.csv'), `${[HEADER.join(','), 'Mỹ Lộc,100,80,5,85', 'Vụ Bản,200,150,10,161'].join('\n')}\n`);
  const wb = new ExcelJS.Workbook();
  const first = wb.addWorksheet('Biểu 07');
  first.addRow(HEADER);
  first.addRow(['Ý Yên', 50, 40, 0, 40]);
  const second = wb.addWorksheet('Sheet 2');
  second.addRow(HEADER);
  second.addRow(['A', 100, 80, 5, 85]);
  await wb.xlsx.writeFile(join(dir, 'wb-2019.xlsx'));
});

/** check on files of `dir` (named relative to it in what it prints), the reference reader */
const check = (args: readonly string[]) => runArgs(dir, ['check', ...args.map((a) => (/\.(csv|xlsx)$/.test(a) ? join(dir, a) : a))], false);

const RESOLVED = 'loc1-2019.csv:3:5: error: cases: resolved 161 ≠ completed 150 + terminated 10 = 160 [RESOLVED_MISMATCH]';
const WHICH = 'wb-2019.xlsx has 2 sheets with a table ("Biểu 07", "Sheet 2"): which one is to be read?';

describe('check: a workbook of two tables beside another file', () => {
  it('the other file is still checked; the workbook is said on stderr and counted as not read (exit 2)', async () => {
    const r = await check(['loc1-2019.csv', 'wb-2019.xlsx']);
    expect(r.stdout).toContain(RESOLVED);
    expect(r.stdout).toContain('1 error, 0 warnings in 1 file; 1 file could not be read');
    expect(r.stderr).toContain(`thads: error: ${WHICH} [USAGE]`);
    expect(r.code).toBe(2);
  });

  it('in JSON too, the workbook among unreadableFiles', async () => {
    const r = await check(['wb-2019.xlsx', 'loc1-2019.csv', '--format', 'json']);
    const doc = JSON.parse(r.stdout) as { files: number; unreadable: number; unreadableFiles: unknown[]; errors: number; findings: { code: string }[] };
    expect(doc.files).toBe(2);
    expect(doc.unreadable).toBe(1);
    expect(doc.unreadableFiles).toEqual([{ file: 'wb-2019.xlsx', code: 'USAGE', message: WHICH }]);
    expect(doc.errors).toBe(1);
    expect(doc.findings.map((f) => f.code)).toEqual(['RESOLVED_MISMATCH']);
    expect(r.code).toBe(2);
  });

  it('with --sheet the workbook is read, and both files checked (exit 1)', async () => {
    const r = await check(['loc1-2019.csv', 'wb-2019.xlsx', '--sheet', 'Biểu 07']);
    expect(r.stdout).toContain(RESOLVED);
    expect(r.stdout).toContain('1 error, 0 warnings in 2 files');
    expect(r.code).toBe(1);
  });
});
