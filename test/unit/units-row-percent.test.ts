// A units row whose rate columns hold "%" ("Việc | Việc | % | 1.000đ | 1.000đ | %"), as the
// Cục's templates write their "đơn vị tính" row under the column labels, is the header's units
// row: it was not read as one and the file refused (MISSING_DISTRICT, UNIT_CONTRADICTION,
// BAD_NUMBER; PREVIOUS_UNIT_UNKNOWN as --previous), while the same row with the "%" cells empty
// read right (round 62b, 01). Both readers must say the same.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUnitsRow } from '../../src/input/units.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';
import { totalFigures, type TotalFigures } from '../helpers/json-totals.js';

const GROUPED = ['STT;Đơn vị;Về việc;;;Về tiền;;', ';;Có điều kiện;Giải quyết xong;Tỷ lệ;Có điều kiện;Giải quyết xong;Tỷ lệ'];
const FLAT = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tỷ lệ (%);Tiền có điều kiện;Tiền giải quyết xong;Tỷ lệ (%)';
const OFFICES = ['1;Chi cục THADS huyện Mỹ Lộc;586;533;90,96;9.565.824;8.009.735;83,73', '2;Chi cục THADS huyện Vụ Bản;655;630;96,18;16.389.337;14.490.040;88,41'];

const { dir, write, both } = bothReaders('thads-units-row-percent-', ['--by', 'none', '--format', 'json']);

type Totals = TotalFigures & { casesRate: string };
const totals = (stdout: string): Totals => ({ ...totalFigures(stdout), casesRate: JSON.parse(stdout).total.cases.rate });

/**
 * By hand: cases 586 + 655 = 1241, resolved 533 + 630 = 1163, 1163 / 1241 = 93.71 %;
 * money 9.565.824 + 16.389.337 = 25.955.161 nghìn = 25.955.161.000 đ, resolved 8.009.735 +
 * 14.490.040 = 22.499.775 nghìn = 22.499.775.000 đ, 22.499.775 / 25.955.161 = 86.687… = 86.69 %.
 */
const IN_THOUSANDS: Totals = { cases: '1241', casesResolved: '1163', casesRate: '93.71', money: '25955161000', moneyResolved: '22499775000', moneyRate: '86.69' };

describe('readUnitsRow with a rate\'s "%"', () => {
  it('reads "%", "(%)", "Tỷ lệ %" as a rate column\'s unit', () => {
    expect(readUnitsRow(['', '', 'Việc', 'Việc', '%', '1.000đ', '1.000đ', '(%)'])).toEqual([null, null, { kind: 'cases' }, { kind: 'cases' }, { kind: 'rate' }, { kind: 'money', unit: 'thousand' }, { kind: 'money', unit: 'thousand' }, { kind: 'rate' }]);
    expect(readUnitsRow(['', 'ĐVT', 'Việc', 'Tỷ lệ %', 'Nghìn đồng', 'Tỷ lệ (%)'])?.slice(3)).toEqual([{ kind: 'rate' }, { kind: 'money', unit: 'thousand' }, { kind: 'rate' }]);
  });

  it('is no units row of "%" alone, nor with a figure written in percent', () => {
    expect(readUnitsRow(['', '', '%', '%'])).toBeNull();
    expect(readUnitsRow(['', '', 'Việc', '%', '1.000đ', '12 %'])).toBeNull();
    // "Tỷ lệ" without "%" is a header's label, not a unit
    expect(readUnitsRow(['', '', 'Việc', 'Tỷ lệ', '1.000đ'])).toBeNull();
  });
});

