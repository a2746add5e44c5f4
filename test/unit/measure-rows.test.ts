// Rows labelled by what their figures measure (round 41b, 03 and 04): "Số việc" / "Tỷ lệ (%)"
// or "Việc" / "Tiền" in a column thads does not read, one row per measure or rate under one
// office. Each was added as an office's row before (exit 0: the percentages or the money summed
// into the cases). Refused at the cell, by both readers alike.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { labelsMeasure } from '../../src/input/measure-rows.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];
const { dir, both } = bothReaders('thads-measure-rows-', ARGS);

const HINT = '  hint: write one row per office with the figures in columns (cases and money in columns of their own); a rate is computed by thads, delete its rows\n';
const refusal = (at: string, text: string, column: string) =>
  `FILE:${at}: error: "${text}" labels this row by measure or rate: the rows are labelled by measure or rate in ${column}, one row per measure or rate, which thads does not read; its figures would be added as the office's cases or money [ROW_LABELS_MEASURE]\n${HINT}`;

describe('labelsMeasure: the whole cell only', () => {
  it.each(['Việc', 'Số việc', 'Vụ việc', 'Về việc', 'Tiền', 'Số tiền', 'Về tiền', 'Giá trị', 'Số lượng', 'Tỷ lệ', 'Tỷ lệ (%)', 'Tỷ lệ %', '%', ' SỐ VIỆC ', 'Ty le (%)'])('%j labels a measure or a rate', (cell) => expect(labelsMeasure(cell)).toBe(true));
  it.each(['', 'Tỷ lệ đạt thấp do thiếu cán bộ', 'Việc khó thi hành', 'Đạt chỉ tiêu', 'Chấp hành viên A', 'Số việc/CHV', 'x', '-'])('%j does not', (cell) => expect(labelsMeasure(cell)).toBe(false));
});

describe('an office over a count row and a rate row', () => {
  const HEAD = 'STT;Đơn vị;Nội dung;Chưa có điều kiện;Có điều kiện;Giải quyết xong';

  it('"Số việc" / "Tỷ lệ (%)" beside the name, empty on the second row: refused at the first label (434 cases were printed)', async () => {
    const r = await both('count-rate-viec.csv', [HEAD, '1;Ia Grai;Số việc;50;100;80', ';;Tỷ lệ (%);33;67;80', '2;Đắk Đoa;Số việc;100;200;150', ';;Tỷ lệ (%);33;67;75']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal('2:3', 'Số việc', 'column "Nội dung"'));
  });

  it('a rate row only labelled ("Tỷ lệ %"), the count row blank in that column: refused at the rate row', async () => {
    const r = await both('rate-only-viec.csv', [HEAD, '1;Ia Grai;;50;100;80', ';Ia Grai;Tỷ lệ %;33;67;80']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('3:3', 'Tỷ lệ %', 'column "Nội dung"'));
  });

  it('"%" alone under a column without a header between the name and the figures', async () => {
    const r = await both('percent-viec.csv', ['STT;Đơn vị;;Có điều kiện;Giải quyết xong', '1;Ia Grai;;100;80', ';Ia Grai;%;67;80']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('3:3', '%', 'the column without a header (column 3)'));
  });

  it('the office merged over its two rows in a workbook: refused at the sheet\'s cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bieu');
    ws.addRow(['STT', 'Đơn vị', 'Nội dung', 'Chưa có điều kiện', 'Có điều kiện', 'Giải quyết xong']);
    ws.addRow([1, 'Chi cục THADS huyện Ia Grai', 'Số việc', 50, 100, 80]);
    ws.addRow([null, null, 'Tỷ lệ (%)', 33, 67, 80]);
    ws.mergeCells('B2:B3');
    ws.mergeCells('A2:A3');
    const file = join(dir, 'merged-viec.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr().split(file).join('FILE')).toContain(refusal('Bieu!C2', 'Số việc', 'column "Nội dung"'));
  });
});

describe('one row per measure ("Việc" / "Tiền") under one office', () => {
  const LINES = ['STT,Đơn vị,Phân loại,Có điều kiện,Giải quyết xong', '1,Ia Grai,Việc,100,80', ',Ia Grai,Tiền,5000,4000', '2,Đắk Đoa,Việc,200,150', ',Đắk Đoa,Tiền,7000,3000'];

  it('with --measure cases (as MEASURE_UNKNOWN hints): refused at "Việc", never 12300 / 7230', async () => {
    const r = await both('measure-rows.csv', LINES, [...ARGS, '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('2:3', 'Việc', 'column "Phân loại"'));
  });

  it('"Số tiền" first, a file named …viec…: refused at "Số tiền"', async () => {
    const r = await both('measure-rows-viec.csv', ['Đơn vị,Chỉ tiêu,Có điều kiện,Giải quyết xong', 'Ia Grai,Số tiền,5000,4000', 'Ia Grai,Số việc,100,80']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('2:2', 'Số tiền', 'column "Chỉ tiêu"'));
  });

  it('a row of dashes still has figures: refused, in a notes column too', async () => {
    const r = await both('dashes-viec.csv', ['Đơn vị,Có điều kiện,Giải quyết xong,Ghi chú', 'Ia Grai,100,80,', 'Ia Grai,-,-,Tỷ lệ (%)']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('3:4', 'Tỷ lệ (%)', 'column "Ghi chú"'));
  });
});

describe('remarks are no labels: the file is read', () => {
  it('a "Ghi chú" that opens with a rate\'s or a measure\'s word: 300 / 230 = 76.67 %', async () => {
    const r = await both('remarks-viec.csv', [
      'STT,Đơn vị,Có điều kiện,Giải quyết xong,Ghi chú',
      '1,Ia Grai,100,80,Tỷ lệ đạt thấp do thiếu cán bộ',
      '2,Đắk Đoa,200,150,Việc khó thi hành',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', resolved: '230', rate: '76.67' });
  });

  it('an unknown text column of remarks: read', async () => {
    const r = await both('other-text-viec.csv', [
      'STT,Đơn vị,Nội dung,Có điều kiện,Giải quyết xong',
      '1,Ia Grai,Việc khó thi hành,100,80',
      '2,Đắk Đoa,Đạt chỉ tiêu,200,150',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', resolved: '230', rate: '76.67' });
  });
});
