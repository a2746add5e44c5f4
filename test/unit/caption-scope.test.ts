// Findings 47b/01 and 02: a caption says only what is true of every figure under it.
// 01: the province caption of the fitted terminal table and the HTML report is used only when
// every group the total covers shares the province; with --only the total is that of all input
// (SPEC §8), so a caption naming the printed groups' province would call it that province's.
// 02: the chart caption counts office-years of several years as groups (nhóm), not offices.
// Figures by hand: Mỹ Lộc 2/64, Kim Bảng 5513/5871, Lý Nhân 300/400 (2022, target 81,5 %).
// Total 5815/6335 = 91,79 %, gap +10,29, above target 5815 − ⌈0,815·6335 = 5163,025⌉ = +651.
// Kim Bảng 93,90 %, gap +12,40, above target 5513 − ⌈4784,865⌉ = +728, first of 3.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-caption-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const TWO_PROVINCES = file(
  'two-provinces-2022.csv',
  'province,district,year,cases_total,cases_with_conditions,cases_resolved\nNam Định,Mỹ Lộc,2022,90,64,2\nHà Nam,Kim Bảng,2022,7012,5871,5513\nHà Nam,Lý Nhân,2022,500,400,300\n',
);
// Kim Bảng 5513/5871 and Lý Nhân 300/400: total 5813/6271 = 92,70 %, +11,20, 5813 − ⌈5110,865⌉ = +702.
const ONE_PROVINCE = file('one-province-2022.csv', 'province,district,year,cases_total,cases_with_conditions,cases_resolved\nHà Nam,Kim Bảng,2022,7012,5871,5513\nHà Nam,Lý Nhân,2022,500,400,300\n');
const TWO_YEARS = file(
  'three-offices-two-years.csv',
  'province,district,year,cases_with_conditions,cases_resolved\nNam Định,Mỹ Lộc,2020,100,79\nHà Nam,Lý Nhân,2020,100,85\nNam Định,Mỹ Lộc,2022,100,82\nHà Nam,Lý Nhân,2022,100,70\nHà Nam,Kim Bảng,2022,100,90\n',
);

const terminal = (args: string[]) => runThads(['summarize', ...args, '--no-color'], { tty: true, columns: 80 });
const rule = '──────  ─────────  ───────  ──────────  ──────  ─────  ──────────  ────────  ───';

describe('01: the province caption covers every group the total covers', () => {
  it('--only one province of two: the fitted table keeps the province column, no caption', async () => {
    const r = await terminal([TWO_PROVINCES, '--only', 'Kim Bảng', '--lang', 'vi']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '                                               Việc',
        '                   Có điều  Giải quyết            Chỉ  Vượt/thiếu  Vượt chỉ  Xếp',
        'Tỉnh    Đơn vị        kiện        xong   Tỷ lệ   tiêu         (%)      tiêu  thứ',
        rule,
        'Hà Nam  Kim Bảng     5.871       5.513  93,90%  81,5%      +12,40      +728  1/3',
        rule,
        '        Tổng cộng    6.335       5.815  91,79%  81,5%      +10,29      +651    —',
        '',
        'Không đủ chỗ cho: Tổng số thụ lý. Xem đủ các cột: --wide, hoặc --format csv.',
        '',
      ].join('\n'),
    );
  });

  it('the same in English: no "Province:" line above a total of two provinces', async () => {
    const r = await terminal([TWO_PROVINCES, '--only', 'Kim Bảng', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Province: ');
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.includes('Kim Bảng'))).toMatch(/^Hà Nam\s+Kim Bảng\s+5,871\s+5,513\s+93\.90%\s+81\.5%\s+\+12\.40\s+\+728\s+1\/3$/);
    expect(lines.find((l) => l.includes('Total'))).toMatch(/^\s+Total\s+(7,602\s+)?6,335\s+5,815\s+91\.79%\s+81\.5%\s+\+10\.29\s+\+651\s+—$/);
  });

  it('--only one province of two: the HTML report keeps the province column, the total its empty cell', async () => {
    const r = await runThads(['summarize', TWO_PROVINCES, '--only', 'Kim Bảng', '--lang', 'vi', '--format', 'html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<caption>');
    expect(r.stdout).toContain(
      '<tr><td class="name">Hà Nam</td><td class="name">Kim Bảng</td><td class="num met rate">93,90%</td><td class="num">81,5%</td><td class="num met">+12,40</td><td class="num">1/3</td></tr>\n' +
        '<tr class="total"><td class="name"></td><td class="name">Tổng cộng</td><td class="num met rate">91,79%</td><td class="num">81,5%</td><td class="num met">+10,29</td><td class="num">—</td></tr>',
    );
    expect(r.stdout).toContain(
      '<tr class="total"><td class="name"></td><td class="name">Tổng cộng</td><td class="num">7.602</td><td class="num">6.335</td><td class="num">5.815</td><td class="num met rate">91,79%</td>',
    );
  });

  it('--only in a one-province input: every group the total covers is Hà Nam, so the caption stays', async () => {
    const r = await terminal([ONE_PROVINCE, '--only', 'Kim Bảng', '--lang', 'vi']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Tỉnh: Hà Nam');
    expect(lines.find((l) => l.includes('Tổng cộng'))).toMatch(/^Tổng cộng\s+(7\.512\s+)?6\.271\s+5\.813\s+92,70%\s+81,5%\s+\+11,20\s+\+702\s+—$/);
    const html = await runThads(['summarize', ONE_PROVINCE, '--only', 'Kim Bảng', '--lang', 'vi', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<caption>Tỉnh: Hà Nam</caption>');
    expect(html.stdout).toContain('<tr><td class="name">Kim Bảng</td><td class="num met rate">93,90%</td>');
  });
});

describe('02: the chart caption counts what it names', () => {
  const desc = (svg: string) => /<desc id="[^"]*">([^<]*)<\/desc>/.exec(svg)?.[1];
  it('office-years of two years are 5 groups (nhóm), not 5 offices', async () => {
    for (const format of ['svg', 'html']) {
      const vi = await runThads(['summarize', TWO_YEARS, '--by', 'year,district', '--format', format, '--lang', 'vi']);
      expect(vi.code).toBe(0);
      expect(desc(vi.stdout)).toBe(
        'Biểu đồ thanh ngang, sắp xếp theo tỷ lệ giảm dần, thanh tổng cộng ở cuối. 5 nhóm. Việc: 3 đạt, 2 không đạt chỉ tiêu; Tổng cộng (2020) 82,00% (chỉ tiêu 80%), Tổng cộng (2022) 80,67% (chỉ tiêu 81,5%).',
      );
      const en = await runThads(['summarize', TWO_YEARS, '--by', 'year,district', '--format', format, '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(desc(en.stdout)).toContain('the total bar last. 5 groups. Cases: 3 met, 2 missed the target;');
    }
  });

  it('one year: the offices stay đơn vị, with or without the year in the grouping', async () => {
    for (const by of ['district', 'year,district']) {
      const r = await runThads(['summarize', TWO_PROVINCES, '--by', by, '--format', 'svg', '--lang', 'vi']);
      expect(r.code).toBe(0);
      expect(desc(r.stdout)).toBe('Biểu đồ thanh ngang, sắp xếp theo tỷ lệ giảm dần, thanh tổng cộng ở cuối. 3 đơn vị. Việc: 1 đạt, 2 không đạt chỉ tiêu; Tổng cộng 91,79% (chỉ tiêu 81,5%).');
    }
  });
});
