// A rate that moved by less than its last shown digit was "unchanged" (work102b 01): the seed
// fixtures/2019.csv, 5.513/5.871 = 93,9022 %, against 2018's 5.347/5.694 = 93,9059 % (printed
// "đạt 93,91%" last year) said "đạt 93,90% … tỷ lệ giải quyết xong không thay đổi so với năm
// 2018", exit 0; in press style (--rate-decimals 0) 924 then 926 of 1.000 printed "đạt 92%" then
// "đạt 93% … không thay đổi". The Markdown change cell printed "0,00" with no sign. Right: the
// word follows the exact change's sign — "giảm dưới 0,01%" / "down less than 0.01 pp", the cell
// "-0,00"; "không thay đổi" only for an exactly equal rate. Controls: an equal rate, +1,23 pp.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { ROOT, spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-ratechange-');

const HEAD = 'province,district,cases_total,cases_with_conditions,cases_resolved';
const one = (name: string, total: number, withConditions: number, resolved: number) => file(name, [HEAD, `Nam Định,A,${total},${withConditions},${resolved}`]);

/** Last year's report of the seed's 10 Chi cục, its totals only: 5.347/5.694 việc, 86.458.474.803/103.990.000.000 đồng. */
const SEED_2018 = file('seed/2018.csv', [
  'province,district,cases_total,cases_with_conditions,cases_resolved,money_total,money_with_conditions,money_resolved',
  'Nam Định,Thành phố Nam Định,696,586,562,52100000000,14150000000,11588847483',
  'Nam Định,Mỹ Lộc,661,561,509,36400000000,8840000000,7418847480',
  'Nam Định,Vụ Bản,755,640,613,60300000000,15100000000,13068847480',
  'Nam Định,Ý Yên,338,287,270,35200000000,8600000000,7168847480',
  'Nam Định,Nam Trực,602,511,481,48900000000,12200000000,8568847480',
  'Nam Định,Trực Ninh,698,592,552,41500000000,10400000000,8768847480',
  'Nam Định,Xuân Trường,772,655,609,37900000000,9300000000,7868847480',
  'Nam Định,Giao Thủy,744,631,591,33100000000,8200000000,7368847480',
  'Nam Định,Hải Hậu,680,577,551,34300000000,9500000000,8068847480',
  'Nam Định,Nghĩa Hưng,799,654,609,29065432100,7700000000,6568847480',
]);
const SEED_2019 = join(ROOT, 'fixtures', '2019.csv');

// Press style: 944 → 940 of 1.000 (94,4 % → 94,0 %, −0,4 pp); 924 → 926 (92,4 % → 92,6 %, +0,2 pp).
const FALL_2018 = one('fall/2018.csv', 1200, 1000, 944);
const FALL_2019 = one('fall/2019.csv', 1200, 1000, 940);
const RISE_2018 = one('rise/2018.csv', 1200, 1000, 924);
const RISE_2019 = one('rise/2019.csv', 1200, 1000, 926);
// 90 % → 90,001 % (90.001/100.000): +0,001 pp, 0,00 at two decimals.
const TINY_2018 = one('tiny/2018.csv', 12000, 10000, 9000);
const TINY_2019 = one('tiny/2019.csv', 120000, 100000, 90001);
// Controls: 940/1.000 → 1.880/2.000, both exactly 94 %; 900/1.000 → 9.123/10.000, +1,23 pp.
const EQUAL_2018 = one('equal/2018.csv', 1200, 1000, 940);
const EQUAL_2019 = one('equal/2019.csv', 2400, 2000, 1880);
const PLUS_2018 = one('plus/2018.csv', 1200, 1000, 900);
const PLUS_2019 = one('plus/2019.csv', 12000, 10000, 9123);

const TARGETS = ['--target-cases', '74', '--target-money', '34.5'];
function run(now: string, before: string, ...args: string[]) {
  return spawnThads(['summarize', now, '--previous', before, '--by', 'none', ...TARGETS, ...args], { cwd: dir });
}
/** The Markdown total row's rate change cells (cases, then money), bold marks off. */
function rateChangeCells(stdout: string): string[] {
  const lines = stdout.trim().split('\n');
  const cells = (l: string) => l.split('|').slice(1, -1).map((c) => c.trim().replace(/\*\*/g, ''));
  const head = cells(lines[0]!);
  const total = cells(lines.at(-1)!);
  return head.flatMap((h, i) => (/Tăng\/giảm tỷ lệ|Rate change/.test(h) ? [total[i]!] : []));
}

