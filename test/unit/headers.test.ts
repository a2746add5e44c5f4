// Header cells as real exports spell them → field, measure and money unit.
import { describe, expect, it } from 'vitest';
import { HeaderMatcher, isConnector, looksLikeResolvedPart } from '../../src/input/headers.js';

const matcher = new HeaderMatcher();

/** "cases_with_conditions", "money_total@thousand", "?_resolved" (measure left to the file), "district". */
function show(cell: string, m = matcher): string {
  const r = m.match(cell);
  if (r.kind === 'figure') return `${r.measure ?? '?'}_${r.field}${r.unit ? `@${r.unit}` : ''}`;
  if (r.kind === 'identity') return r.key;
  return r.kind;
}

describe('HeaderMatcher.match', () => {
  it.each([
    // canonical names and English labels, any case
    ['cases_with_conditions', 'cases_with_conditions'],
    ['CASES_WITH_CONDITIONS', 'cases_with_conditions'],
    ['Cases with conditions', 'cases_with_conditions'],
    ['Money carried forward', 'money_carried_forward'],
    ['Money resolved (VND)', 'money_resolved@dong'],
    // Vietnamese, measure as prefix
    ['Việc có điều kiện', 'cases_with_conditions'],
    ['Số việc thụ lý mới', 'cases_new'],
    ['Tiền giảm thi hành án', 'money_reduced'],
    ['Số tiền thi hành xong', 'money_completed'],
    ['Giá trị thi hành xong', 'money_completed'],
    // measure as suffix, in parentheses or not
    ['Có điều kiện (việc)', 'cases_with_conditions'],
    ['Chưa có điều kiện (tiền)', 'money_without_conditions'],
    ['Có điều kiện thi hành (việc)', 'cases_with_conditions'],
    ['Có điều kiện - việc', 'cases_with_conditions'],
    // the forms' "… thi hành án", "… THA" (were MISSING_COLUMN); "Chưa có …" stays without conditions
    ['Việc có điều kiện thi hành án', 'cases_with_conditions'],
    ['Tiền có điều kiện thi hành án', 'money_with_conditions'],
    ['Việc có điều kiện THA', 'cases_with_conditions'],
    ['Tiền có điều kiện THA (nghìn đồng)', 'money_with_conditions@thousand'],
    ['Có điều kiện thi hành án dân sự', '?_with_conditions'],
    ['Có điều kiện THADS (việc)', 'cases_with_conditions'],
    ['Việc chưa có điều kiện thi hành án', 'cases_without_conditions'],
    ['Chưa có điều kiện THA (tiền)', 'money_without_conditions'],
    ['Tiền chưa có điều kiện thi hành án dân sự', 'money_without_conditions'],
    // measure inside the label
    ['Tổng số tiền thụ lý', 'money_total'],
    ['Tổng số việc thụ lý', 'cases_total'],
    ['Tổng số tiền phải thi hành', 'money_to_execute'],
    // units in the header (a unit alone says money)
    ['Tiền có điều kiện (nghìn đồng)', 'money_with_conditions@thousand'],
    ['Có điều kiện (nghìn đồng)', 'money_with_conditions@thousand'],
    ['Tiền giải quyết xong (1.000 đ)', 'money_resolved@thousand'],
    ['Tiền giải quyết xong (triệu đồng)', 'money_resolved@million'],
    ['Tiền thi hành xong (tỷ đồng)', 'money_completed@billion'],
    // tone placement, NFD, case, spacing, wrapped cells
    ['Việc uỷ thác', 'cases_delegated'],
    ['Việc ủy thác', 'cases_delegated'],
    ['Việc thu hồi, huỷ quyết định', 'cases_withdrawn'],
    ['Việc có điều kiện'.normalize('NFD'), 'cases_with_conditions'],
    ['VIỆC   CÓ ĐIỀU KIỆN', 'cases_with_conditions'],
    ['Có điều kiện\nthi hành', '?_with_conditions'],
    ['Giải quyết\r\nxong', '?_resolved'],
    // plain labels: the measure comes from the file (group row, --measure, file name)
    ['Có điều kiện', '?_with_conditions'],
    ['Năm trước chuyển sang', '?_carried_over'],
    ['Thi hành xong (giải quyết xong)', '?_resolved'],
    // identity and ignored columns
    ['Tên đơn vị', 'district'],
    ['Chi cục THADS', 'district'],
    ['Cục THADS tỉnh', 'province'],
    ['Năm', 'year'],
    ['STT', 'ignored'],
    ['Ghi chú', 'ignored'],
    ['', 'empty'],
    ['   ', 'empty'],
    // not a figure
    ['Về việc', 'unknown'],
    ['Đơn vị tính', 'unknown'],
    ['Tỷ lệ (%)', 'ignored'], // a rate: thads recomputes it
    // the forms' spellings of the parts of resolved
    ['Đình chỉ THA', '?_terminated'],
    ['Tạm đình chỉ THA', '?_suspended'],
    ['Miễn, giảm thi hành án', '?_reduced'],
    ['Được miễn, giảm thi hành án', '?_reduced'],
    ['Xét miễn, giảm', '?_reduced'],
    ['Xét miễn, giảm nghĩa vụ thi hành án', '?_reduced'],
    ['Tiền miễn, giảm thi hành án', 'money_reduced'],
    ['TH xong', '?_completed'],
    ['Tổng số giải quyết xong', '?_resolved'],
    ['Số tiền tổng số giải quyết xong', 'money_resolved'],
    // a sub-column named after the connector that links it to its group
    ['Trong đó: Thi hành xong', '?_completed'],
    ['Trong đó thi hành xong', '?_completed'],
    ['Chia ra: Đình chỉ', '?_terminated'],
    ['Trong đó', 'unknown'],
  ])('%j → %s', (cell, expected) => {
    expect(show(cell)).toBe(expected);
  });

  it('the measure of a group cell above a two-row header', () => {
    expect(matcher.measureOf('Về việc')).toBe('cases');
    expect(matcher.measureOf('VỀ TIỀN')).toBe('money');
    expect(matcher.measureOf('Tính bằng tiền')).toBe('money');
    expect(matcher.measureOf('Đơn vị')).toBeNull();
  });

  it('config aliases map any spelling, and win over built-in ones', () => {
    const m = new HeaderMatcher({ 'Số việc xong': 'cases_resolved', 'Đơn vị': 'province', 'Tiền CĐK': 'money_with_conditions' });
    expect(show('Số việc xong', m)).toBe('cases_resolved');
    expect(show('số  việc XONG', m)).toBe('cases_resolved');
    expect(show('Đơn vị', m)).toBe('province');
    expect(show('Tiền CĐK (nghìn đồng)', m)).toBe('money_with_conditions@thousand');
  });

  it('an alias copied with its unit keeps the unit (round 31b, 03: read as đồng, 1000× small)', () => {
    const m = new HeaderMatcher({ 'Số tiền có ĐK (nghìn đồng)': 'money_with_conditions', 'Tiền xong (triệu đồng)': 'resolved' });
    expect(show('Số tiền có ĐK (nghìn đồng)', m)).toBe('money_with_conditions@thousand');
    // a field without its measure: the unit makes it money, as beside any field's name
    expect(show('Tiền xong (triệu đồng)', m)).toBe('money_resolved@million');
  });
});

