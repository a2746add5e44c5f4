// A row pasted again (the same figures under the same office name or a variant of it) is refused
// REPEATED_ROW, exit 1, nothing summed. The fault: beside that error the warnings on the same two
// rows still said a sum that never happened — 'office "Vụ Bản" appears on 2 rows …, which are
// added together' (DUPLICATE_OFFICE), '"VB" and "Vụ Bản" (line 3) may be one office written two
// ways: they are counted as two offices' (OFFICE_NAME_VARIANTS). Right: the error alone names the
// pair (it says both lines and that the row is a copy); those warnings are left out for the rows it
// names. Controls: the same names with figures that differ (no copy) keep their warnings and are
// summed as before; a variant pair elsewhere in a refused file is still said.
import { describe, expect, test } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'json', '--year', '2019'];
const { both } = bothReaders('thads-repeated-wording-', ARGS);
const { dir } = fileTree('thads-repeated-wording-xlsx-');

const HEAD = 'province,district,cases_with_conditions,cases_resolved';
const STT_HEAD = 'STT,Đơn vị,Số việc có điều kiện,Số việc đã giải quyết xong';

/** the number of offices and the cases total [with conditions, resolved] */
const total = (stdout: string) => {
  const j = JSON.parse(stdout) as { groups: unknown[]; total: { cases: { withConditions: string; resolved: string } } };
  return [j.groups.length, j.total.cases.withConditions, j.total.cases.resolved];
};

const SUM_CLAIMS = /added together|counted as two offices/;

describe('a row pasted again: REPEATED_ROW alone, no warning claiming a sum', () => {
  test.each([
    ['the same name', 'Vụ Bản'],
    ['its initials', 'VB'],
    ['its name run together', 'VuBan'],
  ])('%s ("Vụ Bản" then "%s", every figure equal): exit 1, one error, nothing said summed', async (_what, copy) => {
    const r = await both('vb.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250', `Nam Định,${copy},300,250`]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:2: error: line 4 repeats line 3: office "${copy}" and every figure the same, without an STT`);
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).not.toMatch(SUM_CLAIMS);
    expect(r.stderr).toContain('nothing was summed');
  });

  test('STT layout, the same STT and name: REPEATED_ROW alone (was with DUPLICATE_OFFICE "added together")', async () => {
    const r = await both('stt.csv', [STT_HEAD, '1,Mỹ Lộc,100,80', '2,Vụ Bản,300,250', '2,Vụ Bản,300,250']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: line 4 repeats line 3: STT 2, office "Vụ Bản" and every figure the same');
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).not.toMatch(SUM_CLAIMS);
  });

  test('.xlsx twin: "VB" renumbered under "Vụ Bản": REPEATED_ROW alone at row 4', async () => {
    const lines = [STT_HEAD.replace(/,/g, ';'), '1;Mỹ Lộc;100;80', '2;Vụ Bản;300;250', '3;VB;300;250'];
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-2019.xlsx', lines, ['--format', 'json', '--province', 'Nam Định']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/row 4 repeats row 3: office "VB" and every figure the same/);
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).not.toMatch(SUM_CLAIMS);
  });

  test('.xlsx twin: "Vụ Bản" pasted again with its STT: REPEATED_ROW alone', async () => {
    const lines = [STT_HEAD.replace(/,/g, ';'), '1;Mỹ Lộc;100;80', '2;Vụ Bản;300;250', '2;Vụ Bản;300;250'];
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-2019-b.xlsx', lines, ['--format', 'json', '--province', 'Nam Định']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).not.toMatch(SUM_CLAIMS);
  });

  test('another office written two ways in the refused file is still said (its pair is not the copy)', async () => {
    // Mỹ Lộc 100/80 and "MyLoc" 50/40 differ: no copy, OFFICE_NAME_VARIANTS on lines 2 and 3 as ever;
    // line 5 is a copy of line 4: REPEATED_ROW, and no DUPLICATE_OFFICE on lines 4–5
    const r = await both('two.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,MyLoc,50,40', 'Nam Định,Vụ Bản,300,250', 'Nam Định,Vụ Bản,300,250']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW', 'OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toContain('FILE:3: warning: "MyLoc" and "Mỹ Lộc" (line 2) may be one office written two ways');
    expect(r.stderr).not.toContain('added together');
  });
});

describe('controls: figures that differ, no copy — warnings and sums as before (exit 0)', () => {
  test('"Vụ Bản" and "VB" with figures that differ: OFFICE_NAME_VARIANTS, counted as two', async () => {
    // 100 + 300 + 200 = 600 with conditions; 80 + 250 + 150 = 480 resolved; three offices
    const r = await both('vb-differ.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250', 'Nam Định,VB,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toContain('FILE:4: warning: "VB" and "Vụ Bản" (line 3) may be one office written two ways: they are counted as two offices');
    expect(total(r.stdout)).toEqual([3, '600', '480']);
  });

  test('"Vụ Bản" on two rows with figures that differ: DUPLICATE_OFFICE, added together', async () => {
    // Vụ Bản 300 + 200 = 500 / 250 + 150 = 400; with Mỹ Lộc 100/80: 600 / 480; two offices
    const r = await both('dup-differ.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,300,250', 'Nam Định,Vụ Bản,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
    expect(r.stderr).toContain('FILE:4: warning: office "Vụ Bản" appears on 2 rows (first on line 3), which are added together');
    expect(total(r.stdout)).toEqual([2, '600', '480']);
  });
});
