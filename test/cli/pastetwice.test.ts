// A row pasted twice (a table or a line given again: the same STT, the same office's name and
// every figure of an earlier row) is no split of the office's figures (SPEC §3's rows summed):
// added, it counts the office twice. Refused at the copy (REPEATED_ROW, exit 1, nothing
// summed), by both readers, in a CSV and a workbook. Rows of one office with figures of their
// own, enforcers' rows without an STT or two offices with equal figures keep their reading; a
// copy under another STT is refused too (test/cli/renum.test.ts).
// Totals by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { fastPath } from '../../src/input/fast/read-fast.js';

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const TABLE = ['1,Mỹ Lộc,100,60', '2,Vụ Bản,200,150', '3,Ý Yên,300,120'];
const { both } = bothReaders('thads-pastetwice-', ['--format', 'json']);
const dir = mkdtempSync(join(tmpdir(), 'thads-pastetwice-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HINT = "  hint: delete the copy: a row giving again an earlier row's office and every figure, whatever its STT (a table or a line pasted twice, renumbered or not), would be added twice; an office's rows with figures of their own (its enforcers') are summed";

function write(name: string, text: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function cases(stdout: string): { withConditions: string; resolved: string } {
  const { withConditions, resolved } = JSON.parse(stdout).total.cases;
  return { withConditions, resolved };
}

describe('a row pasted twice is refused', () => {
  it('the whole table pasted twice (no total row): refused at the first copy, both readers', async () => {
    const r = await both('twice-viec-2019.csv', [HEAD, ...TABLE, ...TABLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:2: error: line 5 repeats line 2: STT 1, office "Mỹ Lộc" and every figure the same, a row pasted twice; added, its figures would count twice (and 2 more rows repeat an earlier one) [REPEATED_ROW]\n${HINT}\n`);
  });

  it('one line pasted twice, right below itself or further down: refused, both readers', async () => {
    const below = await both('line-viec-2019.csv', [HEAD, TABLE[0]!, TABLE[1]!, TABLE[1]!, TABLE[2]!]);
    expect(below.code).toBe(1);
    expect(below.stdout).toBe('');
    expect(below.stderr).toContain('FILE:4:2: error: line 4 repeats line 3: STT 2, office "Vụ Bản" and every figure the same, a row pasted twice; added, its figures would count twice [REPEATED_ROW]\n');
    const further = await both('line-end-viec-2019.csv', [HEAD, ...TABLE, TABLE[0]!]);
    expect(further.code).toBe(1);
    expect(further.stderr).toContain('FILE:5:2: error: line 5 repeats line 2: STT 1, office "Mỹ Lộc" and every figure the same, a row pasted twice; added, its figures would count twice [REPEATED_ROW]\n');
    // "2." in the copy is the same STT number
    const dotted = await both('line-dot-viec-2019.csv', [HEAD, ...TABLE, '2.,Vụ Bản,200,150']);
    expect(dotted.code).toBe(1);
    expect(dotted.stderr).toContain('FILE:5:2: error: line 5 repeats line 3: STT 2, office "Vụ Bản" and every figure the same');
  });

  it('a big file scanned in two parts, the copy in the second: refused, both readers', async () => {
    const offices = Array.from({ length: 80 }, (_, k) => `${k + 1},Chi cục THADS huyện Số ${k + 1},${100 + k},${50 + k}`);
    const saved = { split: fastPath.splitBytes, chunk: fastPath.chunkBytes, worker: fastPath.workerUrl };
    Object.assign(fastPath, { splitBytes: 1000, chunkBytes: 4096, workerUrl: null });
    try {
      const parts = fastPath.partsInThread;
      const r = await both('split-viec-2019.csv', [HEAD, ...offices, offices[0]!]);
      expect(fastPath.partsInThread).toBe(parts + 1);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('FILE:82:2: error: line 82 repeats line 2: STT 1, office "Chi cục THADS huyện Số 1" and every figure the same');
    } finally {
      Object.assign(fastPath, { splitBytes: saved.split, chunkBytes: saved.chunk, workerUrl: saved.worker });
    }
  });

  it('the real binary: a plain CSV (fast path) and the found file\'s shape (title lines, ";", a BOM, CRLF: the reference reader)', () => {
    const plain = write('plain-viec-2019.csv', `${[HEAD, ...TABLE, ...TABLE].join('\n')}\n`);
    const p = spawnThads(['summarize', plain]);
    expect(p.code).toBe(1);
    expect(p.stdout).toBe('');
    expect(p.stderr).toContain(`${plain}:5:2: error: line 5 repeats line 2: STT 1, office "Mỹ Lộc" and every figure the same, a row pasted twice; added, its figures would count twice (and 2 more rows repeat an earlier one) [REPEATED_ROW]\n`);
    expect(p.stderr).toContain('thads: 1 error in the input; nothing was summed');
    const rows = ['1;Thành phố Nam Định;632;437;132;195', '2;Mỹ Lộc;791;688;196;103', '3;Vụ Bản;466;302;168;164'];
    const titled = [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;;;',
      'STT;Đơn vị;Việc tổng số phải thi hành;Việc có điều kiện;Việc thi hành xong;Việc chưa có điều kiện',
    ];
    const twice = write('bao-cao-2019.csv', `\uFEFF${[...titled, ...rows, ...rows, ';Người lập biểu;;;;'].join('\r\n')}\r\n`);
    const t = spawnThads(['summarize', twice]);
    expect(t.code).toBe(1);
    expect(t.stdout).toBe('');
    expect(t.stderr).toContain(`${twice}:7:2: error: line 7 repeats line 4: STT 1, office "Thành phố Nam Định" and every figure the same, a row pasted twice; added, its figures would count twice (and 2 more rows repeat an earlier one) [REPEATED_ROW]\n`);
    const once = write('bao-cao-mot-2019.csv', `\uFEFF${[...titled, ...rows, rows[2]!].join('\r\n')}\r\n`);
    const o = spawnThads(['summarize', once]);
    expect(o.code).toBe(1);
    expect(o.stderr).toContain(`${once}:7:2: error: line 7 repeats line 6: STT 3, office "Vụ Bản" and every figure the same`);
    // the same file without the copies: read, 437 + 688 + 302 = 1427 with conditions, 132 + 196 + 168 = 496 done
    const right = write('bao-cao-dung-2019.csv', `\uFEFF${[...titled, ...rows].join('\r\n')}\r\n`);
    const ok = spawnThads(['summarize', right, '--format', 'json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).total.cases).toMatchObject({ toExecute: '1889', withConditions: '1427', completed: '496' });
  });

  it('a workbook with the table pasted twice: refused at the copy\'s row', async () => {
    const lines = ['STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong', '1;Mỹ Lộc;100;60', '2;Vụ Bản;200;150', '3;Ý Yên;300;120'];
    const r = await summarizeLinesWorkbook(dir, 'twice-viec-2019.xlsx', [...lines, ...lines.slice(1)], ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('twice-viec-2019.xlsx:Sheet1!B5: error: row 5 repeats row 2: STT 1, office "Mỹ Lộc" and every figure the same, a row pasted twice; added, its figures would count twice (and 2 more rows repeat an earlier one) [REPEATED_ROW]\n');
    const once = await summarizeLinesWorkbook(dir, 'right-viec-2019.xlsx', lines, ['--format', 'json']);
    expect(once.code, once.stderr).toBe(0);
    expect(cases(once.stdout)).toEqual({ withConditions: '600', resolved: '330' });
  });
});

describe('near shapes keep their reading (over-reach controls)', () => {
  it('one office on two rows with the same STT and figures of their own: summed, with the warning', async () => {
    const r = await both('split-office-viec-2019.csv', [HEAD, TABLE[0]!, TABLE[1]!, '2,Vụ Bản,50,30', TABLE[2]!]);
    expect(r.code, r.stderr).toBe(0);
    // 100 + 200 + 50 + 300, 60 + 150 + 30 + 120
    expect(cases(r.stdout)).toEqual({ withConditions: '650', resolved: '360' });
    expect(r.stderr).toContain('[DUPLICATE_OFFICE]');
    expect(r.stderr).not.toContain('REPEATED_ROW');
  });

  it("two enforcers' rows without STT, equal figures, under one office: summed", async () => {
    const r = await both('enforcers-viec-2019.csv', ['STT,Đơn vị,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong', '1,Mỹ Lộc,Nguyễn Văn A,100,60', ',Vụ Bản,Trần Thị B,40,20', ',Vụ Bản,Lê Văn C,40,20', '3,Ý Yên,Phạm Văn D,300,120']);
    expect(r.code, r.stderr).toBe(0);
    // 100 + 40 + 40 + 300, 60 + 20 + 20 + 120
    expect(cases(r.stdout)).toEqual({ withConditions: '480', resolved: '220' });
    expect(r.stderr).not.toContain('REPEATED_ROW');
  });

  it('two offices with the same STT and equal figures: two offices', async () => {
    const r = await both('two-offices-viec-2019.csv', [HEAD, '1,Mỹ Lộc,100,60', '1,Vụ Bản,100,60', '2,Ý Yên,300,120']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toEqual({ withConditions: '500', resolved: '240' });
    expect(JSON.parse(r.stdout).groups).toHaveLength(3);
  });

  it('one office under another STT with equal figures is that row pasted again, renumbered (test/cli/renum.test.ts); a repeated row without a figure: summed as before', async () => {
    const other = await both('other-number-viec-2019.csv', [HEAD, ...TABLE, '4,Vụ Bản,200,150']);
    expect(other.code).toBe(1);
    expect(other.stdout).toBe('');
    expect(other.stderr).toContain('FILE:5:2: error: line 5 repeats line 3: office "Vụ Bản" and every figure the same, renumbered 4 (line 3: STT 2), a row pasted twice; added, its figures would count twice [REPEATED_ROW]\n');
    const zero = await both('zero-viec-2019.csv', [HEAD, TABLE[0]!, '2,Vụ Bản,0,0', '2,Vụ Bản,0,0', TABLE[2]!]);
    expect(zero.code, zero.stderr).toBe(0);
    expect(cases(zero.stdout)).toEqual({ withConditions: '400', resolved: '180' });
    expect(zero.stderr).not.toContain('REPEATED_ROW');
  });
});
