// What a title says about files summed together (round 48b, 02 and 03): a title line naming the
// whole province ("BÁO CÁO TỔNG HỢP TOÀN TỈNH") makes a file without an office column totals, as
// such a file name does; titles stating different years refuse files that have no year of
// their own. Both readers must say the same. Expected figures are worked out by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { titleNamingTotal } from '../../src/input/file-names.js';
import { bothOnFiles, type Files } from '../helpers/both-readers.js';

const root = mkdtempSync(join(tmpdir(), 'thads-title-whole-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const run = (files: Files, args: readonly string[] = ['--format', 'csv']) => bothOnFiles(mkdtempSync(join(root, `${n++}-`)), files, args);

const HEAD = 'Có điều kiện;Giải quyết xong';
const office = (name: string, year: string, figures: string) => ['CỤC THADS TỈNH NAM ĐỊNH', `CHI CỤC THADS HUYỆN ${name}`, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', year, HEAD, figures];
const OFFICES: Files = {
  'Mỹ Lộc 2019.csv': office('MỸ LỘC', 'Năm 2019', '300;230'),
  'Vụ Bản 2019.csv': office('VỤ BẢN', 'Năm 2019', '500;400'),
  'Ý Yên 2019.csv': office('Ý YÊN', 'Năm 2019', '200;150'),
};
const province = (title: string) => ['CỤC THADS TỈNH NAM ĐỊNH', title, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', 'Năm 2019', HEAD, '1250;950'];
const totalOf = (stdout: string) => stdout.split('\n').find((l) => l.startsWith(',TOTAL,'))!.split(',').slice(0, 21).join(',');

describe('titleNamingTotal: a title line read as a file name is', () => {
  const at = (...lines: string[][]) => titleNamingTotal(lines.map((cells, i) => ({ cells, line: i + 1 })));
  it.each([['BÁO CÁO TỔNG HỢP TOÀN TỈNH'], ['TOÀN TỈNH'], ['Báo cáo toàn Cục'], ['TỔNG HỢP TOÀN TỈNH']])('%s names a total', (title) => {
    expect(at(['CỤC THADS TỈNH NAM ĐỊNH'], [title, '', ''])).toEqual({ title, line: 2 });
  });
  it.each([['CHI CỤC THADS HUYỆN MỸ LỘC'], ['CỤC THADS TỈNH NAM ĐỊNH'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC'], ['Năm 2019'], ['Tổng hợp'], ['BÁO CÁO TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ']])('%s names none ("tổng hợp" alone is a report\'s word: one office\'s report is titled so)', (title) => {
    expect(at([title])).toBeNull();
  });
  it('a group row of several cells ("Tổng số" over its columns) heads columns, it names no total', () => {
    expect(at(['', 'Tổng số', 'Trong đó'])).toBeNull();
  });
});

describe('a province\'s whole, titled so, among its offices\' files (48b/02)', () => {
  it('the offices\' files alone: 1000 / 780 = 78.00 %', async () => {
    const r = await run(OFFICES);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(totalOf(r.stdout)).toBe(',TOTAL,2019,,,,,,,1000,,,,,,,,,780,,78.00');
  });

  it('"BÁO CÁO TỔNG HỢP TOÀN TỈNH" beside them is refused as a file named "Tổng hợp" is, not added as a 4th office', async () => {
    // in the order a shell gives them (*.csv), the reproducer's
    const r = await run({ 'Mỹ Lộc 2019.csv': OFFICES['Mỹ Lộc 2019.csv']!, 'Nam Định 2019.csv': province('BÁO CÁO TỔNG HỢP TOÀN TỈNH'), 'Vụ Bản 2019.csv': OFFICES['Vụ Bản 2019.csv']!, 'Ý Yên 2019.csv': OFFICES['Ý Yên 2019.csv']! });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const why = 'the file has no office column and its title "BÁO CÁO TỔNG HỢP TOÀN TỈNH" (line 2) names a total, so its rows are totals, not offices';
    expect(r.stderr).toContain(`Nam Định 2019.csv:6: error: ${why}: its row of Nam Định (2019) is a declared total, and Mỹ Lộc 2019.csv:6 gives cases of office "Mỹ Lộc" that it already counts; figures would be counted twice [TOTAL_FILE_OVERLAP]`);
    expect(r.stderr).toContain(`Vụ Bản 2019.csv:6: error: cases of office "Vụ Bản" (2019) would be added to Nam Định 2019.csv:6, a declared total of Nam Định that already counts it (${why}); figures would be counted twice [TOTAL_FILE_OVERLAP]`);
    expect(r.stderr).toContain(`Ý Yên 2019.csv:6: error: cases of office "Ý Yên" (2019) would be added to Nam Định 2019.csv:6, a declared total of Nam Định that already counts it (${why}); figures would be counted twice [TOTAL_FILE_OVERLAP]`);
    expect(r.stderr).toContain('thads: 3 errors in the input; nothing was summed');
  });

  it('offices\' own files titled "BÁO CÁO TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC" are offices: 1000 / 780 = 78.00 %', async () => {
    const titled = (name: string, figures: string) => ['CỤC THADS TỈNH NAM ĐỊNH', `CHI CỤC THADS HUYỆN ${name}`, 'BÁO CÁO TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', 'Năm 2019', HEAD, figures];
    const r = await run({ 'Mỹ Lộc 2019.csv': titled('MỸ LỘC', '300;230'), 'Vụ Bản 2019.csv': titled('VỤ BẢN', '500;400'), 'Ý Yên 2019.csv': titled('Ý YÊN', '200;150') });
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(',TOTAL,2019,,,,,,,1000,,,,,,,,,780,,78.00');
  });

  it.each([['TOÀN TỈNH'], ['Báo cáo toàn Cục']])('titled "%s" and given last it is refused too', async (title) => {
    const r = await run({ ...OFFICES, 'Nam Định 2019.csv': province(title) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`Nam Định 2019.csv:6: error: the file has no office column and its title "${title}" (line 2) names a total, so its rows are totals, not offices: its row of Nam Định (2019) is a declared total, and Mỹ Lộc 2019.csv:6 gives cases of office "Mỹ Lộc" that it already counts; figures would be counted twice [TOTAL_FILE_OVERLAP]`);
    expect(r.stderr).toContain('thads: 1 error in the input; nothing was summed');
  });

  it('the whole province\'s file alone is read: 1250 / 950 = 76.00 %', async () => {
    const r = await run({ 'Nam Định 2019.csv': province('BÁO CÁO TỔNG HỢP TOÀN TỈNH') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(totalOf(r.stdout)).toBe(',TOTAL,2019,,,,,,,1250,,,,,,,,,950,,76.00');
  });

  it('a file with an office column under such a title is read by its rows, as before', async () => {
    const r = await run({ 'Nam Định 2019.csv': ['BÁO CÁO TỔNG HỢP TOÀN TỈNH', 'TÍNH BẰNG VIỆC', 'Năm 2019', `Đơn vị;${HEAD}`, 'Mỹ Lộc;300;230', 'Vụ Bản;500;400'] });
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(',TOTAL,2019,,,,,,,800,,,,,,,,,630,,78.75');
  });
});

describe('offices\' files whose titles state different years, with no year of their own (48b/03)', () => {
  const YEARLESS: Files = {
    'Mỹ Lộc.csv': office('MỸ LỘC', 'Năm 2019', '300;230'),
    'Vụ Bản.csv': office('VỤ BẢN', 'Năm 2019', '500;400'),
  };

  it('2019 and 2018 are never added: a usage error naming the files and their years (exit 2)', async () => {
    const r = await run({ ...YEARLESS, 'Ý Yên.csv': office('Ý YÊN', 'Năm 2018', '200;150') });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'thads: error: the files\' titles state different years (Ý Yên.csv says 2018; Mỹ Lộc.csv, Vụ Bản.csv say 2019), and the files have no year of their own (no year column, no year in their names, no --year): figures of different years are never added together [MIXED_YEARS]\n' +
        '  hint: sum one year\'s files at a time, or put each file\'s year in its name (e.g. "Mỹ Lộc 2019.csv") and add year to --by\n',
    );
  });

  it('--by year does not add them either', async () => {
    const r = await run({ ...YEARLESS, 'Ý Yên.csv': office('Ý YÊN', 'Năm 2018', '200;150') }, ['--by', 'year', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[MIXED_YEARS]');
  });

  it('titles stating one year change nothing: 800 / 630 = 78.75 %, yearless', async () => {
    const r = await run(YEARLESS);
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(',TOTAL,,,,,,,,800,,,,,,,,,630,,78.75');
    expect(r.stderr).toContain('Mỹ Lộc.csv: warning: the statistics year of the rows is not given by --year, a year column or the file name (the title says 2019), so no target applies [YEAR_UNKNOWN]');
  });

  it('a title stating no year beside one stating 2019 changes nothing: 1000 / 780', async () => {
    const r = await run({ ...YEARLESS, 'Ý Yên.csv': office('Ý YÊN', 'BÁO CÁO NĂM', '200;150') });
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(',TOTAL,,,,,,,,1000,,,,,,,,,780,,78.00');
  });

  it('with their years in their names the files are read by them, as before', async () => {
    const r = await run({ 'Mỹ Lộc 2019.csv': office('MỸ LỘC', 'Năm 2019', '300;230'), 'Vụ Bản 2019.csv': office('VỤ BẢN', 'Năm 2019', '500;400') });
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(',TOTAL,2019,,,,,,,800,,,,,,,,,630,,78.75');
  });
});
