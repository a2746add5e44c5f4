// Spellings of the year and province columns offices write (findings 08, 09 of round 8): each
// was an unknown column, so two years' rows, or two provinces' "Châu Thành", were added as one
// office with exit 0. Both readers must read them alike.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-identity-', ['--by', 'year', '--format', 'csv']);

/** province, district, year, cases with conditions, cases resolved of each CSV line */
function figures(stdout: string): string[] {
  const [head, ...lines] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = ['province', 'district', 'year', 'cases_with_conditions', 'cases_resolved'].map((k) => head!.indexOf(k));
  return lines.map((l) => at.map((i) => l[i]).join(','));
}

describe('a year column under another name holds the statistics year of each row', () => {
  const rows = ['2018,Mỹ Lộc,90,70', '2019,Mỹ Lộc,100,80', '2018,Vụ Bản,190,140', '2019,Vụ Bản,200,150'];

  it.each(['Năm báo cáo', 'Năm thống kê', 'Niên độ', 'Niên độ báo cáo', 'Kỳ báo cáo'])('%s', async (header) => {
    const r = await both('nam-dinh-2019.csv', [`${header},Đơn vị,Việc có điều kiện,Việc giải quyết xong`, ...rows]);
    expect(r.stderr).not.toContain('UNKNOWN_COLUMN');
    expect(r.code).toBe(0);
    // 2018: 90+190 / 70+140; 2019: 100+200 / 80+150
    expect(figures(r.stdout)).toEqual([',TOTAL,2018,280,210', ',TOTAL,2019,300,230']);
  });

  it('without --by year the two years are refused, never added', async () => {
    const r = await both('nam-dinh-2019.csv', ['Năm báo cáo,Đơn vị,Việc có điều kiện,Việc giải quyết xong', ...rows], ['--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the input holds figures of several years (2018, 2019), which are never added together [MIXED_YEARS]');
  });

  it('"Niên độ 2018-2019" is the statistics year 2019 (1/10/2018–30/9/2019); "2017-2019" is no year', async () => {
    const spans = ['2017-2018,Mỹ Lộc,90,70', '2018-2019,Mỹ Lộc,100,80', '2017 - 2018,Vụ Bản,190,140', 'Niên độ 2018–2019,Vụ Bản,200,150'];
    const r = await both('nam-dinh.csv', ['Niên độ,Đơn vị,Việc có điều kiện,Việc giải quyết xong', ...spans]);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual([',TOTAL,2018,280,210', ',TOTAL,2019,300,230']);
    const bad = await both('nam-dinh.csv', ['Niên độ,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '2017-2019,Mỹ Lộc,100,80']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('FILE:2:1: error: year "2017-2019" is not a year [BAD_NUMBER]');
  });

  // (round 34: "12 tháng" is the year-end report's own whole year, of the file's year 2019)
  it('"Kỳ báo cáo" holding "12 tháng" is the row\'s own year; a part of a year ("6 tháng") is no year: refused', async () => {
    const r = await both('nam-dinh-2019.csv', ['Kỳ báo cáo,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '12 tháng,Mỹ Lộc,100,80', '12 tháng,Vụ Bản,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual([',TOTAL,2019,300,230']);
    const part = await both('nam-dinh-2019.csv', ['Kỳ báo cáo,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '6 tháng,Mỹ Lộc,100,80', '6 tháng,Vụ Bản,200,150']);
    expect(part.code).toBe(1);
    expect(part.stdout).toBe('');
    expect(part.stderr).toContain('FILE:2:1: error: year "6 tháng" is not a year [BAD_NUMBER]');
  });
});

describe('a province column under another name keeps two provinces\' offices of one name apart', () => {
  it.each(['Tỉnh/TP', 'Tỉnh, TP', 'Tên tỉnh', 'Cục THADS tỉnh, TP', 'Tên tỉnh, thành phố'])('%s', async (header) => {
    const r = await both('cum-2019.csv', [
      `STT,"${header}",Đơn vị,Việc có điều kiện,Việc giải quyết xong`,
      '1,Bến Tre,Châu Thành,100,80', '2,Bến Tre,Ba Tri,200,150', '3,Tiền Giang,Châu Thành,110,90', '4,Tiền Giang,Cái Bè,210,160',
    ], ['--by', 'province,district', '--format', 'csv']);
    expect(r.stderr).not.toContain('UNKNOWN_COLUMN');
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
    expect(r.code).toBe(0);
    expect(figures(r.stdout)).toEqual([
      'Bến Tre,Châu Thành,2019,100,80',
      'Bến Tre,Ba Tri,2019,200,150',
      'Tiền Giang,Châu Thành,2019,110,90',
      'Tiền Giang,Cái Bè,2019,210,160',
      ',TOTAL,2019,620,480',
    ]);
  });
});
