// A provinces' file (a Tỉnh column, no office column: each row a province's whole) beside the
// offices' file of one of its provinces (round 38b, finding 02): Gia Lai was printed as 3010 + 3000
// with exit 0 when the two versions of its figures differed by a unit. Refused whatever the
// figures; other provinces, other years and other measures are read as before. Both readers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, type Files } from '../helpers/both-readers.js';
import { keyRows } from '../helpers/key-rows.js';
import { D } from '../../src/domain/decimal.js';
import { findWholesBesideParts, type FileRow } from '../../src/domain/whole-beside-parts.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-province-beside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const both = (files: Files, extra: string[] = []) => bothOnFiles(dir, files, ['--format', 'csv', ...extra]);

const PROVINCES = ['Tỉnh,Có điều kiện,Giải quyết xong', 'Gia Lai,3010,2405', 'Đắk Lắk,2000,1700'];
const GIA_LAI = ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Phòng THADS khu vực 1,1000,900', 'Phòng THADS khu vực 2,2000,1500', 'Tổng cộng,3000,2400'];
const DAK_LAK = ['THI HÀNH ÁN DÂN SỰ TỈNH ĐẮK LẮK', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Phòng THADS khu vực 1,800,700', 'Phòng THADS khu vực 2,1200,1000'];
const HINT = "  hint: a provinces' file (each row a province's whole or a level of it) already counts each province's offices: give the provinces' file alone, or the offices' files alone";

describe("a provinces' file beside a province's offices' file", () => {
  it('is refused at the province\'s row when the two versions differ (the reproducer)', async () => {
    for (const by of ['province', 'district', 'none']) {
      const r = await both({ 'theo-tinh-viec-2025.csv': PROVINCES, 'gia-lai-viec-2025.csv': GIA_LAI }, ['--by', by]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        "theo-tinh-viec-2025.csv:2: error: Gia Lai's cases with conditions 3010 as a whole in theo-tinh-viec-2025.csv:2 and 3000 as the sum of its 2 offices in gia-lai-viec-2025.csv (two versions of the figures): a provinces' file (each row a province's whole or a level of it) already counts each province's offices, so added to them Gia Lai would be counted twice [PROVINCE_BESIDE_ITS_OFFICES]\n" +
          `${HINT}\nthads: 1 error in the input; nothing was summed\n`,
      );
    }
  });

  it('is refused in either order, and with --no-total-guess', async () => {
    const r = await both({ 'gia-lai-viec-2025.csv': GIA_LAI, 'theo-tinh-viec-2025.csv': PROVINCES }, ['--no-total-guess']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('theo-tinh-viec-2025.csv:2: error: Gia Lai\'s cases with conditions 3010 as a whole');
  });

  it('is refused once, under this code, when the figures are equal', async () => {
    const equal = ['Tỉnh,Có điều kiện,Giải quyết xong', 'Gia Lai,3000,2400', 'Đắk Lắk,2000,1700'];
    const r = await both({ 'tinh-viec-2025.csv': equal, 'gia-lai-viec-2025.csv': GIA_LAI }, ['--by', 'province']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "tinh-viec-2025.csv:2: error: Gia Lai's cases with conditions 3000 as a whole in tinh-viec-2025.csv:2 and 3000 as the sum of its 2 offices in gia-lai-viec-2025.csv: a provinces' file (each row a province's whole or a level of it) already counts each province's offices, so added to them Gia Lai would be counted twice [PROVINCE_BESIDE_ITS_OFFICES]\n" +
        `${HINT}\nthads: 1 error in the input; nothing was summed\n`,
    );
  });
});

describe('controls, read as before', () => {
  it("the provinces' file alone: 3010 + 2000 = 5010, 2405 + 1700 = 4105", async () => {
    const r = await both({ 'theo-tinh-viec-2025.csv': PROVINCES }, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Gia Lai,,3010,2405', 'Đắk Lắk,,2000,1700', ',TOTAL,5010,4105']);
  });

  it("the offices' files of two provinces: 3000 + 2000 = 5000, 2400 + 1700 = 4100", async () => {
    const r = await both({ 'gia-lai-viec-2025.csv': GIA_LAI, 'dak-lak-viec-2025.csv': DAK_LAK }, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Gia Lai,,3000,2400', 'Đắk Lắk,,2000,1700', ',TOTAL,5000,4100']);
  });

  it("a provinces' file beside the offices of a province not in it: 2000 + 3000 = 5000", async () => {
    const r = await both({ 'tinh-viec-2025.csv': ['Tỉnh,Có điều kiện,Giải quyết xong', 'Đắk Lắk,2000,1700'], 'gia-lai-viec-2025.csv': GIA_LAI }, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(keyRows(r.stdout)).toEqual(['Đắk Lắk,,2000,1700', 'Gia Lai,,3000,2400', ',TOTAL,5000,4100']);
  });

  it("two provinces' files, two halves of the country: 3010 + 2000 = 5010", async () => {
    const r = await both({ 'tinh-a-viec-2025.csv': PROVINCES.slice(0, 2), 'tinh-b-viec-2025.csv': [PROVINCES[0]!, PROVINCES[2]!] }, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Gia Lai,,3010,2405', 'Đắk Lắk,,2000,1700', ',TOTAL,5010,4105']);
  });
});

describe('findWholesBesideParts', () => {
  const sums = (a: number, b: number) => [D(a), D(b)];
  const row = (file: string, province: string | null, year: number | null, measure: 'cases' | 'money', a: number, b: number): FileRow<string> => ({ file, province, year, figures: { [measure]: sums(a, b) }, row: `${file}:${province}` });
  const whole = row('t.csv', 'Gia Lai', 2025, 'cases', 3010, 2405);

  it('finds the whole beside its offices, and shows the first figure that differs', () => {
    const found = findWholesBesideParts([whole], [row('g.csv', 'Gia Lai', 2025, 'cases', 1000, 900), row('g.csv', 'Gia Lai', 2025, 'cases', 2010, 1500)]);
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toBe(1);
    expect(found[0]!.wholeValue!.toString()).toBe('2405');
    expect(found[0]!.partsValue!.toString()).toBe('2400');
  });

  it('leaves other years, other measures, other provinces and offices of no province alone', () => {
    expect(findWholesBesideParts([whole], [row('g.csv', 'Gia Lai', 2024, 'cases', 3000, 2400)])).toEqual([]);
    expect(findWholesBesideParts([whole], [row('g.csv', 'Gia Lai', 2025, 'money', 3000, 2400)])).toEqual([]);
    expect(findWholesBesideParts([whole], [row('g.csv', 'Đắk Lắk', 2025, 'cases', 3000, 2400)])).toEqual([]);
    expect(findWholesBesideParts([whole], [row('g.csv', null, 2025, 'cases', 3000, 2400)])).toEqual([]);
    expect(findWholesBesideParts([whole], [row('t.csv', 'Gia Lai', 2025, 'cases', 3000, 2400)])).toEqual([]);
  });
});
