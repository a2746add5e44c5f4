// Three ordinary forms by enforcer refused for nothing (work95a 03, 04, 05: exit 1, NOT_AN_OFFICE),
// near shapes of the rule "a person is never an office in a form by enforcer" (read-csv.ts):
//  1. offices Roman-numbered by their bare place ("II | Mỹ Lộc"), enforcers 1, 2 under each: the
//     place is that office's line, as "II | Chi cục THADS huyện Mỹ Lộc" is (by-enforcer.ts romanBarePlace);
//  2. "Văn phòng Cục" on a line of its own, then each Chi cục's enforcers numbered 1, 2 and "Cộng
//     Chi cục Mỹ Lộc" below them: the line above does not keep the Cộng from closing them
//     (by-enforcer.ts officeBelowPersons, read-csv.ts processRow);
//  3. a Chi cục's own file, its enforcers in the column headed "Đơn vị": the office its title says,
//     its name agreeing (read-csv.ts ownFileOffice), as under "Chấp hành viên".
// Near shapes keep their reading: persons not adding up to their line, a person no office takes in a
// Cục's file, a Roman bare place over offices, a "Cộng" naming no office. Every figure written by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonRunner, officeRows, totalRow } from '../helpers/by-enforcer-json.js';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-enfforms-'));
const run = jsonRunner(dir);
const { both } = bothReaders('thads-enfforms-both-', ['--format', 'json']);

const CUC = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;';
const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN;;;;;', 'Năm 2024;;;;;', 'Đơn vị tính: việc;;;;;'];
const HEADER = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Thi hành xong;Đình chỉ';
/** no title: the header says by enforcer, and cases (both readers) */
const PLAIN_HEADER = 'STT;Đơn vị / Chấp hành viên;Số việc thụ lý;Số việc có điều kiện;Số việc thi hành xong;Số việc đình chỉ';

const refused = (r: { code: number; stdout: string; stderr: string }, code: string, at: string) => {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(stderrCodes(r.stderr)[0]).toBe(code);
  expect(r.stderr).toContain(at);
};

describe('1. offices Roman-numbered by their bare place over their enforcers (work95a 03)', () => {
  const rows = (lan = '2;Phạm Thị Lan;180;110;90;5') => [
    ';Tổng cộng;900;570;440;25',
    'I;Văn phòng Cục;300;200;150;10',
    '1;Nguyễn Văn An;170;120;90;6',
    '2;Nguyễn Thị Hoa;130;80;60;4',
    'II;Mỹ Lộc;400;250;200;12',
    '1;Lê Văn Bình;220;140;110;7',
    lan,
    'III;Vụ Bản;200;120;90;3',
    '1;Đỗ Văn Hùng;100;60;50;1',
    '2;Vũ Thị Mai;100;60;40;2',
  ];
  // resolved = completed + terminated: 150 + 10, 200 + 12, 90 + 3
  const expected = [
    ['Văn phòng Cục', '300', '200', '160', '80.00', 2],
    ['Mỹ Lộc', '400', '250', '212', '84.80', 1],
    ['Vụ Bản', '200', '120', '93', '77.50', 3],
  ];
  const readRight = (r: { code: number; stdout: string; stderr: string }) => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual(expected);
    expect(totalRow(r)).toEqual(['900', '570', '465', '81.58']);
  };
  it('the finding\'s file, titled (reference reader; was NOT_AN_OFFICE at "Lê Văn Bình", exit 1)', () => {
    readRight(run('Nam Dinh theo CHV 2024.csv', [CUC, ...TITLE, HEADER, ...rows()]));
  });
  it('plain CSV, no title: both readers agree', async () => {
    readRight(await both('roman 2024.csv', [PLAIN_HEADER, ...rows()]));
  });
  it('its .xlsx twin', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'Nam Dinh theo CHV 2024.xlsx', [CUC, ...TITLE, HEADER, ...rows()], ['--format', 'json']));
  });
  it('"(mẫu 2)": the office lines without figures, "Cộng" under each office\'s enforcers', () => {
    const r = run('Nam Dinh theo CHV mau 2 2024.csv', [CUC, ...TITLE, HEADER,
      'I;Mỹ Lộc;;;;', '1;Nguyễn Văn An;170;120;90;6', '2;Nguyễn Thị Hoa;130;80;60;4', ';Cộng;300;200;150;10',
      'II;Vụ Bản;;;;', '1;Lê Văn Bình;220;140;110;7', '2;Phạm Thị Lan;180;110;90;5', ';Cộng;400;250;200;12',
      ';Tổng cộng;700;450;350;22']);
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([
      ['Mỹ Lộc', '300', '200', '160', '80.00', 2],
      ['Vụ Bản', '400', '250', '212', '84.80', 1],
    ]);
    expect(totalRow(r)).toEqual(['700', '450', '372', '82.67']);
  });
  it('control: enforcers not adding up to "II | Mỹ Lộc" (220 + 190 = 410 ≠ 400): refused, OFFICE_SUBTOTAL_MISMATCH', () => {
    refused(run('Nam Dinh theo CHV sai 2024.csv', [CUC, ...TITLE, HEADER, ...rows('2;Phạm Thị Lan;190;110;90;5')]), 'OFFICE_SUBTOTAL_MISMATCH', '"Mỹ Lộc"');
  });
  it('control: a Roman bare place over offices ("1 | Chi cục THADS huyện Ý Yên") stays a section over them', () => {
    const r = run('Nam Dinh khoi 2024.csv', [CUC, ...TITLE, HEADER, ';Tổng cộng;700;450;350;22',
      'I;Mỹ Lộc;300;200;150;10', '1;Chi cục THADS huyện Ý Yên;170;120;90;6', '2;Chi cục THADS huyện Nam Trực;130;80;60;4',
      'II;Vụ Bản;400;250;200;12', '1;Chi cục THADS huyện Giao Thủy;220;140;110;7', '2;Chi cục THADS huyện Hải Hậu;180;110;90;5']);
    expect(r.code).toBe(0);
    expect(officeRows(r).map((o) => [o[0], o[1]])).toEqual([
      ['Chi cục THADS huyện Ý Yên', '170'],
      ['Chi cục THADS huyện Nam Trực', '130'],
      ['Chi cục THADS huyện Giao Thủy', '220'],
      ['Chi cục THADS huyện Hải Hậu', '180'],
    ]);
    expect(totalRow(r)).toEqual(['700', '450', '372', '82.67']);
  });
});

