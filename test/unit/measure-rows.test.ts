// Rows labelled by what their figures measure (round 41b, 03 and 04): "Số việc" / "Tỷ lệ (%)"
// or "Việc" / "Tiền" in a column thads does not read, one row per measure or rate under one
// office. Each was added as an office's row before (exit 0: the percentages or the money summed
// into the cases). Refused at the first label that differs from its column's first, by both
// readers alike; one label on every row (a unit column, "ĐVT: Việc") is read.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
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

  it('"Số việc" / "Tỷ lệ (%)" beside the name, empty on the second row: refused at the first rate label (434 cases were printed)', async () => {
    const r = await both('count-rate-viec.csv', [HEAD, '1;Ia Grai;Số việc;50;100;80', ';;Tỷ lệ (%);33;67;80', '2;Đắk Đoa;Số việc;100;200;150', ';;Tỷ lệ (%);33;67;75']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal('3:3', 'Tỷ lệ (%)', 'column "Nội dung"'));
  });

  it('"Số việc" over a rate row worded at length (03c): other text under a first label, refused at it', async () => {
    const r = await both('count-share-viec.csv', [HEAD, '1;Ia Grai;Số việc;50;100;80', ';;Tỷ lệ so với tổng số phải thi hành (%);33;67;53']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('3:3', 'Tỷ lệ so với tổng số phải thi hành (%)', 'column "Nội dung"'));
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
    expect(stderr().split(file).join('FILE')).toContain(refusal('Bieu!C3', 'Tỷ lệ (%)', 'column "Nội dung"'));
  });
});

