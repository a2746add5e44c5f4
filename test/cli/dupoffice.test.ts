// Every form by enforcer in ONE name column (TT 05/2024's Biểu 04/05: each office's line, then its
// enforcers' rows with persons' names where the office's would be; or one office's file without
// an office column, its line among its enforcers) warned DUPLICATE_OFFICE for each of its offices
// ('office "Chi cục THADS huyện Chư Sê" appears on 2 rows … which are added together'): the
// enforcers' rows were counted as the office written again. A right file failed under --strict
// (exit 1). The office is written once, on its line: its enforcers under that line are no repeat
// (read-csv.ts officeWrittenAt, collect.ts asWritten). A real repeat still warns as before: an
// office's line given twice with its enforcers, one office's name on two rows of a plain table, an
// office written on each of its enforcers' rows beside a "Chấp hành viên" column (SPEC §3).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--strict', '--format', 'csv'];
const { dir, both } = bothReaders('thads-dupoffice-', ARGS);
const binDir = mkdtempSync(join(tmpdir(), 'thads-dupoffice-bin-'));
afterAll(() => rmSync(binDir, { recursive: true, force: true }));

/** DUPLICATE_OFFICE as a run that sums prints it, from its words under --strict (a refused run, nothing summed). */
const summed = (strict: string) => strict.replace('error:', 'warning:').replace('which a sum would add together', 'which are added together').replace('; nothing is summed while the input has errors', '');

