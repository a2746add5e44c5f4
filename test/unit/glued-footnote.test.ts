// A footnote mark glued to one money figure ("45.210" + "1" pasted from a PDF: "45.2101") was the
// one cell auto mode could read in one convention only: it decided the file's, and every
// "125.430" nghìn đồng was read a thousand times off (traps 43b/01 and its mirror 44/04, exit 0).
// The rule (glued-footnote.ts) is the cell's shape, not a count: one or two deciding cells with
// four or more digits after the separator the file's other cells write with three are refused.
// Ordinary English files with three decimals ("1,125.431", "0.000", "14.2") are read (44/01).
// Both readers must say the same; expected values are by hand. The cells quoted are the first
// three grouped ones in the file's order (rows waiting for the convention look ahead for it, read-csv.ts settleAhead).
import { describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { GluedFootnoteWatch } from '../../src/input/glued-footnote.js';
import { candidates, readCell, type Candidates, type Convention } from '../../src/input/numbers.js';
import { bothReaders } from '../helpers/both-readers.js';

const TOP = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN', 'Đơn vị tính: nghìn đồng', 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ;Giảm thi hành án'];
const row = (n: number, office: string, cells: string) => `${n};Chi cục THADS huyện ${office};${cells}`;
/** trap 43b/01's file, verbatim: money with conditions 125.430 + 98.765 + 76.543 = 300.738 nghìn */
const GLUED = [...TOP, row(1, 'Mỹ Lộc', '125.430;45.2101;1.250;-'), row(2, 'Vụ Bản', '98.765;40.120;2.500;-'), row(3, 'Ý Yên', '76.543;30.456;1.000;-')];
/** trap 44/04's file, verbatim, its mirror: English groups ("125,430", quoted, comma-delimited), "45,2101" decides Vietnamese */
const MIRROR = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019',
  'Đơn vị tính: nghìn đồng',
  'STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Giảm thi hành án',
  '1,Văn phòng Cục THADS tỉnh,"125,430","98,765","1,250",0',
  '2,Chi cục THADS huyện Mỹ Lộc,"310,224","45,2101",0,0',
  '3,Chi cục THADS huyện Vụ Bản,"77,891","12,346","3,003",0',
];
const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];
const { both } = bothReaders('thads-glued-footnote-', ARGS);
const money = (stdout: string) => JSON.parse(stdout).total.money;
const HINT = 'hint: fix the cell (a footnote mark glued to the figure?), or pass --number-format vi or en to say how the file is written';

describe('a glued footnote that decides the convention is refused at its cell', () => {
  it('English decided by "45.2101" among "125.430" (43b/01; was 300738 đồng, exit 0)', async () => {
    const r = await both('glued-tien-2019.csv', GLUED);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:4:4: error: money completed "45.2101" has 4 digits after its "." while the file\'s other cells have three ("1.250", "125.430", "98.765") — a footnote mark glued to the figure? Read either way, some figures would be wrong [MIXED_NUMBER_FORMAT]',
    );
    expect(r.stderr).toContain(HINT);
  });

  it('Vietnamese decided by "45,2101" among "125,430" (44/04; was 513545 đồng, exit 0)', async () => {
    const r = await both('mirror-tien-2019.csv', MIRROR);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:5:4: error: money completed "45,2101" has 4 digits after its "," while the file\'s other cells have three ("125,430", "98,765", "1,250") — a footnote mark glued to the figure? Read either way, some figures would be wrong [MIXED_NUMBER_FORMAT]',
    );
    expect(r.stderr).toContain(HINT);
  });

  it('the mirror with ";" between cells, as the fast path reads it: handed to the reference, refused', async () => {
    const lines = [...TOP, row(1, 'Mỹ Lộc', '125,430;98,765;1,250;0'), row(2, 'Vụ Bản', '310,224;45,2101;0;0'), row(3, 'Ý Yên', '77,891;12,346;3,003;0')];
    const used = fastPath.used;
    const r = await both('mirror-semicolon-tien-2019.csv', lines);
    expect(fastPath.used).toBe(used);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:4: error: money completed "45,2101" has 4 digits after its "," while the file\'s other cells have three ("125,430", "98,765", "1,250")');
  });

  it('two glued cells are named both', async () => {
    const lines = [...TOP, row(1, 'Mỹ Lộc', '125.430;45.2101;1.250;-'), row(2, 'Vụ Bản', '98.765;40.12011;2.500;-'), row(3, 'Ý Yên', '76.543;30.456;1.000;-')];
    const r = await both('two-tien-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:4: error: money completed "45.2101" and "40.12011" at line 5, column 4 have 4 and 5 digits after their "." while the file\'s other cells have three');
  });

  it('the mirror with its cell fixed ("45,210"), --number-format en: 513,545,000 đồng with conditions', async () => {
    const r = await both('mirror-fixed-tien-2019.csv', MIRROR.map((l) => l.replace('45,2101', '45,210')), [...ARGS, '--number-format', 'en']);
    expect(r.code).toBe(0);
    // 125,430 + 310,224 + 77,891 = 513,545; completed 98,765 + 45,210 + 12,346 = 156,321; terminated 1,250 + 3,003 = 4,253 (nghìn)
    // resolved 160,574; 160,574 / 513,545 = 31.27 %
    expect(money(r.stdout)).toMatchObject({ withConditions: '513545000', completed: '156321000', terminated: '4253000', resolved: '160574000', rate: '31.27' });
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
});

