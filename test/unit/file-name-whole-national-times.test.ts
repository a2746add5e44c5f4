// File names a tester found read wrong (findings work77b 01–03), each through the CLI on files
// written by hand, both readers:
// 01 "Toàn tỉnh Nam Định 2019.csv" (a file without an office column: the province's whole) is a
//    total of Nam Định, as "Toàn tỉnh - Nam Định 2019.csv" is — not an office "Toàn" of Nam Định
//    added to the Chi cục files beside it;
// 02 the national Department's workbook downloaded tab by tab ("Cục Quản lý THADS 2026.xlsx - Gia
//    Lai.csv") is named by its tab, the province, as "Tổng cục 2026.xlsx - Gia Lai.csv" is;
// 03 a time of day BEFORE the sending day ("Mỹ Lộc lúc 9h ngày 05.10.2019", "Quận 1 15h30
//    05.10.2019") is part of it, no part of the office, as one after it is.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { bothOnFiles } from '../helpers/both-readers.js';

const HEAD = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const office = (cases: number, resolved: number, money: number, moneyResolved: number) => [HEAD, `${cases},${resolved},${money},${moneyResolved}`];

type Row = Record<string, string>;
const rowsOf = (stdout: string): Row[] => {
  const [header, ...lines] = stdout.trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v])));
};
const figures = (stdout: string) => rowsOf(stdout).map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved, x.money_rate]);
const errors = (stderr: string) => stderr.split('\n').filter((l) => l.includes(': error: ') || l.startsWith('thads: '));
const codes = (stderr: string) => [...stderr.matchAll(/\[([A-Z_]+)\]$/gmu)].map((m) => m[1]);

const { dir } = fileTree('thads-77b-');

