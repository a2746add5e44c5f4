// Round 60a, finding 04: an office whose figures happen to be within 1 % of the sum of the other
// rows (TP Nam Định among three districts) was refused SUSPECTED_TOTAL_ROW although the file's
// own "Tổng cộng" equals all four offices added — the file states that the row is counted once,
// as an office. The near guess stands down only then: without a declared total, or with one that
// leaves the suspect out (it IS a second total), the row is still refused. Both readers agree.
import { describe, expect, it } from 'vitest';
import { DeclaredRows, type Sums } from '../../src/domain/declared-rows.js';
import { fromScaled } from '../../src/domain/decimal.js';
import { emptyFigures } from '../../src/domain/figures.js';
import { F } from '../../src/domain/fields.js';
import { findSuspects } from '../../src/domain/suspect-rows.js';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];
const TITLE = ['CỤC THADS TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019'];
const HEADER = 'STT;Đơn vị;Tổng số thụ lý;Tổng số phải thi hành;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong';
const CITY = '1;Thành phố Nam Định;1000;990;800;675;25;700';
// The three below the city: 400+350+248 = 998, 396+347+246 = 989, 300+270+226 = 796,
// 250+232+196 = 678, 10+8+7 = 25, 260+240+203 = 703 — each within 1 % of the city's, 800 vs 796 the furthest.
const OTHERS = ['2;Vụ Bản;400;396;300;250;10;260', '3;Ý Yên;350;347;270;232;8;240', '4;Mỹ Lộc;248;246;226;196;7;203'];
// All four: 1000+998 = 1998, 990+989 = 1979, 800+796 = 1596, 675+678 = 1353, 25+25 = 50, 700+703 = 1403.
const ALL = '1998;1979;1596;1353;50;1403';
// Resolved 1403 of 1596 with conditions: 1403/1596 = 0,87907… → 87.91 %; without conditions 1979−1596 = 383.
const EXPECTED = { total: '1998', toExecute: '1979', withConditions: '1596', completed: '1353', terminated: '50', resolved: '1403', withoutConditions: '383', rate: '87.91' };

const { both } = bothReaders('thads-near-declared-', ARGS);
const cases = (stdout: string) => JSON.parse(stdout).total.cases;

describe('finding 04: the file\'s own total counts the near row: it is an office', () => {
  it.each([
    { name: '"Tổng cộng" on top (the forms\' place)', lines: [...TITLE, HEADER, `;Tổng cộng;${ALL}`, CITY, ...OTHERS] },
    { name: '"Tổng cộng" at the bottom', lines: [...TITLE, HEADER, CITY, ...OTHERS, `;Tổng cộng;${ALL}`] },
    { name: 'the city listed last, "Tổng cộng" below it (the rule of the rows above)', lines: [...TITLE, HEADER, ...OTHERS, CITY, `;Tổng cộng;${ALL}`] },
    { name: '"TỔNG CỘNG" in capitals', lines: [...TITLE, HEADER, `;TỔNG CỘNG;${ALL}`, CITY, ...OTHERS] },
    { name: '"Tong cong" without marks', lines: [...TITLE, HEADER, `;Tong cong;${ALL}`, CITY, ...OTHERS] },
    { name: '"Total" of an English export', lines: [...TITLE, HEADER, `;Total;${ALL}`, CITY, ...OTHERS] },
  ])('$name: four offices, 1403/1596 = 87.91 %, exit 0', async ({ lines }) => {
    const r = await both('nam-dinh-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(cases(r.stdout)).toMatchObject(EXPECTED);
  });
});

describe('over-reach: the near row is still refused when no stated total counts it', () => {
  const refusal = (line: number, name: string, where: 'below' | 'above', largest: string) =>
    `FILE:${line}: error: line ${line} "${name}" looks like a total row: its figures are close to, not equal to, the sum of the 3 rows ${where} it (the largest difference: cases with conditions ${largest}); added as an office it would count them twice [SUSPECTED_TOTAL_ROW]`;

  it('no declared total, the city first: refused as before', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEADER, CITY, ...OTHERS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal(4, 'Thành phố Nam Định', 'below', '800 against 796'));
  });

  it('no declared total, the city last: refused as before', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEADER, ...OTHERS, CITY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal(7, 'Thành phố Nam Định', 'above', '800 against 796'));
  });

  it('a declared total of the three offices only (998/…/703): the near row is a second total, refused twice', async () => {
    // "Tỉnh Nam Định" 998/989/797/678/25/703: the three's sum with one slip (797 for 796).
    // Office rows with it: 998+998 = 1996 cases total — "Tổng cộng" says 998, the difference is that row.
    const lines = [...TITLE, HEADER, ';Tổng cộng;998;989;796;678;25;703', ';Tỉnh Nam Định;998;989;797;678;25;703', ...OTHERS];
    const r = await both('nam-dinh-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:3: error: declared total "Tổng cộng" has cases total 998, but the office rows add up to 1996; the difference is exactly line 5 "Tỉnh Nam Định", counted as an office [DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr).toContain(refusal(5, 'Tỉnh Nam Định', 'below', '797 against 796'));
  });

  it('a declared total one off the four offices (resolved 1404 for 1403): both refusals stay', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEADER, ';Tổng cộng;1998;1979;1596;1353;50;1404', CITY, ...OTHERS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:8: error: declared total "Tổng cộng" has cases resolved 1404, but the office rows add up to 1403 [DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr).toContain(refusal(5, 'Thành phố Nam Định', 'below', '800 against 796'));
  });
});

