// Messages that misled a statistician, and a misread period (words46). Each reproduced on the old build:
//   - "2 | Chi cục THADS huyện Vụ Bản | 50 …" over "| Án tín dụng | 15 …" (no STT): refused
//     OFFICE_SUBTOTAL_MISMATCH saying "its enforcers' rows without an STT", its hint to name them in
//     an enforcer column — the rows are the office's breakdown by kind of cases (loại án);
//   - "Nguồn | Số việc ủy thác đi | 15" and "N.B. | …" (no colon) in the STT column: the generic
//     NOT_AN_OFFICE ("is no office and no total of offices"), where "Nguồn: | …" is said to hold a
//     note on the figures;
//   - a title "… TH 01/2025" / "Mẫu TH 01/2025" (a form's code, biểu tổng hợp 01) read as January
//     2025: beside a file named "… 12 thang 2025" refused YEAR_CONFLICT ("the title states the
//     period to 31/1/2025").
// Right: the kind-of-cases parts named so (read-csv.ts caseKindParts, collect.ts); the bare marks
// said to be a note (row-labels.ts notOfficeKind); "TH" apart from its number, undotted, no month
// (stated-years.ts MONTHS), so the title states the year 2025 and the name's whole year stands.
// Controls: kinds that add up to their office (read, the office once); a person's row under an
// office (still its enforcer's); "Nguồn:" with its colon; "Tháng 01/2025", "T01/2025", "tháng 1
// năm 2025", "TH3/2026" still months; "THỰC HIỆN" no month. Totals worked out by hand below.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--by', 'none'];
const { dir, file } = fileTree('thads-words46-');
const { both } = bothReaders('thads-words46-both-', ARGS);

const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const MY_LOC = '1;Chi cục THADS huyện Mỹ Lộc;100;80;60;5';
const VU_BAN = '2;Chi cục THADS huyện Vụ Bản;50;40;30;2';
// thụ lý 100 + 50 = 150; có ĐK 80 + 40 = 120; giải quyết xong (60 + 5) + (30 + 2) = 65 + 32 = 97;
// 97 / 120 = 80.8333… % → 80.83.
const RIGHT = ['TOTAL|150|120|97|80.83'];
const total = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

function run(name: string, lines: readonly string[], args: readonly string[] = ARGS) {
  const r = spawnThads(['summarize', file(name, lines), ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

describe('kinds of cases without an STT under an office that they do not add up to', () => {
  // "Án tín dụng" 15 ≠ Vụ Bản's 50: its row or its breakdown is wrong
  const lines = [HEAD, MY_LOC, VU_BAN, ';Án tín dụng;15;10;8;0'];

  it('is refused as the office\'s breakdown by kind of cases, not its enforcers\' rows', async () => {
    const r = await both('viec-2019.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:3: error: "Chi cục THADS huyện Vụ Bản" on this row is an office with figures/);
    expect(r.stderr).toContain('breakdown by kind of cases');
    expect(r.stderr).toContain('(line 4)');
    expect(r.stderr).not.toContain('enforcer');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
  });

  it('several kinds too ("Án tín dụng", "Án hình sự", "Án dân sự": 15 + 10 + 5 = 30 ≠ 50)', async () => {
    const r = await both('viec-2019.csv', [HEAD, MY_LOC, VU_BAN, ';Án tín dụng;15;10;8;0', ';Án hình sự;10;8;6;0', ';Án dân sự;5;4;3;0']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('breakdown by kind of cases');
    expect(r.stderr).toContain('(lines 4–6)');
    expect(r.stderr).not.toContain('enforcer');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
  });

  it('from a workbook too', async () => {
    const r = await summarizeLinesWorkbook(dir, 'viec-2019.xlsx', lines, ARGS);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('breakdown by kind of cases');
    expect(r.stderr).not.toContain('enforcer');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
  });

  it('control: kinds that add up to the office are its breakdown, the office counted once', async () => {
    // Án tín dụng 20 + Án hình sự 30 = 50; 15 + 25 = 40; (10 + 1) + (20 + 1) = 32 = 30 + 2: Vụ Bản's
    // row, its kinds not added → RIGHT (150, 120, 97, 80.83)
    const r = await both('viec-2019.csv', [HEAD, MY_LOC, VU_BAN, ';Án tín dụng;20;15;10;1', ';Án hình sự;30;25;20;1']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
  });

  it('control: a person\'s row there is still called the office\'s enforcer\'s', () => {
    const r = run('person/viec-2019.csv', [HEAD, MY_LOC, VU_BAN, ';Nguyễn Văn An;15;10;8;0']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain("its enforcers' rows without an STT");
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
  });
});

describe('"Nguồn", "N.B." without their colon in the STT column, figures beside', () => {
  const form = (mark: string) => [HEAD, MY_LOC, VU_BAN, `${mark};Số việc ủy thác đi;15;10;5;0`];

  it('are said to hold a note on the figures, as "Nguồn:" is (was the generic "is no office")', async () => {
    for (const mark of ['Nguồn', 'N.B.', 'Nguon', 'Nguồn số liệu', 'Nguồn:']) {
      const r = await both('viec-2019.csv', form(mark));
      expect(r.code, `${mark}: ${r.stderr}`).toBe(1);
      expect(r.stdout, mark).toBe('');
      expect(r.stderr, mark).toMatch(/^FILE:4:1: error: ".*" holds a note on the figures/);
      expect(stderrCodes(r.stderr), mark).toEqual(['NOT_AN_OFFICE']);
    }
  });

  it('from a workbook too', async () => {
    const r = await summarizeLinesWorkbook(dir, 'nguon-2019.xlsx', form('Nguồn'), [...ARGS, '--measure', 'cases']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('!A4: error: "Nguồn Số việc ủy thác đi" holds a note on the figures');
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });

  it('control: the file without the line is read (RIGHT)', async () => {
    const r = await both('viec-2019.csv', [HEAD, MY_LOC, VU_BAN]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
  });
});

