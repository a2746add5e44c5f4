// Province names with an English suffix or an abbreviated "Tỉnh" (round 46b finding 02): "Ninh
// Binh Province", "Ho Chi Minh City", "T. Nam Định" are those provinces, rolled up into the 34 as
// their plain names are; a remainder that is no province stays as written, and in an office cell
// "X City" is the city of X, an office, as "Thành phố X" is. Both readers agree.
import { describe, expect, it } from 'vitest';
import { provinceKey, provinceOfFileName, successorProvince } from '../../src/domain/provinces.js';
import { namesGroup } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

describe('provinceKey: the English suffix and the abbreviated "Tỉnh" are folded away', () => {
  it.each([
    ['Ninh Binh Province', 'Ninh Bình'],
    ['Nam Dinh Province', 'Nam Định'],
    ['Ha Nam Province', 'Hà Nam'],
    ['ha nam province', 'Hà Nam'],
    ['Ho Chi Minh City', 'Hồ Chí Minh'],
    ['HCM City', 'Hồ Chí Minh'],
    ['Can Tho City', 'Cần Thơ'],
    ['Hue City', 'Huế'],
    ['Quảng Ninh City', 'Quảng Ninh'],
    ['T. Nam Định', 'Nam Định'],
    ['T.Nam Định', 'Nam Định'],
    ['T. Hà Nam', 'Hà Nam'],
    ['Tp. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Tinh Nam Dinh', 'Nam Định'],
    ['Thanh pho Ho Chi Minh', 'Hồ Chí Minh'],
    ['Nam Dinh Province (cũ)', 'Nam Định'],
    ['T.T. Huế', 'Huế'],
  ])('%s → the key of %s', (written, province) => expect(provinceKey(written)).toBe(provinceKey(province)));

  it('rolls them up into the 34 as the plain names are', () => {
    expect(successorProvince('Nam Dinh Province')?.name).toBe('Ninh Bình');
    expect(successorProvince('T. Hà Nam')?.name).toBe('Ninh Bình');
    expect(successorProvince('Ho Chi Minh City')?.name).toBe('Hồ Chí Minh');
    expect(provinceOfFileName('Ninh Binh Province')).toBe('Ninh Bình');
    expect(provinceOfFileName('T. Nam Định')).toBe('Nam Định');
  });

  it.each(['Ha Long City', 'Thu Duc City', 'Mỹ Lộc Province', 'T. Mỹ Lộc'])('%s: the remainder is no province, the name stays as written', (name) => {
    expect(successorProvince(name)).toBeNull();
    expect(provinceOfFileName(name)).toBeNull();
    expect(provinceKey(name)).toBe(provinceKey(name.toLowerCase()));
  });
});

describe('namesGroup: "X City" in an office cell is the city of X, as "Thành phố X" is', () => {
  it.each([
    ['Nam Dinh City', 2024, false], ['Thành phố Nam Định', 2024, false], ['Quảng Ninh City', 2026, false],
    ['Hue City', 2024, false], ['Hue City', 2026, true],
    ['Ho Chi Minh City', 2024, true], ['Can Tho City', 2026, true],
    ['Nam Dinh Province', 2024, true], ['T. Nam Định', 2026, true],
    ['Ha Long City', 2024, false], ['Thu Duc City', 2026, false],
  ] as const)('%s (%i) → %s', (text, year, group) => expect(namesGroup(text, year)).toBe(group));
});

const { both } = bothReaders('thads-english-provinces-', ['--by', 'province', '--format', 'csv']);

/** province, district, cases_with_conditions, cases_resolved, cases_rate, rank/of */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[9], c[18], c[20], `${c[26]}/${c[27]}`].join(' ');
  });
}

const HINT = '  hint: a report of 2025 or later counts by the 34 provinces; write the province as it has been named since 1/7/2025, or, for a report of a period before that day, state the period in the title\n';
const rolledUp = (line: number, written: string, into: string) =>
  `FILE:${line}: warning: the rows of "${written}" are counted as ${into}'s: Nghị quyết 202/2025/QH15 merged ${written} into ${into} from 1/7/2025, and a report of year 2026 counts by the 34 provinces [PROVINCE_ROLLED_UP]\n${HINT}`;

