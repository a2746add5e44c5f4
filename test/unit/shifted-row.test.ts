// A row pasted from a PDF loses an empty cell and is padded at its end: shifted one cell to the
// left, a figure lands in the office cell and was read as an office named "400" (exit 0, a
// wrong total). A number in the office cell with words in the STT cell (the name that slid
// into it) is such a row: refused at that cell, by both readers alike. Without words there
// the number is the office's name ("Phòng THADS khu vực" over 1, 2, 3; codes "01", "02"): read.
import { describe, expect, it } from 'vitest';
import { isFigureAsName, isNumberAsName, isShiftedRow } from '../../src/input/shifted-row.js';
import { readFastFile } from '../../src/input/fast/read-fast.js';
import { HeaderMatcher } from '../../src/input/headers.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'csv'];
const { both, write } = bothReaders('thads-shifted-row-', ARGS);

const HEADER = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ';
const SHIFTED = 'likely the office\'s name: the row looks shifted one cell to the left, each figure under the header of the one before it';

/** the TOTAL row's with_conditions, completed, terminated, resolved, rate */
function total(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n');
  const columns = head!.split(',');
  const row = rows.find((r) => r.split(',')[1] === 'TOTAL')!.split(',');
  return ['cases_with_conditions', 'cases_completed', 'cases_terminated', 'cases_resolved', 'cases_rate'].map((c) => row[columns.indexOf(c)]!);
}

describe('isNumberAsName', () => {
  it.each(['400', '1.000', '1,200', '1 200', ' 12 ', '1.'])('%j is a number, no name', (cell) => expect(isNumberAsName(cell)).toBe(true));
  it.each(['Quận 1', 'Phòng THADS khu vực 2', 'Đội 3', 'Khu vực 12', '1 Chi cục Mỹ Lộc', '-', '', 'II', '1a'])('%j is no number', (cell) => expect(isNumberAsName(cell)).toBe(false));
});

describe('isShiftedRow', () => {
  it.each([
    ['400', 'Văn phòng Cục THADS tỉnh'],
    ['1.000', '1 Chi cục THADS huyện Mỹ Lộc'],
    ['1,200', ' Chi cục THADS huyện Hải Hậu '],
  ])('%j under the STT %j is shifted', (office, stt) => expect(isShiftedRow(office, stt)).toBe(true));
  it.each([
    ['1', '1'],
    ['01', ''],
    ['400', ''],
    ['3', 'II'],
    ['2', '2.'],
    ['Quận 1', 'Văn phòng Cục THADS tỉnh'],
    ['Chi cục THADS huyện Mỹ Lộc', '1 Chi cục THADS huyện Mỹ Lộc'],
  ])('%j under the STT %j is not', (office, stt) => expect(isShiftedRow(office, stt)).toBe(false));
});

describe('isFigureAsName: thousands in groups of three, shifted even without words in the STT cell', () => {
  it.each(['1.200', '1,200', '12.345.678', ' 1.000 '])('%j is a figure', (cell) => expect(isFigureAsName(cell)).toBe(true));
  it.each(['400', '01', '1.1', '1.20', '12', 'Quận 1', '1 200'])('%j is not', (cell) => expect(isFigureAsName(cell)).toBe(false));
  it('the STT lost with the empty cell: ";1.200;900;;" under Mỹ Lộc is refused at its office cell (2600 / 1400 was printed)', async () => {
    const r = await both('lost-stt-viec-2019.csv', [HEADER, '1;Chi cục THADS huyện Mỹ Lộc;1.000;800;50', ';1.200;900;10;', '2;Chi cục THADS huyện Vụ Bản;700;600;20']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:2: error: the office cell holds "1.200", a figure\'s shape (thousands in groups of three), no office\'s name: the row looks shifted one cell to the left, each figure under the header of the one before it [SHIFTED_ROW]');
  });
  it('office codes "01", "02" and "1.1" are still names: 1000 + 700 / 800 + 600 read', async () => {
    const r = await both('codes-viec-2019.csv', [HEADER, '1;01;1.000;800;0', '2;1.1;700;600;0']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['1700', '1400', '0', '1400', '82.35']);
  });
});

