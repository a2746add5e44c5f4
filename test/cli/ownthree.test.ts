// The province's own office on THREE rows or more, under its names ("Văn phòng Cục", "Cục THADS
// tỉnh Nam Định", "THADS tỉnh Nam Định"), with figures that differ: all added as three offices,
// exit 0, with only an OFFICE_NAME_VARIANTS warning saying "the total is right either way" —
// VP 50/40/1000/500, Cục 60/45/1200/600, THADS tỉnh 70/50/1300/700, Mỹ Lộc 100/80/5000/4000, Vụ
// Bản 200/150/7000/3000 printed TOTAL 480 / 365, the office counted three times. Two such rows
// were refused (REPEATED_ROW, rule 4); three were let through (the rule looked at exactly two).
// Now one rule for any number (domain/repeated-rows.ts ownTwice; fast/office-sums.ts ownTwins
// hands such rows to the reference): refused, every line named, unless all but one are zeros or a
// total (SUSPECTED_TOTAL_ROW's). Kept: two provinces' Cục rows in one file, the Văn phòng beside
// the Chi cục, merged Ninh Bình's 2025 former Cục "(cũ)" beside "THADS tỉnh Ninh Bình", a closing
// "Tổng cộng". Every figure below is by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { both } = bothReaders('thads-ownthree-', ARGS);
const binDir = mkdtempSync(join(tmpdir(), 'thads-ownthree-bin-'));
afterAll(() => rmSync(binDir, { recursive: true, force: true }));

/** ';'-separated lines (no figure holds a dot or a comma) as CSV lines. */
const csv = (lines: readonly string[]) => lines.map((l) => l.replaceAll(';', ','));

/** The real binary on `lines` (';'-separated) written as `name`; messages name the file FILE. */
function bin(name: string, lines: readonly string[], args: readonly string[] = ARGS) {
  const file = join(binDir, name);
  writeFileSync(file, `${csv(lines).join('\n')}\n`);
  const r = spawnThads(['summarize', file, ...args]);
  return { ...r, stderr: r.stderr.split(file).join('FILE') };
}
/** Both readers on `lines` (';'-separated). */
const run = (name: string, lines: readonly string[], args: readonly string[] = ARGS) => both(name, csv(lines), args);

const KEYS = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'];
const total = (stdout: string) => csvColumns(stdout, KEYS).filter((r) => r.includes('|TOTAL|'));
const errors = (stderr: string) => stderrCodes(stderr).filter((c) => c !== 'YEAR_UNKNOWN' && c !== 'OFFICE_NAME_VARIANTS' && c !== 'DUPLICATE_OFFICE');

// a title line and a unit line: the reference reader; without: the byte scanner (and `both` runs either)
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', 'Đơn vị tính: đồng'];
const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const MY_LOC = 'Chi cục THADS huyện Mỹ Lộc;100;80;5000;4000';
const VU_BAN = 'Chi cục THADS huyện Vụ Bản;200;150;7000;3000';

/** The brief's table: three rows naming the own office, then Mỹ Lộc and Vụ Bản (STT 1–5). */
const three = (a = 'Văn phòng Cục', b = 'Cục THADS tỉnh Nam Định', c = 'THADS tỉnh Nam Định') => [HEAD, `1;${a};50;40;1000;500`, `2;${b};60;45;1200;600`, `3;${c};70;50;1300;700`, `4;${MY_LOC}`, `5;${VU_BAN}`];
const NAMED = 'line 2 ("Văn phòng Cục"), line 3 ("Cục THADS tỉnh Nam Định") and line 4 ("THADS tỉnh Nam Định") name one office, the province\'s own, under more than one name, with figures that differ';

