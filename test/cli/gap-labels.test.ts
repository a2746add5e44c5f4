// --previous two years back (2017's files for a 2019 report) is compared and warned
// (PREVIOUS_YEAR_GAP), and the paragraph says "so với năm 2017". The fault: the spreadsheet
// outputs still labelled the change columns as last year's — "So với năm trước: việc thụ lý
// tăng/giảm" (--excel --lang vi), bare "Change in total" / "Tăng/giảm thụ lý" (table, Markdown,
// HTML, workbook) — so a two-year change was pasted on as one year's. Right: every change label
// names 2017, as the paragraph does; thads reads such output back as its own (the change columns
// ignored, never summed nor refused); with 2018's files (the year before) the labels are as ever.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-gap-labels-');

const HEAD = 'district,cases_total,cases_with_conditions,cases_resolved';
// 2019: total 500 + 300 = 800; resolved 300 + 150 = 450 of 400 + 200 = 600 with conditions: 75.00 %
const nowCsv = file('viec-2019.csv', [HEAD, 'Mỹ Lộc,500,400,300', 'Vụ Bản,300,200,150']);
// 2017: total 450 + 320 = 770; resolved 280 + 175 = 455 of 400 + 250 = 650: 70.00 %
// → on 2017: 800 − 770 = +30 cases, 75.00 − 70.00 = +5.00 pp
const prev2017 = file('viec-2017.csv', [HEAD, 'Mỹ Lộc,450,400,280', 'Vụ Bản,320,250,175']);
// 2018: total 480 + 310 = 790; resolved 290 + 140 = 430 of 400 + 200 = 600: 71.67 %
// → on 2018: 800 − 790 = +10 cases, 75.00 − 71.67 = +3.33 pp
const prev2018 = file('viec-2018.csv', [HEAD, 'Mỹ Lộc,480,400,290', 'Vụ Bản,310,200,140']);

