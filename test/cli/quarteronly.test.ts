// A merged province's 2026 report `--previous` its 2025 table of the merger's shape: the former
// Cục "(cũ)" rows (their months to 30/6/2025) beside the new offices "THADS tỉnh Ninh Bình",
// "Phòng THADS khu vực 1–3" (their rows hold 1/7–30/9/2025 only). Each new office's 2026 year
// was compared with its quarter (work100b 03): KV1 89,22 % against 25,00 %, "+64.22", the
// paragraph "tỷ lệ giải quyết xong tăng 64,22% so với năm 2025", exit 0. Right: no change — a
// year against a quarter (merger.ts afterMergerOnly), said in one ONE_YEAR_ONLY warning, as the
// province's total was left uncompared already. Controls: last year's table of the same new
// offices' whole year (no "(cũ)" rows) is compared, by hand; a 2024 previous file is no 2025 one.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { columnsByOffice } from '../helpers/csv-columns.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-quarteronly-');

const HEAD = ['STT,Đơn vị,Về việc,,Về tiền,', ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong'];
const title = (year: number) => ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,', `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year},,,,,`, ',,,,Đơn vị tính: Việc; nghìn đồng,'];
const NOW = file('Ninh Bình 2026.csv', [
  ...title(2026),
  ...HEAD,
  '1,THADS tỉnh Ninh Bình,908,782,"23.338.211","11.812.507"',
  '2,Phòng THADS khu vực 1,"2.133","1.903","19.565.824","8.009.734"',
  '3,Phòng THADS khu vực 2,"2.230","2.030","16.389.337","9.490.039"',
  '4,Phòng THADS khu vực 3,"2.300","2.050","10.000.000","5.000.000"',
  ',Tổng cộng,"7.571","6.765","69.293.372","34.312.280"',
]);
/** The 2025 table of the merger's shape: the three former Cục to 30/6, the new offices after. */
const MERGER_2025 = file('Ninh Bình 2025.csv', [
  ...title(2025),
  ...HEAD,
  '1,Cục THADS tỉnh Ninh Bình (cũ),"1.500","1.000","15.000.000","5.000.000"',
  '2,Cục THADS tỉnh Nam Định (cũ),"2.000","1.400","20.000.000","7.000.000"',
  '3,Cục THADS tỉnh Hà Nam (cũ),"1.000",700,"10.000.000","3.000.000"',
  '4,THADS tỉnh Ninh Bình,"1.200",300,"26.000.000","2.000.000"',
  '5,Phòng THADS khu vực 1,"1.400",350,"10.000.000","1.000.000"',
  '6,Phòng THADS khu vực 2,"1.900",450,"13.000.000","1.500.000"',
  '7,Phòng THADS khu vực 3,"1.000",250,"6.000.000","1.000.000"',
  ',Tổng cộng,"10.000","4.450","100.000.000","20.500.000"',
]);
/** The same new offices' whole 2025 year (no former rows): like for like. */
const WHOLE_2025 = file('whole/Ninh Bình 2025.csv', [
  ...title(2025),
  ...HEAD,
  '1,THADS tỉnh Ninh Bình,"1.000",800,"20.000.000","10.000.000"',
  '2,Phòng THADS khu vực 1,"2.000","1.700","20.000.000","8.000.000"',
  '3,Phòng THADS khu vực 2,"2.000","1.800","16.000.000","9.000.000"',
  '4,Phòng THADS khu vực 3,"2.000","1.600","10.000.000","4.000.000"',
  ',Tổng cộng,"7.000","5.900","66.000.000","31.000.000"',
]);

function run(args: string[]) {
  const r = spawnThads(args, { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
/** Each row's office → [cases rate, cases rate change, money rate change]. */
const changes = (stdout: string) => columnsByOffice(stdout, ['cases_rate', 'cases_rate_change', 'money_rate_change']);

describe('a 2026 year against the quarter its offices hold in a 2025 merger table (work100b 03)', () => {
  test('no office is compared with its quarter: every change empty, one warning naming them', () => {
    const r = run(['summarize', NOW, '--previous', MERGER_2025, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // rates by hand: 782/908 = 86.12 %, 1903/2133 = 89.22 %, 2030/2230 = 91.03 %, 2050/2300 = 89.13 %
    expect(changes(r.stdout)).toEqual({
      'THADS tỉnh Ninh Bình': ['86.12', '', ''],
      'Phòng THADS khu vực 1': ['89.22', '', ''],
      'Phòng THADS khu vực 2': ['91.03', '', ''],
      'Phòng THADS khu vực 3': ['89.13', '', ''],
      TOTAL: ['89.35', '', ''],
    });
    expect(r.stderr).toMatch(/warning: the previous files \(2025\) give "THADS tỉnh Ninh Bình", "Phòng THADS khu vực 1", "Phòng THADS khu vực 2" and 1 more beside their province's former offices marked "\(cũ\)".*a year against a quarter\) \[ONE_YEAR_ONLY\]/);
  });

  test('the paragraph says no change on 2025 (it said "tăng 64,22% so với năm 2025")', () => {
    const r = run(['summarize', NOW, '--previous', MERGER_2025, '--format', 'text', '--lang', 'vi', '--only', 'Phòng THADS khu vực 1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('đã giải quyết xong 1.903/2.133 việc có điều kiện giải quyết, đạt 89,22%');
    expect(r.stdout).not.toMatch(/so với năm 2025/);
  });

  test('control: last year\'s whole year of the same offices is compared, by hand', () => {
    const r = run(['summarize', NOW, '--previous', WHOLE_2025, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/a year against a quarter/);
    // 86.1233… − 800/1000 = 80 % → +6.12; 89.2170… − 85 → +4.22; 91.0313… − 90 → +1.03; 89.1304… − 80 → +9.13;
    // money: 11.812.507/23.338.211 = 50.6142… − 50 → +0.61; 8.009.734/19.565.824 = 40.9373… − 40 → +0.94;
    // 9.490.039/16.389.337 = 57.9035… − 56.25 → +1.65; 50 − 40 → +10.00
    const c = changes(r.stdout);
    expect([c['THADS tỉnh Ninh Bình'], c['Phòng THADS khu vực 1'], c['Phòng THADS khu vực 2'], c['Phòng THADS khu vực 3']]).toEqual([
      ['86.12', '6.12', '0.61'],
      ['89.22', '4.22', '0.94'],
      ['91.03', '1.03', '1.65'],
      ['89.13', '9.13', '10.00'],
    ]);
  });
});
