// --previous files whose year nobody stated (round 24, 01 and 90b): "không thay đổi so với năm
// 2018" was printed with exit 0 for a file that states no year, even for the input given again.
// An input given again (the same path, a symlink, a hard link) and a file of unknown year are
// usage errors; a previous file with a Năm column of several years is read for the year before
// the input's. Both readers agree; expected figures are by hand.
import { linkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, write, both } = bothReaders('thads-previous-year-', []);

const HEADER = 'Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
/** 2019: A 600 / 200 / 170 (85 %), B 500 / 300 / 240 (80 %); total 1,100 / 500 / 410 (82 %) */
const NOW = [HEADER, 'Chi cục A,600,200,170', 'Chi cục B,500,300,240'];
/** 2018: A 500 / 200 / 150 (75 %), B 450 / 300 / 200 (66.67 %); total 950 / 500 / 350 (70 %) */
const BEFORE = ['Chi cục A,500,200,150', 'Chi cục B,450,300,200'];
const JSON_ARGS = ['--format', 'json'];

const LAST_YEAR_HINT = "  hint: pass last year's files with --previous (e.g. 2018.csv for a 2019 report)\n";
const STATE_2018 = '  hint: state its year: in its name (e.g. bao-cao-2018.csv), in a Năm column, or in its title ("NĂM 2018")\n';

/** district → [total change, rate change] of cases, and the total's as "TOTAL" */
function changes(json: string): Record<string, [string, string]> {
  const doc = JSON.parse(json) as { groups: { district: string; cases: { totalChange: string; rateChange: string } }[]; total: { cases: { totalChange: string; rateChange: string } } };
  const out: Record<string, [string, string]> = {};
  for (const g of doc.groups) out[g.district] = [g.cases.totalChange, g.cases.rateChange];
  out.TOTAL = [doc.total.cases.totalChange, doc.total.cases.rateChange];
  return out;
}

