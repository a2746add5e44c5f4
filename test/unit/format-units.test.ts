// A money cell's number format that writes its unit beside the figure (`#,##0 "nghìn đồng"`
// shows "9.565.824 nghìn đồng"): the cell states its unit (xlsx/scaled-money.ts, units.ts
// parseFormatUnit). Round 63b, finding 01: such a sheet was read as đồng, 1,000× too small.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { parseFormatUnit } from '../../src/input/units.js';
import { formatLiteral } from '../../src/input/xlsx/number-format.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir } = bothReaders('thads-format-units-', ['--format', 'csv']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
/** the finding's figures: cases, then money as the cells store it */
const A = ['Chi cục A', 586, 533, 9565824, 7828290];
const B = ['Chi cục B', 655, 630, 16389337, 14164361];

interface Sheet {
  /** a unit line above the header */
  readonly unitLine?: string;
  /** the money cells' formats, office A's and B's (B's defaults to A's) */
  readonly money?: string;
  readonly moneyB?: string;
  /** the case cells' format */
  readonly cases?: string;
  readonly rows?: readonly (readonly (string | number)[])[];
}

/** Writes the sheet (title, unit line, header, offices: line 3 and 4 without a unit line) and summarizes it. */
async function run(name: string, s: Sheet) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 07');
  ws.addRow([TITLE]);
  if (s.unitLine) ws.addRow([s.unitLine]);
  ws.addRow(HEADER);
  for (const [i, office] of (s.rows ?? [A, B]).entries()) {
    const row = ws.addRow([...office]);
    const money = i === 0 ? s.money : (s.moneyB ?? s.money);
    for (const c of [4, 5]) if (money) row.getCell(c).numFmt = money;
    for (const c of [2, 3]) if (s.cases) row.getCell(c).numFmt = s.cases;
  }
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return summarizeCsvRows(dir, [file], []);
}

/** The TOTAL row's money with conditions and resolved, in đồng. */
async function moneyTotals(name: string, s: Sheet): Promise<string[]> {
  const r = await run(name, s);
  expect(r.code, r.stderr).toBe(0);
  const t = r.rows.find((row) => row.district === 'TOTAL')!;
  expect([t.cases_with_conditions, t.cases_resolved]).toEqual(['1241', '1163']); // 586 + 655, 533 + 630: never scaled
  return [t.money_with_conditions!, t.money_resolved!];
}

// By hand: 9.565.824 + 16.389.337 = 25.955.161 and 7.828.290 + 14.164.361 = 21.992.651 as the
// cells show them; × 10^3 in nghìn đồng, × 10^6 in triệu đồng, as shown in đồng.
const THOUSAND = ['25955161000', '21992651000'];
const MILLION = ['25955161000000', '21992651000000'];
const DONG = ['25955161', '21992651'];

describe('a unit written by the money cells\' format, no unit line: the cells\' unit', () => {
  it.each([
    ['#,##0 "nghìn đồng"', THOUSAND],
    ['#,##0 "ngàn đồng"', THOUSAND],
    ['#,##0" NGHÌN ĐỒNG"', THOUSAND],
    ['#,##0 "nghin dong"', THOUSAND],
    ['#,##0 "nghìn ₫"', THOUSAND],
    ['#,##0\\ \\n\\g\\đ', THOUSAND],
    ['#,##0 "thousand VND"', THOUSAND],
    ['#,##0 "tr.đ";-#,##0 "tr.đ";"-"', MILLION],
    ['#,##0 "triệu đồng"', MILLION],
  ])('%s', async (format, want) => expect(await moneyTotals('nghin-2019.xlsx', { money: format })).toEqual(want));

  it('#,##0.00 "tỷ": 9,57 + 16,39 = 25,96 tỷ and 7,83 + 14,16 = 21,99 tỷ, in đồng', async () => {
    const rows = [['Chi cục A', 586, 533, 9.57, 7.83], ['Chi cục B', 655, 630, 16.39, 14.16]];
    expect(await moneyTotals('ty-2019.xlsx', { money: '#,##0.00 "tỷ"', rows })).toEqual(['25960000000', '21990000000']);
  });

  it('the text report speaks of tỷ đồng (21,99/25,96 tỷ, rounded as it rounds), not 22/26 triệu', async () => {
    await run('text-2019.xlsx', { money: '#,##0 "nghìn đồng"' });
    const { io, stdout } = memoryIo(['summarize', join(dir, 'text-2019.xlsx'), '--format', 'text', '--lang', 'vi'], { env: {} });
    expect(await main(io)).toBe(0);
    // 21.992.651 / 25.955.161 = 84,73 %
    expect(stdout()).toContain('Về tiền, đã giải quyết xong 22/26 tỷ đồng có điều kiện thi hành, đạt 84,73%.');
  });
});

