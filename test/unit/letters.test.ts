import { describe, expect, it } from 'vitest';
import { hasLetter, latinLetters, LATIN_LETTER_RANGES } from '../../src/domain/letters.js';

const ALL_LETTERS = /\p{L}/u;

describe('Latin letters (letters.ts)', () => {
  it('agree with \\p{L} on every character of the Latin blocks (ASCII to Latin Extended-B, Latin Extended Additional)', () => {
    const disagree: string[] = [];
    for (const [from, to] of [
      [0x0000, 0x024f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        if (hasLetter(ch) !== ALL_LETTERS.test(ch)) disagree.push(cp.toString(16));
      }
    }
    expect(disagree).toEqual([]);
  });

  it('reads Vietnamese letters, precomposed and as legacy fonts leave them, as letters; figures and marks as none', () => {
    for (const ch of ['a', 'Đ', 'đ', 'ư', 'Ơ', 'ệ', 'ỹ', 'Ỵ', 'µ', 'ñ', 'Ò', 'ª']) expect(hasLetter(ch), ch).toBe(true);
    for (const ch of ['1', ' ', '.', '%', '§', '®', '×', '÷', '₫', '\u0301', '']) expect(hasLetter(ch), JSON.stringify(ch)).toBe(false);
  });

  it('counts no letter of another script (the documented difference from \\p{L})', () => {
    for (const ch of ['Σ', 'Ж', '中']) {
      expect(ALL_LETTERS.test(ch)).toBe(true);
      expect(hasLetter(ch)).toBe(false);
    }
  });

  it('rewrites \\p{L} inside a class as its ranges and alone as a class, keeping the flags', () => {
    const inClass = latinLetters(/(?<![\p{L}\d])năm/giu);
    expect(inClass.source).toBe(`(?<![${LATIN_LETTER_RANGES}\\d])năm`);
    expect(inClass.flags).toBe('giu');
    const alone = latinLetters(/^\p{L}+$/u);
    expect(alone.source).toBe(`^[${LATIN_LETTER_RANGES}]+$`);
    // an escaped bracket does not open a class
    expect(latinLetters(/\[\p{L}/u).source).toBe(`\\[[${LATIN_LETTER_RANGES}]`);
    // a negated class stays negated
    expect(latinLetters(/[^\p{L}\d]+/gu).test('Mỹ Lộc')).toBe(true);
    expect(latinLetters(/^[^\p{L}\d]+$/u).test('Mỹ')).toBe(false);
  });

  it('matches as the \\p{L} pattern did on Vietnamese text', () => {
    const texts = ['Chi cục THADS huyện Mỹ Lộc năm 2019', 'NĂM 2019', 'Thành phố Hồ Chí Minh', 'Đơn vị tính: nghìn đồng', '2019năm', 'x năm 2019'];
    for (const source of [String.raw`(?<![\p{L}\d])(?:năm|nam)\s+(\d{4})`, String.raw`\p{L}+`, String.raw`[\p{L}\d]$`]) {
      for (const flags of ['u', 'iu', 'gu']) {
        for (const t of texts) expect(latinLetters(new RegExp(source, flags)).exec(t)?.[0], `${source}/${flags} on ${t}`).toBe(new RegExp(source, flags).exec(t)?.[0]);
      }
    }
  });

  it('gives a new pattern each call for a g pattern (its lastIndex is its own)', () => {
    const a = latinLetters(/\p{L}/gu);
    const b = latinLetters(/\p{L}/gu);
    expect(a).not.toBe(b);
    a.test('ab');
    expect(a.lastIndex).toBe(1);
    expect(b.lastIndex).toBe(0);
  });
});