describe('a rate change smaller than the shown step is a rise or a fall, never "unchanged"', () => {
  test('seed 2019 (5.513/5.871) against 2018 (5.347/5.694): a fall of 0,0036 pp, vi', () => {
    const r = run(SEED_2019, SEED_2018, '--format', 'text', '--lang', 'vi');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('đã giải quyết xong 5.513/5.871 việc có điều kiện giải quyết, đạt 93,90%, vượt 19,90% so với chỉ tiêu được giao (74%); tỷ lệ giải quyết xong giảm dưới 0,01% so với năm 2018');
    // money: 93.202.247.834,5/112.100.000.000 (83,1402 %) against 86.458.474.803/103.990.000.000 (83,1411 %)
    expect(r.stdout).toContain('đạt 83,14%, vượt 48,64% so với chỉ tiêu được giao (34,5%); tỷ lệ giải quyết xong giảm dưới 0,01% so với năm 2018');
    expect(r.stdout).not.toContain('tỷ lệ giải quyết xong không thay đổi');
  });

  test('the same, en', () => {
    const r = run(SEED_2019, SEED_2018, '--format', 'text', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('resolved 5,513 of the 5,871 enforceable cases: a rate of 93.90%, down less than 0.01 pp on 2018, 19.90 pp above the assigned target of 74%');
    expect(r.stdout).toContain('a rate of 83.14%, down less than 0.01 pp on 2018, 48.64 pp above the assigned target of 34.5%');
    expect(r.stdout).not.toContain('unchanged');
  });

  // traps33 1: a change shown as zero is 0,00, as in the CSV and JSON; the paragraph says the fall.
  test('the Markdown change cells of a fall hidden by rounding read 0,00, never -0,00', () => {
    const r = run(SEED_2019, SEED_2018, '--format', 'markdown', '--lang', 'vi');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **93,90%** |');
    expect(rateChangeCells(r.stdout)).toEqual(['0,00', '0,00']);
  });

  test('JSON keeps the rounded change (SPEC: rounded to rateDecimals)', () => {
    const r = run(SEED_2019, SEED_2018, '--format', 'json');
    const doc = JSON.parse(r.stdout) as { total: { cases: { rate: string; rateChange: string } } };
    expect(doc.total.cases).toMatchObject({ rate: '93.90', rateChange: '0.00' });
  });

  test('press style: 94,4 % → 94,0 % is "giảm dưới 1%", 92,4 % → 92,6 % (printed 92 % → 93 %) is "tăng dưới 1%"', () => {
    const fall = run(FALL_2019, FALL_2018, '--rate-decimals', '0', '--gap-basis', 'rounded', '--format', 'text', '--lang', 'vi');
    expect(fall.code).toBe(0);
    expect(fall.stdout).toContain('đạt 94%, vượt 20% so với chỉ tiêu được giao (74%); tỷ lệ giải quyết xong giảm dưới 1% so với năm 2018');
    const rise = run(RISE_2019, RISE_2018, '--rate-decimals', '0', '--gap-basis', 'rounded', '--format', 'text', '--lang', 'vi');
    expect(rise.stdout).toContain('đạt 93%, vượt 19% so với chỉ tiêu được giao (74%); tỷ lệ giải quyết xong tăng dưới 1% so với năm 2018');
    const en = run(RISE_2019, RISE_2018, '--rate-decimals', '0', '--gap-basis', 'rounded', '--format', 'text', '--lang', 'en');
    expect(en.stdout).toContain('a rate of 93%, up less than 1 pp on 2018, 19 pp above the assigned target of 74%');
    const md = run(FALL_2019, FALL_2018, '--rate-decimals', '0', '--format', 'markdown', '--lang', 'vi');
    expect(rateChangeCells(md.stdout)).toEqual(['0']);
  });

  test('a rise of 0,001 pp: "tăng dưới 0,01%", the cell 0.00', () => {
    const r = run(TINY_2019, TINY_2018, '--format', 'text', '--lang', 'vi');
    expect(r.stdout).toContain('đạt 90,00%, vượt 16,00% so với chỉ tiêu được giao (74%); tỷ lệ giải quyết xong tăng dưới 0,01% so với năm 2018');
    const md = run(TINY_2019, TINY_2018, '--format', 'markdown', '--lang', 'en');
    expect(rateChangeCells(md.stdout)).toEqual(['0.00']);
  });

  test('the workbook twin reads the same: 5.513/5.871 against 5.347/5.694', async () => {
    const before = one('twin/2018.csv', 6891, 5694, 5347);
    const r = await summarizeLinesWorkbook(dir, '2019.xlsx', ['province;district;cases_total;cases_with_conditions;cases_resolved', 'Nam Định;A;7012;5871;5513'], ['--previous', before, '--by', 'none', ...TARGETS, '--format', 'text', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('đạt 93,90%, vượt 19,90% so với chỉ tiêu được giao (74%); tỷ lệ giải quyết xong giảm dưới 0,01% so với năm 2018');
  });
});

describe('controls: an exactly equal rate, a change of +1,23 pp', () => {
  test('94 % and 94 % (940/1.000, 1.880/2.000): "không thay đổi" / "unchanged", the cell 0,00 unsigned', () => {
    const vi = run(EQUAL_2019, EQUAL_2018, '--format', 'text', '--lang', 'vi');
    expect(vi.stdout).toContain('đạt 94,00%, vượt 20,00% so với chỉ tiêu được giao (74%); tỷ lệ giải quyết xong không thay đổi so với năm 2018');
    const en = run(EQUAL_2019, EQUAL_2018, '--format', 'text', '--lang', 'en');
    expect(en.stdout).toContain('a rate of 94.00%, unchanged on 2018, 20.00 pp above the assigned target of 74%');
    const md = run(EQUAL_2019, EQUAL_2018, '--format', 'markdown', '--lang', 'vi');
    expect(rateChangeCells(md.stdout)).toEqual(['0,00']);
  });

  test('90 % → 91,23 % (9.123/10.000): "tăng 1,23%" / "up 1.23 pp", the cell +1,23', () => {
    const vi = run(PLUS_2019, PLUS_2018, '--format', 'text', '--lang', 'vi');
    expect(vi.stdout).toContain('đạt 91,23%, vượt 17,23% so với chỉ tiêu được giao (74%); tỷ lệ giải quyết xong tăng 1,23% so với năm 2018');
    const en = run(PLUS_2019, PLUS_2018, '--format', 'text', '--lang', 'en');
    expect(en.stdout).toContain('a rate of 91.23%, up 1.23 pp on 2018, 17.23 pp above the assigned target of 74%');
    const md = run(PLUS_2019, PLUS_2018, '--format', 'markdown', '--lang', 'vi');
    expect(rateChangeCells(md.stdout)).toEqual(['+1,23']);
  });
});
