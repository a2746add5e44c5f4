// An office's name squeezed in its cell ("VuBan", "MYLOC": a script's export without spaces or
// marks) in one file, written in words ("Vụ Bản") in another. The fault: Nam Định's table of 2019
// (Mỹ Lộc, Vụ Bản, Ý Yên) and a re-export of Vụ Bản's row as "VuBan" were read as four offices —
// TOTAL 980 with conditions, 720 resolved, exit 0 (right: 780 / 570, Vụ Bản once), though the
// same name as a file's name ("VuBan-2019.csv") was already refused. Right: a DUPLICATE_INPUT
// naming both files, exit 1 (office-registry.ts, by joinedKey as for a file's name). Controls: a
// squeezed name of an office the table lacks ("PhuYen") is summed; "My Loc" is refused as before.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-mfhunt-squeezed-');

const HEAD = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// with conditions 400 + 200 + 180 = 780; resolved 300 + 150 + 120 = 570
const TABLE = [HEAD, 'Mỹ Lộc,400,300', 'Vụ Bản,200,150', 'Ý Yên,180,120'];

function run(files: readonly string[]) {
  const r = spawnThads(['summarize', ...files, '--format', 'csv'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** the TOTAL row's cases with conditions and resolved */
function total(stdout: string): [string, string] {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return [row[head!.indexOf('cases_with_conditions')]!, row[head!.indexOf('cases_resolved')]!];
}

describe('a squeezed name in a cell is the office another file writes in words', () => {
  it('"VuBan" beside the table\'s "Vụ Bản" is a repeat (exit 1)', () => {
    const [table, again] = write({ 'a/nam-dinh-2019.csv': TABLE, 'a/export-2019.csv': [HEAD, 'VuBan,200,150'] });
    const r = run([table!, again!]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^a\/export-2019\.csv:2: error: cases of "VuBan" \(2019\) are given again: a\/nam-dinh-2019\.csv:3 already gave them as "Vụ Bản".*\[DUPLICATE_INPUT\]$/m);
  });

  it('"MYLOC" in capitals, figures revised, is a repeat too (exit 1)', () => {
    const [table, again] = write({ 'b/nam-dinh-2019.csv': TABLE, 'b/export-2019.csv': [HEAD, 'MYLOC,410,305'] });
    const r = run([table!, again!]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/cases of "MYLOC" \(2019\) are given again: b\/nam-dinh-2019\.csv:2 already gave them as "Mỹ Lộc".*\[DUPLICATE_INPUT\]$/m);
  });

  it('the same from a workbook: "YYen" of an .xlsx beside the CSV table (exit 1)', async () => {
    const [table] = write({ 'c/nam-dinh-2019.csv': TABLE });
    const book = await writeSheetsWorkbook(dir, 'c/export-2019.xlsx', { Sheet1: [['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong'], ['YYen', 180, 120]] });
    const r = run([table!, book]);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
    expect(r.stderr).toContain('already gave them as "Ý Yên"');
  });

  it('control: a squeezed name of an office the table lacks ("TrucNinh") is summed (exit 0)', () => {
    const [table, other] = write({ 'd/nam-dinh-2019.csv': TABLE, 'd/export-2019.csv': [HEAD, 'TrucNinh,300,240'] });
    const r = run([table!, other!]);
    expect(r.code, r.stderr).toBe(0);
    // 780 + 300 = 1080 with conditions; 570 + 240 = 810 resolved
    expect(total(r.stdout)).toEqual(['1080', '810']);
  });

  it('control: "My Loc" without marks is refused as before (exit 1)', () => {
    const [table, again] = write({ 'e/nam-dinh-2019.csv': TABLE, 'e/export-2019.csv': [HEAD, 'My Loc,400,300'] });
    const r = run([table!, again!]);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
  });

  it('control: the table alone reads as before (exit 0)', () => {
    const [table] = write({ 'f/nam-dinh-2019.csv': TABLE });
    const r = run([table!]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['780', '570']);
  });
});
