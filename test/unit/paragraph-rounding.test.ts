// The year-end paragraph's money, rounded (round of the wip-paragraph brief): the unit is chosen
// after rounding (999,96 triệu read "1.000 triệu đồng"), and the pair beside the rate keeps three
// significant digits (0,999 of 8 tỷ read "1/8 tỷ đồng, đạt 12,49%"). Files written by hand;
// every expected sentence is worked out from the figures in the comment above it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-paragraph-rounding-'));
const DONG = 'Tỉnh,Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong';
const NGHIN = 'Tỉnh,Đơn vị,Tiền tổng số thụ lý (nghìn đồng),Tiền có điều kiện (nghìn đồng),Tiền giải quyết xong (nghìn đồng)';

function write(name: string, header: string, row: string): string {
  const path = join(dir, name);
  writeFileSync(path, `${header}\n${row}\n`);
  return path;
}

async function run(args: string[]): Promise<string> {
  const r = await runThads(['summarize', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const paragraph = (file: string, lang: 'vi' | 'en', ...more: string[]): Promise<string> => run([file, '--format', 'text', '--lang', lang, ...more]);

describe('the unit is chosen after rounding', () => {
  // 999.960.000 đồng = 999,96 triệu; two digits, one decimal: 1.000,0 triệu = 1 tỷ.
  // 400.000.000 / 800.000.000 = 50,00 %.
  const triệu = write('my-loc-2019.csv', DONG, 'Nam Định,Mỹ Lộc,999960000,800000000,400000000');

  it('999,96 triệu đồng is 1 tỷ đồng, never 1.000 triệu (vi, en)', async () => {
    expect(await paragraph(triệu, 'vi')).toContain('tổng số tiền thụ lý 1 tỷ đồng; đã giải quyết xong 400/800 triệu đồng có điều kiện thi hành, đạt 50,00%.');
    expect(await paragraph(triệu, 'en')).toContain('accepted 1 billion VND in total and resolved 400 of the 800 million VND enforceable: a rate of 50.00%.');
  });

  it('the HTML report states it alike', async () => {
    const html = await run([triệu, '--format', 'html', '--lang', 'vi']);
    expect(html).toContain('tổng số tiền thụ lý 1 tỷ đồng;');
    expect(html).not.toContain('1.000 triệu đồng');
  });

  // 999.999,6 nghìn = 999.999.600 đồng = 999,9996 triệu → 1.000,0 triệu = 1 tỷ.
  const nghìnToTỷ = write('vu-ban-2019.csv', NGHIN, 'Nam Định,Vụ Bản,999999.6,800000,400000');
  // 999,9996 nghìn = 999.999,6 đồng → 1.000 nghìn = 1 triệu; 400/800 nghìn = 50,00 %.
  const nghìnToTriệu = write('y-yen-2019.csv', NGHIN, 'Nam Định,Ý Yên,999.9996,800,400');

  it('at every boundary: 999.999,6 nghìn is 1 tỷ, 999,9996 nghìn is 1 triệu', async () => {
    expect(await paragraph(nghìnToTỷ, 'vi')).toContain('tổng số tiền thụ lý 1 tỷ đồng; đã giải quyết xong 400/800 triệu đồng có điều kiện thi hành, đạt 50,00%.');
    expect(await paragraph(nghìnToTriệu, 'vi')).toContain('tổng số tiền thụ lý 1 triệu đồng; đã giải quyết xong 400/800 nghìn đồng có điều kiện thi hành, đạt 50,00%.');
    expect(await paragraph(nghìnToTriệu, 'en')).toContain('accepted 1 million VND in total and resolved 400 of the 800 thousand VND enforceable: a rate of 50.00%.');
  });

  // 5.000.000 / 2.000.000 nghìn = 5 / 2 tỷ; 999,9996 nghìn is under a tenth of a tỷ: its own unit,
  // 1.000 nghìn = 1 triệu. 999,9996 / 2.000.000 = 0,04999998 % → 0,05 %.
  const own = write('nam-truc-2019.csv', NGHIN, 'Nam Định,Nam Trực,5000000,2000000,999.9996');

  it('an amount stated in its own unit is carried too: 1 triệu đồng trên 2 tỷ đồng', async () => {
    expect(await paragraph(own, 'vi')).toContain('tổng số tiền thụ lý 5 tỷ đồng; đã giải quyết xong 1 triệu đồng trên 2 tỷ đồng có điều kiện thi hành, đạt 0,05%.');
    expect(await paragraph(own, 'en')).toContain('accepted 5 billion VND in total and resolved 1 million VND of the 2 billion VND enforceable: a rate of 0.05%.');
  });

  it('control: with --unit million the paragraph keeps the unit asked for, and CSV keeps exact đồng', async () => {
    expect(await paragraph(triệu, 'vi', '--unit', 'million')).toContain('tổng số tiền thụ lý 1.000 triệu đồng;');
    expect(await run([triệu, '--format', 'csv'])).toContain(',999960000,');
  });
});

describe('the pair beside the rate keeps three significant digits', () => {
  // 999.000.000 / 8.000.000.000 = 12,4875 % → 12,49 %. 0,999 tỷ needs three decimals; 8 has none.
  const below = write('giao-thuy-2019.csv', DONG, 'Nam Định,Giao Thủy,12000000000,8000000000,999000000');

  it('0,999/8 tỷ đồng beside 12,49 %, never 1/8 (vi, en)', async () => {
    expect(await paragraph(below, 'vi')).toContain('tổng số tiền thụ lý 12 tỷ đồng; đã giải quyết xong 0,999/8 tỷ đồng có điều kiện thi hành, đạt 12,49%.');
    expect(await paragraph(below, 'en')).toContain('accepted 12 billion VND in total and resolved 0.999 of the 8 billion VND enforceable: a rate of 12.49%.');
  });

  // 999 / 8.125 = 0,122953… → 12,30 %. 8,125 would be the "thousands" shape: two decimals from one
  // on, 8,125 → 8,13 (half-up); 0,999 keeps its three.
  const mixed = write('hai-hau-2019.csv', DONG, 'Nam Định,Hải Hậu,12000000000,8125000000,999000000');

  it('three decimals only below one: 0,999/8,13, never 8,125', async () => {
    expect(await paragraph(mixed, 'vi')).toContain('đã giải quyết xong 0,999/8,13 tỷ đồng có điều kiện thi hành, đạt 12,30%.');
    expect(await paragraph(mixed, 'en')).toContain('resolved 0.999 of the 8.13 billion VND enforceable: a rate of 12.30%.');
  });

  // 8.011 / 9.568 = 0,837270… → 83,73 % (9.568 × 0,83725 = 8.010,8 < 8.011 < 9.568 × 0,8373 = 8.011,3).
  // Three digits: 8,01/9,57 (8/9,6 was 83,33 %, not 83,73 %).
  const units = write('truc-ninh-2019.csv', DONG, 'Nam Định,Trực Ninh,42000000000,9568000000,8011000000');

  it('a few tỷ get two decimals: 8,01/9,57 tỷ đồng beside 83,73 %', async () => {
    expect(await paragraph(units, 'vi')).toContain('tổng số tiền thụ lý 42 tỷ đồng; đã giải quyết xong 8,01/9,57 tỷ đồng có điều kiện thi hành, đạt 83,73%.');
    expect(await paragraph(units, 'en')).toContain('resolved 8.01 of the 9.57 billion VND enforceable: a rate of 83.73%.');
  });
});

describe('over-reach controls: ordinary amounts read as before', () => {
  // The seed article's province: 93,2 / 112,1 tỷ = 83,14 % (1.121 × 0,8314 = 931,9994 ≤ 932 < 1.121 × 0,83145 = 932,055).
  // Three digits of 112,1 are 112, but tỷ keep their one decimal: 93,2/112,1, as the article writes.
  const seed = write('nam-dinh-2019.csv', DONG, 'Nam Định,Thành phố Nam Định,490700000000,112100000000,93200000000');

  it('93,2/112,1 tỷ đồng stays as the article writes it', async () => {
    expect(await paragraph(seed, 'vi')).toContain('tổng số tiền thụ lý 490,7 tỷ đồng; đã giải quyết xong 93,2/112,1 tỷ đồng có điều kiện thi hành, đạt 83,14%.');
    expect(await paragraph(seed, 'en')).toContain('accepted 490.7 billion VND in total and resolved 93.2 of the 112.1 billion VND enforceable: a rate of 83.14%.');
  });

  // The accepted phrase is not beside a rate: two digits as before. 41,95 tỷ and a change of
  // 41,95 − 36,4 = 5,55 tỷ: one decimal, half-up, 42,0 → "42" and 5,6. Pair: 2/5 tỷ = 40,00 %.
  const accepted2019 = write('xuan-truong-2019.csv', DONG, 'Nam Định,Xuân Trường,41950000000,5000000000,2000000000');
  const accepted2018 = write('xuan-truong-2018.csv', DONG, 'Nam Định,Xuân Trường,36400000000,5000000000,2000000000');

  it('the amount accepted and its change keep two digits: 42 tỷ đồng, tăng 5,6 tỷ đồng', async () => {
    expect(await paragraph(accepted2019, 'vi', '--previous', accepted2018)).toContain(
      'tổng số tiền thụ lý 42 tỷ đồng, tăng 5,6 tỷ đồng so với năm 2018; đã giải quyết xong 2/5 tỷ đồng có điều kiện thi hành, đạt 40,00%;',
    );
    expect(await paragraph(accepted2019, 'en', '--previous', accepted2018)).toContain(
      'accepted 42 billion VND in total, 5.6 billion VND more than in 2018, and resolved 2 of the 5 billion VND enforceable: a rate of 40.00%, unchanged on 2018.',
    );
  });

  // 999.400.000 đồng = 999,4 triệu: no carry, one decimal, stays in triệu. 300/600 triệu = 50,00 %.
  const under = write('nghia-hung-2019.csv', DONG, 'Nam Định,Nghĩa Hưng,999400000,600000000,300000000');

  it('an amount just under the next unit stays in its own: 999,4 triệu đồng', async () => {
    expect(await paragraph(under, 'vi')).toContain('tổng số tiền thụ lý 999,4 triệu đồng; đã giải quyết xong 300/600 triệu đồng có điều kiện thi hành, đạt 50,00%.');
  });
});
