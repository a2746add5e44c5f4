// Two forms by enforcer refused for nothing where the Văn phòng Cục has enforcers of its own
// (work96a 03, 04: exit 1):
//  1. the Văn phòng Cục's OWN file, its enforcers under "Đơn vị", its title "VĂN PHÒNG CỤC THADS
//     TỈNH NAM ĐỊNH" (2026: "VĂN PHÒNG THI HÀNH ÁN DÂN SỰ TỈNH"): the office its title names, as a
//     Chi cục's own file is (title-office.ts vanPhongOfCell; read-csv.ts ownFileOffice) — was NOT_AN_OFFICE;
//  2. an unnumbered "Văn phòng Cục" line over ITS OWN enforcers (they add up to it, every figure),
//     then each Chi cục's enforcers closed by "Cộng Chi cục X": the first are the line's, the rest
//     the Cộng's (by-enforcer.ts ownPersonsUnderLine) — was OFFICE_SUBTOTAL_MISMATCH, all held for the Cộng.
// Near shapes keep their reading. Every figure written by hand (resolved = completed + terminated).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonRunner, officeRows, totalRow } from '../helpers/by-enforcer-json.js';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-vpenf-'));
const run = jsonRunner(dir);
const { both } = bothReaders('thads-vpenf-both-', ['--format', 'json']);

type Result = { code: number; stdout: string; stderr: string };

const CUC = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;';
const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN NĂM 2024;;;;;;', 'Đơn vị tính: việc;;;;;;'];
const HEADER = 'STT;Đơn vị;Tổng số thụ lý;Tổng số phải thi hành;Có điều kiện;Thi hành xong;Đình chỉ';
/** no title: the header says by enforcer, and cases (both readers) */
const PLAIN_HEADER = 'STT;Đơn vị / Chấp hành viên;Số việc thụ lý;Số việc phải thi hành;Số việc có điều kiện;Số việc thi hành xong;Số việc đình chỉ';

const refused = (r: Result, code: string, at: string) => {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(stderrCodes(r.stderr)[0]).toBe(code);
  expect(r.stderr).toContain(at);
};
const write = (name: string, lines: readonly string[]) => {
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
};
const summarize = (...files: string[]): Result => {
  const r = spawnThads(['summarize', ...files, '--format', 'json']);
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
};

