// An Excel CSV whose every row past 16 lost its blank "Ghi chú" delimiter (trimmed), cut off inside
// the last figure of its last row with no line break after it, was read: the cut row looked exactly
// like a trimmed one, its last figure a fragment (tester's finding 69a/03: HCM 2024's money rate
// 28,16 % printed, 28,75 % right). Excel and LibreOffice end every row with a line break, the last
// included: a short last row with none after it is refused RAGGED_ROW there (excel-window.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothReaders, runArgs, summarizeCsvRows, type Run } from '../helpers/both-readers.js';

const { dir } = bothReaders('thads-cutlast-', []);

/** `text` written byte for byte (no line break added) as `name`. */
function writeText(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** summarize through both readers, which must agree; the reference's result. */
async function both(name: string, text: string): Promise<Run> {
  const argv = ['summarize', writeText(name, text), '--format', 'csv'];
  const reference = await runArgs(dir, argv, false);
  expect(await runArgs(dir, argv, true)).toEqual(reference);
  return reference;
}

/** The TOTAL row's cases with conditions, resolved, rate, money with conditions, resolved, rate; both readers, no error. */
async function totals(name: string, text: string): Promise<string[]> {
  const r = await summarizeCsvRows(dir, [writeText(name, text)], []);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const t = r.rows.find((row) => row.district === 'TOTAL')!;
  return [t.cases_with_conditions!, t.cases_resolved!, t.cases_rate!, t.money_with_conditions!, t.money_resolved!, t.money_rate!];
}

interface Form {
  readonly header: string;
  readonly d: string;
  readonly title: string;
  readonly unit: string;
}
const VI: Form = {
  header: 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong,Ghi chú',
  d: ',',
  title: 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019',
  unit: 'Đơn vị tính: Việc; đồng',
};
const WIDTH = 7;

/** Office i: 100+i cases with conditions, 50+i resolved, i·1.000.000 đồng with conditions, i·500.000 resolved. */
const office = (i: number, d: string): string => [String(i), `Office ${i}`, String(100 + i), String(50 + i), String(i * 1_000_000), String(i * 500_000)].join(d);

/**
 * Excel's "CSV" of offices 1–14: four title lines, the header on line 5, the offices on lines
 * 6–19; lines 1–16 with every delimiter, lines 17–19 (offices 12–14) without the blank notes'.
 * Rows as lines, no line break added.
 */
function excelLines(form: Form = VI): string[] {
  const pad = (cells: readonly string[]): string => [...cells, ...Array<string>(WIDTH - cells.length).fill('')].join(form.d);
  const lines = [pad([form.title]), pad([]), pad([]), pad(['', '', '', '', form.unit]), form.header.replaceAll(',', form.d)];
  for (let i = 1; i <= 14; i++) lines.push(lines.length < 16 ? `${office(i, form.d)}${form.d}` : office(i, form.d));
  return lines;
}
/** The lines cut inside office 14's money resolved, "7000000" become "70", no line break after it. */
function cut(lines: readonly string[], eol = '\r\n'): string {
  const whole = lines.join(eol);
  return `\ufeff${whole.slice(0, whole.length - '00000'.length)}`;
}

// By hand, offices 1–14: cases Σ(100+i) = 1400 + 105 = 1505, resolved Σ(50+i) = 700 + 105 = 805,
// 805/1505 = 53,488 → 53.49 %; money Σ i·1.000.000 = 105.000.000, Σ i·500.000 = 52.500.000, 50.00 %.
const WHOLE = ['1505', '805', '53.49', '105000000', '52500000', '50.00'];

const refusedAt = (line: number, cells: number): string =>
  `FILE:${line}:${cells}: error: this row has ${cells} cells, but the header has ${WIDTH}, and the file ends inside it, with no line break after it: Excel ends every row with one, the last included, so this row is cut off, not trimmed [RAGGED_ROW]`;
const HINT = '  hint: the file looks cut off (an interrupted download or copy, an attachment cut at a size limit): export or copy it again, whole';

describe('a short last row with no line break after it: cut off, refused RAGGED_ROW at it', () => {
  it.each([
    ['Excel, CRLF, UTF-8 BOM', cut(excelLines())],
    ['LibreOffice, LF', cut(excelLines(), '\n')],
    ['upper case, no diacritics', cut(excelLines({ ...VI, header: 'STT,DON VI,VIEC CO DIEU KIEN,VIEC GIAI QUYET XONG,TIEN CO DIEU KIEN,TIEN GIAI QUYET XONG,GHI CHU' }))],
    ['an English export ("Notes")', cut(excelLines({ header: 'No.,Office,Cases with conditions,Cases resolved,Money with conditions,Money resolved,Notes', d: ',', title: 'ANNUAL REPORT 2019', unit: 'Unit: cases; VND' }))],
    ['semicolons (a comma-decimal locale)', cut(excelLines({ ...VI, d: ';' }))],
  ])('%s: exit 1, line 19, nothing printed', async (_, text) => {
    // read as a trimmed row it would give money resolved 52.500.000 − 7.000.000 + 70 = 45.500.070: 43,33 %
    const r = await both('bao-cao-2019.csv', text);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([refusedAt(19, 6).replace('FILE', 'bao-cao-2019.csv'), HINT]);
  });

  it("the tester's shape: a total row last, trimmed, cut inside its last figure", async () => {
    const lines = [...excelLines(), ',Tổng cộng,1505,805,105000000,52500000'];
    const r = await both('bao-cao-2019.csv', cut(lines));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusedAt(20, 6).replace('FILE', 'bao-cao-2019.csv'));
  });

  it('a short last row cut right after a delimiter ("…,14000000,"): ends blank, refused as ever', async () => {
    const text = `\ufeff${excelLines().join('\r\n').replace(/7000000$/, '')}`;
    const r = await both('bao-cao-2019.csv', text);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('bao-cao-2019.csv:19:7: error: this row has 6 cells, but the header has 7 [RAGGED_ROW]');
  });
});

