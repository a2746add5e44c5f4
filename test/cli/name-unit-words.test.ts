// A money unit among a file's or a sheet's name words, neither bracketed nor labelled (traps25 4):
// "BC 2019 nghìn đồng.csv", "BC 2019 - nghìn đồng.csv", "BC_2019_trieu_dong.csv",
// "BC-2019-DVT-nghin-dong.csv", "Nam Dinh 2019 tr.d.csv", "2019 x1000.csv", "2019_1000d.csv",
// "2019-ngan-dong.csv" — and the sheets "Tien_nghin_dong", "BC tiền x1000đ" — were read as đồng:
// money 10^3–10^6 too small, exit 0, while "BC 2019 (nghìn đồng).csv" was read in nghìn. The words
// are now read as the brackets are (units.ts unitsAmongNameWords). Places and letters that only
// look like a unit ("Đồng Nai", "Lâm Đồng", "Triệu Sơn", "Tri Tôn", "2019_d") stay without one.
// Totals by hand in test/helpers/name-unit-files.ts (IN_DONG, IN_THOUSAND, IN_MILLION); each
// file runs through the real binary and through both readers in process.
import { describe, expect, it } from 'vitest';
import { HEADER, OFFICES, PROVINCE, TITLE, PLAIN, TITLED, IN_DONG, IN_THOUSAND, IN_MILLION, nameUnitFiles } from '../helpers/name-unit-files.js';

const { write, run, bothTotals, workbook } = nameUnitFiles('name-unit-words');

describe('a unit among the file name\'s words', () => {
  it.each([
    ['BC 2019 - nghìn đồng.csv', IN_THOUSAND],
    ['BC 2019 nghìn đồng.csv', IN_THOUSAND],
    ['BC 2019 NGHÌN ĐỒNG.csv', IN_THOUSAND],
    ['BC 2019 trieu dong.csv', IN_MILLION],
    ['BC-2019-DVT-nghin-dong.csv', IN_THOUSAND],
    ['BC_2019_DVT_nghin_dong.csv', IN_THOUSAND],
    ['BC_2019_trieu_dong.csv', IN_MILLION],
    ['Nam Dinh 2019 tr.d.csv', IN_MILLION],
    ['tien-nghin-dong-2019.csv', IN_THOUSAND],
    ['2019 x1000.csv', IN_THOUSAND],
    ['2019-ngan-dong.csv', IN_THOUSAND],
    ['2019_1000d.csv', IN_THOUSAND],
    ['BC 2019 1.000.000đ.csv', IN_MILLION],
    ['BC 2019 nghìn đồng - Nam Định.csv', IN_THOUSAND],
    // read before, kept
    ['BC 2019 (nghìn đồng).csv', IN_THOUSAND],
    ['Tien (nghin dong) 2019.csv', IN_THOUSAND],
    ['bao cao 2019 don vi 1000 dong.csv', IN_THOUSAND],
  ])('%j', async (name, expected) => {
    for (const lines of [PLAIN, TITLED]) {
      expect(run(write(name, lines), '--year', '2019')).toMatchObject({ code: 0, total: expected });
      expect(await bothTotals(name, lines)).toEqual(expected);
    }
  });

  // places, initials and amounts that only look like a unit: đồng, as before
  it.each([
    'Đồng Nai 2019.csv',
    'Đồng Tháp 2019.csv',
    'Cà Mau 2019.csv',
    'Lâm Đồng 2019.csv',
    'Đồng Xoài 2019.csv',
    'Hà Nội 2019 - tong hop.csv',
    '2019_d.csv',
    'BC 2019 d2.csv',
    'Tri Tôn 2019.csv',
    'Triệu Sơn 2019.csv',
    'Đông Triều 2019.csv',
    'Công ty Đồng Tâm 2019.csv',
    'BC 2019 viec tren 1 ty dong.csv',
    'BC 2019 chua quy doi nghin dong.csv',
    'KV1000 2019.csv',
    'Báo cáo 1000 việc 2019.csv',
  ])('control %j', async (name) => {
    for (const lines of [PLAIN, TITLED]) {
      expect(run(write(name, lines), '--year', '2019')).toMatchObject({ code: 0, total: IN_DONG });
      expect(await bothTotals(name, lines)).toEqual(IN_DONG);
    }
  });

  it('against the file\'s own unit line: "BC_2019_trieu_dong.csv" over "Đơn vị tính: nghìn đồng" is refused UNIT_CONTRADICTION', async () => {
    const lines = [PROVINCE, TITLE, 'Đơn vị tính: nghìn đồng', HEADER, ...OFFICES];
    const r = run(write('BC_2019_trieu_dong.csv', lines));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gives money in thousand, but the file name "BC_2019_trieu_dong.csv" gives million [UNIT_CONTRADICTION]');
    expect(await bothTotals('BC_2019_trieu_dong.csv', lines)).toBe(1);
    // the same unit twice agrees
    expect(run(write('BC_2019_nghin_dong.csv', lines))).toMatchObject({ code: 0, total: IN_THOUSAND });
  });

  it('two units among the words ("BC 2019 nghìn đồng triệu đồng") are refused, never đồng', () => {
    expect(run(write('BC 2019 nghìn đồng - triệu đồng.csv', TITLED), '--year', '2019')).toMatchObject({ code: 1, total: null });
  });
});

describe('a unit among a sheet name\'s words (.xlsx)', () => {
  it.each([
    ['Tien_nghin_dong', IN_THOUSAND],
    ['Tiền - nghìn đồng', IN_THOUSAND],
    ['BC tiền x1000đ', IN_THOUSAND],
    ['BC 2019 triệu đồng', IN_MILLION],
    // controls
    ['Đồng Nai', IN_DONG],
    ['Lâm Đồng 2019', IN_DONG],
  ])('%j', async (sheet, expected) => {
    expect(run(await workbook('bao-cao-2019.xlsx', sheet))).toMatchObject({ code: 0, total: expected });
  });
});