describe('one row per measure ("Việc" / "Tiền") under one office', () => {
  const LINES = ['STT,Đơn vị,Phân loại,Có điều kiện,Giải quyết xong', '1,Ia Grai,Việc,100,80', ',Ia Grai,Tiền,5000,4000', '2,Đắk Đoa,Việc,200,150', ',Đắk Đoa,Tiền,7000,3000'];

  it('with --measure cases (as MEASURE_UNKNOWN hints): refused at "Tiền", never 12300 / 7230', async () => {
    const r = await both('measure-rows.csv', LINES, [...ARGS, '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('3:3', 'Tiền', 'column "Phân loại"'));
  });

  it('"Số tiền" first, a file named …viec…: refused at "Số việc", the label that differs', async () => {
    const r = await both('measure-rows-viec.csv', ['Đơn vị,Chỉ tiêu,Có điều kiện,Giải quyết xong', 'Ia Grai,Số tiền,5000,4000', 'Ia Grai,Số việc,100,80']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('3:2', 'Số việc', 'column "Chỉ tiêu"'));
  });

  it('"Việc, Việc, Tiền": refused at the "Tiền" cell, the first that differs', async () => {
    const r = await both('viec-viec-tien.csv', ['STT,Đơn vị,Phân loại,Có điều kiện,Giải quyết xong', '1,Ia Grai,Việc,100,80', '2,Đắk Đoa,Việc,200,150', '3,Chư Sê,Tiền,5000,4000'], [...ARGS, '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal('4:3', 'Tiền', 'column "Phân loại"'));
  });

  it('a row of dashes still has figures: refused, in a notes column too', async () => {
    const r = await both('dashes-viec.csv', ['Đơn vị,Có điều kiện,Giải quyết xong,Ghi chú', 'Ia Grai,100,80,', 'Ia Grai,-,-,Tỷ lệ (%)']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('3:4', 'Tỷ lệ (%)', 'column "Ghi chú"'));
  });
});

describe('a unit column, one label on every row: read as before the rule', () => {
  // Mỹ Lộc 100 / 90, Vụ Bản 200 / 150: 300 / 240 = 80.00 %
  const HEAD = 'STT,Đơn vị,ĐVT,Có điều kiện,Giải quyết xong';
  const UNKNOWN = 'FILE:1:3: warning: column "ĐVT" is not a known figure and is ignored [UNKNOWN_COLUMN]\n';

  it('"Việc" on every row: 300 / 240 = 80.00 %, exit 0, ĐVT ignored with its warning', async () => {
    const r = await both('dvt-viec.csv', [HEAD, '1,Mỹ Lộc,Việc,100,90', '2,Vụ Bản,Việc,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', resolved: '240', rate: '80.00' });
    expect(r.stderr).toContain(UNKNOWN);
    expect(r.stderr).not.toContain('ROW_LABELS_MEASURE');
  });

  it('"Việc" on the first row only, empty below: read the same', async () => {
    const r = await both('dvt-first-viec.csv', [HEAD, '1,Mỹ Lộc,Việc,100,90', '2,Vụ Bản,,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', resolved: '240', rate: '80.00' });
    expect(r.stderr).not.toContain('ROW_LABELS_MEASURE');
  });

  it('folded alike ("Việc", " VIỆC ", "Viec"): one label, read', async () => {
    const r = await both('dvt-folded-viec.csv', [HEAD, '1,Mỹ Lộc,Việc,100,90', '2,Vụ Bản, VIỆC ,200,150', '3,Nam Trực,Viec,1,1']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '301', resolved: '241' });
  });

  it('the fast path keeps a constant "Việc" column: no give-up', async () => {
    const gaveUp = fastPath.gaveUp;
    const r = await both('dvt-fast-viec.csv', [HEAD, '1,Mỹ Lộc,Việc,100,90', '2,Vụ Bản,Việc,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(fastPath.gaveUp).toBe(gaveUp);
  });

  it('a file split in two, "Việc" above the split and "Tiền" from it on: the second part alone sees one label, refused all the same', async () => {
    // Rows of one length ("Việc" and "Tiền" are 6 bytes each), so the split (read-fast.ts: past
    // half and an eighth, at a line start) falls on the first "Tiền" row.
    const row = (i: number, unit: string) => `Chi cục ${String(i).padStart(4, '0')},${unit},100,90`;
    const head = 'Đơn vị,ĐVT,Có điều kiện,Giải quyết xong';
    const lines = [head, ...Array.from({ length: 400 }, (_, i) => row(i, 'Việc'))];
    const size = Buffer.byteLength(`${lines.join('\n')}\n`);
    const half = Math.floor(size / 2);
    const at = half + (half >> 3);
    let offset = 0;
    let first = 0;
    for (const [k, l] of lines.entries()) {
      if (offset >= at) {
        first = k;
        break;
      }
      offset += Buffer.byteLength(l) + 1;
    }
    for (let k = first; k < lines.length; k++) lines[k] = row(k - 1, 'Tiền');
    const saved = { split: fastPath.splitBytes, chunk: fastPath.chunkBytes, worker: fastPath.workerUrl };
    Object.assign(fastPath, { splitBytes: 1000, chunkBytes: 4096, workerUrl: null });
    try {
      const parts = fastPath.partsInThread;
      const r = await both('split-viec.csv', lines);
      expect(fastPath.partsInThread).toBe(parts + 1);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(refusal(`${first + 1}:2`, 'Tiền', 'column "ĐVT"'));
    } finally {
      Object.assign(fastPath, { splitBytes: saved.split, chunkBytes: saved.chunk, workerUrl: saved.worker });
    }
  });

  it('a total row below, its ĐVT "Việc" too: read, the total checked', async () => {
    const r = await both('dvt-total-viec.csv', [HEAD, '1,Mỹ Lộc,Việc,100,90', '2,Vụ Bản,Việc,200,150', ',Tổng cộng,Việc,300,240']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', resolved: '240', rate: '80.00' });
  });

  it('"Tổng cộng" above the offices with its ĐVT cell empty, "Việc" on every office: read (a total\'s cells judge no label)', async () => {
    for (const total of [',Tổng cộng,,300,240', ',Tổng cộng,Cộng,300,240']) {
      const r = await both('dvt-total-top-viec.csv', [HEAD, total, '1,Mỹ Lộc,Việc,100,90', '2,Vụ Bản,Việc,200,150']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', resolved: '240', rate: '80.00' });
    }
  });

  it('a total above, then "Việc" / "Tiền" offices: still refused at the office\'s "Tiền"', async () => {
    const r = await both('dvt-total-top2-viec.csv', [HEAD, ',Tổng cộng,,12300,7230', '1,Mỹ Lộc,Việc,300,230', '1,Mỹ Lộc,Tiền,12000,7000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('4:3', 'Tiền', 'column "ĐVT"'));
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
