// Round 37, findings 04 and 05: two false refusals of ordinary files.
// 04: "Chưa giải quyết xong (chuyển kỳ sau)" was refused UNKNOWN_RESOLVED_PART, with a hint to
//     map NOT-resolved cases onto terminated (a wrong rate). "Chưa" negates: never a part of
//     resolved; beside "chuyển kỳ sau" it is carried forward, alone it is warned and ignored.
// 05: a per-enforcer form (TT 05/2024) with "Năm sinh" 1980 / 1987 on one office's rows was
//     refused PERIOD_COLUMN: a year of birth, appointment or service is no period of figures.
// Both readers agree; totals by hand.
import { describe, expect, it } from 'vitest';
import { HeaderMatcher, looksLikeResolvedPart } from '../../src/input/headers.js';
import { namesAttribute } from '../../src/input/period-column.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-negated-attribute-', ['--by', 'none', '--format', 'json']);

type Cases = Record<string, string | boolean | null>;
const casesOf = (stdout: string): Cases => JSON.parse(stdout).total.cases as Cases;
const unknownColumn = (line: number, column: number, header: string) =>
  `FILE:${line}:${column}: warning: column "${header}" is not a known figure and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n`;

describe('looksLikeResolvedPart: a negated header is no part of resolved', () => {
  it.each(['Chưa giải quyết xong', 'Chưa giải quyết xong chuyển kỳ sau', 'Còn lại chưa giải quyết xong', 'Chưa thi hành xong', 'Số việc chưa giải quyết', 'Việc chưa GQ xong', 'Không giải quyết xong'])('%s → false', (h) => {
    expect(looksLikeResolvedPart(h)).toBe(false);
  });
  it.each(['Đình chỉ THA', 'Xét giảm', 'Thực thu', 'Đã xong'])('%s → true (as before)', (h) => expect(looksLikeResolvedPart(h)).toBe(true));
});

describe('HeaderMatcher: not resolved beside carried forward\'s name', () => {
  const m = new HeaderMatcher();
  it.each([
    ['Chưa giải quyết xong (chuyển kỳ sau)', null],
    ['Chưa giải quyết xong chuyển kỳ sau', null],
    ['Chưa GQ xong chuyển sang kỳ sau', null],
    ['Còn lại chưa thi hành xong (chuyển năm sau)', null],
    ['Chuyển kỳ sau (chưa giải quyết xong)', null],
    ['Việc chưa giải quyết xong chuyển kỳ sau', 'cases'],
  ] as const)('%s → carried_forward (%s)', (h, measure) => {
    expect(m.match(h)).toMatchObject({ kind: 'figure', field: 'carried_forward', measure });
  });
  it('with the money unit after it', () => {
    expect(m.match('Số tiền chưa giải quyết xong chuyển kỳ sau (nghìn đồng)')).toMatchObject({ kind: 'figure', field: 'carried_forward', measure: 'money', unit: 'thousand' });
  });
  it.each(['Chưa giải quyết xong', 'Còn lại chưa giải quyết xong', 'Chưa thi hành xong', 'Số việc chưa giải quyết', 'Việc chưa GQ xong', 'Có điều kiện chưa giải quyết xong', 'Chưa có điều kiện chuyển kỳ sau'])('%s → unknown, never guessed', (h) => {
    expect(m.match(h)).toEqual({ kind: 'unknown' });
  });
});