describe('a units row with "%" under the rate columns is the header\'s', () => {
  it.each([
    ['under a group row, "1.000đ"', [...GROUPED, ';;Việc;Việc;%;1.000đ;1.000đ;%']],
    ['under one header row, "Nghìn đồng"', [FLAT, ';;Việc;Việc;%;Nghìn đồng;Nghìn đồng;%']],
    ['"(%)" in brackets', [FLAT, ';;Việc;Việc;(%);Nghìn đồng;Nghìn đồng;(%)']],
    ['"Tỷ lệ %"', [FLAT, ';;Việc;Việc;Tỷ lệ %;Nghìn đồng;Nghìn đồng;Tỷ lệ %']],
    ['labelled "Đơn vị tính"', [...GROUPED, ';Đơn vị tính;Việc;Việc;%;1.000đ;1.000đ;%']],
    ['labelled "ĐVT"', [FLAT, ';ĐVT;Việc;Việc;%;Nghìn đồng;Nghìn đồng;%']],
    ['labelled "ĐVT" in the STT column', [...GROUPED, 'ĐVT;;Việc;Việc;%;1.000đ;1.000đ;%']],
  ])('%s', async (_, rows) => {
    const r = await both('bao-cao-2019.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', ...rows, ...OFFICES]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('in a workbook (the reference reader)', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Biểu 07');
    const rows = [
      ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'],
      FLAT.split(';'),
      [null, null, 'Việc', 'Việc', '%', '1.000đ', '1.000đ', '%'],
      [1, 'Chi cục THADS huyện Mỹ Lộc', 586, 533, 0.9096, 9565824, 8009735, 0.8373],
      [2, 'Chi cục THADS huyện Vụ Bản', 655, 630, 0.9618, 16389337, 14490040, 0.8841],
    ];
    for (const row of rows) sheet.addRow(row);
    const file = join(dir, 'bieu-07-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--by', 'none', '--format', 'json'], { env: {} });
    expect(await main(io)).toBe(0);
    expect(stderr()).toBe('');
    expect(totals(stdout())).toEqual(IN_THOUSANDS);
  });

  it("states the --previous file's money unit (Triệu đồng)", async () => {
    const previous = write('prev-2018.csv', [
      'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tỷ lệ;Tiền có điều kiện;Tiền giải quyết xong;Tỷ lệ',
      ';;Việc;Việc;%;Triệu đồng;Triệu đồng;%',
      '1;Chi cục THADS huyện Mỹ Lộc;500;450;90;9.000;7.000;77,78',
      '2;Chi cục THADS huyện Vụ Bản;600;580;96,67;15.000;13.000;86,67',
    ]);
    const current = ['Đơn vị tính: Việc; nghìn đồng', 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong', '1;Chi cục THADS huyện Mỹ Lộc;586;533;9.565.824;8.009.735', '2;Chi cục THADS huyện Vụ Bản;655;630;16.389.337;14.490.040'];
    // "9.000" alone could be 9 or 9000: the convention is told (the finding's right answer is read so)
    const r = await both('cur-2019.csv', current, ['--by', 'none', '--format', 'json', '--number-format', 'vi', '--previous', previous]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // last year 7.000 + 13.000 = 20.000 of 9.000 + 15.000 = 24.000 triệu = 83.333… %; this year
    // 22.499.775 / 25.955.161 = 86.687… %; change 86.687… − 83.333… = 3.354… = 3.35 pp
    expect(JSON.parse(r.stdout).total.money.rateChange).toBe('3.35');
  });
});

describe('over-reach: units rows as before, and "%" where a figure is read', () => {
  it('"Việc | 1.000đ" without rate columns reads as before', async () => {
    const r = await both('plain-units-2019.csv', ['STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong', ';;Việc;Việc;1.000đ;1.000đ', '1;Chi cục THADS huyện Mỹ Lộc;586;533;9.565.824;8.009.735', '2;Chi cục THADS huyện Vụ Bản;655;630;16.389.337;14.490.040']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('the same row with the "%" cells empty reads the same', async () => {
    const r = await both('empty-percent-2019.csv', [...GROUPED, ';;Việc;Việc;;1.000đ;1.000đ;', ...OFFICES]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('"%" under a column read as a figure: MEASURE_CONFLICT', async () => {
    const r = await both('percent-on-cases-2019.csv', [FLAT, ';;Việc;%;%;Nghìn đồng;Nghìn đồng;%', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:4: error: the units row under the header gives column 4 ("Việc giải quyết xong") in "%", a rate, but the column was read as cases [MEASURE_CONFLICT]');
  });
});
