// A title that abbreviates its office's unit ("CHI CỤC THADS TX. KỲ ANH", "H. HƯƠNG SƠN", round
// 51a/03) names the office as the same words in an office cell do: one rule reads units
// (office-names.ts unitAndPlace/unitKind). A title without its unit ("CHI CỤC THADS KỲ ANH")
// names the office as written, "Kỳ Anh" (title-office-forms.test.ts): huyện and thị xã Kỳ Anh
// stay two where each is written with its unit. Both readers must agree.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unitAndPlace, unitKind } from '../../src/domain/office-names.js';
import { titleOffice } from '../../src/input/title-office.js';
import { bothOnFiles } from '../helpers/both-readers.js';

const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));

describe('an abbreviated unit, in an office cell and in a title', () => {
  it.each([
    ['TX. Kỳ Anh', 'thị xã'],
    ['TX Kỳ Anh', 'thị xã'],
    ['H. Hương Sơn', 'huyện'],
    ['H.Hương Sơn', 'huyện'],
    ['TP. Hà Tĩnh', 'thành phố'],
    ['TP Hà Tĩnh', 'thành phố'],
    ['Kỳ Anh', null],
  ])('office cell %s → %s', (cell, kind) => {
    expect(unitKind(cell)).toBe(kind);
    expect(unitAndPlace(cell.toLocaleUpperCase('vi'))?.kind ?? null).toBe(kind);
  });

  it.each([
    ['CHI CỤC THADS TX. KỲ ANH', 'Thị xã Kỳ Anh'],
    ['CHI CỤC THADS TX KỲ ANH', 'Thị xã Kỳ Anh'],
    ['CHI CỤC THADS H. HƯƠNG SƠN', 'Huyện Hương Sơn'],
    ['CHI CỤC THADS H.HƯƠNG SƠN', 'Huyện Hương Sơn'],
    ['CHI CỤC THADS TP. HÀ TĨNH', 'Thành phố Hà Tĩnh'],
    ['CHI CỤC THADS TP HÀ TĨNH', 'Thành phố Hà Tĩnh'],
    ['CHI CỤC THADS THỊ XÃ KỲ ANH', 'Thị xã Kỳ Anh'],
    ['PHÒNG THADS KHU VỰC 3', 'Phòng THADS khu vực 3'],
  ])('title %s → %s', (title, office) => {
    expect(titleOffice(rows('CỤC THADS TỈNH HÀ TĨNH', title))).toEqual({ office, line: 2 });
  });

  it.each([['CHI CỤC THADS KỲ ANH', 'Kỳ Anh'], ['CHI CỤC THI HÀNH ÁN DÂN SỰ HƯƠNG SƠN', 'Hương Sơn']])('%s names %s, without a unit', (title, office) => {
    expect(titleOffice(rows('CỤC THADS TỈNH HÀ TĨNH', title))).toEqual({ office, line: 2 });
  });

  it('CHI CỤC THADS TỈNH HÀ TĨNH names no office', () => {
    expect(titleOffice(rows('CỤC THADS TỈNH HÀ TĨNH', 'CHI CỤC THADS TỈNH HÀ TĨNH'))).toBeNull();
  });
});

describe('the finding\'s files (both readers)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-title-abbrev-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const report = (office: string, cases: number, resolved: number) => ['CỤC THADS TỈNH HÀ TĨNH', office, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: việc', 'STT,Có điều kiện,Giải quyết xong', `1,${cases},${resolved}`];
  const lines = (csv: string) => csv.trim().split('\n').map((l) => l.split(',').slice(0, 2).concat(l.split(',')[9]!, l.split(',')[18]!, l.split(',')[20]!).join(','));

  it('03: "TX. KỲ ANH" and "H. HƯƠNG SƠN" are read as their spelled-out titles are: 800/630', async () => {
    const r = await bothOnFiles(dir, { '03/a/bieu-01-viec-2019.csv': report('CHI CỤC THADS TX. KỲ ANH', 300, 230), '03/b/bieu-01-viec-2019.csv': report('CHI CỤC THADS H. HƯƠNG SƠN', 500, 400) }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 230/300 = 76.67 %, 400/500 = 80.00 %, 630/800 = 78.75 %
    expect(lines(r.stdout).slice(1)).toEqual(['Hà Tĩnh,Thị xã Kỳ Anh,300,230,76.67', 'Hà Tĩnh,Huyện Hương Sơn,500,400,80.00', ',TOTAL,800,630,78.75']);
  });

  it('a title without the unit names the office as written: Kỳ Anh, 230/300 = 76.67 %', async () => {
    const r = await bothOnFiles(dir, { 'nu/a/bieu-01-viec-2019.csv': report('CHI CỤC THADS KỲ ANH', 300, 230) }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout).slice(1)).toEqual(['Hà Tĩnh,Kỳ Anh,300,230,76.67', ',TOTAL,300,230,76.67']);
  });
});
