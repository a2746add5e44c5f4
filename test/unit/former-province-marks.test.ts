// A former province written in a form the roll-up did not know (round 52b, finding 01): "(trước
// sáp nhập)" and its kin mark it as "(cũ)" does, dotted initials ("Bà Rịa - V.Tàu") fold as the
// full name, and in a report by the 34 a cell naming no province of either era is said
// (PROVINCE_UNKNOWN), not silently ranked. Both readers agree; figures by hand.
import { describe, expect, it } from 'vitest';
import { formerProvince, markedFormerProvince, provinceKey } from '../../src/domain/provinces.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-former-marks-', ['--by', 'province', '--measure', 'cases', '--format', 'csv']);

/** province, total, with conditions, resolved, rate, rank/of */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[5], c[9], c[18], c[20], `${c[26]}/${c[27]}`].join(' ');
  });
}

const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', '(Từ ngày 01/10/2025 đến ngày 30/9/2026)', 'Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong'];

describe('the mark of a former province: one reader for cells and section rows', () => {
  it.each(['Kiên Giang (cũ)', 'Kiên Giang (trước sáp nhập)', 'Kiên Giang trước sáp nhập', 'Kiên Giang (trước sắp xếp)', 'KIÊN GIANG (TRƯỚC HỢP NHẤT)', 'Kiên Giang (trước 01/7/2025)', 'Tỉnh Kiên Giang (trước 1/7/2025)', 'Kien Giang (truoc sap nhap)'])('%s → Kiên Giang, of An Giang', (name) => {
    expect(provinceKey(name)).toBe('kiên giang');
    expect(formerProvince(name)?.name).toBe('An Giang');
    expect(markedFormerProvince(name)).toBe('Kiên Giang (cũ)');
  });

  it('no mark, or no province before it: none', () => {
    expect(formerProvince('Kiên Giang')).toBeNull();
    expect(formerProvince('Thủ Đức (trước sáp nhập)')).toBeNull();
    expect(formerProvince('Kiên Giang (trước 01/7/2024)')).toBeNull();
  });
});

describe('dotted initials', () => {
  it.each([
    ['Bà Rịa - V.Tàu', 'bà rịa vũng tàu'],
    ['Bà Rịa – V.Tàu', 'bà rịa vũng tàu'],
    ['BR - V.Tàu', 'br v tàu'],
    ['T.T.Huế', 'huế'],
    ['TT.Huế', 'huế'],
    ['T.T. Huế', 'huế'],
    ['Q.Nam', 'quảng nam'],
    ['B.Định', 'bình định'],
    // Hà Giang or Hậu Giang: not read
    ['H.Giang', 'h giang'],
    // Vũng Tàu is a city of Bà Rịa – Vũng Tàu, no province
    ['V.Tàu', 'v tàu'],
  ])('%s → %s', (name, key) => expect(provinceKey(name)).toBe(key));
});

