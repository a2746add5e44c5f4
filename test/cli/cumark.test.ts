// An office's old line marked "(cũ)" beside its corrected line (work97a, 01). A 2024 Nam Định
// table (Văn phòng Cục, Mỹ Lộc, Vụ Bản) kept the superseded Vụ Bản line under the corrected one,
// labelled "Vụ Bản (cũ)": hidden, it was added as a 4th office with a HIDDEN_ROWS warning only,
// TOTAL 2.090 / 995 / 826 = 83,02 % for 1.500 / 750 / 624 = 83,20 %, exit 0 (the same hidden row
// labelled "Vụ Bản" was refused, REPEATED_ROW: the old-line mark was not folded); shown, it was
// added with no word at all. Now refused either way (domain/repeated-rows.ts rules 3 and 4), in a
// plain CSV (the byte-scanner), a CSV with a title line (the reference reader) and an xlsx. Read as
// before: a 2025 khu vực over its former Chi cục "(cũ)", a 2025 national table over "- Nam Định
// (cũ)", "Kỳ Anh (cũ)" with no unmarked twin (or split in two), a hidden office named nowhere
// else. Every figure below is by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-cumark-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readers = bothReaders('thads-cumark-both-', ['--format', 'json']);

const HEAD = 'STT;Đơn vị;Tổng số thụ lý (việc);Có điều kiện (việc);Thi hành xong (việc);Đình chỉ (việc)';
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;;';
const VP = '1;Văn phòng Cục;500;300;240;12';
const ML = '2;Mỹ Lộc;400;200;150;10';
const VB = '3;Vụ Bản;600;250;200;12';
/** the old line, `name` */
const old = (name: string, stt = '') => `${stt};${name};590;245;190;12`;

