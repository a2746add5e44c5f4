// A unit cell typed in .VnTime (TCVN3) or VNI with the short "đ" — "§VT: 1.000®" shows "ĐVT:
// 1.000đ", "§VT: Tr.®" "ĐVT: Tr.đ", VNI "Ñôn vò tính: 1.000ñ" — was left undecoded: a reading is
// taken only where it spells Vietnamese syllables, and "đ" has no vowel. The cell was then no unit
// line and money fell to đồng (1000× too small; 10⁶× for Tr.đ), exit 0 (tester's work67a/02).
// legacy-font.ts now lets the unit's "đ" pass where the whole reading states a unit thads reads;
// elsewhere ("Công ty ABC®") the cell stays as written. Both readers (and xlsx); totals by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { legacyFontReading } from '../../src/input/legacy-font.js';
import { bothReaders, moneyTotal } from '../helpers/both-readers.js';

const TITLE = ['CôC THI HµNH ¸N D¢N Sù TØNH NAM §ÞNH;;;;;;', 'B¸o c¸o kÕt qu¶ thi hµnh ¸n d©n sù n¨m 2019;;;;;;'];
const UNICODE_TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;;'];
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong;Ghi chú';
const OFFICES: [string, number, number, number, number][] = [
  ['Chi cục THADS huyện Mỹ Lộc', 586, 533, 9565824, 8009734],
  ['Chi cục THADS huyện Vụ Bản', 655, 630, 16389337, 14490039],
  ['Chi cục THADS huyện Ý Yên', 298, 276, 9770951, 8385244],
];
const rows = (note = '') => OFFICES.map(([name, c, r, mc, mr], i) => `${i + 1};${name};${c};${r};${mc};${mr};${i === 0 ? note : ''}`);
/** A line of one cell in column `column` (1-based) of seven. */
const at = (text: string, column = 5) => `${';'.repeat(column - 1)}${text.includes(';') ? `"${text}"` : text}${';'.repeat(7 - column)}`;

// By hand: with conditions 9.565.824 + 16.389.337 + 9.770.951 = 35.726.112; resolved 8.009.734 +
// 14.490.039 + 8.385.244 = 30.885.017; rate 30.885.017 / 35.726.112 = 0,864495… → 86,45 %.
const IN_DONG = ['35726112', '30885017', '86.45'];
// × 1.000: 35.726.112.000 / 30.885.017.000
const IN_THOUSAND = ['35726112000', '30885017000', '86.45'];
// × 1.000.000: 35.726.112.000.000 / 30.885.017.000.000
const IN_MILLION = ['35726112000000', '30885017000000', '86.45'];

const ARGS = ['--format', 'csv', '--year', '2019'];
const { dir, write, both } = bothReaders('thads-legacy-dong-unit-', ARGS);
const totals = (name: string, lines: readonly string[]): Promise<string[]> => moneyTotal(dir, write(name, lines), ['--year', '2019']);

describe('a legacy-font unit with the short "đ" is read (per cell)', () => {
  it.each([
    ['§VT: 1.000®', 'ĐVT: 1.000đ'],
    ['§¬n vÞ tÝnh: ViÖc; 1.000®', 'Đơn vị tính: Việc; 1.000đ'],
    ['§¬n vÞ tÝnh: 1.000 ®', 'Đơn vị tính: 1.000 đ'],
    ['§VT: Tr.®', 'ĐVT: Tr.đ'],
    ['§VT: ng.®', 'ĐVT: ng.đ'],
    ['§VT: Tr®', 'ĐVT: Trđ'],
    ['Ñôn vò tính: 1.000ñ', 'Đơn vị tính: 1.000đ'],
    ['ÑVT: Tr.ñ', 'ĐVT: Tr.đ'],
    // the label in small letters (traps29 enc/units u7: no unit, money in đồng, exit 0)
    ['®vt: 1.000 ®ång', 'đvt: 1.000 đồng'],
    ['®vt: ngh×n ®ång', 'đvt: nghìn đồng'],
  ])('"%s" is "%s"', (cell, read) => expect(legacyFontReading(cell)).toBe(read));

  it.each(['Công ty ABC®', 'Công ty ABC ®', 'ABC® 2019', 'Nhãn XYZ®', '®vt', 'Công ty ®vt'])('"%s" stays as written (no unit)', (cell) => expect(legacyFontReading(cell)).toBeNull());
});