describe('a 2026 report by province (finding 01)', () => {
  it('"(trước sáp nhập)" and "Bà Rịa - V.Tàu" are rolled up as "(cũ)" and "Bà Rịa - Vũng Tàu" are', async () => {
    const r = await both('tinh-2026.csv', [...TITLE, 'An Giang;3000;2400;2000', 'Kiên Giang (trước sáp nhập);1000;800;500', 'Hồ Chí Minh;5000;4000;3500', 'Bà Rịa - V.Tàu;1000;800;600']);
    expect(r.code).toBe(0);
    // An Giang 3000+1000, 2400+800, 2000+500: 2500/3200 = 78.125 %; HCM 5000+1000, 4000+800, 3500+600: 4100/4800 = 85.4166 %
    expect(rows(r.stdout)).toEqual(['An Giang 4000 3200 2500 78.13 2/2', 'Hồ Chí Minh 6000 4800 4100 85.42 1/2', 'TOTAL 10000 8000 6600 82.50 /']);
    const said = r.stderr.split('\n').filter((l) => l.startsWith('FILE'));
    expect(said).toEqual([
      'FILE:5: warning: the rows of "Kiên Giang (trước sáp nhập)" are counted as An Giang\'s: Nghị quyết 202/2025/QH15 merged Kiên Giang into An Giang from 1/7/2025, and a report of year 2026 counts by the 34 provinces [PROVINCE_ROLLED_UP]',
      'FILE:7: warning: the rows of "Bà Rịa - V.Tàu" are counted as Hồ Chí Minh\'s: Nghị quyết 202/2025/QH15 merged Bà Rịa - V.Tàu into Hồ Chí Minh from 1/7/2025, and a report of year 2026 counts by the 34 provinces [PROVINCE_ROLLED_UP]',
    ]);
  });

  it('the en dash, "(trước sắp xếp)", "T.T.Huế": two provinces', async () => {
    const r = await both('tinh-2026.csv', [...TITLE, 'Huế;100;80;60', 'Hồ Chí Minh;5000;4000;3500', 'Bà Rịa – V.Tàu;1000;800;600', 'T.T.Huế;20;20;10', 'Bình Dương (trước sắp xếp);200;100;100']);
    expect(r.code).toBe(0);
    // Huế 120/100/70 = 70 %; HCM 6200/4900/4200 = 85.714 %
    expect(rows(r.stdout).map((l) => l.split(' ').slice(-5).join(' '))).toEqual(['120 100 70 70.00 2/2', '6200 4900 4200 85.71 1/2', '6320 5000 4270 85.40 /']);
    expect(r.stderr).not.toContain('PROVINCE_UNKNOWN');
  });

  it('"Tp. Thủ Đức" in the province column is said, kept on its own and ranked; an error with --strict', async () => {
    const lines = [...TITLE, 'An Giang;3000;2400;2000', 'Tp. Thủ Đức;1000;800;500', 'Hồ Chí Minh;5000;4000;3500'];
    const r = await both('tinh-2026.csv', lines);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['An Giang 3000 2400 2000 83.33 2/3', 'Tp. Thủ Đức 1000 800 500 62.50 3/3', 'Hồ Chí Minh 5000 4000 3500 87.50 1/3', 'TOTAL 9000 7200 6000 83.33 /']);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('FILE'))).toEqual([
      'FILE:5:1: warning: "Tp. Thủ Đức" is no province of the 34 nor of the 63: it is kept as a province of its own, its figures rolled into no successor, and ranks count it [PROVINCE_UNKNOWN]',
    ]);
    const strict = await both('tinh-2026.csv', lines, ['--by', 'province', '--measure', 'cases', '--format', 'csv', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('FILE:5:1: error: "Tp. Thủ Đức" is no province of the 34 nor of the 63');
  });

  // (traps21 pt2: a report by the 63 said nothing of a cell naming none of them, and "HN" beside
  // Hà Nội's offices was a province of its own, summed apart, exit 0)
  it('a report of 2024 counts by the 63: a name of none of them is said as well, against the 63', async () => {
    const r = await both('tinh-2024.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', 'Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong', 'An Giang;3000;2400;2000', 'Tp. Thủ Đức;1000;800;500']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('FILE'))).toEqual([
      'FILE:4:1: warning: "Tp. Thủ Đức" is no province of the 63: it is kept as a province of its own, never grouped or compared with any province\'s rows, and ranks count it [PROVINCE_UNKNOWN]',
    ]);
  });

  it('a report of 2007 knows Hà Tây: not said; of 2019 "HN" (Hà Nội or Hà Nam) is', async () => {
    const r2007 = await both('tinh-2007.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2007', 'Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong', 'Hà Tây;3000;2400;2000', 'Hà Nội;1000;800;500']);
    expect(r2007.stderr).not.toContain('PROVINCE_UNKNOWN');
    const r = await both('tinh-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong', 'HN;3000;2400;2000', 'Hải Phòng;1000;800;500']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('FILE:3:1: warning: "HN" is no province of the 63');
  });
});
