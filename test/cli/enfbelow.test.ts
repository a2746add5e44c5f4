// A form by enforcer writing each office BELOW its enforcers (the spreadsheet's group footer),
// by-enforcer.ts officeBelowPersons, read-csv.ts closePersonRun:
//  1. work93a 02: "1 | Nguyễn Văn An", "2 | Nguyễn Thị Hoa", then "Cộng Chi cục Mỹ Lộc" (their
//     subtotal, naming the office): the persons were printed as offices, ranked, the offices never
//     printed, exit 0. Now the office is one row with the Cộng line's figures, the persons its
//     enforcers, checked against it (OFFICE_SUBTOTAL_MISMATCH where they do not add up).
//  2. work93a 03: persons without STT, then the office's own numbered line "1 | Chi cục THADS
//     huyện Mỹ Lộc" (or "1 | Mỹ Lộc"): refused as SUSPECTED_TOTAL_ROW. Now read as the same office.
//  3. Near shapes that keep their reading: the rows above are offices, not all persons, or the
//     Cộng line names no office; the office's line above its persons (session 26).
// Every figure below is written by hand.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonRunner, parsed, readRight, totalRow, type Result } from '../helpers/by-enforcer-json.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-enfbelow-'));
const { both } = bothReaders('thads-enfbelow-both-', ['--format', 'json']);
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024;;;;;', 'Đơn vị tính: Việc;;;;;'];
const HEADER = 'STT;Đơn vị / Chấp hành viên;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const PLAIN_HEADER = 'STT;Đơn vị / Chấp hành viên;Số việc thụ lý;Số việc có điều kiện;Số việc thi hành xong;Số việc đình chỉ';

/** The finding's file: enforcers numbered 1, 2 under each office, its "Cộng" line below them. */
function finding(myLoc = 'Cộng Chi cục Mỹ Lộc', vuBan = 'Cộng Chi cục Vụ Bản', an = 'Nguyễn Văn An', stt: readonly [string, string] = ['1', '2']): string[] {
  return [
    `${stt[0]};${an};100;80;50;0`,
    `${stt[1]};Nguyễn Thị Hoa;200;170;100;10`,
    `;${myLoc};300;250;150;10`,
    `${stt[0]};Lê Văn Bình;150;130;70;5`,
    `${stt[1]};Phạm Văn Minh;150;120;80;5`,
    `;${vuBan};300;250;150;10`,
    ';Tổng cộng;600;500;300;20',
  ];
}

const run = jsonRunner(dir);

describe('1. "Cộng <office>" below its enforcers: the office, its enforcers checked against it', () => {
  it('the finding\'s file (titled: reference reader; was four persons ranked as offices, exit 0)', () => {
    readRight(run('a 2024.csv', [...TITLE, HEADER, ...finding()]));
  });
  it('"Cộng: Mỹ Lộc", "Tổng Chi cục Vụ Bản"', () => {
    readRight(run('b 2024.csv', [...TITLE, HEADER, ...finding('Cộng: Mỹ Lộc', 'Tổng Chi cục Vụ Bản')]), 'Mỹ Lộc', 'Chi cục Vụ Bản');
  });
  it('in capitals, the enforcer with his post, the enforcers without STT', () => {
    readRight(run('c 2024.csv', [...TITLE, HEADER, ...finding('CỘNG CHI CỤC MỸ LỘC', 'Cộng Chi cục Vụ Bản', 'Nguyễn Văn An (Chi cục trưởng)', ['', ''])]), 'CHI CỤC MỸ LỘC');
  });
  it('a 2025 form: "Cộng Phòng THADS khu vực 1", "… khu vực 2"', () => {
    const lines = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;', TITLE[1]!.replace('2024', '2025'), TITLE[2]!, HEADER, ...finding('Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2')];
    readRight(run('d 2025.csv', lines), 'Phòng THADS khu vực 1', 'Phòng THADS khu vực 2');
  });
  it('plain CSV, no title (the header says by enforcer): both readers agree', async () => {
    const r = await both('e 2024.csv', [PLAIN_HEADER, ...finding()]);
    readRight(r);
  });
  it('plain CSV through the real binary', () => {
    readRight(run('f 2024.csv', [PLAIN_HEADER, ...finding()]));
  });
  it('xlsx twin', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'g 2024.xlsx', [...TITLE, HEADER, ...finding()], ['--format', 'json']));
  });
  it('enforcers not adding up to their "Cộng" line (Minh 90 resolved: 70 + 90 = 160 ≠ 150): refused at the line', () => {
    const lines = [...TITLE, HEADER, ...finding()].map((l) => (l.startsWith('2;Phạm Văn Minh') ? '2;Phạm Văn Minh;150;120;90;5' : l));
    const r = run('h 2024.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('OFFICE_SUBTOTAL_MISMATCH');
    expect(r.stderr).toContain('h 2024.csv:10: error: "Chi cục Vụ Bản" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 8–9)');
  });
});

