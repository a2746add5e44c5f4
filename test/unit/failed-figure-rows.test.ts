// A row whose figure cells hold only what a number went wrong into ("#N/A", "###", "'2100",
// “2.100”) was skipped as a title (SPEC §3 "no numeric cell") and its office left out of the
// total, exit 0. It is refused at the cell, in the words the workbook reader uses; titles,
// signatures, notes and column numbers stay skipped. A Markdown table's **bold** cells are read
// as the text inside. Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { holdsFailedFigure } from '../../src/input/layout.js';
import { markdownRecord, withoutEmphasis } from '../../src/input/markdown-cells.js';
import { failedFigure } from '../../src/input/numbers.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'csv'];
const { both } = bothReaders('thads-failed-figures-', ARGS);

const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong';
const DAK_DOA = '1;Chi cục THADS huyện Đắk Đoa;1.234;1.000';
const AN_KHE = '3;Chi cục THADS thị xã An Khê;100;50';

/** cases with conditions and resolved of the TOTAL row of --by none csv */
const totalOf = (stdout: string): string[] => {
  const [head, row] = stdout.trim().split('\n').map((l) => l.split(','));
  return ['cases_with_conditions', 'cases_resolved'].map((k) => row![head!.indexOf(k)]!);
};

describe('failedFigure: what a number went wrong into', () => {
  it.each([
    ['#N/A', 'the Excel error #N/A'], ['#REF!', 'the Excel error #REF!'], [' #value! ', 'the Excel error #VALUE!'], ['#DIV/0!', 'the Excel error #DIV/0!'],
    ['#NAME?', 'the Excel error #NAME?'], ['Err:502', 'the Excel error ERR:502'],
    ['###', '"###", what a spreadsheet shows for a number too wide for its column'],
    ["'2100", `"'2100", a number wrapped in quotes or marks, which makes it text`],
    ['“2.100”', '"“2.100”", a number wrapped in quotes or marks, which makes it text'],
    ['*2100', '"*2100", a number wrapped in quotes or marks, which makes it text'],
    ['≈2100', '"≈2100", a number wrapped in quotes or marks, which makes it text'],
    ['2100*', '"2100*", a number wrapped in quotes or marks, which makes it text'],
  ])('%j holds %s', (raw, holds) => expect(failedFigure(raw)?.holds).toBe(holds));

  it.each(['', '2100', 'Cấp tỉnh', '* Tín dụng', '(1)', 'x', '#N/A thiếu', "'", '**'])('%j is none', (raw) => expect(failedFigure(raw)).toBeNull());
});

describe('holdsFailedFigure: the cells that make a row without numbers an office\'s, refused', () => {
  it.each(['#N/A', '###', "'2100", '“2.100”', '#2100', '•2100', '_2100', '~2100', '= 5'])('%j: refused', (raw) => expect(holdsFailedFigure(raw)).toBe(true));
  it.each(['', ' ', 'Ngày 30 tháng 9 năm 2019', 'Cấp tỉnh', 'Đơn vị tính: việc', '(*) Số liệu sơ bộ', '[3]', '2100', '(1)', '-', 'x'])('%j: not', (raw) => expect(holdsFailedFigure(raw)).toBe(false));
});

