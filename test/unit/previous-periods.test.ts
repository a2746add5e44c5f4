// --previous compares like periods only (finding 02, 02b): a whole year with last year's whole
// year, a half-year with last year's half-year (cùng kỳ). Periods that end on different days of
// the year give no change at all and one PERIODS_DIFFER warning naming both. Both readers agree.
import { describe, expect, it } from 'vitest';
import { likePeriods, mixedPeriods, periodOf, periodText } from '../../src/domain/periods.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write: previous, both } = bothReaders('thads-previous-periods-', []);

/** province, cases_total, cases_with_conditions, cases_resolved, rate, total change, rate change */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[5], c[9], c[18], c[20], c[28], c[29]].join(' ');
  });
}

const HEADER = 'STT,Tỉnh,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const YEAR_2026 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', HEADER, '1,Thanh Hóa,1200,1000,800', '2,Nghệ An,1400,1100,900'];
const YEAR_2025 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', HEADER, '1,Thanh Hóa,1100,900,700', '2,Nghệ An,1300,1000,800'];
const HALF_2026 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2026', '(Từ ngày 01/10/2025 đến ngày 31/3/2026)', HEADER, '1,Thanh Hóa,600,500,350', '2,Nghệ An,700,550,400'];
const HALF_2025 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2025', '(Từ ngày 01/10/2024 đến ngày 31/3/2025)', HEADER, '1,Thanh Hóa,600,480,330', '2,Nghệ An,650,520,380'];

const HINT = "  hint: compare a report with last year's report of the same period (cùng kỳ)\n";
const args = (prev: readonly string[], format = 'csv') => [...prev.flatMap((p) => ['--previous', p]), '--by', 'province', '--format', format, '--lang', 'vi'];

describe('periods of a report', () => {
  /** a period of the stated end, from the 1/10 before its statistics year */
  const to = (end: string) => periodOf({ start: null, end }, null);
  it.each([
    [['2026-09-30'], ['2025-09-30'], true],
    [['2026-03-31'], ['2025-03-31'], true],
    [['2026-09-30'], ['2025-03-31'], false],
    [['2026-03-31'], ['2025-09-30'], false],
    [['2024-02-29'], ['2023-02-28'], true],
    [['2026-09-30'], ['2025-03-31', '2025-09-30'], false],
    [['2026-03-31', '2026-09-30'], ['2025-09-30'], false],
    [['-09-30'], ['2025-09-30'], true],
  ])('%j against %j: like %s', (now, before, like) => expect(likePeriods(now.map(to), before.map(to))).toBe(like));

  it('a report without a stated period is its statistics year, 1/10 to 30/9', () => {
    expect(periodOf({ start: null, end: null }, 2026)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
    expect(periodOf({ start: null, end: '2026-03-31' }, 2026)).toEqual({ start: '2025-10-01', end: '2026-03-31' });
    expect(periodOf({ start: null, end: '2025-12-31' }, 2026)).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(periodOf({ start: '2026-01-01', end: '2026-03-31' }, 2026)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodText(periodOf({ start: null, end: null }, null), false)).toBe('30/9');
    expect(periodText(periodOf({ start: null, end: null }, null), true)).toBe('1/10–30/9');
    expect(periodText(to('2025-03-31'), false)).toBe('31/3/2025');
    expect(periodText(to('2025-03-31'), true)).toBe('1/10/2024–31/3/2025');
  });
});

describe('--previous of another period: no change, one warning (finding 02)', () => {
  it('a whole year against last year\'s six months', async () => {
    const prev = previous('prev-6-thang-dau-nam-viec-2025.csv', HALF_2025);
    const r = await both('nam-viec-2026.csv', YEAR_2026, args([prev]));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Thanh Hóa 1200 1000 800 80.00  ', 'Nghệ An 1400 1100 900 81.82  ', 'TOTAL 2600 2100 1700 80.95  ']);
    expect(r.stderr).toBe("thads: warning: no change on last year is computed: the input's period ends on 30/9/2026, the previous files' on 31/3/2025, not on the same day of the year [PERIODS_DIFFER]\n" + HINT);
  });

  it('six months against last year\'s whole year (02b), and the text says no "so với năm 2025"', async () => {
    const prev = previous('prev-nam-viec-2025.csv', YEAR_2025);
    const r = await both('6-thang-dau-nam-viec-2026.csv', HALF_2026, args([prev]));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Thanh Hóa 600 500 350 70.00  ', 'Nghệ An 700 550 400 72.73  ', 'TOTAL 1300 1050 750 71.43  ']);
    expect(r.stderr).toBe("thads: warning: no change on last year is computed: the input's period ends on 31/3/2026, the previous files' on 30/9/2025, not on the same day of the year [PERIODS_DIFFER]\n" + HINT);
    const text = await both('6-thang-dau-nam-viec-2026.csv', HALF_2026, args([prev], 'text'));
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/so với|tăng|giảm/);
  });

  it('a period the previous file\'s name states (its title states none)', async () => {
    const prev = previous('bc-6-thang-viec-2025.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', ...HALF_2025.slice(2)]);
    const r = await both('nam-viec-2026.csv', YEAR_2026, args([prev]));
    expect(rows(r.stdout)[2]).toBe('TOTAL 2600 2100 1700 80.95  ');
    expect(r.stderr).toContain("the input's period ends on 30/9/2026, the previous files' on 31/3/2025, not on the same day of the year [PERIODS_DIFFER]");
  });

  it('previous files of two periods: no change, both named', async () => {
    const half = previous('th-6-thang-dau-nam-viec-2025.csv', [...HALF_2025.slice(0, 4)]);
    const whole = previous('na-nam-viec-2025.csv', [YEAR_2025[0]!, HEADER, '1,Nghệ An,1300,1000,800']);
    const r = await both('nam-viec-2026.csv', YEAR_2026, args([half, whole]));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Thanh Hóa 1200 1000 800 80.00  ', 'Nghệ An 1400 1100 900 81.82  ', 'TOTAL 2600 2100 1700 80.95  ']);
    expect(r.stderr).toBe("thads: warning: no change on last year is computed: the input's period ends on 30/9/2026, the previous files' on 31/3/2025 and 30/9/2025, not on the same day of the year [PERIODS_DIFFER]\n" + HINT);
  });
});

