// Round 29, findings 04 and 08. A numbered office row with text in some figure cells and no number
// ("2;… Đắk Đoa;Chưa nộp;;") was dropped without a word (2104 / 1700 printed for three offices,
// exit 0): any text there is refused at its cell, as "Chưa báo cáo" is, but a text saying the
// office was merged away, warned. A numbered place heading ("1;Thành phố Pleiku;;") over its
// office's unnumbered row drew OFFICE_WITHOUT_FIGURES though nothing is left out. Both readers.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-text-figures-', ['--year', '2019', '--format', 'json']);
const cases = (stdout: string) => JSON.parse(stdout).total.cases;

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEADER = 'STT;Đơn vị;Có điều kiện;Giải quyết xong;Ghi chú';
const IA_GRAI = '1;Chi cục THADS huyện Ia Grai;1.234;1.000;';
const CHU_SE = '3;Chi cục THADS huyện Chư Sê;870;700;';
const HINT = "  hint: fill in the office's figures (0 where nothing arose), or take the office out of the table and say so beside the total\n";

describe('a numbered office row whose figure cells hold text (finding 04)', () => {
  it.each([
    ['Chưa nộp;;', 'Chưa nộp', 3], ['Số liệu gửi sau;;', 'Số liệu gửi sau', 3], ['Xem biểu riêng;;', 'Xem biểu riêng', 3],
    ['Xem ghi chú;;Chưa nhận được báo cáo', 'Xem ghi chú', 3], ['Nghỉ;;', 'Nghỉ', 3], [';Số liệu gửi sau;', 'Số liệu gửi sau', 4],
  ])('%j: refused BAD_NUMBER at the first text cell', async (cells, text, column) => {
    const r = await both('text-viec-2019.csv', [TITLE, HEADER, IA_GRAI, `2;Chi cục THADS huyện Đắk Đoa;${cells}`, CHU_SE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const what = column === 3 ? 'cases with conditions' : 'cases resolved';
    expect(r.stderr).toBe(`FILE:4:${column}: error: ${what}: the office's row holds no figure: "${text}" is not a figure, so the office's figures are unknown, and a total without them is no total [BAD_NUMBER]\n${HINT}`);
  });

  it.each(['Đã sáp nhập', 'Sáp nhập vào Chi cục Ia Grai'])('%j: left out, warned at its cell; 1234 + 870 / 1000 + 700', async (text) => {
    const r = await both('merged-viec-2019.csv', [TITLE, HEADER, IA_GRAI, `2;Chi cục THADS huyện Đắk Đoa;${text};;`, CHU_SE]);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2104', resolved: '1700' });
    expect(r.stderr).toContain(`FILE:4:3: warning: "Chi cục THADS huyện Đắk Đoa" is numbered as an office but its row says "${text}" instead of figures: it is left out of the total and the count of offices [OFFICE_WITHOUT_FIGURES]`);
  });
});

describe('a numbered place heading over its office\'s row (finding 08)', () => {
  const LINES = [TITLE, 'STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Thành phố Pleiku;;', ';Chi cục THADS thành phố Pleiku;1.234;1.000', '2;Huyện Đắk Đoa;;', ';Chi cục THADS huyện Đắk Đoa;1.100;900', ';Tổng cộng;2.334;1.900'];

  it('no warning; 1234 + 1100 / 1000 + 900', async () => {
    const r = await both('places-viec-2019.csv', LINES);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2334', resolved: '1900', rate: '81.41' });
  });

  it('an office row without figures over another office\'s row is still warned', async () => {
    const r = await both('other-viec-2019.csv', [TITLE, 'STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Chi cục THADS huyện Ia Grai;1.234;1.000', '2;Chi cục THADS huyện Đắk Đoa;;', ';Chi cục THADS huyện Chư Sê;870;700']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:4:3: warning: "Chi cục THADS huyện Đắk Đoa" is numbered as an office but its row has no figure: it is left out of the total and the count of offices [OFFICE_WITHOUT_FIGURES]');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2104', resolved: '1700' });
  });
});
