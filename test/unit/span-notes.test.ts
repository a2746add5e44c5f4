// A field's header note naming a span in a group's words ("Có điều kiện (lũy kế 12 tháng)",
// "Giải quyết xong lũy kế", "(trong tháng)"): judged as the same words in a group cell are
// (own-period.ts isOwnPeriod, judgeGroupSpans). Before, in a year report beside the month's
// unlabelled columns, the year's were dropped and the month's summed (80 / 60 printed, exit 0);
// alone they were refused MISSING_COLUMN; "(trong tháng)" beside "(lũy kế)" DUPLICATE_COLUMN.
// Both readers agree; totals by hand: Mỹ Lộc 300 / 230, Vụ Bản 500 / 400 → 800 / 630 = 78.75 %,
// against 2019's 73 %: +5.75 pp, met.
import { describe, expect, it } from 'vitest';
import { namesOwnRunningTotal, noteSpan } from '../../src/input/group-span.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-span-notes-', []);
const TITLE = ['CỤC THADS TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC'];
/** The year's (running total) figures under `suffix`, beside the month's (30 / 20, 50 / 40) unlabelled when `month`. */
const file = (period: string, suffix: string, month?: string) => [
  ...TITLE,
  period,
  month === undefined ? `Đơn vị;Có điều kiện${suffix};Giải quyết xong${suffix}` : `Đơn vị;Có điều kiện${month};Giải quyết xong${month};Có điều kiện${suffix};Giải quyết xong${suffix}`,
  month === undefined ? 'Mỹ Lộc;300;230' : 'Mỹ Lộc;30;20;300;230',
  month === undefined ? 'Vụ Bản;500;400' : 'Vụ Bản;50;40;500;400',
];
const run = (name: string, lines: readonly string[]) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none']);
const totalOf = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.cases_with_conditions, t.cases_resolved, t.cases_rate, t.cases_gap_pp, t.cases_met];
};
const YEAR = ['800', '630', '78.75', '5.75', 'true'];
const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.includes('warning'));

describe('noteSpan: the spans a note names in a group\'s words', () => {
  it.each([
    ['lũy kế 12 tháng', { kind: 'cumulative', start: null, end: null, months: 12 }],
    ['lũy kế cả năm', { kind: 'cumulative', start: null, end: null, months: 12 }],
    // "năm 2019" without "cả": the running total of that statistics year, to the report's last day
    ['lũy kế năm 2019', { kind: 'cumulative', start: null, end: null, year: 2019 }],
    ['lũy kế cả năm 2019', { kind: 'cumulative', start: null, end: null, months: 12, year: 2019 }],
    ['trong tháng', { kind: 'month', month: null, year: null }],
    ['tháng 9', { kind: 'month', month: 9, year: null }],
  ])('%s', (text, span) => expect(noteSpan(text)).toEqual(span));

  it.each(['lũy kế', 'Lũy kế từ đầu năm', 'trong kỳ', 'chuyển kỳ trước + thụ lý mới', 'kể cả đình chỉ', 'nghìn đồng'])('%s: none (the report\'s own, or no span)', (text) => expect(noteSpan(text)).toBeNull());

  it('"lũy kế" alone and "lũy kế từ đầu năm" run to the report\'s last day: its own figure', () => {
    expect(namesOwnRunningTotal('lũy kế')).toBe(true);
    expect(namesOwnRunningTotal('lũy kế từ đầu năm')).toBe(true);
    expect(namesOwnRunningTotal('lũy kế 12 tháng')).toBe(false);
    expect(namesOwnRunningTotal('trong tháng')).toBe(false);
  });
});