describe('1. the Văn phòng Cục\'s own file, its enforcers under "Đơn vị" (work96a 03)', () => {
  const PERSONS = ['1;Nguyễn Văn An;300;270;180;140;8', '2;Trần Thị Hoa;200;180;120;100;4', ';Tổng cộng;500;450;300;240;12'];
  const vp = (line = 'VĂN PHÒNG CỤC THADS TỈNH NAM ĐỊNH;;;;;;', header = HEADER) => [CUC, line, ...TITLE, header, ...PERSONS];
  const myLoc = [CUC, 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC;;;;;;', ...TITLE, HEADER,
    '1;Lê Văn Bình;250;240;120;90;6', '2;Phạm Thị Lan;150;140;80;60;4', ';Tổng cộng;400;380;200;150;10'];
  /** the Văn phòng Cục alone: 500 thụ lý, 300 có điều kiện, 240 + 12 = 252 resolved, 84.00 % */
  const vpAlone = (r: Result, office: string) => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([[office, '500', '300', '252', '84.00', 1]]);
    expect(totalRow(r)).toEqual(['500', '300', '252', '84.00']);
  };
  it('the finding\'s two files together (titled: reference reader; was NOT_AN_OFFICE at "Nguyễn Văn An", exit 1)', () => {
    const r = summarize(write('VP Cuc 2024.csv', vp()), write('My Loc 2024.csv', myLoc));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Mỹ Lộc 400, 150 + 10 = 160 of 200 = 80.00 %; TOTAL 900, 412 of 500 = 82.40 %
    expect(officeRows(r)).toEqual([
      ['VP Cuc', '500', '300', '252', '84.00', 1],
      ['My Loc', '400', '200', '160', '80.00', 2],
    ]);
    expect(totalRow(r)).toEqual(['900', '500', '412', '82.40']);
  });
  it('"VP CỤC THADS TỈNH NAM ĐỊNH" over "Van phong Cuc 2024.csv"', () => {
    vpAlone(summarize(write('Van phong Cuc 2024.csv', vp('VP CỤC THADS TỈNH NAM ĐỊNH;;;;;;'))), 'Van phong Cuc');
  });
  it('"VĂN PHÒNG CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH NĂM 2024" over a name that names no office: the title\'s', () => {
    vpAlone(summarize(write('bieu-07-2024.csv', vp('VĂN PHÒNG CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH NĂM 2024;;;;;;'))), 'Văn phòng Cục');
  });
  it('"VĂN PHÒNG CỤC THADS (NAM ĐỊNH)" over a name that is only the province\'s: the title\'s', () => {
    vpAlone(summarize(write('Nam Dinh 2024.csv', vp('VĂN PHÒNG CỤC THADS (NAM ĐỊNH);;;;;;'))), 'Văn phòng Cục');
  });
  it('2026: "VĂN PHÒNG THI HÀNH ÁN DÂN SỰ TỈNH" under "THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH" (was NOT_AN_OFFICE)', () => {
    const lines = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;;', 'VĂN PHÒNG THI HÀNH ÁN DÂN SỰ TỈNH;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN NĂM 2026;;;;;;', 'Đơn vị tính: việc;;;;;;', HEADER,
      '1;Lê Văn Bình;250;240;120;90;6', '2;Phạm Thị Lan;150;140;80;60;4', ';Tổng cộng;400;380;200;150;10'];
    const r = summarize(write('Van phong THADS tinh 2026.csv', lines));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([['Van phong THADS tinh', '400', '200', '160', '80.00', 1]]);
    expect(totalRow(r)).toEqual(['400', '200', '160', '80.00']);
  });
  it('its .xlsx twin', async () => {
    const r = await summarizeLinesWorkbook(dir, 'VP Cuc 2024.xlsx', vp(), ['--format', 'json']);
    vpAlone(r, 'VP Cuc');
  });
  it('control: the column headed "Chấp hành viên" reads as before, the same figures', () => {
    vpAlone(summarize(write('VP Cuc 2024.csv', vp(undefined, HEADER.replace('Đơn vị', 'Chấp hành viên')))), 'VP Cuc');
  });
  it('control: plain CSV, no title, only the file\'s name: still refused, both readers alike', async () => {
    const r = await both('VP Cuc 2024.csv', [PLAIN_HEADER, ...PERSONS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:2: error: "Nguyễn Văn An" names a person (an enforcer), not an office');
  });
  it('control: "VĂN PHÒNG CỤC VÀ CÁC CHI CỤC" names no one office: still refused, NOT_AN_OFFICE', () => {
    refused(summarize(write('Nam Dinh theo CHV 2024.csv', vp('VĂN PHÒNG CỤC VÀ CÁC CHI CỤC;;;;;;'))), 'NOT_AN_OFFICE', ':6:2: error: "Nguyễn Văn An"');
  });
  it('control: a Chi cục\'s title beside a Văn phòng line is read as before (the Chi cục\'s)', () => {
    const lines = [myLoc[0]!, 'VĂN PHÒNG CỤC THADS TỈNH NAM ĐỊNH;;;;;;', ...myLoc.slice(1)];
    const r = summarize(write('My Loc 2024.csv', lines));
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([['My Loc', '400', '200', '160', '80.00', 1]]);
  });
  it('control: the Văn phòng\'s title over a file named for another office: refused, not read as either', () => {
    refused(summarize(write('Vu Ban 2024.csv', vp())), 'NOT_AN_OFFICE', ':6:2: error: "Nguyễn Văn An"');
  });
  it('control: another office\'s row below the Văn phòng\'s persons: still refused', () => {
    const lines = [...vp().slice(0, -1), ';Chi cục THADS huyện Vụ Bản;100;90;50;40;2', ';Tổng cộng;600;540;350;280;14'];
    const r = summarize(write('VP Cuc 2024.csv', lines));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });
});

