// The official forms' header of five rows (TT 01/2013, 06/2019, 05/2024, "Biểu … tính bằng việc /
// tiền"): "Tổng số phải thi hành" over "Tổng số | Chia ra" over "Có điều kiện thi hành | … |
// Chưa có điều kiện" over "Tổng số | Chia ra" over the parts, "STT", "Ủy thác" merged down from
// the top row. It was refused (VALUE_WITHOUT_HEADER). Both readers; figures added by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const { dir, both } = bothReaders('thads-header-five-rows-', ARGS);

const VIEC_TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC,,,,,,,,,,,,,,,,', 'NĂM 2019,,,,,,,,,,,,,,,,'];
const VIEC_FORM = (connector: string) => [
  'STT,Đơn vị,Tổng số thụ lý,,,Ủy thác,"Thu hồi, hủy quyết định",Tổng số phải thi hành,,,,,,,,,Chuyển kỳ sau',
  `,,Tổng số,${connector},,,,Tổng số,${connector},,,,,,,,`,
  ',,,Năm trước chuyển sang,Thụ lý mới,,,,Có điều kiện thi hành,,,,,,,Chưa có điều kiện,',
  `,,,,,,,,Tổng số,${connector},,,,,,,`,
  ',,,,,,,,,Thi hành xong,Đình chỉ,Đang thi hành,Hoãn,Tạm đình chỉ,Trường hợp khác,,',
];
const VIEC_ROWS = [
  '1,Mỹ Lộc,210,80,130,5,5,200,150,100,10,30,5,3,2,50,90',
  '2,Vụ Bản,160,50,110,5,5,150,100,70,5,20,3,1,1,50,75',
  ',Tổng cộng,370,130,240,10,10,350,250,170,15,50,8,4,3,100,165',
];
/**
 * Mỹ Lộc + Vụ Bản: 210 + 160 total, 80 + 50 carried over, 130 + 110 new, 5 + 5 delegated and
 * withdrawn, 200 + 150 to execute, 150 + 100 with conditions; 100 + 70 completed, 10 + 5
 * terminated (resolved 185, 185 / 250 = 74.00 %), 30 + 20 in progress, 5 + 3 postponed, 3 + 1
 * suspended, 2 + 1 other; 50 + 50 without conditions, 90 + 75 carried forward.
 */
const VIEC_TOTAL = {
  total: '370', carriedOver: '130', new: '240', delegated: '10', withdrawn: '10', toExecute: '350', withConditions: '250',
  completed: '170', terminated: '15', resolved: '185', rate: '74.00', inProgress: '50', postponed: '8', suspended: '4', other: '3',
  withoutConditions: '100', carriedForward: '165',
};

/** The money form: "Giảm thi hành án" among the parts. */
const TIEN_FORM = (top: string) => [
  top,
  ',,Tổng số,Chia ra,,,,Tổng số,Chia ra,,,,,,,,,',
  ',,,Năm trước chuyển sang,Thụ lý mới,,,,Có điều kiện thi hành,,,,,,,,Chưa có điều kiện,',
  ',,,,,,,,Tổng số,Chia ra,,,,,,,,',
  ',,,,,,,,,Thi hành xong,Đình chỉ,Giảm thi hành án,Đang thi hành,Hoãn,Tạm đình chỉ,Trường hợp khác,,',
];
const TIEN_TOP = 'Tổng số thụ lý,,,Ủy thác,"Thu hồi, hủy quyết định",Tổng số phải thi hành,,,,,,,,,,Chuyển kỳ sau';
const TIEN_ROWS = [
  '1,Mỹ Lộc,10000,3000,7000,200,300,9500,6000,2500,500,250,2000,400,200,150,3500,6250',
  '2,Vụ Bản,5000,1000,4000,0,100,4900,4000,1800,200,0,1500,300,100,100,900,2900',
];
/**
 * In nghìn đồng: 10000 + 5000 total, 3000 + 1000 carried over, 7000 + 4000 new, 200 + 0
 * delegated, 300 + 100 withdrawn, 9500 + 4900 to execute, 6000 + 4000 with conditions; 2500 +
 * 1800 completed, 500 + 200 terminated, 250 + 0 reduced (resolved 5250, 5250 / 10000 = 52.50 %),
 * 2000 + 1500 in progress, 400 + 300 postponed, 200 + 100 suspended, 150 + 100 other; 3500 + 900
 * without conditions, 6250 + 2900 carried forward — × 1000 in đồng.
 */
