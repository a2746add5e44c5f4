// traps37 4: a file named for its statistics year as the two calendar years it spans — "viec nam
// thong ke 2025-2026.csv", "viec NTK 2025 - 2026.csv" (NTK: năm thống kê) — was refused
// YEAR_CONFLICT (its first year 2025, SPEC's, against the 2026 it states, or two years). Statistics
// year 2026 runs 1/10/2025–30/9/2026: the name is read as 2026, as a title's "NĂM 2017 - 2018" and a
// Năm cell's "Năm 2017-2018" are 2018. A bare "2025-2026" and years that are no such span stay
// the user's to decide (YEAR_CONFLICT, exit 1).
// The file: khu vực 1 1.000 / 800 / 20, khu vực 2 900 / 700 / 10. By hand: có ĐK 1.900, giải
// quyết xong 820 + 710 = 1.530, 1.530 / 1.900 = 80,53 %, year 2026.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const LINES = ['Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ', 'Phòng THADS khu vực 1;1.000;800;20', 'Phòng THADS khu vực 2;900;700;10'];
const { both } = bothReaders('thads-name-span-', ['--format', 'csv']);

/** The TOTAL row's year, có ĐK, resolved and rate. */
function total(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return ['year', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]!);
}

describe('a name stating its statistics year as the two calendar years it spans', () => {
  it.each(['viec nam thong ke 2025-2026.csv', 'viec NTK 2025 - 2026.csv', 'viec năm thống kê 2025_2026.csv', 'viec nien do 2025-2026.csv'])('"%s": both readers, statistics year 2026, 1.900 / 1.530, 80,53 % (was YEAR_CONFLICT)', async (name) => {
    const r = await both(name, LINES);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['2026', '1900', '1530', '80.53']);
  });

  it.each(['viec 2025 2026.csv', 'viec NTK 2024-2026.csv'])('"%s": still two years, the user says (YEAR_CONFLICT, exit 1)', async (name) => {
    const r = await both(name, LINES);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['YEAR_CONFLICT']);
  });
});

// traps37: a bare "2025-2026" may be statistics year 2026 or two years (a comparison, a span of
// plans): read as 2026 where the title or --year says 2026; else refused, the message saying how.
describe('a bare span of two years ("BC THADS viec 2025-2026.csv")', () => {
  const name = 'BC THADS viec 2025-2026.csv';

  it('under a title of 2026: statistics year 2026, 1.900 / 1.530, 80,53 % (was YEAR_CONFLICT)', async () => {
    const r = await both(name, ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', ...LINES]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout)).toEqual(['2026', '1900', '1530', '80.53']);
  });

  // traps41 3 ("BC-2023-2024.csv" under "Từ ngày 01/10/2023 đến ngày 30/9/2024"): a title whose
  // period is exactly statistics year 2026, 1/10/2025–30/9/2026, says 2026 as "NĂM 2026" does.
  it.each(['Từ ngày 01/10/2025 đến ngày 30/9/2026', '(Từ ngày 01 tháng 10 năm 2025 đến ngày 30 tháng 9 năm 2026)'])('under a title of the period "%s": statistics year 2026, 1.900 / 1.530, 80,53 %', async (period) => {
    const r = await both(name, ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', period, ...LINES]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout)).toEqual(['2026', '1900', '1530', '80.53']);
  });

  it('under a title of the period of statistics year 2025 (1/10/2024–30/9/2025): refused', async () => {
    const r = await both(name, ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'Từ ngày 01/10/2024 đến ngày 30/9/2025', ...LINES]);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['YEAR_CONFLICT']);
  });

  it('with --year 2026: no warning that the name says 2025', async () => {
    const r = await both(name, LINES, ['--format', 'csv', '--year', '2026']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('OPTION_OVERRIDES_FILE');
    expect(total(r.stdout)).toEqual(['2026', '1900', '1530', '80.53']);
  });

  it('alone: refused, naming statistics year 2026 and the --year 2026 that reads it', async () => {
    const r = await both(name, LINES);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['YEAR_CONFLICT']);
    expect(r.stderr).toContain('statistics year 2026, which runs from 1/10/2025 to 30/9/2026, or two years?');
    expect(r.stderr).toContain('hint: pass --year 2026 if it is statistics year 2026');
  });

  it('under a title of 2025: refused, the title named', async () => {
    const r = await both(name, ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', ...LINES]);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['YEAR_CONFLICT']);
    expect(r.stderr).toContain('(the title, line 1, says 2025)');
  });
});
