// A units row giving a staff or office count its unit ("ĐVT | | Người | Việc | Việc | Nghìn đồng |
// Nghìn đồng", "Đơn vị" under "Số đơn vị") is the header's units row: "Người" was no unit thads
// knew, the row was taken for a stray unit line below the header and the file refused
// UNIT_CONTRADICTION (round 63b, 04). Such a unit is accepted under a column thads ignores, as a
// rate's "%" is; under a figure it is refused. Both readers must say the same.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUnitsRow } from '../../src/input/units.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;;'];
const HEADER = 'STT;Đơn vị;Số Chấp hành viên;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const OFFICES = ['1;Mỹ Lộc;5;586;533;9.565.824;7.828.290', '2;Vụ Bản;6;655;630;16.389.337;14.164.361', 'Tổng cộng;;11;1.241;1.163;25.955.161;21.992.651'];

const { dir, both } = bothReaders('thads-units-row-count-', ['--by', 'none', '--format', 'json']);

interface Totals {
  cases: string;
  casesResolved: string;
  casesRate: string;
  money: string;
  moneyResolved: string;
  moneyRate: string;
}

function totals(stdout: string): Totals {
  const t = JSON.parse(stdout).total;
  return { cases: t.cases.withConditions, casesResolved: t.cases.resolved, casesRate: t.cases.rate, money: t.money.withConditions, moneyResolved: t.money.resolved, moneyRate: t.money.rate };
}

/**
 * By hand: cases 586 + 655 = 1241, resolved 533 + 630 = 1163, 1163 / 1241 = 93.714… = 93.71 %;
 * money 9.565.824 + 16.389.337 = 25.955.161 nghìn = 25.955.161.000 đ, resolved 7.828.290 +
 * 14.164.361 = 21.992.651 nghìn = 21.992.651.000 đ, 21.992.651 / 25.955.161 = 84.733… = 84.73 %.
 */
const IN_THOUSANDS: Totals = { cases: '1241', casesResolved: '1163', casesRate: '93.71', money: '25955161000', moneyResolved: '21992651000', moneyRate: '84.73' };
const WARNING = 'FILE:3:3: warning: column "Số Chấp hành viên" is not a known figure and is ignored [UNKNOWN_COLUMN]';

describe('readUnitsRow with the unit of a staff or office count', () => {
  it('reads "Người", "người", "CHV", "Đơn vị", "Chi cục", "(Người)", "persons" as a count\'s unit', () => {
    for (const unit of ['Người', 'người', 'NGƯỜI', 'Nguoi', 'CHV', 'Đơn vị', 'Chi cục', '(Người)', 'Cán bộ', 'persons', 'Offices']) {
      expect(readUnitsRow(['ĐVT', '', unit, 'Việc', 'Nghìn đồng'])).toEqual([{ kind: 'label' }, null, { kind: 'count' }, { kind: 'cases' }, { kind: 'money', unit: 'thousand' }]);
    }
  });

  it('is no units row of counts alone, and "Ng" stays thousand', () => {
    expect(readUnitsRow(['', 'Người', 'Người'])).toBeNull();
    expect(readUnitsRow(['', 'Người', 'Việc'])).toBeNull();
    expect(readUnitsRow(['', 'Việc', 'Ng'])).toEqual([null, { kind: 'cases' }, { kind: 'money', unit: 'thousand' }]);
    // an office's name is no unit
    expect(readUnitsRow(['', 'Chi cục THADS huyện Mỹ Lộc', 'Việc', 'Nghìn đồng'])).toBeNull();
  });
});

