// A year column ("Kỳ báo cáo", "Năm") whose cells name the period by its place beside the
// report's: "Kỳ này" (this period) on each office's first row, "Cùng kỳ" (the same period a year
// before: last year's figures, a comparison) on its second (traps28 1, t23b: refused as 'year
// "Kỳ này" is not a year [BAD_NUMBER]', as if a year had been asked of the user). Now "Kỳ này"
// is the report's own year and "Cùng kỳ" the year before it: two years, never added (SPEC §3),
// so --year keeps this period's rows and --by year prints each apart; with no --year it is
// MIXED_YEARS, and with the report's year unknown "Cùng kỳ" is refused at its cell.
//
// Hand sums. This period (2024): with conditions 1200 + 800 = 2000, resolved 1000 + 700 = 1700,
// 1700 / 2000 = 85.00 %. Same period of 2023: 1100 + 750 = 1850, 900 + 600 = 1500,
// 1500 / 1850 = 81.081… → 81.08 %. Both added (the wrong reading): 3850 / 3200.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-period-place-', ['--format', 'csv']);

function rows(header: string, own: string, before: string): string[] {
  return [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 (TÍNH BẰNG VIỆC)',
    `STT,Đơn vị,${header},Có điều kiện,Giải quyết xong`,
    `1,Chi cục THADS huyện Mỹ Lộc,${own},1200,1000`,
    `,Chi cục THADS huyện Mỹ Lộc,${before},1100,900`,
    `2,Chi cục THADS huyện Vụ Bản,${own},800,700`,
    `,Chi cục THADS huyện Vụ Bản,${before},750,600`,
  ];
}

/** The TOTAL rows' year, with conditions, resolved and rate. */
function totals(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  return body.filter((r) => r[at('district')] === 'TOTAL').map((r) => ['year', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => r[at(k)]!));
}

const CASES: [string, string, string][] = [
  ['Kỳ báo cáo', 'Kỳ này', 'Cùng kỳ'],
  ['Kỳ báo cáo', 'Kỳ này', 'Cùng kỳ năm trước'],
  ['Năm', 'Kỳ này', 'Cùng kỳ năm 2023'],
  ['Kỳ báo cáo', 'Năm nay', 'Năm trước'],
];

describe('"Kỳ này" / "Cùng kỳ" in the year column', () => {
  it.each(CASES)('under "%s", "%s" / "%s" with --year 2024: this period\'s rows only (2000 / 1700, 85.00)', async (header, own, before) => {
    const r = await both('bao-cao-2024.csv', rows(header, own, before), ['--format', 'csv', '--year', '2024']);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual([['2024', '2000', '1700', '85.00']]);
  });

  it.each(CASES)('under "%s", "%s" / "%s" with --by year: each year apart (2023: 1850 / 1500; 2024: 2000 / 1700)', async (header, own, before) => {
    const r = await both('bao-cao-2024.csv', rows(header, own, before), ['--format', 'csv', '--by', 'year,district']);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual([
      ['2023', '1850', '1500', '81.08'],
      ['2024', '2000', '1700', '85.00'],
    ]);
  });

  it('with neither: two years, never added (MIXED_YEARS, exit 2)', async () => {
    const r = await both('bao-cao-2024.csv', rows('Kỳ báo cáo', 'Kỳ này', 'Cùng kỳ'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the input holds figures of several years (2023, 2024), which are never added together [MIXED_YEARS]');
  });

  it('the report\'s year unknown (no --year, no year in the file name): "Cùng kỳ" refused at its cell', async () => {
    const r = await both('bao-cao.csv', rows('Kỳ báo cáo', 'Kỳ này', 'Cùng kỳ'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:3: error: "Cùng kỳ" in the year column marks this row\'s figures as those of the same period a year before the report\'s');
    expect(r.stderr).toContain('[PERIOD_COLUMN]');
    expect(r.stderr).toContain('hint: pass --year 2024');
  });

  it('"Kỳ này" alone on every row: the report\'s own rows (2000 / 1700)', async () => {
    const own = rows('Kỳ báo cáo', 'Kỳ này', 'x').filter((l) => !l.includes(',x,'));
    const r = await both('bao-cao-2024.csv', own);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual([['2024', '2000', '1700', '85.00']]);
  });

  it('a word of no period ("Quý IV") is still no year (BAD_NUMBER)', async () => {
    const r = await both('bao-cao-2024.csv', rows('Kỳ báo cáo', 'Quý IV', 'Quý III'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: year "Quý IV" is not a year [BAD_NUMBER]');
  });
});
