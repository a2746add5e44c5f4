// The office a title line names, for a file without an office column (SPEC §3, title-office.ts):
// a name that gives none ("bieu-07-viec-2019.csv") takes it (findings 48b/04); a name that gives
// another office ("Vụ Bản 2019.csv" under "CHI CỤC THADS HUYỆN MỸ LỘC") is refused; an old
// version ("Mỹ Lộc 2019 - bản cũ.csv") is the same office, refused as a duplicate, never added as
// a second office (48b/01; work57e/01). Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { officeOfFile, titleOffice } from '../../src/input/title-office.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';

const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));

describe('titleOffice', () => {
  it.each([
    ['CHI CỤC THADS HUYỆN MỸ LỘC', 'Huyện Mỹ Lộc'],
    ['Chi cục Thi hành án dân sự huyện Mỹ Lộc', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN 1', 'Quận 1'],
    ['CHI CUC THADS THI XA LONG MY', 'Thị xã Long My'],
    ['PHÒNG THADS KHU VỰC 2', 'Phòng THADS khu vực 2'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC, TỈNH NAM ĐỊNH', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS (HUYỆN MỸ LỘC)', 'Huyện Mỹ Lộc'],
  ])('%s → %s', (title, office) => {
    expect(titleOffice(rows('CỤC THADS TỈNH NAM ĐỊNH', title, 'Năm 2019'))).toEqual({ office, line: 2 });
  });

  it.each([['CỤC THADS TỈNH NAM ĐỊNH'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC'], ['Chi cục THADS huyện'], ['Các Chi cục THADS huyện']])('%s names no office', (title) => {
    expect(titleOffice(rows(title))).toBeNull();
  });

  it('two offices named: none is the file\'s', () => {
    expect(titleOffice(rows('CHI CỤC THADS HUYỆN MỸ LỘC', 'CHI CỤC THADS HUYỆN VỤ BẢN'))).toBeNull();
    expect(titleOffice(rows('CHI CỤC THADS HUYỆN MỸ LỘC', 'Chi cục THADS huyện Mỹ Lộc'))).toEqual({ office: 'Huyện Mỹ Lộc', line: 1 });
  });
});

describe('officeOfFile', () => {
  const title = { office: 'Mỹ Lộc', line: 2 };
  it('the name\'s office, which the title agrees with, as folded', () => {
    expect(officeOfFile('Mỹ Lộc 2019.csv', title)).toBe('Mỹ Lộc');
    expect(officeOfFile('Chi cục THADS huyện Mỹ Lộc 2019.csv', title)).toBe('Chi cục THADS huyện Mỹ Lộc');
    expect(officeOfFile('Mỹ Lộc 2019.csv', null)).toBe('Mỹ Lộc');
  });
  it('a name that gives no office: the title\'s, else none', () => {
    expect(officeOfFile('my-loc/bieu-07-viec-2019.csv', title)).toBe('Mỹ Lộc');
    expect(officeOfFile('my-loc/bieu-07-viec-2019.csv', null)).toBeNull();
  });
  it('another office in the name than in the title is refused', () => {
    expect(() => officeOfFile('Vụ Bản 2019.csv', title)).toThrow('the file name "Vụ Bản 2019.csv" says the office is Vụ Bản, but the title (line 2) says Mỹ Lộc');
  });
  it('a version note in the name is no office: the title agrees', () => {
    expect(officeOfFile('Mỹ Lộc 2019 - bản cũ.csv', title)).toBe('Mỹ Lộc');
  });
});

// the offices' own exports, as the findings' files are
const office = (district: string, cases: number, resolved: number) => ['CỤC THADS TỈNH NAM ĐỊNH', `CHI CỤC THADS HUYỆN ${district}`, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', 'Năm 2019', 'Có điều kiện;Giải quyết xong', `${cases};${resolved}`];

describe('files without an office column, by their titles (both readers)', () => {
  const { dir, write } = fileTree('thads-title-office-');
  const figures = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);

  it('files named by their form only are their titles\' offices (48b/04)', async () => {
    const files = write({ 'my-loc/bieu-07-viec-2019.csv': office('MỸ LỘC', 300, 230), 'vu-ban/bieu-07-viec-2019.csv': office('VỤ BẢN', 500, 400) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([['Huyện Mỹ Lộc', '300', '230', '76.67'], ['Huyện Vụ Bản', '500', '400', '80.00'], ['TOTAL', '800', '630', '78.75']]);
  });

  it('an old version under a name with a note is refused as a duplicate, not added as another office (48b/01)', async () => {
    const r = await bothOnFiles(dir, { 'Mỹ Lộc 2019.csv': office('MỸ LỘC', 310, 240), 'Mỹ Lộc 2019 - bản cũ.csv': office('MỸ LỘC', 300, 230), 'Ý Yên 2019.csv': office('Ý YÊN', 200, 150) }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Mỹ Lộc 2019 - bản cũ.csv:6: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc 2019.csv:6 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });

  it('a name and a title of one office, written two ways, are read as before', async () => {
    const files = write({ 'ok/Mỹ Lộc 2019.csv': office('MỸ LỘC', 310, 240), 'ok/Chi cục THADS huyện Ý Yên 2019.csv': office('Ý YÊN', 200, 150) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([['Mỹ Lộc', '310', '240', '77.42'], ['Chi cục THADS huyện Ý Yên', '200', '150', '75.00'], ['TOTAL', '510', '390', '76.47']]);
  });

  it('a form-named file whose title names no office is still OFFICE_UNKNOWN', async () => {
    const lines = office('X', 1, 1).filter((l) => !l.startsWith('CHI CỤC'));
    const r = await bothOnFiles(dir, { 'none/bieu-07-viec-2019.csv': lines }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('none/bieu-07-viec-2019.csv:4: error: the office cannot be told from the file: it has no office column, and its name "bieu-07-viec-2019.csv" gives only its year, measure or form [OFFICE_UNKNOWN]');
  });
});
