// An office on three rows or more, two of them an exact copy: "Vụ Bản 300/250/200" pasted again
// beside its genuine rows "Vụ Bản 300/250/200" and "Vụ Bản 200/150/100". The fault: summed (800
// cases, the copy counted twice), exit 0, a DUPLICATE_OFFICE warning only — rule 2 of
// domain/repeated-rows.ts refused a copy only where the office stood on exactly two rows. Right:
// refused at the copy (REPEATED_ROW, exit 1, nothing summed) naming the line it repeats, where the
// equal figures tell a copy — a case figure of 10 or more and three distinct non-zero figures —
// by both readers (the fast path hands the file over), in a CSV, a big CSV scanned in two parts,
// a workbook and the real binary. Controls keep summing: long-format files of one row per case
// (1/0 cases, the same money on many rows), one row per enforcer with figures of their own, three
// genuine rows, small tallies alike ("4,3,2"), the threshold's other side ("9,8,7": no case
// figure of 10; two distinct figures only). Every total below is worked out by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { fastPath } from '../../src/input/fast/read-fast.js';

const HEAD = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Đã giải quyết xong';
const BARE = 'Đơn vị,Tổng số thụ lý,Có điều kiện,Đã giải quyết xong';
const ARGS = ['--measure', 'cases', '--year', '2019', '--format', 'json'];
const { both } = bothReaders('thads-threecopy-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-threecopy-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REFUSED = 'a row pasted twice; added, its figures would count twice';
const HINT = "  hint: delete the copy: a row giving again an earlier row's office and every figure, whatever its STT (a table or a line pasted twice, renumbered or not), would be added twice; an office's rows with figures of their own (its enforcers') are summed";

function cases(stdout: string): { total: string; withConditions: string; resolved: string } {
  const { total, withConditions, resolved } = JSON.parse(stdout).total.cases;
  return { total, withConditions, resolved };
}

// Vụ Bản's two genuine rows (the Chi cục's and one part's) and Mỹ Lộc's one row, without STT.
const VB_A = 'Vụ Bản,300,250,200';
const VB_B = 'Vụ Bản,200,150,100';
const ML = 'Mỹ Lộc,500,400,300';

describe('an office on three rows, one of them a copy of another: refused', () => {
  it('the copy right below the row it repeats, without STT: refused at the copy, naming the line it repeats, both readers', async () => {
    const r = await both('below.csv', [BARE, ML, VB_A, VB_A, VB_B]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:1: error: line 4 repeats line 3: office "Vụ Bản" (on 3 rows) and every figure the same, without an STT (line 3: no STT), ${REFUSED} [REPEATED_ROW]\n${HINT}\n`);
    // (the warning says the rows would be added, not that they were)
    expect(r.stderr).toContain('FILE:4: warning: office "Vụ Bản" appears on 3 rows (first on line 3), which a sum would add together; nothing is summed while the input has errors [DUPLICATE_OFFICE]');
    expect(r.stderr).toContain('thads: 1 error in the input; nothing was summed');
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW', 'DUPLICATE_OFFICE']);
  });

  it('without the copy the same file is summed: 500 + 300 + 200 = 1000, 400 + 250 + 150 = 800, 300 + 200 + 100 = 600, on the fast path', async () => {
    const used = fastPath.used;
    const r = await both('right.csv', [BARE, ML, VB_A, VB_B]);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toEqual({ total: '1000', withConditions: '800', resolved: '600' });
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    expect(fastPath.used).toBe(used + 1);
  });

  it('the copy far below the row it repeats, or of the later genuine row: refused, naming the earlier line, both readers', async () => {
    const far = await both('far.csv', [BARE, VB_A, VB_B, ML, 'Ý Yên,400,300,250', VB_A]);
    expect(far.code).toBe(1);
    expect(far.stderr).toContain(`FILE:6:1: error: line 6 repeats line 2: office "Vụ Bản" (on 3 rows) and every figure the same, without an STT (line 2: no STT), ${REFUSED} [REPEATED_ROW]\n`);
    const later = await both('later.csv', [BARE, VB_A, VB_B, VB_B, ML]);
    expect(later.code).toBe(1);
    expect(later.stderr).toContain(`FILE:4:1: error: line 4 repeats line 3: office "Vụ Bản" (on 3 rows) and every figure the same, without an STT (line 3: no STT), ${REFUSED} [REPEATED_ROW]\n`);
  });

  it('renumbered (STT 1, 2 and the copy 3), or four rows with two copies: refused, both readers', async () => {
    const renum = await both('renum.csv', [HEAD, '1,Chi cục THADS huyện Vụ Bản,300,250,200', '2,Chi cục THADS huyện Vụ Bản,200,150,100', '3,Chi cục THADS huyện Vụ Bản,300,250,200', '4,Chi cục THADS huyện Mỹ Lộc,500,400,300']);
    expect(renum.code).toBe(1);
    expect(renum.stderr).toContain(`FILE:4:2: error: line 4 repeats line 2: office "Chi cục THADS huyện Vụ Bản" (on 3 rows) and every figure the same, renumbered 3 (line 2: STT 1), ${REFUSED} [REPEATED_ROW]\n`);
    const four = await both('four.csv', [BARE, VB_A, VB_B, VB_A, VB_B, ML]);
    expect(four.code).toBe(1);
    expect(four.stderr).toContain(`FILE:4:1: error: line 4 repeats line 2: office "Vụ Bản" (on 4 rows) and every figure the same, without an STT (line 2: no STT), ${REFUSED} (and 1 more row repeats an earlier one) [REPEATED_ROW]\n`);
  });

  it('the threshold, telling side: a case figure of 10 and three distinct figures ("10,9,8" twice): refused, both readers', async () => {
    const r = await both('ten.csv', [BARE, 'Vụ Bản,10,9,8', 'Vụ Bản,10,9,8', 'Vụ Bản,7,6,5', ML]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:3:1: error: line 3 repeats line 2: office "Vụ Bản" (on 3 rows) and every figure the same, without an STT (line 2: no STT), ${REFUSED} [REPEATED_ROW]\n`);
  });

  it('a big file scanned in two parts, the copy in the second: refused, both readers', async () => {
    // 80 offices one row each, then Vụ Bản's genuine rows above the split and its copy below it
    const offices = Array.from({ length: 80 }, (_, k) => `Chi cục THADS huyện Số ${k + 1},${100 + k},${50 + k},${20 + k}`);
    const saved = { split: fastPath.splitBytes, chunk: fastPath.chunkBytes, worker: fastPath.workerUrl };
    Object.assign(fastPath, { splitBytes: 1000, chunkBytes: 4096, workerUrl: null });
    try {
      const parts = fastPath.partsInThread;
      const r = await both('split.csv', [BARE, VB_A, VB_B, ...offices, VB_A]);
      expect(fastPath.partsInThread).toBe(parts + 1);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`FILE:84:1: error: line 84 repeats line 2: office "Vụ Bản" (on 3 rows) and every figure the same, without an STT (line 2: no STT), ${REFUSED} [REPEATED_ROW]\n`);
      // control: the same big file without the copy, summed on the fast path in two parts —
      // 300 + 200 + (100 + … + 179) = 500 + 80 × 139.5 = 11660; 250 + 150 + (50 + … + 129) = 400 + 7160 = 7560;
      // 200 + 100 + (20 + … + 99) = 300 + 4760 = 5060
      const used = fastPath.used;
      const ok = await both('split-right.csv', [BARE, VB_A, VB_B, ...offices]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(cases(ok.stdout)).toEqual({ total: '11660', withConditions: '7560', resolved: '5060' });
      expect(fastPath.used).toBe(used + 1);
    } finally {
      Object.assign(fastPath, { splitBytes: saved.split, chunkBytes: saved.chunk, workerUrl: saved.worker });
    }
  });

  it('a workbook: refused at the copy\'s row; without it, summed', async () => {
    const lines = [BARE, ML, VB_A, VB_A, VB_B].map((l) => l.replaceAll(',', ';'));
    const r = await summarizeLinesWorkbook(dir, 'three-viec.xlsx', lines, ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`three-viec.xlsx:Sheet1!A4: error: row 4 repeats row 3: office "Vụ Bản" (on 3 rows) and every figure the same, without an STT (row 3: no STT), ${REFUSED} [REPEATED_ROW]\n`);
    const once = await summarizeLinesWorkbook(dir, 'right-viec.xlsx', [BARE, ML, VB_A, VB_B].map((l) => l.replaceAll(',', ';')), ['--format', 'json']);
    expect(once.code, once.stderr).toBe(0);
    // 500 + 300 + 200, 400 + 250 + 150, 300 + 200 + 100
    expect(cases(once.stdout)).toEqual({ total: '1000', withConditions: '800', resolved: '600' });
  });

  it('the real binary: refused (exit 1, nothing on stdout); the file without the copy summed', () => {
    const bad = join(dir, 'vu-ban-viec-2019.csv');
    writeFileSync(bad, `${[BARE, ML, VB_A, VB_A, VB_B].join('\n')}\n`);
    const r = spawnThads(['summarize', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:4:1: error: line 4 repeats line 3: office "Vụ Bản" (on 3 rows) and every figure the same, without an STT (line 3: no STT), ${REFUSED} [REPEATED_ROW]\n`);
    const good = join(dir, 'vu-ban-dung-viec-2019.csv');
    writeFileSync(good, `${[BARE, ML, VB_A, VB_B].join('\n')}\n`);
    const ok = spawnThads(['summarize', good, '--format', 'json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(cases(ok.stdout)).toEqual({ total: '1000', withConditions: '800', resolved: '600' });
  });
});

describe('long-format files and genuine rows keep their reading (controls), on the fast path', () => {
  it('one row per case, 1/0 cases and the same money on several rows (co-debtors, a fixed fee): summed', async () => {
    const head = 'district,cases_total,cases_with_conditions,cases_resolved,money_total,money_with_conditions,money_resolved';
    const rows = [
      // Vụ Bản: two fees of 300,000 paid; two co-debtors owing 5,000,000 each, 2,000,000 paid each; one case without conditions
      'Vụ Bản,1,1,1,300000,300000,300000',
      'Vụ Bản,1,1,1,300000,300000,300000',
      'Vụ Bản,1,1,0,5000000,5000000,2000000',
      'Vụ Bản,1,1,0,5000000,5000000,2000000',
      'Vụ Bản,1,0,0,1200000,0,0',
      // Mỹ Lộc: three equal cases
      'Mỹ Lộc,1,1,1,750000,750000,750000',
      'Mỹ Lộc,1,1,1,750000,750000,750000',
      'Mỹ Lộc,1,1,1,750000,750000,750000',
    ];
    const used = fastPath.used;
    const r = await both('per-case.csv', [head, ...rows], ['--year', '2019', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    // cases: 5 + 3 = 8 total, 4 + 3 = 7 with conditions, 2 + 3 = 5 resolved
    expect(cases(r.stdout)).toEqual({ total: '8', withConditions: '7', resolved: '5' });
    const money = JSON.parse(r.stdout).total.money;
    // money: 300,000 × 2 + 5,000,000 × 2 + 1,200,000 + 750,000 × 3 = 600,000 + 10,000,000 + 1,200,000 + 2,250,000 = 14,050,000
    // with conditions: 600,000 + 10,000,000 + 0 + 2,250,000 = 12,850,000; resolved: 600,000 + 4,000,000 + 2,250,000 = 6,850,000
    expect([money.total, money.withConditions, money.resolved]).toEqual(['14050000', '12850000', '6850000']);
    expect(fastPath.used).toBe(used + 1);
  });

  it('one row per enforcer (no name column), figures of their own: summed', async () => {
    const used = fastPath.used;
    const r = await both('per-enforcer.csv', [BARE, 'Vụ Bản,40,30,20', 'Vụ Bản,35,30,20', 'Vụ Bản,50,45,40', 'Vụ Bản,40,30,25', ML]);
    expect(r.code, r.stderr).toBe(0);
    // 40 + 35 + 50 + 40 + 500 = 665; 30 + 30 + 45 + 30 + 400 = 535; 20 + 20 + 40 + 25 + 300 = 405
    expect(cases(r.stdout)).toEqual({ total: '665', withConditions: '535', resolved: '405' });
    expect(r.stderr).not.toContain('REPEATED_ROW');
    expect(fastPath.used).toBe(used + 1);
  });

  it('three genuine rows of hundreds, each its own figures, numbered or not: summed', async () => {
    for (const stt of [(_: number) => '', (n: number) => `${n},`]) {
      const head = stt(0) === '' ? BARE : HEAD;
      const used = fastPath.used;
      const r = await both('genuine.csv', [head, `${stt(1)}Vụ Bản,300,250,200`, `${stt(2)}Vụ Bản,200,150,100`, `${stt(3)}Vụ Bản,120,100,90`, `${stt(4)}Mỹ Lộc,500,400,300`]);
      expect(r.code, r.stderr).toBe(0);
      // 300 + 200 + 120 + 500 = 1120; 250 + 150 + 100 + 400 = 900; 200 + 100 + 90 + 300 = 690
      expect(cases(r.stdout)).toEqual({ total: '1120', withConditions: '900', resolved: '690' });
      expect(r.stderr).not.toContain('REPEATED_ROW');
      expect(fastPath.used).toBe(used + 1);
    }
  });

  it('one row per month, quiet months alike in small tallies ("4,3,2" twice): summed', async () => {
    const used = fastPath.used;
    const r = await both('per-month.csv', [BARE, 'Vụ Bản,4,3,2', 'Vụ Bản,6,5,3', 'Vụ Bản,4,3,2', 'Vụ Bản,8,6,4', ML]);
    expect(r.code, r.stderr).toBe(0);
    // 4 + 6 + 4 + 8 + 500 = 522; 3 + 5 + 3 + 6 + 400 = 417; 2 + 3 + 2 + 4 + 300 = 311
    expect(cases(r.stdout)).toEqual({ total: '522', withConditions: '417', resolved: '311' });
    expect(r.stderr).not.toContain('REPEATED_ROW');
    expect(fastPath.used).toBe(used + 1);
  });

  it('the threshold, other side: no case figure of 10 ("9,8,7" twice), or two distinct figures only ("120,120,80" twice): summed', async () => {
    const nine = await both('nine.csv', [BARE, 'Vụ Bản,9,8,7', 'Vụ Bản,9,8,7', 'Vụ Bản,7,6,5', ML]);
    expect(nine.code, nine.stderr).toBe(0);
    // 9 + 9 + 7 + 500 = 525; 8 + 8 + 6 + 400 = 422; 7 + 7 + 5 + 300 = 319
    expect(cases(nine.stdout)).toEqual({ total: '525', withConditions: '422', resolved: '319' });
    expect(nine.stderr).not.toContain('REPEATED_ROW');
    // two distinct figures (every case with conditions): a coincidence of two months is not unlikely enough
    const two = await both('two-figures.csv', [BARE, 'Vụ Bản,120,120,80', 'Vụ Bản,120,120,80', 'Vụ Bản,90,90,60', ML]);
    expect(two.code, two.stderr).toBe(0);
    // 120 + 120 + 90 + 500 = 830; 120 + 120 + 90 + 400 = 730; 80 + 80 + 60 + 300 = 520
    expect(cases(two.stdout)).toEqual({ total: '830', withConditions: '730', resolved: '520' });
    expect(two.stderr).not.toContain('REPEATED_ROW');
  });

  it('three offices each on two rows alike and one more: only the telling copy is refused', async () => {
    // Mỹ Lộc's copy tells (300/250/200); Ý Yên's rows alike are small ("4,3,2"), summed if alone
    const r = await both('mixed.csv', [BARE, 'Mỹ Lộc,300,250,200', 'Mỹ Lộc,300,250,200', 'Mỹ Lộc,50,40,30', 'Ý Yên,4,3,2', 'Ý Yên,4,3,2', 'Ý Yên,5,4,3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:3:1: error: line 3 repeats line 2: office "Mỹ Lộc" (on 3 rows) and every figure the same, without an STT (line 2: no STT), ${REFUSED} [REPEATED_ROW]\n`);
  });
});
