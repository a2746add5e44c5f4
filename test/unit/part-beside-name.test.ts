// period-column.ts partBesideName: the part of a year written after an office's name ("Vụ Bản (GĐ
// 1)", "Vụ Bản - kỳ 2", "Vụ Bản (theo TT 05/2026)"), the name without it; never a name's own words
// ("Thị xã Kỳ Anh", "Phòng THADS khu vực 1", "Quận 12") nor a mark without a part's number. And
// marksPartOfYear: the word marks of a note, whole cell only (splitmarks.test.ts runs the files).
import { describe, expect, it } from 'vitest';
import { marksPartOfYear, partBesideName } from '../../src/input/period-column.js';

describe('partBesideName', () => {
  it.each([
    ['Vụ Bản (GĐ 1)', 'Vụ Bản', 'GĐ 1'],
    ['Vụ Bản - kỳ 2', 'Vụ Bản', 'kỳ 2'],
    ['Vụ Bản, Đợt 1', 'Vụ Bản', 'Đợt 1'],
    ['Chi cục THADS huyện Vụ Bản GĐ2', 'Chi cục THADS huyện Vụ Bản', 'GĐ2'],
    ['Vụ Bản (theo TT 05/2026)', 'Vụ Bản', 'theo TT 05/2026'],
    ['Vụ Bản (Mẫu cũ)', 'Vụ Bản', 'Mẫu cũ'],
    ['Vụ Bản (Trước 01/7/2026)', 'Vụ Bản', 'Trước 01/7/2026'],
    ['Thị xã Kỳ Anh (Kỳ 1)', 'Thị xã Kỳ Anh', 'Kỳ 1'],
    // glued on (splitmarks2.test.ts): after "-", "_", a bracket, or "GĐ" right after the name's letters
    ['Vụ Bản-GĐ1', 'Vụ Bản', 'GĐ1'],
    ['Vụ Bản_GĐ2', 'Vụ Bản', 'GĐ2'],
    ['Vụ Bản(GĐ1)', 'Vụ Bản', 'GĐ1'],
    ['Vụ BảnGĐ1', 'Vụ Bản', 'GĐ1'],
    ['Vụ Bản-Kỳ 2', 'Vụ Bản', 'Kỳ 2'],
    ['Vụ Bản - GĐ II', 'Vụ Bản', 'GĐ II'],
    ['Vụ Bản (Sau 01/7/2026)', 'Vụ Bản', 'Sau 01/7/2026'],
    ['Vụ Bản, 9 tháng đầu năm', 'Vụ Bản', '9 tháng đầu năm'],
    ['Vụ Bản - chín tháng đầu năm', 'Vụ Bản', 'chín tháng đầu năm'],
    ['VỤ BẢN (GIAI ĐOẠN 1)', 'VỤ BẢN', 'GIAI ĐOẠN 1'],
    ['Vụ Bản theo 05/2026/TT-BTP', 'Vụ Bản', 'theo 05/2026/TT-BTP'],
  ])('"%s": "%s" and its mark "%s"', (cell, name, mark) => {
    expect(partBesideName(cell)).toEqual({ name, mark });
  });

  it.each(['Thị xã Kỳ Anh', 'Chi cục THADS huyện Kỳ Anh', 'Phòng THADS khu vực 1', 'Chi cục THADS Quận 12', 'Vụ Bản (cũ)', 'Biên Hòa (mới)', 'Vụ Bản (Giai đoạn)', 'Vụ Bản (giai đoạn 2021-2025)', 'GĐ 1', 'Đội thi hành án số 2', 'Chi cục THADS huyện Chợ Mới', 'Chi cục THADS huyện Tân Kỳ', 'Phòng THADS khu vực II', 'Bà Rịa-Vũng Tàu', 'Chi cục THADS huyện Đồng 001', 'Vụ BảnKỳ'])('"%s": none', (cell) => {
    expect(partBesideName(cell)).toBeNull();
  });
});

describe('marksPartOfYear, the word marks', () => {
  it.each(['Giai đoạn 1', 'GĐ1', 'GĐ II', 'Đợt 2', 'Kỳ 1', 'Kì 2', 'Thông tư mới', 'Theo thông tư cũ', 'Mẫu mới', 'Biểu mẫu cũ', 'Luật mới', 'TT cũ'])('"%s": a part', (cell) => {
    expect(marksPartOfYear(cell)).toBe(true);
  });
  it.each(['Giai đoạn', 'Giai đoạn 2021-2025', 'Kỳ hạn trả nợ', 'Kỳ Anh', 'Đã xác minh', 'Hoãn 3 tháng', 'Theo Bản án số 12/2025', 'Đợt kiểm tra 1', 'Mới', 'Cũ', 'Thông tư', 'Luật sư mới'])('"%s": none', (cell) => {
    expect(marksPartOfYear(cell)).toBe(false);
  });
});