describe('the province\'s own office on three rows or more, figures that differ: refused, every line named', () => {
  it('the binary on the brief\'s "Nam Dinh 2024.csv": was exit 0 with TOTAL 480 / 365; now exit 1, REPEATED_ROW naming lines 2, 3 and 4', () => {
    const r = bin('Nam Dinh 2024.csv', three());
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain(`FILE:3:2: error: ${NAMED}: versions of its line, which thads cannot tell apart; added, the office would count more than once [REPEATED_ROW]`);
    expect(r.stderr).toContain('delete the others');
    expect(r.stderr).toContain('thads: 1 error in the input; nothing was summed');
  });

  it('both readers: plain (byte scanner first) and titled with a unit line (the reference reader)', async () => {
    const plain = await run('Nam Dinh 2024.csv', three());
    expect(plain.code, plain.stderr).toBe(1);
    expect(plain.stdout).toBe('');
    expect(errors(plain.stderr)).toEqual(['REPEATED_ROW']);
    expect(plain.stderr).toContain(`FILE:3:2: error: ${NAMED}`);
    const titled = await run('bao-cao-2024.csv', [...TITLE, ...three()]);
    expect(titled.code, titled.stderr).toBe(1);
    expect(titled.stdout).toBe('');
    expect(errors(titled.stderr)).toEqual(['REPEATED_ROW']);
    expect(titled.stderr).toContain('FILE:6:2: error: line 5 ("Văn phòng Cục"), line 6 ("Cục THADS tỉnh Nam Định") and line 7 ("THADS tỉnh Nam Định") name one office');
  });

  it('other names and orders: "VP Cục", "Cục Thi hành án dân sự tỉnh Nam Định", "Cục THADS"; the Cục first', async () => {
    for (const names of [
      ['VP Cục', 'Cục Thi hành án dân sự tỉnh Nam Định', 'THADS tỉnh Nam Định'],
      ['Cục THADS tỉnh Nam Định', 'Văn phòng Cục THADS tỉnh Nam Định', 'Cục THADS'],
    ] as const) {
      const r = await run('Nam Dinh 2024.csv', three(...names));
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
      expect(r.stderr).toContain(`FILE:3:2: error: line 2 ("${names[0]}"), line 3 ("${names[1]}") and line 4 ("${names[2]}") name one office`);
    }
  });

  it('four rows: each named', async () => {
    const lines = [HEAD, '1;Văn phòng Cục;50;40;1000;500', '2;Cục THADS tỉnh Nam Định;60;45;1200;600', '3;THADS tỉnh Nam Định;70;50;1300;700', '4;VP Cục;80;60;1500;900', `5;${MY_LOC}`, `6;${VU_BAN}`];
    const r = await run('Nam Dinh 2024.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain('FILE:3:2: error: line 2 ("Văn phòng Cục"), line 3 ("Cục THADS tỉnh Nam Định"), line 4 ("THADS tỉnh Nam Định") and line 5 ("VP Cục") name one office');
  });

  it('"Văn phòng Cục" on two rows and "Cục THADS tỉnh Nam Định" on a third: was summed, 280 / 215; refused', async () => {
    const lines = [HEAD, '1;Văn phòng Cục;50;40;1000;500', '2;Văn phòng Cục;60;45;1200;600', '3;Cục THADS tỉnh Nam Định;70;50;1300;700', `4;${MY_LOC}`];
    const r = await run('Nam Dinh 2024.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain('FILE:4:2: error: line 2 ("Văn phòng Cục"), line 3 ("Văn phòng Cục") and line 4 ("Cục THADS tỉnh Nam Định") name one office');
  });

  it('three rows, one of zeros: the two others still two versions, refused (was summed, 220 / 170)', async () => {
    const lines = [HEAD, '1;Văn phòng Cục;50;40;1000;500', '2;Cục THADS tỉnh Nam Định;0;0;0;0', '3;THADS tỉnh Nam Định;70;50;1300;700', `4;${MY_LOC}`];
    const r = await run('Nam Dinh 2024.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain('FILE:4:2: error: line 4 ("THADS tỉnh Nam Định") and line 2 ("Văn phòng Cục") name one office, the province\'s own, under two names, with figures that differ');
  });

  it('three rows, two of them the same figures under two names: a row pasted twice', async () => {
    const lines = [HEAD, '1;Văn phòng Cục;50;40;1000;500', '2;Cục THADS tỉnh Nam Định;60;45;1200;600', '3;THADS tỉnh Nam Định;50;40;1000;500', `4;${MY_LOC}`];
    const r = await run('Nam Dinh 2024.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain('FILE:4:2: error: line 4 repeats line 2: office "THADS tỉnh Nam Định" (the province\'s own office, "Văn phòng Cục") and every figure the same');
  });

  it('with "Tổng cộng" 480 / 365 / 15500 / 8800 (the sum of all three versions): refused all the same', async () => {
    // 50 + 60 + 70 + 100 + 200 = 480; 40 + 45 + 50 + 80 + 150 = 365; 1000 + 1200 + 1300 + 5000 + 7000 = 15500; 500 + 600 + 700 + 4000 + 3000 = 8800
    const r = await run('Nam Dinh 2024.csv', [...three(), ';Tổng cộng;480;365;15500;8800']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
  });

  it('xlsx twin: refused at the second row, every row named', async () => {
    const x = await summarizeLinesWorkbook(binDir, 'nam-dinh-2024.xlsx', three(), ARGS);
    expect(x.code, x.stderr).toBe(1);
    expect(x.stdout).toBe('');
    expect(errors(x.stderr)).toEqual(['REPEATED_ROW']);
    expect(x.stderr).toContain('row 2 ("Văn phòng Cục"), row 3 ("Cục THADS tỉnh Nam Định") and row 4 ("THADS tỉnh Nam Định") name one office');
    const t = await summarizeLinesWorkbook(binDir, 'bao-cao-2024.xlsx', [...TITLE, ...three()], ARGS);
    expect(t.code, t.stderr).toBe(1);
    expect(errors(t.stderr)).toEqual(['REPEATED_ROW']);
    expect(t.stderr).toContain('row 5 ("Văn phòng Cục"), row 6 ("Cục THADS tỉnh Nam Định") and row 7 ("THADS tỉnh Nam Định") name one office');
  });
});

describe('near shapes keep their reading', () => {
  it('(a) three provinces\' "Cục THADS tỉnh X" in one file without a province column: three offices, summed — 180 / 135 / 3500 / 1800', async () => {
    const lines = [HEAD, '1;Cục THADS tỉnh Nam Định;50;40;1000;500', '2;Cục THADS tỉnh Hà Nam;60;45;1200;600', '3;Cục THADS tỉnh Ninh Bình;70;50;1300;700'];
    // 50 + 60 + 70 = 180; 40 + 45 + 50 = 135; 1000 + 1200 + 1300 = 3500; 500 + 600 + 700 = 1800
    const r = await run('toan-quoc-2024.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['|TOTAL|180|135|3500|1800']);
    const x = await summarizeLinesWorkbook(binDir, 'toan-quoc-2024.xlsx', lines, ARGS);
    expect(x.code, x.stderr).toBe(0);
    expect(total(x.stdout)).toEqual(['|TOTAL|180|135|3500|1800']);
  });

  it('(a\') a province column: Nam Định\'s "Văn phòng Cục", Hà Nam\'s and Ninh Bình\'s Cục — 280 / 215 / 8500 / 5800', async () => {
    const r = await run('toan-quoc-2024.csv', [
      'STT;Tỉnh;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong',
      '1;Nam Định;Văn phòng Cục;50;40;1000;500',
      '2;Hà Nam;Cục THADS tỉnh Hà Nam;60;45;1200;600',
      '3;Ninh Bình;Cục THADS tỉnh Ninh Bình;70;50;1300;700',
      `4;Nam Định;${MY_LOC}`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    // 50 + 60 + 70 + 100 = 280; 40 + 45 + 50 + 80 = 215; 1000 + 1200 + 1300 + 5000 = 8500; 500 + 600 + 700 + 4000 = 5800
    expect(total(r.stdout)).toEqual(['|TOTAL|280|215|8500|5800']);
  });

  it('(b) "Văn phòng Cục" beside the Chi cục, and a closing "Tổng cộng": summed — 350 / 270 / 13000 / 7500', async () => {
    const lines = [HEAD, '1;Văn phòng Cục;50;40;1000;500', `2;${MY_LOC}`, `3;${VU_BAN}`];
    // 50 + 100 + 200 = 350; 40 + 80 + 150 = 270; 1000 + 5000 + 7000 = 13000; 500 + 4000 + 3000 = 7500
    for (const body of [lines, [...lines, ';Tổng cộng;350;270;13000;7500']]) {
      const plain = await run('Nam Dinh 2024.csv', body);
      expect(plain.code, plain.stderr).toBe(0);
      expect(total(plain.stdout)).toEqual(['|TOTAL|350|270|13000|7500']);
      const titled = await run('bao-cao-2024.csv', [...TITLE, ...body]);
      expect(titled.code, titled.stderr).toBe(0);
      expect(total(titled.stdout)).toEqual(['|TOTAL|350|270|13000|7500']);
      const x = await summarizeLinesWorkbook(binDir, 'nam-dinh-2024-vp.xlsx', body, ARGS);
      expect(x.code, x.stderr).toBe(0);
      expect(total(x.stdout)).toEqual(['|TOTAL|350|270|13000|7500']);
    }
  });

  it('(c) "Cục THADS tỉnh Nam Định" the sum of all the others (a total): SUSPECTED_TOTAL_ROW alone, as before', async () => {
    // 50 + 100 + 200 = 350; 40 + 80 + 150 = 270; 1000 + 5000 + 7000 = 13000; 500 + 4000 + 3000 = 7500
    const r = await run('Nam Dinh 2024.csv', [HEAD, '1;Văn phòng Cục;50;40;1000;500', `2;${MY_LOC}`, `3;${VU_BAN}`, '4;Cục THADS tỉnh Nam Định;350;270;13000;7500']);
    expect(r.code, r.stderr).toBe(1);
    expect(errors(r.stderr)).toEqual(['SUSPECTED_TOTAL_ROW']);
  });

  it('(d) merged Ninh Bình 2025: three former Cục "(cũ)", then "THADS tỉnh Ninh Bình" and khu vực 1, "Tổng cộng" — read, 9600 / 7500 / 6150', async () => {
    const NB = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025'];
    const lines = [
      'STT;Đơn vị;Việc tổng số thụ lý;Việc có điều kiện;Việc giải quyết xong',
      '1;Cục THADS tỉnh Ninh Bình (cũ);2000;1500;1200',
      '2;Cục THADS tỉnh Nam Định (cũ);3300;2700;2200',
      '3;Cục THADS tỉnh Hà Nam (cũ);1900;1500;1200',
      '4;THADS tỉnh Ninh Bình;400;300;250',
      '5;Phòng THADS khu vực 1;2000;1500;1300',
      // 2000 + 3300 + 1900 + 400 + 2000 = 9600; 1500 + 2700 + 1500 + 300 + 1500 = 7500; 1200 + 2200 + 1200 + 250 + 1300 = 6150
      ';Tổng cộng;9600;7500;6150',
    ];
    const keys = ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved'];
    const sum = (stdout: string) => csvColumns(stdout, keys).filter((r) => r.startsWith('TOTAL|'));
    const titled = await run('bao-cao.csv', [...NB, ...lines], [...ARGS, '--year', '2025']);
    expect(titled.code, titled.stderr).toBe(0);
    expect(sum(titled.stdout)).toEqual(['TOTAL|9600|7500|6150']);
    const plain = await run('Ninh Binh 2025.csv', lines);
    expect(plain.code, plain.stderr).toBe(0);
    expect(sum(plain.stdout)).toEqual(['TOTAL|9600|7500|6150']);
    const x = await summarizeLinesWorkbook(binDir, 'ninh-binh-2025.xlsx', [...NB, ...lines], [...ARGS, '--year', '2025']);
    expect(x.code, x.stderr).toBe(0);
    expect(sum(x.stdout)).toEqual(['TOTAL|9600|7500|6150']);
  });
});