describe('--previous: an input given again', () => {
  it('the same path is refused, naming both (it printed "không thay đổi", exit 0)', async () => {
    const input = join(dir, 'bao cao viec.csv');
    const r = await both('bao cao viec.csv', NOW, ['--year', '2019', '--previous', input, '--by', 'none', '--format', 'csv']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `thads: error: --previous FILE is the input file FILE (named twice): a year would be compared with itself [PREVIOUS_IS_INPUT]\n${LAST_YEAR_HINT}` });
  });

  it('a file of a Năm column is its own last year under --year: its rows of N against those of N − 1 (traps31: refused)', async () => {
    const lines = ['Năm,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong', ...BEFORE.map((l) => `2018,${l}`), ...NOW.slice(1).map((l) => `2019,${l}`)];
    const input = write('bc-nam-viec.csv', lines);
    const r = await both('bc-nam-viec.csv', lines, ['--year', '2019', '--previous', input, ...JSON_ARGS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // A: 600 − 500 = +100, 85 − 75 = +10 pp; B: 500 − 450 = +50, 80 − 66.67 = +13.33 pp; total 1,100 − 950 = +150, 82 − 70 = +12 pp
    expect(changes(r.stdout)).toEqual({ 'Chi cục A': ['100', '10.00'], 'Chi cục B': ['50', '13.33'], TOTAL: ['150', '12.00'] });
    // without --year the file is both years at once: refused as before
    const without = await both('bc-nam-viec.csv', lines, ['--previous', input, ...JSON_ARGS]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('[PREVIOUS_IS_INPUT]');
  });

  it('under --year, a file without last year\'s rows given as its own last year is still the year compared with itself', async () => {
    const lines = ['Năm,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong', ...NOW.slice(1).map((l) => `2019,${l}`)];
    const input = write('bc-2019-only-viec.csv', lines);
    const r = await both('bc-2019-only-viec.csv', lines, ['--year', '2019', '--previous', input, ...JSON_ARGS]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[PREVIOUS_IS_INPUT]');
  });

  it('a symlink, a hard link and another spelling of the path are the same file', async () => {
    const input = write('bc-viec-2019.csv', NOW);
    symlinkSync(input, join(dir, 'link-viec-2018.csv'));
    linkSync(input, join(dir, 'hard-viec-2018.csv'));
    for (const other of [join(dir, 'link-viec-2018.csv'), join(dir, 'hard-viec-2018.csv'), `${dir}/./bc-viec-2019.csv`]) {
      const r = await both('bc-viec-2019.csv', NOW, ['--previous', other, '--format', 'csv']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`thads: error: --previous ${other} is the input file FILE (the same file under another name): a year would be compared with itself [PREVIOUS_IS_INPUT]\n${LAST_YEAR_HINT}`);
    }
  });
});

describe('--previous: a file whose year nothing states', () => {
  it('is refused, without --year and with it (--year is the input\'s year)', async () => {
    const prev = write('bao cao viec.csv', [HEADER, ...BEFORE]);
    const without = await both('bc-viec-2019.csv', NOW, ['--previous', prev, '--format', 'text', '--lang', 'vi']);
    expect(without).toEqual({ code: 2, stdout: '', stderr: `${prev}: error: the year of this --previous file is unknown: no Năm column, no year in its title or its name, so thads cannot tell it is an earlier year's [PREVIOUS_YEAR_UNKNOWN]\n${STATE_2018}` });
    const withYear = await both('bc-viec.csv', NOW, ['--year', '2019', '--previous', prev, '--format', 'text', '--lang', 'vi']);
    expect(withYear).toEqual({ code: 2, stdout: '', stderr: `${prev}: error: the year of this --previous file is unknown: no Năm column, no year in its title or its name (--year 2019 is the input's year, not this file's), so thads cannot tell it is an earlier year's [PREVIOUS_YEAR_UNKNOWN]\n${STATE_2018}` });
  });

  it('a year in its title is its year: compared, and named in the text', async () => {
    const prev = write('truoc viec.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', HEADER, ...BEFORE]);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', prev, ...JSON_ARGS]);
    expect(r.code).toBe(0);
    // 1,100 − 950; 82 − 70; A 85 − 75; B 80 − 66.67 (200/300)
    expect(changes(r.stdout)).toEqual({ 'Chi cục A': ['100', '10.00'], 'Chi cục B': ['50', '13.33'], TOTAL: ['150', '12.00'] });
    const text = await both('bc-viec-2019.csv', NOW, ['--previous', prev, '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(text.stdout).toContain('tổng số thụ lý 1.100 việc, tăng 150 việc so với năm 2018;');
    expect(text.stdout).toContain('tỷ lệ giải quyết xong tăng 12,00% so với năm 2018.');
  });

  it.each([
    ['Năm báo cáo: 2018'], ['Năm thống kê: 2018'], ['Năm: 2018'], ['NĂM BÁO CÁO: 2018'], ['Năm báo cáo:,2018'], ['Năm báo cáo 2018'],
  ])('a form\'s field line above the header, %j, states its year (round 29, 07: PREVIOUS_YEAR_UNKNOWN)', async (line) => {
    const prev = write('nam bao cao viec.csv', [line, HEADER, ...BEFORE]);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', prev, ...JSON_ARGS]);
    expect(r.code, r.stderr).toBe(0);
    // as with the title "NĂM 2018": 1,100 − 950; 82 − 70; A 85 − 75; B 80 − 66.67
    expect(changes(r.stdout)).toEqual({ 'Chi cục A': ['100', '10.00'], 'Chi cục B': ['50', '13.33'], TOTAL: ['150', '12.00'] });
    expect(r.stderr).toBe('');
  });

  it('such a line below the table, or another year\'s ("Năm báo cáo trước: 2017"), states no year of the file', async () => {
    const below = write('duoi viec.csv', [HEADER, ...BEFORE, 'Năm báo cáo: 2018']);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', below, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[PREVIOUS_YEAR_UNKNOWN]');
    const other = write('truoc viec.csv', ['Năm báo cáo trước: 2017', HEADER, ...BEFORE]);
    const o = await both('bc-viec-2019.csv', NOW, ['--previous', other, '--format', 'csv']);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('[PREVIOUS_YEAR_UNKNOWN]');
  });

  it('a Năm column empty on every row states no year: refused as without one (it printed "không thay đổi", exit 0)', async () => {
    const prev = write('emptyyear viec.csv', ['Năm,' + HEADER, ...NOW.slice(1).map((l) => ',' + l)]);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', prev, '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${prev}: error: the year of this --previous file is unknown: its Năm column holds no year, and no year in its title or its name, so thads cannot tell it is an earlier year's [PREVIOUS_YEAR_UNKNOWN]\n${STATE_2018}` });
  });

  it('a year in its title draws no YEAR_UNKNOWN (round 25, 90b): no target applies to a previous file', async () => {
    const prev = write('prev title viec.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', HEADER, ...BEFORE]);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', prev, '--by', 'none', ...JSON_ARGS]);
    expect(r.code).toBe(0);
    expect(changes(r.stdout).TOTAL).toEqual(['150', '12.00']);
    expect(r.stderr).toBe('');
  });

  it('a title stating the input\'s own year is refused as a year not earlier', async () => {
    const prev = write('cung nam viec.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, ...BEFORE]);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', prev, '--format', 'csv']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `thads: error: --previous must be an earlier year than the input: it holds 2019, the input 2019 [USAGE]\n${LAST_YEAR_HINT}` });
  });

  it('with --year N a file stating another year than N − 1 is refused, not read as N − 1', async () => {
    const prev = write('cu-viec-2017.csv', [HEADER, ...BEFORE]);
    const r = await both('bc-viec.csv', NOW, ['--year', '2019', '--previous', prev, '--format', 'csv']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${prev}: error: this --previous file says its year is 2017, but the previous year of the input's 2019 is 2018: it would be read as 2018 [USAGE]\n  hint: pass the files of 2018 with --previous\n` });
    // Without --year an earlier year is compared as it is (SPEC §7: "an earlier year's files").
    const older = await both('bc-viec-2019.csv', NOW, ['--previous', prev, ...JSON_ARGS]);
    expect(older.code).toBe(0);
    expect(changes(older.stdout).TOTAL).toEqual(['150', '12.00']);
  });
});

describe('--previous: a Năm column of several years (90b)', () => {
  const TWO = ['Năm,' + HEADER, ...BEFORE.map((r) => `2018,${r}`), ...NOW.slice(1).map((r) => `2019,${r}`)];

  it('is read for the year before the input\'s one year', async () => {
    const prev = write('two-viec.csv', TWO);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', prev, ...JSON_ARGS]);
    expect(r.code).toBe(0);
    expect(changes(r.stdout)).toEqual({ 'Chi cục A': ['100', '10.00'], 'Chi cục B': ['50', '13.33'], TOTAL: ['150', '12.00'] });
    // --year 2019 keeps its 2018 rows as before
    const flagged = await both('bc-viec-2019.csv', NOW, ['--year', '2019', '--previous', prev, ...JSON_ARGS]);
    expect(flagged.stdout).toBe(r.stdout);
  });

  it('without that year, or an input of unknown year, it is refused with a hint that helps', async () => {
    const prev = write('old-viec.csv', ['Năm,' + HEADER, ...BEFORE.map((r) => `2016,${r}`), ...BEFORE.map((r) => `2017,${r}`)]);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', prev, '--format', 'csv']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: "thads: error: the previous files hold figures of several years (2016, 2017), and none of 2018, the year before the input's, which are never added together [MIXED_YEARS]\n  hint: pass the files of 2018, the year before the input's, with --previous\n" });
    const two = write('two-viec.csv', TWO);
    const unknown = await both('bc-viec.csv', NOW, ['--previous', two, '--format', 'csv']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("thads: error: the previous files hold figures of several years (2018, 2019), which are never added together [MIXED_YEARS]\n  hint: pass --year N with the input's year: the previous files' rows of N − 1 are then compared with it\n");
  });
});

describe('--previous: last year\'s files of a declared total only', () => {
  it('"Toàn tỉnh" alone: the total is compared (1100 − 950 = +150; 410/500 − 350/500 = +12.00), said once, no office called missing (round 24, 90c)', async () => {
    const before = write('tt-viec-2018.csv', [HEADER, 'Toàn tỉnh,950,500,350']);
    const r = await both('tt-viec-2019.csv', NOW, ['--previous', before, ...JSON_ARGS]);
    expect(r.code).toBe(0);
    expect(changes(r.stdout).TOTAL).toEqual(['150', '12.00']);
    expect(r.stderr).toBe(`thads: warning: the previous year's files (2018) give only a total ("Toàn tỉnh"): no group is compared, only the total [ONE_YEAR_ONLY]\n  hint: pass the previous files by office (or by province) to compare each group\n`);
  });
});

describe('an input dated by its title only (round 26, 90a)', () => {
  it('the rows\' year is unknown (SPEC §3), and the warning says what the title says and which flag to pass', async () => {
    const r = await both('bao cao viec.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, 'Chi cục A,600,200,170'], ['--format', 'csv', '--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('FILE: warning: the statistics year of the rows is not given by --year, a year column or the file name (the title says 2019), so no target applies [YEAR_UNKNOWN]\n  hint: pass --year 2019, or put the year in the file name\n');
  });

  it('a "Năm báo cáo: 2019" line is the title\'s year too (round 29, 07)', async () => {
    const r = await both('bao cao viec.csv', ['Năm báo cáo: 2019', HEADER, 'Chi cục A,600,200,170'], ['--format', 'csv', '--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('FILE: warning: the statistics year of the rows is not given by --year, a year column or the file name (the title says 2019), so no target applies [YEAR_UNKNOWN]\n  hint: pass --year 2019, or put the year in the file name\n');
    const conflict = await both('bao cao viec-2020.csv', ['Năm thống kê: 2019', HEADER, 'Chi cục A,600,200,170'], ['--format', 'csv', '--by', 'none']);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('FILE:1: error: the file name says the year is 2020, but the title (line 1) says 2019 [YEAR_CONFLICT]');
  });
});
