// Two groups over the same sub-columns side by side, one naming a year: "Việc | Việc năm 2023"
// (last year's figures kept beside this year's, a comparison), under a title "NĂM 2024" (traps28
// 2, t24-hiddencol-viec2023: DUPLICATE_COLUMN "column … repeats cases_with_conditions (column
// 3)"). The group row's "năm 2023" was read as a title's year beside "NĂM 2024": no one year, so
// the file name's 2023 was taken, which made "Việc năm 2023" the report's own beside "Việc". Now
// a group row whose groups name different periods is no title: the title's year judges the
// groups, and a file name of another year is YEAR_CONFLICT (title against name). Two groups of
// no field that thads cannot tell apart ("Việc | Việc 2023") are refused naming both.
//
// Hand sums of the 2024 group: with conditions 1200 + 800 = 2000, resolved 1000 + 700 = 1700,
// 1700 / 2000 = 85.00 %. (The 2023 group: 1100 + 750 = 1850, 900 + 600 = 1500.)
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-year-groups-', ['--format', 'csv']);

function table(first: string, second: string): string[] {
  return [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024',
    `STT,Đơn vị,${first},,${second},`,
    ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
    '1,Chi cục THADS huyện Mỹ Lộc,1200,1000,1100,900',
    '2,Chi cục THADS huyện Vụ Bản,800,700,750,600',
  ];
}

function casesTotal(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => total[head!.indexOf(k)]!);
}

describe('a group naming a year beside groups of the same figures', () => {
  it('"Việc | Việc năm 2023" under "NĂM 2024" in a file named 2023: the title against the name (YEAR_CONFLICT), not DUPLICATE_COLUMN', async () => {
    const r = await both('bao-cao-2023.csv', table('Việc', 'Việc năm 2023'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:1: error: the file name says the year is 2023, but the title (line 1) says 2024 [YEAR_CONFLICT]');
  });

  it('"Việc năm 2024 | Việc năm 2023" under "NĂM 2024", no year in the file name: the title\'s group read (2000 / 1700), the other set aside', async () => {
    const r = await both('bao-cao.csv', table('Việc năm 2024', 'Việc năm 2023'));
    expect(r.code, r.stderr).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['2000', '1700', '85.00']);
    expect(r.stderr).toContain('column "Có điều kiện (Việc năm 2023)" names a period or a plan ("Việc năm 2023"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]');
  });

  it('"Việc năm 2023 | Việc năm 2024" (swapped) read the same (2000 / 1700)', async () => {
    const lines = table('Việc năm 2023', 'Việc năm 2024').map((l, i) => (i < 3 ? l : l.replace(/1200,1000,1100,900/, '1100,900,1200,1000').replace(/800,700,750,600/, '750,600,800,700')));
    const r = await both('bao-cao.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['2000', '1700', '85.00']);
  });

  it('control: "Việc | Việc năm 2023" in a file named 2024 reads "Việc" (2000 / 1700)', async () => {
    const r = await both('bao-cao-2024.csv', table('Việc', 'Việc năm 2023'));
    expect(r.code, r.stderr).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['2000', '1700', '85.00']);
  });

  it('"Việc | Việc 2023" (a year thads does not read as the group\'s period): refused naming both groups', async () => {
    const r = await both('bao-cao-2024.csv', table('Việc', 'Việc 2023'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:5: error: column "Có điều kiện" under the group "Việc 2023" repeats cases_with_conditions of column 3, under the group "Việc": two groups over the same figures side by side may be a comparison');
    expect(r.stderr).toContain('[DUPLICATE_COLUMN]');
  });
});
