// The agency's words, one list (domain/agency-words.ts), read alike by office names, province
// names, row labels and file names: each spelling an office writes sets aside the same words
// everywhere (work84b 01: "Chi cục THA dân sự huyện Mỹ Lộc" was another office than "Chi cục
// THADS huyện Mỹ Lộc", both added).
import { describe, expect, it } from 'vitest';
import { AGENCY_NAMES, withAnyMarks } from '../../src/domain/agency-words.js';
import { bareName, mayBeOneOffice } from '../../src/domain/office-names.js';
import { provinceKey } from '../../src/domain/provinces.js';
import { placeOfFileName } from '../../src/input/file-names.js';
import { AGENCY_WORDS, namesOwnOffice } from '../../src/input/row-labels.js';

const SPELLINGS = ['Thi hành án dân sự', 'Thi hành án', 'THA dân sự', 'THA DS', 'THADS', 'Thi hanh an dan su', 'THA dan su'];

describe('withAnyMarks', () => {
  it('matches the words with their marks and without, nothing else', () => {
    const re = new RegExp(`^${withAnyMarks('tha dan su')}$`, 'u');
    expect(['tha dân sự', 'tha dan su', 'thà dân sự'].map((t) => re.test(t))).toEqual([true, true, true]);
    expect(['tha dân', 'tha dân sự x', 'thads'].map((t) => re.test(t))).toEqual([false, false, false]);
  });
  it('escapes what a pattern would read', () => {
    expect(new RegExp(`^${withAnyMarks('p.')}$`, 'u').test('px')).toBe(false);
  });
});

describe('every spelling of the agency before an office is set aside', () => {
  it.each(SPELLINGS)('"Chi cục %s huyện Mỹ Lộc" is the office Mỹ Lộc', (agency) => {
    expect(bareName(`Chi cục ${agency} huyện Mỹ Lộc`)).toBe('mĩ lộc');
    expect(mayBeOneOffice(`Chi cục ${agency} huyện Mỹ Lộc`, 'Chi cục THADS huyện Mỹ Lộc')).toBe(true);
  });
  it.each(['THA dân sự Mỹ Lộc', 'CC THA DS Mỹ Lộc', 'Chi cục THA DS Mỹ Lộc', 'Phòng THA dân sự khu vực 2'])('"%s" keeps only its place', (name) => {
    expect(bareName(name)).toBe(name.includes('khu vực') ? 'khu vực 2' : 'mĩ lộc'); // final y after a consonant keyed as i (names.ts finalYAsI)
  });
  it('a place is not an agency word: "Thanh Liêm", "Thạch Hà" keep their names', () => {
    expect(bareName('Chi cục THADS huyện Thanh Liêm')).toBe('thanh liêm');
    expect(bareName('Thạch Hà')).toBe('thạch hà');
  });
});

describe('every spelling of the agency before a province is set aside', () => {
  it.each(SPELLINGS)('"Cục %s tỉnh Nam Định" is Nam Định', (agency) => {
    expect(provinceKey(`Cục ${agency} tỉnh Nam Định`)).toBe(provinceKey('Nam Định'));
  });
  it.each(SPELLINGS.filter((s) => s !== 'Thi hành án'))('"%s tỉnh Nam Định" is Nam Định', (agency) => {
    expect(provinceKey(`${agency} tỉnh Nam Định`)).toBe(provinceKey('Nam Định'));
  });
});

describe('row labels and file names read the same list', () => {
  it('AGENCY_WORDS holds every name of the list, folded', () => {
    for (const name of AGENCY_NAMES) expect(AGENCY_WORDS.test(name), name).toBe(true);
    expect(AGENCY_WORDS.test('chi cuc tha dan su')).toBe(true);
    expect(AGENCY_WORDS.test('chi cuc my loc')).toBe(false);
  });
  it.each(['Cục THA DS tỉnh Nam Định', 'Cục Thi hành án tỉnh Nam Định', 'THA dân sự tỉnh Nam Định'])('the own row "%s" names Nam Định\'s own office', (label) => {
    expect(namesOwnOffice(label, 'Nam Định')).toBe(true);
  });
  it.each([
    ['THA DS tỉnh Nam Định - Mỹ Lộc 2019.csv', 'Mỹ Lộc'],
    ['THADS tỉnh Nam Định - Mỹ Lộc 2019.csv', 'Mỹ Lộc'],
    ['Cục THA dân sự tỉnh Nam Định - Mỹ Lộc 2019.csv', 'Mỹ Lộc'],
  ])('the file "%s" is the office %s of Nam Định', (file, office) => {
    const place = placeOfFileName(file);
    expect(place.province).toBe('Nam Định');
    expect(bareName(place.office)).toBe(bareName(office));
  });
});
