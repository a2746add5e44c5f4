// A national list of 2025 naming the provinces bare in its office column, "Hà Nội", "Phú Thọ",
// "Vĩnh Phúc", "Hòa Bình" (traps27 1): each row is its province, rolled up into the 34 as a Tỉnh
// column's rows are — read as four offices, "Vĩnh Phúc" and "Hòa Bình" were judged on the
// national target and ranked x/4 beside "Phú Thọ", judged on its province's, and --by province
// gave one group of no province, exit 0. Hand sums, --by province: Hà Nội 850 / 1000 = 85.00 %;
// Phú Thọ (Phú Thọ + Vĩnh Phúc + Hòa Bình, Nghị quyết 202/2025/QH15) 300 + 250 + 150 = 700 with
// conditions, 250 + 200 + 120 = 570 resolved, 570 / 700 = 81.43 %; total 1700 / 1420 = 83.53 %.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-bare-provinces-'));
function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

function rows(stdout: string): string[][] {
  return stdout.trim().split('\n').slice(1).map((l) => l.split(',').filter((_, i) => [0, 1, 2, 9, 18, 20, 26, 27].includes(i)));
}

describe('a 2025 list of provinces named bare in the office column', () => {
  const list = file('toan-quoc-2025.csv', [HEADER, '1,Hà Nội,1000,850', '2,Phú Thọ,300,250', '3,Vĩnh Phúc,250,200', '4,Hòa Bình,150,120']);

  it('--by province: one row a province of the 34, the former ones rolled up into theirs', async () => {
    const r = await runThads(['summarize', list, '--by', 'province', '--format', 'csv']);
    expect(r.code).toBe(0);
    // province, district, year, with conditions, resolved, rate, rank, rank of
    expect(rows(r.stdout)).toEqual([
      ['Hà Nội', '', '2025', '1000', '850', '85.00', '1', '2'],
      ['Phú Thọ', '', '2025', '700', '570', '81.43', '2', '2'],
      ['', 'TOTAL', '2025', '1700', '1420', '83.53', '', ''],
    ]);
    expect(r.stderr).toContain('the rows of "Vĩnh Phúc" are counted as Phú Thọ\'s');
  });

  it('by office, each row is judged as its province of the 34 is, as with a Tỉnh column', async () => {
    const byRows = await runThads(['summarize', list, '--format', 'csv']);
    const tinh = file('tinh-2025.csv', ['STT,Tỉnh,Việc có điều kiện,Việc giải quyết xong', '1,Hà Nội,1000,850', '2,Phú Thọ,300,250', '3,Vĩnh Phúc,250,200', '4,Hòa Bình,150,120']);
    const byTinh = await runThads(['summarize', tinh, '--format', 'csv']);
    expect(byRows.code).toBe(0);
    const provinces = (out: string) => rows(out).map((r) => r[0]);
    expect(provinces(byRows.stdout)).toEqual(['Hà Nội', 'Phú Thọ', 'Phú Thọ', 'Phú Thọ', '']);
    expect(provinces(byRows.stdout)).toEqual(provinces(byTinh.stdout));
  });

  it('control: a province\'s offices, cities named like theirs, stay offices', async () => {
    const offices = file('bao-cao-2025.csv', [HEADER, '1,Thành phố Nam Định,300,250', '2,Thành phố Hà Tĩnh,250,200', '3,Mỹ Lộc,100,90']);
    const r = await runThads(['summarize', offices, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map((x) => x.slice(0, 2))).toEqual([['', 'Thành phố Nam Định'], ['', 'Thành phố Hà Tĩnh'], ['', 'Mỹ Lộc'], ['', 'TOTAL']]);
  });
});