describe('a span as the suffix of a field\'s header, in a report of the year 2019', () => {
  it('"(lũy kế 12 tháng)" beside the unlabelled month: two columns of with_conditions, refused at the second (80 / 60 was printed)', async () => {
    const r = await run('luyke12-beside-viec-2019.csv', file('Năm 2019', ' (lũy kế 12 tháng)', ''));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('luyke12-beside-viec-2019.csv:4:4: error: column "Có điều kiện (lũy kế 12 tháng)" repeats cases_with_conditions (column 2) [DUPLICATE_COLUMN]');
  });

  it('"Có điều kiện lũy kế" (no brackets) beside the unlabelled month: refused the same (80 / 60 was printed)', async () => {
    const r = await run('luyke-beside-viec-2019.csv', file('Năm 2019', ' lũy kế', ''));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('luyke-beside-viec-2019.csv:4:4: error: column "Có điều kiện lũy kế" repeats cases_with_conditions (column 2) [DUPLICATE_COLUMN]');
  });

  it.each([' (lũy kế 12 tháng)', ' (lũy kế cả năm)', ' (lũy kế năm 2019)', ' (lũy kế từ đầu năm)', ' (lũy kế)', ' lũy kế 12 tháng', ' (12 tháng)', ' (cả năm)', ' (cả năm 2019)'])('"Có điều kiện%s" alone: the year, 800 / 630', async (suffix) => {
    const r = await run('alone-viec-2019.csv', file('Năm 2019', suffix));
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual([]);
    expect(totalOf(r.rows)).toEqual(YEAR);
  });

  it('"(trong tháng)" beside "(lũy kế)": the month ignored, the year read (DUPLICATE_COLUMN was said)', async () => {
    const r = await run('trong-thang-viec-2019.csv', file('Năm 2019', ' (lũy kế)', ' (trong tháng)'));
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual([
      'trong-thang-viec-2019.csv:4:2: warning: column "Có điều kiện (trong tháng)" names a part of a year ("trong tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
      'trong-thang-viec-2019.csv:4:3: warning: column "Giải quyết xong (trong tháng)" names a part of a year ("trong tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
    ]);
    expect(totalOf(r.rows)).toEqual(YEAR);
  });

  it.each([' (trong tháng)', ' trong tháng', ' (tháng 9)', ' (T9)', ' (quý IV)', ' (6 tháng)', ' (lũy kế 6 tháng)', ' (lũy kế năm 2018)'])('"Có điều kiện%s" alone: another period, refused MISSING_COLUMN', async (suffix) => {
    const r = await run('part-viec-2019.csv', file('Năm 2019', suffix));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^part-viec-2019\.csv:4: error: the header names no figure column; .*\[MISSING_COLUMN\]$/m);
  });

  it('the group row "Tháng 9 | Lũy kế 12 tháng" over the header stays read: 800 / 630', async () => {
    const r = await run('group-viec-2019.csv', [...TITLE, 'Năm 2019', ';Tháng 9;;Lũy kế 12 tháng;', 'Đơn vị;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong', 'Mỹ Lộc;30;20;300;230', 'Vụ Bản;50;40;500;400']);
    expect(r.code).toBe(0);
    expect(totalOf(r.rows)).toEqual(YEAR);
  });

  it('a note that is no period is let be: "Tổng số thụ lý (chuyển kỳ trước + thụ lý mới)" ignored as before, the rest read', async () => {
    const r = await run('tong-so-viec-2019.csv', [...TITLE, 'Năm 2019', 'Đơn vị;Tổng số thụ lý (chuyển kỳ trước + thụ lý mới);Có điều kiện (lũy kế 12 tháng);Giải quyết xong (lũy kế 12 tháng)', 'Mỹ Lộc;400;300;230', 'Vụ Bản;600;500;400']);
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual([
      'tong-so-viec-2019.csv:4:2: warning: column "Tổng số thụ lý (chuyển kỳ trước + thụ lý mới)" names a period or a plan ("chuyển kỳ trước + thụ lý mới"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]',
    ]);
    expect(totalOf(r.rows)).toEqual(YEAR);
  });
});

describe('in a report of a shorter period ("BÁO CÁO 6 THÁNG NĂM 2019": 1 October to 31 March)', () => {
  it.each([' (lũy kế)', ' lũy kế', ' (lũy kế 6 tháng)', ' (lũy kế năm 2019)'])('"Có điều kiện%s": the report\'s own running total, 800 / 630 (as "(lũy kế)" always was)', async (suffix) => {
    const r = await run('sau-thang-viec-2019.csv', file('BÁO CÁO 6 THÁNG NĂM 2019', suffix));
    expect(r.code).toBe(0);
    expect(totalOf(r.rows).slice(0, 3)).toEqual(['800', '630', '78.75']);
  });

  it.each([' (lũy kế 12 tháng)', ' (lũy kế cả năm)', ' (lũy kế cả năm 2019)', ' (lũy kế năm 2018)', ' (cả năm)', ' (cả năm 2019)'])('"Có điều kiện%s": the whole year (or another\'s) is not the report\'s period, refused MISSING_COLUMN', async (suffix) => {
    const r = await run('sau-thang-year-viec-2019.csv', file('BÁO CÁO 6 THÁNG NĂM 2019', suffix));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sau-thang-year-viec-2019\.csv:4: error: the header names no figure column; .*\[MISSING_COLUMN\]$/m);
  });
});
