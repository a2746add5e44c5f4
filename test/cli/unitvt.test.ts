// A header cell that writes the units of both measures as a pair — "Tiền (Việc - triệu đồng)" over
// a money group, "Có điều kiện (Việc - triệu đồng)" under labels that name their measure, or a line
// "(Việc - triệu đồng)" above the header — was refused: `unit.csv:3:4: error: the money unit "Việc -
// triệu đồng" in this header cell is not one thads reads [UNIT_UNREADABLE]`. A title's "(Việc -
// nghìn đồng)" was already read (unitdash.test.ts). Right: the pair says cases are in việc and money
// in the named unit (đồng, nghìn, triệu, tỷ đồng); a column whose measure is told elsewhere (its
// group, its label, the file name) takes money's unit if it counts money. A column the pair alone
// names ("Có điều kiện (Việc - triệu đồng)" with nothing else to tell) could count either: refused,
// now MEASURE_UNKNOWN naming the pair. Controls: "(triệu đồng)" alone, "(việc)" alone, "(USD)",
// "(Việc - USD)" keep today's reading.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-unitvt-');

const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'];
const FIELDS = ['Có điều kiện', 'Giải quyết xong'];
/** a "Việc" group and a "Tiền" group, each over Có điều kiện | Giải quyết xong */
function grouped(cases: string, money: string, above: readonly (readonly string[])[] = []): string[][] {
  return [TITLE, ...above.map((r) => [...r]), ['Đơn vị', cases, '', money, ''], ['', ...FIELDS, ...FIELDS], ...ROWS.map((r) => [...r])];
}
/** cases with conditions, resolved, then money with conditions, resolved (as written) */
const ROWS = [
  ['Chi cục THADS huyện A', '12', '5', '30', '10'],
  ['Chi cục THADS huyện B', '8', '3', '20,5', '4'],
];
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

function run(path: string, extra: readonly string[] = []) {
  const r = spawnThads(['summarize', path, '--year', '2019', '--format', 'json', ...extra], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Totals = { withConditions: string | null; resolved: string | null };
/** the total's [with conditions, resolved] of each measure */
function totals(stdout: string) {
  const j = JSON.parse(stdout) as { total: { cases: Totals | null; money: Totals | null } };
  const of = (t: Totals | null) => [t?.withConditions ?? null, t?.resolved ?? null];
  return { cases: of(j.total.cases), money: of(j.total.money) };
}

// By hand: cases 12 + 8 = 20 with conditions, 5 + 3 = 8 resolved. Money as written 30 + 20,5 =
// 50,5 and 10 + 4 = 14; in triệu đồng (× 1.000.000): 50.500.000 and 14.000.000 đồng; in nghìn
// đồng (× 1.000): 50.500 and 14.000; in tỷ đồng (× 1.000.000.000): 50.500.000.000 and 14.000.000.000.
const IN_TRIEU = { cases: ['20', '8'], money: ['50500000', '14000000'] };
const IN_NGHIN = { cases: ['20', '8'], money: ['50500', '14000'] };
const IN_TY = { cases: ['20', '8'], money: ['50500000000', '14000000000'] };
const IN_DONG = { cases: ['20', '8'], money: ['50.5', '14'] };

describe('a pair "(Việc - triệu đồng)": cases in việc, money in the named unit', () => {
  test('group "Tiền (Việc - triệu đồng)" beside "Việc": money × 1.000.000 (was UNIT_UNREADABLE)', () => {
    const r = run(file('unit.csv', csv(grouped('Việc', 'Tiền (Việc - triệu đồng)'))));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('UNIT_UNREADABLE');
    expect(totals(r.stdout)).toEqual(IN_TRIEU);
  });

  test('the pair on both groups, "Việc (Việc - triệu đồng)" | "Tiền (Việc - triệu đồng)": cases stay counts', () => {
    const r = run(file('both.csv', csv(grouped('Việc (Việc - triệu đồng)', 'Tiền (Việc - triệu đồng)'))));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_TRIEU);
  });

  test('a line "(Việc - triệu đồng)" above the header states money in triệu đồng (was UNIT_UNREADABLE)', () => {
    const r = run(file('line.csv', csv(grouped('Việc', 'Tiền', [['(Việc - triệu đồng)']]))));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_TRIEU);
  });

  test('other pairs: "việc và nghìn đồng", "Việc; tỷ đồng", "Việc – đồng"', () => {
    for (const [name, note, want] of [
      ['va.csv', 'Tiền (việc và nghìn đồng)', IN_NGHIN],
      ['semi.csv', 'Tiền (Việc; tỷ đồng)', IN_TY],
      ['dong.csv', 'Tiền (Việc – đồng)', IN_DONG],
    ] as const) {
      const r = run(file(name, csv(grouped('Việc', note))));
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(totals(r.stdout), name).toEqual(want);
    }
  });

  test('flat labels naming their measure, each "(Việc - triệu đồng)": money × 1.000.000', () => {
    const header = ['Đơn vị', 'Việc có điều kiện (Việc - triệu đồng)', 'Việc giải quyết xong (Việc - triệu đồng)', 'Tiền có điều kiện (Việc - triệu đồng)', 'Tiền giải quyết xong (Việc - triệu đồng)'];
    const r = run(file('flat.csv', csv([TITLE, header, ...ROWS])));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_TRIEU);
  });

  test('one measure named by the file name: "Có điều kiện (Việc - triệu đồng)" in tien-2019.csv is money × 1.000.000, in viec-2019.csv cases', () => {
    const rows = [TITLE, ['Đơn vị', 'Có điều kiện (Việc - triệu đồng)', 'Giải quyết xong (Việc - triệu đồng)'], ...ROWS.map((r) => r.slice(0, 3))];
    const money = spawnThads(['summarize', file('tien-2019.csv', csv(rows)), '--format', 'json'], { cwd: dir });
    expect(money.code, money.stderr).toBe(0);
    // by hand: 12 + 8 = 20 triệu = 20.000.000 đồng; 5 + 3 = 8 triệu = 8.000.000 đồng
    expect(totals(money.stdout).money).toEqual(['20000000', '8000000']);
    const cases = spawnThads(['summarize', file('viec-2019.csv', csv(rows)), '--format', 'json'], { cwd: dir });
    expect(cases.code, cases.stderr).toBe(0);
    expect(totals(cases.stdout).cases).toEqual(['20', '8']);
  });

  test('the workbook twin: group "Tiền (Việc - triệu đồng)", and the line "(Việc - triệu đồng)"', async () => {
    for (const [name, rows] of [
      ['unit.xlsx', grouped('Việc', 'Tiền (Việc - triệu đồng)')],
      ['line.xlsx', grouped('Việc', 'Tiền', [['(Việc - triệu đồng)']])],
    ] as const) {
      // (the workbook's "20,5" is the text cell it was written as: a Vietnamese decimal, 20.5)
      const x = await summarizeLinesWorkbook(dir, name, lines(rows), ['--year', '2019', '--format', 'json']);
      expect(x.code, `${name}: ${x.stderr}`).toBe(0);
      expect(totals(x.stdout), name).toEqual(IN_TRIEU);
    }
  });
});

