// "I. Tỉnh Nam Định" — the province's own row with a list number typed before its name — in Nam
// Định's own table was added as one more office (tinh47's rule tested only names opening with
// "Tỉnh", "Thành phố" or "TP"). By hand (cases):
//   Chi cục THADS huyện Vụ Bản   100 có ĐK, 80 xong
//   Chi cục THADS huyện Mỹ Lộc    50, 40
//   sum                         150, 120 → 120 / 150 = 0,8 → 80,00 %
//   "I. Tỉnh Nam Định"          160, 120 (160 ≠ 150)
// old: 100 + 50 + 160 = 310 có ĐK, 80 + 40 + 120 = 240 xong, exit 0. Right: exit 1,
// OFFICE_SUBTOTAL_MISMATCH at its line, column 2 (the Đơn vị column), whatever the number: Roman,
// a capital letter, Arabic, in brackets, its STT cell blank or not. (Without an STT, "1. Tỉnh …"
// under an office is read as its enforcer's line and refused by that rule already: tested here
// with an STT.) Same in 2026 with Phòng THADS khu vực 1 / 2 of Đắk Lắk.
// The same table with another province's own row, "Tỉnh Hà Nam" 160 / 120 (or "I. Tỉnh Hà Nam"),
// was added the same way: 310 / 240, exit 0. Right: exit 1, NOT_AN_OFFICE at 4:2. So in 2026 is
// "Tỉnh Nam Định" under Ninh Bình's khu vực 1 and 2 (a former province, no office that year).
// Controls: equal to the sum (150 / 120) it is a likely total, refused (SUSPECTED_TOTAL_ROW); the
// offices alone sum to 150 / 120, 80,00 %; a number before another kind of name ("1. Chi cục THADS
// huyện Vụ Bản") is still an office; a 2019 list of provinces only (file "2019.csv": 150 / 120),
// a 2026 Ninh Bình list of its three former provinces only (100 + 50 + 160 = 310, 80 + 40 + 120
// = 240) and a table whose Tỉnh column gives "Tỉnh Hà Nam" its own province (310 / 240, two
// provinces) are read as before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refused.js';
import { csvColumns } from '../helpers/key-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-tinh49-numbered-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ARGS = ['--format', 'csv'];

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const VB = '1,Chi cục THADS huyện Vụ Bản,100,80';
const ML = '2,Chi cục THADS huyện Mỹ Lộc,50,40';

function run(name: string, lines: readonly string[]) {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return spawnThads(['summarize', file, ...ARGS]);
}

describe('a list number before the province\'s own name does not make it an office (was TOTAL 310 / 240, exit 0)', () => {
  it.each([',I. Tỉnh Nam Định', ',II - Tỉnh Nam Định', 'I,I. Tỉnh Nam Định', '3,A. TỈNH NAM ĐỊNH', '3,1. Tỉnh Nam Định', '3,(1) Tỉnh Nam Định', '3,3) Tỉnh Nam Định'])('%s, 160 / 120 under Vụ Bản and Mỹ Lộc: exit 1, OFFICE_SUBTOTAL_MISMATCH at 4:2', (cell) => {
    const r = run('nam-dinh-2019.csv', [HEAD, VB, ML, `${cell},160,120`]);
    expectRefused(r, 'OFFICE_SUBTOTAL_MISMATCH');
    expect(r.stderr).toMatch(/nam-dinh-2019\.csv:4:2: error: .*names the province itself, Nam Định, among its own 2 offices \(lines 2, 3\)/);
  });

  it('2026: "I. Tỉnh Đắk Lắk", 160 / 120 under its khu vực 1 and 2: exit 1, OFFICE_SUBTOTAL_MISMATCH', () => {
    const r = run('dak-lak-2026.csv', [HEAD, '1,Phòng THADS khu vực 1,100,80', '2,Phòng THADS khu vực 2,50,40', ',I. Tỉnh Đắk Lắk,160,120']);
    expectRefused(r, 'OFFICE_SUBTOTAL_MISMATCH');
  });
});

describe('controls', () => {
  it('"I. Tỉnh Nam Định" equal to the sum, 150 / 120: a likely total, refused (SUSPECTED_TOTAL_ROW)', () => {
    expectRefused(run('nam-dinh-2019.csv', [HEAD, VB, ML, ',I. Tỉnh Nam Định,150,120']), 'SUSPECTED_TOTAL_ROW');
  });

  it('the offices alone, numbered in their name cells: 150 / 120, 80,00 %, exit 0', () => {
    const r = run('nam-dinh-2019.csv', [HEAD, ',1. Chi cục THADS huyện Vụ Bản,100,80', ',2. Chi cục THADS huyện Mỹ Lộc,50,40']);
    expect(r.code, r.stderr).toBe(0);
    expect(csvColumns(r.stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate']).at(-1)).toBe('TOTAL|150|120|80.00');
  });
});

describe('another province\'s own row among the file\'s offices is no office of it (was 310 / 240, exit 0)', () => {
  it.each([',Tỉnh Hà Nam', ',I. Tỉnh Hà Nam'])('%s, 160 / 120 in nam-dinh-2019.csv: exit 1, NOT_AN_OFFICE at 4:2', (cell) => {
    const r = run('nam-dinh-2019.csv', [HEAD, VB, ML, `${cell},160,120`]);
    expectRefused(r, 'NOT_AN_OFFICE');
    expect(r.stderr).toMatch(/nam-dinh-2019\.csv:4:2: error: ".*Tỉnh Hà Nam" names another province itself, Hà Nam, among the offices of Nam Định/);
  });

  it('2026: "Tỉnh Nam Định" under Ninh Bình\'s khu vực 1 and 2: exit 1, NOT_AN_OFFICE', () => {
    expectRefused(run('ninh-binh-2026.csv', [HEAD, '1,Phòng THADS khu vực 1,100,80', '2,Phòng THADS khu vực 2,50,40', ',Tỉnh Nam Định,160,120']), 'NOT_AN_OFFICE');
  });

  it('controls: lists of provinces and a Tỉnh column are read as before', () => {
    const total = (r: ReturnType<typeof run>) => {
      expect(r.code, r.stderr).toBe(0);
      return csvColumns(r.stdout, ['district', 'cases_with_conditions', 'cases_resolved']).at(-1);
    };
    expect(total(run('2019.csv', [HEAD, '1,Tỉnh Hà Nam,100,80', '2,Tỉnh Nam Định,50,40']))).toBe('TOTAL|150|120');
    expect(total(run('ninh-binh-2026.csv', [HEAD, '1,Tỉnh Ninh Bình,100,80', '2,Tỉnh Hà Nam,50,40', '3,Tỉnh Nam Định,160,120']))).toBe('TOTAL|310|240');
    const file = join(dir, 'tc-2019.csv');
    writeFileSync(file, 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong\nNam Định,Chi cục THADS huyện Vụ Bản,100,80\nNam Định,Chi cục THADS huyện Mỹ Lộc,50,40\nHà Nam,Tỉnh Hà Nam,160,120\n');
    expect(total(spawnThads(['summarize', file, ...ARGS]))).toBe('TOTAL|310|240');
  });
});