/** The real binary on `lines` written as `name`; messages name the file FILE. */
function bin(name: string, lines: readonly string[], args: readonly string[] = ARGS) {
  const file = join(binDir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = spawnThads(['summarize', file, ...args]);
  return { ...r, stderr: r.stderr.split(file).join('FILE') };
}

/** district, with conditions, completed, terminated, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[10], c[11], c[18], c[20]].join(' ');
  });
}

const TITLE = 'BIỂU 04: KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN';
const HEADER = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ';
const CHU_SE = 'Chi cục THADS huyện Chư Sê';
const DAK_DOA = 'Chi cục THADS huyện Đắk Đoa';
const CHU_SE_ENF = ['Nguyễn Văn An;60;50;2', 'Trần Thị Bình;40;30;3'];
const DAK_DOA_ENF = ['Lê Văn Cường;120;90;5', 'Phạm Thị Dung;80;60;5'];
const no = (l: string) => `;${l}`;
// By hand: Chư Sê 60 + 40 = 100, 50 + 30 = 80, 2 + 3 = 5, resolved 80 + 5 = 85, 85/100 = 85.00 %;
// Đắk Đoa 120 + 80 = 200, 90 + 60 = 150, 5 + 5 = 10, resolved 160, 160/200 = 80.00 %;
// total 300 / 230 / 15 / 245, 245/300 = 0.81666… → 81.67 %.
const READ = [`${CHU_SE} 100 80 5 85 85.00`, `${DAK_DOA} 200 150 10 160 80.00`, 'TOTAL 300 230 15 245 81.67'];

/** the one-name-column forms, read right: none warns */
const RIGHT: Record<string, readonly string[]> = {
  'office lines with their subtotals, numbered': [TITLE, HEADER, `1;${CHU_SE};100;80;5`, ...CHU_SE_ENF.map(no), `2;${DAK_DOA};200;150;10`, ...DAK_DOA_ENF.map(no)],
  'office lines without figures': [TITLE, HEADER, `1;${CHU_SE};;;`, ...CHU_SE_ENF.map(no), `2;${DAK_DOA};;;`, ...DAK_DOA_ENF.map(no)],
  'no title, the column headed "Đơn vị / Chấp hành viên"': ['STT;Đơn vị / Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ', `1;${CHU_SE};100;80;5`, ...CHU_SE_ENF.map(no), `2;${DAK_DOA};200;150;10`, ...DAK_DOA_ENF.map(no)],
  'nothing numbered, each office\'s line below its enforcers': [TITLE, HEADER, ...CHU_SE_ENF.map(no), `;${CHU_SE};100;80;5`, ...DAK_DOA_ENF.map(no), `;${DAK_DOA};200;150;10`],
  'offices numbered I, II over enforcers numbered 1, 2': [TITLE, HEADER, `I;${CHU_SE};100;80;5`, `1;${CHU_SE_ENF[0]}`, `2;${CHU_SE_ENF[1]}`, `II;${DAK_DOA};200;150;10`, `1;${DAK_DOA_ENF[0]}`, `2;${DAK_DOA_ENF[1]}`],
  'with the form\'s "Tổng cộng" row': [TITLE, HEADER, `1;${CHU_SE};100;80;5`, ...CHU_SE_ENF.map(no), `2;${DAK_DOA};200;150;10`, ...DAK_DOA_ENF.map(no), ';Tổng cộng;300;230;15'],
};

describe('a form by enforcer in one name column, read right: no DUPLICATE_OFFICE, exit 0 under --strict', () => {
  for (const [what, lines] of Object.entries(RIGHT)) {
    it(`${what}: the binary`, () => {
      const r = bin('enf-viec-2019.csv', lines);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    });

    it(`${what}: both readers`, async () => {
      const r = await both('enf-viec-2019.csv', lines);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    });

    it(`${what}: its .xlsx twin`, async () => {
      const r = await summarizeLinesWorkbook(dir, 'enf-viec-2019.xlsx', lines, ARGS);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    });
  }

  it('enforcers sub-numbered 1.1, 1.2 under their office 1 (CSV): the same', async () => {
    const lines = [TITLE, HEADER, `1;${CHU_SE};100;80;5`, `1.1;${CHU_SE_ENF[0]}`, `1.2;${CHU_SE_ENF[1]}`, `2;${DAK_DOA};200;150;10`, `2.1;${DAK_DOA_ENF[0]}`, `2.2;${DAK_DOA_ENF[1]}`];
    const r = bin('enf-viec-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(await both('enf-viec-2019.csv', lines)).toMatchObject({ code: 0, stderr: '' });
  });

  it('one enforcer\'s name under two offices: two people, no warning, both counted', async () => {
    // Đắk Đoa's first enforcer is a second "Nguyễn Văn An" (120 / 90 / 5): the same figures as READ
    const lines = [TITLE, HEADER, `1;${CHU_SE};100;80;5`, ...CHU_SE_ENF.map(no), `2;${DAK_DOA};200;150;10`, ';Nguyễn Văn An;120;90;5', no(DAK_DOA_ENF[1]!)];
    const r = bin('enf-viec-2019.csv', lines);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stdout).not.toContain('Nguyễn Văn An');
    expect(rows((await both('enf-viec-2019.csv', lines)).stdout)).toEqual(READ);
    const x = await summarizeLinesWorkbook(dir, 'same-name-viec-2019.xlsx', lines, ARGS);
    expect(x.stderr).toBe('');
    expect(rows(x.stdout)).toEqual(READ);
  });
});

// One khu vực's file by enforcer, no office column: its line among its enforcers (the names' column).
const KV1 = 'Phòng THADS khu vực 1 - viec 2025.csv';
const KV1_TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2025';
const KV1_HEADER = 'STT;Chấp hành viên;Tổng số phải thi hành;Có điều kiện thi hành;Giải quyết xong';
const KV1_ENF = ['1;Nguyễn Văn An;300;200;170', '2;Trần Thị Bình;250;180;160', '3;Lê Văn Cường;280;190;150'];
const KV1_LINE = ';Phòng THADS khu vực 1;830;570;480';
/** district, to execute, with conditions, resolved, rate */
function kvRows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[8], c[9], c[18], c[20]].join(' ');
  });
}
// By hand: 300 + 250 + 280 = 830, 200 + 180 + 190 = 570, 170 + 160 + 150 = 480; 480/570 = 84.21 %
const KV1_READ = ['Phòng THADS khu vực 1 830 570 480 84.21', 'TOTAL 830 570 480 84.21'];

