// Finding 01 (round 27): an office row whose figure cells say it gave no figure ("Chưa báo cáo",
// "N/A", "?") was skipped as a title and the office left out of the total (2104 / 1700
// printed for three offices, exit 0). ("KPS", "Không phát sinh" say nothing arose: 0, work101a 03.) It is refused at its first such cell, in CSV and in a
// workbook. A fixed list of such words and marks, not "any text": titles, signatures, dates,
// notes, unit lines and a repeated header stay skipped.
// Finding 03: the forms' column-number row repeated after a page break was read as an office
// named "2"; the same row as the one skipped under the header is skipped too. Both readers.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ColumnNumberRows, holdsFailedFigure } from '../../src/input/layout.js';
import { failedFigure } from '../../src/input/numbers.js';
import { numbersOffice } from '../../src/input/row-labels.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'csv'];
const { dir, both } = bothReaders('thads-no-figure-', ARGS);

const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const IA_GRAI = '1;Chi cục THADS huyện Ia Grai;1.234;1.000;5.000.000;2.000.000';
const DAK_DOA = '2;Chi cục THADS huyện Đắk Đoa;1.100;900;3.000.000;1.000.000';
const AN_KHE = '3;Chi cục THADS thị xã An Khê;870;700;4.000.000;1.500.000';

const says = (text: string) => `the cell says "${text}", that the office has not reported: its figures are unknown, and a total without them is no total`;
const HINT = "  hint: fill in the office's figures (0 where nothing arose), or take the office out of the table and say so beside the total\n";

/** cases with conditions, cases resolved, money with conditions, money resolved of the TOTAL row */
const totalOf = (stdout: string): string[] => {
  const [head, row] = stdout.trim().split('\n').map((l) => l.split(','));
  return ['cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'].map((k) => row![head!.indexOf(k)]!);
};

describe('failedFigure: a cell that says the office gave no figure', () => {
  it.each(['Chưa báo cáo', 'CHƯA BÁO CÁO', ' chưa báo cáo ', 'Không báo cáo', 'N/A', 'n/a', 'NA', '?', '…', '...', 'null', 'Không', '(*)', '*'])('%j', (raw) => {
    expect(failedFigure(raw)?.says).toBe(says(raw.trim()));
    expect(holdsFailedFigure(raw)).toBe(true);
  });

  it.each(['', '-', 'x', 'Người lập biểu', 'Thủ trưởng đơn vị', 'Ngày 30 tháng 9 năm 2019', 'Đơn vị tính: việc', '(*) Số liệu sơ bộ', 'Việc có điều kiện', 'Không có điều kiện', 'Ghi chú', '**', 'Cấp tỉnh', 'KPS', 'Không phát sinh', 'Không PS'])('%j is none', (raw) => {
    expect(failedFigure(raw)?.says).toBeUndefined();
  });
});

