// A syllable's lone final y after its consonants is its i in an office's key (names.ts finalYAsI,
// office-names.ts bareName): "Kì Anh" is "Kỳ Anh" (work90b, 03). After a vowel it stays a y.
import { describe, expect, it } from 'vitest';
import { finalYAsI } from '../../src/domain/names.js';
import { bareName, mayBeOneOffice } from '../../src/domain/office-names.js';

describe('finalYAsI', () => {
  it.each([
    ['kỳ anh', 'kì anh'],
    ['mỹ lộc', 'mĩ lộc'],
    ['lý nhân', 'lí nhân'],
    ['sỹ', 'sĩ'],
    ['quý', 'quí'],
    ['hy', 'hi'],
    ['kỵ', 'kị'],
    ['my loc', 'mi loc'],
  ])('%s → %s', (text, key) => expect(finalYAsI(text)).toBe(key));

  it.each(['duy tiên', 'thủy nguyên', 'hải tây', 'huy', 'tuy phước', 'ý yên', 'yên mô', 'nguyễn', 'mai', 'ngụy'])('%s keeps its y', (text) => expect(finalYAsI(text)).toBe(text));
});

describe('bareName: one office by i or y, a full stop after it none of it', () => {
  it.each([
    ['Huyện Kì Anh', 'Huyện Kỳ Anh'],
    ['Mĩ Lộc', 'Chi cục THADS huyện Mỹ Lộc'],
    ['Chi cục THADS huyện Kỳ Anh.', 'Kỳ Anh'],
    ['Lí Nhân', 'Lý Nhân'],
    ['TP. Qui Nhơn', 'Thành phố Quy Nhơn'],
  ])('%s ≡ %s', (a, b) => {
    expect(bareName(a)).toBe(bareName(b));
    expect(mayBeOneOffice(a, b)).toBe(true);
  });

  it.each([
    ['Thị xã Kì Anh', 'Huyện Kỳ Anh'],
    ['Phù Yên', 'Phú Yên'],
    ['Mỹ Lộc', 'Mỹ Lợi'],
    ['Duy Tiên', 'Dui Tiên'],
    ['Phòng THADS khu vực 1.', 'Phòng THADS khu vực 2'],
  ])('%s ≠ %s', (a, b) => expect(mayBeOneOffice(a, b)).toBe(false));
});
