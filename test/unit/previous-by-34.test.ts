// --previous reads each previous report's provinces as THAT report counts (round 16 finding 01):
// "Ninh Bình" of a year-end report of 2025 (period to 30/9/2025, or none stated) is the new
// Ninh Bình, compared like for like with 2026; of a report by the 63 (a 2025 half-year to
// 31/3/2025, a 2024 report) it is the old one, a part of the new. Both readers agree.
import { describe, expect, it } from 'vitest';
import { planProvinces } from '../../src/domain/merger.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write: previous, both } = bothReaders('thads-previous-by-34-', []);

/** province or office, cases_with_conditions, cases_resolved, rate, rank/of, rate change */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[9], c[18], c[20], `${c[26]}/${c[27]}`, c[29]].join(' ');
  });
}
const byOffice = (csv: string) => csv.trim().split('\n').slice(1).map((l) => {
  const c = l.split(',');
  return [c[1], c[9], c[18], c[20], c[29]].join(' ');
});

const HEADER = 'Tỉnh,Có điều kiện,Giải quyết xong';
const TITLE_2026 = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026';
const TITLE_2025 = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025';
const YEAR_END_2025 = '(Từ ngày 01/10/2024 đến ngày 30/9/2025)';
const HALF_2026 = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2026', '(Từ ngày 01/10/2025 đến ngày 31/3/2026)'];
const HALF_2025 = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2025', '(Từ ngày 01/10/2024 đến ngày 31/3/2025)'];
const args = (prev: string, by = 'province', format = 'csv') => ['--previous', prev, '--by', by, '--format', format, '--lang', 'vi'];
const ROLLED_HINT = '  hint: a report of 2025 or later counts by the 34 provinces; write the province as it has been named since 1/7/2025, or, for a report of a period before that day, state the period in the title\n';
// quoted as written, named without its "(cũ)"
const rolled = (file: string, line: number, from: string, into: string) =>
  `${file}:${line}: warning: the rows of "${from}" are counted as ${into}'s: Nghị quyết 202/2025/QH15 merged ${from.replace(' (cũ)', '')} into ${into} from 1/7/2025, and a report of year 2025 counts by the 34 provinces [PROVINCE_ROLLED_UP]\n` + ROLLED_HINT;
// (previous files by the 34, a year-end report of 2025, name the provinces of the 63 as former ones, never "of 2025": traps31)
const partNinhBinh = (then: number, missing: string, by34 = false) =>
  `thads: warning: "Ninh Bình" 2026 is ${by34 ? 'formed on 1/7/2025 from the former Ninh Bình + Hà Nam + Nam Định' : `Ninh Bình + Hà Nam + Nam Định of ${then}`}; the previous files have no figures for ${by34 ? 'the former ' : ''}${missing}, so it and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]\n  hint: pass the previous files of every province it was formed from\n`;

describe('planProvinces takes the provinces of the 63 the previous files give', () => {
  it('a previous report by the 34 gives all of a successor: nothing partial', () => {
    // collect.ts gives "Ninh Bình" of a report by the 34 as Ninh Bình, Hà Nam, Nam Định
    expect(planProvinces(['Ninh Bình'], ['Ninh Bình', 'Hà Nam', 'Nam Định'], true, ['Ninh Bình', 'Hà Nam', 'Nam Định']).partial).toEqual([]);
    expect(planProvinces(['Ninh Bình'], ['Ninh Bình'], true, ['Ninh Bình', 'Hà Nam', 'Nam Định']).partial).toEqual([{ name: 'Ninh Bình', formedFrom: ['Ninh Bình', 'Hà Nam', 'Nam Định'], missing: ['Hà Nam', 'Nam Định'], lacking: 'previous' }]);
  });
});

