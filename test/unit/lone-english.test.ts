// A footnote mark glued to one money figure ("45.210" + "1" pasted from a PDF: "45.2101") was the
// one cell auto mode could read in one convention only: it decided English, and every
// Vietnamese "125.430" nghìn đồng was read as 125.43, a thousandth (trap 43b/01, exit 0). The rule
// (lone-english.ts): one or two English-only cells against three or more in Vietnamese groups are
// refused. Both readers must say the same; expected values are by hand.
import { describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { LoneEnglishWatch } from '../../src/input/lone-english.js';
import { candidates, readCell, type Candidates } from '../../src/input/numbers.js';
import { bothReaders } from '../helpers/both-readers.js';

const TOP = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN', 'Đơn vị tính: nghìn đồng', 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ;Giảm thi hành án'];
const row = (n: number, office: string, cells: string) => `${n};Chi cục THADS huyện ${office};${cells}`;
/** trap 43b/01: money with conditions 125.430 + 98.765 + 76.543 = 300.738 nghìn */
const GLUED = [...TOP, row(1, 'Mỹ Lộc', '125.430;45.2101;1.250;-'), row(2, 'Vụ Bản', '98.765;40.120;2.500;-'), row(3, 'Ý Yên', '76.543;30.456;1.000;-')];
const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];
const { both } = bothReaders('thads-lone-english-', ARGS);
const money = (stdout: string) => JSON.parse(stdout).total.money;

describe('English decided by a lone cell against Vietnamese groups', () => {
  it('the glued footnote is refused at its cell, never read either way (was 300738 đồng, exit 0)', async () => {
    const r = await both('glued-tien-2019.csv', GLUED);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:4:4: error: money completed "45.2101" can only be read as English (dot decimal), but the file\'s other cells with a dot are written as Vietnamese thousands groups ("1.250", "125.430", "98.765"): read either way, some figures would be wrong [MIXED_NUMBER_FORMAT]',
    );
    expect(r.stderr).toContain('hint: fix the cell (a footnote mark glued to the figure?), or pass --number-format vi or en to say how the file is written');
  });

  it('two English-only cells are named both', async () => {
    const lines = [...TOP, row(1, 'Mỹ Lộc', '125.430;45.2101;1.250;-'), row(2, 'Vụ Bản', '98.765;40.12;2.500;-'), row(3, 'Ý Yên', '76.543;30.456;1.000;-')];
    const r = await both('two-tien-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:4: error: money completed "45.2101" and "40.12" at line 5, column 4 can only be read as English (dot decimal)');
  });

  it('the file with the cell fixed, read as Vietnamese: 300,738,000 đồng with conditions', async () => {
    const fixed = GLUED.map((l) => l.replace('45.2101', '45.210'));
    const r = await both('fixed-tien-2019.csv', fixed, [...ARGS, '--number-format', 'vi']);
    expect(r.code).toBe(0);
    // completed 45.210 + 40.120 + 30.456 = 115.786; terminated 1.250 + 2.500 + 1.000 = 4.750 nghìn
    expect(money(r.stdout)).toMatchObject({ withConditions: '300738000', completed: '115786000', terminated: '4750000', resolved: '120536000', rate: '40.08' });
    // without --number-format every cell could be either: SPEC §3's refusal
    const auto = await both('fixed-auto-tien-2019.csv', fixed);
    expect(auto.code).toBe(1);
    expect(auto.stderr).toContain('FILE:4:3: error: "125.430" could be read as Vietnamese or English, and nothing in the file settles it [AMBIGUOUS_NUMBER]');
  });

  it('the same file without the cell (empty), --number-format vi', async () => {
    const r = await both('empty-tien-2019.csv', GLUED.map((l) => l.replace('45.2101', '')), [...ARGS, '--number-format', 'vi']);
    expect(r.code).toBe(0);
    expect(money(r.stdout)).toMatchObject({ withConditions: '300738000', completed: '70576000', resolved: '75326000' });
  });

  it('--number-format still forces: en reads the glued file as English, vi refuses its cell', async () => {
    const en = await both('forced-en-tien-2019.csv', GLUED, [...ARGS, '--number-format', 'en']);
    expect(en.code).toBe(0);
    // 125.430 + 98.765 + 76.543 = 300.738 nghìn; 45.2101 + 40.120 + 30.456 = 115.7861 nghìn
    expect(money(en.stdout)).toMatchObject({ withConditions: '300738', completed: '115786.1' });
    const vi = await both('forced-vi-tien-2019.csv', GLUED, [...ARGS, '--number-format', 'vi']);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain('FILE:4:4: error: money completed "45.2101" is written in English convention');
  });

  it('an English file with varied decimals still decides English, on the fast path too', async () => {
    const lines = [...TOP, row(1, 'Mỹ Lộc', '1.25;1;0;-'), row(2, 'Vụ Bản', '98.765;45.2;1;-'), row(3, 'Ý Yên', '3;2;0;-')];
    const used = fastPath.used;
    const r = await both('english-tien-2019.csv', lines);
    expect(fastPath.used).toBe(used + 1);
    expect(r.code).toBe(0);
    // 1.25 + 98.765 + 3 = 103.015 nghìn; completed 1 + 45.2 + 2 = 48.2; terminated 1; 49.2 / 103.015 = 47.76 %
    expect(money(r.stdout)).toMatchObject({ withConditions: '103015', completed: '48200', terminated: '1000', resolved: '49200', rate: '47.76' });
  });

  it('many English-only cells decide English as before', async () => {
    const lines = [...TOP, row(1, 'Mỹ Lộc', '125.430;45.2101;1.250;-'), row(2, 'Vụ Bản', '98.765;40.12;2.500;-'), row(3, 'Ý Yên', '76.543;30.4;1.000;-')];
    const r = await both('many-tien-2019.csv', lines);
    expect(r.code).toBe(0);
    // 125.430 + 98.765 + 76.543 = 300.738; 45.2101 + 40.12 + 30.4 = 115.7301; 1.25 + 2.5 + 1 = 4.75 (nghìn)
    expect(money(r.stdout)).toMatchObject({ withConditions: '300738', completed: '115730.1', terminated: '4750', resolved: '120480.1' });
  });
});

