// A three-row header (TT 01/2013's shape: "Tổng số thụ lý › Chia ra › Năm trước chuyển sang")
// whose "Hoãn" and "Tạm đình chỉ" stand outside "Có điều kiện", each one cell over two empty
// ones. Such columns are read as deferred (README), and are with two header rows; with three, the
// cell was its own group row's cell too, so "Hoãn" read as deferred was "a part of the group
// Hoãn (postponed)" and ignored with a warning: the Tổng cộng row's Hoãn 75 + Tạm đình chỉ 30 =
// 105 against the offices' (30 + 20) + (40 + 10) = 100 went unchecked, exit 0, and an office's
// relation to execute = có ĐK + chưa có ĐK + deferred too. Now read as deferred: the declared
// total refused (DECLARED_TOTAL_MISMATCH at line 4, column 13), by both readers.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const HEAD = [
  'STT;Tên đơn vị;Tổng số thụ lý;;;Tổng số phải thi hành;Có điều kiện;;;;;Chưa có điều kiện;Hoãn;Tạm đình chỉ',
  ';;Tổng số;Chia ra;;;Tổng số;Thi hành xong;Đình chỉ;Đang thi hành;Trường hợp khác;;;',
  ';;;Năm trước chuyển sang;Thụ lý mới;;;;;;;;;',
];
/** the total row's Hoãn `postponed`, then the two khu vực: 1.000 = 700 + 250 + 30 + 20, 800 = 600 + 150 + 40 + 10 */
const lines = (postponed: number, kv1Deferred = '30;20') => [
  ...HEAD,
  `;Tổng cộng;1.800;700;1.100;1.800;1.300;900;30;350;20;400;${postponed};30`,
  `1;Phòng THADS khu vực 1;1.000;400;600;1.000;700;500;20;170;10;250;${kv1Deferred}`,
  '2;Phòng THADS khu vực 2;800;300;500;800;600;400;10;180;10;150;40;10',
];
function total(stdout: string, columns: readonly string[]): string[] {
  const header = stdout.split('\n')[0]!.split(',');
  const row = stdout.split('\n').find((l) => l.startsWith(',TOTAL,'))!.split(',');
  return columns.map((c) => row[header.indexOf(c)]!);
}

const { both } = bothReaders('thads-three-row-deferred-', ['--measure', 'cases', '--by', 'none', '--format', 'csv']);

describe('"Hoãn" and "Tạm đình chỉ" outside "Có điều kiện" in a three-row header: read as deferred', () => {
  it('a Tổng cộng row the offices contradict (Hoãn 75, not 70): refused at line 4 column 13, nothing summed', async () => {
    const r = await both('Ninh Bình 2025.csv', lines(75));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['DECLARED_TOTAL_MISMATCH']);
    expect(r.stderr).toContain('FILE:4:13: error: declared total "Tổng cộng" has cases deferred 105, but the office rows add up to 100');
    expect(r.stderr).not.toContain('UNKNOWN_COLUMN');
  });

  it('the total agreeing (Hoãn 70): deferred 100 = 30 + 20 + 40 + 10, no warning, exit 0', async () => {
    const r = await both('Ninh Bình 2025.csv', lines(70));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 1.800 = 1.300 + 400 + 100; resolved 900 + 30 = 930 of 1.300: 71,538… %
    expect(total(r.stdout, ['cases_to_execute', 'cases_with_conditions', 'cases_without_conditions', 'cases_deferred', 'cases_resolved', 'cases_rate'])).toEqual(['1800', '1300', '400', '100', '930', '71.54']);
  });

  it('an office\'s deferred one off (Hoãn 31): its relation warned at its row', async () => {
    const r = await both('Ninh Bình 2025.csv', lines(71, '31;20'));
    expect(stderrCodes(r.stderr)).toContain('CONDITIONS_SPLIT_MISMATCH');
    expect(r.stderr).toContain('FILE:5:6: warning: cases: to execute 1000 ≠ with conditions 700 + without conditions 250 + deferred 51 = 1001');
  });
});
