// A period in brackets in a per-office file name ("Phòng THADS khu vực 4 (6 tháng 2026).csv") goes
// whole, the office's number stays (file-names.ts withoutVersionAndPeriod; finding work62c 04):
// withoutYear took the year with the bracket's close, and "4 (6 tháng" was then read as the
// period — two offices' files were refused DUPLICATE_INPUT, one office missed its config target.
import { describe, expect, it } from 'vitest';
import { officeFromFileName } from '../../src/input/file-names.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';
import { bothOnFiles, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

describe('officeFromFileName keeps the number before a bracketed period', () => {
  it.each([
    ['Phòng THADS khu vực 4 (6 tháng 2026).csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực 4 (8 tháng năm 2026).csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực 4 (10 tháng 2026).csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực IV (6 tháng năm 2026).csv', 'Phòng THADS khu vực IV'],
    ['Phòng THADS khu vực 4 (6 thang 2026).csv', 'Phòng THADS khu vực 4'],
    ['PHÒNG THADS KHU VỰC 4 (6 THÁNG 2026).csv', 'PHÒNG THADS KHU VỰC 4'],
    ['Phòng THADS khu vực 4 [6 tháng 2026].csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực 4 (6T 2026).csv', 'Phòng THADS khu vực 4'],
    ['Khu vực 4 (6T2026).csv', 'Khu vực 4'],
    ['Phòng THADS khu vực 4 (Quý I năm 2026).csv', 'Phòng THADS khu vực 4'],
    ['Phong THADS khu vuc 4 (Quy I 2026).csv', 'Phong THADS khu vuc 4'],
    ['Phòng THADS khu vực 4 (T3.2026).csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực 4 (6 tháng đầu năm 2026).csv', 'Phòng THADS khu vực 4'],
    // a version after the year inside the bracket: withoutVersionAfterYear also leaves it open
    ['Phòng THADS khu vực 4 (6 tháng 2026 - bản sửa).csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực 4 (6 tháng 2026) (1).csv', 'Phòng THADS khu vực 4'],
    ['Quận 12 (6 tháng 2026).csv', 'Quận 12'],
    ['Huyện Mỹ Lộc (6 tháng 2019).csv', 'Huyện Mỹ Lộc'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  // over-reach: names that read right before read the same
  it.each([
    ['Phòng THADS khu vực 4 - 6 tháng 2026.csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực 4 (6 tháng).csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực 4 (2026).csv', 'Phòng THADS khu vực 4'],
    ['Phòng THADS khu vực 12 - 2019 bản chốt.csv', 'Phòng THADS khu vực 12'],
    ['Mỹ Lộc 6 tháng 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc (năm 2019).csv', 'Mỹ Lộc'],
    ['Phòng THADS khu vực 1 (Mỹ Lộc) - 2026.csv', 'Phòng THADS khu vực 1 (Mỹ Lộc)'],
    ['Phòng THADS khu vực 1 (Mỹ Lộc).csv', 'Phòng THADS khu vực 1 (Mỹ Lộc)'],
    ['Mỹ Lộc 2019 (lũy kế).csv', 'Mỹ Lộc (lũy kế)'], // ("nửa đầu năm" is read now: six months, half-year-file-names.test.ts)
  ])('%s stays %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });
});

const lines = (total: number, withConditions: number, resolved: number) => ['Tổng số thụ lý (việc);Có điều kiện (việc);Giải quyết xong (việc)', `${total};${withConditions};${resolved}`];
const cases = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.district, x.cases_total, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);

describe('offices\' files named with a bracketed period (both readers)', () => {
  const { dir, write } = fileTree('thads-file-name-bracket-period-');

  it('"khu vực 4 (6 tháng 2026)" and "khu vực 5 (6 tháng 2026)" are two offices (04 a)', async () => {
    const files = write({
      'a/Phòng THADS khu vực 4 (6 tháng 2026).csv': lines(1000, 800, 680),
      'a/Phòng THADS khu vực 5 (6 tháng 2026).csv': lines(900, 600, 450),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 680/800 = 85.00 %; 450/600 = 75.00 %; 1000 + 900 = 1900, 800 + 600 = 1400, 680 + 450 = 1130, 1130/1400 = 80.71 %
    expect(cases(r)).toEqual([
      ['Phòng THADS khu vực 4', '1000', '800', '680', '85.00'],
      ['Phòng THADS khu vực 5', '900', '600', '450', '75.00'],
      ['TOTAL', '1900', '1400', '1130', '80.71'],
    ]);
  });

  it('"khu vực IV (6 tháng năm 2026)" beside "khu vực V (6 tháng năm 2026)": two offices, not a duplicate', async () => {
    const r = await bothOnFiles(dir, {
      'r/Phòng THADS khu vực IV (6 tháng năm 2026).csv': lines(1000, 800, 680),
      'r/Phòng THADS khu vực V (6 tháng năm 2026).csv': lines(900, 600, 450),
    }, ['--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n,Phòng THADS khu vực IV,2026,');
    expect(r.stdout).toContain('\n,Phòng THADS khu vực V,2026,');
  });

  it('a resent copy of one office under the bracketed name is still refused DUPLICATE_INPUT', async () => {
    const r = await bothOnFiles(dir, {
      'd/Phòng THADS khu vực 4 (6 tháng 2026).csv': lines(1000, 800, 680),
      // a resent, corrected file (681, not the same bytes): the same office by its name
      'd/Phòng THADS khu vực 4 (6 tháng 2026 - bản sửa).csv': lines(1000, 800, 681),
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cases of "Phòng THADS khu vực 4" (2026) are given again');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('the office takes its config target: 85,00 − 86 = thiếu 1,00 (04 b)', async () => {
    const files = write({
      'b/Phòng THADS khu vực 4 (6 tháng 2026).csv': lines(1000, 800, 680),
      'b/thads.config.json': ['{ "targets": { "2026": { "cases": 80, "districts": { "Phòng THADS khu vực 4": { "cases": 86 } } } } }'],
    });
    const config = ['--config', files[1]!];
    const r = await summarizeCsvRows(dir, [files[0]!], config);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 680/800 = 85.00 %, target 86: gap −1.00; required ceil(0.86 × 800 = 688) = 688, 680 − 688 = −8
    const kv4 = r.rows.find((x) => x.district === 'Phòng THADS khu vực 4')!;
    expect([kv4.cases_rate, kv4.cases_target, kv4.cases_gap_pp, kv4.cases_required, kv4.cases_above_target, kv4.cases_met]).toEqual(['85.00', '86', '-1.00', '688', '-8', 'false']);
    const argv = ['summarize', files[0]!, ...config, '--format', 'text', '--lang', 'vi'];
    const text = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(text);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('của Phòng THADS khu vực 4: về việc, tổng số thụ lý 1.000 việc; đã giải quyết xong 680/800 việc có điều kiện giải quyết, đạt 85,00%, thiếu 1,00% so với chỉ tiêu năm 2026 được giao (86%).');
  });

  it('"Quận 12 (6 tháng 2026)" and "Quận 4 (6 tháng 2026)" are two districts (over-reach: a district\'s number)', async () => {
    const files = write({
      'q/Quận 12 (6 tháng 2026).csv': lines(700, 500, 420),
      'q/Quận 4 (6 tháng 2026).csv': lines(300, 250, 200),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 420/500 = 84.00 %; 200/250 = 80.00 %; 700 + 300 = 1000, 500 + 250 = 750, 420 + 200 = 620, 620/750 = 82.67 %
    expect(cases(r)).toEqual([
      ['Quận 12', '700', '500', '420', '84.00'],
      ['Quận 4', '300', '250', '200', '80.00'],
      ['TOTAL', '1000', '750', '620', '82.67'],
    ]);
  });

  it('"Phòng THADS khu vực 12 - 2019 bản chốt" and "Mỹ Lộc 6 tháng 2019" read as before (over-reach)', async () => {
    const kv = write({ 'o/Phòng THADS khu vực 12 - 2019 bản chốt.csv': lines(412, 400, 330) });
    const a = await summarizeCsvRows(dir, kv, []);
    expect(a.code).toBe(0);
    // 330/400 = 82.50 %
    expect(cases(a)).toEqual([['Phòng THADS khu vực 12', '412', '400', '330', '82.50'], ['TOTAL', '412', '400', '330', '82.50']]);
    const ml = write({ 'o/Mỹ Lộc 6 tháng 2019.csv': lines(586, 500, 433) });
    const b = await summarizeCsvRows(dir, ml, []);
    expect(b.code).toBe(0);
    // 433/500 = 86.60 %
    expect(cases(b)).toEqual([['Mỹ Lộc', '586', '500', '433', '86.60'], ['TOTAL', '586', '500', '433', '86.60']]);
  });
});

describe('workbooks named with a bracketed period (xlsx reader)', () => {
  const { dir } = fileTree('thads-file-name-bracket-period-xlsx-');

  it('"Phòng THADS khu vực 4 (6 tháng 2026).xlsx" and "… 5 (6 tháng 2026).xlsx" are two offices', async () => {
    const kv4 = await writeCasesWorkbook(dir, 'Phòng THADS khu vực 4 (6 tháng 2026).xlsx', 800, 680);
    const kv5 = await writeCasesWorkbook(dir, 'Phòng THADS khu vực 5 (6 tháng 2026).xlsx', 600, 450);
    const r = await runArgs(dir, ['summarize', kv4, kv5, '--format', 'csv'], false);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 680/800 = 85.00 %; 450/600 = 75.00 %; 1130/1400 = 80.71 %
    const rows = r.stdout.trim().split('\n').slice(1).map((l) => l.split(',')).map((c) => [c[1], c[9], c[18], c[20]]);
    expect(rows).toEqual([['Phòng THADS khu vực 4', '800', '680', '85.00'], ['Phòng THADS khu vực 5', '600', '450', '75.00'], ['TOTAL', '1400', '1130', '80.71']]);
  });
});
