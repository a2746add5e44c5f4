// A group row over the header carries its period words to the columns under it wherever it is
// written: with STT / Đơn vị merged down into it, with its label cells empty (the header row
// holds those labels), or three rows up over a measure row (period / measure / field). The two
// latter were read as this year's (exit 0, "Cùng kỳ năm 2018" summed in). Both readers.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-group-row-periods-', ['--format', 'csv']);

const FIELDS = 'STT;Đơn vị;Có điều kiện;Giải quyết xong;Chưa có điều kiện;Đang thi hành';
const LABELS_BELOW = ';;Có điều kiện;Giải quyết xong;Chưa có điều kiện;Đang thi hành';
const OFFICES = ['1;Chi cục THADS huyện A;100;80;50;12', '2;Chi cục THADS huyện B;200;150;80;30'];
const MONEY = ',,,,,,,,,,,,,,,,,,,,,,,,,,,,,,';

// Hand-computed. Last year's columns ignored: with_conditions 100 + 200, resolved 80 + 150,
// rate 230/300 = 76.67 %; required at 73 %: 73, 146 (219); above: 7, 4 (11).
const OWN_ONLY = [
  `,Chi cục THADS huyện A,2019,,,,,,,100,,,,,,,,,80,,80.00,73,7.00,73,7,true,1,2${MONEY}`,
  `,Chi cục THADS huyện B,2019,,,,,,,200,,,,,,,,,150,,75.00,73,2.00,146,4,true,2,2${MONEY}`,
  `,TOTAL,2019,,,,,,,300,,,,,,,,,230,,76.67,73,3.67,219,11,true,,${MONEY}`,
];
// Every column this year's: to_execute = 100 + 50, 200 + 80 (430); in progress 12 + 30;
// carried forward = to_execute − resolved: 70, 130 (200).
const ALL_OWN = [
  `,Chi cục THADS huyện A,2019,,,,,,150,100,,,12,,,,50,,80,70,80.00,73,7.00,73,7,true,1,2${MONEY}`,
  `,Chi cục THADS huyện B,2019,,,,,,280,200,,,30,,,,80,,150,130,75.00,73,2.00,146,4,true,2,2${MONEY}`,
  `,TOTAL,2019,,,,,,430,300,,,42,,,,130,,230,200,76.67,73,3.67,219,11,true,,${MONEY}`,
];

const lastYear = (line: number) => [
  `FILE:${line}:5: warning: column "Chưa có điều kiện (Cùng kỳ năm 2018)" names a period or a plan ("Cùng kỳ năm 2018"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]`,
  `FILE:${line}:6: warning: column "Đang thi hành (Cùng kỳ năm 2018)" names a period or a plan ("Cùng kỳ năm 2018"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]`,
];

const rows = (stdout: string) => stdout.trim().split('\n').slice(1);
const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('FILE:'));

describe('a group row naming another period, wherever it is written', () => {
  it('with STT / Đơn vị in it (control, as before)', async () => {
    const r = await both('group-stt-control-viec-2019.csv', ['STT;Đơn vị;Năm 2019;;Cùng kỳ năm 2018;', LABELS_BELOW, ...OFFICES]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(OWN_ONLY);
    expect(warnings(r.stderr)).toEqual(lastYear(2));
  });

  it('with its label cells empty, STT / Đơn vị on the header row (was read as this year\'s)', async () => {
    const r = await both('group-no-stt-viec-2019.csv', [';;Năm 2019;;Cùng kỳ năm 2018;', FIELDS, ...OFFICES]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(OWN_ONLY);
    expect(warnings(r.stderr)).toEqual(lastYear(2));
  });

  it('three header rows up, over a measure row (was read as this year\'s)', async () => {
    const r = await both('period-three-up-viec-2019.csv', ['STT;Đơn vị;Năm 2019;;Cùng kỳ năm 2018;', ';;Số việc;;Số việc;', LABELS_BELOW, ...OFFICES]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(OWN_ONLY);
    expect(warnings(r.stderr)).toEqual(lastYear(3));
  });

  it('three rows up with its label cells empty, the labels on the field row', async () => {
    const r = await both('period-three-up-empty-viec-2019.csv', [';;Năm 2019;;Cùng kỳ năm 2018;', ';;Số việc;;Số việc;', FIELDS, ...OFFICES]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(OWN_ONLY);
    expect(warnings(r.stderr)).toEqual(lastYear(3));
  });
});

describe('rows that are no such group, read as before', () => {
  it('a group row naming only the report\'s year over every column', async () => {
    for (const top of [';;Năm 2019;;;', 'STT;Đơn vị;Năm 2019;;;']) {
      const r = await both('own-year-viec-2019.csv', [top, top.startsWith('STT') ? LABELS_BELOW : FIELDS, ...OFFICES]);
      expect(r.code).toBe(0);
      expect(rows(r.stdout)).toEqual(ALL_OWN);
      expect(warnings(r.stderr)).toEqual([]);
    }
  });

  it('an ordinary header of one row, and one under a unit line or a title', async () => {
    for (const above of [[], [';;Đơn vị tính: việc;;;'], ['Báo cáo năm 2019;;;;;'], [';;;Biểu 01: kết quả thi hành án tính bằng việc năm 2019;;']]) {
      const r = await both('plain-viec-2019.csv', [...above, FIELDS, ...OFFICES]);
      expect(r.code, above.join('')).toBe(0);
      expect(rows(r.stdout)).toEqual(ALL_OWN);
      expect(warnings(r.stderr)).toEqual([]);
    }
  });
});

describe('a lone period cell over some figure columns is a title line, not a group', () => {
  it('its year against the file name\'s is refused, never summed as this year\'s', async () => {
    const r = await both('lone-viec-2019.csv', [';;;;Cùng kỳ năm 2018;', FIELDS, ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:1: error: the file name says the year is 2019, but the title (line 1) says 2018 [YEAR_CONFLICT]');
  });
});
