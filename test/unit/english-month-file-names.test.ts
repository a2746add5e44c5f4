// A file (or --previous file) named with an English count of months ("…-6-months-2025.csv", "six
// months", "six-month", "first 6 months", "10 months", "(6 months 2026)") stated no period, as
// "6-thang" does: read as the whole statistics year, a six months' report of 2025 was counted by
// the 34 provinces (Nam Định rolled into Ninh Bình) and compared with another period, and the
// office was named "6-months". "N months" (N = 1..12, digits or one..twelve) is now read as "N
// tháng": the first N months of the statistics year (file-names.ts englishMonths).
import { describe, expect, it } from 'vitest';
import { officeFromFileName, periodOfFileName } from '../../src/input/file-names.js';
import { bothOnFiles } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';

describe('periodOfFileName: English counts of months', () => {
  it.each([
    ['bc-6-months-2025.csv', '2025-03-31'],
    ['BC 6 months 2025.csv', '2025-03-31'],
    ['Nam Dinh six months 2025.csv', '2025-03-31'],
    ['Nam Dinh six-month 2025.csv', '2025-03-31'],
    ['Nam Dinh SIX MONTHS 2025.csv', '2025-03-31'],
    ['Nam Dinh first 6 months 2025.csv', '2025-03-31'],
    ['Nam Dinh 2025 - six months.csv', '2025-03-31'],
    // ten months from 1/10/2024: October … July → 31/7/2025
    ['Nam Dinh 10 months 2025.csv', '2025-07-31'],
    ['report-nine-months-2025.csv', '2025-06-30'],
    ['Nam Dinh 1 month 2025.csv', '2024-10-31'],
    ['Phòng THADS khu vực 4 (6 months 2026).csv', '2026-03-31'],
    // twelve months: the whole year, as "12 tháng"
    ['Nam Dinh 12 months 2019.csv', '2019-09-30'],
  ])('%s ends on %s', (file, end) => expect(periodOfFileName(file)).toEqual({ start: null, end }));

  it.each(['Mỹ Lộc 2019.csv', 'Region 12 office 2026.csv', 'Nam Dinh 13 months 2025.csv', 'Nam Dinh months 2025.csv'])('%s states no period', (file) => {
    expect(periodOfFileName(file)).toEqual({ start: null, end: null });
  });
});

describe('officeFromFileName drops the English period as it drops "6 tháng"', () => {
  it.each([
    ['Nam Dinh 6 months 2025.csv', 'Nam Dinh'],
    ['Nam Dinh six-month 2025.csv', 'Nam Dinh'],
    ['Nam Dinh first 6 months 2025.csv', 'Nam Dinh'],
    ['Phòng THADS khu vực 4 (6 months 2026).csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực 4 - 10 months 2026.csv', 'Phòng THADS khu vực 4'],
    ['bc-6-months-2025.csv', 'bc'],
    // over-reach: names without a count of months keep their words
    ['Mỹ Lộc 2019.csv', 'Mỹ Lộc'],
    ['Region 12 office 2026.csv', 'Region 12 office'],
    ['Phòng THADS khu vực 12 - 2026.csv', 'Phòng THADS khu vực 12'],
  ])('%s → %s', (file, office) => expect(officeFromFileName(file)).toBe(office));
});

const HEADER = 'Tỉnh,Tổng số thụ lý (việc),Có điều kiện (việc),Giải quyết xong (việc)';
const OLD_63 = [HEADER, 'Ninh Bình,1100,1000,800', 'Nam Định,1100,1000,800', 'Hà Nam,1100,1000,800'];
const NEW_34 = [HEADER, 'Ninh Bình,3300,3000,2400'];

/** province, cases_total, cases_with_conditions, cases_resolved, cases_rate, cases_total_change, cases_rate_change */
function rows(csv: string): string[] {
  const [head, ...lines] = csv.trim().split('\n');
  const names = head!.split(',');
  const pick = ['province', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_total_change', 'cases_rate_change'].map((n) => names.indexOf(n));
  return lines.map((l) => {
    const c = l.split(',');
    return pick.map((i, k) => (k === 0 ? c[i] || c[1] : c[i])).join(' ');
  });
}

describe('a six months\' report of 2025 named in English (both readers)', () => {
  const { dir, write } = fileTree('thads-english-month-names-');

  it.each(['bc-6-months-2025.csv', 'six months 2025.csv', 'first 6 months 2025.csv', 'H1-six-month-2025.csv'])('%s alone keeps the 63 provinces (its period ended 31/3/2025)', async (name) => {
    const r = await bothOnFiles(dir, { [`a/${name}`]: OLD_63 }, ['--by', 'province', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 800/1000 = 80.00 % each; total 3 × 1100 = 3300, 3 × 1000 = 3000, 3 × 800 = 2400
    expect(rows(r.stdout)).toEqual(['Ninh Bình 1100 1000 800 80.00  ', 'Nam Định 1100 1000 800 80.00  ', 'Hà Nam 1100 1000 800 80.00  ', 'TOTAL 3300 3000 2400 80.00  ']);
  });

  it.each(['bc-6-months-2025.csv', 'prev-6-thang-2025.csv'])('--previous %s beside "6 tháng 2026": the same period, no change', async (prev) => {
    const [previous] = write({ [`prev/${prev}`]: OLD_63 });
    const r = await bothOnFiles(dir, { 'b/bc-6-thang-2026.csv': NEW_34 }, ['--previous', previous!, '--by', 'province', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 3300 − (1100 + 1100 + 1100) = 0; 2400/3000 = 80.00 % − 2400/3000 = 80.00 % → 0.00
    expect(rows(r.stdout)).toEqual(['Ninh Bình 3300 3000 2400 80.00 0 0.00', 'TOTAL 3300 3000 2400 80.00 0 0.00']);
  });
});
