// Excel's "CSV" writes the delimiters of a row's trailing blank cells for the sheet's first 16 rows
// only (KB Q77295): an empty "Ghi chú" loses its comma from row 17 on. Such a row was refused
// RAGGED_ROW; it is read now, its missing cells empty, when it lacks only notes (or unnamed) cells,
// past row 16, and ends at a value. Any other short row stays refused (tester's finding 66c/03).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-excel16-', ['--format', 'csv']);

const WIDTH = 7;
const pad = (cells: readonly string[], d = ','): string => [...cells, ...Array<string>(WIDTH - cells.length).fill('')].join(d);
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong,Ghi chú';
const office = (i: number, d = ','): string => [String(i), `Office ${i}`, String(100 + i), String(50 + i), String(i * 1_000_000), String(i * 500_000)].join(d);
/**
 * Four title lines, the header on line 5, offices 1–12 on lines 6–17, the total on line 18, as
 * Excel writes them: every delimiter on lines 1–16, none for the blank notes from line 17 on.
 * By hand: cases with conditions Σ(100+i), i=1..12 = 1200 + 78 = 1278; resolved Σ(50+i) = 600 + 78
 * = 678; 678/1278 = 53,05 %. Money Σ i·1.000.000 = 78.000.000; Σ i·500.000 = 39.000.000; 50,00 %.
 */
function excelFile(header = HEADER, d = ',', total = 'Tổng cộng', title = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'): string[] {
  const lines = [pad([title], d), pad([], d), pad([], d), pad(['', '', '', '', 'Đơn vị tính: Việc; đồng'], d), header];
  for (let i = 1; i <= 12; i++) lines.push(lines.length < 16 ? `${office(i, d)}${d}` : office(i, d));
  lines.push(['', total, '1278', '678', '78000000', '39000000'].join(d));
  return lines;
}
const TOTAL_LINE = ',TOTAL,2019,,,,,,,1278,,,,,,,,,678,,53.05,73,-19.95,933,-255,false,,,,,,,,,,,78000000,,,,,,,,,,39000000,,50.00,,,,,,,,,';
const lastLine = (stdout: string): string => stdout.trimEnd().split('\n').at(-1)!;
const ragged = (line: number, cells: number, width = WIDTH): string => `FILE:${line}:${cells + 1}: error: this row has ${cells} cells, but the header has ${width} [RAGGED_ROW]`;

