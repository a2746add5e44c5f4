// Province names as exports write them, without or with other diacritics: the province they
// stand for, or none (a name is never read as a province it only resembles).
import { describe, expect, it } from 'vitest';
import { provinceKey, provinceOfFileName, successorProvince } from '../../src/domain/provinces.js';

describe('provinceKey: a name written with fewer diacritics, or spelled otherwise, is its province', () => {
  it.each([
    ['Đăk Lăk', 'Đắk Lắk'],
    ['Dak Lak', 'Đắk Lắk'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['Đắk Lắc', 'Đắk Lắk'],
    ['Daklak', 'Đắk Lắk'],
    ['Tỉnh Dak Lak', 'Đắk Lắk'],
    ['Tinh Dak Lak', 'Đắk Lắk'],
    ['Dak Nong', 'Đắk Nông'],
    ['Đăk Nông', 'Đắk Nông'],
    ['Đắc Nông', 'Đắk Nông'],
    ['Quang Nam', 'Quảng Nam'],
    ['Cuc THADS tinh Quang Nam', 'Quảng Nam'],
    ['Da Nang', 'Đà Nẵng'],
    ['TP Da Nang', 'Đà Nẵng'],
    ['TT Huế', 'Huế'],
    ['TT-Huế', 'Huế'],
    ['TT Hue', 'Huế'],
    ['Thua Thien Hue', 'Huế'],
    ['Bắc Cạn', 'Bắc Kạn'],
    ['Bac Can', 'Bắc Kạn'],
    ['Bac Kan', 'Bắc Kạn'],
    ['Ho Chi Minh', 'Hồ Chí Minh'],
    ['Ba Ria - Vung Tau', 'Bà Rịa - Vũng Tàu'],
    ['Hoa Binh', 'Hòa Bình'],
    ['Thanh Hoa', 'Thanh Hóa'],
    ['Ha Noi', 'Hà Nội'],
  ])('%s → the key of %s', (written, province) => expect(provinceKey(written)).toBe(provinceKey(province)));

  it.each([
    // another tone is another word: Phù Yên is a district of Sơn La, not the province Phú Yên
    'Phù Yên',
    'Quãng Nam',
    'Toàn quốc',
    'Tổng cộng',
    'Mỹ Lộc',
    'Phòng THADS khu vực 1',
    'Tỉnh Số 01',
  ])('%s is no province', (name) => {
    expect(successorProvince(name)).toBeNull();
    expect(provinceOfFileName(name)).toBeNull();
  });

  it('rolls the spellings up into their 2025 provinces', () => {
    expect(successorProvince('Dak Nong')?.name).toBe('Lâm Đồng');
    expect(successorProvince('Đăk Lăk')?.name).toBe('Đắk Lắk');
    expect(successorProvince('Quang Nam')?.name).toBe('Đà Nẵng');
    expect(successorProvince('Bắc Cạn')?.name).toBe('Thái Nguyên');
    expect(successorProvince('TT Huế')?.name).toBe('Huế');
  });

  it('a file name gives the name as written when it is one, else the table\'s', () => {
    expect(provinceOfFileName('Bến Tre')).toBe('Bến Tre');
    expect(provinceOfFileName('ben-tre')).toBe('Bến Tre');
    expect(provinceOfFileName('gia-lai')).toBe('Gia Lai');
    expect(provinceOfFileName('Tỉnh Tiền Giang')).toBe('Tiền Giang');
    expect(provinceOfFileName('tinh_ben_tre')).toBe('Bến Tre');
    expect(provinceOfFileName('thua-thien-hue')).toBe('Thừa Thiên Huế');
    expect(provinceOfFileName('dak-nong')).toBe('Đắk Nông');
    expect(provinceOfFileName('my-loc')).toBeNull();
  });
});
