// A title stating one statistics year over a year column whose every row holds another ("BÁO CÁO …
// NĂM 2024" over rows of 2023): a sheet copied from last year and updated in one place only. It was
// read as the column's year without a word (exit 0, 2023's target 82,5 % applied: 330/400 "met"),
// while a file NAME beside its title's other year is refused. Now refused the same way
// (YEAR_CONFLICT at the title's line); --year settles it. Controls: a title and column that agree
// (also through a period "từ 01/10/2023 đến 30/9/2024", the year 2024), rows of two years under a
// title naming one (a comparison: the usual --by year usage error), a title of no year, and a
// column year beside a file name's other year (SPEC §3: the column dates the rows, as before).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-titlecolumn-', ['--format', 'csv']);

const HEAD = 'Năm;Đơn vị;Số việc có điều kiện;Số việc đã giải quyết xong';
const rows = (year: number) => [`${year};Chi cục THADS huyện Mỹ Lộc;100;80`, `${year};Chi cục THADS huyện Vụ Bản;300;250`];
const title = (words: string) => [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${words}`, ''];
const csv = (lines: readonly string[]) => lines.map((l) => l.replace(/;/g, ','));

/** The TOTAL row's year, cases with conditions, resolved and target (CSV columns 3, 10, 19, 22). */
function total(stdout: string): [string, string, string, string] {
  const cells = stdout.trim().split('\n').at(-1)!.split(',');
  return [cells[2]!, cells[9]!, cells[18]!, cells[21]!];
}

describe('a title of one year over a year column of another: refused (was read as the column\'s year, exit 0)', () => {
  const lines = [...title('NĂM 2024'), HEAD, ...rows(2023)];

  it('CSV, both readers: YEAR_CONFLICT at the title\'s line, nothing printed', async () => {
    const r = await both('bao-cao-viec.csv', csv(lines));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("FILE:1: error: the title (line 1) says the year is 2024, but the year column gives every row 2023: which is the report's? [YEAR_CONFLICT]");
    expect(r.stderr).toContain('--year 2023 reads the rows as the column says');
  });

  it('the same sheet as a workbook', async () => {
    const r = await summarizeLinesWorkbook(dir, 'bao-cao-viec.xlsx', lines, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('YEAR_CONFLICT');
    expect(r.stderr).toContain('the title (line 1) says the year is 2024, but the year column gives every row 2023');
  });

  it('the column year one ahead of the title\'s: refused too', async () => {
    const r = await both('bao-cao2-viec.csv', csv([...title('NĂM 2023'), HEAD, ...rows(2024)]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the title (line 1) says the year is 2023, but the year column gives every row 2024');
  });

  it('--year 2023 settles it: the rows read as 2023, 400 / 330 under 2023\'s target 82.5', async () => {
    const r = await both('bao-cao3-viec.csv', csv(lines), ['--format', 'csv', '--year', '2023']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['2023', '400', '330', '82.5']);
  });
});

describe('controls: read as before', () => {
  it('a title and column of one year: 400 / 330, 2024\'s target 83.25', async () => {
    const r = await both('agree-viec.csv', csv([...title('NĂM 2024'), HEAD, ...rows(2024)]));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['2024', '400', '330', '83.25']);
    expect(r.stderr).not.toContain('YEAR_CONFLICT');
  });

  it('a title stating the period 1/10/2023–30/9/2024 over rows of 2024: the same year', async () => {
    const r = await both('period-viec.csv', csv([...title('(Từ ngày 01/10/2023 đến ngày 30/9/2024)'), HEAD, ...rows(2024)]));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['2024', '400', '330', '83.25']);
  });

  it('a title of no year over rows of 2023: read as 2023', async () => {
    const r = await both('noyear-viec.csv', csv([...title('THEO ĐƠN VỊ'), HEAD, ...rows(2023)]));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['2023', '400', '330', '82.5']);
  });

  it('rows of 2023 and 2024 under a 2024 title (a comparison): the usage error of several years, as before', async () => {
    const r = await both('compare-viec.csv', csv([...title('NĂM 2024'), HEAD, ...rows(2023), ...rows(2024)]));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('YEAR_CONFLICT');
  });

  it('the same under --by year: each year its own TOTAL, 400 / 330 each', async () => {
    const r = await both('compare2-viec.csv', csv([...title('NĂM 2024'), HEAD, ...rows(2023), ...rows(2024)]), ['--format', 'csv', '--by', 'year']);
    expect(r.code, r.stderr).toBe(0);
    const totals = r.stdout.trim().split('\n').filter((l) => l.includes('TOTAL')).map((l) => l.split(','));
    expect(totals.map((c) => [c[2], c[9], c[18]])).toEqual([['2023', '400', '330'], ['2024', '400', '330']]);
  });

  it('a file named 2024 holding a column of 2023, no title: the column dates the rows (SPEC §3)', async () => {
    const r = await both('2024-viec.csv', csv([HEAD, ...rows(2023)]));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['2023', '400', '330', '82.5']);
  });
});