describe('a row shifted one cell to the left', () => {
  it('a dropped empty STT: the office cell holds "400", the name is in the STT cell (finding 02)', async () => {
    const r = await both('shifted-viec-2019.csv', [
      HEADER,
      'Văn phòng Cục THADS tỉnh;400;300;10;',
      '1;Chi cục THADS huyện Mỹ Lộc;1.000;800;50',
      '2;Chi cục THADS huyện Vụ Bản;500;400;20',
      '3;Chi cục THADS huyện Ý Yên;250;200;10',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:2:2: error: the office cell holds the number "400" and the STT cell holds "Văn phòng Cục THADS tỉnh", ${SHIFTED} [SHIFTED_ROW]\n  hint: restore the empty cell the row lost`);
  });

  it('STT and name in one cell: the office cell holds "1.000" (finding 02b)', async () => {
    const r = await both('one-cell-viec-2019.csv', [
      HEADER,
      '1 Chi cục THADS huyện Mỹ Lộc;1.000;800;50;',
      '2;Chi cục THADS huyện Vụ Bản;500;400;20',
      '3;Chi cục THADS huyện Ý Yên;250;200;10',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:2:2: error: the office cell holds the number "1.000" and the STT cell holds "1 Chi cục THADS huyện Mỹ Lộc", ${SHIFTED} [SHIFTED_ROW]`);
  });

  it('far down a file, below many offices read first, at the shifted row', async () => {
    const offices = Array.from({ length: 60 }, (_, i) => `${i + 1};Chi cục THADS huyện số ${i + 1};100;80;5`);
    const r = await both('far-viec-2019.csv', [HEADER, ...offices, 'Chi cục THADS huyện Hải Hậu;1,200;900;10;', '62;Chi cục THADS huyện Ý Yên;250;200;10']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:62:2: error: the office cell holds the number "1,200" and the STT cell holds "Chi cục THADS huyện Hải Hậu", ${SHIFTED} [SHIFTED_ROW]`);
  });

  it('an office named by a number read above: the shifted row with that number is refused all the same', async () => {
    const r = await both('seen-number-viec-2019.csv', [HEADER, '1;400;100;80;5', '2;Chi cục THADS huyện Vụ Bản;500;400;20', 'Văn phòng Cục THADS tỉnh;400;300;10;']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:4:2: error: the office cell holds the number "400" and the STT cell holds "Văn phòng Cục THADS tỉnh", ${SHIFTED} [SHIFTED_ROW]`);
  });

  it('names with a number in them are offices: read, with the right total', async () => {
    const r = await both('numbered-names-viec-2019.csv', [
      HEADER,
      '1;Quận 1;400;300;10',
      '2;Phòng THADS khu vực 2;1.000;800;50',
      '3;Đội 3;500;400;20',
      '4;Khu vực 12;250;200;10',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 400+1000+500+250; 300+800+400+200; 10+50+20+10; 1700+90; 1790/2150
    expect(total(r.stdout)).toEqual(['2150', '1700', '90', '1790', '83.26']);
  });

  it('the same with the shifted row restored: 2150 / 1790 (the right reading of finding 02)', async () => {
    const r = await both('restored-viec-2019.csv', [
      HEADER,
      ';Văn phòng Cục THADS tỉnh;400;300;10',
      '1;Chi cục THADS huyện Mỹ Lộc;1.000;800;50',
      '2;Chi cục THADS huyện Vụ Bản;500;400;20',
      '3;Chi cục THADS huyện Ý Yên;250;200;10',
    ]);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(['2150', '1700', '90', '1790', '83.26']);
  });
});

describe('numbers naming offices, no words in the STT cell: read (work44 finding 02)', () => {
  const CASES = ['--format', 'csv'];
  const TITLE = 'CỤC THADS TỈNH NINH BÌNH';
  /** each office's district, with_conditions, resolved, then the TOTAL row's with_conditions, resolved, rate */
  function read(stdout: string): string[][] {
    const [head, ...rows] = stdout.trim().split('\n');
    const columns = head!.split(',');
    return rows.map((r) => r.split(',')).map((r) => ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((c) => r[columns.indexOf(c)]!));
  }
  // 1200+900+800 = 2900; 1000+700+650 = 2350; 2350/2900 = 81.03 %
  const TOTAL = ['TOTAL', '2900', '2350', '81.03'];

  it('"Phòng THADS khu vực" over 1, 2, 3, a numeric STT beside it', async () => {
    const r = await both('phong-khu-vuc-viec-2025.csv', [TITLE, 'STT;Phòng THADS khu vực;Có điều kiện;Giải quyết xong', '1;1;1200;1000', '2;2;900;700', '3;3;800;650'], CASES);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual([['1', '1200', '1000', '83.33'], ['2', '900', '700', '77.78'], ['3', '800', '650', '81.25'], TOTAL]);
  });

  it('"Khu vực" over 1, 2, 3, no STT column', async () => {
    const r = await both('khu-vuc-viec-2025.csv', [TITLE, 'Khu vực;Có điều kiện;Giải quyết xong', '1;1200;1000', '2;900;700', '3;800;650'], CASES);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual([['1', '1200', '1000', '83.33'], ['2', '900', '700', '77.78'], ['3', '800', '650', '81.25'], TOTAL]);
  });

  it('office codes "01", "02", "03" under "Đơn vị"', async () => {
    const r = await both('codes-viec-2019.csv', [TITLE, 'Đơn vị;Có điều kiện;Giải quyết xong', '01;1200;1000', '02;900;700', '03;800;650'], CASES);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual([['01', '1200', '1000', '83.33'], ['02', '900', '700', '77.78'], ['03', '800', '650', '81.25'], TOTAL]);
  });

  it('an empty STT cell beside a number is read too', async () => {
    const r = await both('empty-stt-viec-2025.csv', [TITLE, 'STT;Phòng THADS khu vực;Có điều kiện;Giải quyết xong', ';1;1200;1000', ';2;900;700', ';3;800;650'], CASES);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(r.stdout).at(-1)).toEqual(TOTAL);
  });
});

describe('an empty office cell, the name in the STT cell (finding 05)', () => {
  it('MISSING_DISTRICT says the name seems to be in the STT column', async () => {
    const r = await both('stt-name-viec-2019.csv', [
      'STT;Đơn vị;Tổng số phải thi hành;Có điều kiện;Thi hành xong;Đình chỉ;Chưa có điều kiện',
      '1 Chi cục THADS huyện Mỹ Lộc;;1.200;1.000;800;50;200',
      '2;Chi cục THADS huyện Vụ Bản;600;500;400;20;100',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('FILE:2:2: error: this row has figures but no office name [MISSING_DISTRICT]\n  hint: the office\'s name seems to be in the STT column ("1 Chi cục THADS huyện Mỹ Lộc"): write the number in the STT cell and the name in the office cell (Đơn vị)\n');
  });

  it('with a number only in the STT cell the hint is the code\'s own', async () => {
    const r = await both('stt-only-viec-2019.csv', [HEADER, '1;;1.000;800;50', '2;Vụ Bản;500;400;20']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('FILE:2:2: error: this row has figures but no office name [MISSING_DISTRICT]\n  hint: every row with figures needs an office name in its district column\n');
  });
});

describe('the fast path', () => {
  const opts = { matcher: new HeaderMatcher({}), numberFormat: 'auto' } as const;
  it('reads names with a number in them, and numbers for names, itself; hands a shifted row to the reference', async () => {
    const named = write('fast-named-viec-2019.csv', [HEADER, '1;Quận 1;400;300;10', '2;Khu vực 12;250;200;10']);
    expect((await readFastFile(named, opts))?.offices).toHaveLength(2);
    const numbers = write('fast-numbers-viec-2025.csv', ['STT;Phòng THADS khu vực;Có điều kiện;Giải quyết xong', '1;1;1200;1000', '2;2;900;700', '3;3;800;650']);
    expect((await readFastFile(numbers, opts))?.offices).toHaveLength(3);
    const shifted = write('fast-shifted-viec-2019.csv', [HEADER, '1;Quận 1;400;300;10', 'Văn phòng Cục THADS tỉnh;400;300;10;']);
    expect(await readFastFile(shifted, opts)).toBe(null);
  });
});
