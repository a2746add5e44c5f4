// A Cục's summary (round 53a/01): "CỤC THADS TỈNH THÁI BÌNH" over one "Tổng cộng" row, in a file
// named "BC THADS viec 2019.csv", was read as an office "THADS" and summed with the province's
// offices — the province counted twice. The owner's rule: a title naming the province's
// department and no office makes the file the province's total (TOTAL_FILE_OVERLAP beside its
// offices, its total alone); a file name of agency words only ("BC THADS") names no office.
// Both readers must agree.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileNamesOffice, officeFromFileName } from '../../src/input/file-names.js';
import { titleDepartment } from '../../src/input/title-province.js';
import { bothOnFiles } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-cuc-total-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));
const REPORT = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2019';
const cuc = (title = 'CỤC THADS TỈNH THÁI BÌNH') => [title, REPORT, 'Đơn vị,Có điều kiện,Giải quyết xong', 'Tổng cộng,8000,6400'];
const office = (title: string, cases: number, resolved: number) => [title, REPORT, 'Chỉ tiêu,Có điều kiện,Giải quyết xong', `Tổng số,${cases},${resolved}`];
const cols = (csv: string) => csv.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[0], c[1], c[9], c[18], c[20]].join(','); });

describe('the title names the province\'s department', () => {
  it.each([
    ['CỤC THADS TỈNH THÁI BÌNH', 'Thái Bình'],
    ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH THÁI BÌNH', 'Thái Bình'],
    ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'Ninh Bình'],
    ['CỤC THADS TP. HỒ CHÍ MINH', 'Hồ Chí Minh'],
  ])('%s → %s', (title, province) => {
    expect(titleDepartment(rows(title, REPORT), 2019)).toEqual({ province, line: 1 });
  });

  it.each(['CHI CỤC THADS HUYỆN VŨ THƯ', 'CHI CỤC THADS TỈNH HÀ TĨNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TỈNH THÁI BÌNH', 'THÁI BÌNH'])('%s: none', (title) => {
    expect(titleDepartment(rows(title), 2019)).toBeNull();
  });
});

describe('a file name of agency words names no office', () => {
  it.each(['BC THADS viec 2019.csv', 'CTHADS 2019.csv', 'CCTHADS viec 2019.csv', 'Báo cáo THA viec 2019.csv', 'Cục THADS 2019.csv', 'Chi cục THADS - việc - 2019.csv', 'Biểu 01 Thi hành án dân sự 2019.csv'])('%s', (file) => {
    expect(fileNamesOffice(file)).toBe(false);
  });

  it.each([
    ['Chi cục THADS huyện Mỹ Lộc 2019.csv', 'Chi cục THADS huyện Mỹ Lộc'],
    ['BC THADS Mỹ Lộc viec 2019.csv', 'THADS Mỹ Lộc'],
    ['Phòng THADS khu vực 1 - 2026.csv', 'Phòng THADS khu vực 1'],
    ['Mỹ Lộc viec 2019.csv', 'Mỹ Lộc'],
  ])('%s still names %s', (file, named) => {
    expect(fileNamesOffice(file)).toBe(true);
    expect(officeFromFileName(file)).toBe(named);
  });
});

describe('the finding\'s files (both readers)', () => {
  const offices = { 'f/Vũ Thư viec 2019.csv': office('CHI CỤC THADS HUYỆN VŨ THƯ', 3000, 2400), 'f/Tiền Hải viec 2019.csv': office('CHI CỤC THADS HUYỆN TIỀN HẢI', 2000, 1600) };

  it('01: the Cục\'s file beside its offices\' is refused TOTAL_FILE_OVERLAP, as the province-named control is', async () => {
    for (const name of ['BC THADS viec 2019.csv', 'Thai Binh viec 2019.csv']) {
      const r = await bothOnFiles(dir, { ...offices, [`f/${name}`]: cuc() }, ['--format', 'csv']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`f/${name}:4: error: this file's only row, "Tổng cộng" (2019), is a declared total of Thái Bình, and f/Vũ Thư viec 2019.csv:4 gives cases of office "Vũ Thư" that it already counts; figures would be counted twice [TOTAL_FILE_OVERLAP]`);
    }
  });

  it('01: the offices alone: 5000/4000 = 80.00 %', async () => {
    const r = await bothOnFiles(dir, offices, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(cols(r.stdout)).toEqual([',Vũ Thư,3000,2400,80.00', ',Tiền Hải,2000,1600,80.00', ',TOTAL,5000,4000,80.00']);
  });

  it.each(['CỤC THADS TỈNH THÁI BÌNH', 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH THÁI BÌNH', 'THI HÀNH ÁN DÂN SỰ TỈNH THÁI BÌNH'])('01: "%s" alone is Thái Bình\'s total, as the control alone: 8000/6400 = 80.00 per cent', async (title) => {
    const alone = await bothOnFiles(dir, { 'a/BC THADS viec 2019.csv': cuc(title) }, ['--format', 'csv']);
    const control = await bothOnFiles(dir, { 'c/Thai Binh viec 2019.csv': cuc(title) }, ['--format', 'csv']);
    expect(alone.code).toBe(0);
    expect(cols(alone.stdout)).toEqual(['Thái Bình,Tổng cộng,8000,6400,80.00', ',TOTAL,8000,6400,80.00']);
    expect(alone).toEqual(control);
  });

  it('a Chi cục\'s line under the Cục\'s keeps the office\'s own report: "BC THADS viec 2019.csv" is its title\'s office', async () => {
    const r = await bothOnFiles(dir, { 'o/BC THADS viec 2019.csv': ['CỤC THADS TỈNH THÁI BÌNH', ...office('CHI CỤC THADS HUYỆN VŨ THƯ', 3000, 2400)] }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(cols(r.stdout)).toEqual(['Thái Bình,Huyện Vũ Thư,3000,2400,80.00', ',TOTAL,3000,2400,80.00']);
  });

  it('"BC THADS viec 2019.csv" with no title: OFFICE_UNKNOWN, its name gives no office', async () => {
    const r = await bothOnFiles(dir, { 'u/BC THADS viec 2019.csv': ['Chỉ tiêu,Có điều kiện,Giải quyết xong', 'Tổng số,3000,2400'] }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('u/BC THADS viec 2019.csv:1: error: the office cannot be told from the file: it has no office column, and its name "BC THADS viec 2019.csv" gives only its year, measure or form [OFFICE_UNKNOWN]');
  });
});
