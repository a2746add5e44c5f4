import { describe, expect, it } from 'vitest';
import { matchYears } from '../../src/domain/match-years.js';
import { bareName } from '../../src/domain/office-names.js';

const g = (district: string, province = 'Nam Định') => ({ province, district, year: null });

describe('bareName', () => {
  it.each([
    ['Chi cục THADS huyện Mỹ Lộc', 'mĩ lộc'],
    ['Chi cục Thi hành án dân sự huyện Mỹ Lộc', 'mĩ lộc'],
    ['CC THADS H. Mỹ Lộc', 'mĩ lộc'],
    ['Huyện  Mỹ Lộc', 'mĩ lộc'],
    ['Mỹ Lộc', 'mĩ lộc'],
    ['Thành phố Nam Định', 'nam định'],
    ['TP. Nam Định', 'nam định'],
    ['Thị xã Kỳ Anh', 'kì anh'],
  ])('%s → %s', (name, bare) => {
    expect(bareName(name)).toBe(bare);
  });
});

describe('matchYears', () => {
  it('pairs names written alike first, then names that differ only by "Chi cục THADS", "huyện"…', () => {
    const now = [g('Mỹ Lộc'), g('Chi cục THADS huyện Vụ Bản'), g('Ý Yên')];
    const before = [g('Vụ Bản'), g('mỹ  lộc'), g('Hải Hậu')];
    const m = matchYears(now, before);
    expect(m.pairs.map(([a, b]) => [a.district, b.district])).toEqual([
      ['Mỹ Lộc', 'mỹ  lộc'],
      ['Chi cục THADS huyện Vụ Bản', 'Vụ Bản'],
    ]);
    expect(m.onlyNow.map((x) => x.district)).toEqual(['Ý Yên']);
    expect(m.onlyBefore.map((x) => x.district)).toEqual(['Hải Hậu']);
  });

  it('never pairs by a bare name two offices share (huyện and thị xã Long Mỹ)', () => {
    const now = [g('Chi cục THADS huyện Long Mỹ', 'Hậu Giang'), g('Chi cục THADS thị xã Long Mỹ', 'Hậu Giang')];
    const before = [g('Long Mỹ', 'Hậu Giang')];
    const m = matchYears(now, before);
    expect(m.pairs).toEqual([]);
    expect(m.onlyNow).toHaveLength(2);
    expect(m.onlyBefore).toHaveLength(1);
  });

  it('keeps provinces apart: the same district name in two provinces is two offices', () => {
    const now = [g('Huyện Châu Thành', 'Tiền Giang'), g('Huyện Châu Thành', 'Bến Tre')];
    const before = [g('Châu Thành', 'Bến Tre')];
    const m = matchYears(now, before);
    expect(m.pairs.map(([a, b]) => [a.province, b.province])).toEqual([['Bến Tre', 'Bến Tre']]);
  });
});