describe('one office\'s form by enforcer without an office column: no DUPLICATE_OFFICE', () => {
  const shapes: Record<string, readonly string[]> = {
    'its line above its enforcers': [KV1_TITLE, KV1_HEADER, KV1_LINE, ...KV1_ENF],
    'its line below them': [KV1_TITLE, KV1_HEADER, ...KV1_ENF, KV1_LINE],
    'its line below them, no title': [KV1_HEADER, ...KV1_ENF, KV1_LINE],
    'no line, its enforcers only': [KV1_TITLE, KV1_HEADER, ...KV1_ENF],
  };
  for (const [what, lines] of Object.entries(shapes)) {
    it(`${what}: 830 / 570 / 480, exit 0 under --strict (binary, both readers, xlsx)`, async () => {
      const r = bin(KV1, lines);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(kvRows(r.stdout)).toEqual(KV1_READ);
      const b = await both(KV1, lines);
      expect(b.stderr).toBe('');
      expect(kvRows(b.stdout)).toEqual(KV1_READ);
      const x = await summarizeLinesWorkbook(dir, KV1.replace('.csv', '.xlsx'), lines, ARGS);
      expect(x.stderr).toBe('');
      expect(x.code).toBe(0);
      expect(kvRows(x.stdout)).toEqual(KV1_READ);
    });
  }
});