describe('cells of any other shape decide as before (44/01: no false refusal)', () => {
  it('English Excel #,##0.000 in million VND: "1,125.431", "0.000" (was MIXED_NUMBER_FORMAT)', async () => {
    const lines = ['Unit: million VND', 'Office,With conditions,Completed,Terminated', 'Office A,"1,125.431",698.765,1.250', 'Office B,310.224,245.200,0.000', 'Office C,77.891,12.346,3.003'];
    const r = await both('excel-en-trieu-tien-2019.csv', lines, [...ARGS, '--measure', 'money']);
    expect(r.code).toBe(0);
    // 1,125.431 + 310.224 + 77.891 = 1,513.546 million; completed 698.765 + 245.200 + 12.346 = 956.311;
    // terminated 1.250 + 3.003 = 4.253; resolved 960.564; 960.564 / 1,513.546 = 63.46 %
    expect(money(r.stdout)).toMatchObject({ withConditions: '1513546000', completed: '956311000', terminated: '4253000', resolved: '960564000', rate: '63.46' });
  });

  it('a script\'s billion-VND table with "14.2" among three-decimal cells (was MIXED_NUMBER_FORMAT)', async () => {
    const lines = ['Unit: billion VND', 'Province,With conditions,Resolved', 'Ha Noi,125.431,98.765', 'Nam Dinh,31.224,14.2', 'Thai Binh,27.891,12.346', 'Ninh Binh,20.512,9.119'];
    const r = await both('en-ty-tien-2019.csv', lines, [...ARGS, '--measure', 'money']);
    expect(r.code).toBe(0);
    // 125.431 + 31.224 + 27.891 + 20.512 = 205.058 tỷ; 98.765 + 14.2 + 12.346 + 9.119 = 134.43 tỷ; 65.56 %
    expect(money(r.stdout)).toMatchObject({ withConditions: '205058000000', resolved: '134430000000', rate: '65.56' });
  });

  it('a real Vietnamese file of the same shape ("125,431", one "45,2"), 44/01c', async () => {
    const lines = [
      'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2025',
      'Đơn vị tính: nghìn đồng',
      'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ;Giảm thi hành án',
      '1;Văn phòng THADS tỉnh;125,431;98,765;1,25;0',
      '2;Phòng THADS khu vực 1;310,224;45,2;0;0',
      '3;Phòng THADS khu vực 2;77,891;12,346;3,003;0',
    ];
    const r = await both('control-vi-tien-2025.csv', lines, ['--year', '2025', '--by', 'none', '--format', 'json']);
    expect(r.code).toBe(0);
    // 125,431 + 310,224 + 77,891 = 513,546 nghìn = 513,546 đồng; completed 98,765 + 45,2 + 12,346 = 156,311;
    // terminated 1,25 + 3,003 = 4,253; resolved 160,564; 160,564 / 513,546 = 31.27 %
    expect(money(r.stdout)).toMatchObject({ withConditions: '513546', completed: '156311', terminated: '4253', resolved: '160564', rate: '31.27' });
  });

  it('a Vietnamese decimal with groups, "16.201.577,4875", decides Vietnamese among "125,430"', async () => {
    const lines = [...TOP, row(1, 'Mỹ Lộc', '16.201.577,4875;125,430;1,250;-'), row(2, 'Vụ Bản', '98,765;40,120;2,500;-'), row(3, 'Ý Yên', '76,543;30,456;1,000;-')];
    const r = await both('vi-groups-tien-2019.csv', lines);
    expect(r.code).toBe(0);
    // 16,201,577.4875 + 98.765 + 76.543 = 16,201,752.7955 nghìn = 16,201,752,795.5 đồng
    // completed 125.43 + 40.12 + 30.456 = 196.006; terminated 1.25 + 2.5 + 1 = 4.75; resolved 200.756 (nghìn)
    expect(money(r.stdout)).toMatchObject({ withConditions: '16201752795.5', completed: '196006', terminated: '4750', resolved: '200756' });
  });

  it('a real decimal beside the glued-looking cell settles English ("45.2101" and "40.12")', async () => {
    const lines = [...TOP, row(1, 'Mỹ Lộc', '125.430;45.2101;1.250;-'), row(2, 'Vụ Bản', '98.765;40.12;2.500;-'), row(3, 'Ý Yên', '76.543;30.456;1.000;-')];
    const r = await both('real-decimal-tien-2019.csv', lines);
    expect(r.code).toBe(0);
    // 125.430 + 98.765 + 76.543 = 300.738; 45.2101 + 40.12 + 30.456 = 115.7861; 1.25 + 2.5 + 1 = 4.75 (nghìn)
    expect(money(r.stdout)).toMatchObject({ withConditions: '300738', completed: '115786.1', terminated: '4750', resolved: '120536.1' });
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
});

describe('GluedFootnoteWatch', () => {
  const see = (watch: GluedFootnoteWatch, texts: string[], convention: Convention = 'en') =>
    texts.forEach((text, i) => watch.see(text, candidates(readCell(text), false) as Candidates, { line: i + 1, column: 3, text, what: 'money' }, convention));

  it('refuses one or two glued cells against three groups of the same separator', () => {
    const w = new GluedFootnoteWatch();
    see(w, ['45.2101', '125.430', '98.765']);
    expect(w.refuses).toBe(false);
    const w2 = new GluedFootnoteWatch();
    see(w2, ['45.2101', '125.430', '98.765', '2.500']);
    expect(w2.refuses).toBe(true);
    expect(w2.refusal('f.csv', 'line')?.location).toEqual({ file: 'f.csv', line: 1, column: 3 });
    const vi = new GluedFootnoteWatch();
    see(vi, ['45,2101', '125,430', '98,765', '2,500'], 'vi');
    expect(vi.refuses).toBe(true);
  });

  it('groups of the other separator do not count', () => {
    const w = new GluedFootnoteWatch();
    see(w, ['45,2101', '125.430', '98.765', '2.500'], 'vi');
    expect(w.refuses).toBe(false);
  });

  it('a deciding cell of another shape stands the convention: "14.2", "0.000", "1,125.431", "1234.5", two separators', () => {
    for (const other of ['14.2', '0.000', '1,125.431', '1,125.4301']) {
      const w = new GluedFootnoteWatch();
      see(w, ['45.2101', other, '125.430', '98.765', '2.500']);
      expect([other, w.refuses, w.watching]).toEqual([other, false, false]);
    }
    const vi = new GluedFootnoteWatch();
    see(vi, ['16.201.577,4875', '125,430', '98,765', '2,500'], 'vi');
    expect(vi.refuses).toBe(false);
  });

  it('a cell seen again (a row read once the convention is known) counts once', () => {
    const w = new GluedFootnoteWatch();
    for (const text of ['125.430', '125.430', '125.430', '45.2101']) w.see(text, candidates(readCell(text), false) as Candidates, { line: 1, column: 3, text, what: 'money' }, 'en');
    expect(w.refuses).toBe(false);
  });

  it('stands on a third glued-looking cell', () => {
    const many = new GluedFootnoteWatch();
    see(many, ['45.2101', '0.5101', '125.430', '98.765', '1.250', '3.2501']);
    expect(many.refuses).toBe(false);
    expect(many.watching).toBe(false);
  });

  it('a workbook number cell settles nothing', () => {
    const w = new GluedFootnoteWatch();
    see(w, ['45.2101', '125.430', '98.765', '12.5\u2063', '1.250']);
    expect(w.refuses).toBe(true);
  });
});