describe('files: the money unit is read (was đồng)', () => {
  it.each([
    ['§VT: 1.000®', IN_THOUSAND],
    ['§¬n vÞ tÝnh: ViÖc; 1.000®', IN_THOUSAND],
    ['§¬n vÞ tÝnh: 1.000 ®', IN_THOUSAND],
    ['§VT: Tr.®', IN_MILLION],
    ['®vt: 1.000 ®ång', IN_THOUSAND],
  ])('TCVN3 title and unit cell "%s"', async (unit, expected) => expect(await totals('tcvn3-2019.csv', [...TITLE, at(unit), HEADER, ...rows()])).toEqual(expected));

  it('the TCVN3 unit cell is named in the warning when it is the first old-font cell', async () => {
    const r = await both('first-2019.csv', [...UNICODE_TITLE, at('§VT: 1.000®'), HEADER, ...rows()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:3:5: warning: text typed in an old ABC font (.VnTime, TCVN3) was read as the Vietnamese it shows, first at line 3: "§VT: 1.000®" is "ĐVT: 1.000đ" [LEGACY_FONT_TEXT]');
  });

  it('VNI "Ñôn vò tính: 1.000ñ" alone in a Unicode file: nghìn đồng', async () =>
    expect(await totals('vni-2019.csv', [...UNICODE_TITLE, at('Ñôn vò tính: 1.000ñ', 1), HEADER, ...rows()])).toEqual(IN_THOUSAND));

  it('TCVN3 group header "VÒ tiÒn (1.000®)": nghìn đồng (was MEASURE_UNKNOWN)', async () => {
    const header = ['STT;Đơn vị;VÒ viÖc;;VÒ tiÒn (1.000®);;Ghi chú', ';;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong;'];
    expect(await totals('group-2019.csv', [...UNICODE_TITLE, ...header, ...rows()])).toEqual(IN_THOUSAND);
  });

  it('unit cell "1.000®" beside "§¬n vÞ tÝnh: ViÖc" under a TCVN3 title: nghìn đồng (the file\'s font)', async () =>
    expect(await totals('split-2019.csv', [...TITLE, ';;§¬n vÞ tÝnh: ViÖc;;1.000®;;', HEADER, ...rows()])).toEqual(IN_THOUSAND));

  it('"Tr.®" beside "§¬n vÞ tÝnh: ViÖc" under a TCVN3 title: triệu đồng', async () =>
    expect(await totals('split-tr-2019.csv', [...TITLE, ';;§¬n vÞ tÝnh: ViÖc;;Tr.®;;', HEADER, ...rows()])).toEqual(IN_MILLION));

  it.each([
    ['"§VT: 1.000®" in E3', [null, null, null, null, '§VT: 1.000®']],
    ['"1.000®" in E3 beside "§¬n vÞ tÝnh: ViÖc" in C3', [null, null, '§¬n vÞ tÝnh: ViÖc', null, '1.000®']],
  ])('xlsx: %s under a TCVN3 title: nghìn đồng', async (_name, unitRow) => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('2019');
    [[TITLE[1]!.replace(/;+$/, '')], unitRow, HEADER.split(';'), ...OFFICES.map(([n, ...v], i) => [i + 1, n, ...v])].forEach((r) => sheet.addRow(r));
    const file = join(dir, `tcvn3-${unitRow[2] ? 'split' : 'cell'}-2019.xlsx`);
    await wb.xlsx.writeFile(file);
    expect(await moneyTotal(dir, file, ['--year', '2019'])).toEqual(IN_THOUSAND);
  });
});

describe('over-reach controls', () => {
  it('"Công ty ABC®" in a Unicode file\'s notes: đồng, no old-font warning', async () => {
    const r = await both('abc-2019.csv', [...UNICODE_TITLE, HEADER, ...rows('Công ty ABC®')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(await totals('abc-2019.csv', [...UNICODE_TITLE, HEADER, ...rows('Công ty ABC®')])).toEqual(IN_DONG);
  });

  it('Unicode "ĐVT: 1.000đ": nghìn đồng, no old-font warning', async () => {
    const r = await both('plain-2019.csv', [...UNICODE_TITLE, at('ĐVT: 1.000đ'), HEADER, ...rows()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(await totals('plain-2019.csv', [...UNICODE_TITLE, at('ĐVT: 1.000đ'), HEADER, ...rows()])).toEqual(IN_THOUSAND);
  });

  it('TCVN3 "§¬n vÞ tÝnh: ViÖc; 1.000 ®ång" (the long form): nghìn đồng as before', async () =>
    expect(await totals('long-2019.csv', [...TITLE, at('§¬n vÞ tÝnh: ViÖc; 1.000 ®ång'), HEADER, ...rows()])).toEqual(IN_THOUSAND));

  it('a TCVN3 title and no unit: đồng', async () => expect(await totals('none-2019.csv', [...TITLE, HEADER, ...rows()])).toEqual(IN_DONG));
});