describe('a real repeat still warns DUPLICATE_OFFICE (exit 1 under --strict, summed without it)', () => {
  it('an office\'s line given twice in a form by enforcer, its enforcers again', async () => {
    const lines = [TITLE, HEADER, `1;${CHU_SE};100;80;5`, ...CHU_SE_ENF.map(no), `2;${DAK_DOA};200;150;10`, ...DAK_DOA_ENF.map(no), `3;${CHU_SE};100;80;5`, ...CHU_SE_ENF.map(no)];
    const message = `FILE:10: error: office "${CHU_SE}" appears on 2 rows (first on line 4), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]`;
    const r = bin('enf-viec-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect((await both('enf-viec-2019.csv', lines)).stderr).toContain(message);
    const x = await summarizeLinesWorkbook(dir, 'twice-viec-2019.xlsx', lines, ARGS);
    expect(x.code).toBe(1);
    expect(stderrCodes(x.stderr)).toEqual(['DUPLICATE_OFFICE']);
    // without --strict: summed, said. Chư Sê 100 + 100 = 200, 80 + 80 = 160, 5 + 5 = 10, 170 (85.00 %);
    // total 400 / 310 / 20, resolved 330, 330/400 = 82.50 %
    const w = bin('enf-viec-2019.csv', lines, ['--format', 'csv']);
    expect(w.code).toBe(0);
    expect(w.stderr).toContain(summed(message));
    expect(rows(w.stdout)).toEqual([`${CHU_SE} 200 160 10 170 85.00`, `${DAK_DOA} 200 150 10 160 80.00`, 'TOTAL 400 310 20 330 82.50']);
  });

  it('an office\'s line without figures given twice, its enforcers again', async () => {
    const lines = [TITLE, HEADER, `1;${CHU_SE};;;`, ...CHU_SE_ENF.map(no), `2;${CHU_SE};;;`, ...CHU_SE_ENF.map(no)];
    const r = bin('enf-viec-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:7: error: office "${CHU_SE}" appears on 2 rows (first on line 4), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]`);
    expect(stderrCodes((await both('enf-viec-2019.csv', lines)).stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('one office\'s line given twice without an office column, its enforcers again', async () => {
    // 300 + 250 = 550, 200 + 180 = 380, 170 + 160 = 330 each time
    const lines = [KV1_TITLE, KV1_HEADER, ';Phòng THADS khu vực 1;550;380;330', ...KV1_ENF.slice(0, 2), ';Phòng THADS khu vực 1;550;380;330', ...KV1_ENF.slice(0, 2)];
    const r = bin(KV1, lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:7: error: office "Phòng THADS khu vực 1" appears on 2 rows (first on line 4), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]');
    expect(stderrCodes((await both(KV1, lines)).stderr)).toEqual(['DUPLICATE_OFFICE']);
    const x = await summarizeLinesWorkbook(dir, KV1.replace('.csv', '.xlsx'), lines, ARGS);
    expect(stderrCodes(x.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('two offices of one name in one province in a plain table (both readers, xlsx)', async () => {
    const lines = ['STT;Tỉnh;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ', '1;Tiền Giang;Châu Thành;100;80;5', '2;Tiền Giang;Cái Bè;200;150;10', '3;Tiền Giang;Châu Thành;50;40;1'];
    const message = 'FILE:4: error: office "Châu Thành" appears on 2 rows (first on line 2), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]';
    const r = bin('tg-viec-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect((await both('tg-viec-2019.csv', lines)).stderr).toContain(message);
    expect(stderrCodes((await summarizeLinesWorkbook(dir, 'tg-viec-2019.xlsx', lines, ARGS)).stderr)).toEqual(['DUPLICATE_OFFICE']);
    // without --strict: 100 + 50 = 150, 80 + 40 = 120, 5 + 1 = 6, resolved 126, 126/150 = 84.00 %
    const w = bin('tg-viec-2019.csv', lines, ['--format', 'csv']);
    expect(w.code).toBe(0);
    expect(rows(w.stdout)[0]).toBe('Châu Thành 150 120 6 126 84.00');
  });
});

describe('controls: near shapes read as before', () => {
  it('an office written on each of its enforcers\' rows beside a "Chấp hành viên" column: DUPLICATE_OFFICE as before (SPEC §3)', async () => {
    const lines = ['STT;Đơn vị;Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ', `1;${CHU_SE};${CHU_SE_ENF[0]}`, `2;${CHU_SE};${CHU_SE_ENF[1]}`, `3;${DAK_DOA};${DAK_DOA_ENF[0]}`, `4;${DAK_DOA};${DAK_DOA_ENF[1]}`];
    const message = `FILE:3: error: office "${CHU_SE}" appears on 2 rows (first on line 2), which a sum would add together (and 1 more offices appear more than once); nothing is summed while the input has errors [DUPLICATE_OFFICE]`;
    const r = bin('chv-viec-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect((await both('chv-viec-2019.csv', lines)).stderr).toContain(message);
    const w = bin('chv-viec-2019.csv', lines, ['--format', 'csv']);
    expect(w.code).toBe(0);
    expect(rows(w.stdout)).toEqual(READ);
  });

  it('the same with the form\'s title over it: as before', () => {
    const lines = [TITLE, 'STT;Đơn vị;Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ', `1;${CHU_SE};${CHU_SE_ENF[0]}`, `2;${CHU_SE};${CHU_SE_ENF[1]}`];
    const r = bin('chv-viec-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:4: error: office "${CHU_SE}" appears on 2 rows (first on line 3), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]`);
  });

  it('a split office row repeated right below in a plain table: DUPLICATE_OFFICE as before', async () => {
    const lines = ['STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ', '1;Vụ Bản;100;90;0', '1;Vụ Bản;80;70;0', '2;Mỹ Lộc;200;150;0'];
    const message = 'FILE:3: error: office "Vụ Bản" appears on 2 rows (first on line 2), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]';
    expect(bin('nd-viec-2019.csv', lines).stderr).toContain(message);
    expect((await both('nd-viec-2019.csv', lines)).stderr).toContain(message);
  });

  it('persons under an office numbered without figures, no form by enforcer said: refused NOT_AN_OFFICE as before', () => {
    const lines = [HEADER, `1;${CHU_SE};;;`, ...CHU_SE_ENF.map(no)];
    const r = bin('plain-viec-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});
