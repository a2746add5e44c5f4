// OFFICE_NAME_CONFLICT reaches only a real conflict (findings 49a/02, 49a/03): a file's name is
// matched with its title's office as names are across files (unaccented, i/y: "my-loc-2019.csv",
// "Mĩ Lộc 2019.csv" under "… HUYỆN MỸ LỘC"), and the title's office is read without the province
// or area after it ("… KHU VỰC 3 - NINH BÌNH", "… (Mỹ Lộc - Vụ Bản)"). Both readers must agree.
import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { mayBeOneOfficeUnaccented, unaccentedKey } from '../../src/domain/office-names.js';
import { officeOfFile, provinceAfterOffice, titleOffice } from '../../src/input/title-office.js';
import { titleProvinces } from '../../src/input/title-province.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';

const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));

describe('unaccentedKey', () => {
  it.each([['Mỹ Lộc', 'mi loc'], ['Mĩ Lộc', 'mi loc'], ['Mỷ Lộc', 'mi loc'], ['my-loc', 'mi loc'], ['vu_ban', 'vu ban'], ['Kỳ Anh', 'ki anh'], ['Thuỷ Nguyên', 'thuy nguyen'], ['Quy Nhơn', 'qui nhon'] /* a syllable's final y after a consonant is i (names.ts finalYAsI): Quy = Qui */, ['Ý Yên', 'y yen'], ['Tây Hồ', 'tay ho']])('%s → %s', (name, key) => {
    expect(unaccentedKey(name)).toBe(key);
  });
  it('one office only where the bare names agree and the units do not differ', () => {
    expect(mayBeOneOfficeUnaccented('my-loc', 'Mỹ Lộc')).toBe(true);
    expect(mayBeOneOfficeUnaccented('huyen-my-loc', 'Mỹ Lộc')).toBe(true);
    expect(mayBeOneOfficeUnaccented('Vu Ban', 'Mỹ Lộc')).toBe(false);
    expect(mayBeOneOfficeUnaccented('Mỹ Lộc - bản cũ', 'Mỹ Lộc')).toBe(false);
    expect(mayBeOneOfficeUnaccented('Thị xã Long My', 'Huyện Long Mỹ')).toBe(false);
  });
});

describe('titleOffice without what follows the name', () => {
  it.each([
    ['PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 - NINH BÌNH', 'Phòng THADS khu vực 3', 'NINH BÌNH'],
    ['PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 TỈNH NINH BÌNH', 'Phòng THADS khu vực 3', 'NINH BÌNH'],
    ['PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 5 (Mỹ Lộc - Vụ Bản)', 'Phòng THADS khu vực 5', null],
    ['CHI CỤC THADS HUYỆN MỸ LỘC (huyện Mỹ Lộc cũ)', 'Huyện Mỹ Lộc', null],
    ['CHI CỤC THADS HUYỆN MỸ LỘC - NAM ĐỊNH', 'Huyện Mỹ Lộc', 'NAM ĐỊNH'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC (NAM ĐỊNH)', 'Huyện Mỹ Lộc', 'NAM ĐỊNH'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC, TỈNH NAM ĐỊNH', 'Huyện Mỹ Lộc', null],
    ['CHI CỤC THADS THÀNH PHỐ NAM ĐỊNH', 'Thành phố Nam Định', null],
    // a version after a dash is no province, nor the office's (withoutVersionAndPeriod, as in a file's name)
    ['CHI CỤC THADS HUYỆN MỸ LỘC - BẢN CŨ', 'Huyện Mỹ Lộc', null],
  ])('%s → %s', (title, office, province) => {
    expect(titleOffice(rows('CỤC THADS', title))).toEqual({ office, line: 2 });
    expect(provinceAfterOffice(title)).toBe(province);
  });
  it('the province after a dash is the title\'s, as after "tỉnh"', () => {
    expect(titleProvinces(rows('CỤC THADS', 'CHI CỤC THADS HUYỆN MỸ LỘC - HÀ NAM'), 2019)).toEqual([{ province: 'Hà Nam', line: 2 }]);
  });
});

describe('officeOfFile against a title naming the office another way', () => {
  const myLoc = { office: 'Mỹ Lộc', line: 2 };
  it.each(['my-loc-2019.csv', 'My Loc 2019.csv', 'Mĩ Lộc 2019.csv', 'Mỷ Lộc 2019.csv', 'my_loc_2019.csv'])('%s is Mỹ Lộc\'s, under its own name', (file) => {
    expect(officeOfFile(file, myLoc)).toBe(file.replace(/[-_ ]2019\.csv$/, ''));
  });
  it('another office is still refused', () => {
    expect(() => officeOfFile('Vụ Bản 2019.csv', myLoc)).toThrow('the file name "Vụ Bản 2019.csv" says the office is Vụ Bản, but the title (line 2) says Mỹ Lộc');
    expect(() => officeOfFile('vu-ban-2019.csv', myLoc)).toThrow('the file name "vu-ban-2019.csv" says the office is vu-ban, but the title (line 2) says Mỹ Lộc');
  });
});

