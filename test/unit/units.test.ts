// Money units as the forms write them: a unit misread is a total 1,000× off (issue 12).
import { describe, expect, it } from 'vitest';
import { findUnitLine, mentionsMoney, parseHeaderUnit, parseMoneyUnit, parseUnitLine } from '../../src/input/units.js';

describe('parseMoneyUnit', () => {
  it.each([
    ['đồng', 'dong'], ['VNĐ', 'dong'], ['VND', 'dong'], ['đ', 'dong'],
    ['nghìn đồng', 'thousand'], ['ngàn đồng', 'thousand'], ['nghìn đ', 'thousand'], ['ng.đ', 'thousand'], ['ngđ', 'thousand'], ['1.000 đ', 'thousand'],
    ['1.000đ', 'thousand'], ['1000 đồng', 'thousand'], ['nghìn VNĐ', 'thousand'], ['thousand VND', 'thousand'],
    ['triệu đồng', 'million'], ['Tr.đồng', 'million'], ['tr.đ', 'million'], ['Trđ', 'million'], ['triệu', 'million'], ['1.000.000 đồng', 'million'],
    ['tỷ đồng', 'billion'], ['Tỷ đ', 'billion'], ['tỷ', 'billion'], ['billion VND', 'billion'], ['tỉ đồng', 'billion'], ['Tỉ đ', 'billion'], ['tỉ', 'billion'],
  ])('%s → %s', (text, unit) => expect(parseMoneyUnit(text)).toBe(unit));

  it.each([['x1000', 'thousand'], ['x1.000', 'thousand'], ['× 1.000 đồng', 'thousand'], ['*1000', 'thousand'], ['x1.000.000', 'million'], ['x1000000000', 'billion']])(
    'multiplier %s → %s',
    (text, unit) => expect(parseMoneyUnit(text)).toBe(unit),
  );

  it.each([['000đ', 'thousand'], ['000đồng', 'thousand'], ['000VNĐ', 'thousand'], ['x1000đ', 'thousand'], ['x1.000đ', 'thousand'], ['trđồng', 'million'], ['Tr.đồng', 'million']])(
    'written without spaces, as forms abbreviate: %s → %s',
    (text, unit) => expect(parseMoneyUnit(text)).toBe(unit),
  );

  it.each([['VND million', 'million'], ['VND mn', 'million'], ['VND bn', 'billion'], ['VND billion', 'billion'], ['VND thousand', 'thousand'], ["VND '000", 'thousand']])(
    'currency first, as English headers write it: %s → %s',
    (text, unit) => expect(parseMoneyUnit(text)).toBe(unit),
  );

  it.each(['USD million', 'VND hundred', 'million USD'])('%s is no unit thads reads, but names money', (text) => {
    expect(parseMoneyUnit(text)).toBeNull();
    expect(mentionsMoney(text)).toBe(true);
  });

  it.each(['USD', 'việc', 'Tổng số', '10.000 đồng', 'nghìn USD', 'x10', 'x100', 'x2019', 'x1000 USD'])('%s is not a unit', (text) => expect(parseMoneyUnit(text)).toBeNull());

  it('"500đ" names money but no unit thads reads: said, never đồng', () => expect(mentionsMoney('500đ')).toBe(true));

  it.each(['x10', 'x100 đồng', 'x1000 USD', 'Đv: 1.000', 'Đv: USD'])('%s names money: never read as đồng', (text) => expect(mentionsMoney(text)).toBe(true));
});