describe('2. "Văn phòng Cục" on its own line, then enforcers closed by "Cộng Chi cục …" (work95a 04)', () => {
  const rows = (cong = ';Cộng Chi cục Mỹ Lộc;300;200;150;10', hoa = '2;Trần Thị Hoa;130;80;60;4') => [
    ';Văn phòng Cục;500;300;240;12',
    '1;Nguyễn Văn An;170;120;90;6',
    hoa,
    cong,
    '1;Lê Văn Bình;220;140;110;7',
    '2;Phạm Thị Lan;180;110;90;5',
    ';Cộng Chi cục Vụ Bản;400;250;200;12',
    ';Tổng cộng;1.200;750;590;34',
  ];
  const readRight = (r: { code: number; stdout: string; stderr: string }) => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // resolved 240 + 12, 150 + 10, 200 + 12
    expect(officeRows(r)).toEqual([
      ['Văn phòng Cục', '500', '300', '252', '84.00', 2],
      ['Chi cục Mỹ Lộc', '300', '200', '160', '80.00', 3],
      ['Chi cục Vụ Bản', '400', '250', '212', '84.80', 1],
    ]);
    expect(totalRow(r)).toEqual(['1200', '750', '624', '83.20']);
  };
  it('the finding\'s file, titled (was NOT_AN_OFFICE at "Nguyễn Văn An", exit 1)', () => {
    readRight(run('Nam Dinh VP theo CHV 2024.csv', [CUC, ...TITLE, HEADER, ...rows()]));
  });
  it('plain CSV, no title: both readers agree', async () => {
    readRight(await both('vp 2024.csv', [PLAIN_HEADER, ...rows()]));
  });
  it('control: enforcers not adding up to their "Cộng Chi cục Mỹ Lộc" (170 + 140 = 310 ≠ 300): refused, OFFICE_SUBTOTAL_MISMATCH', () => {
    refused(run('Nam Dinh VP sai 2024.csv', [CUC, ...TITLE, HEADER, ...rows(undefined, '2;Trần Thị Hoa;140;80;60;4')]), 'OFFICE_SUBTOTAL_MISMATCH', 'Chi cục Mỹ Lộc');
  });
  it('control: a "Cộng" naming no office below them: still refused, NOT_AN_OFFICE at the first person', () => {
    refused(run('Nam Dinh VP cong 2024.csv', [CUC, ...TITLE, HEADER, ...rows(';Cộng;300;200;150;10')]), 'NOT_AN_OFFICE', ':7:2: error: "Nguyễn Văn An"');
  });
  it('control: an office\'s own line (no "Cộng") below them, under the Văn phòng\'s line: still refused, NOT_AN_OFFICE', () => {
    refused(run('Nam Dinh VP dong 2024.csv', [CUC, ...TITLE, HEADER, ...rows(';Chi cục THADS huyện Mỹ Lộc;300;200;150;10')]), 'NOT_AN_OFFICE', ':7:2: error: "Nguyễn Văn An"');
  });
});