describe('04: a carried-forward column worded "chưa giải quyết xong"', () => {
  const file = (last: string, a = '70') => [
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC',
    `Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,${last}`,
    `Chi cục THADS huyện A,150,100,70,10,${a}`,
    'Chi cục THADS huyện B,300,200,140,10,150',
  ];
  // resolved (70+10) + (140+10) = 230 of 300 with conditions = 76.67 %; 2019's target 73
  const READ = { toExecute: '450', withConditions: '300', completed: '210', terminated: '20', resolved: '230', rate: '76.67', target: '73', gapPp: '3.67', met: true };

  it.each(['Chưa giải quyết xong chuyển kỳ sau', 'Chưa giải quyết xong (chuyển kỳ sau)', 'Chuyển kỳ sau'])('"%s" is read as carried forward: 230/300 = 76.67 %', async (h) => {
    const r = await both('viec-2019.csv', file(h));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(casesOf(r.stdout)).toMatchObject({ ...READ, carriedForward: '220' });
  });

  it('the column is read, not computed: 71 + 150', async () => {
    const r = await both('viec-2019.csv', file('Chưa giải quyết xong (chuyển kỳ sau)', '71'));
    expect(r.code).toBe(0);
    expect(casesOf(r.stdout)).toMatchObject({ ...READ, carriedForward: '221' });
  });

  it.each(['Chưa giải quyết xong', 'Còn lại chưa giải quyết xong', 'Chưa thi hành xong', 'Số việc chưa giải quyết', 'Việc chưa GQ xong', 'Việc chưa GQX'])('"%s" is ignored with a warning, never a part of resolved', async (h) => {
    const r = await both('viec-2019.csv', file(h));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(unknownColumn(2, 6, h));
    // carried forward computed: 450 − 230
    expect(casesOf(r.stdout)).toMatchObject({ ...READ, carriedForward: '220' });
  });

  it('an unknown part of resolved is still refused', async () => {
    const r = await both('viec-2019.csv', file('Xét giảm'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:6: error: column "Xét giảm" reads like a part of cases resolved (completed + terminated), but thads does not know it: resolved would be summed without it [UNKNOWN_RESOLVED_PART]');
  });
});

describe('namesAttribute: a person\'s or an office\'s year is no period', () => {
  it.each(['Năm sinh', 'Ngày sinh', 'Năm bổ nhiệm', 'Thời gian công tác (năm)', 'Năm công tác', 'Kỳ bổ nhiệm', 'Năm thành lập', 'Năm tuyển dụng', 'Năm vào ngành', 'Năm nghỉ hưu', 'Tuổi'])('%s → true', (h) => expect(namesAttribute(h)).toBe(true));
  it.each(['Kỳ', 'Thời gian', 'Năm 2018', 'Kỳ báo cáo', 'Năm phát sinh', 'Ghi chú', 'Ngạch'])('%s → false', (h) => expect(namesAttribute(h)).toBe(false));
});

describe('05: a per-enforcer form with a year of birth or appointment', () => {
  const file = (h: string, a: string, b: string, c: string) => [
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN',
    `STT,Đơn vị,Chấp hành viên,${h},Có điều kiện,Giải quyết xong`,
    `1,Phòng THADS khu vực 1,Nguyễn Văn An,${a},100,75`,
    `2,Phòng THADS khu vực 1,Trần Thị Bình,${b},200,150`,
    `3,Phòng THADS khu vực 2,Lê Văn Cường,${c},50,40`,
    'Tổng cộng,,,,350,265',
  ];
  const DUPLICATE = 'FILE:4: warning: office "Phòng THADS khu vực 1" appears on 2 rows (first on line 3), which are added together [DUPLICATE_OFFICE]\n  hint: its rows are added together; check that this is intended\n';

  it.each([
    ['Năm sinh', '1980', '1987', '1975'],
    ['Năm bổ nhiệm', '2012', '2019', '2016'],
    ['Thời gian công tác (năm)', '12', '5', '20'],
    ['Năm công tác', '2010', '2018', '2005'],
    ['Kỳ bổ nhiệm', '2012', '2019', '2016'],
    ['Ngạch', 'Trung cấp', 'Sơ cấp', 'Cao cấp'],
  ])('"%s": the enforcers\' rows summed, 265/350 = 75.71 %', async (h, a, b, c) => {
    const r = await both('viec-2025.csv', file(h, a, b, c));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(unknownColumn(2, 4, h) + DUPLICATE);
    // 2025's target 83.9: 75.71 − 83.9 = −8.19
    expect(casesOf(r.stdout)).toMatchObject({ withConditions: '350', resolved: '265', rate: '75.71', target: '83.9', gapPp: '-8.19', met: false });
  });

  it('a period column with two years on one office\'s rows is still refused ("Năm 2018" header)', async () => {
    const r = await both('viec-2025.csv', file('Năm 2018', '1980', '1987', '1975'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:4: error: "1987" under "Năm 2018" names the year 1987, but line 3, a row of the same office "Phòng THADS khu vực 1", names 1980: thads reads a year only from a column named "Năm", --year or the file name, never from that column, and figures of different years are never added together [PERIOD_COLUMN]');
  });

  it.each(['Kỳ', 'Thời gian'])('"%s" holding another year is still refused', async (h) => {
    const r = await both('viec-2025.csv', file(h, '2025', '2024', '2025'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:4:4: error: "2024" under "${h}" says this row of "Phòng THADS khu vực 1" holds the year 2024, not the report's own (2025): thads reads a year only from a column named "Năm", --year or the file name, never from that column, and it would be added to the office's figures [PERIOD_COLUMN]`);
  });
});