describe('the pair alone cannot tell a column\'s measure: refused', () => {
  test('"Có điều kiện (Việc - triệu đồng)" with no group, label, option or file name to tell: MEASURE_UNKNOWN, never read', () => {
    const rows = [TITLE, ['Đơn vị', 'Có điều kiện (Việc - triệu đồng)', 'Giải quyết xong (Việc - triệu đồng)'], ...ROWS.map((r) => r.slice(0, 3))];
    const r = run(file('ambiguous.csv', csv(rows)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['MEASURE_UNKNOWN']);
    expect(r.stderr).toMatch(/ambiguous\.csv:2:2: error: column "Có điều kiện \(Việc - triệu đồng\)" does not say whether it counts cases or money; its bracket names the unit of cases and the unit of money/);
  });
});

describe('controls: near shapes keep today\'s reading', () => {
  test('"Tiền (triệu đồng)" alone: money × 1.000.000, as before', () => {
    const r = run(file('trieu.csv', csv(grouped('Việc', 'Tiền (triệu đồng)'))));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_TRIEU);
  });

  test('"Có điều kiện (triệu đồng)" alone is money, "(việc)" alone is cases, as before', () => {
    const m = run(file('money-flat.csv', csv([TITLE, ['Đơn vị', 'Có điều kiện (triệu đồng)', 'Giải quyết xong (triệu đồng)'], ...ROWS.map((r) => r.slice(0, 3))])));
    expect(m.code, m.stderr).toBe(0);
    expect(totals(m.stdout)).toEqual({ cases: [null, null], money: ['20000000', '8000000'] });
    const c = run(file('cases-flat.csv', csv([TITLE, ['Đơn vị', 'Có điều kiện (việc)', 'Giải quyết xong (việc)'], ...ROWS.map((r) => r.slice(0, 3))])));
    expect(c.code, c.stderr).toBe(0);
    expect(totals(c.stdout)).toEqual({ cases: ['20', '8'], money: [null, null] });
  });

  test('"(USD)" and "Tiền (Việc - USD)" stay UNIT_UNREADABLE', () => {
    const usd = run(file('usd.csv', csv([TITLE, ['Đơn vị', 'Có điều kiện (USD)', 'Giải quyết xong (USD)'], ...ROWS.map((r) => r.slice(0, 3))])));
    expect(usd.code).toBe(1);
    expect(stderrCodes(usd.stderr)).toEqual(['UNIT_UNREADABLE']);
    const pairUsd = run(file('pair-usd.csv', csv(grouped('Việc', 'Tiền (Việc - USD)'))));
    expect(pairUsd.code).toBe(1);
    expect(stderrCodes(pairUsd.stderr)).toEqual(['UNIT_UNREADABLE']);
    expect(pairUsd.stderr).toMatch(/pair-usd\.csv:3:4: error: the money unit "Việc - USD" in this header cell is not one thads reads/);
  });
});
