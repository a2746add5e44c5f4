// The new province written with its former provinces listed after it (traps23 1): read as that
// province by the one reader of a province's marks (withoutNewMark, provinceKey), only when every
// name listed is one of its former provinces.
import { describe, expect, it } from 'vitest';
import { provinceKey, withoutNewMark } from '../../src/domain/provinces.js';

describe('withoutNewMark: a list of former provinces after the name', () => {
  it.each([
    ['Phú Thọ (gồm Vĩnh Phúc, Hòa Bình và Phú Thọ cũ)', 'Phú Thọ'],
    ['THADS tỉnh Ninh Bình (bao gồm Hà Nam, Nam Định)', 'THADS tỉnh Ninh Bình'],
    ['Gia Lai (gồm tỉnh Gia Lai và tỉnh Bình Định cũ)', 'Gia Lai'],
    ['Ninh Bình (gồm: Nam Định)', 'Ninh Bình'],
    ['THADS Tuyên Quang (Tuyên Quang + Hà Giang)', 'THADS Tuyên Quang'],
    ['Cần Thơ (Cần Thơ + Sóc Trăng + Hậu Giang)', 'Cần Thơ'],
    ['Hồ Chí Minh (gồm Bình Dương, Bà Rịa - Vũng Tàu và Hồ Chí Minh cũ)', 'Hồ Chí Minh'],
  ])('"%s" → "%s"', (written, name) => {
    expect(withoutNewMark(written)).toBe(name);
  });

  it.each([
    // an office of a province, no list
    ['Châu Thành (Tiền Giang)'],
    // one name without "gồm" says too little
    ['Gia Lai (Bình Định)'],
    // a name that is no former province of it
    ['Ninh Bình (gồm Hà Nam, Thái Bình)'],
    // a former province is no new one
    ['Nam Định (gồm Nam Định, Hà Nam)'],
    // a province kept alone
    ['Hà Nội (gồm Hà Nội)'],
    // a name listed twice
    ['Gia Lai (Gia Lai + Gia Lai)'],
  ])('"%s" as written', (written) => {
    expect(withoutNewMark(written)).toBe(written);
  });

  it('keys as the province', () => {
    expect(provinceKey('THADS tỉnh Phú Thọ (gồm Vĩnh Phúc, Hòa Bình và Phú Thọ cũ)')).toBe(provinceKey('Phú Thọ'));
  });
});
