// "Trong đó: …" (of which) columns in a ONE-ROW header (work101d 03, 04). A column "Trong đó:
// chuyển kỳ sau" right after "Có điều kiện" was read as carried forward whole: TOTAL 83 (its parts
// 20 + 28 + 35), exit 0, with CARRIED_FORWARD_MISMATCH only — and no warning at all in a table
// without "Tổng số phải thi hành". "Chuyển kỳ sau | Trong đó: có điều kiện | Trong đó: chưa có
// điều kiện" (and "Số việc chuyển kỳ sau | Trong đó có điều kiện | Chưa có điều kiện") was
// refused DUPLICATE_COLUMN, a false refusal. Now such a column is a part of the column before it,
// set aside with UNKNOWN_COLUMN as a two-row group's parts are (layout.ts ofWhichParts); read as
// its field only when that is a part of the whole before it ("Giải quyết xong | Trong đó: Thi
// hành xong"). Totals by hand below.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--by', 'none', '--format', 'csv'];
const { both } = bothReaders('thads-trongdocol-', ARGS);
const { dir, file } = fileTree('thads-trongdocol-bin-');

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', 'Năm 2019 (từ 01/10/2018 đến 30/9/2019)'];
const KEYS = ['district', 'cases_total', 'cases_to_execute', 'cases_with_conditions', 'cases_completed', 'cases_resolved', 'cases_carried_forward', 'cases_rate'];
const total = (stdout: string) => csvColumns(stdout, KEYS);

// Tổng số 300 + 200 + 200 = 700; phải thi hành 295 + 198 + 200 = 693; có điều kiện 190 + 138 +
// 170 = 498; thi hành xong 150 + 100 + 120 = 370; đình chỉ 20 + 10 + 15 = 45; giải quyết xong
// 415; chuyển kỳ sau (295 − 170) + (198 − 110) + (200 − 135) = 125 + 88 + 65 = 278; 415/498 = 83.33 %
const RIGHT = ['TOTAL|700|693|498|370|415|278|83.33'];

// 03: "Trong đó: chuyển kỳ sau" (có điều kiện − giải quyết xong: 20, 28, 35) after "Có điều kiện"
const HEAD_03 = 'STT;Đơn vị;Tổng số thụ lý;Năm trước chuyển sang;Mới thụ lý;Ủy thác;Thu hồi, hủy quyết định THA;Tổng số phải thi hành;Có điều kiện;Trong đó: chuyển kỳ sau;Thi hành xong;Đình chỉ;Đang thi hành;Hoãn;Tạm đình chỉ;Trường hợp khác;Chưa có điều kiện;Tỷ lệ (%)';
const ROWS_03 = [
  '1;Mỹ Lộc;300;100;200;2;3;295;190;20;150;20;10;5;2;3;105;',
  '2;Vụ Bản;200;50;150;1;1;198;138;28;100;10;20;3;1;4;60;',
  '3;Ý Yên;200;80;120;0;0;200;170;35;120;15;30;2;1;2;30;',
];
const FILE_03 = [...TITLE, HEAD_03, ...ROWS_03];

// 04: the form's "Chuyển kỳ sau" block typed flat (125/20/105, 88/28/60, 65/35/30)
const HEAD_04 = 'STT;Đơn vị;Tổng số thụ lý;Năm trước chuyển sang;Mới thụ lý;Ủy thác;Thu hồi, hủy quyết định THA;Tổng số phải thi hành;Có điều kiện;Thi hành xong;Đình chỉ;Đang thi hành;Hoãn;Tạm đình chỉ;Trường hợp khác;Chưa có điều kiện;Tỷ lệ (%)';
const ROWS_04 = [
  '1;Mỹ Lộc;300;100;200;2;3;295;190;150;20;10;5;2;3;105;;125;20;105',
  '2;Vụ Bản;200;50;150;1;1;198;138;100;10;20;3;1;4;60;;88;28;60',
  '3;Ý Yên;200;80;120;0;0;200;170;120;15;30;2;1;2;30;;65;35;30',
];
const file04 = (block: string) => [...TITLE, `${HEAD_04};${block}`, ...ROWS_04];
const FLAT = 'Chuyển kỳ sau;Trong đó: có điều kiện;Trong đó: chưa có điều kiện';
const FLAT_B = 'Số việc chuyển kỳ sau;Trong đó có điều kiện;Chưa có điều kiện';

