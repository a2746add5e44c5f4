// --previous with an input of several years (--by year), round 34b 01 and 02: every input year
// was compared with the previous files (2019's "change on last year" against 2017: TOTAL +32.35
// for a fall of 4.31), under one roll-up plan for the run (2025's Gia Lai against 2023's old Gia
// Lai alone). Only the earliest input year is compared now, under its own plan; the later ones
// get no change and one warning. Previous files of two years are a usage error. Both readers
// agree; expected figures are by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-previous-years-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: readonly string[]): string {
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return join(dir, name);
}

const OFFICES = 'STT,Đơn vị,Có điều kiện,Giải quyết xong';
const PROVINCES = 'STT,Tỉnh,Có điều kiện,Giải quyết xong';
/** 2017: A 400/800 (50 %), B 200/400 (50 %); total 600/1,200 (50 %) */
const viec2017 = write('viec-2017.csv', [OFFICES, '1,Chi cục A,800,400', '2,Chi cục B,400,200']);
/** 2018: A 900/1,000 (90 %), B 400/500 (80 %); total 1,300/1,500 (86.67 %) */
const viec2018 = write('viec-2018.csv', [OFFICES, '1,Chi cục A,1000,900', '2,Chi cục B,500,400']);
/** 2019: A 1,000/1,100 (90.91 %), B 400/600 (66.67 %); total 1,400/1,700 (82.35 %) */
const viec2019 = write('viec-2019.csv', [OFFICES, '1,Chi cục A,1100,1000', '2,Chi cục B,600,400']);
const twoYears = write('two-years-viec.csv', ['Năm,Đơn vị,Có điều kiện,Giải quyết xong', '2018,Chi cục A,1000,900', '2018,Chi cục B,500,400', '2019,Chi cục A,1100,1000', '2019,Chi cục B,600,400']);
const lastTwoYears = write('prev-two-years-viec.csv', ['Năm,Đơn vị,Có điều kiện,Giải quyết xong', '2017,Chi cục A,800,400', '2017,Chi cục B,400,200', '2018,Chi cục A,1000,900', '2018,Chi cục B,500,400']);

/** by the 63 provinces: 2023 Gia Lai 700/900, Bình Định 800/900, Đắk Lắk 300/400, Phú Yên 200/400 */
const tinh2023 = write('tinh-viec-2023.csv', [PROVINCES, '1,Gia Lai,900,700', '2,Bình Định,900,800', '3,Đắk Lắk,400,300', '4,Phú Yên,400,200']);
/** 2024: Gia Lai 800/1,000 (80 %), Bình Định 900/1,000 (90 %), Đắk Lắk 400/500 (80 %), Phú Yên 300/500 (60 %) */
const tinh2024 = write('tinh-viec-2024.csv', [PROVINCES, '1,Gia Lai,1000,800', '2,Bình Định,1000,900', '3,Đắk Lắk,500,400', '4,Phú Yên,500,300']);
/** by the 34: 2025 Gia Lai 2,000/2,200 (90.91 %), Đắk Lắk 800/1,100 (72.73 %) */
const tinh2025 = write('tinh-viec-2025.csv', [PROVINCES, '1,Gia Lai,2200,2000', '2,Đắk Lắk,1100,800']);
/** 2026: Gia Lai 2,100/2,300, Đắk Lắk 900/1,200 */
const tinh2026 = write('tinh-viec-2026.csv', [PROVINCES, '1,Gia Lai,2300,2100', '2,Đắk Lắk,1200,900']);

const pick = (rows: Record<string, string>[], ...cols: string[]) => rows.map((r) => cols.map((c) => r[c]).join(','));
const notCompared = (later: string, before: number, earliest: number, first: number) =>
  `thads: warning: ${later} not compared: the previous files are of ${before}, and ${earliest} is in the input [ONE_YEAR_ONLY]\n  hint: to compare ${first} with ${first - 1}, run ${first}'s files with --previous ${first - 1}'s\n`;