describe('a row whose figures are all lost is refused at its first such cell', () => {
  it.each([
    ['#N/A', '#N/A', 'the Excel error #N/A', 'fix the formula the error comes from (a deleted row or column gives #REF!, a lookup of a missing name #N/A), then save or export again'],
    ['###', '########', '"###", what a spreadsheet shows for a number too wide for its column', 'the file was saved with cells "as shown": widen the column (or save without that option) and export again'],
    ["'2100", "'1800", `"'2100", a number wrapped in quotes or marks, which makes it text`, 'write the figure alone (2100), without the marks around it'],
    ['“2.100”', '“1.800”', '"“2.100”", a number wrapped in quotes or marks, which makes it text', 'write the figure alone (2.100), without the marks around it'],
  ])('%s %s (the office was left out: 1334 / 1050 printed)', async (a, b, holds, hint) => {
    const r = await both(`lost-${a.length}.csv`, [HEADER, DAK_DOA, `2;Chi cục THADS huyện Ia Grai;${a};${b}`, AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:3:3: error: cases with conditions: the cell holds ${holds}, not a figure [BAD_NUMBER]\n  hint: ${hint}\n`);
  });

  it('at the first such cell, after an empty one', async () => {
    const r = await both('lost-second.csv', [HEADER, DAK_DOA, '2;Chi cục THADS huyện Ia Grai;;#REF!', AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:4: error: cases resolved: the cell holds the Excel error #REF!, not a figure [BAD_NUMBER]');
  });

  it('one such cell beside a number says the same', async () => {
    const r = await both('one-cell.csv', [HEADER, DAK_DOA, '2;Chi cục THADS huyện Ia Grai;2.100;#N/A', AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:4: error: cases resolved: the cell holds the Excel error #N/A, not a figure [BAD_NUMBER]');
  });

  it('a total the lost row explains is refused at the row, before the total (finding 07)', async () => {
    const r = await both('lost-with-total.csv', ['Đơn vị;Việc có điều kiện;Việc giải quyết xong', 'Đắk Đoa;1.234;1.000', 'Ia Grai;#REF!;#REF!', 'An Khê;870;700', 'Tổng cộng;4.204;3.500']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:3:2: error: cases with conditions: the cell holds the Excel error #REF!, not a figure [BAD_NUMBER]');
  });

  it('titles, sections, signatures, notes, unit lines, column numbers and a repeated header stay skipped', async () => {
    const r = await both('skipped.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019',
      HEADER,
      '(1);(2);(3);(4)',
      'I;Cấp tỉnh;;',
      DAK_DOA,
      HEADER,
      'A;B;1;2',
      'II;Cấp huyện;;',
      AN_KHE,
      ';(*) Số liệu sơ bộ, 2 đơn vị báo cáo sau;;',
      ';Đơn vị tính: việc;;',
      ';;Ngày 30 tháng 9 năm 2019;',
      ';;NGƯỜI LẬP BIỂU;',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 1234 + 100, 1000 + 50
    expect(totalOf(r.stdout)).toEqual(['1334', '1050']);
  });
});

describe('a Markdown table ("|"): emphasis is formatting, the delimiter row no row', () => {
  it.each([
    ['**9.999**', '9.999'], ['__Tổng cộng__', 'Tổng cộng'], ['*870*', '870'], ['***870***', '870'], [' **870** ', '870'],
    ['* Tín dụng', '* Tín dụng'], ['**', '**'], ['2*3', '2*3'], ['870', '870'],
  ])('%j → %j', (cell, text) => expect(withoutEmphasis(cell)).toBe(text));

  it('the delimiter row is blank; a row of "-" (zeros) is not', () => {
    expect(markdownRecord(['', '---', ':---:', '---:', ''])).toEqual(['', '', '', '', '']);
    expect(markdownRecord(['', '-', '-', ''])).toEqual(['', '-', '-', '']);
  });

  const MD_HEADER = '| Đơn vị | Việc có điều kiện | Việc giải quyết xong |';
  const MD_ROWS = ['|---|---:|---:|', '| Chi cục THADS huyện Đắk Đoa | 1.234 | 1.000 |', '| Chi cục THADS huyện Ia Grai | 2.100 | 1.800 |'];

  it('a bold total the rows contradict is refused (3334 / 2800 was printed)', async () => {
    const r = await both('bold-total.csv', [MD_HEADER, ...MD_ROWS, '| **Tổng cộng** | **9.999** | **2.800** |']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:3: error: declared total "Tổng cộng" has cases with conditions 9999, but the office rows add up to 3334 [DECLARED_TOTAL_MISMATCH]');
  });

  it('a bold total that agrees is checked and not added', async () => {
    const r = await both('bold-total-ok.csv', [MD_HEADER, ...MD_ROWS, '| **Tổng cộng** | **3.334** | **2.800** |']);
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toEqual(['3334', '2800']);
  });

  it('a bold office row is added (it was dropped: 3334 / 2800)', async () => {
    const r = await both('bold-office.csv', [MD_HEADER, ...MD_ROWS, '| **Chi cục THADS thị xã An Khê** | **870** | **700** |']);
    expect(r.code).toBe(0);
    // 1234 + 2100 + 870, 1000 + 1800 + 700
    expect(totalOf(r.stdout)).toEqual(['4204', '3500']);
  });

  it('with an STT column the delimiter row is no title over the offices', async () => {
    const r = await both('stt.csv', ['| STT | Đơn vị | Việc có điều kiện | Việc giải quyết xong |', '|---|---|---:|---:|', '| 1 | Chi cục THADS huyện Đắk Đoa | 1.234 | 1.000 |', '| 2 | __Chi cục THADS huyện Ia Grai__ | _2.100_ | 1.800 |', '| | **Tổng cộng** | **3.334** | **2.800** |']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toEqual(['3334', '2800']);
  });

  it('outside a "|" file a mark around a number stays refused', async () => {
    const r = await both('star.csv', [HEADER, DAK_DOA, '2;Chi cục THADS huyện Ia Grai;*2100*;1.800', AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:3: error: cases with conditions: the cell holds "*2100*", a number wrapped in quotes or marks, which makes it text, not a figure [BAD_NUMBER]');
  });
});
