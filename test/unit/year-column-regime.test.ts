// The regime a header is read in, when the year comes from a Năm column: its rows' years'.
// From 2020 (TT 06/2019) "Hoãn" and "Tạm đình chỉ" right after "Chưa có điều kiện" are parts of
// deferred, outside có điều kiện; up to 2019 they are inside it. Read without the rows' years,
// they were read inside in a 2020 file (a silent wrong breakdown, a double count, a false
// refusal). Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const CSV = ['--format', 'csv'];
const { both } = bothReaders('thads-year-column-regime-', CSV);

/** The row of `district` (and `year`, when given) as field → cell. */
function rowOf(stdout: string, district: string, year?: string): Record<string, string> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[1] === district && (year === undefined || r[2] === year));
  expect(row, `${district} ${year ?? ''}`).toBeDefined();
  return Object.fromEntries(head!.map((h, i) => [h, row![i]!]));
}

const HEADER_01 = 'Năm,Đơn vị,Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ,Chưa có điều kiện,Hoãn,Tạm đình chỉ';

describe('a Năm column decides the regime of the header', () => {
  it('rows of 2020: Hoãn and Tạm đình chỉ after Chưa có điều kiện are deferred, as with --year 2020', async () => {
    const r = await both('nam-2020-viec.csv', [HEADER_01, '2020,Chi cục A,120,75,50,5,20,3,2', '2020,Chi cục B,60,40,30,2,15,4,1']);
    expect(r.code).toBe(0);
    const t = rowOf(r.stdout, 'TOTAL');
    // deferred 3+2 + 4+1; to execute 75+20+5 + 40+15+5; carried forward 160 − (80 + 7)
    expect([t.cases_deferred, t.cases_to_execute, t.cases_carried_forward, t.cases_postponed, t.cases_suspended]).toEqual(['10', '160', '73', '', '']);
  });

  it('a file named for 2020 with a Năm column of 2020: deferred once, not postponed and suspended too', async () => {
    const r = await both('nam-bc-2020_viec.csv', ['Năm,Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Chưa có điều kiện,Hoãn,Tạm đình chỉ', '2020,Chi cục A,100,75,50,5,20,3,2']);
    expect(r.code).toBe(0);
    const a = rowOf(r.stdout, 'Chi cục A');
    expect([a.cases_deferred, a.cases_postponed, a.cases_suspended]).toEqual(['5', '', '']);
  });

  it('rows of 2019 and 2020: refused at the Hoãn cell, which means another figure in each', async () => {
    const r = await both('nam-2019-2020-viec.csv', [
      'Năm,Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Đang thi hành,Chưa có điều kiện,Hoãn,Tạm đình chỉ',
      '2019,Chi cục A,100,80,50,5,15,20,6,4',
      '2020,Chi cục A,100,75,50,5,20,20,3,2',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'FILE:1:9: error: column "Hoãn" means postponed (inside with conditions) in statistics year 2019 (statistics years up to 2019), but a part of deferred (outside with conditions) in 2020 (statistics years from 2020), and the rows hold both years [YEAR_CONFLICT]',
    );
  });

  it('the same file with --year 2020 reads its 2020 row in the 2020 regime', async () => {
    const r = await both('nam-2019-2020-y-viec.csv', [
      'Năm,Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Đang thi hành,Chưa có điều kiện,Hoãn,Tạm đình chỉ',
      '2019,Chi cục A,100,80,50,5,15,20,6,4',
      '2020,Chi cục A,100,75,50,5,20,20,3,2',
    ], [...CSV, '--year', '2020']);
    expect(r.code).toBe(0);
    const a = rowOf(r.stdout, 'Chi cục A');
    expect([a.year, a.cases_deferred, a.cases_postponed, a.cases_in_progress]).toEqual(['2020', '5', '', '20']);
  });

  it('a 2021 form with an agreed Hoãn inside and Hoãn, Tạm đình chỉ outside: read as the file of 2021 is', async () => {
    const r = await both('nam-2021-viec.csv', [
      'Năm,Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Đang thi hành,Hoãn,Chưa có điều kiện,Hoãn,Tạm đình chỉ',
      '2021,Chi cục A,100,75,50,5,18,2,20,3,2',
    ]);
    expect(r.code).toBe(0);
    const a = rowOf(r.stdout, 'Chi cục A');
    expect([a.cases_postponed, a.cases_deferred, a.cases_suspended]).toEqual(['2', '5', '']);
  });

  it('rows of 2018: inside có điều kiện, as with --year 2018', async () => {
    const lines = [HEADER_01, '2018,Chi cục A,120,75,50,5,20,3,2'];
    const r = await both('nam-2018-viec.csv', lines);
    expect(r.code).toBe(0);
    const a = rowOf(r.stdout, 'Chi cục A');
    // to execute 75 + 20: no third group before 2020
    expect([a.cases_postponed, a.cases_suspended, a.cases_deferred, a.cases_to_execute]).toEqual(['3', '2', '', '95']);
    expect((await both('nam-2018-y-viec.csv', lines, [...CSV, '--year', '2018'])).stdout).toBe(r.stdout);
  });

  it('a header without Hoãn columns reads each row in its own year, 2019 and 2020 in one file', async () => {
    const r = await both('nam-no-hoan-viec.csv', ['Năm,Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Chưa có điều kiện', '2019,Chi cục A,100,80,50,20', '2020,Chi cục A,100,75,50,20'], [...CSV, '--by', 'year,district']);
    expect(r.code).toBe(0);
    // 2019: 100 = 80 + 20, no deferred; 2020: deferred 100 − 75 − 20
    expect([rowOf(r.stdout, 'Chi cục A', '2019').cases_deferred, rowOf(r.stdout, 'Chi cục A', '2020').cases_deferred]).toEqual(['', '5']);
  });
});
