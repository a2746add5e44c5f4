// Money cells saved "as shown" with the unit their number format writes: the workbook's
// `#,##0.000 "(nghìn đồng)"` as LibreOffice's CSV writes it, "9,565,824.266 (nghìn đồng)", and
// Excel vi-VN's, "9.565.824,266 nghìn đồng". They were refused BAD_NUMBER while the workbook read
// right (work66c, 02). The cell states its unit as the format did (xlsx/scaled-money.ts): under a
// stated unit it must be that one; in a file that states none, every money cell other than zero
// carries the same unit, or the file is refused at the cell that breaks it (UNIT_CONTRADICTION).
import { describe, expect, it } from 'vitest';
import { moneyCellUnit } from '../../src/input/cell-unit.js';
import { bothReaders } from '../helpers/both-readers.js';
import { totalFigures } from '../helpers/json-totals.js';

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;';
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';

const { both } = bothReaders('thads-money-cell-unit-', ['--by', 'none', '--format', 'json']);

function offices(a: readonly [string, string], b: readonly [string, string]): string[] {
  return [`1;Chi cục THADS huyện Mỹ Lộc;586;533;${a[0]};${a[1]}`, `2;Chi cục THADS huyện Vụ Bản;655;630;${b[0]};${b[1]}`];
}

/**
 * By hand: cases 586 + 655 = 1241, resolved 533 + 630 = 1163; money 9.565.824,266 + 16.389.337,399
 * = 25.955.161,665 nghìn = 25.955.161.665 đồng, resolved 8.009.734,950 + 14.490.039,714 =
 * 22.499.774,664 nghìn = 22.499.774.664 đồng; 22.499.774.664 / 25.955.161.665 = 0.86687… = 86.69 %.
 */
const HAND = { cases: '1241', casesResolved: '1163', money: '25955161665', moneyResolved: '22499774664', moneyRate: '86.69' };

