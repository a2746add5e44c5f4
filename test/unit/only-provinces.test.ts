// --only over a table of provinces: README says provinces match however written ("TP.HCM",
// "Thừa Thiên Huế" = "Huế"), as config targets do, but --only "TP.HCM", "HCM" and "Thừa Thiên Huế"
// were usage errors on a 2025 table by province (traps15 3). A province merged away by the
// groups' year names none of them, and says into which it went.
import { describe, expect, it } from 'vitest';
import { selectOnly } from '../../src/commands/only.js';
import type { GroupResult } from '../../src/domain/evaluate.js';

const group = (province: string, year = 2025): GroupResult => ({ province, district: null, year, isTotal: false, measures: { cases: null, money: null } });
const groups = [group('Hà Nội'), group('Hồ Chí Minh'), group('Huế'), group('Ninh Bình')];
const names = (only: string[]) => selectOnly(groups, only).map((g) => g.province);

describe('--only a province of a table by province', () => {
  it.each([
    ['TP.HCM', 'Hồ Chí Minh'],
    ['HCM', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Cục THADS tỉnh Ninh Bình', 'Ninh Bình'],
    ['ha noi', 'Hà Nội'],
  ])('%s is %s', (query, province) => {
    expect(names([query])).toEqual([province]);
  });

  it('a province merged into another by the year is said so (a usage error)', () => {
    expect(() => names(['Nam Định'])).toThrow('--only "Nam Định" matches no group: Nam Định was merged into Ninh Bình on 1/7/2025, and its rows are counted as Ninh Bình\'s');
  });

  it('in a year before the merger it is only missing', () => {
    expect(() => selectOnly([group('Hà Nội', 2024), group('Ninh Bình', 2024)], ['Nam Định'])).toThrow(/^--only "Nam Định" matches no group$/);
  });
});