describe('2026 against the 2025 year-end report by the 34 (round 16 finding 01)', () => {
  const NOW = [TITLE_2026, HEADER, 'Ninh Bình,1000,800', 'Phú Thọ,2000,1500', 'Tây Ninh,500,400'];
  const PREV_ROWS = [HEADER, 'Ninh Bình,900,700', 'Phú Thọ,1800,1400', 'Tây Ninh,450,300'];

  it.each([
    ['its period to 30/9/2025', [TITLE_2025, YEAR_END_2025]],
    ['no stated period: a year-end report of 2025', [TITLE_2025]],
  ])('province by province and the total, %s', async (_, title) => {
    const prev = previous('nam-34-tinh-prev-viec-2025.csv', [...title, ...PREV_ROWS]);
    const r = await both('nam-34-tinh-viec-2026.csv', NOW, args(prev));
    expect(r.code).toBe(0);
    // 800/1000 = 80.00 against 700/900 = 77.78: +2.22; 1500/2000 = 75.00 against 1400/1800 = 77.78: −2.78;
    // 400/500 = 80.00 against 300/450 = 66.67: +13.33; 2700/3500 = 77.14 against 2400/3150 = 76.19: +0.95
    expect(rows(r.stdout)).toEqual([
      'Ninh Bình 1000 800 80.00 1/3 2.22',
      'Phú Thọ 2000 1500 75.00 3/3 -2.78',
      'Tây Ninh 500 400 80.00 1/3 13.33',
      'TOTAL 3500 2700 77.14 / 0.95',
    ]);
    expect(r.stderr).toBe('');
  });

  it('the text says "so với năm 2025" for the total', async () => {
    const prev = previous('nam-34-tinh-prev-viec-2025.csv', [TITLE_2025, YEAR_END_2025, ...PREV_ROWS]);
    const r = await both('nam-34-tinh-viec-2026.csv', NOW, args(prev, 'province', 'text'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('của 3 tỉnh, thành phố: về việc, đã giải quyết xong 2.700/3.500 việc có điều kiện giải quyết, đạt 77,14%; tỷ lệ giải quyết xong tăng 0,95% so với năm 2025.');
  });

  it('offices of a province that was merged: the total is compared too (01b)', async () => {
    const OFFICES = 'Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong';
    const prev = previous('offices-prev-viec-2025.csv', [TITLE_2025, OFFICES, 'Ninh Bình,Phòng THADS khu vực 1,900,700', 'Ninh Bình,Phòng THADS khu vực 2,1800,1400']);
    const r = await both('offices-viec-2026.csv', [TITLE_2026, OFFICES, 'Ninh Bình,Phòng THADS khu vực 1,1000,800', 'Ninh Bình,Phòng THADS khu vực 2,2000,1500'], args(prev, 'district'));
    expect(r.code).toBe(0);
    // 2300/3000 = 76.67 against 2100/2700 = 77.78: −1.11
    expect(byOffice(r.stdout)).toEqual(['Phòng THADS khu vực 1 1000 800 80.00 2.22', 'Phòng THADS khu vực 2 2000 1500 75.00 -2.78', 'TOTAL 3000 2300 76.67 -1.11']);
    expect(r.stderr).toBe('');
  });

  it('a merged-away province beside its successor, one line each, in the 2025 report: a list by the 63 leaving Hà Nam out, a part', async () => {
    // (hunt45: was compared as the whole new Ninh Bình, +5.00 and the total +1.55 — yet its "Ninh
    // Bình" line beside a "Nam Định" line is the old province: the new one would hold Nam Định twice)
    const prev = previous('prev-viec-2025.csv', [TITLE_2025, YEAR_END_2025, HEADER, 'Ninh Bình,700,500', 'Nam Định,500,400', 'Hưng Yên,550,440']);
    const r = await both('viec-2026.csv', [TITLE_2026, HEADER, 'Ninh Bình,1000,800', 'Hưng Yên,600,450'], args(prev));
    expect(r.code).toBe(0);
    // Hưng Yên 450/600 = 75.00 against 440/550 = 80.00: −5.00; Ninh Bình lacks Hà Nam: no change, nor for the total
    expect(rows(r.stdout)).toEqual(['Ninh Bình 1000 800 80.00 1/2 ', 'Hưng Yên 600 450 75.00 2/2 -5.00', 'TOTAL 1600 1250 78.13 / ']);
    expect(r.stderr).toBe(rolled(prev, 5, 'Nam Định', 'Ninh Bình') + partNinhBinh(2025, 'Hà Nam', true));
  });

  it('a 2025 report by the 34 giving only some old provinces of a successor ("(cũ)", merged away) is a part', async () => {
    const prev = previous('prev-viec-2025.csv', [TITLE_2025, YEAR_END_2025, HEADER, 'Ninh Bình (cũ),400,300', 'Nam Định,500,400', 'Hưng Yên,550,440']);
    const r = await both('viec-2026.csv', [TITLE_2026, HEADER, 'Ninh Bình,1000,800', 'Hưng Yên,600,450'], args(prev));
    expect(r.code).toBe(0);
    // Hưng Yên 450/600 = 75.00 against 440/550 = 80.00: −5.00; Ninh Bình lacks Hà Nam: no change, nor for the total
    expect(rows(r.stdout)).toEqual(['Ninh Bình 1000 800 80.00 1/2 ', 'Hưng Yên 600 450 75.00 2/2 -5.00', 'TOTAL 1600 1250 78.13 / ']);
    expect(r.stderr).toBe(rolled(prev, 4, 'Ninh Bình (cũ)', 'Ninh Bình') + rolled(prev, 5, 'Nam Định', 'Ninh Bình') + partNinhBinh(2025, 'Hà Nam', true));
  });
});

describe('previous reports by the 63 keep their reading', () => {
  it('a 2025 half-year to 31/3/2025 naming "Ninh Bình" only: the old Ninh Bình, a part of the new', async () => {
    const prev = previous('6-thang-prev-viec-2025.csv', [...HALF_2025, HEADER, 'Ninh Bình,400,300', 'Hưng Yên,300,240', 'Thái Bình,250,200']);
    const r = await both('6-thang-viec-2026.csv', [...HALF_2026, HEADER, 'Ninh Bình,1000,800', 'Hưng Yên,600,450'], args(prev));
    expect(r.code).toBe(0);
    // Hưng Yên 450/600 = 75.00 against (240 + 200)/(300 + 250) = 80.00: −5.00
    expect(rows(r.stdout)).toEqual(['Ninh Bình 1000 800 80.00 1/2 ', 'Hưng Yên 600 450 75.00 2/2 -5.00', 'TOTAL 1600 1250 78.13 / ']);
    expect(r.stderr).toBe(partNinhBinh(2025, 'Hà Nam, Nam Định'));
  });

  it('a 2025 half-year to 31/3/2025 giving every old province is rolled up into the 34', async () => {
    const prev = previous('6-thang-prev-viec-2025.csv', [...HALF_2025, HEADER, 'Ninh Bình,400,300', 'Hà Nam,300,240', 'Nam Định,500,400', 'Hưng Yên,300,240', 'Thái Bình,250,200']);
    const r = await both('6-thang-viec-2026.csv', [...HALF_2026, HEADER, 'Ninh Bình,1000,800', 'Hưng Yên,600,450'], args(prev));
    expect(r.code).toBe(0);
    // Ninh Bình 80.00 against 940/1200 = 78.33: +1.67; Hưng Yên −5.00; 1250/1600 = 78.125 against 1380/1750 = 78.857…: −0.73
    expect(rows(r.stdout)).toEqual(['Ninh Bình 1000 800 80.00 1/2 1.67', 'Hưng Yên 600 450 75.00 2/2 -5.00', 'TOTAL 1600 1250 78.13 / -0.73']);
    expect(r.stderr).toBe('');
  });

  it('a 2024 year-end report naming "Ninh Bình" only: a part of the new', async () => {
    const prev = previous('prev-viec-2024.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024', HEADER, 'Ninh Bình,400,300', 'Hưng Yên,300,240', 'Thái Bình,250,200']);
    const r = await both('viec-2026.csv', [TITLE_2026, HEADER, 'Ninh Bình,1000,800', 'Hưng Yên,600,450'], args(prev));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Ninh Bình 1000 800 80.00 1/2 ', 'Hưng Yên 600 450 75.00 2/2 -5.00', 'TOTAL 1600 1250 78.13 / ']);
    // (2024's files for a 2026 report: compared against 2024, and said so first — PREVIOUS_YEAR_GAP)
    const [gap, ...rest] = r.stderr.split('\n');
    expect(gap).toMatch(/prev-viec-2024\.csv: warning: the --previous files are of 2024 and the input of 2026, 2 years apart: the change columns compare 2026 with 2024, not with last year \(2025\) \[PREVIOUS_YEAR_GAP\]$/);
    expect(rest.slice(1).join('\n')).toBe(partNinhBinh(2024, 'Hà Nam, Nam Định'));
  });
});