const TIEN_TOTAL = {
  total: '15000000', carriedOver: '4000000', new: '11000000', delegated: '200000', withdrawn: '400000', toExecute: '14400000',
  withConditions: '10000000', completed: '4300000', terminated: '700000', reduced: '250000', resolved: '5250000', rate: '52.50',
  inProgress: '3500000', postponed: '700000', suspended: '300000', other: '250000', withoutConditions: '4400000', carriedForward: '9150000',
};

describe('the forms\' header of five rows, "Tổng số | Chia ra" nested twice', () => {
  it.each(['Chia ra', 'Trong đó', 'Trong đó:'])('the cases form with "%s": every figure under its own label', async (connector) => {
    const r = await both('bc-viec-2019.csv', [...VIEC_TITLE, ...VIEC_FORM(connector), ...VIEC_ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(VIEC_TOTAL);
  });

  it('the three-row form of the same table reads the same', async () => {
    const r = await both('bc-viec-2019.csv', [
      ...VIEC_TITLE,
      'STT,Đơn vị,Tổng số thụ lý,,,Ủy thác,"Thu hồi, hủy quyết định",Tổng số phải thi hành,Có điều kiện thi hành,,,,,,,Chưa có điều kiện,Chuyển kỳ sau',
      ',,Tổng số,Chia ra,,,,,Tổng số,Chia ra,,,,,,,',
      ',,,Năm trước chuyển sang,Thụ lý mới,,,,,Thi hành xong,Đình chỉ,Đang thi hành,Hoãn,Tạm đình chỉ,Trường hợp khác,,',
      ...VIEC_ROWS,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(VIEC_TOTAL);
  });

  it('the money form under "Về tiền (nghìn đồng)": the group row above names the measure and its unit', async () => {
    const r = await both('bc-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,,,,,,,,,,,,',
      'STT,Đơn vị,Về tiền (nghìn đồng),,,,,,,,,,,,,,,',
      ...TIEN_FORM(`,,${TIEN_TOP}`),
      ...TIEN_ROWS,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const total = JSON.parse(r.stdout).total;
    expect(total.money).toMatchObject(TIEN_TOTAL);
    expect(total.cases).toBeNull();
  });

  it('the money form as printed: "TÍNH BẰNG TIỀN" in the title, "Đơn vị tính: nghìn đồng" above the header', async () => {
    const r = await both('bc-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019,,,,,,,,,,,,,,,,,',
      ',,,,,,,,,,,,,,,Đơn vị tính: nghìn đồng,,',
      ...TIEN_FORM(`STT,Đơn vị,${TIEN_TOP}`),
      ...TIEN_ROWS,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.money).toMatchObject(TIEN_TOTAL);
  });

  // "Giải quyết xong" spans columns 4–5 ("Chưa có điều kiện" is in 6); under it only column 5 has a label
  it('a column left under a group whose sub-columns begin right of it is refused, as in two rows', async () => {
    const r = await both('bc-viec-2019.csv', [
      'STT,Đơn vị,Có điều kiện thi hành,Giải quyết xong,,Chưa có điều kiện',
      ',,,,Chia ra,',
      ',,,,Thi hành xong,Đình chỉ',
      '1,Mỹ Lộc,100,80,70,10',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:4: error: column 4 has no header of its own under the group "Giải quyết xong", which spans columns 4–5: which figure it holds cannot be told [GROUP_HEADER_SPANS]');
  });

  it('the workbook with merged cells reads like its CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const line of [...VIEC_TITLE, ...VIEC_FORM('Chia ra'), ...VIEC_ROWS]) {
      const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.slice(0, 17).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      ws.addRow(cells.map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    }
    // rows 3–7: the top row's labels merged down or across, as the form prints them
    for (const range of ['A3:A7', 'B3:B7', 'C3:E3', 'C4:C7', 'D4:E4', 'D5:D7', 'E5:E7', 'F3:F7', 'G3:G7', 'H3:P3', 'H4:H7', 'I4:P4', 'I5:O5', 'I6:I7', 'J6:O6', 'P5:P7', 'Q3:Q7']) ws.mergeCells(range);
    const file = join(dir, 'bc-viec-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expect(stderr()).toBe('');
    expect(JSON.parse(stdout()).total.cases).toMatchObject(VIEC_TOTAL);
  });
});