describe('2. the office\'s own line below its enforcers (work93a 03): read, not refused', () => {
  const below = (myLoc: string, vuBan: string) => [
    ';Nguyễn Văn An;100;80;50;0',
    ';Nguyễn Thị Hoa;200;170;100;10',
    `1;${myLoc};300;250;150;10`,
    ';Lê Văn Bình;150;130;70;5',
    ';Phạm Văn Minh;150;120;80;5',
    `2;${vuBan};300;250;150;10`,
    ';Tổng cộng;600;500;300;20',
  ];
  it('"1 | Chi cục THADS huyện Mỹ Lộc" (was SUSPECTED_TOTAL_ROW, exit 1)', () => {
    readRight(run('i 2024.csv', [...TITLE, HEADER, ...below('Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản')]), 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản');
  });
  it('"1 | Mỹ Lộc", a bare place', () => {
    readRight(run('j 2024.csv', [...TITLE, HEADER, ...below('Mỹ Lộc', 'Vụ Bản')]), 'Mỹ Lộc', 'Vụ Bản');
  });
  it('xlsx twin', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'k 2024.xlsx', [...TITLE, HEADER, ...below('Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản')], ['--format', 'json']), 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản');
  });
  it('the line without STT below enforcers numbered 1, 2 (was NOT_AN_OFFICE, exit 1)', () => {
    readRight(run('l 2024.csv', [...TITLE, HEADER, ...finding('Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản')]), 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản');
  });
  it('one not adding up (Mỹ Lộc 140 resolved, its enforcers 150): refused, never summed', () => {
    const r = run('m 2024.csv', [...TITLE, HEADER, ...below('Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản')].map((l) => (l.startsWith('1;Chi cục THADS huyện Mỹ Lộc') ? '1;Chi cục THADS huyện Mỹ Lộc;300;250;140;10' : l)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('m 2024.csv:7: error: "Chi cục THADS huyện Mỹ Lộc" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 5–6)');
  });
});

describe('3. near shapes keep their reading', () => {
  const officesOf = (r: Result) => parsed(r.stdout).groups.map((g) => [g.district, g.cases.total, g.cases.withConditions, g.cases.resolved]);
  it('"Cộng Chi cục Mỹ Lộc" under office rows (bare places, no STT): the offices stay offices', () => {
    const r = run('n 2024.csv', [...TITLE, HEADER, ';Ý Yên;100;80;50;0', ';Nghĩa Hưng;200;170;100;10', ';Cộng Chi cục Mỹ Lộc;300;250;150;10', ';Tổng cộng;300;250;150;10']);
    expect(r.code).toBe(0);
    expect(officesOf(r)).toEqual([['Ý Yên', '100', '80', '50'], ['Nghĩa Hưng', '200', '170', '110']]);
    expect(totalRow(r).slice(0, 3)).toEqual(['300', '250', '160']);
  });
  it('a list of offices with a "Cộng" per cluster (no form by enforcer)', () => {
    const r = run('o 2024.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;', 'Đơn vị tính: Việc;;;;', 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong', '1;Mỹ Lộc;100;80;50', '2;Vụ Bản;200;170;100', ';Cộng cụm 1;300;250;150', '3;Ý Yên;50;40;30', '4;Nghĩa Hưng;60;50;40', ';Cộng cụm 2;110;90;70', ';Tổng cộng;410;340;220']);
    expect(r.code).toBe(0);
    expect(officesOf(r)).toEqual([['Mỹ Lộc', '100', '80', '50'], ['Vụ Bản', '200', '170', '100'], ['Ý Yên', '50', '40', '30'], ['Nghĩa Hưng', '60', '50', '40']]);
    expect(totalRow(r).slice(0, 3)).toEqual(['410', '340', '220']);
  });
  it('the office\'s line above its enforcers (session 26)', () => {
    const r = run('p 2024.csv', [...TITLE, HEADER, '1;Chi cục THADS huyện Mỹ Lộc;300;250;150;10', ';Nguyễn Văn An;100;80;50;0', ';Nguyễn Thị Hoa;200;170;100;10', '2;Chi cục THADS huyện Vụ Bản;300;250;150;10', ';Lê Văn Bình;150;130;70;5', ';Phạm Văn Minh;150;120;80;5', ';Tổng cộng;600;500;300;20']);
    readRight(r, 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản');
  });
  // (session 27: these persons, no office's line taking them, were read as offices; a person is never an office — personoffice.test.ts)
  it('"Cộng trang" under persons names no office: the persons are refused NOT_AN_OFFICE, not ranked as offices', () => {
    const r = run('q 2024.csv', [...TITLE, HEADER, '1;Nguyễn Văn An;100;80;50;0', '2;Nguyễn Thị Hoa;200;170;100;10', ';Cộng trang;300;250;150;10', '1;Lê Văn Bình;150;130;70;5', ';Tổng cộng;450;380;220;15']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('q 2024.csv:5:2: error: "Nguyễn Văn An" names a person (an enforcer), not an office, in a form by enforcer');
  });
  it('"Cộng" alone under persons: the file\'s total, the persons refused NOT_AN_OFFICE', () => {
    const r = run('s 2024.csv', [...TITLE, HEADER, '1;Nguyễn Văn An;100;80;50;0', '2;Nguyễn Thị Hoa;200;170;100;10', ';Cộng;300;250;150;10']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('NOT_AN_OFFICE');
    expect(r.stderr).toContain('s 2024.csv:5:2: error: "Nguyễn Văn An" names a person (an enforcer), not an office');
  });
  it('rows above not all persons ("Ý Yên" among them): that group is no office\'s run, its person refused NOT_AN_OFFICE', () => {
    const lines = finding().map((l) => (l.startsWith('2;Nguyễn Thị Hoa') ? '2;Ý Yên;210;170;100;10' : l.startsWith(';Cộng Chi cục Mỹ Lộc') ? ';Cộng Chi cục Mỹ Lộc;310;250;150;10' : l.startsWith(';Tổng cộng') ? ';Tổng cộng;610;500;300;20' : l));
    const r = run('r 2024.csv', [...TITLE, HEADER, ...lines]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('r 2024.csv:5:2: error: "Nguyễn Văn An" names a person (an enforcer), not an office');
  });
});
