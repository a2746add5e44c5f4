// Money units as the forms write them: a unit misread is a total 1,000× off (issue 12).
import { describe, expect, it } from 'vitest';
import { parseMoneyUnit, parseUnitLine } from '../../src/input/units.js';

describe('parseMoneyUnit', () => {
  it.each([
    ['đồng', 'dong'], ['VNĐ', 'dong'], ['VND', 'dong'], ['đ', 'dong'],
    ['nghìn đồng', 'thousand'], ['ngàn đồng', 'thousand'], ['nghìn đ', 'thousand'], ['ng.đ', 'thousand'], ['ngđ', 'thousand'], ['1.000 đ', 'thousand'],
    ['1.000đ', 'thousand'], ['1000 đồng', 'thousand'], ['nghìn VNĐ', 'thousand'], ['thousand VND', 'thousand'],
    ['triệu đồng', 'million'], ['Tr.đồng', 'million'], ['tr.đ', 'million'], ['Trđ', 'million'], ['triệu', 'million'], ['1.000.000 đồng', 'million'],
    ['tỷ đồng', 'billion'], ['Tỷ đ', 'billion'], ['tỷ', 'billion'], ['billion VND', 'billion'],
  ])('%s → %s', (text, unit) => expect(parseMoneyUnit(text)).toBe(unit));

  it.each(['USD', 'việc', 'Tổng số', '10.000 đồng', 'nghìn USD'])('%s is not a unit', (text) => expect(parseMoneyUnit(text)).toBeNull());
});

describe('parseUnitLine', () => {
  it.each([
    ['Đơn vị tính: nghìn đồng', 'thousand'],
    ['(Đơn vị tính: nghìn đồng)', 'thousand'],
    ['Đơn vị: nghìn đồng', 'thousand'],
    ['Đơn vị: ngàn đồng', 'thousand'],
    ['Đơn vị tính: Tr.đồng', 'million'],
    ['ĐVT: Tr.đồng', 'million'],
    ['ĐVT: ngđ', 'thousand'],
    ['(Đơn vị tính: 1.000 đồng)', 'thousand'],
    ['Đơn vị tính: 1000đ', 'thousand'],
    ['Đơn vị tính: việc; nghìn đồng', 'thousand'],
    ['Đơn vị tính: Việc, 1.000đ', 'thousand'],
    ['Đơn vị tính: việc/nghìn đồng', 'thousand'],
    ['Đơn vị tính: Việc - Tiền: 1.000 đồng', 'thousand'],
    ['Đơn vị tính: tỷ đồng', 'billion'],
    ['Đơn vị tính: đồng', 'dong'],
    ['Unit: thousand VND', 'thousand'],
    ['Biểu số 07/TK-THA              Đơn vị tính: triệu đồng', 'million'],
    ['(nghìn đồng)', 'thousand'],
  ])('%s → %s', (text, unit) => expect(parseUnitLine(text)).toEqual({ kind: 'money', unit }));

  it.each(['Đơn vị: Cục THADS tỉnh Nam Định', 'Đơn vị báo cáo: Cục THADS tỉnh X', 'Đơn vị tính: việc', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'Đơn vị nhận báo cáo: Tổng cục THADS'])(
    '%s says nothing about money',
    (text) => expect(parseUnitLine(text)).toBeNull(),
  );

  it.each(['Đơn vị tính: USD', 'Đơn vị tính: 10.000 đồng', 'ĐVT: nghìn USD', 'Đơn vị tính: việc; USD'])('%s names money it cannot read', (text) =>
    expect(parseUnitLine(text)?.kind).toBe('unreadable'),
  );
});

import { isSectionNumber, rowLabel } from '../../src/input/labels.js';

describe('rowLabel: what a name cell says a row is', () => {
  it.each([
    ['Tổng cộng', 'total'], ['TỔNG CỘNG', 'total'], ['Tổng số chung', 'total'], ['Cộng chung', 'total'], ['Toàn ngành', 'total'], ['Toàn tỉnh', 'total'],
    ['Toàn quốc', 'total'], ['Cộng (I+II)', 'total'], ['Tổng số (A + B)', 'total'], ['Tổng cộng toàn tỉnh', 'total'], ['Total', 'total'],
    ['Các Phòng Thi hành án dân sự khu vực', 'section'], ['Các Phòng THADS khu vực', 'section'], ['Phòng THADS khu vực', 'section'], ['Phòng Thi hành án dân sự khu vực', 'section'],
    ['Cấp huyện', 'section'], ['II. Các Chi cục', 'section'], ['Khối Chi cục', 'section'], ['Chi cục THADS cấp huyện', 'section'], ['Cộng khối Phòng khu vực', 'section'],
    ['Cấp tỉnh', 'level'], ['I. Cấp tỉnh', 'level'],
    ['Phòng THADS khu vực 3', 'office'], ['Phòng Thi hành án dân sự khu vực 1 - Hà Nội', 'office'], ['Chi cục THADS huyện Mỹ Lộc', 'office'], ['Văn phòng Cục', 'office'],
    ['Cục THADS tỉnh Nam Định', 'office'], ['Khoái Châu', 'office'], ['A Lưới', 'office'], ['Ý Yên', 'office'], ['Vụ Bản', 'office'], ['Cồn Cỏ', 'office'], ['Tổng Đội', 'office'],
  ])('%s → %s', (text, label) => expect(rowLabel(text)).toBe(label));

  it.each([['I', true], ['IV.', true], ['xii', true], ['B', true], ['A.', true], ['1', false], ['12', false], ['', false], ['Mỹ Lộc', false]])('STT %s numbers a section: %s', (text, yes) =>
    expect(isSectionNumber(text)).toBe(yes),
  );
});
