// The HTML report as an office files it (issue 17): a first table that fits A4 portrait, the
// full figures after it, and — with "report" in the config — the administrative layout of
// Nghị định 30/2020/NĐ-CP. What only a browser shows (widths, wrapping, PDF) is checked by
// `npm run test:browser` (test/browser/check-report.mjs), which CI runs too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentDate } from '../../src/output/html.js';
import { runThads } from '../helpers/cli.js';

const DOCUMENT = ['--config', 'fixtures/report-document/thads.config.json'];
const html = async (args: string[]) => {
  const r = await runThads(['summarize', 'fixtures/2019.csv', '--format', 'html', ...args]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
};
const tables = (page: string) => [...page.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
const headers = (table: string) => [...table.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);

describe('tables', () => {
  it('the first table: office, then rate, target, gap and rank of each measure (fits A4 portrait)', async () => {
    const first = tables(await html(['--previous', 'fixtures/2018.csv', '--lang', 'en']))[0]!;
    expect(headers(first)).toEqual(['Office', 'Rate', 'Target', 'Gap (pp)', 'Rank', 'Rate', 'Target', 'Gap (pp)', 'Rank']);
    // one province on every row: said once, above the table
    expect(first).toContain('<caption>Province: Nam Định</caption>');
  });

  it('the full figures: one table per measure with every column, after a page break', async () => {
    const page = await html(['--previous', 'fixtures/2018.csv', '--lang', 'en']);
    const [, cases, money] = tables(page);
    const all = ['Office', 'Total', 'With conditions', 'Resolved', 'Rate', 'Target', 'Gap (pp)', 'Above target', 'Rank', 'Change in total', 'Rate change (pp)'];
    expect(headers(cases!)).toEqual(all);
    expect(headers(money!)).toEqual(all);
    expect(page).toContain('<p class="note">Total, With conditions, Resolved, Above target, Change in total, Rate change (pp): see full figures.</p>');
    expect(page).toMatch(/\.appendix \{ break-before: page;/);
    expect(page.indexOf('<section class="appendix"')).toBeLessThan(page.indexOf('<table>\n<thead>\n<tr><th colspan="1"'));
  });

  it('office names do not wrap; print fonts are readable (9pt tables, 10pt text)', async () => {
    const page = await html(['--lang', 'vi']);
    expect(page).toContain('<td class="name">Thành phố Nam Định</td>');
    expect(page).toContain('td.name { white-space: nowrap; }');
    const print = page.slice(page.indexOf('@media print'));
    expect(print).toContain('  table { font-size: 9pt; }');
    expect(print).toContain('  p { font-size: 10pt;');
  });
});

describe('working paper (no "report.agency" in the config)', () => {
  it('has a heading and no administrative header or signature', async () => {
    const page = await html(['--lang', 'vi', '--config', 'fixtures/thads.config.json']);
    expect(page).toContain('<h1>Báo cáo kết quả thi hành án dân sự, năm 2019</h1>');
    expect(page).not.toContain('CỘNG HÒA');
    expect(page).not.toContain('class="doc-sign"');
    expect(page).toContain('@page { size: A4; margin: 12mm; }');
  });

  it('takes its title from the config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-doc-'));
    writeFileSync(join(dir, 'thads.config.json'), JSON.stringify({ report: { title: 'Kết quả 12 tháng năm 2019 (dự thảo)' } }));
    const page = await html(['--lang', 'vi', '--config', join(dir, 'thads.config.json')]);
    expect(page).toContain('<title>Kết quả 12 tháng năm 2019 (dự thảo)</title>');
    expect(page).toContain('<h1>Kết quả 12 tháng năm 2019 (dự thảo)</h1>');
    expect(page).not.toContain('CỘNG HÒA');
  });
});

