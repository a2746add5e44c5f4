// thads' own Markdown table read back (round 39b, 01): its "—" is its mark for an unknown value,
// not the dash SPEC §3 reads as 0, and its computed columns are recomputed, silently. Its money
// is rounded to the display unit: refused. A person's Markdown table with "—" keeps SPEC §3's 0.
// Expected figures written by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders, runArgs } from '../helpers/both-readers.js';
import { isOwnHumanTableHeader } from '../../src/input/own-human-table.js';

const { dir, write, both } = bothReaders('thads-own-human-table-', []);

/** the reproducer: `summarize 01-source-viec-2023.csv --format markdown --lang vi` of a file without "Tổng số thụ lý" */
const VI_2023 = [
  '| Đơn vị | Việc: Tổng số thụ lý | Việc: Có điều kiện | Việc: Giải quyết xong | Việc: Tỷ lệ | Việc: Chỉ tiêu | Việc: Vượt/thiếu (%) | Việc: Vượt chỉ tiêu | Việc: Xếp thứ |',
  '| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  '| Chi cục THADS huyện Mỹ Lộc | — | 1.000 | 850 | 85,00% | 82,5% | +2,50 | +25 | 2/2 |',
  '| Chi cục THADS huyện Vụ Bản | — | 800 | 700 | 87,50% | 82,5% | +5,00 | +40 | 1/2 |',
  '| **Tổng cộng** | **—** | **1.800** | **1.550** | **86,11%** | **82,5%** | **+3,61** | **+65** | **—** |',
];

/** The CSV's rows as "district total with_conditions resolved total_change rate_change". */
function pick(csv: string): string[] {
  const [head, ...rows] = csv.trim().split('\n');
  const at = (name: string) => head!.split(',').indexOf(name);
  const cols = ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_total_change', 'cases_rate_change'].map(at);
  return rows.map((r) => cols.map((c) => r.split(',')[c]).join(' '));
}