describe('parseHeaderUnit: a unit in a header\'s parentheses, alone or labelled', () => {
  it.each([['nghìn đồng', 'thousand'], ['x1000', 'thousand'], ['Đv: 1.000đ', 'thousand'], ['ĐV: 1.000 đồng', 'thousand'], ['ĐVT: triệu đồng', 'million']])(
    '%s → %s',
    (text, unit) => expect(parseHeaderUnit(text)).toBe(unit),
  );
  it.each(['việc', 'Đv: 1.000', 'Đv: việc', 'x10'])('%s → null', (text) => expect(parseHeaderUnit(text)).toBeNull());
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
    ['Đơn vị tính: tỉ đồng', 'billion'],
    ['Đơn vị tính: tỉ đồng; tỉ lệ: %', 'billion'],
    ['Đơn vị tính: đồng', 'dong'],
    ['Unit: thousand VND', 'thousand'],
    ['Biểu số 07/TK-THA              Đơn vị tính: triệu đồng', 'million'],
    ['(nghìn đồng)', 'thousand'],
    // without diacritics, abbreviated, or labelled by the money itself
    ['DVT: nghin dong', 'thousand'],
    ['Don vi tinh: 1.000 dong', 'thousand'],
    ['DVT: 1000d', 'thousand'],
    ['Đ.v.t: 1.000 đ', 'thousand'],
    ['D.V.T: Tr.đ', 'million'],
    ['ĐV tính: 1.000 đ', 'thousand'],
    ['Đ/v tính: nghìn đồng', 'thousand'],
    ['đvt: ngàn đồng', 'thousand'],
    ['Đơn vị tiền: nghìn đồng', 'thousand'],
    ['Đơn vị tính bằng: nghìn đồng', 'thousand'],
    ['Đơn vị tính tiền: triệu đồng', 'million'],
    ['(Số tiền: 1.000 đồng)', 'thousand'],
    ['Tiền: nghìn đồng', 'thousand'],
    ['Don vi: nghin dong', 'thousand'],
    // findings 04–04e: a measure beside the unit, in parentheses, or no "Đơn vị tính" at all
    ['Đơn vị tính: tiền (nghìn đồng)', 'thousand'],
    ['Đơn vị tính: Số tiền (nghìn đồng)', 'thousand'],
    ['Đơn vị tính: Việc (về việc), nghìn đồng (về tiền)', 'thousand'],
    ['Tính bằng nghìn đồng', 'thousand'],
    ['Số liệu tính bằng nghìn đồng', 'thousand'],
    ['Tính bằng: nghìn đồng', 'thousand'],
    ['So lieu tinh bang nghin dong', 'thousand'],
    ['Đơn vị tính nghìn đồng', 'thousand'],
    ['ĐVT: việc/nghìn đồng', 'thousand'],
    ['Đơn vị tính: 1000đ (tiền)', 'thousand'],
    ['(Tiền: nghìn đồng; Việc: việc)', 'thousand'],
    ['(Việc: việc; Tiền: triệu đồng)', 'million'],
    ['Đơn vị tính tiền: Nghìn đồng', 'thousand'],
    ['Đơn vị tính: Việc (vụ), Tiền (nghìn đồng)', 'thousand'],
    ['Đơn vị tính: việc và nghìn đồng', 'thousand'],
    ['Đơn vị tính: nghìn đồng (ngđ)', 'thousand'],
    ['Đơn vị tính: nghìn đồng; tỷ lệ: %', 'thousand'],
    ['Đơn vị tính: nghìn đồng (Biểu số 07/TK-THA)', 'thousand'],
    ['Đơn vị: Cục THADS tỉnh Nam Định; Đơn vị tính: nghìn đồng', 'thousand'],
    // finding 05: "Đv" is "Đơn vị" cut short; a multiplier alone in parentheses
    ['Đv: 1.000đ', 'thousand'],
    ['(Đv: 1.000đ)', 'thousand'],
    ['ĐV: 1.000 đồng', 'thousand'],
    ['Đ.v: triệu đồng', 'million'],
    ['(x1000)', 'thousand'],
    ['(x1.000.000)', 'million'],
  ])('%s → %s', (text, unit) => expect(parseUnitLine(text)).toEqual({ kind: 'money', unit }));

  it.each([
    'Đơn vị: Cục THADS tỉnh Nam Định', 'Đơn vị báo cáo: Cục THADS tỉnh X', 'Đơn vị tính: việc', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'Đơn vị nhận báo cáo: Tổng cục THADS',
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC VÀ VỀ TIỀN', 'VỀ TIỀN - NĂM 2019', 'Tiền Hải', 'Tiền: năm 2019', 'Đơn vị: Chi cục THADS huyện Đông Anh',
    'Đơn vị: Chi cục Tiền Hải - Cục THADS Nam Định', 'Don vi: Cuc THADS tinh Nam Dinh',
    'Ghi chú: số tiền đã thu', 'BÁO CÁO SỐ LIỆU TÍNH BẰNG VIỆC VÀ TIỀN', 'Tỷ lệ tính bằng %', 'Kết quả tính bằng tiền đạt 40%', 'Đơn vị tính: việc (vụ)',
    'ĐV: Cục THADS tỉnh Nam Định', 'Đv: việc', 'Đv: 2019',
  ])(
    '%s says nothing about money',
    (text) => expect(parseUnitLine(text)).toBeNull(),
  );

  it.each(['Đơn vị tính: USD', 'Đơn vị tính: 10.000 đồng', 'ĐVT: nghìn USD', 'Đơn vị tính: việc; USD', 'DVT: nghin USD', 'Đơn vị: 10.000 đồng', 'Tiền: USD', 'Tiền: 1.000',
    // two units for one money (finding 04d), or a unit beside money thads cannot read
    'Đơn vị tính: đồng/nghìn đồng', 'Đơn vị tính: triệu đồng, tỷ đồng', 'Đơn vị tính: nghìn đồng; USD', 'Đơn vị tính: 1000 (nghìn đồng)', 'Tính bằng USD', 'Đơn vị tính: tiền (USD)',
    'Đv: 1.000', 'Đv: USD', 'ĐV: 10.000 đồng'])(
    '%s names money it cannot read',
    (text) => expect(parseUnitLine(text)?.kind).toBe('unreadable'),
  );
});