describe('a 2026 export by the 34 with English or abbreviated province names', () => {
  it('"Ninh Binh Province", "Nam Dinh Province", "Ha Nam Province" are one Ninh Bình; "Ho Chi Minh City" and "Ba Ria - Vung Tau" one Hồ Chí Minh (the reproducer)', async () => {
    const r = await both('02-english-province-names-cases-2026.csv', ['Province,Office,Cases with conditions,Cases resolved',
      'Ninh Binh Province,Regional Division 1,1000,900', 'Nam Dinh Province,Regional Division 2,1000,800', 'Ha Nam Province,Regional Division 3,1000,700',
      'Ho Chi Minh City,Regional Division 1,2000,1700', 'Ba Ria - Vung Tau,Regional Division 9,1000,950']);
    expect(r.code).toBe(0);
    // Ninh Bình 900 + 800 + 700 = 2400 of 3000 = 80.00; Hồ Chí Minh 1700 + 950 = 2650 of 3000 = 88.33; 5050/6000 = 84.17
    expect(rows(r.stdout)).toEqual(['Ninh Binh Province 3000 2400 80.00 2/2', 'Ho Chi Minh City 3000 2650 88.33 1/2', 'TOTAL 6000 5050 84.17 /']);
    expect(r.stderr).toBe(rolledUp(3, 'Nam Dinh Province', 'Ninh Bình') + rolledUp(4, 'Ha Nam Province', 'Ninh Bình') + rolledUp(6, 'Ba Ria - Vung Tau', 'Hồ Chí Minh'));
  });

  it('"T. Nam Định", "T. Hà Nam" are rolled up as "Tỉnh Nam Định" is', async () => {
    const r = await both('02c-province-abbrev-T-dot-viec-2026.csv', ['Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong',
      'Ninh Bình,Phòng THADS khu vực 1,1000,900', 'T. Nam Định,Phòng THADS khu vực 2,1000,800', 'T. Hà Nam,Phòng THADS khu vực 3,1000,700',
      'Hà Nội,Phòng THADS khu vực 1,2000,1700']);
    expect(r.code).toBe(0);
    // Ninh Bình 2400/3000 = 80.00; Hà Nội 1700/2000 = 85.00; 4100/5000 = 82.00
    expect(rows(r.stdout)).toEqual(['Ninh Bình 3000 2400 80.00 2/2', 'Hà Nội 2000 1700 85.00 1/2', 'TOTAL 5000 4100 82.00 /']);
    expect(r.stderr).toBe(rolledUp(3, 'T. Nam Định', 'Ninh Bình') + rolledUp(4, 'T. Hà Nam', 'Ninh Bình'));
  });

  it('a district-level "X City" in the office column stays an office of its province', async () => {
    const r = await both('district-cities-cases-2024.csv', ['Province,Office,Cases with conditions,Cases resolved',
      'Nam Dinh Province,Nam Dinh City,1000,800', 'Nam Dinh Province,My Loc District,500,300',
      'Ho Chi Minh City,Thu Duc City,2000,1700', 'Ho Chi Minh City,District 1,1000,900'], ['--by', 'province,district', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 2024 counts by the 63: Nam Định 1100/1500 = 73.33 in two offices, Hồ Chí Minh 2600/3000
    expect(r.stdout.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 2).concat(l.split(',')[9]!, l.split(',')[18]!).join(' '))).toEqual([
      'Nam Dinh Province Nam Dinh City 1000 800', 'Nam Dinh Province My Loc District 500 300',
      'Ho Chi Minh City Thu Duc City 2000 1700', 'Ho Chi Minh City District 1 1000 900', ' TOTAL 4500 3700',
    ]);
    expect(r.stderr).toBe('');
  });
});