describe('"Trong đó: chuyển kỳ sau" after "Có điều kiện" in a one-row header (work101d 03)', () => {
  it('the binary: the column set aside, carried forward 278 (was 83, exit 0)', () => {
    const r = spawnThads(['summarize', file('bao-cao-viec-2019.csv', FILE_03), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
    expect(r.stderr).toMatch(/column "Trong đó: chuyển kỳ sau" is a part of column 9 "Có điều kiện" that thads does not read, and is ignored \[UNKNOWN_COLUMN\]/);
    expect(r.stderr).not.toContain('CARRIED_FORWARD_MISMATCH');
  });

  it('both readers and the .xlsx twin: the same', async () => {
    const a = await both('bao-cao-viec-2019.csv', FILE_03);
    expect(a.code, a.stderr).toBe(0);
    expect(total(a.stdout)).toEqual(RIGHT);
    const x = await summarizeLinesWorkbook(dir, 'bao-cao-viec-2019.xlsx', FILE_03, ARGS);
    expect(x.code, x.stderr).toBe(0);
    expect(total(x.stdout)).toEqual(RIGHT);
    expect(stderrCodes(x.stderr)).toEqual(['UNKNOWN_COLUMN']);
  });

  it('without "Tổng số phải thi hành": carried forward unknown, never 83 (was 83, no warning)', async () => {
    const lines = [...TITLE, 'STT;Đơn vị;Có điều kiện;Trong đó: chuyển kỳ sau;Thi hành xong;Đình chỉ;Giải quyết xong', '1;Mỹ Lộc;190;20;150;20;170', '2;Vụ Bản;138;28;100;10;110', '3;Ý Yên;170;35;120;15;135'];
    const r = spawnThads(['summarize', file('g-b-2019.csv', lines), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(csvColumns(r.stdout, ['cases_with_conditions', 'cases_resolved', 'cases_carried_forward', 'cases_rate'])).toEqual(['498|415||83.33']);
    expect(stderrCodes(r.stderr)).toEqual(['UNKNOWN_COLUMN']);
    const x = await summarizeLinesWorkbook(dir, 'g-b-2019.xlsx', lines, ARGS);
    expect(x.code, x.stderr).toBe(0);
    expect(csvColumns(x.stdout, ['cases_with_conditions', 'cases_resolved', 'cases_carried_forward', 'cases_rate'])).toEqual(['498|415||83.33']);
  });

  it('"TĐ: chuyển kỳ sau", "Trong do: chuyen ky sau": never carried forward either', async () => {
    for (const cell of ['TĐ: chuyển kỳ sau', 'Trong do: chuyen ky sau', 'Trong số đó: chuyển kỳ sau']) {
      const r = await both('bao-cao-viec-2019.csv', [...TITLE, HEAD_03.replace('Trong đó: chuyển kỳ sau', cell), ...ROWS_03]);
      expect(r.code, `${cell}: ${r.stderr}`).toBe(0);
      expect(total(r.stdout), cell).toEqual(RIGHT);
    }
  });
});

describe('"Chuyển kỳ sau | Trong đó: có điều kiện | … chưa có điều kiện" typed flat (work101d 04)', () => {
  for (const block of [FLAT, FLAT_B]) {
    it(`${block}: its parts set aside, 700 / 498 / 415 = 83.33 % (was DUPLICATE_COLUMN)`, async () => {
      const r = spawnThads(['summarize', file('bao-cao-viec-2019.csv', file04(block)), ...ARGS]);
      expect(r.code, r.stderr).toBe(0);
      expect(total(r.stdout)).toEqual(RIGHT);
      expect(stderrCodes(r.stderr)).toEqual(['UNKNOWN_COLUMN', 'UNKNOWN_COLUMN']);
      const a = await both('bao-cao-viec-2019.csv', file04(block));
      expect(total(a.stdout)).toEqual(RIGHT);
      const x = await summarizeLinesWorkbook(dir, 'bao-cao-viec-2019.xlsx', file04(block), ARGS);
      expect(x.code, x.stderr).toBe(0);
      expect(total(x.stdout)).toEqual(RIGHT);
    });
  }
});

describe('controls: readings kept', () => {
  it('the same block as a two-row group: parts ignored, 278', async () => {
    const lines = [
      ...TITLE,
      'STT;Đơn vị;Tổng số thụ lý;;;Ủy thác;Thu hồi, hủy quyết định THA;Tổng số phải thi hành;Có điều kiện thi hành;;;;;;;Chưa có điều kiện;Tỷ lệ (%);Chuyển kỳ sau;;',
      ';;Tổng số;Năm trước chuyển sang;Mới thụ lý;;;;Tổng số;Thi hành xong;Đình chỉ;Đang thi hành;Hoãn;Tạm đình chỉ;Trường hợp khác;;;Tổng số;Có điều kiện;Chưa có điều kiện',
      ...ROWS_04,
    ];
    const r = spawnThads(['summarize', file('cks-2019.csv', lines), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
    expect(stderrCodes(r.stderr)).toEqual(['UNKNOWN_COLUMN', 'UNKNOWN_COLUMN']);
  });

  it('"Giải quyết xong | Trong đó: Thi hành xong | Đình chỉ": the part of resolved read as completed', async () => {
    // thi hành xong 150 + 100 + 120 = 370; đình chỉ 45; giải quyết xong 415 / 498 = 83.33 %
    const lines = [...TITLE, 'STT;Đơn vị;Có điều kiện;Giải quyết xong;Trong đó: Thi hành xong;Đình chỉ', '1;Mỹ Lộc;190;170;150;20', '2;Vụ Bản;138;110;100;10', '3;Ý Yên;170;135;120;15'];
    const r = spawnThads(['summarize', file('gqx-2019.csv', lines), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(csvColumns(r.stdout, ['cases_with_conditions', 'cases_completed', 'cases_terminated', 'cases_resolved', 'cases_rate'])).toEqual(['498|370|45|415|83.33']);
    const x = await summarizeLinesWorkbook(dir, 'gqx-2019.xlsx', lines, ARGS);
    expect(csvColumns(x.stdout, ['cases_with_conditions', 'cases_completed', 'cases_terminated', 'cases_resolved', 'cases_rate'])).toEqual(['498|370|45|415|83.33']);
  });

  it('"Tổng số thụ lý | Trong đó: Mới thụ lý": new read', () => {
    // tổng số 700; mới 200 + 150 + 120 = 470
    const lines = [...TITLE, 'STT;Đơn vị;Tổng số thụ lý;Trong đó: Mới thụ lý;Có điều kiện;Giải quyết xong', '1;Mỹ Lộc;300;200;190;170', '2;Vụ Bản;200;150;138;110', '3;Ý Yên;200;120;170;135'];
    const r = spawnThads(['summarize', file('moi-2019.csv', lines), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(csvColumns(r.stdout, ['cases_total', 'cases_new', 'cases_with_conditions', 'cases_resolved', 'cases_rate'])).toEqual(['700|470|498|415|83.33']);
  });

  it('"Về việc" over "… | Chuyển kỳ sau" beside "Về tiền" over "Có điều kiện | …": money\'s own with conditions', () => {
    const lines = ['STT,Đơn vị,Về việc,,,Về tiền (nghìn đồng),,', ',,Có điều kiện,Giải quyết xong,Chuyển kỳ sau,Có điều kiện,Giải quyết xong,Chuyển kỳ sau', '1,Mỹ Lộc,190,170,20,1000,800,200', '2,Vụ Bản,138,110,28,2000,1500,500'];
    const r = spawnThads(['summarize', file('tien-viec-2019.csv', lines), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    // việc 190 + 138 = 328, 170 + 110 = 280, 20 + 28 = 48; tiền (nghìn đồng → đồng) 3.000.000, 2.300.000, 700.000
    expect(csvColumns(r.stdout, ['cases_with_conditions', 'cases_resolved', 'cases_carried_forward', 'money_with_conditions', 'money_resolved', 'money_carried_forward'])).toEqual(['328|280|48|3000000|2300000|700000']);
  });

  it('"Chưa có điều kiện | Chuyển kỳ sau" with no parts after it: both read', () => {
    const lines = [...TITLE, 'STT;Đơn vị;Tổng số phải thi hành;Có điều kiện;Giải quyết xong;Chưa có điều kiện;Chuyển kỳ sau', '1;Mỹ Lộc;295;190;170;105;125', '2;Vụ Bản;198;138;110;60;88', '3;Ý Yên;200;170;135;30;65'];
    const r = spawnThads(['summarize', file('plain-2019.csv', lines), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // chưa có điều kiện 105 + 60 + 30 = 195
    expect(csvColumns(r.stdout, ['cases_to_execute', 'cases_with_conditions', 'cases_without_conditions', 'cases_carried_forward', 'cases_rate'])).toEqual(['693|498|195|278|83.33']);
  });
});
