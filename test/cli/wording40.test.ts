// Three messages that said something untrue in cases they came to cover (no total changes):
// 1. OFFICE_NAME_VARIANTS on initials two offices share ("VB" beside "Vụ Bản" and "Văn Bàn")
//    gave the code's hint "the total is right either way": if "VB" is a corrected copy of one of
//    them, that office counts twice in the total. Right: a hint of its own saying what to check
//    (the full name; a corrected copy's old row deleted). The two-ways case keeps the old hint.
// 2. DUPLICATE_OFFICE in a refused run (REPEATED_ROW on two of an office's three rows, another
//    error, --strict) said its rows "are added together", and its hint "its rows are added
//    together", where nothing is summed. Right: "which a sum would add together; nothing is summed
//    while the input has errors"; a run that sums (exit 0) says "which are added together" as ever.
//    OFFICE_NAME_VARIANTS' "they are counted as two offices" likewise.
// 3. The change columns of a 6-month report compared with 2017's 6 months said "So với năm 2017",
//    "Change in total on 2017" (the whole year 2017) while the paragraph says "so với cùng kỳ năm
//    2017". Right: "So với cùng kỳ năm 2017: …", "Change in total on the same period of 2017",
//    read back as thads' own (PREVIOUS_YEAR_GAP's hint quotes "so với cùng kỳ năm 2017" too); a
//    year-end report's labels as before.
// Every figure expected below is worked out by hand from the lines written here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-wording40-');