describe('administrative document (Nghị định 30/2020/NĐ-CP)', () => {
  it('golden', async () => {
    await expect(await html([...DOCUMENT, '--lang', 'vi', '--previous', 'fixtures/2018.csv'])).toMatchFileSnapshot('./__golden__/report-2019-document-vi.html');
  });

  it('agency, number; quốc hiệu, tiêu ngữ, place and date; kind and title; signature; appendix attached to it', async () => {
    const page = await html([...DOCUMENT, '--lang', 'vi']);
    const order = [
      '<div class="parent">TỔNG CỤC THI HÀNH ÁN DÂN SỰ</div>',
      '<div class="agency">CỤC THI HÀNH ÁN DÂN SỰ<br>TỈNH NAM ĐỊNH</div>',
      '<div class="number">Số: 125/BC-CTHADS</div>',
      '<div class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>',
      '<span class="motto">Độc lập - Tự do - Hạnh phúc</span>',
      '<div class="place-date">Nam Định, ngày 05 tháng 10 năm 2019</div>',
      '<div class="kind">BÁO CÁO</div>',
      '<div class="subject">Kết quả thi hành án dân sự năm 2019</div>',
      'kết quả thi hành án dân sự toàn tỉnh Nam Định',
      '<p class="label">Nơi nhận:</p>',
      '<li>- Tổng cục THADS (để b/c);</li>',
      '<li>- Lưu: VT, NV.</li>',
      '<div class="office">KT. CỤC TRƯỞNG</div>',
      '<div class="office">PHÓ CỤC TRƯỞNG</div>',
      '<div class="name">Nguyễn Văn An</div>',
      'PHỤ LỤC<br>SỐ LIỆU ĐẦY ĐỦ<br><span class="attached">(Kèm theo Báo cáo số 125/BC-CTHADS ngày 05 tháng 10 năm 2019 của CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH)</span>',
    ];
    let at = -1;
    for (const text of order) {
      const next = page.indexOf(text);
      expect(next, text).toBeGreaterThan(at);
      at = next;
    }
    // Times New Roman and the decree's margins (top 20, right 15, bottom 20, left 30 mm)
    expect(page).toContain('<body class="document">');
    expect(page).toContain('body.document { font-family: "Times New Roman", "Liberation Serif"');
    expect(page).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
  });

  it('in English: the same layout, translated', async () => {
    const page = await html([...DOCUMENT, '--lang', 'en']);
    for (const text of ['SOCIALIST REPUBLIC OF VIETNAM', 'Independence - Freedom - Happiness', 'No.: 125/BC-CTHADS', 'Nam Định, 5 October 2019', '<div class="kind">REPORT</div>', 'Recipients:']) {
      expect(page).toContain(text);
    }
  });

  it('a draft: no number or date yet, left blank for the clerk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-doc-'));
    writeFileSync(join(dir, 'thads.config.json'), JSON.stringify({ report: { agency: 'CHI CỤC THI HÀNH ÁN DÂN SỰ\nHUYỆN MỸ LỘC', place: 'Mỹ Lộc' } }));
    const page = await html(['--lang', 'vi', '--config', join(dir, 'thads.config.json'), '--only', 'Mỹ Lộc']);
    expect(page).toContain('<div class="number">Số: \u2003\u2003\u2003</div>');
    expect(page).toContain('<div class="place-date">Mỹ Lộc, ngày\u2003\u2003tháng\u2003\u2003năm\u2003\u2003</div>');
    expect(page).toContain('(Kèm theo Báo cáo của CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC)');
  });

  it('an impossible date or an unknown key is a config error naming its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-doc-'));
    const bad = (report: object) => {
      const file = join(dir, `${Object.keys(report).join('-')}.json`);
      writeFileSync(file, JSON.stringify({ report }));
      return runThads(['summarize', 'fixtures/2019.csv', '--format', 'html', '--config', file]);
    };
    const date = await bad({ agency: 'CỤC THADS', date: '2019-02-30' });
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('error: report.date: "2019-02-30" is not a date [CONFIG_INVALID]');
    const key = await bad({ signer: { nam: 'Nguyễn Văn An' } });
    expect(key.code).toBe(2);
    expect(key.stderr).toContain('error: report.signer.nam: unknown key [CONFIG_INVALID]');
  });
});

describe('documentDate', () => {
  it.each([
    ['2019-10-15', 'vi', 'ngày 15 tháng 10 năm 2019'],
    // a day below 10, and the months 1 and 2, take a leading zero
    ['2020-01-05', 'vi', 'ngày 05 tháng 01 năm 2020'],
    ['2020-02-29', 'vi', 'ngày 29 tháng 02 năm 2020'],
    ['2020-03-09', 'vi', 'ngày 09 tháng 3 năm 2020'],
    ['2019-10-05', 'en', '5 October 2019'],
  ] as const)('%s (%s) → %s', (iso, lang, text) => {
    expect(documentDate(iso, lang)).toBe(text);
  });
});
