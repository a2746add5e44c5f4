// The notes under the people's table that explain a Total a reader adding up a printed column
// would not find (traps40 F3: only the money columns that are figures were looked at, so
// "0,01 + 0,01" over a Total of "0,01" in the above-target or change column alone had no note;
// and cases' above target is no sum at all: SPEC §5 gives the Total its own ceil). Figures and
// sums by hand; targets of 2024 are the built-in 83,25 % / 46,45 %, 2021 has none.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-total-notes-', ['--format', 'markdown', '--lang', 'vi']);

const ROUNDED = 'Số tiền đã làm tròn; dòng Tổng cộng tính từ số liệu chính xác nên có thể lệch với tổng các dòng đã làm tròn.';
const ABOVE = 'Vượt chỉ tiêu của dòng Tổng cộng là số giải quyết xong của tổng trừ số chỉ tiêu yêu cầu trên số liệu của tổng (số việc làm tròn lên một lần, trên tổng), không phải tổng các dòng.';
const HEADER = 'district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved';

/** The lines under the table: its notes. */
function notes(stdout: string): string[] {
  return stdout.trim().split('\n').filter((l) => l !== '' && !l.startsWith('|') && !l.startsWith('#'));
}

describe('notes under the table on a Total that its rows do not add up to', () => {
  it('money above target alone: 0,01 + 0,01 over 0,01 is rounding', async () => {
    // cases: 83,25 % of 20 = 16,65 → 17 required, 18 resolved: +1 each; of 40: 33,3 → 34, 36 − 34 = +2 = 1 + 1
    // money: 46,45 % of 1 tỷ = 464.500.000 required, 469.500.000 resolved: 5.000.000 = 0,005 tỷ → "+0,01" each;
    // the Total 10.000.000 → "+0,01", not 0,02; with conditions 1,00 + 1,00 = 2,00, resolved 0,47 + 0,47 = 0,94 (0,939)
    const r = await both('bao-cao-2024.csv', [HEADER, 'P,20,18,1000000000,469500000', 'Q,20,18,1000000000,469500000']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **Tổng cộng** | **—** | **40** | **36** | **90,00%** | **83,25%** | **+6,75** | **+2** | **—** | **—** | **2,00** | **0,94** | **46,95%** | **46,45%** | **+0,50** | **+0,01** | **—** |');
    expect(notes(r.stdout)).toEqual([ROUNDED]);
  });

  it('the change on last year alone: +0,01 + +0,01 over +0,01 is rounding', async () => {
    // 2021 has no target: no above-target column. Total accepted 1 tỷ against 0,995 tỷ: +5.000.000 = 0,005 → "+0,01"
    // each, the Total +10.000.000 → "+0,01"; totals 1,00 + 1,00 = 2,00, with conditions 2,00, resolved 0,50 + 0,50 = 1,00
    const lines = (money: string) => ['district,money_total,money_with_conditions,money_resolved', `P,${money},1000000000,500000000`, `Q,${money},1000000000,500000000`];
    const previous = write('bao-cao-2020.csv', lines('995000000'));
    const r = await both('bao-cao-2021.csv', lines('1000000000'), ['--format', 'markdown', '--lang', 'vi', '--previous', previous]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **Tổng cộng** | **2,00** | **2,00** | **1,00** | **50,00%** | **—** | **+0,01** | **0,00** |');
    expect(notes(r.stdout)).toEqual(['Chưa có chỉ tiêu năm 2021: đặt chỉ tiêu trong tệp cấu hình (targets."2021").', ROUNDED]);
  });

  it("cases' above target is no sum: 0 + 0 under a Total of +1 is said so", async () => {
    // 83,25 % of 10 = 8,325 → 9 required of each, 9 resolved: 0; of 20 = 16,65 → 17, 18 − 17 = +1
    const r = await both('bao-cao-2024.csv', ['district,cases_with_conditions,cases_resolved', 'P,10,9', 'Q,10,9']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **Tổng cộng** | **—** | **20** | **18** | **90,00%** | **83,25%** | **+6,75** | **+1** | **—** |');
    expect(notes(r.stdout)).toEqual([ABOVE]);
  });

  it('columns that add up as printed get no note', async () => {
    // cases as in the first case (+1 + +1 = +2); money: 46,45 % of 2 tỷ = 929.000.000, 1 tỷ resolved: +71.000.000 = 0,07 each,
    // the Total +142.000.000 = 0,14; with conditions 2,00 + 2,00 = 4,00, resolved 1,00 + 1,00 = 2,00
    const r = await both('bao-cao-2024.csv', [HEADER, 'P,20,18,2000000000,1000000000', 'Q,20,18,2000000000,1000000000']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **4,00** | **2,00** | **50,00%** | **46,45%** | **+3,55** | **+0,14** | **—** |');
    expect(notes(r.stdout)).toEqual([]);
  });
});