describe('3. a Chi cục\'s own file, its enforcers under "Đơn vị" (work95a 05)', () => {
  const myLoc = (stt: readonly string[] = ['1', '2', '3']) => [CUC, 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC;;;;;', ...TITLE, HEADER,
    `${stt[0]};Nguyễn Văn An;170;120;90;6`, `${stt[1]};Trần Thị Hoa;110;70;55;4`, `${stt[2]};Chưa phân công;20;10;5;0`, ';Tổng cộng;300;200;150;10'];
  const vuBan = [CUC, 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN VỤ BẢN;;;;;', ...TITLE, HEADER,
    '1;Lê Văn Bình;220;140;110;7', '2;Phạm Thị Lan;180;110;90;5', ';Tổng cộng;400;250;200;12'];
  const write = (name: string, lines: readonly string[]) => {
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
  };
  const summarize = (...files: string[]) => {
    const r = spawnThads(['summarize', ...files, '--format', 'json']);
    return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
  };
  it('the finding\'s two files together (titled: reference reader; was NOT_AN_OFFICE, exit 1)', () => {
    const r = summarize(write('My Loc 2024.csv', myLoc()), write('Vu Ban 2024.csv', vuBan));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([
      ['My Loc', '300', '200', '160', '80.00', 2],
      ['Vu Ban', '400', '250', '212', '84.80', 1],
    ]);
    expect(totalRow(r)).toEqual(['700', '450', '372', '82.67']);
  });
  it('its enforcers without STT', () => {
    const r = summarize(write('My Loc 2024.csv', myLoc(['', '', ''])));
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([['My Loc', '300', '200', '160', '80.00', 1]]);
    expect(totalRow(r)).toEqual(['300', '200', '160', '80.00']);
  });
  it('control: plain CSV, no title, only the file\'s name: still refused, both readers alike (personoffice.test.ts §3)', async () => {
    const r = await both('My Loc 2024.csv', [PLAIN_HEADER, '1;Nguyễn Văn An;170;120;90;6', '2;Trần Thị Hoa;110;70;55;4', ';Tổng cộng;280;190;145;10']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:2: error: "Nguyễn Văn An" names a person (an enforcer), not an office');
  });
  it('control: its "Tổng cộng" not their sum (300 ≠ 170 + 110 + 30 = 310 thụ lý): refused, DECLARED_TOTAL_MISMATCH', () => {
    const lines = myLoc().map((l) => (l.startsWith('3;Chưa') ? '3;Chưa phân công;30;10;5;0' : l));
    refused(summarize(write('My Loc 2024.csv', lines)), 'DECLARED_TOTAL_MISMATCH', 'Tổng cộng');
  });
  it('control: the column headed "Chấp hành viên" reads as before, the same figures', () => {
    const r = summarize(write('My Loc 2024.csv', myLoc().map((l) => (l === HEADER ? HEADER.replace('Đơn vị', 'Chấp hành viên') : l))));
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([['My Loc', '300', '200', '160', '80.00', 1]]);
  });
  it('control: the Cục\'s file (its title and name say no one office), persons and no office\'s line: still refused, NOT_AN_OFFICE', () => {
    const lines = [CUC, ...TITLE, HEADER, '1;Nguyễn Văn An;170;120;90;6', '2;Trần Thị Hoa;130;80;60;4', ';Tổng cộng;300;200;150;10'];
    refused(summarize(write('Nam Dinh theo CHV 2024.csv', lines)), 'NOT_AN_OFFICE', ':6:2: error: "Nguyễn Văn An"');
  });
  it('control: another office\'s row below the file\'s own persons: several offices in the column, refused, NOT_AN_OFFICE', () => {
    const lines = [...myLoc(), ';Chi cục THADS huyện Vụ Bản;400;250;200;12'];
    refused(summarize(write('My Loc 2024.csv', lines)), 'NOT_AN_OFFICE', '"Chi cục THADS huyện Vụ Bản" is an office\'s row below the persons');
  });
});
