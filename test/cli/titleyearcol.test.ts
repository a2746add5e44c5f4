// A title stating one statistics year over a year column whose every row holds another: last
// year's sheet copied with only its title updated ("BÁO CÁO … NĂM 2024" over rows of 2023), or only
// its column. The fault: the column was taken silently — 2023's target (82,5 %) for a 2024 report,
// exit 0, nothing said — where a file named 2023 under a 2024 title is refused (YEAR_CONFLICT).
// Right: refused the same way, at the title's line (collect.ts titleBesideYearColumn); --year N keeps that year's
// rows (SPEC §3), as it does today. Controls: a title of several years ("NĂM 2023 VÀ 2024"), a
// period whose statistics year the rows hold ("01/10/2023 đến 30/9/2024" over 2024), a span
// "2023-2024" over 2024, rows of two years under one of them (--by year), a day of signing as the
// only year above the table, and a title agreeing with its column keep today's reading.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-titleyearcol-');

const HEADER = 'Năm;Đơn vị;Số việc có điều kiện;Số việc đã giải quyết xong';
const rows = (year: number | string) => [`${year};Chi cục THADS huyện Mỹ Lộc;100;80`, `${year};Chi cục THADS huyện Vụ Bản;300;250`];
const sheet = (title: readonly string[], ...years: (number | string)[]) => [...title, '', HEADER, ...years.flatMap(rows)];
const csv = (lines: readonly string[]) => lines.map((l) => l.replace(/;/g, ','));
const TITLE_2024 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024'];

function run(path: string, ...args: string[]) {
  const r = spawnThads(['summarize', path, '--format', 'json', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
interface Total { year: number; withConditions: string; resolved: string; rate: string; target: string | null }
function totals(stdout: string): Total[] {
  const body = JSON.parse(stdout);
  const all = body.total !== null ? [{ ...body.total, year: body.year }] : body.totals;
  return all.map((t: { year: number; cases: { withConditions: string; resolved: string; rate: string; target: string | null } }) => ({ year: t.year, withConditions: t.cases.withConditions, resolved: t.cases.resolved, rate: t.cases.rate, target: t.cases.target }));
}
// By hand: có điều kiện 100+300 = 400; giải quyết xong 80+250 = 330; 330/400 = 82,50 %.
// Targets: 2023's 82,5 %, 2024's 83,25 %.
const OF_2023 = { year: 2023, withConditions: '400', resolved: '330', rate: '82.50', target: '82.5' };
const OF_2024 = { year: 2024, withConditions: '400', resolved: '330', rate: '82.50', target: '83.25' };

describe("a title's one year against a year column of one other year", () => {
  test('"NĂM 2024" over rows all of 2023: refused YEAR_CONFLICT at the title\'s line (was 2023, target 82,5, exit 0)', () => {
    const r = run(file('ty-viec.csv', csv(sheet(TITLE_2024, 2023))));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('YEAR_CONFLICT');
    expect(r.stderr).toMatch(/ty-viec\.csv:1: error: the title \(line 1\) says the year is 2024, but the year column gives every row 2023: which is the report's\? \[YEAR_CONFLICT\]/);
    expect(r.stderr).toMatch(/--year 2023 reads the rows as the column says/);
    expect(r.stdout).toBe('');
  });

  test('.xlsx twin: refused YEAR_CONFLICT the same way', async () => {
    const r = await summarizeLinesWorkbook(dir, 'ty-viec.xlsx', sheet(TITLE_2024, 2023), ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('YEAR_CONFLICT');
    expect(r.stderr).toMatch(/the title \(line 1\) says the year is 2024, but the year column gives every row 2023/);
  });

  test('the period "(Từ ngày 01/10/2023 đến ngày 30/9/2024)" over rows of 2023: refused, at the period\'s line', () => {
    const r = run(file('period/ty-viec.csv', csv(sheet(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', '(Từ ngày 01/10/2023 đến ngày 30/9/2024)'], 2023))));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('YEAR_CONFLICT');
    expect(r.stderr).toMatch(/ty-viec\.csv:2: error: the title \(line 2\) says the year is 2024, but the year column gives every row 2023/);
  });

  test('--year settles it as SPEC §3 says: --year 2023 reads the rows of 2023; --year 2024 keeps none (NO_DATA, as today)', () => {
    const path = file('opt/ty-viec.csv', csv(sheet(TITLE_2024, 2023)));
    const r = run(path, '--year', '2023');
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual([OF_2023]);
    const none = run(path, '--year', '2024');
    expect(none.code).toBe(1);
    expect(stderrCodes(none.stderr)).toContain('NO_DATA');
  });
});

describe('controls: near shapes keep their reading', () => {
  test('a title of two years ("NĂM 2023 VÀ 2024") over rows of 2023: read as 2023, as today', () => {
    const r = run(file('and/ty-viec.csv', csv(sheet(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2023 VÀ 2024'], 2023))));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual([OF_2023]);
  });

  test('the period 01/10/2023–30/9/2024, or "NĂM 2023-2024", over rows of 2024 (or of "2023-2024"): they agree, read as 2024', () => {
    const titles = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', '(Từ ngày 01/10/2023 đến ngày 30/9/2024)'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2023-2024']];
    for (const [i, title] of titles.entries()) {
      for (const year of [2024, '2023-2024']) {
        const r = run(file(`agree${i}/ty-viec.csv`, csv(sheet(title, year))));
        expect(r.code, r.stderr).toBe(0);
        expect(totals(r.stdout)).toEqual([OF_2024]);
      }
    }
  });

  test('rows of 2023 and 2024 under "NĂM 2024", --by year: each year its own total, as today', () => {
    const r = run(file('multi/ty-viec.csv', csv(sheet(TITLE_2024, 2023, 2024))), '--by', 'year');
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual([OF_2023, OF_2024]);
  });

  test('a day of signing ("Nam Định, ngày 15 tháng 10 năm 2024") above and below rows of 2023: no statistics year, read as 2023', () => {
    const lines = [...sheet(['CỤC THADS TỈNH NAM ĐỊNH', 'Nam Định, ngày 15 tháng 10 năm 2024'], 2023), '', 'Nam Định, ngày 15 tháng 10 năm 2024'];
    const r = run(file('sign/ty-viec.csv', csv(lines)));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual([OF_2023]);
  });

  test('"NĂM 2023" over rows of 2023, CSV and .xlsx: they agree, read as 2023', async () => {
    const lines = sheet(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2023'], 2023);
    const r = run(file('same/ty-viec.csv', csv(lines)));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual([OF_2023]);
    const x = await summarizeLinesWorkbook(dir, 'same-ty-viec.xlsx', lines, ['--format', 'json']);
    expect(x.code, x.stderr).toBe(0);
    expect(totals(x.stdout)).toEqual([OF_2023]);
  });
});
