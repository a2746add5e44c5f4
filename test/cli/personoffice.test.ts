// A form by enforcer ("… THEO CHẤP HÀNH VIÊN") writing each office BELOW its persons: a person is
// never an office (read-csv.ts readRow, by-enforcer.ts namesPersonWithPost / namesUnassigned;
// the run of persons read-csv.ts processRow / closePersonRun):
//  1. work94a 01: a blank row between the persons and "Cộng Chi cục Mỹ Lộc" released them as
//     offices (four persons ranked, the offices never printed, exit 0). Blank rows are skipped.
//  2. work94a 02: a "3 | Chưa phân công" row (cases no enforcer holds) among them did the same.
//     Such rows ("Chưa phân công", "Chưa giao", "Không phân công", "Khác") are the office's too.
//  3. A person's row no office's line above or below takes is refused NOT_AN_OFFICE at its line.
//  4. work94a 03: an enforcer's row with every figure cell empty among them refused the form.
//  5. Near shapes that keep their reading.
// Every figure below is written by hand.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonRunner, officeRows, readRight, totalRow, type Result } from '../helpers/by-enforcer-json.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-personoffice-'));
const { both } = bothReaders('thads-personoffice-both-', ['--format', 'json']);
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024;;;;;', 'Đơn vị tính: Việc;;;;;'];
const HEADER = 'STT;Đơn vị / Chấp hành viên;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const PLAIN_HEADER = 'STT;Đơn vị / Chấp hành viên;Số việc thụ lý;Số việc có điều kiện;Số việc thi hành xong;Số việc đình chỉ';
const BLANK = ';;;;;';

/** work94a 01: enforcers 1, 2 of each office, a blank row, then "Cộng Chi cục …", "Tổng cộng". */
const blankBefore = [
  '1;Nguyễn Văn An;100;80;50;0',
  '2;Nguyễn Thị Hoa;200;170;100;10',
  BLANK,
  ';Cộng Chi cục Mỹ Lộc;300;250;150;10',
  '1;Lê Văn Bình;150;130;70;5',
  '2;Phạm Văn Minh;150;120;80;5',
  BLANK,
  ';Cộng Chi cục Vụ Bản;300;250;150;10',
  ';Tổng cộng;600;500;300;20',
];

/** work94a 02: a "3 | Chưa phân công" row under Mỹ Lộc's enforcers (20 / 10 / 5 + 0). */
function unassigned(words = 'Chưa phân công'): string[] {
  return [
    '1;Nguyễn Văn An;100;80;50;0',
    '2;Nguyễn Thị Hoa;200;170;100;10',
    `3;${words};20;10;5;0`,
    ';Cộng Chi cục Mỹ Lộc;320;260;155;10',
    '1;Lê Văn Bình;150;130;70;5',
    '2;Phạm Văn Minh;150;120;80;5',
    ';Cộng Chi cục Vụ Bản;300;250;150;10',
    ';Tổng cộng;620;510;305;20',
  ];
}

const run = jsonRunner(dir);

/** Mỹ Lộc 320 / 260 / 155 + 10 = 165, 63.46 % (2); Vụ Bản 300 / 250 / 160, 64.00 % (1); TOTAL 620 / 510 / 325, 63.73 %. */
function readUnassigned(r: Result) {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(officeRows(r)).toEqual([
    ['Chi cục Mỹ Lộc', '320', '260', '165', '63.46', 2],
    ['Chi cục Vụ Bản', '300', '250', '160', '64.00', 1],
  ]);
  expect(totalRow(r)).toEqual(['620', '510', '325', '63.73']);
}

describe('1. a blank row between the persons and their office\'s line below (work94a 01): skipped, the office read', () => {
  it('the finding\'s file (titled: reference reader; was four persons ranked as offices, exit 0)', () => {
    readRight(run('a 2024.csv', [...TITLE, HEADER, ...blankBefore]));
  });
  it('plain CSV, no title: both readers agree', async () => {
    readRight(await both('b 2024.csv', [PLAIN_HEADER, ...blankBefore]));
  });
  it('xlsx twin', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'c 2024.xlsx', [...TITLE, HEADER, ...blankBefore], ['--format', 'json']));
  });
  it('blank rows inside the run too, two before the line', () => {
    const lines = blankBefore.flatMap((l) => (l.startsWith('1;') ? [l, BLANK] : l === BLANK ? [BLANK, BLANK] : [l]));
    readRight(run('d 2024.csv', [...TITLE, HEADER, ...lines]));
  });
  it('the office\'s own numbered line below unnumbered persons, a blank row before it', () => {
    const lines = [';Nguyễn Văn An;100;80;50;0', ';Nguyễn Thị Hoa;200;170;100;10', BLANK, '1;Chi cục THADS huyện Mỹ Lộc;300;250;150;10', ';Lê Văn Bình;150;130;70;5', ';Phạm Văn Minh;150;120;80;5', BLANK, '2;Chi cục THADS huyện Vụ Bản;300;250;150;10', ';Tổng cộng;600;500;300;20'];
    readRight(run('e 2024.csv', [...TITLE, HEADER, ...lines]), 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản');
  });
});

