// A group's own "Tổng số" beside a "Chia ra" (or "Trong đó") over the group's parts on the row
// below — the forms' three-row header: "Có điều kiện thi hành" over "Tổng số | Chia ra" over
// "| Thi hành xong | Đình chỉ | …", "Tổng số" merged down over the two lower rows. It was
// refused (MISSING_COLUMN cases_resolved) where the same form without its "Chia ra" row was
// read. Both readers must say the same; the workbook (merged cells) is read like its CSV.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const { dir, both } = bothReaders('thads-chia-ra-', ARGS);

const TITLE = ['CỤC THADS TỈNH NAM ĐỊNH,,,,,,,,,', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019,,,,,,,,,', 'Đơn vị tính: việc,,,,,,,,,'];
const FORM = (connector: string) => [
  ...TITLE,
  'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện thi hành,,,,,,Chưa có điều kiện',
  `,,,Tổng số,${connector},,,,,`,
  ',,,,Thi hành xong,Đình chỉ,Đang thi hành,Hoãn,Tạm đình chỉ,',
];
const ROWS = ['1,Mỹ Lộc,130,100,70,10,15,3,2,30', '2,Vụ Bản,260,200,140,10,40,6,4,60', ',Tổng cộng,390,300,210,20,55,9,6,90'];
/** 100 + 200 with conditions; 70 + 140 completed, 10 + 10 terminated: resolved 230, 76.67 % */
const FORM_TOTAL = {
  toExecute: '390', withConditions: '300', completed: '210', terminated: '20', inProgress: '55', postponed: '9', suspended: '6',
  withoutConditions: '90', resolved: '230', carriedForward: '160', rate: '76.67',
};

describe('"Tổng số | Chia ra" under a group, its parts on the row below', () => {
  it.each(['Chia ra', 'Trong đó', 'Trong đó:'])('the form with "%s" reads "Tổng số" as the group\'s figure, the parts as its parts', async (connector) => {
    const r = await both('form-viec-2019.csv', [...FORM(connector), ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(FORM_TOTAL);
  });

  it('the minimal form: three header rows, no title', async () => {
    const r = await both('min-viec-2019.csv', ['STT,Đơn vị,Có điều kiện thi hành,,', ',,Tổng số,Chia ra,', ',,,Thi hành xong,Đình chỉ', '1,Mỹ Lộc,100,70,10', '2,Vụ Bản,200,140,10']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', completed: '210', terminated: '20', resolved: '230', rate: '76.67' });
  });

  it('"Chưa có điều kiện" with "Tổng số | Chia ra" too: its "Tổng số" is without_conditions, its parts are said and ignored', async () => {
    const r = await both('both-viec-2019.csv', [
      'STT,Đơn vị,Có điều kiện thi hành,,,Chưa có điều kiện,,',
      ',,Tổng số,Chia ra,,Tổng số,Chia ra,',
      ',,,Thi hành xong,Đình chỉ,,Xác minh,Khác',
      '1,Mỹ Lộc,100,70,10,30,20,10',
      '2,Vụ Bản,200,140,10,60,50,10',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', completed: '210', terminated: '20', resolved: '230', withoutConditions: '90' });
    expect(r.stderr).toContain('FILE:3:7: warning: column "Xác minh" is not a known figure and is ignored [UNKNOWN_COLUMN]');
    expect(r.stderr).toContain('FILE:3:8: warning: column "Khác" is a part of the group "Chưa có điều kiện" (without_conditions) that thads does not read, and is ignored [UNKNOWN_COLUMN]');
  });

  it('a "Tổng số" with a cell below it is not merged down: the rows are not joined, and the header is refused as before', async () => {
    const r = await both('cut-viec-2019.csv', ['STT,Đơn vị,Có điều kiện thi hành,,', ',,Tổng số,Chia ra,', ',,Việc,Thi hành xong,Đình chỉ', '1,Mỹ Lộc,100,70,10', '2,Vụ Bản,200,140,10']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3: error: missing column cases_with_conditions [MISSING_COLUMN]');
  });

  it('the workbook with merged cells (D4:I4, D5:D6, E5:I5) reads like its CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const line of [...FORM('Chia ra'), ...ROWS]) ws.addRow(line.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['D4:I4', 'D5:D6', 'E5:I5', 'A4:A6', 'B4:B6', 'C4:C6', 'J4:J6']) ws.mergeCells(range);
    const file = join(dir, 'form-viec-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expect(stderr()).toBe('');
    expect(JSON.parse(stdout()).total.cases).toMatchObject(FORM_TOTAL);
  });
});