describe('LoneEnglishWatch', () => {
  const see = (watch: LoneEnglishWatch, texts: string[], isCount = false) =>
    texts.forEach((text, i) => watch.see(text, candidates(readCell(text), isCount) as Candidates, { line: i + 1, column: 3, text, what: 'money' }));

  it('refuses one or two English-only cells against three Vietnamese groups', () => {
    const w = new LoneEnglishWatch();
    see(w, ['45.2101', '125.430', '98.765']);
    expect(w.refuses).toBe(false);
    const w2 = new LoneEnglishWatch();
    see(w2, ['45.2101', '125.430', '98.765', '2.500', '1,5']); // ("1,5" only Vietnamese reads: the reader refuses it)
    expect(w2.refuses).toBe(true);
    expect(w2.refusal('f.csv', 'line')?.location).toEqual({ file: 'f.csv', line: 1, column: 3 });
  });

  it('a cell seen again (a row read once the convention is known) counts once', () => {
    const w = new LoneEnglishWatch();
    for (const text of ['125.430', '125.430', '125.430', '45.2101']) w.see(text, candidates(readCell(text), false) as Candidates, { line: 1, column: 3, text, what: 'money' });
    expect(w.refuses).toBe(false);
  });

  it('stands English on a third English-only cell', () => {
    const many = new LoneEnglishWatch();
    see(many, ['45.2101', '0.5', '125.430', '98.765', '1.250', '3.25']);
    expect(many.refuses).toBe(false);
    expect(many.watching).toBe(false);
  });

  it('a workbook number cell settles nothing', () => {
    const w = new LoneEnglishWatch();
    see(w, ['45.2101', '125.430', '98.765', '12.5\u2063', '1.250']);
    expect(w.refuses).toBe(true);
  });
});
