// Output words that said something untrue (no total changes):
// 1. `thads check` said of an office on several rows that they "are added together" (hint: "its
//    rows are added together"), and of one office written two ways that "they are counted as two
//    offices", though check validates and adds nothing up. Right: what summarize does ("which
//    summarize adds together", "summarize counts them as two offices"); where summarize would
//    refuse the input (an error in it, --strict), summarize's own refused words ("which a sum would
//    add together; nothing is summed while the input has errors"). summarize's words as before.
// 2. A 6-month report compared with the 6 months of the year before labelled its --excel --lang vi
//    change columns "So với năm trước: …" (on last year, the whole year) while its paragraph says
//    "so với cùng kỳ năm 2018". Right: "So với cùng kỳ năm trước: …", read back as thads' own; a
//    year-end report's "So với năm trước" and a gap's "So với cùng kỳ năm 2017" as before.
// Every figure expected below is worked out by hand from the lines written here.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-wording41-');

function run(args: readonly string[]) {
  const r = spawnThads(args, { cwd: dir });
  return { ...r, stdout: r.stdout.split(`${dir}/`).join(''), stderr: r.stderr.split(`${dir}/`).join('') };
}

/** the hint printed under the first finding of `code` */
const hintOf = (text: string, code: string) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.endsWith(`[${code}]`));
  return at < 0 ? undefined : lines[at + 1];
};

const HEAD = 'province,district,cases_with_conditions,cases_resolved';
/** words that say a sum or a count was made */
const SUM_CLAIM = /which are added together|its rows are added together|they are counted as two offices|it is counted as an office of its own/;