describe('findUnitLine: a unit line over the cells of a row', () => {
  it.each([
    [['', '', '', '', 'Đơn vị tính:', 'nghìn đồng'], 5],
    [['', 'Đơn vị tính:', '', '', '1.000 đồng'], 2],
    [['Đơn vị tính: Việc', ' 1.000 đồng'], 1],
    [['Đơn vị tính: 1', '000 đồng'], 1],
    [['ĐVT', 'nghìn đồng'], 1],
    [['Biểu số 07/TK-THA', '', 'Đơn vị tính: nghìn đồng', 'Ngày 15/01/2020'], 3],
    [['Đơn vị tính: Việc (về việc)', ' nghìn đồng (về tiền)'], 1],
    [['', 'Tính bằng', 'nghìn đồng'], 2],
    [['Đơn vị tính: nghìn đồng', 'Chi cục THADS huyện Tiền Hải'], 1],
  ])('%j: nghìn đồng, column %i', (cells, column) => expect(findUnitLine(cells, true)).toMatchObject({ line: { kind: 'money', unit: 'thousand' }, column }));

  it('"ĐVT" alone in a header row names a column, not a unit line', () => expect(findUnitLine(['ĐVT', 'Tiền có điều kiện'], false)).toBeNull());

  it.each([[['Đơn vị', 'Việc có điều kiện']], [['Đơn vị:', 'Cục THADS tỉnh Nam Định']], [['Đơn vị tính: việc', 'Ngày 15/1/2020']], [['Tiền Hải', 'nghìn đồng']]])('%j is no unit line', (cells) =>
    expect(findUnitLine(cells, true)).toBeNull(),
  );

  it('a unit and another unit in the next cell: unreadable, named whole', () =>
    expect(findUnitLine(['Đơn vị tính: đồng', 'nghìn đồng'], true)).toEqual({ line: { kind: 'unreadable', text: 'Đơn vị tính: đồng, nghìn đồng' }, column: 1, text: 'Đơn vị tính: đồng, nghìn đồng' }));

  it('a label and money it cannot read in the next cell: unreadable, named whole', () =>
    expect(findUnitLine(['', 'Đơn vị tính:', 'USD'], true)).toEqual({ line: { kind: 'unreadable', text: 'Đơn vị tính: USD' }, column: 2, text: 'Đơn vị tính: USD' }));
});

import { isSectionNumber, rowLabel } from '../../src/input/row-labels.js';

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