describe('2. the office\'s cases no enforcer holds among its persons (work94a 02): its rows too', () => {
  it('"3 | Chưa phân công" (was An, Hoa, "Chưa phân công" ranked as offices, Mỹ Lộc never printed, exit 0)', () => {
    readUnassigned(run('f 2024.csv', [...TITLE, HEADER, ...unassigned()]));
  });
  for (const words of ['Chưa giao', 'Không phân công', 'Khác', 'Việc chưa phân công cho CHV', 'CHƯA PHÂN CÔNG']) {
    it(`"${words}"`, () => {
      readUnassigned(run(`g ${words} 2024.csv`, [...TITLE, HEADER, ...unassigned(words)]));
    });
  }
  it('plain CSV: both readers agree', async () => {
    readUnassigned(await both('h 2024.csv', [PLAIN_HEADER, ...unassigned()]));
  });
  it('xlsx twin', async () => {
    readUnassigned(await summarizeLinesWorkbook(dir, 'i 2024.xlsx', [...TITLE, HEADER, ...unassigned()], ['--format', 'json']));
  });
  it('under both offices (was all persons as offices, DUPLICATE_OFFICE only): Vụ Bản 310 / 255 / 152 + 10 = 162, 63.53 % (1)', () => {
    const lines = [...unassigned().slice(0, 6), '3;Chưa phân công;10;5;2;0', ';Cộng Chi cục Vụ Bản;310;255;152;10', ';Tổng cộng;630;515;307;20'];
    const r = run('j 2024.csv', [...TITLE, HEADER, ...lines]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([
      ['Chi cục Mỹ Lộc', '320', '260', '165', '63.46', 2],
      ['Chi cục Vụ Bản', '310', '255', '162', '63.53', 1],
    ]);
    expect(totalRow(r)).toEqual(['630', '515', '327', '63.50']);
  });
  it('with a blank row before the line as well', () => {
    const lines = unassigned().flatMap((l) => (l.startsWith(';Cộng') ? [BLANK, l] : [l]));
    readUnassigned(run('k 2024.csv', [...TITLE, HEADER, ...lines]));
  });
  it('the rows not adding up to their line (Chưa phân công 30 thụ lý: 330 ≠ 320): refused at the line, never summed', () => {
    const r = run('l 2024.csv', [...TITLE, HEADER, ...unassigned().map((l) => (l.startsWith('3;Chưa') ? '3;Chưa phân công;30;10;5;0' : l))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('OFFICE_SUBTOTAL_MISMATCH');
    expect(r.stderr).toContain('l 2024.csv:8: error: "Chi cục Mỹ Lộc" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 5–7)');
  });
});

describe('3. a person no office\'s line takes: refused NOT_AN_OFFICE at its line, never ranked as an office', () => {
  const alone = ['1;Nguyễn Văn An;100;80;50;0', '2;Nguyễn Thị Hoa;200;170;100;10', ';Tổng cộng;300;250;150;10'];
  it('persons and the file\'s total, no office named (was two offices, exit 0)', () => {
    const r = run('m 2024.csv', [...TITLE, HEADER, ...alone]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    expect(r.stderr).toContain('m 2024.csv:5:2: error: "Nguyễn Văn An" names a person (an enforcer), not an office, in a form by enforcer, and no office\'s line above or below it says whose it is');
  });
  it('plain CSV: both readers refuse it alike', async () => {
    const r = await both('n 2024.csv', [PLAIN_HEADER, ...alone]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:2: error: "Nguyễn Văn An" names a person (an enforcer), not an office');
  });
  it('"Chưa phân công" read as an office is refused too', () => {
    const r = run('o 2024.csv', [...TITLE, HEADER, '1;Chi cục Mỹ Lộc;300;250;150;10', '2;Chưa phân công;20;10;5;0', ';Tổng cộng;320;260;155;10']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('o 2024.csv:6:2: error: "Chưa phân công" names an office\'s cases no enforcer holds, not an office');
  });
  it('xlsx twin', async () => {
    const r = await summarizeLinesWorkbook(dir, 'p 2024.xlsx', [...TITLE, HEADER, ...alone], ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});

describe('4. an enforcer\'s row with every figure cell empty among the persons (work94a 03): nothing of his, skipped', () => {
  it('"3 | Trần Văn Cường | | | |" above "Cộng Chi cục Mỹ Lộc" (was SUSPECTED_TOTAL_ROW, exit 1)', () => {
    const lines = ['1;Nguyễn Văn An;100;80;50;0', '2;Nguyễn Thị Hoa;200;170;100;10', '3;Trần Văn Cường;;;;', ';Cộng Chi cục Mỹ Lộc;300;250;150;10', '1;Lê Văn Bình;150;130;70;5', '2;Phạm Văn Minh;150;120;80;5', ';Cộng Chi cục Vụ Bản;300;250;150;10', ';Tổng cộng;600;500;300;20'];
    readRight(run('q 2024.csv', [...TITLE, HEADER, ...lines]));
  });
  it('persons without STT above the office\'s numbered line (was NOT_AN_OFFICE, exit 1)', () => {
    const lines = [';Nguyễn Văn An;100;80;50;0', ';Nguyễn Thị Hoa;200;170;100;10', ';Trần Văn Cường;;;;', '1;Chi cục THADS huyện Mỹ Lộc;300;250;150;10', ';Lê Văn Bình;150;130;70;5', ';Phạm Văn Minh;150;120;80;5', '2;Chi cục THADS huyện Vụ Bản;300;250;150;10', ';Tổng cộng;600;500;300;20'];
    readRight(run('r 2024.csv', [...TITLE, HEADER, ...lines]), 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản');
  });
});

describe('5. near shapes keep their reading', () => {
  it('the same forms without blank rows (work94a 01\'s control)', () => {
    readRight(run('s 2024.csv', [...TITLE, HEADER, ...blankBefore.filter((l) => l !== BLANK)]));
  });
  it('the office\'s line above its persons, a blank row and "Chưa phân công" under it', () => {
    const lines = ['1;Chi cục THADS huyện Mỹ Lộc;320;260;155;10', ';Nguyễn Văn An;100;80;50;0', ';Nguyễn Thị Hoa;200;170;100;10', ';Chưa phân công;20;10;5;0', BLANK, '2;Chi cục THADS huyện Vụ Bản;300;250;150;10', ';Lê Văn Bình;150;130;70;5', ';Phạm Văn Minh;150;120;80;5', ';Tổng cộng;620;510;305;20'];
    const r = run('t 2024.csv', [...TITLE, HEADER, ...lines]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([
      ['Chi cục THADS huyện Mỹ Lộc', '320', '260', '165', '63.46', 2],
      ['Chi cục THADS huyện Vụ Bản', '300', '250', '160', '64.00', 1],
    ]);
    expect(totalRow(r)).toEqual(['620', '510', '325', '63.73']);
  });
  it('a plain office list (no by-enforcer title nor header), bare places, one person-shaped ("Trần Văn Thời"), a blank row', () => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;', 'Đơn vị tính: Việc;;;;', 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong', '1;Trần Văn Thời;100;80;50', '2;U Minh;200;170;100', ';;;;', ';Tổng cộng;300;250;150'];
    const r = run('u 2024.csv', lines);
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([
      ['Trần Văn Thời', '100', '80', '50', '62.50', 1],
      ['U Minh', '200', '170', '100', '58.82', 2],
    ]);
    expect(totalRow(r)).toEqual(['300', '250', '150', '60.00']);
  });
  it('a plain office list of bare places, no title: both readers, as before', async () => {
    const r = await both('v 2024.csv', ['STT;Đơn vị;Số việc thụ lý;Số việc có điều kiện;Số việc thi hành xong', '1;Mỹ Lộc;100;80;50', '2;Vụ Bản;200;170;100', ';;;;', ';Tổng cộng;300;250;150']);
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([
      ['Mỹ Lộc', '100', '80', '50', '62.50', 1],
      ['Vụ Bản', '200', '170', '100', '58.82', 2],
    ]);
  });
});