function run(args: readonly string[]) {
  const r = spawnThads(['summarize', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** the number of offices and the cases total [with conditions, resolved] */
const total = (stdout: string) => {
  const j = JSON.parse(stdout) as { groups: unknown[]; total: { cases: { withConditions: string; resolved: string } } };
  return [j.groups.length, j.total.cases.withConditions, j.total.cases.resolved];
};

/** the hint printed under the first finding of `code` */
const hintOf = (stderr: string, code: string) => {
  const lines = stderr.split('\n');
  const at = lines.findIndex((l) => l.endsWith(`[${code}]`));
  return at < 0 ? undefined : lines[at + 1];
};

const HEAD = 'province,district,cases_with_conditions,cases_resolved';
const STT_HEAD = 'STT,Đơn vị,Số việc có điều kiện,Số việc đã giải quyết xong';
const EITHER_WAY = 'the total is right either way';

describe('1. initials two offices share: the hint says what to check, never "the total is right either way"', () => {
  const SHARED_HINT =
    '  hint: write the office\'s name in full on line 4 ("Vụ Bản" or "Văn Bàn"); if the row is a corrected copy of one of them, delete the old row: added, that office counts twice in the total; if it is an office of its own, write it with its unit (huyện, thị xã, thành phố)';

  it('"VB" beside "Vụ Bản" and "Văn Bàn": summed as before (810 / 650), the hint names both and the double count', () => {
    const path = file('vb-shared-2019.csv', [HEAD, 'Nam Định,Vụ Bản,300,250', 'Nam Định,Văn Bàn,200,150', 'Nam Định,VB,310,250']);
    const r = run([path, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toContain('vb-shared-2019.csv:4: warning: "VB" may be "Vụ Bản" (line 2) or "Văn Bàn" (line 3) written by the initials they share: it is counted as an office of its own');
    expect(hintOf(r.stderr, 'OFFICE_NAME_VARIANTS')).toBe(SHARED_HINT);
    expect(r.stderr).not.toContain(EITHER_WAY);
    // by hand: 300 + 200 + 310 = 810, 250 + 150 + 250 = 650; three offices
    expect(total(r.stdout)).toEqual([3, '810', '650']);
  });

  it('Hà Nội, numbered: "TT" beside "Thanh Trì" and "Thạch Thất" (both TT): the same hint, with their names', () => {
    const path = file('ha-noi-viec-2019.csv', [STT_HEAD, '1,Thanh Trì,100,80', '2,Thạch Thất,200,150', '3,Ba Vì,300,250', '4,TT,210,150']);
    const r = run([path, '--format', 'json', '--province', 'Hà Nội']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(hintOf(r.stderr, 'OFFICE_NAME_VARIANTS')).toContain('on line 5 ("Thanh Trì" or "Thạch Thất"); if the row is a corrected copy of one of them, delete the old row');
    expect(r.stderr).not.toContain(EITHER_WAY);
    // by hand: 100 + 200 + 300 + 210 = 810, 80 + 150 + 250 + 150 = 630
    expect(total(r.stdout)).toEqual([4, '810', '630']);
  });

  it('.xlsx twin: the same hint, by row', async () => {
    const lines = ['Tỉnh;Đơn vị;Số việc có điều kiện;Số việc đã giải quyết xong', 'Nam Định;Vụ Bản;300;250', 'Nam Định;Văn Bàn;200;150', 'Nam Định;VB;310;250'];
    const r = await summarizeLinesWorkbook(dir, 'vb-shared-2019.xlsx', lines, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(hintOf(r.stderr, 'OFFICE_NAME_VARIANTS')).toBe(SHARED_HINT.replace('on line 4', 'on row 4'));
    expect(total(r.stdout)).toEqual([3, '810', '650']);
  });

  it('control: one office written two ways ("Vụ Bản", "VB", no other VB): the code\'s hint as ever, summed 710 / 580', () => {
    const path = file('vb-two-ways-2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250', 'Nam Định,VB,310,250']);
    const r = run([path, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('vb-two-ways-2019.csv:4: warning: "VB" and "Vụ Bản" (line 3) may be one office written two ways: they are counted as two offices [OFFICE_NAME_VARIANTS]');
    expect(hintOf(r.stderr, 'OFFICE_NAME_VARIANTS')).toBe(
      "  hint: write an office's name alike on all its rows; if they are two offices, write each with its unit (huyện, thị xã, thành phố); if one row is a corrected copy of the other, delete the old one (both summed, that office counts twice in the total)",
    );
    // by hand: 100 + 300 + 310 = 710, 80 + 250 + 250 = 580
    expect(total(r.stdout)).toEqual([3, '710', '580']);
  });
});

describe('2. DUPLICATE_OFFICE in a run that sums nothing: never "are added together"', () => {
  const SUM_CLAIM = /which are added together|its rows are added together|they are counted as two offices/;
  const REFUSED_HINT = '  hint: a sum would add its rows together; check that this is intended';

  it('three rows of Vụ Bản, two an exact copy (REPEATED_ROW, exit 1): "which a sum would add together"', () => {
    const path = file('three-rows-2019.csv', [STT_HEAD, '1,Mỹ Lộc,100,80', '2,Vụ Bản,300,250', '2,Vụ Bản,300,250', '3,Vụ Bản,200,150']);
    const r = run([path, '--format', 'json', '--province', 'Nam Định']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW', 'DUPLICATE_OFFICE']);
    expect(r.stderr).toContain(
      'three-rows-2019.csv:4: warning: office "Vụ Bản" appears on 3 rows (first on line 3), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]',
    );
    expect(hintOf(r.stderr, 'DUPLICATE_OFFICE')).toBe(REFUSED_HINT);
    expect(r.stderr).not.toMatch(SUM_CLAIM);
    expect(r.stderr).toContain('nothing was summed');
  });

  it('.xlsx twin of the three rows: refused, the same words by row', async () => {
    const lines = [STT_HEAD.replace(/,/g, ';'), '1;Mỹ Lộc;100;80', '2;Vụ Bản;300;250', '2;Vụ Bản;300;250', '3;Vụ Bản;200;150'];
    const r = await summarizeLinesWorkbook(dir, 'three-rows-2019.xlsx', lines, ['--format', 'json', '--province', 'Nam Định']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW', 'DUPLICATE_OFFICE']);
    expect(r.stderr).toContain('office "Vụ Bản" appears on 3 rows (first on row 3), which a sum would add together; nothing is summed while the input has errors');
    expect(r.stderr).not.toMatch(SUM_CLAIM);
  });

  it('two rows that differ, refused for a declared total that is off (601 ≠ 300 + 200 + 100 = 600)', () => {
    const path = file('total-off-2019.csv', [STT_HEAD, '1,Mỹ Lộc,100,80', '2,Vụ Bản,300,250', '3,Vụ Bản,200,150', ',Tổng cộng,601,480']);
    const r = run([path, '--format', 'json', '--province', 'Nam Định']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE', 'DECLARED_TOTAL_MISMATCH']);
    expect(r.stderr).toContain('total-off-2019.csv:4: warning: office "Vụ Bản" appears on 2 rows (first on line 3), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]');
    expect(r.stderr).not.toMatch(SUM_CLAIM);
  });

  it("refused for another file's error: the good file's DUPLICATE_OFFICE says no sum either", () => {
    const good = file('nam-dinh-2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250', 'Nam Định,Vụ Bản,200,150']);
    // Ninh Bình: 400 + 100 = 500 with conditions, its "Tổng cộng" says 501
    const bad = file('ninh-binh-2019.csv', [HEAD, 'Ninh Bình,Gia Viễn,400,300', 'Ninh Bình,Nho Quan,100,90', 'Ninh Bình,Tổng cộng,501,390']);
    const r = run([good, bad, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE', 'DECLARED_TOTAL_MISMATCH']);
    expect(r.stderr).toContain('nam-dinh-2019.csv:4: warning: office "Vụ Bản" appears on 2 rows (first on line 3), which a sum would add together; nothing is summed while the input has errors');
    expect(r.stderr).not.toMatch(SUM_CLAIM);
  });

  it('--strict: the warning refuses the run, and says no sum', () => {
    const path = file('strict-2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250', 'Nam Định,Vụ Bản,200,150']);
    const r = run([path, '--format', 'json', '--strict']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('strict-2019.csv:4: error: office "Vụ Bản" appears on 2 rows (first on line 3), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]');
    expect(r.stderr).not.toMatch(SUM_CLAIM);
  });

  it('OFFICE_NAME_VARIANTS in a refused file: "a sum would count them as two offices"', () => {
    // Mỹ Lộc 100/80 and "MyLoc" 50/40 differ (no copy); line 5 is a copy of line 4 (REPEATED_ROW)
    const path = file('variants-refused-2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,MyLoc,50,40', 'Nam Định,Vụ Bản,300,250', 'Nam Định,Vụ Bản,300,250']);
    const r = run([path, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW', 'OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toContain(
      'variants-refused-2019.csv:3: warning: "MyLoc" and "Mỹ Lộc" (line 2) may be one office written two ways: a sum would count them as two offices; nothing is summed while the input has errors [OFFICE_NAME_VARIANTS]',
    );
    expect(r.stderr).not.toMatch(SUM_CLAIM);
  });

  it('control: a run that sums (exit 0), Vụ Bản on two rows that differ: "which are added together", summed 600 / 480', () => {
    const path = file('sums-2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250', 'Nam Định,Vụ Bản,200,150']);
    const r = run([path, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('sums-2019.csv:4: warning: office "Vụ Bản" appears on 2 rows (first on line 3), which are added together [DUPLICATE_OFFICE]\n  hint: its rows are added together; check that this is intended\n');
    // by hand: Vụ Bản 300 + 200 = 500 / 250 + 150 = 400; with Mỹ Lộc 100/80: 600 / 480; two offices
    expect(total(r.stdout)).toEqual([2, '600', '480']);
  });
});

describe('3. a 6-month report against 2017\'s 6 months: "cùng kỳ năm 2017" in every change label', () => {
  const HALF = 'district,cases_total,cases_with_conditions,cases_resolved';
  const title = (year: number) => [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM ${year}`, `(Từ ngày 01/10/${year - 1} đến ngày 31/3/${year})`];
  // 6 months of 2019: total 500 + 300 = 800; resolved 300 + 150 = 450 of 400 + 200 = 600: 75.00 %
  const now = file('sau-thang/viec-2019.csv', [...title(2019), HALF, 'Mỹ Lộc,500,400,300', 'Vụ Bản,300,200,150']);
  // 6 months of 2017: total 450 + 320 = 770; resolved 280 + 175 = 455 of 400 + 250 = 650: 70.00 %
  // → on 2017's 6 months: 800 − 770 = +30 cases, 75.00 − 70.00 = +5.00 pp
  const prev2017 = file('sau-thang/viec-2017.csv', [...title(2017), HALF, 'Mỹ Lộc,450,400,280', 'Vụ Bản,320,250,175']);
  // 6 months of 2018 (the year before: labels without a year): total 790, 430 of 600: 71.67 % → +10, +3.33
  const prev2018 = file('sau-thang/viec-2018.csv', [...title(2018), HALF, 'Mỹ Lộc,480,400,290', 'Vụ Bản,310,200,140']);
  const summarize = (prev: string, extra: readonly string[]) => run([now, '--previous', prev, ...extra]);

  it('--excel --lang vi: "So với cùng kỳ năm 2017: …", the figures +30 and 5,00', () => {
    const r = summarize(prev2017, ['--excel', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PREVIOUS_YEAR_GAP']);
    expect(hintOf(r.stderr, 'PREVIOUS_YEAR_GAP')).toBe('  hint: pass the files of 2018 with --previous to compare with last year; the change is said against 2017 ("so với cùng kỳ năm 2017")');
    const [head, ...rows] = r.stdout.replace(/^\uFEFF(?:(?:Từ|From) [^\r\n]*\r\n)?/u, '').trim().split('\r\n').map((l) => l.split(';'));
    expect(head!.filter((h) => h.startsWith('So với'))).toEqual([
      'So với cùng kỳ năm 2017: việc thụ lý tăng/giảm',
      'So với cùng kỳ năm 2017: tỷ lệ việc tăng/giảm (%)',
      'So với cùng kỳ năm 2017: tiền thụ lý tăng/giảm (đồng)',
      'So với cùng kỳ năm 2017: tỷ lệ tiền tăng/giảm (%)',
    ]);
    const t = rows.find((row) => row[1] === 'TOTAL')!;
    expect([t[head!.indexOf('So với cùng kỳ năm 2017: việc thụ lý tăng/giảm')], t[head!.indexOf('So với cùng kỳ năm 2017: tỷ lệ việc tăng/giảm (%)')]]).toEqual(['30', '5,00']);
  });

  it('table, Markdown and HTML, both languages: "on the same period of 2017", "so với cùng kỳ năm 2017"', () => {
    for (const format of ['table', 'markdown', 'html']) {
      const en = summarize(prev2017, ['--format', format, '--lang', 'en']);
      expect(en.code, `${format}: ${en.stderr}`).toBe(0);
      expect(en.stdout, format).toContain('Change in total on the same period of 2017');
      expect(en.stdout, format).toContain('Rate change on the same period of 2017 (pp)');
      expect(en.stdout, format).not.toMatch(/(Change in total|Rate change) on 2017/);
      const vi = summarize(prev2017, ['--format', format, '--lang', 'vi']);
      expect(vi.code, `${format}: ${vi.stderr}`).toBe(0);
      expect(vi.stdout, format).toContain('Tăng/giảm thụ lý so với cùng kỳ năm 2017');
      expect(vi.stdout, format).toContain('Tăng/giảm tỷ lệ so với cùng kỳ năm 2017 (%)');
      expect(vi.stdout, format).not.toMatch(/Tăng\/giảm (thụ lý|tỷ lệ) so với năm 2017/);
    }
  });

  it('the workbook, both languages', async () => {
    for (const [lang, want] of [
      ['en', ['Change in total on the same period of 2017', 'Rate change on the same period of 2017 (pp)']],
      ['vi', ['Tăng/giảm thụ lý so với cùng kỳ năm 2017', 'Tăng/giảm tỷ lệ so với cùng kỳ năm 2017 (%)']],
    ] as const) {
      const out = join(mkdtempSync(join(tmpdir(), 'thads-wording40-out-')), `sau-thang-${lang}.xlsx`);
      const r = summarize(prev2017, ['--lang', lang, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const labels: string[] = [];
      wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => labels.push(String(c.value))));
      expect(labels.filter((l) => /Change in total|Rate change|Tăng\/giảm/.test(l))).toEqual(want);
    }
  });

  it("read back, thads' own outputs with the new labels read as the control's (the 6 months of 2018, labels without a year)", () => {
    // each gives the 2019 figures again: 800 / 600 / 450, 75.00 %; its change columns ignored
    const totalOf = (stdout: string) => {
      const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
      const t = rows.find((row) => row[1] === 'TOTAL')!;
      return ['cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => t[head!.indexOf(k)]);
    };
    for (const [name, extra] of [
      ['csv', ['--excel', '--lang', 'vi']],
      ['md', ['--format', 'markdown', '--lang', 'en']],
      ['md', ['--format', 'markdown', '--lang', 'vi']],
      ['xlsx', ['--lang', 'en']],
      ['xlsx', ['--lang', 'vi']],
    ] as const) {
      const lang = extra[extra.length - 1];
      expect(summarize(prev2017, [...extra, '-o', `gap-${lang}.${name}`]).code).toBe(0);
      expect(summarize(prev2018, [...extra, '-o', `ctl-${lang}.${name}`]).code).toBe(0);
      const gap = run([`gap-${lang}.${name}`, '--format', 'csv']);
      const ctl = run([`ctl-${lang}.${name}`, '--format', 'csv']);
      expect(gap.code, `${name} ${lang}: ${gap.stderr}`).toBe(0);
      expect(gap.stderr).not.toContain('UNKNOWN_COLUMN');
      expect(gap.stderr.split(`gap-${lang}`).join('X'), `${name} ${lang}`).toBe(ctl.stderr.split(`ctl-${lang}`).join('X'));
      expect(gap.stdout, `${name} ${lang}`).toBe(ctl.stdout);
      expect(totalOf(gap.stdout), `${name} ${lang}`).toEqual(['800', '600', '450', '75.00']);
    }
  });

  it('control: the 6 months of 2018 (the year before): labels without a year', () => {
    const r = summarize(prev2018, ['--excel', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const head = r.stdout.replace(/^\uFEFF(?:(?:Từ|From) [^\r\n]*\r\n)?/u, '').split('\r\n')[0]!.split(';');
    // session 41: the same period of the year before, "cùng kỳ năm trước" (was "So với năm trước", the whole year)
    expect(head.filter((h) => h.startsWith('So với')).slice(0, 2)).toEqual(['So với cùng kỳ năm trước: việc thụ lý tăng/giảm', 'So với cùng kỳ năm trước: tỷ lệ việc tăng/giảm (%)']);
    const md = summarize(prev2018, ['--format', 'markdown', '--lang', 'en']);
    expect(md.stdout).toContain('| Cases: Change in total | Cases: Rate change (pp) |');
  });

  it('control: year-end 2019 against year-end 2017: "So với năm 2017", "Change in total on 2017", no "cùng kỳ"', () => {
    const y2019 = file('ca-nam/viec-2019.csv', [HALF, 'Mỹ Lộc,500,400,300', 'Vụ Bản,300,200,150']);
    const y2017 = file('ca-nam/viec-2017.csv', [HALF, 'Mỹ Lộc,450,400,280', 'Vụ Bản,320,250,175']);
    const vi = run([y2019, '--previous', y2017, '--excel', '--lang', 'vi']);
    expect(vi.code, vi.stderr).toBe(0);
    expect(hintOf(vi.stderr, 'PREVIOUS_YEAR_GAP')).toBe('  hint: pass the files of 2018 with --previous to compare with last year; the change is said against 2017 ("so với năm 2017")');
    const head = vi.stdout.replace(/^\uFEFF(?:(?:Từ|From) [^\r\n]*\r\n)?/u, '').split('\r\n')[0]!.split(';');
    expect(head.filter((h) => h.startsWith('So với')).slice(0, 2)).toEqual(['So với năm 2017: việc thụ lý tăng/giảm', 'So với năm 2017: tỷ lệ việc tăng/giảm (%)']);
    const en = run([y2019, '--previous', y2017, '--format', 'markdown', '--lang', 'en']);
    expect(en.stdout).toContain('| Cases: Change in total on 2017 | Cases: Rate change on 2017 (pp) |');
    expect(en.stdout).not.toContain('same period');
  });
});
