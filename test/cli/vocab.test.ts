// Two false refusals of the forms' own wordings (work99b 02, 03), each read now by its one rule:
// (a) the reduced column's words (input/headers.ts foldName, withNameEnds): "Giảm, miễn" is the
//     law's "miễn, giảm" in the other order, and a field's name ending "thi hành án" may say the
//     civil kind after it ("… dân sự", "… THADS") — "Miễn, giảm nghĩa vụ THADS", "Giảm, miễn nghĩa
//     vụ thi hành án", "Giảm, miễn" were refused UNKNOWN_RESOLVED_PART; and completed's in-full
//     words (domain/fields.ts IN_FULL_WORDS): "Thi hành xong toàn bộ" was refused MISSING_COLUMN;
// (b) the closing total "Tổng hai cấp" / "Tổng 2 cấp" (input/row-labels.ts BOTH_LEVELS), taken
//     for an office and refused SUSPECTED_TOTAL_ROW although it equals the rows' sum.
// Totals by hand in the comments; the near shapes that must keep their reading are asserted too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads, spawnThads } from '../helpers/cli.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

type Cell = string | number | null;
const COLUMNS = 'ABCDEFGHIJ';
const cellXml = (c: Cell, ref: string): string =>
  c === null ? '' : typeof c === 'string' ? `<c r="${ref}" t="inlineStr"><is><t>${escape(c)}</t></is></c>` : `<c r="${ref}"><v>${c}</v></c>`;
