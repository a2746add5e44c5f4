// Round 68a: two over-reaches of the file-name rules of this session. "Báo cáo thống kê năm 2019 -
// Mỹ Lộc.csv" named the office "thống kê" (nothing after the year is the office, and "thống kê" was
// no report word): Mỹ Lộc's config target (90 %) missed, "vượt 12,00% so với chỉ tiêu (74%)" printed,
// exit 0 — now the report's words are dropped and the office is Mỹ Lộc. And "Báo cáo năm 2019 - gửi
// tháng 10-2019.csv" (the month it was sent) named two years: YEAR_CONFLICT — now the sent month is
// no month of the figures.
import { describe, expect, it } from 'vitest';
import { officeFromFileName, yearsOfFileName } from '../../src/input/file-names.js';
import { bothReaders } from '../helpers/both-readers.js';

describe("a report's words before the year are no office", () => {
  it.each([
    ['Báo cáo thống kê năm 2019 - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Số liệu thống kê năm 2019 - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Biểu số liệu năm 2019 - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['BCTK 2019 - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Bao cao TK nam 2026 - khu vuc 1.csv', 'khu vuc 1'],
    ['BC TK 2019 My Loc.csv', 'My Loc'],
  ])('%s → %s', (file, office) => expect(officeFromFileName(file)).toBe(office));

  it('controls: an office before its year keeps its name ("Thống Nhất", a district of Đồng Nai)', () => {
    expect(officeFromFileName('Thống Nhất 2019.csv')).toBe('Thống Nhất');
    expect(officeFromFileName('Mỹ Lộc năm 2019.csv')).toBe('Mỹ Lộc');
  });
});

describe('the month a report was sent is no month of its figures', () => {
  it.each([
    'Báo cáo năm 2019 - gửi tháng 10-2019.csv',
    'Mỹ Lộc năm 2019 - cập nhật tháng 10.csv',
    'BC nam 2019 - nop thang 10 nam 2019.csv',
    'BC nam 2019 - sua thang 10.csv',
  ])('%s: statistics year 2019 only', (file) => expect(yearsOfFileName(file)).toEqual([2019]));

  it('control: "tháng 10-2019" without a verb is October 2019 — statistics year 2020', () => {
    expect(yearsOfFileName('Báo cáo tháng 10-2019.csv')).toEqual([2020]);
  });
});

describe('through both readers', () => {
  const { both } = bothReaders('thads-report-words-', ['--format', 'csv']);
  // By hand: 500 with conditions, 400 + 30 = 430 resolved; 430 / 500 = 86,00 %
  const LINES = [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,',
    'Năm,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Ghi chú',
    '2019,500,400,30,',
  ];

  it('"Báo cáo thống kê năm 2019 - Mỹ Lộc.csv": the office is Mỹ Lộc, 430 / 500 = 86.00 %', async () => {
    const r = await both('Báo cáo thống kê năm 2019 - Mỹ Lộc.csv', LINES);
    expect(r.code).toBe(0);
    const office = r.stdout.split('\n')[1]!.split(',');
    expect(office[1]).toBe('Mỹ Lộc');
    expect(r.stdout).toContain(',430,');
    expect(r.stdout).toContain(',86.00,');
  });

  it('"Báo cáo năm 2019 - gửi tháng 10-2019.csv": read as 2019 (was YEAR_CONFLICT)', async () => {
    // an office column this time: the name names none
    const r = await both('Báo cáo năm 2019 - gửi tháng 10-2019.csv', [LINES[0]!, 'Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Ghi chú', 'Mỹ Lộc,500,400,30,']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]!.split(',').slice(1, 3)).toEqual(['Mỹ Lộc', '2019']);
  });
});
