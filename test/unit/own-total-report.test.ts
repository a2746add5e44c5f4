// One office's report in the forms' layout (round 51a/03b): a label column ("Chỉ tiêu", "Nội
// dung", or one read as the office column) whose only row is "Tổng số" is the office's own
// figures, named as without that column — its file name's office, else its title's; never
// "Tổng số". "Chỉ tiêu" over those labels is no target column. Both readers must agree.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = fileTree('thads-own-total-');
const form = (office: string, label: string, header: string, cases: number, resolved: number) => ['CỤC THADS TỈNH HÀ TĨNH,,', `${office},,`, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,', `${header},Có điều kiện,Giải quyết xong`, `${label},${cases},${resolved}`];
const figures = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);

describe('a file whose only row is "Tổng số" is its office\'s own report', () => {
  it('03b: two offices named by their titles, 800/630', async () => {
    const files = write({ '03b/a/bieu-01-viec-2019.csv': form('CHI CỤC THADS THỊ XÃ KỲ ANH', 'Tổng số', 'Chỉ tiêu', 300, 230), '03b/b/bieu-01-viec-2019.csv': form('CHI CỤC THADS HUYỆN HƯƠNG SƠN', 'Tổng số', 'Chỉ tiêu', 500, 400) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // no TARGET_COLUMN_IGNORED for the indicator column "Chỉ tiêu"
    expect(r.stderr).toBe('');
    // 230/300 = 76.67 %, 400/500 = 80.00 %, 630/800 = 78.75 %
    expect(figures(r)).toEqual([['Hà Tĩnh', 'Thị xã Kỳ Anh', '300', '230', '76.67'], ['Hà Tĩnh', 'Huyện Hương Sơn', '500', '400', '80.00'], ['', 'TOTAL', '800', '630', '78.75']]);
  });

  it('03b: the office\'s config target applies (80 %: gap −3.33, required 240, not met)', async () => {
    const [file] = write({ '03t/a/bieu-01-viec-2019.csv': form('CHI CỤC THADS THỊ XÃ KỲ ANH', 'Tổng số', 'Chỉ tiêu', 300, 230) });
    writeFileSync(join(dir, '03t/t.config.json'), JSON.stringify({ targets: { '2019': { districts: { 'Thị xã Kỳ Anh': { cases: 80 } } } } }));
    const r = await summarizeCsvRows(dir, [file!], ['--config', join(dir, '03t/t.config.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const row = r.rows[0]!;
    // 76.67 − 80 = −3.33; 80 % of 300 = 240; 230 − 240 = −10
    expect([row.district, row.cases_target, row.cases_gap_pp, row.cases_required, row.cases_above_target, row.cases_met]).toEqual(['Thị xã Kỳ Anh', '80', '-3.33', '240', '-10', 'false']);
  });

  it.each([
    ['Nội dung', 'Tổng cộng', 'CHI CỤC THADS TX. KỲ ANH'],
    ['Danh mục', 'Cộng', 'CHI CỤC THADS THỊ XÃ KỲ ANH'],
    ['Đơn vị', 'Tổng số', 'CHI CỤC THADS THỊ XÃ KỲ ANH'],
  ])('label column "%s", row "%s": the title\'s office', async (header, label, office) => {
    const files = write({ [`lab-${header}/bieu-01-viec-2019.csv`]: form(office, label, header, 300, 230) });
    const r = await summarizeCsvRows(dir, files, ['--measure', 'cases']);
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([['Hà Tĩnh', 'Thị xã Kỳ Anh', '300', '230', '76.67'], ['', 'TOTAL', '300', '230', '76.67']]);
  });

  it('the file name\'s office, as without the label column', async () => {
    const r = await bothOnFiles(dir, { 'fn/Mỹ Lộc viec 2019.csv': ['Chỉ tiêu,Có điều kiện,Giải quyết xong', 'Tổng số,300,230'] }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]!.split(',').slice(0, 2)).toEqual(['', 'Mỹ Lộc']);
  });

  it('under an office column, a title naming no office: OFFICE_UNKNOWN at the total row', async () => {
    const r = await bothOnFiles(dir, { 'un/bieu-01-viec-2019.csv': ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Tổng số,300,230'] }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('un/bieu-01-viec-2019.csv:3: error: the office cannot be told from the file: its only row is a total ("Tổng số"), one office\'s own figures, and neither its name "bieu-01-viec-2019.csv" nor its title names that office [OFFICE_UNKNOWN]');
  });

  it('a title naming the province\'s department and no office ("CỤC THADS TỈNH HÀ TĨNH") makes it Hà Tĩnh\'s total (round 53a/01)', async () => {
    const r = await bothOnFiles(dir, { 'dep/bieu-01-viec-2019.csv': ['CỤC THADS TỈNH HÀ TĨNH', 'BÁO CÁO NĂM 2019', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Tổng số,300,230'] }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    // 230/300 = 76.67 %
    expect(r.stdout.split('\n')[1]!.split(',').slice(0, 2)).toEqual(['Hà Tĩnh', 'Tổng số']);
    expect(r.stdout.split('\n')[1]!.split(',')[20]).toBe('76.67');
  });

  it('a total named as such stays a total: "Toàn tỉnh", "Tổng hợp 2019.csv"', async () => {
    const whole = await bothOnFiles(dir, { 'tt/bieu-01-viec-2019.csv': ['CHI CỤC THADS THỊ XÃ KỲ ANH', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Toàn tỉnh,300,230'] }, ['--format', 'csv']);
    expect(whole.code).toBe(0);
    expect(whole.stdout.split('\n')[1]!.split(',')[1]).toBe('Toàn tỉnh');
    const named = await bothOnFiles(dir, { 'th/Tổng hợp viec 2019.csv': ['Chỉ tiêu,Có điều kiện,Giải quyết xong', 'Tổng số,300,230'] }, ['--format', 'csv']);
    expect(named.code).toBe(0);
    expect(named.stdout.split('\n')[1]!.split(',')[1]).toBe('Tổng số');
  });

  it('"Chỉ tiêu (%)" with figures beside an office column is still said to hold targets', async () => {
    const r = await bothOnFiles(dir, { 'pc/ha-tinh-viec-2019.csv': ['Đơn vị,Có điều kiện,Giải quyết xong,Chỉ tiêu (%)', 'Kỳ Anh,300,230,80', 'Hương Sơn,500,400,80'] }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[TARGET_COLUMN_IGNORED]');
  });
});