/** An .xlsx of one sheet "S" holding `rows` from row 1. */
const book = (name: string, rows: readonly Cell[][]) =>
  writeRawWorkbook({ sheets: [{ name: 'S', data: rows.map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cellXml(c, `${COLUMNS[j]}${i + 1}`)).join('')}</row>`).join('') }], sharedStrings: [], name });

const csvCell = (c: Cell) => (c === null ? '' : typeof c === 'number' ? String(c) : /[,"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = (rows: readonly Cell[][]) => rows.map((r) => r.map(csvCell).join(','));

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'thads-vocab-'));
}

/** The real binary on `lines` written as `name` in a fresh folder: its exit, the measure's total, stderr. */
function binary(name: string, lines: readonly string[], measure: 'cases' | 'money', args: readonly string[] = []) {
  const d = folder();
  writeFileSync(join(d, name), `${lines.join('\n')}\n`);
  const r = spawnThads(['summarize', name, '--format', 'json', '--by', 'none', ...args], { cwd: d });
  return { code: r.code, stderr: r.stderr, total: r.code === 0 ? JSON.parse(r.stdout).total[measure] : null };
}

// ---- (a) the money form's reduced column ----------------------------------------------------

const MONEY_HEADER = (reduced: string): Cell[] => ['STT', 'Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ thi hành', reduced, 'Đang thi hành', 'Hoãn thi hành', 'Tạm đình chỉ'];
// nghìn đồng. By hand, resolved = completed + terminated + reduced:
// 15.000.000 + 1.500.000 = 16.500.000; 2.000.000 + 200.000 = 2.200.000; 1.000.000 + 100.000 = 1.100.000;
// 16.500.000 + 2.200.000 + 1.100.000 = 19.800.000 of 40.000.000 + 3.500.000 = 43.500.000 → 45,52 %
// (19.8 / 43.5 = 0.455172…); the 2024 target 46,45 → −0,93.
const MONEY_ROWS: Cell[][] = [
  [1, 'Văn phòng Cục', '40.000.000', '15.000.000', '2.000.000', '1.000.000', '20.000.000', '1.500.000', '500.000'],
  [2, 'Chi cục THADS huyện Mỹ Lộc', '3.500.000', '1.500.000', '200.000', '100.000', '1.500.000', '150.000', '50.000'],
  [null, 'Tổng cộng', '43.500.000', '16.500.000', '2.200.000', '1.100.000', '21.500.000', '1.650.000', '550.000'],
];
const MONEY_TITLED = (reduced: string) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,',
  '"KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2024",,,,,,,,',
  '"(Từ ngày 01/10/2023 đến ngày 30/9/2024)",,,,,,,,',
  '"Đơn vị tính: 1.000 đồng",,,,,,,,',
  ...csv([MONEY_HEADER(reduced), ...MONEY_ROWS]),
];
/** The same figures in đồng with no unit line (a plain CSV, the scanner's; an .xlsx). */
const MONEY_PLAIN_ROWS: Cell[][] = [
  [1, 'Văn phòng Cục', 40000000, 15000000, 2000000, 1000000, 20000000, 1500000, 500000],
  [2, 'Chi cục THADS huyện Mỹ Lộc', 3500000, 1500000, 200000, 100000, 1500000, 150000, 50000],
];
const MONEY_THOUSAND = { withConditions: '43500000000', resolved: '19800000000', reduced: '1100000000', rate: '45.52', target: '46.45', gapPp: '-0.93' };
const MONEY_DONG = { ...MONEY_THOUSAND, withConditions: '43500000', resolved: '19800000', reduced: '1100000' };

const pick = (t: Record<string, unknown> | null) => (t === null ? null : { withConditions: t.withConditions, resolved: t.resolved, reduced: t.reduced, rate: t.rate, target: t.target, gapPp: t.gapPp });

const REDUCED_WORDINGS = [
  'Miễn, giảm nghĩa vụ THADS', // work99b 02
  'Giảm, miễn nghĩa vụ thi hành án', // work99b 02 b/
  'Giảm, miễn',
  'Miễn, giảm nghĩa vụ thi hành án dân sự',
  'Xét giảm, miễn THA',
  'Giảm THADS',
];

describe('(a) the reduced column in the law\'s words, either order, "thi hành án" or THADS', () => {
  const money = bothReaders('thads-vocab-a-', ['--format', 'json', '--by', 'none']);

  for (const reduced of REDUCED_WORDINGS) {
    it(`"${reduced}": read as reduced, 19,8/43,5 tỷ, 45,52 % (the binary, both readers, an .xlsx)`, async () => {
      const r = binary('Nam Định tiền 2024.csv', MONEY_TITLED(reduced), 'money');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(pick(r.total)).toEqual(MONEY_THOUSAND);
      // the title and unit lines: the reference reader; a plain CSV: the scanner (both() checks they agree)
      const titled = await money.both('Nam Định tiền 2024.csv', MONEY_TITLED(reduced));
      expect(titled.code, titled.stderr).toBe(0);
      expect(pick(JSON.parse(titled.stdout).total.money)).toEqual(MONEY_THOUSAND);
      const plain = await money.both('Nam Định tiền 2024.csv', csv([MONEY_HEADER(reduced), ...MONEY_PLAIN_ROWS]));
      expect(plain.code, plain.stderr).toBe(0);
      expect(pick(JSON.parse(plain.stdout).total.money)).toEqual(MONEY_DONG);
      const x = await runThads(['summarize', await book('Nam Dinh tien 2024.xlsx', [MONEY_HEADER(reduced), ...MONEY_PLAIN_ROWS]), '--format', 'json', '--by', 'none']);
      expect(x.code, x.stderr).toBe(0);
      expect(pick(JSON.parse(x.stdout).total.money)).toEqual(MONEY_DONG);
    });
  }

  it('controls: "Miễn, giảm nghĩa vụ THA" and "Giảm THA" read as before; "Xét giảm" and "Tăng, giảm" keep their reading', async () => {
    for (const reduced of ['Miễn, giảm nghĩa vụ THA', 'Giảm THA']) {
      const r = binary('Nam Định tiền 2024.csv', MONEY_TITLED(reduced), 'money');
      expect(r.code, r.stderr).toBe(0);
      expect(pick(r.total)).toEqual(MONEY_THOUSAND);
    }
    // "Xét giảm" (no "miễn") was never a spelling of reduced: still UNKNOWN_RESOLVED_PART, exit 1
    const xet = binary('Nam Định tiền 2024.csv', MONEY_TITLED('Xét giảm'), 'money');
    expect(xet.code).toBe(1);
    expect(xet.stderr).toContain('column "Xét giảm" reads like a part of money resolved');
    expect(xet.stderr).toContain('[UNKNOWN_RESOLVED_PART]');
    // "Tăng, giảm" is a change, no part: ignored with its warning, as before; resolved
    // 16.500.000 + 2.200.000 = 18.700.000 of 43.500.000 → 42,99 % (18.7/43.5 = 0.429885…)
    const change = binary('Nam Định tiền 2024.csv', MONEY_TITLED('Tăng, giảm'), 'money');
    expect(change.code).toBe(0);
    expect(change.stderr).toContain('warning: column "Tăng, giảm" names a period or a plan ("Tăng, giảm"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]');
    expect(pick(change.total)).toEqual({ withConditions: '43500000000', resolved: '18700000000', reduced: null, rate: '42.99', target: '46.45', gapPp: '-3.46' });
  });
});

// ---- (a) the cases form's "Thi hành xong toàn bộ" ------------------------------------------

const CASES_HEADER = (completed: string): Cell[] => ['STT', 'Đơn vị', 'Có điều kiện thi hành', completed, 'Đình chỉ', 'Đang thi hành'];
// By hand: resolved = (180 + 290) + (20 + 10) = 470 + 30 = 500 of 250 + 350 = 600 → 83,33 %;
// the 2024 target 83,25 → +0,08.
const CASES_ROWS: Cell[][] = [
  [1, 'Văn phòng Cục', 250, 180, 20, 50],
  [2, 'Mỹ Lộc', 350, 290, 10, 50],
];
const CASES_RIGHT = { withConditions: '600', completed: '470', resolved: '500', rate: '83.33', target: '83.25', gapPp: '0.08' };
const pickCases = (t: Record<string, unknown> | null) => (t === null ? null : { withConditions: t.withConditions, completed: t.completed, resolved: t.resolved, rate: t.rate, target: t.target, gapPp: t.gapPp });
const CASES_TITLED = (completed: string) => ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,', '"KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024",,,,,', ...csv([CASES_HEADER(completed), ...CASES_ROWS])];

describe('(a) "Thi hành xong toàn bộ" is completed; "… một phần" is not', () => {
  const cases = bothReaders('thads-vocab-c-', ['--format', 'json', '--by', 'none']);

  for (const completed of ['Thi hành xong toàn bộ', 'TH xong toàn bộ', 'Số việc thi hành xong toàn bộ']) {
    it(`"${completed}" beside "Đình chỉ": 500/600 việc, 83,33 % (the binary, both readers, an .xlsx)`, async () => {
      const r = binary('Nam Định việc 2024.csv', CASES_TITLED(completed), 'cases');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(pickCases(r.total)).toEqual(CASES_RIGHT);
      for (const lines of [CASES_TITLED(completed), csv([CASES_HEADER(completed), ...CASES_ROWS])]) {
        const b = await cases.both('Nam Định việc 2024.csv', lines);
        expect(b.code, b.stderr).toBe(0);
        expect(pickCases(JSON.parse(b.stdout).total.cases)).toEqual(CASES_RIGHT);
      }
      const x = await runThads(['summarize', await book('Nam Dinh viec 2024.xlsx', [CASES_HEADER(completed), ...CASES_ROWS]), '--format', 'json', '--by', 'none']);
      expect(x.code, x.stderr).toBe(0);
      expect(pickCases(JSON.parse(x.stdout).total.cases)).toEqual(CASES_RIGHT);
    });
  }

  it('control: "Thi hành xong một phần" (partly executed) stays refused MISSING_COLUMN, exit 1', () => {
    const r = binary('Nam Định việc 2024.csv', CASES_TITLED('Thi hành xong một phần'), 'cases');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('column 4 "Thi hành xong một phần" begins with its name, but thads does not read the rest [MISSING_COLUMN]');
  });
});

// ---- (b) the closing total "Tổng hai cấp" -----------------------------------------------------

const TOTAL_HEADER: Cell[] = ['STT', 'Đơn vị', 'Có điều kiện (việc)', 'Giải quyết xong (việc)', 'Có điều kiện (tiền)', 'Giải quyết xong (tiền)'];
// By hand: cases 250 + 920 + 350 = 1.520, 200 + 800 + 300 = 1.300 → 85,53 % (1300/1520 = 0.855263…);
// money (nghìn đồng) 40.100.000 + 12.300.000 + 3.500.000 = 55.900.000, 18.000.000 + 6.100.000 +
// 1.600.000 = 25.700.000 → 45,97 % (25.7/55.9 = 0.459749…). Targets 2024: 83,25 and 46,45.
const OFFICE_ROWS: Cell[][] = [
  [1, 'Văn phòng Cục', 250, 200, '40.100.000', '18.000.000'],
  [2, 'Chi cục THADS thành phố Nam Định', 920, 800, '12.300.000', '6.100.000'],
  [3, 'Chi cục THADS huyện Mỹ Lộc', 350, 300, '3.500.000', '1.600.000'],
];
const totalRow = (label: string, withConditions = '1.520'): Cell[] => [null, label, withConditions, '1.300', '55.900.000', '25.700.000'];
const TWO_LEVELS = (label: string, withConditions?: string) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,',
  '"BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024",,,,,',
  '"Đơn vị tính: việc; nghìn đồng",,,,,',
  ...csv([TOTAL_HEADER, ...OFFICE_ROWS, totalRow(label, withConditions)]),
];
const BOTH_RIGHT = { cases: { withConditions: '1520', resolved: '1300', rate: '85.53' }, money: { withConditions: '55900000000', resolved: '25700000000', rate: '45.97' }, districts: 3 };
function bothTotals(stdout: string) {
  const body = JSON.parse(stdout);
  const m = (t: Record<string, unknown>) => ({ withConditions: t.withConditions, resolved: t.resolved, rate: t.rate });
  return { cases: m(body.total.cases), money: m(body.total.money), districts: body.groups.length };
}

describe('(b) "Tổng hai cấp", "Tổng 2 cấp": the declared total, checked, never an office', () => {
  const two = bothReaders('thads-vocab-b-', ['--format', 'json']);

  for (const label of ['Tổng hai cấp', 'Tổng 2 cấp', 'TỔNG HAI CẤP', 'Tổng cả hai cấp']) {
    it(`"${label}" equal to the rows' sum: 1.300/1.520 việc 85,53 %, 25,7/55,9 tỷ 45,97 % (the binary, both readers, an .xlsx)`, async () => {
      const d = folder();
      writeFileSync(join(d, 'Nam Định 2024.csv'), `${TWO_LEVELS(label).join('\n')}\n`);
      const r = spawnThads(['summarize', 'Nam Định 2024.csv', '--format', 'json'], { cwd: d });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(bothTotals(r.stdout)).toEqual(BOTH_RIGHT);
      expect(spawnThads(['inspect', 'Nam Định 2024.csv'], { cwd: d }).stdout).toContain('rows:          3 data, 1 declared total');
      const titled = await two.both('Nam Định 2024.csv', TWO_LEVELS(label));
      expect(titled.code, titled.stderr).toBe(0);
      expect(bothTotals(titled.stdout)).toEqual(BOTH_RIGHT);
      // a plain CSV (the scanner), money in đồng: 55.900.000 đ, 25.700.000 đ
      const plainRows = [...OFFICE_ROWS, totalRow(label)].map((row) => row.map((c, i) => (i >= 2 && typeof c === 'string' ? Number(c.replace(/\./g, '')) : c)));
      const plain = await two.both('Nam Định 2024.csv', csv([TOTAL_HEADER, ...plainRows]));
      expect(plain.code, plain.stderr).toBe(0);
      expect(bothTotals(plain.stdout)).toEqual({ ...BOTH_RIGHT, money: { withConditions: '55900000', resolved: '25700000', rate: '45.97' } });
      const x = await runThads(['summarize', await book('Nam Dinh 2024.xlsx', [TOTAL_HEADER, ...plainRows]), '--format', 'json']);
      expect(x.code, x.stderr).toBe(0);
      expect(bothTotals(x.stdout)).toEqual({ ...BOTH_RIGHT, money: { withConditions: '55900000', resolved: '25700000', rate: '45.97' } });
    });
  }

  it('"Tổng hai cấp" one off the rows\' sum: refused DECLARED_TOTAL_MISMATCH, exit 1 (checked, not added)', () => {
    const d = folder();
    writeFileSync(join(d, 'Nam Định 2024.csv'), `${TWO_LEVELS('Tổng hai cấp', '1.521').join('\n')}\n`);
    const r = spawnThads(['summarize', 'Nam Định 2024.csv', '--format', 'csv'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Nam Định 2024.csv:8:3: error: declared total "Tổng hai cấp" has cases with conditions 1521, but the office rows add up to 1520 [DECLARED_TOTAL_MISMATCH]');
  });

  it('controls: "Cộng 2 cấp" and "Tổng cộng hai cấp" read as before; "Cấp tỉnh" stays a level line; "Tổng Đội" is no total', async () => {
    for (const label of ['Cộng 2 cấp', 'Tổng cộng hai cấp']) {
      const r = await two.both('Nam Định 2024.csv', TWO_LEVELS(label));
      expect(r.code, r.stderr).toBe(0);
      expect(bothTotals(r.stdout)).toEqual(BOTH_RIGHT);
    }
    const { rowLabel } = await import('../../src/input/row-labels.js');
    expect(rowLabel('Cấp tỉnh')).toBe('level');
    expect(rowLabel('Tổng cấp huyện')).toBe('section');
    expect(rowLabel('Tổng Đội')).toBe('office');
    expect(rowLabel('Cộng 2 cấp')).toBe('section');
  });

  it('the label alone: "Tổng hai cấp", "Tổng 2 cấp", "Tổng cả 2 cấp" are the total', async () => {
    const { rowLabel } = await import('../../src/input/row-labels.js');
    expect(['Tổng hai cấp', 'Tổng 2 cấp', 'Tổng cả 2 cấp'].map(rowLabel)).toEqual(['total', 'total', 'total']);
  });
});
