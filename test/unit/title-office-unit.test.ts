// A title's office keeps its unit, read as an office cell's (round 50a/03): "CHI CỤC THADS THỊ
// XÃ KỲ ANH" and "CHI CỤC THADS HUYỆN KỲ ANH" are Hà Tĩnh's two offices, never one office given
// twice; what is printed is what the same words print from an office column. An office in
// parentheses is read whole ("(HUYỆN MỸ LỘC)", ../p/o4). Both readers must agree.
import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { bareName, mayBeOneOffice, unitKind } from '../../src/domain/office-names.js';
import { titleOffice } from '../../src/input/title-office.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';

const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));

describe('titleOffice keeps the unit, as an office cell holds it', () => {
  it.each([
    ['CHI CỤC THADS HUYỆN KỲ ANH', 'Huyện Kỳ Anh', 'huyện'],
    ['CHI CỤC THADS THỊ XÃ KỲ ANH', 'Thị xã Kỳ Anh', 'thị xã'],
    ['CHI CỤC THADS THÀNH PHỐ CAO LÃNH', 'Thành phố Cao Lãnh', 'thành phố'],
    ['CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN 1', 'Quận 1', 'quận'],
    ['PHÒNG THADS KHU VỰC 3', 'Phòng THADS khu vực 3', null],
    ['CHI CỤC THADS (HUYỆN MỸ LỘC)', 'Huyện Mỹ Lộc', 'huyện'],
    ['CHI CỤC THADS (THỊ XÃ KỲ ANH)', 'Thị xã Kỳ Anh', 'thị xã'],
  ])('%s → %s', (title, office, kind) => {
    expect(titleOffice(rows('CỤC THADS TỈNH HÀ TĨNH', title))).toEqual({ office, line: 2 });
    // read by the one rule of office names, as the same words in a column
    expect(unitKind(office)).toBe(kind);
    expect(bareName(office)).toBe(bareName(office.replace(/^Phòng THADS /, '')));
  });

  it('two units of one name are two offices; a name without its unit may be either', () => {
    expect(mayBeOneOffice('Huyện Kỳ Anh', 'Thị xã Kỳ Anh')).toBe(false);
    expect(mayBeOneOffice('Huyện Cao Lãnh', 'Thành phố Cao Lãnh')).toBe(false);
    expect(mayBeOneOffice('Huyện Mỹ Lộc', 'Mỹ Lộc')).toBe(true);
  });
});

const report = (sender: string, office: string, cases: number, resolved: number) => [sender, office, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: việc', 'STT,Có điều kiện,Giải quyết xong', `1,${cases},${resolved}`];

describe('the findings\' files (both readers)', () => {
  const { dir, write } = fileTree('thads-title-unit-');
  const figures = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);

  it.each([
    ['03', 'CỤC THADS TỈNH HÀ TĨNH', 'Hà Tĩnh', 'THỊ XÃ KỲ ANH', 'Thị xã Kỳ Anh', 'HUYỆN KỲ ANH', 'Huyện Kỳ Anh'],
    ['03b', 'CỤC THADS TỈNH ĐỒNG THÁP', 'Đồng Tháp', 'THÀNH PHỐ CAO LÃNH', 'Thành phố Cao Lãnh', 'HUYỆN CAO LÃNH', 'Huyện Cao Lãnh'],
  ])('%s: a huyện and a town of one name, each named by its title, are two offices', async (id, sender, province, a, aName, b, bName) => {
    const files = write({ [`${id}/a/bieu-01-viec-2019.csv`]: report(sender, `CHI CỤC THADS ${a}`, 300, 230), [`${id}/b/bieu-01-viec-2019.csv`]: report(sender, `CHI CỤC THADS ${b}`, 500, 400) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 230/300 = 76.67 %, 400/500 = 80.00 %, 630/800 = 78.75 %
    expect(figures(r)).toEqual([[province, aName, '300', '230', '76.67'], [province, bName, '500', '400', '80.00'], ['', 'TOTAL', '800', '630', '78.75']]);
  });

  it('an office column with the same words prints the same names', async () => {
    const files = write({ 'col/ha-tinh-viec-2019.csv': ['CỤC THADS TỈNH HÀ TĨNH', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Thị xã Kỳ Anh,300,230', 'Huyện Kỳ Anh,500,400'] });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([['Hà Tĩnh', 'Thị xã Kỳ Anh', '300', '230', '76.67'], ['Hà Tĩnh', 'Huyện Kỳ Anh', '500', '400', '80.00'], ['', 'TOTAL', '800', '630', '78.75']]);
  });

  it('an office in parentheses is read whole (../p/o4)', async () => {
    const files = write({ 'o4/a/bieu-01-viec-2019.csv': report('CỤC THADS TỈNH NAM ĐỊNH', 'CHI CỤC THADS (HUYỆN MỸ LỘC)', 300, 230), 'o4/b/bieu-01-viec-2019.csv': report('CỤC THADS TỈNH NAM ĐỊNH', 'CHI CỤC THADS (HUYỆN VỤ BẢN)', 500, 400) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([['Nam Định', 'Huyện Mỹ Lộc', '300', '230', '76.67'], ['Nam Định', 'Huyện Vụ Bản', '500', '400', '80.00'], ['', 'TOTAL', '800', '630', '78.75']]);
  });

  it('a name without the unit agrees with its title; another office\'s name is still refused', async () => {
    const ok = await summarizeCsvRows(dir, write({ 'nm/my-loc-2019.csv': report('CỤC THADS TỈNH NAM ĐỊNH', 'CHI CỤC THADS HUYỆN MỸ LỘC', 300, 230) }), []);
    expect(ok.code).toBe(0);
    expect(figures(ok)).toEqual([['Nam Định', 'my-loc', '300', '230', '76.67'], ['', 'TOTAL', '300', '230', '76.67']]);
    const r = await bothOnFiles(dir, { 'nc/Vụ Bản 2019.csv': report('CỤC THADS TỈNH NAM ĐỊNH', 'CHI CỤC THADS HUYỆN MỸ LỘC', 300, 230) }, ['--format', 'csv', '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nc/Vụ Bản 2019.csv:2: error: the file name "Vụ Bản 2019.csv" says the office is Vụ Bản, but the title (line 2) says Huyện Mỹ Lộc: which office\'s figures these are cannot be told [OFFICE_NAME_CONFLICT]');
  });

  it('"Mỹ Lộc" named by a file and "HUYỆN MỸ LỘC" by a title are one office: given twice, refused', async () => {
    const r = await bothOnFiles(dir, { 'dup/Mỹ Lộc viec 2019.csv': ['Có điều kiện,Giải quyết xong', '300,230'], 'dup/x/bieu-01-viec-2019.csv': report('CỤC THADS TỈNH NAM ĐỊNH', 'CHI CỤC THADS HUYỆN MỸ LỘC', 300, 230) }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
    expect(r.stderr).toContain('dup/x/bieu-01-viec-2019.csv:6: error: cases of "Huyện Mỹ Lộc" (2019) are given again: dup/Mỹ Lộc viec 2019.csv:2 already gave them as "Mỹ Lộc"');
  });
});