describe('refused: two units, or one thads cannot read', () => {
  it('a format in nghìn đồng under "Đơn vị tính: triệu đồng": at office A\'s money cell', async () => {
    const r = await run('line-2019.xlsx', { unitLine: 'Đơn vị tính: triệu đồng', money: '#,##0 "nghìn đồng"' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`line-2019.xlsx:Biểu 07!D4: error: money with conditions "9565824" is shown in nghìn đồng by its number format "#,##0 \\"nghìn đồng\\"", but its column's money was read in triệu đồng (the unit line above the header) [UNIT_CONTRADICTION]`);
  });

  it('"đ" under "Đơn vị tính: nghìn đồng"', async () => {
    const r = await run('dong-line-2019.xlsx', { unitLine: 'Đơn vị tính: nghìn đồng', money: '#,##0 "đ"' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`dong-line-2019.xlsx:Biểu 07!D4: error: money with conditions "9565824" is shown in đồng by its number format "#,##0 \\"đ\\"", but its column's money was read in nghìn đồng (the unit line above the header) [UNIT_CONTRADICTION]`);
  });

  it('office A in nghìn đồng, office B in tỷ: at B\'s cell (line 4)', async () => {
    const r = await run('two-2019.xlsx', { money: '#,##0 "nghìn đồng"', moneyB: '#,##0 "tỷ"' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`two-2019.xlsx:Biểu 07!D4: error: money with conditions "16389337" is shown in tỷ đồng by its number format "#,##0 \\"tỷ\\"", but the money cell "9565824" with the number format "#,##0 \\"nghìn đồng\\"" (row 3, column 4) is in nghìn đồng: one file's money in two units [UNIT_CONTRADICTION]`);
  });

  it('office A plain #,##0, office B in nghìn đồng: at B\'s cell, never A in đồng beside B in nghìn', async () => {
    const r = await run('mixed-2019.xlsx', { money: '#,##0', moneyB: '#,##0 "nghìn đồng"' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`mixed-2019.xlsx:Biểu 07!D4: error: money with conditions "16389337" is shown in nghìn đồng by its number format "#,##0 \\"nghìn đồng\\"", but the money cell "9565824" with the number format "#,##0" (row 3, column 4) writes no unit of its own, and the file states no unit line: what that one is in cannot be told [UNIT_CONTRADICTION]`);
  });

  it('office A in nghìn đồng, office B plain: at B\'s cell', async () => {
    const r = await run('mixed-b-2019.xlsx', { money: '#,##0 "nghìn đồng"', moneyB: '#,##0' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`mixed-b-2019.xlsx:Biểu 07!D4: error: money with conditions "16389337" writes no unit, nor does its number format "#,##0", but money cells state nghìn đồng ("9565824" with the number format "#,##0 \\"nghìn đồng\\"", row 3, column 4) and the file states no unit line: what this one is in cannot be told [UNIT_CONTRADICTION]`);
  });

  it('office A in nghìn đồng, office B\'s money stored as text: at B\'s cell, never multiplied unseen', async () => {
    const r = await run('text-cell-2019.xlsx', { money: '#,##0 "nghìn đồng"', rows: [A, ['Chi cục B', 655, 630, '16.389.337', '14.164.361']] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`text-cell-2019.xlsx:Biểu 07!D4: error: money with conditions "16.389.337" writes no unit, but money cells state nghìn đồng ("9565824" with the number format "#,##0 \\"nghìn đồng\\"", row 3, column 4) and the file states no unit line: what this one is in cannot be told [UNIT_CONTRADICTION]`);
  });

  it.each(['USD', 'người'])('#,##0 "%s" on money: UNIT_UNREADABLE at the cell', async (word) => {
    const r = await run('usd-2019.xlsx', { money: `#,##0 "${word}"` });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`usd-2019.xlsx:Biểu 07!D3: error: money with conditions: the cell's number format "#,##0 \\"${word}\\"" writes a unit beside the figure that thads cannot read as a money unit [UNIT_UNREADABLE]`);
  });
});

// A probe's workbooks: money stored in nghìn, its format writing the thousands as digits
// (`#,##0".000"` shows 9.565.824 as "9.565.824.000", what đồng look like) under "Đơn vị: đồng" or
// no unit line: read as the stored 25.955.161 đồng, 1.000× too small, exit 0 and no warning.
describe('digits written after the figure by the format: refused, never the stored number', () => {
  it.each([
    ['#,##0".000"', undefined, '.000'],
    ['#,##0"000"', 'Đơn vị tính: đồng', '000'],
    ['#,##0\\.\\0\\0\\0', undefined, '.000'],
    ['#,##0" 000"', undefined, '000'],
    ['#,##0"000"', 'Đơn vị tính: nghìn đồng', '000'],
    ['#,##0"0"', undefined, '0'],
    ['_-* #,##0"000"_-;-* #,##0"000"_-;_-* "-"_-;_-@_-', undefined, '000'],
  ])('%s (unit line %s): UNIT_UNREADABLE at the first money cell', async (format, unitLine, digits) => {
    const r = await run('digits-2019.xlsx', { money: format, ...(unitLine ? { unitLine } : {}) });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`digits-2019.xlsx:Biểu 07!D${unitLine ? 4 : 3}: error: money with conditions: the cell's number format ${JSON.stringify(format)} writes digits after the figure ("${digits}"): the sheet shows another number than the cell stores, in a unit thads cannot tell [UNIT_UNREADABLE]`);
  });

  it('a label before the figure with digits names no unit ("Mã 01: "): read as before', async () => expect(await moneyTotals('label-2019.xlsx', { money: '"Mã 01: "#,##0' })).toEqual(DONG));
});

// A probe's workbook: the money headers store "Tiền có điều kiện" with the text format
// `@" (nghìn đồng)"`, so the sheet shows "Tiền có điều kiện (nghìn đồng)"; thads read the stored
// text, no unit, and the money in đồng: 1.000× too small, exit 0.
describe('a header whose text format writes its unit: the unit the sheet shows', () => {
  async function headerFormat(name: string, format: string) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 07');
    ws.addRow([TITLE]);
    const header = ws.addRow(HEADER);
    for (const c of [4, 5]) header.getCell(c).numFmt = format;
    for (const office of [A, B]) ws.addRow([...office]);
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return summarizeCsvRows(dir, [file], []);
  }
  const money = (r: Awaited<ReturnType<typeof headerFormat>>) => {
    expect(r.code, r.stderr).toBe(0);
    const t = r.rows.find((row) => row.district === 'TOTAL')!;
    return [t.money_with_conditions, t.money_resolved];
  };

  it.each([
    ['@" (nghìn đồng)"', THOUSAND],
    ['0;-0;0;@" (triệu đồng)"', MILLION],
    ['@\\ \\(\\n\\g\\h\\ì\\n\\ \\đ\\)', THOUSAND],
  ])('%s', async (format, want) => expect(money(await headerFormat('hdr-2019.xlsx', format))).toEqual(want));

  it.each(['@', '_(@_)', '0;-0;0;@', '#,##0 "nghìn đồng"'])('%s (no text written, or a number section only): the stored text, đồng', async (format) => {
    expect(money(await headerFormat('hdr-plain-2019.xlsx', format))).toEqual(DONG);
  });
});

// A probe's workbook: the unit line is the number 1000 formatted `"Đơn vị tính: "#,##0" đồng"`,
// so the sheet shows "Đơn vị tính: 1,000 đồng"; thads read the cell as "1000", no unit line, and
// the money in đồng: 1.000× too small, exit 0.
describe('a unit line kept as a number, its words written by its format: the line the sheet shows', () => {
  async function unitCell(name: string, value: number, format: string) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 07');
    ws.addRow([TITLE]);
    ws.addRow([value]).getCell(1).numFmt = format;
    ws.addRow(HEADER);
    for (const office of [A, B]) ws.addRow([...office]);
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    const r = await summarizeCsvRows(dir, [file], []);
    expect(r.code, r.stderr).toBe(0);
    const t = r.rows.find((row) => row.district === 'TOTAL')!;
    return [t.money_with_conditions, t.money_resolved];
  }

  it.each([
    [1000, '"Đơn vị tính: "#,##0" đồng"', THOUSAND],
    [1000000, '"ĐVT: "#,##0" đồng"', MILLION],
    [1000, '"Đơn vị tính: "0"đ"', THOUSAND],
  ])('%d shown by %s', async (value, format, want) => expect(await unitCell('unit-cell-2019.xlsx', value, format)).toEqual(want));
});

describe('over-reach: read as before', () => {
  it('plain #,##0 money: đồng', async () => expect(await moneyTotals('plain-2019.xlsx', { money: '#,##0' })).toEqual(DONG));

  it('a currency format [$₫-42A] in a đồng file: đồng', async () => expect(await moneyTotals('currency-2019.xlsx', { money: '#,##0 [$₫-42A]' })).toEqual(DONG));

  it('"đ" written by every money cell, no unit line: đồng', async () => expect(await moneyTotals('d-2019.xlsx', { money: '#,##0 "đ"' })).toEqual(DONG));

  it('#,##0 "nghìn ₫" under "Đơn vị tính: nghìn đồng": nghìn đồng', async () => expect(await moneyTotals('agree-2019.xlsx', { unitLine: 'Đơn vị tính: nghìn đồng', money: '#,##0 "nghìn ₫"' })).toEqual(THOUSAND));

  it('"việc" and "người" written by the case cells: no money unit, ignored', async () => expect(await moneyTotals('cases-2019.xlsx', { cases: '#,##0 "việc"', money: '#,##0' })).toEqual(DONG));

  it('an accounting format whose "-" is only the zero section\'s: đồng', async () => expect(await moneyTotals('acct-2019.xlsx', { money: '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)' })).toEqual(DONG));
});

describe('the literal of a format, and the unit it names', () => {
  it.each([
    ['#,##0 "nghìn đồng"', 'nghìn đồng'],
    ['#,##0\\ \\đ', 'đ'],
    ['#,##0.00 "tỷ";-#,##0.00 "tỷ";"-"', 'tỷ'],
    ['_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', ''],
    ['#,##0 [$₫-42A]', ''],
    ['#,##0', ''],
    ['General', ''],
  ])('%s shows %j', (format, literal) => expect(formatLiteral(format).text).toBe(literal));

  it('a label before the figure that names no money says nothing; after it, or naming money, it is refused', () => {
    expect(formatLiteral('"Năm "0')).toEqual({ text: 'Năm', before: true, label: 'Năm ', tail: '' });
    expect(parseFormatUnit('Năm', true)).toBe(null);
    expect(parseFormatUnit('USD', true)).toBe('unreadable');
    expect(formatLiteral('0" người"')).toEqual({ text: 'người', before: false, label: '', tail: ' người' });
    expect(parseFormatUnit('người', false)).toBe('unreadable');
  });

  it.each<[string, ReturnType<typeof parseFormatUnit>]>([
    ['nghìn đồng', 'thousand'],
    ['Ngàn đồng', 'thousand'],
    ['nghìn ₫', 'thousand'],
    ['tr.đ', 'million'],
    ['tỷ', 'billion'],
    ['₫', 'dong'],
    ['VNĐ', 'dong'],
    ['USD', 'unreadable'],
    ['người', 'unreadable'],
    ['-', null],
    ['', null],
  ])('%j names %s', (literal, unit) => expect(parseFormatUnit(literal)).toBe(unit));
});
