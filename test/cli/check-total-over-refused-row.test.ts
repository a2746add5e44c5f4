// `thads check` reads past a refused row (a "4o" cell, a row cut short, a negative figure) to
// report every finding; the declared total over that row was then compared with the sum of the
// other rows, and each column reported as not adding up — "with conditions 350, but the office
// rows add up to 300", where 100 + 200 + 50 = 350 (traps35 3). The refused row's figures are
// unknown: a total over it is not compared; one over other rows still is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, checkBoth } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-check-refused-row-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(name: string, lines: readonly string[]) {
  // (summarize writes the file and stops at the row's error, exit 1, nothing summed)
  const summary = await bothOnFiles(dir, { [name]: lines }, ['--format', 'csv']);
  expect(summary.code).toBe(1);
  expect(summary.stdout).toBe('');
  return checkBoth(dir, [name]);
}

const HEADER = 'Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Việc giải quyết xong';

describe('check: a declared total over a refused row', () => {
  // with conditions 100 + 200 + 50 = 350, completed 80 + 150 + 40 = 270, terminated 5 + 10 + 0 = 15:
  // the total agrees wherever the rows can be read; resolved 85 + 160 + "4o" is no sum.
  it('a bad cell: BAD_NUMBER alone, no DECLARED_TOTAL_MISMATCH', async () => {
    const r = await check('badcell-total-2019.csv', [HEADER, 'Mỹ Lộc,100,80,5,85', 'Vụ Bản,200,150,10,160', 'Ý Yên,50,40,0,4o', 'Tổng cộng,350,270,15,285']);
    expect(r.stdout).toContain('badcell-total-2019.csv:4:5: error: cases resolved "4o" is not a number [BAD_NUMBER]');
    expect(r.stdout).not.toContain('DECLARED_TOTAL_MISMATCH');
    expect(r.stdout).toContain('1 error, 0 warnings in 1 file');
    expect(r.code).toBe(1);
  });

  it('a row cut short: RAGGED_ROW alone', async () => {
    const r = await check('ragtot-2019.csv', ['Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc giải quyết xong', 'Mỹ Lộc,100,80,85', 'Vụ Bản,200,150', 'Ý Yên,50,40,40', 'Tổng cộng,350,270,285']);
    expect(r.stdout).toContain('ragtot-2019.csv:3:4: error: this row has 3 cells, but the header has 4 [RAGGED_ROW]');
    expect(r.stdout).not.toContain('DECLARED_TOTAL_MISMATCH');
    expect(r.code).toBe(1);
  });

  it('a negative figure: NEGATIVE_VALUE alone', async () => {
    const r = await check('negtot-2019.csv', ['Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc giải quyết xong', 'Mỹ Lộc,100,80,85', 'Vụ Bản,200,150,-1', 'Ý Yên,50,40,40', 'Tổng cộng,350,270,124']);
    expect(r.stdout).toContain('negtot-2019.csv:3:4: error: cases resolved "-1" is negative [NEGATIVE_VALUE]');
    expect(r.stdout).not.toContain('DECLARED_TOTAL_MISMATCH');
    expect(r.code).toBe(1);
  });

  // The first "Cộng" sums lines 2–3 only: 10 + 20 = 30 against its 31, still said. The second
  // (Ý Yên's "3o" + 5) and "Tổng cộng" are over the refused row: not compared.
  it('a subtotal over other rows is still checked', async () => {
    const r = await check('subbad-2019.csv', ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Mỹ Lộc,10,5', '2,Vụ Bản,20,10', ',Cộng,31,15', '3,Ý Yên,3o,15', '4,Nam Trực,5,1', ',Cộng,35,16', ',Tổng cộng,66,31']);
    expect(r.stdout).toContain('subbad-2019.csv:4:3: error: declared total "Cộng" has cases with conditions 31, but the rows above it add up to 30 [DECLARED_TOTAL_MISMATCH]');
    expect(r.stdout).toContain('subbad-2019.csv:5:3: error: cases with conditions "3o" is not a number [BAD_NUMBER]');
    expect(r.stdout).toContain('2 errors, 0 warnings in 1 file');
    expect(r.code).toBe(1);
  });
});
