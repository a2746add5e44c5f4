import { describe, expect, it } from 'vitest';
import { rawPattern } from '../../src/input/comparison-words.js';
import { statedYears, titlePeriodEnd } from '../../src/input/stated-years.js';

describe('comparison words, shared by headers, row labels and title years', () => {
  it('match a folded word in raw text with or without diacritics, in either case', () => {
    const re = new RegExp(`^${rawPattern('ky truoc')}$`, 'iu');
    for (const text of ['kỳ trước', 'KỲ TRƯỚC', 'ky truoc', 'Kỳ  trước']) expect(re.test(text), text).toBe(true);
    expect(re.test('kỳ này')).toBe(false);
  });

  it('set a title year aside after any spelling of a comparison', () => {
    expect(statedYears([['Báo cáo năm 2019 Kì Trước năm 2018']])).toEqual([2019]);
    expect(statedYears([['BÁO CÁO NĂM 2019 TĂNG GIẢM SO VỚI NĂM 2018']])).toEqual([2019]);
    expect(statedYears([['BÁO CÁO NĂM 2019 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2020']])).toEqual([2019]);
  });

  it('leave "chỉ tiêu thống kê" of a title the report\'s own', () => {
    expect(titlePeriodEnd([['BÁO CÁO CÁC CHỈ TIÊU THỐNG KÊ (Từ ngày 01/10/2018 đến ngày 31/3/2019)']])).toBe('2019-03-31');
  });
});