const report = (sender: string, office: string, year: number, cases: number, resolved: number) => [sender, office, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', `Năm ${year}`, 'Có điều kiện;Giải quyết xong', `${cases};${resolved}`];

describe('the findings\' files (both readers)', () => {
  const { dir, write } = fileTree('thads-title-qualifier-');
  const figures = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);
  const namDinh = (district: string, cases: number, resolved: number) => report('CỤC THADS TỈNH NAM ĐỊNH', `CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN ${district}`, 2019, cases, resolved);

  it('slug and unaccented names of one office each (49a/02)', async () => {
    const files = write({ '02/my-loc-2019.csv': namDinh('MỸ LỘC', 300, 230), '02/vu-ban-2019.csv': namDinh('VỤ BẢN', 500, 400) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([['Nam Định', 'my-loc', '300', '230', '76.67'], ['Nam Định', 'vu-ban', '500', '400', '80.00'], ['', 'TOTAL', '800', '630', '78.75']]);
  });

  it.each(['My Loc 2019.csv', 'Mĩ Lộc 2019.csv', 'Mỷ Lộc 2019.csv'])('%s under "… HUYỆN MỸ LỘC" (49a/02)', async (name) => {
    const r = await summarizeCsvRows(dir, write({ [`02b/${name}`]: namDinh('MỸ LỘC', 300, 230) }), []);
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([['Nam Định', name.replace(' 2019.csv', ''), '300', '230', '76.67'], ['', 'TOTAL', '300', '230', '76.67']]);
  });

  it('across files the same fold: "Mĩ Lộc" and "Mỹ Lộc" named by their files are one office, never summed', async () => {
    const r = await bothOnFiles(dir, { '02d/Mĩ Lộc viec 2019.csv': ['Có điều kiện;Giải quyết xong', '300;230'], '02d/Mỹ Lộc viec 2019.csv': ['Có điều kiện;Giải quyết xong', '300;231'] }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('02d/Mỹ Lộc viec 2019.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: 02d/Mĩ Lộc viec 2019.csv:2 already gave them as "Mĩ Lộc"; figures are never added across files [DUPLICATE_INPUT]');
  });

  it('a name of another office than the title\'s is still refused', async () => {
    const r = await bothOnFiles(dir, { '02c/vu-ban-2019.csv': namDinh('MỸ LỘC', 300, 230) }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('02c/vu-ban-2019.csv:2: error: the file name "vu-ban-2019.csv" says the office is vu-ban, but the title (line 2) says Huyện Mỹ Lộc: which office\'s figures these are cannot be told [OFFICE_NAME_CONFLICT]');
  });

  it.each([
    ['Khu vực 3 2025.csv', 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 - NINH BÌNH', 2025, 'Ninh Bình', 300, 230, '76.67'],
    ['Khu vực 3 2025.csv', 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 TỈNH NINH BÌNH', 2025, 'Ninh Bình', 300, 230, '76.67'],
    ['Khu vực 5 2025.csv', 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 5 (Mỹ Lộc - Vụ Bản)', 2025, 'Ninh Bình', 500, 420, '84.00'],
    ['Mỹ Lộc 2019.csv', 'CHI CỤC THADS HUYỆN MỸ LỘC - NAM ĐỊNH', 2019, 'Nam Định', 300, 230, '76.67'],
    ['Mỹ Lộc 2019.csv', 'CHI CỤC THADS HUYỆN MỸ LỘC (huyện Mỹ Lộc cũ)', 2019, 'Nam Định', 300, 230, '76.67'],
  ])('%s under "%s" is one office (49a/03)', async (name, title, year, province, cases, resolved, rate) => {
    const sender = year >= 2025 ? 'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH' : 'CỤC THADS TỈNH NAM ĐỊNH';
    const r = await summarizeCsvRows(dir, write({ [`03-${title.length}/${name}`]: report(sender, title, year, cases, resolved) }), []);
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([[province, name.replace(/ 20\d\d\.csv$/, ''), String(cases), String(resolved), rate], ['', 'TOTAL', String(cases), String(resolved), rate]]);
  });

  it('a province after the office conflicting with the name\'s is refused as after "tỉnh" (PROVINCE_CONFLICT)', async () => {
    const r = await bothOnFiles(dir, { '03c/Mỹ Lộc - Nam Định 2019.csv': report('CỤC THADS', 'CHI CỤC THADS HUYỆN MỸ LỘC - HÀ NAM', 2019, 300, 230) }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('03c/Mỹ Lộc - Nam Định 2019.csv:2: error: the file name says the province is Nam Định, but the title (line 2) says Hà Nam [PROVINCE_CONFLICT]');
  });
});