let n = 0;
/** `lines` (';'-separated) as a CSV of commas; its path. */
function csv(lines: readonly string[]): string {
  const path = join(dir, `Nam Dinh ${++n} 2024.csv`);
  writeFileSync(path, `${lines.map((l) => l.replace(/;/g, ',')).join('\n')}\n`);
  return path;
}
/** `lines` as a one-sheet workbook, the rows whose index is in `hidden` hidden; its path. */
async function xlsx(lines: readonly string[], hidden: readonly number[] = [], name = `Nam Dinh ${++n} 2024.xlsx`): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  lines.forEach((l, i) => {
    const row = ws.addRow(l.split(';').map((c) => (/^\d+$/.test(c) && !/^[a-z]$/.test(c) ? Number(c) : c === '' ? null : c)));
    if (hidden.includes(i)) row.hidden = true;
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}
function run(path: string, args: readonly string[] = ['--format', 'json']) {
  const r = spawnThads(['summarize', path, ...args]);
  return { ...r, stderr: r.stderr.split(path).join('FILE') };
}
/** district → [thụ lý, có điều kiện, resolved, rate], TOTAL included */
function read(stdout: string): Record<string, string[]> {
  type G = { cases: { total: string; withConditions: string; resolved: string; rate: string } };
  const json = JSON.parse(stdout) as { groups: (G & { district: string })[]; total: G };
  const row = (g: G) => [g.cases.total, g.cases.withConditions, g.cases.resolved, g.cases.rate];
  return { ...Object.fromEntries(json.groups.map((g) => [g.district, row(g)])), TOTAL: row(json.total) };
}

const HIDDEN_HINT = "  hint: unhide the row (select the rows around it → Unhide) and look: delete it if the row shown corrects it; if it is a part of the office, keep it shown, or add it into the office's row";
const hiddenRefusal = (line: number, name: string, visible: number, visibleName: string, how: string) =>
  `FILE:Sheet1!B${line}: error: row ${line} ("${name}") is hidden in the sheet and repeats row ${visible} ("${visibleName}"), shown: ${how}; an old line kept hidden under its correction or a part of the office, which thads cannot tell apart: added, the office may count twice [REPEATED_ROW]\n${HIDDEN_HINT}`;
const shownRefusal = (at: string, where: 'line' | 'row', line: number, name: string, twinLine: number, twin: string) =>
  `FILE:${at}: error: ${where} ${line} ("${name}") is office "${twin}" of ${where} ${twinLine} marked old, both read as offices of 2024: one office twice, its old line beside its correction or its figures before a change beside those after, which thads cannot tell apart: added, the office may count twice [REPEATED_ROW]\n` +
  `  hint: delete the old line if ${where} ${twinLine} corrects it; if the two are parts of a 2025 khu vực or province, put them under its row; if they are two offices, name them apart`;

// By hand, the old line deleted: 500 + 400 + 600 = 1.500 thụ lý; 300 + 200 + 250 = 750 có điều
// kiện; resolved (xong + đình chỉ) 252 + 160 + 212 = 624; 624 / 750 = 83,20 %. With the old line
// added (590 / 245 / 202): 2.090 / 995 / 826, 83,02 % — never printed.
const RIGHT = { 'Văn phòng Cục': ['500', '300', '252', '84.00'], 'Mỹ Lộc': ['400', '200', '160', '80.00'], 'Vụ Bản': ['600', '250', '212', '84.80'], TOTAL: ['1500', '750', '624', '83.20'] };

describe('a hidden old line marked "(cũ)" under its office is refused (was a 4th office: 2.090 / 995 / 826, exit 0)', () => {
  it('hidden right under "Vụ Bản", as found', async () => {
    const r = run(await xlsx([TITLE, HEAD, VP, ML, VB, old('Vụ Bản (cũ)')], [5]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(hiddenRefusal(6, 'Vụ Bản (cũ)', 5, 'Vụ Bản', 'the same office, marked old'));
    expect(r.stderr).toContain('thads: 1 error in the input; nothing was summed');
  });

  it('the mark written other ways, and the line hidden above its correction', async () => {
    for (const name of ['Vụ Bản cũ', 'Vụ Bản (trước sáp nhập)', 'VỤ BẢN (CŨ)', 'Vu Ban (cu)']) {
      const r = run(await xlsx([TITLE, HEAD, VP, ML, VB, old(name)], [5]));
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toContain(`row 6 ("${name}") is hidden in the sheet and repeats row 5 ("Vụ Bản"), shown: the same office`);
      expect(r.stderr, name).toContain('[REPEATED_ROW]');
    }
    const above = run(await xlsx([TITLE, HEAD, VP, ML, old('Chi cục THADS huyện Vụ Bản (cũ)', '3'), VB], [4]));
    expect(above.code).toBe(1);
    expect(above.stderr).toContain(hiddenRefusal(5, 'Chi cục THADS huyện Vụ Bản (cũ)', 6, 'Vụ Bản', 'the same office written another way and STT 3'));
  });

  it('the old line deleted: the right figures, 1.500 / 750 / 624 = 83,20 %', async () => {
    const r = run(await xlsx([TITLE, HEAD, VP, ML, VB]));
    expect(r.code, r.stderr).toBe(0);
    expect(read(r.stdout)).toEqual(RIGHT);
  });
});

describe('a shown "X (cũ)" beside "X" in one table is one office twice: refused (was added silently, exit 0)', () => {
  it('a plain CSV (byte-scanner) and one with a title line (reference reader)', () => {
    const plain = run(csv([HEAD, VP, ML, VB, old('Vụ Bản (cũ)')]));
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toContain(shownRefusal('5:2', 'line', 5, 'Vụ Bản (cũ)', 4, 'Vụ Bản'));
    const titled = run(csv([TITLE, HEAD, VP, ML, old('Vụ Bản (cũ)', '3'), VB]));
    expect(titled.code).toBe(1);
    expect(titled.stdout).toBe('');
    expect(titled.stderr).toContain(shownRefusal('5:2', 'line', 5, 'Vụ Bản (cũ)', 6, 'Vụ Bản'));
    // (the same with --format csv: no figure printed)
    expect(run(csv([HEAD, VP, ML, VB, old('Vụ Bản (cũ)')]), ['--format', 'csv']).stdout).toBe('');
  });

  it('the byte-scanner and the reference reader agree, in-process', async () => {
    for (const [lines, at] of [[[HEAD, VP, ML, VB, old('Vụ Bản (cũ)')], 'FILE:5:2: error: line 5 ("Vụ Bản (cũ)") is office "Vụ Bản" of line 4 marked old'], [[TITLE, HEAD, VP, ML, VB, old('Vụ Bản cũ')], 'FILE:6:2: error: line 6 ("Vụ Bản cũ") is office "Vụ Bản" of line 5 marked old']] as const) {
      const r = await readers.both('Nam Dinh 2024.csv', lines.map((l) => l.replace(/;/g, ',')));
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(at);
    }
  });

  it('an xlsx twin, and the mark written "(trước sáp nhập)" / "cũ" with the unit', async () => {
    const r = run(await xlsx([TITLE, HEAD, VP, ML, VB, old('Vụ Bản (cũ)')]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(shownRefusal('Sheet1!B6', 'row', 6, 'Vụ Bản (cũ)', 5, 'Vụ Bản'));
    const before = run(csv([HEAD, VP, ML, VB, old('Vụ Bản (trước sáp nhập)')]));
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('line 5 ("Vụ Bản (trước sáp nhập)") is office "Vụ Bản" of line 4 marked old');
    const unit = run(csv([HEAD, VP, ML, '3;Chi cục THADS huyện Vụ Bản;600;250;200;12', old('Chi cục THADS huyện Vụ Bản cũ')]));
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain('line 5 ("Chi cục THADS huyện Vụ Bản cũ") is office "Chi cục THADS huyện Vụ Bản" of line 4 marked old');
  });
});

describe('controls: read as before', () => {
  it('a 2025 khu vực over its former Chi cục lettered "a | … (cũ)": parts, checked, never added', async () => {
    // By hand: KV3 = 823 + 700 = 1.523, 650 + 551 = 1.201, 560 + 472 = 1.032; TOTAL = tỉnh 412 / 298
    // / 231 + KV3 = 1.935 / 1.499 / 1.263 (1.263 / 1.499 = 84,26 %). 231 / 298 = 77,52 %; 1.032 / 1.201 = 85,93 %.
    const lines = [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;;',
      'STT;Đơn vị;Tổng số thụ lý (việc);Có điều kiện (việc);Giải quyết xong (việc)',
      '1;Thi hành án dân sự tỉnh Ninh Bình;412;298;231',
      '2;Phòng THADS khu vực 3;1523;1201;1032',
      'a;Chi cục THADS huyện Vụ Bản (cũ);823;650;560',
      'b;Chi cục THADS huyện Ý Yên (cũ);700;551;472',
    ];
    const expected = { 'Thi hành án dân sự tỉnh Ninh Bình': ['412', '298', '231', '77.52'], 'Phòng THADS khu vực 3': ['1523', '1201', '1032', '85.93'], TOTAL: ['1935', '1499', '1263', '84.26'] };
    const path = join(dir, 'Ninh Binh kv 2025.csv');
    writeFileSync(path, `${lines.map((l) => l.replace(/;/g, ',')).join('\n')}\n`);
    for (const file of [path, await xlsx(lines, [], 'Ninh Binh kv 2025.xlsx')]) {
      const r = run(file);
      expect(r.code, r.stderr).toBe(0);
      expect(read(r.stdout)).toEqual(expected);
      expect(r.stderr).not.toContain('REPEATED_ROW');
    }
  });

  it('a national 2025 table over "- Ninh Bình (cũ)", "- Nam Định (cũ)": parts of Ninh Bình, its twin', () => {
    // By hand: 2.958 + 11.038 + 49.343 = 63.339 có điều kiện; 2.217 + 8.839 + 35.958 = 47.014
    // resolved; 47.014 / 63.339 = 74,23 %. Parts: 6.071 + 4.967 = 11.038, 14.803 + 22.204 + 12.336 = 49.343.
    const lines = [
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;',
      'STT;Đơn vị;Có điều kiện;Đã giải quyết xong',
      '1;Hà Nội;2.958;2.217',
      '2;Tuyên Quang;11.038;8.839',
      '-;Tuyên Quang (cũ);6.071;4.861',
      '-;Hà Giang (cũ);4.967;3.978',
      '3;Ninh Bình;49.343;35.958',
      '-;Ninh Bình (cũ);14.803;10.787',
      '-;Nam Định (cũ);22.204;16.181',
      '-;Hà Nam (cũ);12.336;8.990',
    ];
    const path = join(dir, 'toan quoc 2025.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const r = run(path, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').slice(1).map((l) => l.split(',')).map((c) => [c[1], c[9], c[18], c[20]].join(' '));
    expect(rows).toEqual(['Hà Nội 2958 2217 74.95', 'Tuyên Quang 11038 8839 80.08', 'Ninh Bình 49343 35958 72.87', 'TOTAL 63339 47014 74.23']);
    expect(r.stderr).not.toContain('REPEATED_ROW');
  });

  it('"Kỳ Anh (cũ)" with no unmarked twin, or split into "Thị xã Kỳ Anh" and "Huyện Kỳ Anh": offices, summed', () => {
    // By hand: 120 + 300 + 200 = 620 có điều kiện, 100 + 240 + 150 = 490 resolved (79,03 %).
    const head = 'STT;Đơn vị;Có điều kiện (việc);Giải quyết xong (việc)';
    const alone = run(csv([head, '1;Văn phòng Cục;120;100', '2;Hương Sơn;300;240', '3;Kỳ Anh (cũ);200;150']));
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stderr).not.toContain('REPEATED_ROW');
    expect(JSON.parse(alone.stdout).total.cases).toMatchObject({ withConditions: '620', resolved: '490', rate: '79.03' });
    // By hand: 120 + 200 + 80 + 90 = 490 có điều kiện, 100 + 150 + 60 + 70 = 380 resolved (77,55 %).
    const split = run(csv([head, '1;Văn phòng Cục;120;100', '2;Kỳ Anh (cũ);200;150', '3;Thị xã Kỳ Anh;80;60', '4;Huyện Kỳ Anh;90;70']));
    expect(split.code, split.stderr).toBe(0);
    expect(split.stderr).not.toContain('REPEATED_ROW');
    expect(JSON.parse(split.stdout).total.cases).toMatchObject({ withConditions: '490', resolved: '380', rate: '77.55' });
  });

  it('a hidden row of an office named nowhere else: HIDDEN_ROWS, read', async () => {
    // By hand, Nam Trực (cũ) an office of its own: 1.500 + 590 = 2.090 thụ lý, 750 + 245 = 995 có điều kiện, 624 + 202 = 826 resolved; 826 / 995 = 83,02 %.
    const r = run(await xlsx([TITLE, HEAD, VP, ML, VB, old('Nam Trực (cũ)', '4')], [5]));
    expect(r.code, r.stderr).toBe(0);
    expect(read(r.stdout).TOTAL).toEqual(['2090', '995', '826', '83.02']);
    expect(r.stderr).toContain('FILE:Sheet1!6:6: warning: row 6 ("Nam Trực (cũ)") is hidden in the sheet but read like the others: the figures include it [HIDDEN_ROWS]');
    expect(r.stderr).not.toContain('error');
  });
});