function run(args: readonly string[]) {
  const r = spawnThads(args, { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
const summarize = (prev: string, extra: readonly string[]) => run(['summarize', nowCsv, '--previous', prev, ...extra]);

/** The --excel --lang vi CSV's header cells (BOM off, ";"-separated) and its TOTAL row by header. */
function excelVi(stdout: string): { header: string[]; total: Record<string, string> } {
  const [head, ...rows] = stdout.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
  const total = rows.find((r) => r[1] === 'Tổng cộng' || r[1] === 'TOTAL')!;
  return { header: head!, total: Object.fromEntries(head!.map((h, i) => [h, total[i] ?? ''])) };
}

async function workbookLabels(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const labels: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => labels.push(String(c.value))));
  return labels;
}

const LAST_YEAR_VI = ['So với năm trước: việc thụ lý tăng/giảm', 'So với năm trước: tỷ lệ việc tăng/giảm (%)'];
const ON_2017_VI = ['So với năm 2017: việc thụ lý tăng/giảm', 'So với năm 2017: tỷ lệ việc tăng/giảm (%)'];

describe('2017 for 2019: every change label names 2017', () => {
  it('--excel --lang vi: "So với năm 2017: …", never "năm trước"; the figures as before (+30, +5,00)', () => {
    const r = summarize(prev2017, ['--excel', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PREVIOUS_YEAR_GAP']);
    const { header, total } = excelVi(r.stdout);
    expect(header.filter((h) => h.startsWith('So với'))).toEqual([...ON_2017_VI, 'So với năm 2017: tiền thụ lý tăng/giảm (đồng)', 'So với năm 2017: tỷ lệ tiền tăng/giảm (%)']);
    expect(r.stdout).not.toContain('năm trước:');
    expect(ON_2017_VI.map((h) => total[h])).toEqual(['30', '5,00']);
  });

  it('table, Markdown and HTML in English: "Change in total on 2017", "Rate change on 2017 (pp)"', () => {
    for (const format of ['table', 'markdown', 'html']) {
      const r = summarize(prev2017, ['--format', format, '--lang', 'en']);
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
      expect(r.stdout, format).toContain('Change in total on 2017');
      expect(r.stdout, format).toContain('Rate change on 2017 (pp)');
      expect(r.stdout, format).not.toMatch(/Change in total(?! on 2017)|Rate change \(pp\)/);
    }
  });

  it('table, Markdown and HTML in Vietnamese: "Tăng/giảm thụ lý so với năm 2017", "Tăng/giảm tỷ lệ so với năm 2017 (%)"', () => {
    for (const format of ['table', 'markdown', 'html']) {
      const r = summarize(prev2017, ['--format', format, '--lang', 'vi']);
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
      expect(r.stdout, format).toContain('Tăng/giảm thụ lý so với năm 2017');
      expect(r.stdout, format).toContain('Tăng/giảm tỷ lệ so với năm 2017 (%)');
      expect(r.stdout, format).not.toMatch(/Tăng\/giảm thụ lý(?! so với năm 2017)|Tăng\/giảm tỷ lệ \(%\)/);
    }
  });

  it('the workbook (-o x.xlsx), both languages', async () => {
    for (const [lang, want] of [['en', ['Change in total on 2017', 'Rate change on 2017 (pp)']], ['vi', ['Tăng/giảm thụ lý so với năm 2017', 'Tăng/giảm tỷ lệ so với năm 2017 (%)']]] as const) {
      const out = join(mkdtempSync(join(tmpdir(), 'thads-gap-labels-out-')), `tong-hop-${lang}.xlsx`);
      const r = summarize(prev2017, ['--lang', lang, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const labels = await workbookLabels(out);
      expect(labels.filter((l) => /Change in total|Rate change|Tăng\/giảm/.test(l))).toEqual(want);
    }
  });

  it('plain CSV and JSON keep their machine names (total_change, totalChange: no year to misread)', () => {
    const csv = summarize(prev2017, ['--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toContain(',cases_total_change,cases_rate_change,');
    const json = JSON.parse(summarize(prev2017, ['--format', 'json']).stdout) as { total: { cases: { totalChange: string; rateChange: string } } };
    expect([json.total.cases.totalChange, json.total.cases.rateChange]).toEqual(['30', '5.00']);
  });

  it('--help says the --previous files are an earlier year\'s', () => {
    const r = run(['summarize', '--help']);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain("--previous <file> an earlier year's file (normally last year's), for the change columns (repeatable)");
  });
});

describe("thads' own output of a gap comparison, read back", () => {
  // Read back, each output gives the 2019 figures again (800 / 600 / 450 cases: 75.00 %), its change
  // columns ignored; its stderr is the control's (2018's output read back) but for the file's name.
  const back = (name: string) => run(['summarize', name, '--format', 'csv']);
  const totalOf = (stdout: string) => {
    const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
    const t = rows.find((r) => r[1] === 'TOTAL')!;
    const at = (k: string) => t[head!.indexOf(k)];
    return [at('cases_total'), at('cases_with_conditions'), at('cases_resolved'), at('cases_rate'), at('cases_total_change')];
  };

  it('--excel --lang vi: "So với năm 2017: …" ignored like "So với năm trước: …" (no UNKNOWN_COLUMN)', () => {
    for (const [prev, name] of [[prev2017, 'gap.csv'], [prev2018, 'ctl.csv']] as const) {
      const r = summarize(prev, ['--excel', '--lang', 'vi', '-o', name]);
      expect(r.code, r.stderr).toBe(0);
    }
    const gap = back('gap.csv');
    const ctl = back('ctl.csv');
    expect(gap.code, gap.stderr).toBe(0);
    expect(gap.stderr).not.toContain('UNKNOWN_COLUMN');
    expect(gap.stderr.split('gap.csv').join('X')).toBe(ctl.stderr.split('ctl.csv').join('X'));
    expect(totalOf(gap.stdout)).toEqual(['800', '600', '450', '75.00', '']);
  });

  it('Markdown, both languages: known as its own table (as the control is), the same reading', () => {
    for (const lang of ['en', 'vi']) {
      summarize(prev2017, ['--format', 'markdown', '--lang', lang, '-o', `gap-${lang}.md`]);
      summarize(prev2018, ['--format', 'markdown', '--lang', lang, '-o', `ctl-${lang}.md`]);
      const gap = back(`gap-${lang}.md`);
      const ctl = back(`ctl-${lang}.md`);
      expect(gap.code, gap.stderr).toBe(0);
      expect(gap.stderr).not.toContain('UNKNOWN_COLUMN');
      expect(gap.stderr.split(`gap-${lang}.md`).join('X')).toBe(ctl.stderr.split(`ctl-${lang}.md`).join('X'));
      expect(gap.stdout).toBe(ctl.stdout);
      expect(totalOf(gap.stdout)).toEqual(['800', '600', '450', '75.00', '']);
    }
  });

  it('the workbook, both languages: known as its own, the same reading', () => {
    for (const lang of ['en', 'vi']) {
      summarize(prev2017, ['--lang', lang, '-o', `gap-${lang}.xlsx`]);
      summarize(prev2018, ['--lang', lang, '-o', `ctl-${lang}.xlsx`]);
      const gap = back(`gap-${lang}.xlsx`);
      const ctl = back(`ctl-${lang}.xlsx`);
      expect(gap.code, gap.stderr).toBe(0);
      expect(gap.stderr).toBe(ctl.stderr.split(`ctl-${lang}`).join(`gap-${lang}`));
      expect(gap.stdout).toBe(ctl.stdout);
      expect(totalOf(gap.stdout)).toEqual(['800', '600', '450', '75.00', '']);
    }
  });
});

describe("controls: 2018's files for 2019 (the year before), labels as ever", () => {
  it('--excel --lang vi: "So với năm trước: …"', () => {
    const r = summarize(prev2018, ['--excel', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const { header, total } = excelVi(r.stdout);
    expect(header.filter((h) => h.startsWith('So với'))).toEqual([...LAST_YEAR_VI, 'So với năm trước: tiền thụ lý tăng/giảm (đồng)', 'So với năm trước: tỷ lệ tiền tăng/giảm (%)']);
    expect(LAST_YEAR_VI.map((h) => total[h])).toEqual(['10', '3,33']);
  });

  it('table, Markdown and HTML: "Change in total", "Rate change (pp)", "Tăng/giảm thụ lý", no year', () => {
    for (const format of ['table', 'markdown', 'html']) {
      const en = summarize(prev2018, ['--format', format, '--lang', 'en']);
      expect(en.stderr).toBe('');
      expect(en.stdout, format).toContain('Change in total');
      expect(en.stdout, format).toContain('Rate change (pp)');
      expect(en.stdout, format).not.toMatch(/(Change in total|Rate change) on/);
      const vi = summarize(prev2018, ['--format', format, '--lang', 'vi']);
      expect(vi.stdout, format).toContain('Tăng/giảm tỷ lệ (%)');
      expect(vi.stdout, format).not.toMatch(/Tăng\/giảm thụ lý so với/);
    }
  });

  it('an input of several years (--by year) against 2018: no year in the labels', () => {
    const multi = file('viec-nhieu-nam.csv', ['district,year,cases_total,cases_with_conditions,cases_resolved', 'Mỹ Lộc,2019,500,400,300', 'Vụ Bản,2019,300,200,150', 'Mỹ Lộc,2020,600,500,400', 'Vụ Bản,2020,400,300,240']);
    const r = run(['summarize', multi, '--by', 'year', '--previous', prev2018, '--excel', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(excelVi(r.stdout).header.filter((h) => h.startsWith('So với')).slice(0, 2)).toEqual(LAST_YEAR_VI);
    // the same input against 2017: 2019 is compared with 2017, two years back: named
    const g = run(['summarize', multi, '--by', 'year', '--previous', prev2017, '--excel', '--lang', 'vi']);
    expect(g.code, g.stderr).toBe(0);
    expect(excelVi(g.stdout).header.filter((h) => h.startsWith('So với')).slice(0, 2)).toEqual(ON_2017_VI);
  });
});