describe('2. "Văn phòng Cục" on its own line over its own enforcers, then Chi cục closed by "Cộng Chi cục …" (work96a 04)', () => {
  const rows = (hoa = '2;Trần Thị Hoa;200;180;120;100;4', lan = '2;Phạm Thị Lan;150;140;80;60;4') => [
    ';Văn phòng Cục;500;450;300;240;12',
    '1;Nguyễn Văn An;300;270;180;140;8',
    hoa,
    '1;Lê Văn Bình;250;240;120;90;6',
    lan,
    ';Cộng Chi cục Mỹ Lộc;400;380;200;150;10',
    '1;Đỗ Văn Hùng;600;560;250;200;12',
    ';Cộng Chi cục Vụ Bản;600;560;250;200;12',
    ';Tổng cộng;1.500;1.390;750;590;34',
  ];
  // Văn phòng Cục 240 + 12 = 252 of 300; Mỹ Lộc 150 + 10 = 160 of 200; Vụ Bản 200 + 12 = 212 of 250; TOTAL 624 of 750
  const readRight = (r: Result) => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(officeRows(r)).toEqual([
      ['Văn phòng Cục', '500', '300', '252', '84.00', 2],
      ['Chi cục Mỹ Lộc', '400', '200', '160', '80.00', 3],
      ['Chi cục Vụ Bản', '600', '250', '212', '84.80', 1],
    ]);
    expect(totalRow(r)).toEqual(['1500', '750', '624', '83.20']);
  };
  it('the finding\'s file, titled (reference reader; was OFFICE_SUBTOTAL_MISMATCH, 1500 vs 2400, exit 1)', () => {
    readRight(run('Nam Dinh theo CHV 2024.csv', [CUC, ...TITLE, HEADER, ...rows()]));
  });
  it('plain CSV, no title: both readers agree', async () => {
    readRight(await both('chv 2024.csv', [PLAIN_HEADER, ...rows()]));
  });
  it('its .xlsx twin', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'Nam Dinh theo CHV 2024.xlsx', [CUC, ...TITLE, HEADER, ...rows()], ['--format', 'json']));
  });
  it('the Văn phòng\'s one enforcer, equal to its line', () => {
    const lines = [CUC, ...TITLE, HEADER, ';Văn phòng Cục;500;450;300;240;12', '1;Nguyễn Văn An;500;450;300;240;12', ...rows().slice(3)];
    readRight(run('Nam Dinh theo CHV mot 2024.csv', lines));
  });
  it('control: the same form closing the Văn phòng by "Cộng Văn phòng Cục" below its persons reads as before', () => {
    const lines = [CUC, ...TITLE, HEADER, '1;Nguyễn Văn An;300;270;180;140;8', '2;Trần Thị Hoa;200;180;120;100;4', ';Cộng Văn phòng Cục;500;450;300;240;12', ...rows().slice(3)];
    readRight(run('control Nam Dinh theo CHV 2024.csv', lines));
  });
  it('control: the Văn phòng\'s persons not adding up to its line (Hoa 210 thụ lý: 510 ≠ 500): refused as before, OFFICE_SUBTOTAL_MISMATCH', () => {
    refused(run('Nam Dinh theo CHV sai vp 2024.csv', [CUC, ...TITLE, HEADER, ...rows('2;Trần Thị Hoa;210;180;120;100;4')]), 'OFFICE_SUBTOTAL_MISMATCH', '"Chi cục Mỹ Lộc"');
  });
  it('control: Mỹ Lộc\'s persons not adding up to its "Cộng" (Lan 160 thụ lý: 410 ≠ 400): refused, OFFICE_SUBTOTAL_MISMATCH', () => {
    refused(run('Nam Dinh theo CHV sai ml 2024.csv', [CUC, ...TITLE, HEADER, ...rows(undefined, '2;Phạm Thị Lan;160;140;80;60;4')]), 'OFFICE_SUBTOTAL_MISMATCH', '"Chi cục Mỹ Lộc"');
  });
  it('control: a Văn phòng line without persons, every person below adding up to the "Cộng" (the first equal to the line by chance): all the Cộng\'s, as before', () => {
    const r = run('Nam Dinh theo CHV 95a 2024.csv', [CUC, ...TITLE, HEADER,
      ';Văn phòng Cục;300;270;180;140;8', '1;Nguyễn Văn An;300;270;180;140;8', '2;Trần Thị Hoa;200;180;120;100;4', ';Cộng Chi cục Mỹ Lộc;500;450;300;240;12',
      ';Tổng cộng;800;720;480;380;20']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Văn phòng Cục 140 + 8 = 148 of 180; Mỹ Lộc 240 + 12 = 252 of 300; TOTAL 400 of 480
    expect(officeRows(r)).toEqual([
      ['Văn phòng Cục', '300', '180', '148', '82.22', 2],
      ['Chi cục Mỹ Lộc', '500', '300', '252', '84.00', 1],
    ]);
    expect(totalRow(r)).toEqual(['800', '480', '400', '83.33']);
  });
});