describe('an office row that gave no figure is refused at its first such cell', () => {
  it.each([
    ['Chưa báo cáo;;;', 'Chưa báo cáo'],
    ['N/A;N/A;N/A;N/A', 'N/A'],
    ['n/a;n/a;n/a;n/a', 'n/a'],
    ['?;?;?;?', '?'],
    ['...;...;...;...', '...'],
    ['null;null;null;null', 'null'],
    ['(*);(*);(*);(*)', '(*)'],
  ])('%s (2104 / 1700 was printed, exit 0)', async (cells, text) => {
    const r = await both(`none-${cells.length}-${text.length}.csv`, [HEADER, IA_GRAI, `2;Chi cục THADS huyện Đắk Đoa;${cells}`, AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:3:3: error: cases with conditions: ${says(text)} [BAD_NUMBER]\n${HINT}`);
  });

  // work101a 03: "Không phát sinh" (KPS) says nothing arose, a zero as "-" is (numbers.ts saysNothingArose).
  it.each(['KPS;KPS;KPS;KPS', 'Không phát sinh;;;', 'Không PS;-;khong phat sinh;KHÔNG PHÁT SINH'])('%s reads as 0, as "-" does', async (cells) => {
    const r = await both(`zero-${cells.length}.csv`, [HEADER, IA_GRAI, `2;Chi cục THADS huyện Đắk Đoa;${cells}`, AN_KHE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 1234 + 0 + 870, 1000 + 0 + 700, 5e6 + 0 + 4e6, 2e6 + 0 + 1,5e6
    expect(totalOf(r.stdout)).toEqual(['2104', '1700', '9000000', '3500000']);
  });

  it('at the first such cell, after empty ones', async () => {
    const r = await both('none-late.csv', [HEADER, IA_GRAI, '2;Chi cục THADS huyện Đắk Đoa;;;Chưa báo cáo;', AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`FILE:3:5: error: money with conditions: ${says('Chưa báo cáo')} [BAD_NUMBER]\n${HINT}`);
  });

  it('one such cell beside numbers says the same', async () => {
    const r = await both('none-beside.csv', [HEADER, IA_GRAI, '2;Chi cục THADS huyện Đắk Đoa;1.100;900;chưa báo cáo;', AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`FILE:3:5: error: money with conditions: ${says('chưa báo cáo')} [BAD_NUMBER]\n${HINT}`);
  });

  it('in a workbook: the text cell C3 (01e)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 07');
    ws.addRow(HEADER.split(';'));
    ws.addRow([1, 'Chi cục THADS huyện Ia Grai', 1234, 1000, 5000000, 2000000]);
    ws.addRow([2, 'Chi cục THADS huyện Đắk Đoa', 'Chưa báo cáo']);
    ws.addRow([3, 'Chi cục THADS thị xã An Khê', 870, 700, 4000000, 1500000]);
    const file = join(dir, 'bao-cao-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr().split(file).join('FILE')).toBe(`FILE:Biểu 07!C3: error: cases with conditions: ${says('Chưa báo cáo')} [BAD_NUMBER]\n${HINT}`);
  });

  it('titles, signatures over columns, dates, notes, unit lines and a repeated header stay skipped', async () => {
    const r = await both('guards.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019',
      ';;;;Đơn vị tính: việc; 1.000 đồng',
      HEADER,
      'I;Cấp huyện;;;;',
      IA_GRAI,
      HEADER,
      DAK_DOA,
      AN_KHE,
      ';(*) Số liệu sơ bộ;;;;',
      ';Ghi chú: số liệu lấy từ phần mềm;;;;',
      ';;;;Ngày 30 tháng 9 năm 2019;',
      ';Người lập biểu;;;Thủ trưởng đơn vị;',
      ';;Không có điều kiện;;;',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 1234 + 1100 + 870, 1000 + 900 + 700
    expect(totalOf(r.stdout).slice(0, 2)).toEqual(['3204', '2600']);
  });
});

describe('the column-number row again after a page break (finding 03)', () => {
  it('ColumnNumberRows: the row skipped under the header, cell for cell', () => {
    const layout = { figures: [2, 3, 4, 5].map((index) => ({ index })) } as never;
    const rows = new ColumnNumberRows();
    expect(rows.repeats(['1', '2', '3', '4', '5', '6'])).toBe(false);
    expect(rows.skipsBelowHeader(['1', '2', '3', '4', '5', '6'], layout)).toBe(true);
    expect(rows.repeats(['1', '2', '3', '4', '5', '6'])).toBe(true);
    expect(rows.repeats(['1', '2', '3', '4', '5', '7'])).toBe(false);
    expect(rows.repeats(['1', 'Mỹ Lộc', '3', '4', '5', '6'])).toBe(false);
  });

  it('is skipped, as the one under the header is (an office "2" was added: 3207 / 2604)', async () => {
    const r = await both('page-break.csv', [HEADER, '1;2;3;4;5;6', IA_GRAI, DAK_DOA, ';;;;;', 'Trang 2;;;;;', '1;2;3;4;5;6', AN_KHE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 1234 + 1100 + 870, 1000 + 900 + 700, 5e6 + 3e6 + 4e6, 2e6 + 1e6 + 1,5e6
    expect(totalOf(r.stdout)).toEqual(['3204', '2600', '12000000', '4500000']);
    const byOffice = await both('page-break.csv', [HEADER, '1;2;3;4;5;6', IA_GRAI, DAK_DOA, ';;;;;', 'Trang 2;;;;;', '1;2;3;4;5;6', AN_KHE], ['--year', '2019', '--by', 'district', '--format', 'csv']);
    expect(byOffice.stdout.trim().split('\n').map((l) => l.split(',')[1])).toEqual(['district', 'Chi cục THADS huyện Ia Grai', 'Chi cục THADS huyện Đắk Đoa', 'Chi cục THADS thị xã An Khê', 'TOTAL']);
  });

  it('after the header repeated as well', async () => {
    const r = await both('page-break-header.csv', [HEADER, '(1);(2);(3);(4);(5);(6)', IA_GRAI, DAK_DOA, HEADER, '(1);(2);(3);(4);(5);(6)', AN_KHE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toEqual(['3204', '2600', '12000000', '4500000']);
  });

  it('after many rows, in a later part of the fast path too', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `${i + 4};Đội thi hành án số ${i + 4};1;1;0;0`);
    const r = await both('page-break-long.csv', [HEADER, '1;2;3;4;5;6', IA_GRAI, DAK_DOA, AN_KHE, ...many, '1;2;3;4;5;6', ...many.map((l) => l.replace('Đội', 'Tổ'))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 3204 + 6000 offices × 1, 2600 + 6000
    expect(totalOf(r.stdout)).toEqual(['9204', '8600', '12000000', '4500000']);
  });
});

// Round 28, finding 03: a word list always misses one ("x", "Đang tổng hợp", "NaN"…). A row
// numbered as an office (STT 1, 2, 3…) with an office's name and no number is judged by its
// structure: figure cells all text, refused; all empty, skipped (SPEC §3) with a warning.
describe('a numbered office row without a number (round 28, finding 03)', () => {
  it('numbersOffice: an item\'s own number beside an office\'s name', () => {
    expect(numbersOffice('2', 'Chi cục THADS huyện Đắk Đoa', 2019)).toBe(true);
    expect(numbersOffice(' 2. ', 'Văn phòng Cục', 2019)).toBe(true);
    for (const [stt, name] of [['', 'Chi cục THADS huyện Đắk Đoa'], ['I', 'Cấp huyện'], ['1.1', 'Chi cục THADS huyện Đắk Đoa'], ['a', 'Chi cục THADS huyện Đắk Đoa'], ['*', 'Chi cục THADS huyện Đắk Đoa'], ['2', ''], ['2', '123'], ['1', 'Tổng cộng'], ['1', 'Tỉnh Gia Lai'], ['1', 'Khu vực 1']]) {
      expect(numbersOffice(stt!, name!, 2019), `${stt} ${name}`).toBe(false);
    }
  });

  const NO_FIGURE = (text: string) => `the office's row holds no figure: "${text}" is not a figure, so the office's figures are unknown, and a total without them is no total`;

  it.each(['Đang tổng hợp', 'Chưa gửi báo cáo', 'Chưa nhận được', 'Đang cập nhật', 'Chưa có', 'chưa bc', 'Thiếu', 'NaN', 'None'])('%j is on the list', (raw) => {
    expect(failedFigure(raw)?.says).toBe(says(raw));
    expect(holdsFailedFigure(raw)).toBe(true);
  });

  it.each(['Đang tổng hợp', 'NaN', 'None', 'Thiếu'])('%j in every figure cell is refused at the first (2104 / 1700 was printed, exit 0)', async (text) => {
    const r = await both(`listed-${text.length}.csv`, [HEADER, IA_GRAI, `2;Chi cục THADS huyện Đắk Đoa;${text};${text};${text};${text}`, AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:3:3: error: cases with conditions: ${says(text)} [BAD_NUMBER]\n${HINT}`);
  });

  it('text on no list in every figure cell is refused: the office is numbered', async () => {
    const r = await both('unlisted.csv', [HEADER, IA_GRAI, '2;Chi cục THADS huyện Đắk Đoa;Chưa xác định;Chưa xác định;Chưa xác định;Chưa xác định', AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:3:3: error: cases with conditions: ${NO_FIGURE('Chưa xác định')} [BAD_NUMBER]\n${HINT}`);
  });

  it.each(['x', 'X'])('the forms\' mark %j in every figure cell is refused in its own words', async (mark) => {
    const r = await both(`mark-${mark}.csv`, [HEADER, IA_GRAI, `2.;Chi cục THADS huyện Đắk Đoa;${mark};${mark};${mark};${mark}`, AN_KHE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:3: error: cases with conditions "${mark}" is the forms' mark for a cell not to be filled, not a figure: leave the cell empty (or write 0) where the office has none [BAD_NUMBER]\n`);
  });

  it('every figure cell empty, a note "Chưa báo cáo": skipped with a warning naming the office', async () => {
    const r = await both('empty-note.csv', [`${HEADER};Ghi chú`, `${IA_GRAI};`, '2;Chi cục THADS huyện Đắk Đoa;;;;;Chưa báo cáo', `${AN_KHE};`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'FILE:3:3: warning: "Chi cục THADS huyện Đắk Đoa" is numbered as an office but its row has no figure: it is left out of the total and the count of offices [OFFICE_WITHOUT_FIGURES]\n' +
        '  hint: if the office gave none, write 0 in its cells; if it has not reported, the total is without it: say so beside the total\n',
    );
    // 1234 + 870, 1000 + 700, 5e6 + 4e6, 2e6 + 1,5e6
    expect(totalOf(r.stdout)).toEqual(['2104', '1700', '9000000', '3500000']);
  });

  it('in a workbook: text on no list refused at C3, empty cells warned', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 07');
    ws.addRow(HEADER.split(';'));
    ws.addRow([1, 'Chi cục THADS huyện Ia Grai', 1234, 1000, 5000000, 2000000]);
    ws.addRow([2, 'Chi cục THADS huyện Đắk Đoa', 'nộp sau', 'nộp sau', 'nộp sau', 'nộp sau']);
    ws.addRow([3, 'Chi cục THADS thị xã An Khê', 870, 700, 4000000, 1500000]);
    const file = join(dir, 'text-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const refused = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expect(await main(refused.io)).toBe(1);
    expect(refused.stderr().split(file).join('FILE')).toBe(`FILE:Biểu 07!C3: error: cases with conditions: ${NO_FIGURE('nộp sau')} [BAD_NUMBER]\n${HINT}`);
    ws.getRow(3).values = [2, 'Chi cục THADS huyện Đắk Đoa'];
    await wb.xlsx.writeFile(file);
    const warned = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expect(await main(warned.io)).toBe(0);
    expect(warned.stderr().split(file).join('FILE')).toContain('FILE:Biểu 07!C3: warning: "Chi cục THADS huyện Đắk Đoa" is numbered as an office but its row has no figure');
    // 1234 + 870, 1000 + 700, 5e6 + 4e6, 2e6 + 1,5e6
    expect(totalOf(warned.stdout())).toEqual(['2104', '1700', '9000000', '3500000']);
  });

  it('unnumbered rows keep the rules: "x" marks on a section title, notes and signatures are skipped', async () => {
    const r = await both('unnumbered.csv', [HEADER, 'I;Cấp huyện;x;x;x;x', IA_GRAI, DAK_DOA, AN_KHE, ';Ghi chú: Đắk Đoa đang tổng hợp lại;;;;', ';Người lập biểu;Kế toán;Kế toán;Thủ trưởng;Thủ trưởng']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 1234 + 1100 + 870, 1000 + 900 + 700, 5e6 + 3e6 + 4e6, 2e6 + 1e6 + 1,5e6
    expect(totalOf(r.stdout)).toEqual(['3204', '2600', '12000000', '4500000']);
  });
});
