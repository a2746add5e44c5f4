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

  it.each(['BC THADS viec 2025-2026.csv', 'viec 2025 2026.csv', 'viec NTK 2024-2026.csv'])('"%s": still two years, the user says (YEAR_CONFLICT, exit 1)', async (name) => {
    const r = await both(name, LINES);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['YEAR_CONFLICT']);
  });
});