describe('--previous of the same period still compares', () => {
  it('two whole years', async () => {
    const prev = previous('cmp-nam-viec-2025.csv', YEAR_2025);
    const r = await both('nam-viec-2026.csv', YEAR_2026, args([prev]));
    expect(r.code).toBe(0);
    // 80 − 77.78 (700/900); 81.82 − 80; 80.95 (1700/2100) − 78.95 (1500/1900) = 2.005
    expect(rows(r.stdout)).toEqual(['Thanh Hóa 1200 1000 800 80.00 100 2.22', 'Nghệ An 1400 1100 900 81.82 100 1.82', 'TOTAL 2600 2100 1700 80.95 200 2.01']);
    expect(r.stderr).toBe('');
  });

  it('two six-month reports (cùng kỳ)', async () => {
    const prev = previous('cmp-6-thang-dau-nam-viec-2025.csv', HALF_2025);
    const r = await both('6-thang-dau-nam-viec-2026.csv', HALF_2026, args([prev]));
    expect(r.code).toBe(0);
    // 70 − 68.75 (330/480); 72.73 − 73.08 (380/520); 71.43 (750/1050) − 71.00 (710/1000)
    expect(rows(r.stdout)).toEqual(['Thanh Hóa 600 500 350 70.00 0 1.25', 'Nghệ An 700 550 400 72.73 50 -0.35', 'TOTAL 1300 1050 750 71.43 50 0.43']);
    expect(r.stderr).toBe('');
  });
});

describe('reports of one year and different periods are never added together', () => {
  it.each([
    [['2019-03-31', '2019-09-30'], ['2019-03-31', '2019-09-30']],
    [['2018-12-31', '2019-09-30'], ['2018-12-31', '2019-09-30']], // October–December 2018 is statistics year 2019
    [['2018-09-30', '2019-09-30'], null], // two years (--by year keeps them apart)
    [['2019-09-30', '-09-30'], null], // a year unknown tells nothing
  ])('mixedPeriods(%j) → %j', (ends, mixed) => {
    const to = (end: string) => periodOf({ start: null, end }, null);
    expect(mixedPeriods(ends.map(to))).toEqual(mixed?.map(to) ?? null);
  });

  it('a half-year office file beside a whole-year one: refused (MIXED_PERIODS, exit 2), not 150 / 300', async () => {
    const half = previous('my-loc-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 31/3/2019)', 'Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,100,50']);
    const r = await both('vu-ban-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Vụ Bản,200,150'], [half, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('thads: error: the input holds reports of one year whose periods end on different days (31/3/2019, 30/9/2019), which are never added together [MIXED_PERIODS]\n  hint: sum reports of one period together: a half-year report with half-year reports, a year-end report with year-end reports\n');
  });
});