describe('over-reach: ordinary files read as before', () => {
  it('offices far from each other\'s sums, with their "Tổng cộng": 3 offices, 998 / 796, resolved 703 (703/796 = 88.32 %)', async () => {
    // 400+350+248 = 998, 396+347+246 = 989, 300+270+226 = 796, 250+232+196 = 678, 10+8+7 = 25, 260+240+203 = 703
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEADER, ...OTHERS, ';Tổng cộng;998;989;796;678;25;703']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ total: '998', toExecute: '989', withConditions: '796', completed: '678', terminated: '25', resolved: '703', rate: '88.32' });
  });

  it('a province row equal to the three below it, under an equal "Tổng cộng", is still checked as their total, not added', async () => {
    // "Tỉnh Nam Định" = 998/989/796/678/25/703 exactly: an exact total (not a near one), refused as before.
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEADER, ';Tỉnh Nam Định;998;989;796;678;25;703', ...OTHERS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('SUSPECTED_TOTAL_ROW');
  });
});

// ——— a workbook: the same table as number cells ———
const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
const COLS = 'ABCDEFGH';
const row = (n: number, cells: readonly string[]) => `<row r="${n}">${cells.map((c, i) => (/^\d+$/.test(c) && i >= 2 ? num(`${COLS[i]}${n}`, Number(c)) : c === '' ? '' : text(`${COLS[i]}${n}`, c))).join('')}</row>`;

describe('finding 04 in a workbook', () => {
  it('"Tổng cộng" on top of the four offices: 1403/1596 = 87.91 %, exit 0', async () => {
    const lines = [...TITLE, HEADER, `;Tổng cộng;${ALL}`, CITY, ...OTHERS];
    const data = lines.map((l, k) => row(k + 1, l.split(';'))).join('');
    const file = await writeRawWorkbook({ sheets: [{ name: 'S', data }], name: 'nam-dinh-2019.xlsx' });
    const r = await runThads(['summarize', file, ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject(EXPECTED);
  });
});

describe('the rule\'s homes', () => {
  const sums = (wc: number, done: number): Sums => {
    const cases = emptyFigures();
    cases[F.with_conditions] = fromScaled(wc, 0);
    cases[F.completed] = fromScaled(done, 0);
    return { cases };
  };
  const near = [sums(800, 675), sums(300, 250), sums(270, 232), sums(226, 196)];

  it('DeclaredRows: wholeStated when a total equals every office row, not when it leaves one out or states zeros only', () => {
    const resolve = (total: Sums) => {
      const d = new DeclaredRows<string>();
      d.declare('total', 'Tổng cộng', total);
      for (const s of near) d.addRow(s);
      return d.resolve();
    };
    // 800+300+270+226 = 1596, 675+250+232+196 = 1353
    expect(resolve(sums(1596, 1353)).wholeStated).toBe(true);
    // 300+270+226 = 796, 250+232+196 = 678: the three only
    expect(resolve(sums(796, 678)).wholeStated).toBe(false);
    expect(new DeclaredRows<string>().resolve().wholeStated).toBe(false);
    const zeros = new DeclaredRows<string>();
    zeros.declare('total', 'Tổng cộng', sums(0, 0));
    zeros.addRow(sums(0, 0));
    zeros.addRow(sums(0, 0));
    expect(zeros.resolve().wholeStated).toBe(false);
  });

  it('findSuspects: the near row found unless stated', () => {
    const offices = near.map((figures, row) => ({ row, figures }));
    expect(findSuspects(offices).map((s) => [s.at, s.kind])).toEqual([[0, 'near']]);
    expect(findSuspects(offices, true)).toEqual([]);
  });
});