describe("thads' own Markdown table read back", () => {
  it('reads its "—" as unknown, not 0 (TOTAL cases_total 0 was printed)', async () => {
    const r = await both('bang-viec-2023.md', VI_2023, ['--format', 'csv']);
    expect(r.code).toBe(0);
    // no UNKNOWN_COLUMN for Chỉ tiêu, Vượt chỉ tiêu, Xếp thứ; no "with conditions > total 0"
    expect(r.stderr).toBe('');
    expect(pick(r.stdout)).toEqual(['Chi cục THADS huyện Mỹ Lộc  1000 850  ', 'Chi cục THADS huyện Vụ Bản  800 700  ', 'TOTAL  1800 1550  ']);
  });

  it('as --previous, an unknown total gives no change (cases_total_change 2300 was printed)', async () => {
    const input = write('viec-2024.csv', ['Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong', 'Chi cục THADS huyện Mỹ Lộc,1300,1100,950', 'Chi cục THADS huyện Vụ Bản,1000,900,760']);
    const argv = ['summarize', input, '--previous', write('bang-viec-2023.md', VI_2023), '--format', 'csv'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    expect(r.code).toBe(0);
    // 950/1100 = 86.36 against 85.00; 760/900 = 84.44 against 87.50; 1710/2000 = 85.50 against 1550/1800 = 86.11
    expect(pick(r.stdout)).toEqual(['Chi cục THADS huyện Mỹ Lộc 1300 1100 950  1.36', 'Chi cục THADS huyện Vụ Bản 1000 900 760  -3.06', 'TOTAL 2300 2000 1710  -0.61']);
  });

  it.each([
    ['vi', 'none'],
    ['en', 'year,province,district'],
  ])('round trip: the table thads writes (--lang %s, --by %s) is known by its header and read back exactly', async (lang, by) => {
    const source = write('nguon-viec-2023.csv', ['Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong', 'Nam Định,Mỹ Lộc,1000,850', 'Hà Nam,Duy Tiên,500,450']);
    const md = `${dir}/bang-${lang}-2023.md`;
    expect((await runArgs(dir, ['summarize', source, '--format', 'markdown', '--lang', lang, '--by', by, '-o', md], false)).code).toBe(0);
    const argv = ['summarize', md, '--format', 'csv', '--by', 'none'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.stdout)).toEqual(['TOTAL  1500 1300  ']);
  });

  it('its total row is a declared total, checked, not added', async () => {
    const lines = [...VI_2023.slice(0, 4), VI_2023[4]!.replace('**1.800**', '**1.900**')];
    const r = await both('bang-viec-2023.md', lines, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:4: error: declared total "Tổng cộng" has cases with conditions 1900, but the office rows add up to 1800 [DECLARED_TOTAL_MISMATCH]');
  });

  it('in English, by province and office, with change columns and an unknown change', async () => {
    const table = [
      '| Province | Office | Cases: Total | Cases: With conditions | Cases: Resolved | Cases: Rate | Cases: Target | Cases: Gap (pp) | Cases: Above target | Cases: Rank | Cases: Change in total | Cases: Rate change (pp) |',
      '| :--- | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| Nam Định | Mỹ Lộc | 1,300 | 1,100 | 950 | 86.36% | 83.25% | +3.11 | +34 | 1/2 | — | +1.36 |',
      '| Nam Định | Vụ Bản | — | 900 | 760 | 84.44% | 83.25% | +1.19 | +10 | 2/2 | +100 | -3.06 |',
      '|  | **Total** | **—** | **2,000** | **1,710** | **85.50%** | **83.25%** | **+2.25** | **+45** | **—** | **—** | **—** |',
    ];
    const r = await both('table-2024.md', table, ['--format', 'csv', '--by', 'province,district']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // the change columns are recomputed (none without --previous), never read as figures
    expect(pick(r.stdout)).toEqual(['Mỹ Lộc 1300 1100 950  ', 'Vụ Bản  900 760  ', 'TOTAL  2000 1710  ']);
  });

  it('with money, is refused: its money is rounded to the display unit', async () => {
    const table = [
      '| Đơn vị | Việc: Tổng số thụ lý | Việc: Có điều kiện | Việc: Giải quyết xong | Việc: Tỷ lệ | Tiền (tỷ đồng): Tổng số thụ lý | Tiền (tỷ đồng): Có điều kiện | Tiền (tỷ đồng): Giải quyết xong | Tiền (tỷ đồng): Tỷ lệ |',
      '| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| Mỹ Lộc | 1.200 | 1.000 | 850 | 85,00% | 5,00 | 4,00 | 3,12 | 78,09% |',
      '| **Tổng cộng** | **1.200** | **1.000** | **850** | **85,00%** | **5,00** | **4,00** | **3,12** | **78,09%** |',
    ];
    const r = await both('bang-2023.md', table, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:1:7: error: this table thads wrote (its human table: terminal or Markdown) shows money rounded to its display unit, so a total of it may be off; its cases are exact, its money is not read back [OWN_TABLE_ROUNDED]',
    );
  });

  it("a person's Markdown table with \"—\" is not thads': the dash is 0 (SPEC §3)", async () => {
    const table = ['| Đơn vị | Tổng số thụ lý | Có điều kiện | Giải quyết xong |', '|---|---:|---:|---:|', '| Mỹ Lộc | — | 1.000 | 850 |', '| Vụ Bản | 900 | 800 | 700 |'];
    const r = await both('bang-viec-2023.md', table, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(pick(r.stdout)).toEqual(['Mỹ Lộc 0 1000 850  ', 'Vụ Bản 900 800 700  ', 'TOTAL 900 1800 1550  ']);
    expect(r.stderr).toContain('FILE:3:4: warning: cases: with conditions 1000 > total 0 [WITH_CONDITIONS_EXCEEDS_TOTAL]');
  });
});

describe('isOwnHumanTableHeader', () => {
  const head = VI_2023[0]!.split('|');
  it('knows the header the renderer writes, in either language', () => {
    expect(isOwnHumanTableHeader(head)).toBe(true);
    expect(isOwnHumanTableHeader(['', 'Office', 'Cases: Total', 'Cases: With conditions', 'Cases: Resolved', 'Cases: Rate', ''])).toBe(true);
    expect(isOwnHumanTableHeader(['Tỉnh', 'Năm', 'Tiền (triệu đồng): Tổng số thụ lý', 'Tiền (triệu đồng): Có điều kiện', 'Tiền (triệu đồng): Giải quyết xong', 'Tiền (triệu đồng): Tỷ lệ'])).toBe(true);
  });
  it('not a header with a label out of place, missing or added', () => {
    expect(isOwnHumanTableHeader([...head.slice(0, -2), ' Ghi chú ', ''])).toBe(false);
    expect(isOwnHumanTableHeader(head.filter((c) => !c.includes('Xếp thứ')))).toBe(true); // rank is optional
    expect(isOwnHumanTableHeader(head.filter((c) => !c.includes('Chỉ tiêu')))).toBe(false); // target, gap and above target go together
    expect(isOwnHumanTableHeader(['', 'Đơn vị', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong', ''])).toBe(false);
  });
});