describe('--previous and an input of several years: only the earliest is compared', () => {
  it('round 34b 02: 2018 against 2017, 2019 left empty (it printed TOTAL +32.35 against 2017)', async () => {
    for (const input of [[twoYears], [viec2018, viec2019]]) {
      const r = await summarizeCsvRows(dir, input, ['--by', 'year,district', '--previous', viec2017]);
      expect(r.code).toBe(0);
      // A 90 − 50; B 80 − 50; TOTAL 86.67 − 50 (1,300/1,500 − 600/1,200)
      expect(pick(r.rows, 'district', 'year', 'cases_rate', 'cases_rate_change')).toEqual([
        'Chi cục A,2018,90.00,40.00',
        'Chi cục B,2018,80.00,30.00',
        'Chi cục A,2019,90.91,',
        'Chi cục B,2019,66.67,',
        'TOTAL,2018,86.67,36.67',
        'TOTAL,2019,82.35,',
      ]);
      expect(r.stderr).toBe(notCompared('2019 is', 2017, 2018, 2019));
    }
  });

  it('JSON gives the later year null changes, --by year alone too', async () => {
    const argv = ['summarize', twoYears, '--by', 'year', '--previous', viec2017, '--format', 'json'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { totals: { year: number; cases: { rateChange: string | null; totalChange: string | null } }[] };
    expect(doc.totals.map((t) => [t.year, t.cases.rateChange, t.cases.totalChange])).toEqual([
      [2018, '36.67', null],
      [2019, null, null],
    ]);
  });

  it('round 34b 01: 2024 against 2023 by the 63, Bình Định and Phú Yên included; 2025 left empty', async () => {
    const r = await summarizeCsvRows(dir, [tinh2024, tinh2025], ['--by', 'year,province', '--previous', tinh2023]);
    expect(r.code).toBe(0);
    // Gia Lai 80 − 77.78 (700/900); Bình Định 90 − 88.89 (800/900); Đắk Lắk 80 − 75; Phú Yên 60 − 50;
    // TOTAL 80 − 76.92 (2,000/2,600)
    expect(pick(r.rows, 'province', 'district', 'year', 'cases_rate_change')).toEqual([
      'Gia Lai,,2024,2.22',
      'Bình Định,,2024,1.11',
      'Đắk Lắk,,2024,5.00',
      'Phú Yên,,2024,10.00',
      'Gia Lai,,2025,',
      'Đắk Lắk,,2025,',
      ',TOTAL,2024,3.08',
      ',TOTAL,2025,',
    ]);
    expect(r.stderr).toBe(notCompared('2025 is', 2023, 2024, 2025));
  });

  it("the earliest year's roll-up is its own: 2025 by the 34 against 2024 by the 63, 2026 left empty", async () => {
    const r = await summarizeCsvRows(dir, [tinh2025, tinh2026], ['--by', 'year,province', '--previous', tinh2024]);
    expect(r.code).toBe(0);
    // Gia Lai 90.91 − 85 (800 + 900 / 1,000 + 1,000); Đắk Lắk 72.73 − 70 (400 + 300 / 500 + 500);
    // TOTAL 84.85 − 80 (2,800/3,300 − 2,400/3,000)
    expect(pick(r.rows, 'province', 'district', 'year', 'cases_rate_change')).toEqual([
      'Gia Lai,,2025,5.91',
      'Đắk Lắk,,2025,2.73',
      'Gia Lai,,2026,',
      'Đắk Lắk,,2026,',
      ',TOTAL,2025,4.85',
      ',TOTAL,2026,',
    ]);
    expect(r.stderr).toBe(notCompared('2026 is', 2024, 2025, 2026));
  });

  it('three input years: both later ones named in one warning', async () => {
    const r = await summarizeCsvRows(dir, [tinh2024, tinh2025, tinh2026], ['--by', 'year', '--previous', tinh2023]);
    expect(r.code).toBe(0);
    // 2024: 2,400/3,000 − 2,000/2,600 = 80 − 76.92
    expect(pick(r.rows, 'year', 'cases_rate_change')).toEqual(['2024,3.08', '2025,', '2026,']);
    expect(r.stderr).toBe(notCompared('2025 and 2026 are', 2023, 2024, 2025));
  });

  it('a previous Năm column of 2017 and 2018 beside a 2019 input by year: its 2018 rows are compared', async () => {
    const r = await summarizeCsvRows(dir, [viec2019], ['--by', 'year,district', '--previous', lastTwoYears]);
    expect(r.code).toBe(0);
    // A 90.91 − 90; B 66.67 − 80; TOTAL 82.35 − 86.67
    expect(pick(r.rows, 'district', 'year', 'cases_rate_change')).toEqual(['Chi cục A,2019,0.91', 'Chi cục B,2019,-13.33', 'TOTAL,2019,-4.31']);
    expect(r.stderr).toBe('');
  });
});

describe('--previous files of two years', () => {
  const refusal =
    "thads: error: --previous files of two years (2017: viec-2017.csv; 2018: viec-2018.csv): give last year's files only [USAGE]\n" +
    "  hint: pass last year's files with --previous (e.g. 2018.csv for a 2019 report)\n";

  it.each([[[]], [['--by', 'year']], [['--by', 'year,district']]])('are one usage error, exit 2, with %j (was: "--year 2018 would read…", exit 1)', async (by) => {
    for (const fast of [false, true]) {
      const r = await runArgs(dir, ['summarize', viec2019, ...by, '--previous', viec2017, '--previous', viec2018, '--format', 'csv'], fast);
      expect(r).toEqual({ code: 2, stdout: '', stderr: refusal });
    }
  });
});