/** The two offices' money in nghìn đồng, each cell written `(figure) + suffix` in the given convention. */
function inThousands(suffix: string, convention: 'vi' | 'en' = 'vi'): string[] {
  const vi = ['9.565.824,266', '8.009.734,950', '16.389.337,399', '14.490.039,714'];
  const cells = vi.map((c) => (convention === 'vi' ? c : c.replace(/\./g, '#').replace(',', '.').replace(/#/g, ',')) + suffix);
  return offices([cells[0]!, cells[1]!], [cells[2]!, cells[3]!]);
}

describe('moneyCellUnit', () => {
  it('reads the unit after the figure, the đồng sign on either side', () => {
    expect(moneyCellUnit('9,565,824.266 (nghìn đồng)')).toEqual({ figure: '9,565,824.266', unit: 'thousand' });
    expect(moneyCellUnit('9.565.824,266 nghìn đồng')).toEqual({ figure: '9.565.824,266', unit: 'thousand' });
    expect(moneyCellUnit('9.565,824 tr.đ')).toEqual({ figure: '9.565,824', unit: 'million' });
    expect(moneyCellUnit('9,566 tỷ đồng')).toEqual({ figure: '9,566', unit: 'billion' });
    expect(moneyCellUnit('- (nghìn đồng)')).toEqual({ figure: '-', unit: 'thousand' });
    expect(moneyCellUnit('9.565.824.266 ₫')).toEqual({ figure: '9.565.824.266', unit: 'dong' });
  });

  it('is null for words that are no unit, or no unit thads reads', () => {
    expect(moneyCellUnit('1.000 (tạm tính)')).toBeNull();
    expect(moneyCellUnit('1.539 việc')).toBeNull();
    expect(moneyCellUnit('1.000 USD')).toBeNull();
    expect(moneyCellUnit('1.000 (*)')).toBeNull();
    expect(moneyCellUnit('9.565.824')).toBeNull();
    expect(moneyCellUnit('nghìn đồng')).toBeNull();
  });
});

describe('money cells written with their unit read in it, into đồng', () => {
  it.each([
    ['LibreOffice: "9,565,824.266 (nghìn đồng)"', inThousands(' (nghìn đồng)', 'en')],
    ['Excel vi-VN: "9.565.824,266 nghìn đồng"', inThousands(' nghìn đồng')],
    ['without diacritics, upper case: "NGHIN DONG"', inThousands(' NGHIN DONG')],
    ['"ngàn đồng"', inThousands(' ngàn đồng')],
    ['"nghìn" alone', inThousands(' nghìn')],
    ['English: "thousand VND"', inThousands(' thousand VND', 'en')],
    // 9.565,824266 triệu = 9.565.824.266 đồng (the same figures moved three places)
    ['"triệu đồng"', offices(['9.565,824266 triệu đồng', '8.009,73495 triệu đồng'], ['16.389,337399 triệu đồng', '14.490,039714 triệu đồng'])],
    ['"tr.đ"', offices(['9.565,824266 tr.đ', '8.009,73495 tr.đ'], ['16.389,337399 tr.đ', '14.490,039714 tr.đ'])],
    // 9,565824266 tỷ = 9.565.824.266 đồng
    ['"tỷ đồng"', offices(['9,565824266 tỷ đồng', '8,00973495 tỷ đồng'], ['16,389337399 tỷ đồng', '14,490039714 tỷ đồng'])],
  ])('%s', async (_, rows) => {
    const r = await both('bao-cao-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalFigures(r.stdout)).toEqual(HAND);
  });

  it('the tester\'s LibreOffice file, comma-separated, quoted cells', async () => {
    // Money 9.565.824,266 + 16.389.337,399 + 9.770.951,678 = 35.726.113,343 nghìn; resolved
    // 8.009.734,950 + 14.490.039,714 + 8.385.244,228 = 30.885.018,892 nghìn; 30.885.018.892 /
    // 35.726.113.343 = 0.86449… = 86.45 %. Cases 586 + 655 + 298 = 1539, resolved 533 + 630 + 276 = 1439.
    const lines = [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,,',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,,,,,',
      ',,,,,,,,,,',
      'STT,Đơn vị,Về việc,,,,Về tiền,,,,',
      ',,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong,Có điều kiện,Thi hành xong,Đình chỉ,Giảm,Giải quyết xong',
      '1,Chi cục THADS huyện Mỹ Lộc,586,520,13,533,"9,565,824.266 (nghìn đồng)","7,194,245.234 (nghìn đồng)","634,044.111 (nghìn đồng)","181,445.605 (nghìn đồng)","8,009,734.950 (nghìn đồng)"',
      '2,Chi cục THADS huyện Vụ Bản,655,611,19,630,"16,389,337.399 (nghìn đồng)","13,086,832.295 (nghìn đồng)","1,077,528.862 (nghìn đồng)","325,678.557 (nghìn đồng)","14,490,039.714 (nghìn đồng)"',
      '3,Chi cục THADS huyện Ý Yên,298,266,10,276,"9,770,951.678 (nghìn đồng)","7,917,400.545 (nghìn đồng)","305,181.036 (nghìn đồng)","162,662.647 (nghìn đồng)","8,385,244.228 (nghìn đồng)"',
    ];
    const r = await both('bao-cao-nam-dinh-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalFigures(r.stdout)).toEqual({ cases: '1539', casesResolved: '1439', money: '35726113343', moneyResolved: '30885018892', moneyRate: '86.45' });
  });

  it('under a unit line that says the same unit: read once in it, never scaled twice', async () => {
    const r = await both('stated-2019.csv', [TITLE, 'Đơn vị tính: Việc; nghìn đồng;;;;', HEADER, ...inThousands(' nghìn đồng')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalFigures(r.stdout)).toEqual(HAND);
  });

  it('under that unit line, cells with and without the unit side by side', async () => {
    const rows = offices(['9.565.824,266 nghìn đồng', '8.009.734,950'], ['16.389.337,399', '14.490.039,714 nghìn đồng']);
    const r = await both('stated-mixed-2019.csv', [TITLE, 'Đơn vị tính: Việc; nghìn đồng;;;;', HEADER, ...rows]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalFigures(r.stdout)).toEqual(HAND);
  });

  it('--money-unit thousand and cells in nghìn đồng agree', async () => {
    const r = await both('option-2019.csv', [TITLE, HEADER, ...inThousands(' nghìn đồng')], ['--by', 'none', '--format', 'json', '--money-unit', 'thousand']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalFigures(r.stdout)).toEqual(HAND);
  });

  it('zeros with the unit or without it say nothing: "0,000 nghìn đồng", "- (nghìn đồng)", "0"', async () => {
    // a third office with nothing: the totals stay the two's (1241 + 0, 25.955.161.665 + 0)
    const rows = [...inThousands(' nghìn đồng'), '3;Chi cục THADS huyện Ý Yên;0;0;0,000 nghìn đồng;- (nghìn đồng)', '4;Chi cục THADS huyện Giao Thủy;0;0;0;-'];
    const r = await both('zeros-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalFigures(r.stdout)).toEqual(HAND);
  });
});

describe('a unit line under the rows, weighed against the cells\' unit', () => {
  it('one that says the cells\' unit agrees', async () => {
    const r = await both('below-same-2019.csv', [TITLE, HEADER, ...inThousands(' nghìn đồng'), 'Đơn vị tính: nghìn đồng;;;;;']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalFigures(r.stdout)).toEqual(HAND);
  });

  it('one that says đồng contradicts them', async () => {
    const r = await both('below-dong-2019.csv', [TITLE, HEADER, ...inThousands(' nghìn đồng'), 'Đơn vị tính: đồng;;;;;']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: the unit line "Đơn vị tính: đồng" below the header gives money in dong, but the money columns were read in thousand (the money cells\' unit) [UNIT_CONTRADICTION]');
  });
});

describe('units that disagree: refused at the cell, never read in one of them', () => {
  it('a unit line of đồng over cells in nghìn đồng', async () => {
    const r = await both('stated-dong-2019.csv', [TITLE, 'Đơn vị tính: Việc; đồng;;;;', HEADER, ...inThousands(' nghìn đồng')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:5: error: money with conditions "9.565.824,266 nghìn đồng" is written in nghìn đồng, but its column\'s money was read in đồng (the unit line above the header) [UNIT_CONTRADICTION]');
  });

  it('a unit line of triệu đồng over cells in nghìn đồng', async () => {
    const r = await both('stated-million-2019.csv', [TITLE, 'Đơn vị tính: triệu đồng', HEADER, ...inThousands(' nghìn đồng')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:5: error: money with conditions "9.565.824,266 nghìn đồng" is written in nghìn đồng, but its column\'s money was read in triệu đồng (the unit line above the header) [UNIT_CONTRADICTION]');
  });

  it('no unit line, one cell in triệu among cells in nghìn', async () => {
    const rows = offices(['9.565.824,266 nghìn đồng', '8.009.734,950 nghìn đồng'], ['16.389,337399 triệu đồng', '14.490.039,714 nghìn đồng']);
    const r = await both('two-units-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:5: error: money with conditions "16.389,337399 triệu đồng" is written in triệu đồng, but the money cell "9.565.824,266 nghìn đồng" (line 3, column 5) is in nghìn đồng: one file\'s money in two units [UNIT_CONTRADICTION]');
  });

  it('no unit line, a cell without the unit after cells with it', async () => {
    const rows = offices(['9.565.824,266 nghìn đồng', '8.009.734,950 nghìn đồng'], ['16.389.337,399', '14.490.039,714 nghìn đồng']);
    const r = await both('plain-after-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:5: error: money with conditions "16.389.337,399" writes no unit, but money cells state nghìn đồng ("9.565.824,266 nghìn đồng", line 3, column 5) and the file states no unit line: what this one is in cannot be told [UNIT_CONTRADICTION]');
  });

  it('no unit line, a cell without the unit before cells with it', async () => {
    const rows = offices(['9.565.824.266', '8.009.734,950 nghìn đồng'], ['16.389.337,399 nghìn đồng', '14.490.039,714 nghìn đồng']);
    const r = await both('plain-before-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:6: error: money resolved "8.009.734,950 nghìn đồng" is written in nghìn đồng, but the money cell "9.565.824.266" (line 3, column 5) writes no unit of its own, and the file states no unit line: what that one is in cannot be told [UNIT_CONTRADICTION]');
  });

  it('the đồng sign beside cells in nghìn đồng', async () => {
    const rows = offices(['9.565.824,266 nghìn đồng', '8.009.734,950 nghìn đồng'], ['16.389.337.399 ₫', '14.490.039,714 nghìn đồng']);
    const r = await both('sign-after-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:5: error: money with conditions "16.389.337.399 ₫" is written in đồng, but money cells state nghìn đồng ("9.565.824,266 nghìn đồng", line 3, column 5) and the file states no unit line: what this one is in cannot be told [UNIT_CONTRADICTION]');
  });

  it('a money unit on a cases figure stays no number', async () => {
    const rows = inThousands(' nghìn đồng');
    rows[0] = rows[0]!.replace(';586;', ';586 nghìn đồng;');
    const r = await both('cases-unit-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:3: error: cases with conditions "586 nghìn đồng" is not a number [BAD_NUMBER]');
  });

  it('"1.539 việc" in a cases column stays no number (never read at another scale)', async () => {
    const rows = inThousands(' nghìn đồng');
    rows[1] = rows[1]!.replace(';655;', ';655 việc;');
    const r = await both('cases-viec-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:3: error: cases with conditions "655 việc" is not a number [BAD_NUMBER]');
  });
});

describe('over-reach: ordinary files read as before', () => {
  it('an ordinary file, no unit line: money in đồng', async () => {
    const rows = offices(['9.565.824.266', '8.009.734.950'], ['16.389.337.399', '14.490.039.714']);
    const r = await both('plain-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalFigures(r.stdout)).toEqual(HAND);
  });

  it('a đồng file with "₫" cells, no unit line, some cells without it: đồng', async () => {
    const rows = offices(['9.565.824.266 ₫', '8.009.734.950'], ['16.389.337.399 ₫', '14.490.039.714 VNĐ']);
    const r = await both('dong-sign-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalFigures(r.stdout)).toEqual(HAND);
  });

  it('"1.000 (tạm tính)" stays refused', async () => {
    const rows = offices(['1.000 (tạm tính)', '8.009.734.950'], ['16.389.337.399', '14.490.039.714']);
    const r = await both('provisional-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:5: error: money with conditions "1.000 (tạm tính)" is not a number [BAD_NUMBER]');
  });

  it('"USD" after the figure stays refused', async () => {
    const rows = inThousands(' nghìn đồng');
    rows[1] = rows[1]!.replace('14.490.039,714 nghìn đồng', '14.490.039,714 USD');
    const r = await both('usd-2019.csv', [TITLE, HEADER, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:6: error: money resolved "14.490.039,714 USD" is not a number [BAD_NUMBER]');
  });
});
