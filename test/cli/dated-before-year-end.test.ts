// A report whose own lines date it before its statistics year ends (traps39 per t13: "2018.csv"
// under "(Kèm theo Báo cáo số 45/BC-CTHADS ngày 05/4/2018)" was read as the whole year 2018,
// 1/10/2017–30/9/2018, exit 0): a report of 5/4/2018 cannot hold figures to 30/9/2018. Refused
// at the line that dates it, through both readers, where nothing states its period; read as
// before where the date is after the year's end, a period's bound, a form's citation, or where the
// title or the name states the period. Hand figures: 550 + 600 = 1150 with conditions, 480 + 540
// = 1020 resolved, 1020 / 1150 = 88.70 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-dated-', ['--format', 'json']);
const ROWS = ['Đơn vị,Tổng số thụ lý việc,Việc có điều kiện,Việc giải quyết xong', 'Chi cục THADS huyện Mỹ Lộc,650,550,480', 'Chi cục THADS huyện Vụ Bản,700,600,540'];

interface Out {
  readonly period?: { readonly start: string; readonly end: string };
  readonly total: { readonly cases: { readonly withConditions: string; readonly resolved: string; readonly rate: string } };
}

describe('a report dated before its statistics year ends', () => {
  it.each([
    // name, title lines, the line and column dating it
    ['2018.csv', ['(Kèm theo Báo cáo số 45/BC-CTHADS ngày 05/4/2018)'], '1:1'],
    ['2018.csv', ['(Kèm theo Báo cáo số 45/BC-CTHADS ngày 05 tháng 4 năm 2018)'], '1:1'],
    ['2018.csv', ['"Nam Định, ngày 05 tháng 4 năm 2018"', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018'], '1:1'],
    ['bao-cao.csv', ['CỤC THADS TỈNH NAM ĐỊNH,,"Nam Định, ngày 05 tháng 4 năm 2018"', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018'], '1:3'],
  ])('%s under %j: refused at %s, nothing printed', async (name, title, at) => {
    const r = await both(name, [...title, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:${at}: error: the report is dated 5/4/2018, before statistics year 2018 ends on 30/9/2018, and nothing states its period: its figures are of a part of the year, which thads cannot tell [DATED_BEFORE_YEAR_END]`);
    expect(r.stderr).toContain('hint: state the report\'s period in its title ("6 THÁNG ĐẦU NĂM 2018", "(Từ 01/10/2017 đến 31/3/2018)") or its file name ("6-thang-2018.csv")');
  });

  it.each([
    // an annual report written after the year's end (10/10/2018)
    ['2018.csv', ['(Kèm theo Báo cáo số 145/BC-CTHADS ngày 10/10/2018)'], undefined],
    ['2018.csv', ['Nam Định, ngày 15 tháng 10 năm 2018'], undefined],
    // a form's citation is no report's day
    ['2018.csv', ['(Ban hành kèm theo Thông tư số 01/2013/TT-BTP ngày 03/01/2013)'], undefined],
    // 5/4/2018 is after statistics year 2017 ended (30/9/2017)
    ['2017.csv', ['(Kèm theo Báo cáo số 45/BC-CTHADS ngày 05/4/2018)'], undefined],
    // a stated period: six months to 31/3/2018, written on 5/4/2018
    ['6-thang-2018.csv', ['(Kèm theo Báo cáo số 45/BC-CTHADS ngày 05/4/2018)'], { start: '2017-10-01', end: '2018-03-31' }],
    ['2018.csv', ['(Kèm theo Báo cáo số 45/BC-CTHADS ngày 05/4/2018)', 'Số liệu từ 01/10/2017 đến 31/3/2018'], { start: '2017-10-01', end: '2018-03-31' }],
    ['2018.csv', ['Số liệu từ 01/10/2017 đến 31/3/2018'], { start: '2017-10-01', end: '2018-03-31' }],
    // the whole year said outright, its figures written before 30/9
    ['2018.csv', ['(Kèm theo Báo cáo số 45/BC-CTHADS ngày 25/9/2018)', '(Từ 01/10/2017 đến 30/9/2018)'], undefined],
  ])('%s under %j: read as 1020 / 1150 = 88.70 %%, the period %j', async (name, title, period) => {
    const r = await both(name, [...title, ...ROWS]);
    expect(r.stderr).not.toContain('DATED_BEFORE_YEAR_END');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Out;
    expect(json.period === undefined ? undefined : { start: json.period.start, end: json.period.end }).toEqual(period);
    expect([json.total.cases.withConditions, json.total.cases.resolved, json.total.cases.rate]).toEqual(['1150', '1020', '88.70']);
  });

  it('a "ngày" in an office\'s cell or a judgment\'s day in a row is no report\'s day', async () => {
    const r = await both('2018.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', ...ROWS, 'Ghi chú: Bản án số 12/2018/DS-ST ngày 05/4/2018 chưa thi hành,,,']);
    expect(r.stderr).not.toContain('DATED_BEFORE_YEAR_END');
    expect(r.code).toBe(0);
  });
});
