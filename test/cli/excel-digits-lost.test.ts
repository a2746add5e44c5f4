// The CSV for Excel (--excel) carries every figure exactly, but Excel keeps 15 significant digits
// of a number it opens and sets the rest to 0 (traps22: a province's money in đồng has 16–17
// digits, Hà Nội's ~2·10^16; the sheet then shows and adds other figures than thads computed,
// exit 0, nothing said). thads says so, once, naming the first such figure; the CSV itself stays
// exact. Figures here are typed by hand: A's money 12,345,678,901,234,567 đồng (17 significant
// digits) + B's 3 = 12,345,678,901,234,570 (16 significant digits: the trailing 0 is none).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-excel-digits-'));
function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
const HEADER = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';

describe('--excel and figures of more than 15 significant digits', () => {
  const big = file('big-2019.csv', [HEADER, 'Hà Nội,A,100,90,12345678901234567,1000', 'Hà Nội,B,100,80,3,1']);

  it('warns once, naming the first figure and its digits; the CSV keeps it exact', async () => {
    const r = await runThads(['summarize', big, '--excel', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('12345678901234567');
    expect(r.stdout).toContain('12345678901234570');
    // A's and the total's "Tiền có điều kiện": two figures (the total's 12345678901234570 has 16)
    expect(r.stderr).toContain('warning: 2 figures of the CSV for Excel have more than 15 significant digits');
    expect(r.stderr).toContain('Hà Nội / A, "Tiền có điều kiện (đồng)" is 12345678901234567 (17 digits) [EXCEL_DIGITS_LOST]');
    expect(r.stderr.match(/EXCEL_DIGITS_LOST/g)).toHaveLength(1);
  });

  it('says nothing without --excel (a CSV for machines), nor for figures of 15 digits', async () => {
    const plain = await runThads(['summarize', big, '--format', 'csv']);
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toContain('EXCEL_DIGITS_LOST');
    // 123,456,789,012,345 + 0 đồng: 15 significant digits, which Excel keeps
    const fifteen = file('fifteen-2019.csv', [HEADER, 'Hà Nội,A,100,90,123456789012345,1000', 'Hà Nội,B,100,80,0,0']);
    const r = await runThads(['summarize', fifteen, '--excel']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('EXCEL_DIGITS_LOST');
  });
});