describe('a units row with a count\'s unit under an ignored column is the header\'s', () => {
  it.each([
    ['"Người" (the finding)', 'ĐVT;;Người;Việc;Việc;Nghìn đồng;Nghìn đồng'],
    ['"người"', 'ĐVT;;người;Việc;Việc;Nghìn đồng;Nghìn đồng'],
    ['"CHV"', 'ĐVT;;CHV;Việc;Việc;Nghìn đồng;Nghìn đồng'],
    ['"(Người)" without a label', ';;(Người);(Việc);(Việc);(1.000đ);(1.000đ)'],
    ['"Đơn vị tính" labelled', 'Đơn vị tính;;Người;Việc;Việc;Nghìn đồng;Nghìn đồng'],
  ])('%s', async (_, units) => {
    const r = await both('bao-cao-2019.csv', [...TITLE, HEADER, units, ...OFFICES]);
    expect(r.stderr.trim().split('\n')[0]).toBe(WARNING);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('"Đơn vị" under "Số đơn vị" on a national table', async () => {
    // by hand: 25.955.161 nghìn and 21.992.651 nghìn as above, one province of two offices
    const r = await both('tong-hop-2019.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'STT;Tỉnh;Số đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong', 'ĐVT;;Đơn vị;Việc;Việc;Nghìn đồng;Nghìn đồng', '1;Nam Định;2;1.241;1.163;25.955.161;21.992.651']);
    expect(r.stderr).toContain('FILE:2:3: warning: column "Số đơn vị" is not a known figure and is ignored [UNKNOWN_COLUMN]');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('in a workbook (the reference reader)', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Biểu 07');
    const rows = [
      ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH'],
      ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'],
      HEADER.split(';'),
      ['ĐVT', null, 'Người', 'Việc', 'Việc', 'Nghìn đồng', 'Nghìn đồng'],
      [1, 'Mỹ Lộc', 5, 586, 533, 9565824, 7828290],
      [2, 'Vụ Bản', 6, 655, 630, 16389337, 14164361],
    ];
    for (const row of rows) sheet.addRow(row);
    const file = join(dir, 'bieu-07-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--by', 'none', '--format', 'json'], { env: {} });
    expect(await main(io)).toBe(0);
    expect(stderr()).toContain('Biểu 07!C3: warning: column "Số Chấp hành viên" is not a known figure and is ignored [UNKNOWN_COLUMN]');
    expect(totals(stdout())).toEqual(IN_THOUSANDS);
  });
});

describe('over-reach: a count\'s unit where a figure is read, and units rows as before', () => {
  it('"Người" under a money column: MEASURE_CONFLICT', async () => {
    const r = await both('nguoi-on-money-2019.csv', [...TITLE, HEADER, 'ĐVT;;Người;Việc;Việc;Người;Nghìn đồng', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:6: error: the units row under the header gives column 6 ("Tiền có điều kiện") in "Người", which counts people or offices, but the column was read as money [MEASURE_CONFLICT]');
  });

  it('"Đơn vị" under a cases column: MEASURE_CONFLICT', async () => {
    const r = await both('don-vi-on-cases-2019.csv', [...TITLE, HEADER, 'ĐVT;;Người;Đơn vị;Việc;Nghìn đồng;Nghìn đồng', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:4: error: the units row under the header gives column 4 ("Việc có điều kiện") in "Đơn vị", which counts people or offices, but the column was read as cases [MEASURE_CONFLICT]');
  });

  it('the same file with the staff unit emptied reads the same', async () => {
    const r = await both('empty-staff-unit-2019.csv', [...TITLE, HEADER, 'ĐVT;;;Việc;Việc;Nghìn đồng;Nghìn đồng', ...OFFICES]);
    expect(r.stderr.trim().split('\n')[0]).toBe(WARNING);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('without the staff column, "Việc | Nghìn đồng" reads as before', async () => {
    const r = await both('no-staff-2019.csv', [
      'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong',
      'ĐVT;;Việc;Việc;Nghìn đồng;Nghìn đồng',
      '1;Mỹ Lộc;586;533;9.565.824;7.828.290',
      '2;Vụ Bản;655;630;16.389.337;14.164.361',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('an unknown word in the row still makes no units row: the stray unit line is refused as before', async () => {
    const r = await both('unknown-unit-2019.csv', [...TITLE, HEADER, 'ĐVT;;Hồ sơ;Việc;Việc;Nghìn đồng;Nghìn đồng', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_CONTRADICTION]');
  });
});