describe("rows past line 16 without the blank notes' delimiter: read", () => {
  it.each([
    ['Vietnamese headers', excelFile()],
    ['upper case', excelFile('STT,ĐƠN VỊ,VIỆC CÓ ĐIỀU KIỆN,VIỆC GIẢI QUYẾT XONG,TIỀN CÓ ĐIỀU KIỆN,TIỀN GIẢI QUYẾT XONG,GHI CHÚ', ',', 'TỔNG CỘNG')],
    ['without diacritics', excelFile('STT,Don vi,Viec co dieu kien,Viec giai quyet xong,Tien co dieu kien,Tien giai quyet xong,Ghi chu', ',', 'Tong cong')],
    ['an English export ("Notes")', excelFile('No.,Office,Cases with conditions,Cases resolved,Money with conditions,Money resolved,Notes', ',', 'Total', 'ANNUAL REPORT 2019')],
    ['semicolons (a comma-decimal locale)', excelFile(HEADER.replaceAll(',', ';'), ';')],
  ])('%s: exit 0, the hand totals 1278 / 678 and 78.000.000 / 39.000.000', async (_, lines) => {
    const r = await both('excel-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe(TOTAL_LINE);
  });

  it("a header with a blank column after Ghi chú: both trailing cells left off, read", async () => {
    // the header's trailing "," names an 8th column no header names; lines 1–16 carry 7 commas
    const lines = excelFile(`${HEADER},`).map((l, i) => (i < 16 && i !== 4 ? `${l},` : l));
    const r = await both('excel-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe(TOTAL_LINE);
  });

  it("the tester's file: Nam Định 2019, a two-row header, \"Tổng cộng\" on line 17 without the last comma", async () => {
    const c = (s: string): string => `${s},`;
    const lines = [
      c('CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,,'),
      c('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,,,,,'),
      c('(Từ ngày 01/10/2018 đến ngày 30/9/2019),,,,,,,,,,'),
      c(',,,,,,Đơn vị tính: Việc; đồng,,,,'),
      'STT,Đơn vị,Về việc,,,,Về tiền,,,,,Ghi chú',
      c(',,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong,Có điều kiện,Thi hành xong,Đình chỉ,Giảm,Giải quyết xong'),
      c('1,Thành phố Nam Định,608,545,37,582,13.338.211.701,10.834.320.918,799.410.502,178.776.112,11.812.507.532'),
      c('2,Mỹ Lộc,586,520,13,533,9.565.824.266,7.194.245.234,634.044.111,181.445.605,8.009.734.950'),
      c('3,Vụ Bản,655,611,19,630,16.389.337.399,13.086.832.295,1.077.528.862,325.678.557,14.490.039.714'),
      c('4,Ý Yên,298,266,10,276,9.770.951.678,7.917.400.545,305.181.036,162.662.647,8.385.244.228'),
      c('5,Nam Trực,522,456,38,494,13.650.377.686,8.498.214.022,667.652.915,135.182.077,9.301.049.014'),
      c('6,Trực Ninh,609,535,40,575,11.376.006.667,8.899.696.500,303.920.452,226.892.765,9.430.509.717'),
      c('7,Xuân Trường,680,592,38,630,10.307.023.157,8.048.324.764,213.645.245,237.075.493,8.499.045.502'),
      c('8,Giao Thủy,653,572,37,609,8.925.637.266,7.401.522.956,234.501.242,96.562.515,7.732.586.713'),
      c('9,Hải Hậu,589,539,24,563,10.390.790.590,8.106.384.363,307.123.769,256.464.425,8.669.972.557'),
      c('10,Nghĩa Hưng,671,582,39,621,8.391.160.090,6.297.785.597,474.887.609,101.203.867,6.873.877.073'),
      ',Tổng cộng,5.871,5.218,295,5.513,112.105.320.500,86.284.727.194,5.017.895.743,1.901.944.063,93.204.567.000',
    ];
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // with conditions 608+586+655+298+522+609+680+653+589+671 = 5871; resolved 582+533+630+276+494+575+630+609+563+621 = 5513;
    // 5513/5871 = 93,90 %. Money 112.105.320.500 and 93.204.567.000 (the row's own total, which the offices add to): 83,14 %.
    const total = lastLine(r.stdout).split(',');
    expect([total[1], total[9], total[18], total[20]]).toEqual(['TOTAL', '5871', '5513', '93.90']);
    expect(lastLine(r.stdout)).toContain(',112105320500,86284727194,5017895743,1901944063,');
    expect(lastLine(r.stdout)).toContain(',93204567000,,83.14,');
  });

  it('a quoted header cell over two lines: line 18 is the sheet\'s row 17, read', async () => {
    // the header cell "Ghi chú" written over two lines: every line below is one line further than its row
    const lines = excelFile('STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong,"Ghi\nchú"');
    const r = await both('excel-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe(TOTAL_LINE);
  });
});

describe('short rows that stay refused RAGGED_ROW', () => {
  it('a row within the first 16 short by its notes: line 16 (Excel writes that comma)', async () => {
    const lines = excelFile();
    lines[15] = office(11); // 11,Office 11,111,61,11000000,5500000 — no trailing ","
    const r = await both('excel-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(ragged(16, 6));
  });

  it("the sheet's row 16 on line 17 (a header cell over two lines): still Excel's padded window", async () => {
    const lines = excelFile('STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong,"Ghi\nchú"');
    lines[15] = office(11); // row 16 of the sheet, written on line 17
    const r = await both('excel-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(ragged(17, 6));
  });

  it('past line 16, a figure column missing (no notes column): the row is cut off', async () => {
    const header = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
    const lines = excelFile(header).map((l, i) => (i < 16 && i !== 4 ? l.slice(0, -1) : l)); // 6 columns everywhere
    lines[16] = '12,Office 12,112,62,12000000'; // money resolved missing
    const r = await both('excel-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(ragged(17, 5, 6));
  });

  it('past line 16, short by a figure and the notes: a blank figure is no notes cell', async () => {
    const lines = excelFile();
    lines[16] = '12,Office 12,112,62,12000000';
    const r = await both('excel-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(ragged(17, 5));
  });

  it("past line 16, a middle cell dropped, the notes' comma kept: the row ends blank, refused", async () => {
    const lines = excelFile();
    lines[16] = '12,Office 12,112,12000000,6000000,'; // "62" lost: the figures shifted left
    const r = await both('excel-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(ragged(17, 6));
  });

  it('past line 16, a middle cell dropped and the notes trimmed: short by two, a figure among them', async () => {
    const lines = excelFile();
    lines[16] = '12,Office 12,112,12000000,6000000';
    const r = await both('excel-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(ragged(17, 5));
  });
});

describe('a middle cell dropped before a filled notes cell: the shifted figures are caught otherwise', () => {
  it('a word in the notes lands under money resolved: BAD_NUMBER at that cell', async () => {
    const lines = excelFile();
    lines[16] = '12,Office 12,112,12000000,6000000,Đạt'; // "62" lost
    const r = await both('excel-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:17:6: error: money resolved "Đạt" is not a number [BAD_NUMBER]');
  });

  it('a number in the notes: the declared total no longer adds up', async () => {
    const lines = excelFile();
    lines[16] = '12,Office 12,112,62,6000000,2'; // "12000000" lost, the note "2" under money resolved
    const r = await both('excel-2019.csv', lines);
    expect(r.code).toBe(1);
    // money with conditions 78.000.000 − 12.000.000 + 6.000.000 = 72.000.000
    expect(r.stderr.split('\n')).toContain('FILE:18:5: error: declared total "Tổng cộng" has money with conditions 78000000, but the office rows add up to 72000000 [DECLARED_TOTAL_MISMATCH]');
    // ("6000000" and "2" may be one figure cut by a decimal comma, too: said before it, split-decimal.ts)
    expect(r.stderr).toContain('FILE:17:6: warning: this row\'s last two cells, "6000000" and "2"');
  });
});

describe('ordinary files read as before (over-reach controls)', () => {
  it('every delimiter on every line, notes filled on some: exit 0, the same totals', async () => {
    const lines = excelFile().map((l, i) => (i >= 16 ? `${l},` : l));
    lines[9] = `${office(5)},Đạt chỉ tiêu`;
    lines[17] = `${lines[17]!.slice(0, -1)},Số liệu chính thức`;
    const r = await both('excel-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe(TOTAL_LINE);
  });

  it('a file of 6 columns, no notes, nothing short: exit 0, the same totals', async () => {
    const header = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
    const lines = excelFile(header).map((l, i) => (i < 16 && i !== 4 ? l.slice(0, -1) : l));
    const r = await both('excel-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe(TOTAL_LINE);
  });

  it('a short signature line past 16 with no figure is skipped, as before', async () => {
    const lines = [...excelFile(), ',Người lập biểu,,,CỤC TRƯỞNG'];
    const r = await both('excel-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe(TOTAL_LINE);
  });
});

// Tester's finding 67a/03: a file cut off mid-figure (an upload that stopped), no total row: its last
// line "…,11345683,887" is short by the notes, past row 16, ends at a value — but the rows past 16
// before it keep their blank notes' comma, which Excel would have left off: not Excel's trimming.
describe('a short row beside whole rows of its block with blank notes: cut off, refused', () => {
  /** Offices 1–14 on lines 6–19, every delimiter kept; `last` on line 20, no total row. */
  const cutFile = (last: string): string[] => {
    const lines = [pad(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019']), pad([]), pad([]), pad(['', '', '', '', 'Đơn vị tính: Việc; đồng']), HEADER];
    for (let i = 1; i <= 14; i++) lines.push(`${office(i)},`);
    lines.push(last);
    return lines;
  };

  it('the cut last line is refused at its line, naming the whole row of its block', async () => {
    // office 15 cut off in its money resolved: "7500000" → "750"
    const r = await both('cut-2019.csv', cutFile('15,Office 15,115,65,15000000,750'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      "FILE:20: error: this row has fewer cells than the header, and line 17, of the same block of 16 rows, keeps its blank notes cell's delimiter: Excel trims every such row of a block or none, so this row is cut off, not trimmed [RAGGED_ROW]",
    );
  });

  it('the whole row after the short one still refuses it (at the short row)', async () => {
    const lines = excelFile();
    // line 17 (office 12) trimmed; line 18 (the total) written whole with its blank notes' comma
    lines[17] = `${lines[17]},`;
    const r = await both('excel-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      "FILE:17: error: this row has fewer cells than the header, and line 18, of the same block of 16 rows, keeps its blank notes cell's delimiter: Excel trims every such row of a block or none, so this row is cut off, not trimmed [RAGGED_ROW]",
    );
  });

  it('control: the same file whole (every comma kept) reads, 15 offices', async () => {
    // By hand: cases Σ(100+i), i=1..15 = 1500 + 120 = 1620; resolved Σ(50+i) = 750 + 120 = 870
    const r = await both('cut-2019.csv', cutFile('15,Office 15,115,65,15000000,7500000,'));
    expect(r.code).toBe(0);
    const total = lastLine(r.stdout).split(',');
    expect(total[9]).toBe('1620');
    expect(total[18]).toBe('870');
  });
});