describe('columns thads computes itself', () => {
  it.each(['Tỷ lệ (%)', 'Tỷ lệ giải quyết xong', 'Tỉ lệ', 'Chỉ tiêu được giao', 'Xếp hạng', 'Rate', 'Cases rate'])('"%s" is ignored silently', (h) => {
    const role = new HeaderMatcher().match(h);
    expect(role.kind === 'ignored' || role.kind === 'unknown').toBe(true);
    if (h !== 'Cases rate') expect(role.kind).toBe('ignored');
  });
});

describe('words of a multi-row header', () => {
  it.each([
    ['Chia ra', true],
    ['Trong đó:', true],
    ['TRONG ĐÓ', true],
    ['Bao gồm', true],
    ['Trong đó: Thi hành xong', false],
    ['Giải quyết xong', false],
  ])('%j is a connector: %s', (cell, expected) => {
    expect(isConnector(cell)).toBe(expected);
  });

  it.each([
    ['Đình chỉ khác', true],
    ['Được xét giảm', true],
    ['Miễn nghĩa vụ', true],
    ['ĐC', true],
    ['Thực thu', true],
    ['Xong (việc)', true],
    ['Đã giải quyết', true],
    ['Tạm đình chỉ khác', false],
    ['Tăng, giảm so với cùng kỳ', false],
    ['Đơn vị tính', false],
    ['Hoãn khác', false],
  ])('unknown header %j reads like a part of resolved: %s', (cell, expected) => {
    expect(looksLikeResolvedPart(cell)).toBe(expected);
  });
});