describe('1. thads check adds nothing up: its words say what summarize does', () => {
  // Vụ Bản on lines 3 and 4, figures that differ (no copy)
  const dup = file('dup-2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250', 'Nam Định,Vụ Bản,200,150']);

  it('DUPLICATE_OFFICE, text: "which summarize adds together", exit 0', () => {
    const r = run(['check', dup]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toBe(
      'dup-2019.csv:4: warning: office "Vụ Bản" appears on 2 rows (first on line 3), which summarize adds together [DUPLICATE_OFFICE]\n' +
        '  hint: summarize adds its rows together; check that this is intended\n' +
        '0 errors, 1 warning in 1 file\n',
    );
  });

  it('DUPLICATE_OFFICE, JSON and GitHub annotations: the same words', () => {
    const j = run(['check', dup, '--format', 'json']);
    expect(j.code).toBe(0);
    const doc = JSON.parse(j.stdout) as { findings: { code: string; message: string; hint: string }[] };
    expect(doc.findings.map((f) => [f.code, f.message, f.hint])).toEqual([
      ['DUPLICATE_OFFICE', 'office "Vụ Bản" appears on 2 rows (first on line 3), which summarize adds together', 'summarize adds its rows together; check that this is intended'],
    ]);
    const g = run(['check', dup, '--format', 'github']);
    expect(g.code).toBe(0);
    expect(g.stdout).toContain('title=DUPLICATE_OFFICE::office "Vụ Bản" appears on 2 rows (first on line 3), which summarize adds together%0Asummarize adds its rows together');
    expect(g.stdout).not.toMatch(SUM_CLAIM);
  });

  it('.xlsx twin: the same words, by row', async () => {
    const path = await writeSheetsWorkbook(dir, 'dup-2019.xlsx', {
      Sheet1: [['Tỉnh', 'Đơn vị', 'Số việc có điều kiện', 'Số việc đã giải quyết xong'], ['Nam Định', 'Mỹ Lộc', 100, 80], ['Nam Định', 'Vụ Bản', 300, 250], ['Nam Định', 'Vụ Bản', 200, 150]],
    });
    const r = run(['check', path]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('office "Vụ Bản" appears on 2 rows (first on row 3), which summarize adds together [DUPLICATE_OFFICE]');
    expect(hintOf(r.stdout, 'DUPLICATE_OFFICE')).toBe('  hint: summarize adds its rows together; check that this is intended');
    expect(r.stdout).not.toMatch(SUM_CLAIM);
  });

  it('OFFICE_NAME_VARIANTS, one office two ways: "summarize counts them as two offices", the hint "summed, the total is right…"', () => {
    const path = file('variants-2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,MyLoc,50,40']);
    const r = run(['check', path]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('variants-2019.csv:3: warning: "MyLoc" and "Mỹ Lộc" (line 2) may be one office written two ways: summarize counts them as two offices [OFFICE_NAME_VARIANTS]');
    expect(hintOf(r.stdout, 'OFFICE_NAME_VARIANTS')).toBe(
      "  hint: write an office's name alike on all its rows; if they are two offices, write each with its unit (huyện, thị xã, thành phố); if one row is a corrected copy of the other, delete the old one (summarize adds both: that office would count twice in the total)",
    );
    expect(r.stdout).not.toMatch(SUM_CLAIM);
  });

  it('OFFICE_NAME_VARIANTS, initials two offices share ("VB"): "summarize counts it as an office of its own"', () => {
    const path = file('vb-shared-2019.csv', [HEAD, 'Nam Định,Vụ Bản,300,250', 'Nam Định,Văn Bàn,200,150', 'Nam Định,VB,310,250']);
    const r = run(['check', path]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('vb-shared-2019.csv:4: warning: "VB" may be "Vụ Bản" (line 2) or "Văn Bàn" (line 3) written by the initials they share: summarize counts it as an office of its own [OFFICE_NAME_VARIANTS]');
    expect(r.stdout).not.toMatch(SUM_CLAIM);
  });

  it('an input summarize refuses (a declared total off: 601 ≠ 100 + 300 + 200 = 600): its refused words, exit 1', () => {
    const path = file('total-off-2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250', 'Nam Định,Vụ Bản,200,150', 'Nam Định,Tổng cộng,601,480']);
    const r = run(['check', path]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toContain('total-off-2019.csv:4: warning: office "Vụ Bản" appears on 2 rows (first on line 3), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]');
    expect(hintOf(r.stdout, 'DUPLICATE_OFFICE')).toBe('  hint: a sum would add its rows together; check that this is intended');
    expect(r.stdout).toContain('[DECLARED_TOTAL_MISMATCH]');
    expect(r.stdout).not.toMatch(SUM_CLAIM);
  });

  it('--strict: the warning an error, refused words as summarize --strict prints them', () => {
    const r = run(['check', dup, '--strict']);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toContain('dup-2019.csv:4: error: office "Vụ Bản" appears on 2 rows (first on line 3), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]');
    const s = run(['summarize', dup, '--strict', '--format', 'json']);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('dup-2019.csv:4: error: office "Vụ Bản" appears on 2 rows (first on line 3), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]');
  });

  it('control: summarize of the same file sums and says "which are added together" as ever: 600 / 480', () => {
    const r = run(['summarize', dup, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('dup-2019.csv:4: warning: office "Vụ Bản" appears on 2 rows (first on line 3), which are added together [DUPLICATE_OFFICE]\n  hint: its rows are added together; check that this is intended\n');
    // by hand: Mỹ Lộc 100/80, Vụ Bản 300 + 200 = 500 / 250 + 150 = 400: 600 / 480
    const t = (JSON.parse(r.stdout) as { total: { cases: { withConditions: string; resolved: string } } }).total.cases;
    expect([t.withConditions, t.resolved]).toEqual(['600', '480']);
  });

  it('control: a clean file, no office twice: "no problems"', () => {
    const path = file('clean-2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250']);
    const r = run(['check', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('no problems in 1 file\n');
  });
});

describe('2. 6 months against the 6 months of the year before: "So với cùng kỳ năm trước"', () => {
  const HALF = 'district,cases_total,cases_with_conditions,cases_resolved';
  const title = (year: number) => [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM ${year}`, `(Từ ngày 01/10/${year - 1} đến ngày 31/3/${year})`];
  // 6 months of 2019: total 500 + 300 = 800; resolved 300 + 150 = 450 of 400 + 200 = 600: 75.00 %
  const now = file('sau-thang/viec-2019.csv', [...title(2019), HALF, 'Mỹ Lộc,500,400,300', 'Vụ Bản,300,200,150']);
  // 6 months of 2018: total 480 + 310 = 790; resolved 290 + 140 = 430 of 600: 71.67 %
  // → 800 − 790 = +10 cases, 75.00 − 71.67 = +3.33 pp
  const prev2018 = file('sau-thang/viec-2018.csv', [...title(2018), HALF, 'Mỹ Lộc,480,400,290', 'Vụ Bản,310,200,140']);
  // 6 months of 2017: total 450 + 320 = 770; 455 of 650: 70.00 % → +30, +5.00
  const prev2017 = file('sau-thang/viec-2017.csv', [...title(2017), HALF, 'Mỹ Lộc,450,400,280', 'Vụ Bản,320,250,175']);
  const excelHead = (stdout: string) => stdout.replace(/^\uFEFF(?:(?:Từ|From) [^\r\n]*\r\n)?/u, '').split('\r\n')[0]!.split(';');

  it('--excel --lang vi: "So với cùng kỳ năm trước: …" as the paragraph\'s "so với cùng kỳ năm 2018"; the figures +10 and 3,33', () => {
    const r = run(['summarize', now, '--previous', prev2018, '--excel', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const [head, ...rows] = r.stdout.replace(/^\uFEFF(?:(?:Từ|From) [^\r\n]*\r\n)?/u, '').trim().split('\r\n').map((l) => l.split(';'));
    expect(head!.filter((h) => h.startsWith('So với'))).toEqual([
      'So với cùng kỳ năm trước: việc thụ lý tăng/giảm',
      'So với cùng kỳ năm trước: tỷ lệ việc tăng/giảm (%)',
      'So với cùng kỳ năm trước: tiền thụ lý tăng/giảm (đồng)',
      'So với cùng kỳ năm trước: tỷ lệ tiền tăng/giảm (%)',
    ]);
    expect(r.stdout).not.toContain('So với năm trước');
    const t = rows.find((row) => row[1] === 'TOTAL')!;
    expect([t[head!.indexOf('So với cùng kỳ năm trước: việc thụ lý tăng/giảm')], t[head!.indexOf('So với cùng kỳ năm trước: tỷ lệ việc tăng/giảm (%)')]]).toEqual(['10', '3,33']);
    const text = run(['summarize', now, '--previous', prev2018, '--format', 'text', '--lang', 'vi']);
    expect(text.stdout).toContain('tăng 10 việc so với cùng kỳ năm 2018');
  });

  it('read back: the new labels are known (no UNKNOWN_COLUMN), read exactly as the old "So với năm trước" ones', () => {
    const r = run(['summarize', now, '--previous', prev2018, '--excel', '--lang', 'vi', '-o', 'same-period.csv']);
    expect(r.code, r.stderr).toBe(0);
    const written = spawnThads(['summarize', now, '--previous', prev2018, '--excel', '--lang', 'vi'], { cwd: dir }).stdout;
    // the same file with the old words, which thads has always read back as its own
    file('old-words.csv', [written.split('So với cùng kỳ năm trước').join('So với năm trước').replace(/\r?\n$/, '')]);
    const back = run(['summarize', 'same-period.csv', '--format', 'csv']);
    const old = run(['summarize', 'old-words.csv', '--format', 'csv']);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).not.toContain('UNKNOWN_COLUMN');
    expect(back.stderr.split('same-period').join('X')).toBe(old.stderr.split('old-words').join('X'));
    expect(back.stdout).toBe(old.stdout);
    // the 2019 figures again: 800 / 600 / 450
    const [head, ...rows] = back.stdout.trim().split('\n').map((l) => l.split(','));
    const t = rows.find((row) => row[1] === 'TOTAL')!;
    expect(['cases_total', 'cases_with_conditions', 'cases_resolved'].map((k) => t[head!.indexOf(k)])).toEqual(['800', '600', '450']);
  });

  it('control: the 6 months of 2017 (a gap): "So với cùng kỳ năm 2017" as before', () => {
    const r = run(['summarize', now, '--previous', prev2017, '--excel', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(excelHead(r.stdout).filter((h) => h.startsWith('So với')).slice(0, 2)).toEqual(['So với cùng kỳ năm 2017: việc thụ lý tăng/giảm', 'So với cùng kỳ năm 2017: tỷ lệ việc tăng/giảm (%)']);
  });

  it('control: year-end 2019 against year-end 2018: "So với năm trước" as ever, no "cùng kỳ"', () => {
    const y2019 = file('ca-nam/viec-2019.csv', [HALF, 'Mỹ Lộc,500,400,300', 'Vụ Bản,300,200,150']);
    const y2018 = file('ca-nam/viec-2018.csv', [HALF, 'Mỹ Lộc,480,400,290', 'Vụ Bản,310,200,140']);
    const r = run(['summarize', y2019, '--previous', y2018, '--excel', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(excelHead(r.stdout).filter((h) => h.startsWith('So với')).slice(0, 2)).toEqual(['So với năm trước: việc thụ lý tăng/giảm', 'So với năm trước: tỷ lệ việc tăng/giảm (%)']);
    expect(r.stdout).not.toContain('cùng kỳ');
  });
});
