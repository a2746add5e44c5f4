// A national report by province written in the office column ("Đơn vị": "Gia Lai", "Cục THADS
// tỉnh Gia Lai"), no Tỉnh column, against last year's by the 63 (round 32b finding 01): each
// such row stands for its province, rolled up into the 34 as a Tỉnh column's is (SPEC §7), or,
// where the previous files give only part of it, compared with nothing and said so. Never the
// 2025 Gia Lai (Gia Lai + Bình Định) against the old Gia Lai alone. Both readers agree.
import { describe, expect, it } from 'vitest';
import { rollUp } from '../../src/domain/merger.js';
import { provinceStoodFor } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import type { Group } from '../../src/domain/aggregate.js';
import { provinceKey } from '../../src/domain/provinces.js';

const { write: previous, both } = bothReaders('thads-previous-province-offices-', []);

/** office, cases_total, cases_with_conditions, cases_resolved, rate, total change, rate change */
const rows = (csv: string) =>
  csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[5], c[9], c[18], c[20], c[28], c[29]].join(' ');
  });

const HEADER = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const TITLE_2024 = ['TỔNG CỤC THI HÀNH ÁN DÂN SỰ', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 (TÍNH BẰNG VIỆC)', HEADER];
const TITLE_2025 = ['CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 (TÍNH BẰNG VIỆC)', HEADER];
const csv = ['--format', 'csv'];

// 2025: Hà Nội 40.000, 30.000/25.500; Gia Lai 30.000, 20.000/17.000.
// 2024: Hà Nội 38.000, 28.000/23.000; Gia Lai 14.000, 10.000/9.000; Bình Định 16.000, 10.000/7.000.
const NOW = (hn: string, gl: string) => [...TITLE_2025, `1,${hn},40.000,30.000,25.500`, `2,${gl},30.000,20.000,17.000`, ',Toàn quốc,70.000,50.000,42.500'];
const BEFORE = (hn: string, gl: string, bd: string) => [...TITLE_2024, `1,${hn},38.000,28.000,23.000`, `2,${gl},14.000,10.000,9.000`, `3,${bd},16.000,10.000,7.000`, ',Toàn quốc,68.000,48.000,39.000'];
// Hà Nội: 40000 − 38000 = 2000; 25500/30000 = 85.00 against 23000/28000 = 82.142857: +2.86.
// Gia Lai rolled up: 30000 − (14000 + 16000) = 0; 85.00 against 16000/20000 = 80.00: +5.00.
// TOTAL: 70000 − 68000 = 2000; 42500/50000 = 85.00 against 39000/48000 = 81.25: +3.75.
const rolledUp = (hn: string, gl: string) => [`${hn} 40000 30000 25500 85.00 2000 2.86`, `${gl} 30000 20000 17000 85.00 0 5.00`, 'TOTAL 70000 50000 42500 85.00 2000 3.75'];

describe('rows whose office cell names a province stand for it across the merger (round 32b finding 01)', () => {
  it('"Gia Lai" of 2025 is compared with Gia Lai + Bình Định of 2024; Hà Nội with Hà Nội', async () => {
    const prev = previous('01-national-2024.csv', BEFORE('Hà Nội', 'Gia Lai', 'Bình Định'));
    const r = await both('01-national-2025.csv', NOW('Hà Nội', 'Gia Lai'), ['--previous', prev, ...csv]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(rolledUp('Hà Nội', 'Gia Lai'));
  });

  it('last year\'s labels reused: "Cục THADS tỉnh Gia Lai" both years', async () => {
    const prev = previous('01b-national-2024.csv', BEFORE('Cục THADS thành phố Hà Nội', 'Cục THADS tỉnh Gia Lai', 'Cục THADS tỉnh Bình Định'));
    const r = await both('01c-national-2025.csv', NOW('Cục THADS thành phố Hà Nội', 'Cục THADS tỉnh Gia Lai'), ['--previous', prev, ...csv]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(rolledUp('Cục THADS thành phố Hà Nội', 'Cục THADS tỉnh Gia Lai'));
  });

  it('"Cục THADS tỉnh …" last year, bare names this year: the same provinces', async () => {
    const prev = previous('01d-national-2024.csv', BEFORE('Cục THADS thành phố Hà Nội', 'Cục THADS tỉnh Gia Lai', 'Cục THADS tỉnh Bình Định'));
    const r = await both('01e-national-2025.csv', NOW('Hà Nội', 'Gia Lai'), ['--previous', prev, ...csv]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(rolledUp('Hà Nội', 'Gia Lai'));
  });

  it('the text says the rolled-up change: "không thay đổi", "tăng 5,00%"', async () => {
    const prev = previous('01f-national-2024.csv', BEFORE('Hà Nội', 'Gia Lai', 'Bình Định'));
    const r = await both('01g-national-2025.csv', NOW('Hà Nội', 'Gia Lai'), ['--previous', prev, '--format', 'text', '--lang', 'vi', '--only', 'Gia Lai']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tổng số thụ lý 30.000 việc, không thay đổi so với năm 2024;');
    expect(r.stdout).toContain('tỷ lệ giải quyết xong tăng 5,00% so với năm 2024.');
  });

  it('Bình Định missing from 2024: Gia Lai and the total are compared with nothing, and said so', async () => {
    const prev = previous('01h-national-2024.csv', [...TITLE_2024, '1,Hà Nội,38.000,28.000,23.000', '2,Gia Lai,14.000,10.000,9.000', ',Toàn quốc,52.000,38.000,32.000']);
    const r = await both('01i-national-2025.csv', NOW('Hà Nội', 'Gia Lai'), ['--previous', prev, ...csv]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Hà Nội 40000 30000 25500 85.00 2000 2.86', 'Gia Lai 30000 20000 17000 85.00  ', 'TOTAL 70000 50000 42500 85.00  ']);
    expect(r.stderr).toBe(
      'thads: warning: "Gia Lai" 2025 is Gia Lai + Bình Định of 2024; the previous files have no figures for Bình Định, so it and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]\n' +
        '  hint: pass the previous files of every province it was formed from\n',
    );
  });

  it('provinces of the 63 rolled into the 34, a renamed one (Huế) too, and the total', async () => {
    const head = (year: number) => [year === 2024 ? 'TỔNG CỤC THI HÀNH ÁN DÂN SỰ' : 'CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ', `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year} TOÀN QUỐC`, 'Đơn vị,Việc có điều kiện,Việc giải quyết xong'];
    const prev = previous('q2024.csv', [
      ...head(2024),
      ...['Hà Nội,10305,7830', 'Thừa Thiên Huế,11468,10693', 'Phú Thọ,11499,8252', 'Vĩnh Phúc,8622,6225', 'Hòa Bình,14120,13400', 'Hải Phòng,14179,13267', 'Hải Dương,16173,12061'],
      ...['TP. Hồ Chí Minh,16951,15541', 'Bình Dương,9717,7100', 'Bà Rịa - Vũng Tàu,6934,5901', 'Cần Thơ,15948,11480', 'Sóc Trăng,17526,14838', 'Hậu Giang,10572,8834'],
    ]);
    const now = [...head(2025), 'Hà Nội,32322,29358', 'Huế,24602,19552', 'Phú Thọ,28004,21878', 'Hải Phòng,38311,35831', 'Hồ Chí Minh,18609,15335', 'Cần Thơ,22099,20464'];
    const r = await both('q2025.csv', now, ['--previous', prev, ...csv]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // rate 2025 against the 2024 rate of the provinces rolled up (exact rates, then rounded):
    // Hà Nội 29358/32322 = 90.83 against 7830/10305 = 75.98: +14.85
    // Huế 19552/24602 = 79.47 against Thừa Thiên Huế 10693/11468 = 93.24: −13.77
    // Phú Thọ 21878/28004 = 78.12 against (8252+6225+13400)/(11499+8622+14120) = 27877/34241 = 81.41: −3.29
    // Hải Phòng 35831/38311 = 93.53 against 25328/30352 = 83.45: +10.08
    // Hồ Chí Minh 15335/18609 = 82.41 against 28542/33602 = 84.94: −2.54
    // Cần Thơ 20464/22099 = 92.60 against 35152/44046 = 79.81: +12.79
    // TOTAL 142418/163947 = 86.87 against 135422/164014 = 82.57: +4.30
    expect(rows(r.stdout)).toEqual([
      'Hà Nội  32322 29358 90.83  14.85',
      'Huế  24602 19552 79.47  -13.77',
      'Phú Thọ  28004 21878 78.12  -3.29',
      'Hải Phòng  38311 35831 93.53  10.08',
      'Hồ Chí Minh  18609 15335 82.41  -2.54',
      'Cần Thơ  22099 20464 92.60  12.79',
      'TOTAL  163947 142418 86.87  4.30',
    ]);
  });
});

describe('provinceStoodFor and rollUp', () => {
  it('an office cell that names a province, in a row without one', () => {
    expect(provinceStoodFor({ province: null, district: 'Cục THADS tỉnh Gia Lai', year: 2024 })).toBe('Gia Lai');
    expect(provinceStoodFor({ province: null, district: 'TP. Hồ Chí Minh', year: 2024 })).toBe('Hồ Chí Minh');
    expect(provinceStoodFor({ province: null, district: 'Bình Định', year: 2024 })).toBe('Bình Định');
    // a district-level city, a region, an office, a row with its province: none
    expect(provinceStoodFor({ province: null, district: 'Thành phố Hà Tĩnh', year: 2024 })).toBeNull();
    expect(provinceStoodFor({ province: null, district: 'Khu vực 1', year: 2025 })).toBeNull();
    expect(provinceStoodFor({ province: null, district: 'Chi cục THADS huyện Mỹ Lộc', year: 2024 })).toBeNull();
    // beside a Tỉnh cell: only its own province's name (round 32b, "noticed, not fixed" of finding 01)
    expect(provinceStoodFor({ province: 'Gia Lai', district: 'Gia Lai', year: 2024 })).toBe('Gia Lai');
    expect(provinceStoodFor({ province: 'Phú Thọ', district: 'Cục THADS Phú Thọ', year: 2025 })).toBe('Phú Thọ');
    // by the year's name (nameInYear): 2024's Thừa Thiên Huế, paired with 2025's Huế by its key
    expect(provinceStoodFor({ province: 'Thừa Thiên Huế', district: 'Thừa Thiên Huế', year: 2024 })).toBe('Thừa Thiên Huế');
    expect(provinceStoodFor({ province: 'Huế', district: 'Thừa Thiên Huế', year: 2025 })).toBe('Huế');
    // 2025+: the province its Tỉnh cell was merged into; before, Vĩnh Phúc was no part of Phú Thọ
    expect(provinceStoodFor({ province: 'Vĩnh Phúc', district: 'Phú Thọ', year: 2025 })).toBe('Phú Thọ');
    expect(provinceStoodFor({ province: 'Vĩnh Phúc', district: 'Phú Thọ', year: 2024 })).toBeNull();
    expect(provinceStoodFor({ province: 'Phú Thọ', district: 'Vĩnh Phúc', year: 2025 })).toBeNull();
    // ordinary offices stay offices
    expect(provinceStoodFor({ province: 'Phú Thọ', district: 'Phòng THADS khu vực 1', year: 2025 })).toBeNull();
    expect(provinceStoodFor({ province: 'Phú Thọ', district: 'Thành phố Việt Trì', year: 2024 })).toBeNull();
    expect(provinceStoodFor({ province: 'Hà Tĩnh', district: 'Thành phố Hà Tĩnh', year: 2024 })).toBeNull();
  });

  it('rolls such groups into the newer year\'s cell of their successor, summed', () => {
    const g = (district: string, rowCount: number): Group => ({ province: null, district, year: 2024, figures: {}, rowCount });
    const newer = [{ province: null, district: 'Cục THADS tỉnh Gia Lai', year: 2025 }];
    const older = [g('Gia Lai', 1), g('Bình Định', 2), g('Hà Nội', 4)];
    const moved = rollUp(older, { provinces: new Set([provinceKey('Gia Lai')]), offices: new Map(), newer, standsFor: provinceStoodFor });
    expect(moved.map((m) => [m.district, m.rowCount])).toEqual([['Cục THADS tỉnh Gia Lai', 3], ['Hà Nội', 4]]);
  });
});

// The same national report with a Tỉnh column beside the office column naming its own province
// ("Phú Thọ" / "Cục THADS Phú Thọ" under Tỉnh "Phú Thọ"), at the default --by district: the
// 2025 Phú Thọ was compared with the old Phú Thọ alone (+6.36, exit 0). Figures of
// /tmp/traps/work32b/merge/p2025.csv, p2024.csv; expected values of its exp.json, by hand below.
describe('an office cell naming its Tỉnh cell\'s province stands for it across the merger', () => {
  const P2024 = [
    ['Hà Nội', 10305, 7830], ['Thừa Thiên Huế', 11468, 10693], ['Phú Thọ', 11499, 8252], ['Vĩnh Phúc', 8622, 6225], ['Hòa Bình', 14120, 13400],
    ['Hải Phòng', 14179, 13267], ['Hải Dương', 16173, 12061], ['TP. Hồ Chí Minh', 16951, 15541], ['Bình Dương', 9717, 7100], ['Bà Rịa - Vũng Tàu', 6934, 5901],
    ['Cần Thơ', 15948, 11480], ['Sóc Trăng', 17526, 14838], ['Hậu Giang', 10572, 8834],
  ] as const;
  const P2025 = [['Hà Nội', 32322, 29358], ['Huế', 24602, 19552], ['Phú Thọ', 28004, 21878], ['Hải Phòng', 38311, 35831], ['Hồ Chí Minh', 18609, 15335], ['Cần Thơ', 22099, 20464]] as const;
  const file = (data: readonly (readonly [string, number, number])[], office: (p: string) => string, skip = '') =>
    ['Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', ...data.filter(([p]) => p !== skip).map(([p, w, r]) => `${p},${office(p)},${w},${r}`)];
  /** province, office, with conditions, resolved, rate, rate change */
  const byOffice = (out: string) =>
    out.trim().split('\n').slice(1).map((l) => {
      const c = l.split(',');
      return [c[0], c[1], c[9], c[18], c[20], c[29]].join(' ');
    });
  // rates 2025 against the 2024 rates of the provinces rolled up (exp.json):
  // Hà Nội 29358/32322 = 90.83 against 7830/10305 = 75.98: +14.85
  // Huế 19552/24602 = 79.47 against Thừa Thiên Huế 10693/11468 = 93.24: −13.77 (renamed)
  // Phú Thọ 21878/28004 = 78.12 against 27877/34241 = 81.41: −3.29 (alone 8252/11499 = 71.76: +6.36, wrong)
  // Hải Phòng 35831/38311 = 93.53 against 25328/30352 = 83.45: +10.08
  // Hồ Chí Minh 15335/18609 = 82.41 against 28542/33602 = 84.94: −2.54
  // Cần Thơ 20464/22099 = 92.60 against 35152/44046 = 79.81: +12.79
  // TOTAL 142418/163947 = 86.87 against 135422/164014 = 82.57: +4.30
  const expected = (office: (p: string) => string) => [
    `Hà Nội ${office('Hà Nội')} 32322 29358 90.83 14.85`,
    `Huế ${office('Huế')} 24602 19552 79.47 -13.77`,
    `Phú Thọ ${office('Phú Thọ')} 28004 21878 78.12 -3.29`,
    `Hải Phòng ${office('Hải Phòng')} 38311 35831 93.53 10.08`,
    `Hồ Chí Minh ${office('Hồ Chí Minh')} 18609 15335 82.41 -2.54`,
    `Cần Thơ ${office('Cần Thơ')} 22099 20464 92.60 12.79`,
    ' TOTAL 163947 142418 86.87 4.30',
  ];

  it('"Phú Thọ" under Tỉnh "Phú Thọ": rolled up with Vĩnh Phúc and Hòa Bình of 2024', async () => {
    const same = (p: string) => p;
    const prev = previous('p2024.csv', file(P2024, same));
    const r = await both('p2025.csv', file(P2025, same), ['--previous', prev, ...csv]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(byOffice(r.stdout)).toEqual(expected(same));
  });

  it('"Cục THADS Phú Thọ" under Tỉnh "Phú Thọ": the same', async () => {
    const cuc = (p: string) => `Cục THADS ${p}`;
    const prev = previous('c2024.csv', file(P2024, cuc));
    const r = await both('c2025.csv', file(P2025, cuc), ['--previous', prev, ...csv]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(byOffice(r.stdout)).toEqual(expected(cuc));
  });

  it('Hòa Bình missing from 2024: Phú Thọ and the total are compared with nothing, and said so; the others keep their change', async () => {
    const same = (p: string) => p;
    const prev = previous('h2024.csv', file(P2024, same, 'Hòa Bình'));
    const r = await both('h2025.csv', file(P2025, same), ['--previous', prev, ...csv]);
    expect(r.code).toBe(0);
    expect(byOffice(r.stdout)).toEqual(expected(same).map((l) => (l.startsWith('Phú Thọ') ? 'Phú Thọ Phú Thọ 28004 21878 78.12 ' : l.startsWith(' TOTAL') ? ' TOTAL 163947 142418 86.87 ' : l)));
    expect(r.stderr).toBe(
      'thads: warning: "Phú Thọ" 2025 is Phú Thọ + Vĩnh Phúc + Hòa Bình of 2024; the previous files have no figures for Hòa Bình, so it and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]\n' +
        '  hint: pass the previous files of every province it was formed from\n',
    );
  });

  it('an ordinary office under its province is compared as an office', async () => {
    // Thành phố Việt Trì 800/1000 = 80.00 against 810/900 = 90.00: −10.00. The TOTAL is the 2025
    // Phú Thọ's, against the old Phú Thọ's alone: not compared, as before this rule.
    const prev = previous('o2024.csv', ['Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Phú Thọ,Thành phố Việt Trì,900,810']);
    const r = await both('o2025.csv', ['Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Phú Thọ,Thành phố Việt Trì,1000,800'], ['--year', '2025', '--previous', prev, ...csv]);
    expect(r.code).toBe(0);
    expect(byOffice(r.stdout)).toEqual(['Phú Thọ Thành phố Việt Trì 1000 800 80.00 -10.00', ' TOTAL 1000 800 80.00 ']);
    expect(r.stderr).toBe(
      'thads: warning: "Phú Thọ" 2025 is Phú Thọ + Vĩnh Phúc + Hòa Bình of 2024; the previous files have no figures for Vĩnh Phúc, Hòa Bình, so it and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]\n' +
        '  hint: pass the previous files of every province it was formed from\n',
    );
  });
});