describe('01: "Toàn tỉnh <province> 2019.csv" is the province\'s whole, not an office "Toàn"', () => {
  // the tester's files: the whole (Cấp tỉnh 100/80 + the three Chi cục) and the Chi cục
  const WHOLE = office(1600, 1230, 26000000000, 9500000000);
  const TP_NAM_DINH = office(600, 450, 10000000000, 4000000000);
  const MY_LOC = office(500, 400, 8000000000, 3000000000);
  const VU_BAN = office(400, 300, 6000000000, 2000000000);

  const overlap = (name: string, named: string, office: string) =>
    `${office} 2019.csv:2: error: cases of office "${office}" (2019) would be added to ${name}.csv:2, a declared total of Nam Định that already counts it (the file has no office column and its name "${named}" names a total, so its rows are totals, not offices); figures would be counted twice [TOTAL_FILE_OVERLAP]`;

  it('the tester\'s folder: TOTAL_FILE_OVERLAP on each Chi cục, exit 1, nothing summed (was exit 0, an office "Toàn", TOTAL 3.100 = 1.600 + 600 + 500 + 400)', async () => {
    const r = await bothOnFiles(`${dir}/01a`, {
      'Toàn tỉnh Nam Định 2019.csv': WHOLE,
      'TP Nam Định 2019.csv': TP_NAM_DINH,
      'Mỹ Lộc 2019.csv': MY_LOC,
      'Vụ Bản 2019.csv': VU_BAN,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual([
      overlap('Toàn tỉnh Nam Định 2019', 'Toàn tỉnh', 'TP Nam Định'),
      overlap('Toàn tỉnh Nam Định 2019', 'Toàn tỉnh', 'Mỹ Lộc'),
      overlap('Toàn tỉnh Nam Định 2019', 'Toàn tỉnh', 'Vụ Bản'),
      'thads: 3 errors in the input; nothing was summed',
    ]);
  });

  it.each([
    ['Toàn tỉnh Nam Định năm 2019', 'Toàn tỉnh'],
    ['TOAN TINH NAM DINH 2019', 'TOAN TINH'],
    ['TOÀN TỈNH NAM ĐỊNH 2019', 'TOÀN TỈNH'],
    ['Toan tinh Nam Dinh 2019', 'Toan tinh'],
    ['Toàn tỉnh (Nam Định) 2019', 'Toàn tỉnh'],
    ['Toàn tỉnh Nam Định 12 tháng 2019', 'Toàn tỉnh'],
    // "Số liệu" is a report's word (fnamewords): the total's label is "toàn tỉnh", as "BC toàn tỉnh Nam Định"'s is
    ['Số liệu toàn tỉnh Nam Định 2019', 'toàn tỉnh'],
    ['Cả tỉnh Nam Định 2019', 'Cả tỉnh'],
  ])('"%s.csv" beside Mỹ Lộc and Vụ Bản: a total "%s" of Nam Định, TOTAL_FILE_OVERLAP, exit 1', async (name, named) => {
    const r = await bothOnFiles(`${dir}/01-${name}`, { [`${name}.csv`]: WHOLE, 'Mỹ Lộc 2019.csv': MY_LOC, 'Vụ Bản 2019.csv': VU_BAN }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual([overlap(name, named, 'Mỹ Lộc'), overlap(name, named, 'Vụ Bản'), 'thads: 2 errors in the input; nothing was summed']);
  });

  it('2026: "Toàn tỉnh Ninh Bình 2026.csv" beside "Phòng THADS khu vực 1 - 2026.csv": TOTAL_FILE_OVERLAP, exit 1', async () => {
    const r = await bothOnFiles(`${dir}/01-2026`, {
      'Toàn tỉnh Ninh Bình 2026.csv': office(900, 700, 15000000000, 5000000000),
      'Phòng THADS khu vực 1 - 2026.csv': office(300, 200, 5000000000, 2000000000),
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    // the khu vực names no province while the whole is Ninh Bình's: the warning stands beside the refusal
    expect(codes(r.stderr)).toEqual(['TOTAL_FILE_OVERLAP', 'PROVINCE_UNDECIDED']);
    expect(errors(r.stderr)[0]).toContain('its name "Toàn tỉnh" names a total');
  });

  it('alone it is read as Nam Định\'s total, 1.230/1.600 = 76,875 → 76.88 %, 9,5e9/26e9 = 36.54 %, as "Toàn tỉnh - Nam Định 2019.csv" is', async () => {
    for (const name of ['Toàn tỉnh Nam Định 2019.csv', 'Toàn tỉnh - Nam Định 2019.csv']) {
      const r = await bothOnFiles(`${dir}/01-alone-${name}`, { [name]: WHOLE }, ['--format', 'csv']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(figures(r.stdout)).toEqual([
        ['Nam Định', 'Toàn tỉnh', '1600', '1230', '76.88', '26000000000', '9500000000', '36.54'],
        ['', 'TOTAL', '1600', '1230', '76.88', '26000000000', '9500000000', '36.54'],
      ]);
    }
  });

  it('a title read as a name alike: "BÁO CÁO TỔNG HỢP TOÀN TỈNH NAM ĐỊNH" over a file without an office column is Nam Định\'s total, refused beside its offices (was exit 0, the whole summed with Mỹ Lộc)', async () => {
    const r = await bothOnFiles(`${dir}/01-title`, {
      'Nam Định 2019.csv': ['BÁO CÁO TỔNG HỢP TOÀN TỈNH NAM ĐỊNH', ...WHOLE],
      'Mỹ Lộc 2019.csv': MY_LOC,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual([
      'Mỹ Lộc 2019.csv:2: error: cases of office "Mỹ Lộc" (2019) would be added to Nam Định 2019.csv:3, a declared total of Nam Định that already counts it (the file has no office column and its title "BÁO CÁO TỔNG HỢP TOÀN TỈNH NAM ĐỊNH" (line 1) names a total, so its rows are totals, not offices); figures would be counted twice [TOTAL_FILE_OVERLAP]',
      'thads: 1 error in the input; nothing was summed',
    ]);
  });

  it('control: "Mỹ Lộc tỉnh Nam Định 2019.csv", "Chi cục THADS huyện Vụ Bản tỉnh Nam Định 2019.csv" stay offices of Nam Định, summed: 500 + 400 = 900, 400 + 300 = 700 (77.78 %)', async () => {
    const r = await bothOnFiles(`${dir}/01-control-offices`, {
      'Mỹ Lộc tỉnh Nam Định 2019.csv': MY_LOC,
      'Chi cục THADS huyện Vụ Bản tỉnh Nam Định 2019.csv': VU_BAN,
    }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 400/500 = 80.00 %, 300/400 = 75.00 %; money 3e9/8e9 = 37.50 %, 2e9/6e9 = 33.33 %, 5e9/14e9 = 35.71 %
    expect(figures(r.stdout)).toEqual([
      ['Nam Định', 'Mỹ Lộc', '500', '400', '80.00', '8000000000', '3000000000', '37.50'],
      ['Nam Định', 'Chi cục THADS huyện Vụ Bản', '400', '300', '75.00', '6000000000', '2000000000', '33.33'],
      ['', 'TOTAL', '900', '700', '77.78', '14000000000', '5000000000', '35.71'],
    ]);
  });

  it('control: the Cục\'s table "Cục THADS tỉnh Nam Định 2019.csv" with an office column sums its offices: 600 + 500 + 400 = 1.500, 1.150 xong (76.67 %)', async () => {
    const r = await bothOnFiles(`${dir}/01-control-cuc`, {
      'Cục THADS tỉnh Nam Định 2019.csv': [`Đơn vị,${HEAD}`, 'TP Nam Định,600,450,10000000000,4000000000', 'Mỹ Lộc,500,400,8000000000,3000000000', 'Vụ Bản,400,300,6000000000,2000000000'],
    }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 1.150/1.500 = 76.67 %; money 24e9, 9e9 → 37.50 %
    expect(figures(r.stdout).at(-1)).toEqual(['', 'TOTAL', '1500', '1150', '76.67', '24000000000', '9000000000', '37.50']);
    expect(rowsOf(r.stdout).slice(0, -1).map((x) => x.province)).toEqual(['Nam Định', 'Nam Định', 'Nam Định']);
  });
});

describe('02: "Cục Quản lý THADS 2026.xlsx - <province>.csv" is named by its tab, the province', () => {
  const tab = (kv1: readonly number[], kv2: readonly number[]) => [
    `Đơn vị,${HEAD}`,
    `Phòng THADS khu vực 1,${kv1.join(',')}`,
    `Phòng THADS khu vực 2,${kv2.join(',')}`,
    `Tổng cộng,${kv1.map((v, i) => v + kv2[i]!).join(',')}`,
  ];
  const GIA_LAI = tab([600, 480, 10000000000, 4000000000], [500, 410, 8000000000, 3000000000]);
  const NINH_BINH = tab([300, 200, 5000000000, 1000000000], [200, 150, 4000000000, 2000000000]);
  // Gia Lai 1.100 / 890 (80.91 %), 18e9 / 7e9 (38.89 %); Ninh Bình 500 / 350 (70.00 %), 9e9 / 3e9 (33.33 %);
  // TOTAL 1.600 / 1.240 = 77.50 %, 27e9 / 10e9 = 37.04 %
  const BY_PROVINCE = [
    ['Gia Lai', '', '1100', '890', '80.91', '18000000000', '7000000000', '38.89'],
    ['Ninh Bình', '', '500', '350', '70.00', '9000000000', '3000000000', '33.33'],
    ['', 'TOTAL', '1600', '1240', '77.50', '27000000000', '10000000000', '37.04'],
  ];

  it.each([
    'Cục Quản lý THADS 2026',
    'Cục QLTHADS 2026',
    'Cục QL THADS 2026',
    'Cục Quản lý thi hành án dân sự 2026',
    'CỤC QUẢN LÝ THADS 2026',
    'Cuc Quan ly THADS 2026',
    'Bộ Tư pháp 2026',
    // the control: it read right before
    'Tổng cục 2026',
  ])('"%s.xlsx - Gia Lai.csv" and "… - Ninh Bình.csv": two provinces, exit 0 (was DUPLICATE_INPUT)', async (workbook) => {
    const r = await bothOnFiles(`${dir}/02-${workbook}`, { [`${workbook}.xlsx - Gia Lai.csv`]: GIA_LAI, [`${workbook}.xlsx - Ninh Bình.csv`]: NINH_BINH }, ['--by', 'province', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(figures(r.stdout)).toEqual(BY_PROVINCE);
  });

  it('one tab takes Gia Lai\'s targets (82 / 40, khu vực 2: 85), not the national 74 / 34,5 (was "met" everywhere, TARGET_UNMATCHED)', async () => {
    const config = join(dir, '02-target.config.json');
    writeFileSync(config, JSON.stringify({ targets: { '2026': { cases: 74, money: '34.5', provinces: { 'Gia Lai': { cases: 82, money: '40', districts: { 'Phòng THADS khu vực 2': { cases: 85 } } } } } } }));
    const r = await bothOnFiles(`${dir}/02-target`, { 'Cục Quản lý THADS 2026.xlsx - Gia Lai.csv': GIA_LAI }, ['--config', config, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const targets = rowsOf(r.stdout).map((x) => [x.district, x.cases_target, x.cases_gap_pp, x.cases_required, x.cases_above_target, x.cases_met, x.money_target, x.money_gap_pp, x.money_required, x.money_above_target, x.money_met]);
    // kv1: 480/600 = 80.00 − 82 = −2.00, 0.82 × 600 = 492, 480 − 492 = −12; money 4e9/10e9 = 40.00 − 40 = 0.00, met
    // kv2: 410/500 = 82.00 − 85 = −3.00, 425, −15; money 3e9/8e9 = 37.50 − 40 = −2.50, 3.2e9, −0.2e9
    // TOTAL: 890/1.100 = 80.909 − 82 = −1.09, 0.82 × 1.100 = 902, −12; money 7e9/18e9 = 38.89 − 40 = −1.11, 7.2e9, −0.2e9
    expect(targets).toEqual([
      ['Phòng THADS khu vực 1', '82', '-2.00', '492', '-12', 'false', '40', '0.00', '4000000000', '0', 'true'],
      ['Phòng THADS khu vực 2', '85', '-3.00', '425', '-15', 'false', '40', '-2.50', '3200000000', '-200000000', 'false'],
      ['TOTAL', '82', '-1.09', '902', '-12', 'false', '40', '-1.11', '7200000000', '-200000000', 'false'],
    ]);
    expect(rowsOf(r.stdout).slice(0, -1).map((x) => x.province)).toEqual(['Gia Lai', 'Gia Lai']);
  });

  it('control: a national table "Cục Quản lý THADS 2019.csv" with a Tỉnh column still reads by its column: 1.600 + 900 = 2.500, 1.230 + 700 = 1.930 (77.20 %)', async () => {
    const r = await bothOnFiles(`${dir}/02-control-national`, {
      'Cục Quản lý THADS 2019.csv': [`Tỉnh,${HEAD}`, 'Nam Định,1600,1230,26000000000,9500000000', 'Ninh Bình,900,700,15000000000,5000000000'],
    }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 1.930/2.500 = 77.20 %; money 41e9, 14.5e9 → 35.37 %
    expect(figures(r.stdout).at(-1)).toEqual(['', 'TOTAL', '2500', '1930', '77.20', '41000000000', '14500000000', '35.37']);
  });

  it('control: a Cục\'s workbook "Cục THADS Nam Định 2019.xlsx - <office>.csv" keeps its tabs as offices of Nam Định: 500 + 400 = 900, 700 xong', async () => {
    const r = await bothOnFiles(`${dir}/02-control-cuc`, {
      'Cục THADS Nam Định 2019.xlsx - Mỹ Lộc.csv': office(500, 400, 8000000000, 3000000000),
      'Cục THADS Nam Định 2019.xlsx - Vụ Bản.csv': office(400, 300, 6000000000, 2000000000),
    }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 700/900 = 77.78 %; money 14e9, 5e9 → 35.71 %
    expect(figures(r.stdout)).toEqual([
      ['Nam Định', 'Mỹ Lộc', '500', '400', '80.00', '8000000000', '3000000000', '37.50'],
      ['Nam Định', 'Vụ Bản', '400', '300', '75.00', '6000000000', '2000000000', '33.33'],
      ['', 'TOTAL', '900', '700', '77.78', '14000000000', '5000000000', '35.71'],
    ]);
  });
});

describe('03: a time of day before the sending day is part of it, no office\'s', () => {
  const MY_LOC = office(500, 400, 8000000000, 3000000000);
  const MY_LOC_RESENT = office(510, 410, 8100000000, 3100000000);
  const VU_BAN = office(400, 300, 6000000000, 2000000000);

  it('"Mỹ Lộc lúc 9h ngày 05.10.2019" and its resend "… lúc 15h ngày 08.10.2019": one office, DUPLICATE_INPUT (was 1.410 = 500 + 510 + 400, exit 0)', async () => {
    const r = await bothOnFiles(`${dir}/03a`, {
      'Mỹ Lộc lúc 9h ngày 05.10.2019.csv': MY_LOC,
      'Mỹ Lộc lúc 15h ngày 08.10.2019.csv': MY_LOC_RESENT,
      'Vụ Bản 2019.csv': VU_BAN,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual([
      'Mỹ Lộc lúc 15h ngày 08.10.2019.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc lúc 9h ngày 05.10.2019.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]',
      'thads: 1 error in the input; nothing was summed',
    ]);
  });

  it('2026: "Phòng THADS khu vực 2 lúc 15h ngày 08.10.2026" beside "Phòng THADS khu vực 2 - 2026": DUPLICATE_INPUT (was 1.310 = 300 + 500 + 510)', async () => {
    const r = await bothOnFiles(`${dir}/03b`, {
      'Phòng THADS khu vực 1 - 2026.csv': office(300, 200, 5000000000, 2000000000),
      'Phòng THADS khu vực 2 - 2026.csv': MY_LOC,
      'Phòng THADS khu vực 2 lúc 15h ngày 08.10.2026.csv': MY_LOC_RESENT,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(errors(r.stderr)).toEqual([
      'Phòng THADS khu vực 2 lúc 15h ngày 08.10.2026.csv:2: error: cases of "Phòng THADS khu vực 2" (2026) are given again: Phòng THADS khu vực 2 - 2026.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]',
      'thads: 1 error in the input; nothing was summed',
    ]);
  });

  it.each([
    ['Mỹ Lộc 9h30 05.10.2019', 'Mỹ Lộc 15h 08.10.2019', 'Mỹ Lộc'],
    ['Mỹ Lộc vào lúc 9 giờ ngày 05 tháng 10 năm 2019', 'Mỹ Lộc gửi lúc 15h30 ngày 08.10.2019', 'Mỹ Lộc'],
    ['Mỹ Lộc 9h sáng 05.10.2019', 'Mỹ Lộc 15:30 08-10-2019', 'Mỹ Lộc'],
    ['Mỹ Lộc lúc 1530 ngày 05.10.2019', 'Mỹ Lộc 2019', 'Mỹ Lộc'],
    ['Quận 1 2019', 'Quận 1 lúc 10h ngày 05.10.2019', 'Quận 1'],
    ['Quận 1 2019', 'Quận 1 15h30 05.10.2019', 'Quận 1'],
  ])('"%s" and "%s": one office "%s", DUPLICATE_INPUT', async (first, second, named) => {
    const r = await bothOnFiles(`${dir}/03-${first}-${second}`, { [`${first}.csv`]: MY_LOC, [`${second}.csv`]: MY_LOC_RESENT }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(codes(r.stderr)).toEqual(['DUPLICATE_INPUT']);
    expect(errors(r.stderr)[0]).toContain(`cases of "${named}" (2019) are given again`);
  });

  it('control: "Mỹ Lộc 2019 lúc 12h" beside "Vụ Bản lúc 9h ngày 05.10.2019": two offices, 500 + 400 = 900, 700 xong (77.78 %)', async () => {
    const r = await bothOnFiles(`${dir}/03-control-a`, { 'Mỹ Lộc 2019 lúc 12h.csv': MY_LOC, 'Vụ Bản lúc 9h ngày 05.10.2019.csv': VU_BAN }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(figures(r.stdout)).toEqual([
      ['', 'Mỹ Lộc', '500', '400', '80.00', '8000000000', '3000000000', '37.50'],
      ['', 'Vụ Bản', '400', '300', '75.00', '6000000000', '2000000000', '33.33'],
      ['', 'TOTAL', '900', '700', '77.78', '14000000000', '5000000000', '35.71'],
    ]);
  });

  it('control: "Quận 12_20191005_1530" and "Quận 1 15h30 05.10.2019" are two offices, summed: 500 + 400 = 900', async () => {
    const r = await bothOnFiles(`${dir}/03-control-b`, { 'Quận 12_20191005_1530.csv': MY_LOC, 'Quận 1 15h30 05.10.2019.csv': VU_BAN }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(figures(r.stdout)).toEqual([
      ['', 'Quận 12', '500', '400', '80.00', '8000000000', '3000000000', '37.50'],
      ['', 'Quận 1', '400', '300', '75.00', '6000000000', '2000000000', '33.33'],
      ['', 'TOTAL', '900', '700', '77.78', '14000000000', '5000000000', '35.71'],
    ]);
  });
});
