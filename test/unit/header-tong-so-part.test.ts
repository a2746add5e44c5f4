// A group's own "Tổng số" beside one part on the row below: "Có điều kiện thi hành" over "Tổng
// số | Giải quyết xong". The lower row named one field besides "Tổng số", so it was not taken
// for the header's lower row, and the form was refused MISSING_COLUMN cases_resolved where the
// same with "Trong đó: Giải quyết xong" was read. "Tổng số" under a group naming a field is that
// field (readHeader), and counts so when a row is told to be a header. Both readers must agree.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HeaderMatcher } from '../../src/input/headers.js';
import { isHeaderRow } from '../../src/input/layout.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const { dir, both } = bothReaders('thads-tong-so-part-', ARGS);

const TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';
const FORM = (part: string) => [TITLE, 'STT;Đơn vị;Có điều kiện thi hành;;Chưa có điều kiện', `;;Tổng số;${part};`];
const ROWS = ['1;Chi cục THADS huyện Ia Grai;100;80;50', '2;Chi cục THADS huyện Đắk Đoa;200;150;100'];
/** with conditions 100 + 200, resolved 80 + 150: 230 / 300 = 76.67 %; without 50 + 100 */
const TOTAL = { withConditions: '300', resolved: '230', rate: '76.67', withoutConditions: '150', toExecute: '450' };

describe('isHeaderRow under a group row', () => {
  const matcher = new HeaderMatcher();
  const group = ['STT', 'Đơn vị', 'Có điều kiện thi hành', '', 'Chưa có điều kiện'];

  it('"Tổng số" under a group naming a field counts as that field', () => {
    expect(isHeaderRow(matcher, ['', '', 'Tổng số', 'Giải quyết xong', ''], group)).toBe(true);
  });

  it('without the group row, or under a cell naming no field, it does not', () => {
    expect(isHeaderRow(matcher, ['', '', 'Tổng số', 'Giải quyết xong', ''])).toBe(false);
    expect(isHeaderRow(matcher, ['', '', 'Tổng số', 'Giải quyết xong', ''], ['STT', 'Đơn vị', 'Ghi chú', '', ''])).toBe(false);
  });

  it('only beside parts under the group\'s span: not a field under a label of its own, nor one that is no part', () => {
    // "Chưa" over "Có điều kiện": one label split over two rows
    expect(isHeaderRow(matcher, ['', '', 'Tổng số', 'Có điều kiện'], ['STT', 'Đơn vị', 'Có điều kiện', 'Chưa'])).toBe(false);
    // with_conditions is no part of carried_forward ("Chuyển kỳ sau" over "Tổng số | Có điều kiện")
    expect(isHeaderRow(matcher, ['', '', 'Tổng số', 'Có điều kiện'], ['STT', 'Đơn vị', 'Chuyển kỳ sau', ''])).toBe(false);
  });
});

describe('"Có điều kiện thi hành" over "Tổng số | <one part>"', () => {
  it('"Tổng số | Giải quyết xong": 300 / 230 = 76.67 %, the file\'s own total checked', async () => {
    const r = await both('gqx-viec-2019.csv', [...FORM('Giải quyết xong'), ...ROWS, ';Tổng cộng;300;230;150']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(TOTAL);
  });

  it('the declared total is held against the rows: one off is refused where it is', async () => {
    const r = await both('gqx-typo-viec-2019.csv', [...FORM('Giải quyết xong'), ...ROWS, ';Tổng cộng;300;231;150']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6:4: error: declared total "Tổng cộng" has cases resolved 231, but the office rows add up to 230 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Tổng số | Thi hành xong": completed 230, resolved 230', async () => {
    const r = await both('thx-viec-2019.csv', [...FORM('Thi hành xong'), ...ROWS, ';Tổng cộng;300;230;150']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ ...TOTAL, completed: '230' });
  });

  it('reads as the "Trong đó: Giải quyết xong" form does', async () => {
    const control = await both('trong-do-viec-2019.csv', [...FORM('Trong đó: Giải quyết xong'), ...ROWS]);
    const plain = await both('plain-viec-2019.csv', [...FORM('Giải quyết xong'), ...ROWS]);
    expect(control.code).toBe(0);
    expect(plain).toEqual(control);
  });

  it('the workbook with the group merged (C2:D2) reads like its CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const line of [...FORM('Giải quyết xong'), ...ROWS, ';Tổng cộng;300;230;150']) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['C2:D2', 'A2:A3', 'B2:B3', 'E2:E3']) ws.mergeCells(range);
    const file = join(dir, 'merged-viec-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expect(stderr()).toBe('');
    expect(JSON.parse(stdout()).total.cases).toMatchObject(TOTAL);
  });

  it('a one-row header\'s lone "Tổng số" is no field, as before: warned and ignored', async () => {
    const r = await both('lone-viec-2019.csv', ['STT;Đơn vị;Tổng số;Có điều kiện;Giải quyết xong', '1;Ia Grai;150;100;80', '2;Đắk Đoa;300;200;150']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:1:3: warning: column "Tổng số" is not a known figure and is ignored [UNKNOWN_COLUMN]');
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ total: null, toExecute: null, withConditions: '300', resolved: '230', rate: '76.67' });
  });
});

describe('the three-row money form: "Có điều kiện thi hành" over "Tổng số | Giải quyết xong | Chưa giải quyết xong" over their parts', () => {
  const MONEY = [
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019',
    'Đơn vị tính: 1.000 đồng',
    'STT;Đơn vị;Tổng số phải thi hành;Có điều kiện thi hành;;;;;;;;;;Chưa có điều kiện',
    ';;;Tổng số;Giải quyết xong;;;;Chưa giải quyết xong;;;;;',
    ';;;;Cộng;Thi hành xong;Đình chỉ;Giảm thi hành án;Cộng;Đang thi hành;Hoãn;Tạm đình chỉ;Trường hợp khác;',
    '1;Chi cục A;15000;10000;8000;7000;500;500;2000;1500;300;100;100;5000',
    '2;Chi cục B;30000;20000;15000;13000;1000;1000;5000;4000;500;300;200;10000',
  ];

  it('money 30,000 / 23,000 nghìn đồng: 30000000 / 23000000 đồng, 76.67 %', async () => {
    const r = await both('form-tien-2019.csv', MONEY);
    expect(r.code).toBe(0);
    // the unresolved group's own "Cộng" is no field thads reads
    expect(r.stderr).toBe('FILE:5:9: warning: column "Cộng" is not a known figure and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n');
    const money = JSON.parse(r.stdout).total.money;
    // resolved 8000 + 15000 (= 20000 completed + 1500 terminated + 1500 reduced), in thousands
    expect(money).toMatchObject({
      toExecute: '45000000', withConditions: '30000000', completed: '20000000', terminated: '1500000', reduced: '1500000',
      inProgress: '5500000', postponed: '800000', suspended: '400000', other: '300000', withoutConditions: '15000000', resolved: '23000000', rate: '76.67',
    });
  });
});
