// One office on two rows, the second labelled in the notes column as another period's figures:
// "Cùng kỳ năm trước", "Năm 2025" in a 2026 report, or the year in two spans of days
// ("01/10/2025 - 30/6/2026" / "01/7/2026 - 30/9/2026"). thads summed both rows with exit 0 and one
// DUPLICATE_OFFICE warning: the "Ghi chú" column was read for parts of a year in words only, and
// the same notes under any other header ("Thời gian", "Chú thích") were refused. Figures by hand,
// what was printed: to execute 1.000 + 900 + 800 + 700 = 3.400, có ĐK 700 + 650 + 600 + 500 =
// 2.450 — the report's own rows alone are 1.800 / 1.300. Now refused PERIOD_COLUMN at the note
// (line 3, column 8), by both readers, the workbook too. Controls: the same note on an office's
// only row (maybe a remark), remarks on two rows ("Hoãn 3 tháng", "Tăng so với năm trước"), the
// report's own year ("Năm 2026"), and a span that is the whole statistics year are read as before.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const HEAD = 'STT;Tên đơn vị;Tổng số phải thi hành;Có điều kiện;Chưa có điều kiện;Thi hành xong;Đình chỉ;Ghi chú';
/** KV1 and KV2, each its own row (note `own`) then a second (note `other`). */
const twice = (own: string, other: string) => [
  HEAD,
  `1;Phòng THADS khu vực 1;1.000;700;250;500;20;${own}`,
  `;Phòng THADS khu vực 1;900;650;220;450;10;${other}`,
  `2;Phòng THADS khu vực 2;800;600;150;400;10;${own}`,
  `;Phòng THADS khu vực 2;700;500;150;350;10;${other}`,
];
/** TOTAL's to execute, with conditions, resolved and rate (csv --measure cases). */
function total(stdout: string): string[] {
  const header = stdout.split('\n')[0]!.split(',');
  const row = stdout.split('\n').find((l) => l.startsWith(',TOTAL,'))!.split(',');
  return ['cases_to_execute', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((c) => row[header.indexOf(c)]!);
}

const { dir } = fileTree('thads-note-other-period-');
const { both } = bothReaders('thads-note-other-period-b-', ['--measure', 'cases', '--format', 'csv']);

describe('a row noted as another period\'s, beside the office\'s own: refused, never summed', () => {
  it.each([
    ['Cùng kỳ năm trước', 'another period\'s figures, a comparison or a plan'],
    ['Năm 2025', 'the year 2025'],
    ['N-1', 'an earlier period\'s figures (a comparison)'],
    ['Kế hoạch', 'another period\'s figures, a comparison or a plan'],
  ])('"%s" under "Ghi chú": both readers, exit 1 at line 3 column 8', async (note, holds) => {
    const r = await both('Ninh Bình 2026.csv', twice('', note));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
    expect(r.stderr).toContain(`FILE:3:8: error: "${note}" under "Ghi chú" says this row of "Phòng THADS khu vực 1" holds ${holds}, not the report's own (2026), and line 2, a row of the same office, holds more of its figures`);
  });

  it('the other period\'s row first: refused at its note, naming the row below', async () => {
    const lines = [HEAD, '1;Phòng THADS khu vực 1;900;650;220;450;10;Cùng kỳ năm trước', '2;Phòng THADS khu vực 1;1.000;700;250;500;20;'];
    const r = await both('Ninh Bình 2026.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('FILE:2:8: error: "Cùng kỳ năm trước" under "Ghi chú" says this row of "Phòng THADS khu vực 1" holds another period\'s figures, a comparison or a plan, not the report\'s own (2026), and line 3, a row of the same office below it, holds more of its figures');
  });

  it('the year in two spans of days ("01/10/2025 - 30/6/2026" / "01/7/2026 - 30/9/2026"): refused at the second', async () => {
    const r = await both('Ninh Bình 2026.csv', twice('01/10/2025 - 30/6/2026', '01/7/2026 - 30/9/2026'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('FILE:3:8: error: "01/7/2026 - 30/9/2026" under "Ghi chú" says this row of "Phòng THADS khu vực 1" holds the figures of another period than the report\'s, not the report\'s own (2026), and line 2, a row of the same office, holds more of its figures');
  });

  it('the xlsx twin: refused at H3', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Ninh Bình 2026.xlsx', twice('', 'Cùng kỳ năm trước'), ['--measure', 'cases', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
    expect(r.stderr).toMatch(/!H3: error: "Cùng kỳ năm trước" under "Ghi chú"/);
  });
});

describe('controls: notes that label no row of another period keep their reading', () => {
  it('the note on each office\'s only row: summed as before, 1.800 / 1.300 / 930, 71,54 %', async () => {
    // (500 + 20 + 400 + 10) / (700 + 600) = 930 / 1.300 = 71,538… %
    const lines = [HEAD, '1;Phòng THADS khu vực 1;1.000;700;250;500;20;Cùng kỳ năm trước: 900', '2;Phòng THADS khu vực 2;800;600;150;400;10;Năm 2025'];
    const r = await both('Ninh Bình 2026.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['1800', '1300', '930', '71.54']);
  });

  it.each([
    ['Hoãn 3 tháng', 'Hoãn 6 tháng'],
    ['', 'Tăng so với năm trước'],
    ['', 'Năm 2026'],
    ['', '01/10/2025 - 30/9/2026'],
    ['', 'Số CHV: 5'],
  ])('"%s" / "%s" on an office\'s two rows: summed as before, 3.400 / 2.450 / 1.750, 71,43 %', async (own, other) => {
    const r = await both('Ninh Bình 2026.csv', twice(own, other));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    // resolved = completed + terminated: 520 + 460 + 410 + 360 = 1.750; 1.750 / 2.450 = 71,428… %
    expect(total(r.stdout)).toEqual(['3400', '2450', '1750', '71.43']);
  });
});