describe('over-reach controls: files that keep reading', () => {
  it('the same Excel file whole, with its final CRLF: the hand totals', async () => {
    expect(await totals('bao-cao-2019.csv', `\ufeff${excelLines().join('\r\n')}\r\n`)).toEqual(WHOLE);
  });

  it('whole, LF, its final line break kept: the hand totals', async () => {
    expect(await totals('bao-cao-2019.csv', `${excelLines().join('\n')}\n`)).toEqual(WHOLE);
  });

  it('a plain machine CSV (no notes column), no final line break, its last row complete: the hand totals', async () => {
    const lines = ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong'];
    for (let i = 1; i <= 14; i++) lines.push(office(i, ','));
    expect(await totals('bao-cao-2019.csv', lines.join('\n'))).toEqual(WHOLE);
  });

  it('every row with its notes delimiter (none trimmed), no final line break: the hand totals', async () => {
    const lines = [VI.header];
    for (let i = 1; i <= 14; i++) lines.push(`${office(i, ',')},`);
    expect(await totals('bao-cao-2019.csv', lines.join('\r\n'))).toEqual(WHOLE);
  });

  it('trimmed rows past 16, the last row whole with a note, no final line break: the hand totals', async () => {
    const lines = excelLines();
    lines[18] = `${office(14, ',')},Đạt`;
    expect(await totals('bao-cao-2019.csv', `\ufeff${lines.join('\r\n')}`)).toEqual(WHOLE);
  });

  it('a short Excel file (all rows within the first 16), no final line break: the hand totals', async () => {
    // offices 1–11 on lines 6–16: cases Σ(100+i) = 1100 + 66 = 1166, Σ(50+i) = 550 + 66 = 616,
    // 616/1166 = 52,830 → 52.83 %; money 66.000.000 and 33.000.000, 50.00 %
    const lines = excelLines().slice(0, 16);
    expect(await totals('bao-cao-2019.csv', `\ufeff${lines.join('\r\n')}`)).toEqual(['1166', '616', '52.83', '66000000', '33000000', '50.00']);
  });
});
