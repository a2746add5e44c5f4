// The statistics year a title states, against the file name's (SPEC §3), run through both
// readers: the year-end title names the plan's year after the results' ("NĂM 2019 VÀ PHƯƠNG
// HƯỚNG NHIỆM VỤ NĂM 2020"), a period its comparison's ("cùng kỳ: …"); neither may turn the
// check off (the 2020 target was applied to 2019 figures, exit 0). A quarter IV is of the next
// statistics year (a right file was refused). Expected figures by hand: 230/300 = 76.67 %;
// 2019: target 73, required ceil(0.73 × 300) = 219, above 11; 2020: target 80.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'Đơn vị,Tổng số việc phải thi hành,Việc có điều kiện,Việc chưa có điều kiện,Việc giải quyết xong';
const ROWS = ['Mỹ Lộc,130,100,30,80', 'Vụ Bản,260,200,60,150', 'Tổng cộng,390,300,90,230'];
const YEAR_END = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2020';
const COMPARED = 'Số liệu từ 01/10/2018 đến 30/9/2019 (cùng kỳ: từ 01/10/2017 đến 30/9/2018)';

const { both } = bothReaders('thads-title-years-', ['--by', 'none', '--format', 'json']);
const json = ['--by', 'none', '--format', 'json'];

function cases(stdout: string) {
  const out = JSON.parse(stdout);
  const c = out.total.cases;
  return { year: out.year, target: c.target, gapPp: c.gapPp, required: c.required, aboveTarget: c.aboveTarget, met: c.met };
}
const OF_2019 = { year: 2019, target: '73', gapPp: '3.67', required: '219', aboveTarget: '11', met: true };

describe('a title that names the results\' year first, then a plan\'s or a comparison\'s', () => {
  it.each([
    ['xuat-ngay-2020-01-15.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', YEAR_END], 2],
    ['gui-Bo-2020.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', COMPARED], 2],
  ])('%s: the title says 2019, the name 2020: refused', async (name, title, line) => {
    const r = await both(name, [...title, HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:${line}: error: the file name says the year is 2020, but the title (line ${line}) says 2019 [YEAR_CONFLICT]`);
  });

  it('--year 2019 reads it as 2019 without a word; --year 2020 says the title\'s 2019', async () => {
    const r = await both('xuat-ngay-2020-01-15.csv', [YEAR_END, HEADER, ...ROWS], [...json, '--year', '2019']);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(OF_2019);
    const over = await both('xuat-ngay-2020-01-15.csv', [YEAR_END, HEADER, ...ROWS], [...json, '--year', '2020']);
    expect(over.code).toBe(0);
    expect(over.stderr).toContain('FILE:2: warning: the title (line 1) says the year is 2019; the rows are read as 2020, as --year says [OPTION_OVERRIDES_FILE]');
  });

  it.each([
    ['bao-cao-2019.csv', [YEAR_END]],
    ['gui-Bo-2019.csv', [COMPARED]],
    ['bc-2019.csv', ['KẾT QUẢ NĂM 2019 so với năm 2018']],
  ])('%s agrees with its title: 2019, no warning', async (name, title) => {
    const r = await both(name, [...title, HEADER, ...ROWS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toEqual(OF_2019);
  });

  it('a name without a year is not refused, and the title\'s year is the one --year is said to override', async () => {
    const r = await both('bao-cao.csv', [YEAR_END, HEADER, ...ROWS], [...json, '--year', '2020']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:2: warning: the title (line 1) says the year is 2019; the rows are read as 2020, as --year says [OPTION_OVERRIDES_FILE]');
  });

  it('a title whose "năm" and own period disagree states no year of its own: the name\'s is read, as before', async () => {
    const r = await both('bc-2019.csv', ['BÁO CÁO NĂM 2019 (từ 01/10/2019 đến 31/12/2019)', HEADER, ...ROWS]);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(OF_2019);
  });
});

describe('a quarter: quý IV of 2018 is October–December 2018, statistics year 2019', () => {
  const Q4 = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ QUÝ IV NĂM 2018';

  it('bc-quy-2019.csv titled "QUÝ IV NĂM 2018" is read as 2019', async () => {
    const r = await both('bc-quy-2019.csv', [Q4, HEADER, ...ROWS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toEqual(OF_2019);
  });

  it('bc-quy-2018.csv titled "QUÝ IV NĂM 2018" is refused: the quarter is of 2019', async () => {
    const r = await both('bc-quy-2018.csv', [Q4, HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1: error: the file name says the year is 2018, but the title (line 1) says 2019 [YEAR_CONFLICT]');
  });

  it('quý III of 2019 is of 2019', async () => {
    const r = await both('bc-quy-2019.csv', ['BÁO CÁO QUÝ III NĂM 2019', HEADER, ...ROWS]);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(OF_2019);
  });
});

describe('a period in "6T/2025" or in words states its statistics year (round 12 findings 03, 03b)', () => {
  it.each([['KẾT QUẢ 6T/2024'], ['KẾT QUẢ SÁU THÁNG ĐẦU NĂM 2024'], ['KẾT QUẢ 6 THÁNG ĐẦU NĂM THỐNG KÊ 2024']])('bc-2019.csv titled "%s" is refused: the title says 2024', async (title) => {
    const r = await both('bc-2019.csv', [title, HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1: error: the file name says the year is 2019, but the title (line 1) says 2024 [YEAR_CONFLICT]');
  });

  it.each([['KẾT QUẢ 12T/2019'], ['KẾT QUẢ MƯỜI HAI THÁNG NĂM 2019'], ['KẾT QUẢ NĂM THỐNG KÊ 2019']])('bc-2019.csv titled "%s" agrees: 2019, no warning', async (title) => {
    const r = await both('bc-2019.csv', [title, HEADER, ...ROWS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toEqual(OF_2019);
  });
});
