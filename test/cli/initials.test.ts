// One office written twice in one file, once by its name and once by its bare initials ("Vụ Bản"
// and "VB", "V.B", "H. VB"): a row pasted from a sheet that shortens its offices. Both were summed
// as two offices with exit 0 and no word said: Mỹ Lộc 100/80, Vụ Bản 300/250, VB 300/250 printed
// TOTAL 700/580 where the file holds 400/330. Right: with the same figures the row is a copy,
// refused REPEATED_ROW (exit 1) as the other spellings of one office are (domain/repeated-rows.ts
// rule 2, office-names.ts initialsTwins); with figures that differ, said OFFICE_NAME_VARIANTS and
// counted as two, as other spellings are. Controls (today's result kept): two offices in words
// whose initials coincide ("Vụ Bản", "Văn Bàn"), a bare cell beside both of them, a one-letter
// name, and letters that are no office's initials. Every total below is computed by hand.
import { describe, expect, test } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'json', '--year', '2019'];
const { both } = bothReaders('thads-initials-', ARGS);
const { dir } = fileTree('thads-initials-xlsx-');

const HEAD = 'province,district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved';
const STT_HEAD = 'STT,Đơn vị,Số việc có điều kiện,Số việc đã giải quyết xong';

/** the number of offices and the cases total [with conditions, resolved] */
const total = (stdout: string) => {
  const j = JSON.parse(stdout) as { groups: unknown[]; total: { cases: { withConditions: string; resolved: string } } };
  return [j.groups.length, j.total.cases.withConditions, j.total.cases.resolved];
};

describe('an office beside its bare initials, the same figures: a row pasted twice (REPEATED_ROW)', () => {
  test.each(['VB', 'V.B', 'H. VB', 'H.VB'])('"Vụ Bản" then "%s", every figure equal: refused at line 4, exit 1 (was 700/580, exit 0)', async (cell) => {
    // old: 100 + 300 + 300 = 700 / 80 + 250 + 250 = 580; right: 400 / 330, or a refusal
    const r = await both('vb.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80,1000,800', 'Nam Định,Vụ Bản,300,250,3000,2500', `Nam Định,${cell},300,250,3000,2500`]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:2: error: line 4 repeats line 3: office "${cell}" and every figure the same, without an STT`);
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW']);
  });

  test('the initials first, the name after: refused at the later row (line 3)', async () => {
    const r = await both('vb-first.csv', [HEAD, 'Nam Định,VB,300,250,3000,2500', 'Nam Định,Vụ Bản,300,250,3000,2500', 'Nam Định,Mỹ Lộc,100,80,1000,800']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('FILE:3:2: error: line 3 repeats line 2: office "Vụ Bản" and every figure the same');
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
  });

  test('STT and "Đơn vị" layout, renumbered: refused at line 4', async () => {
    // old: 100 + 300 + 300 = 700 / 80 + 250 + 250 = 580, exit 0
    const r = await both('stt.csv', [STT_HEAD, '1,Mỹ Lộc,100,80', '2,Vụ Bản,300,250', '3,VB,300,250']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: line 4 repeats line 3: office "VB" and every figure the same, renumbered 3 (line 3: STT 2)');
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW']);
  });

  test('.xlsx twin: refused at row 4', async () => {
    const lines = ['STT;Đơn vị;Số việc có điều kiện;Số việc đã giải quyết xong', '1;Mỹ Lộc;100;80', '2;Vụ Bản;300;250', '3;VB;300;250'];
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-2019.xlsx', lines, ['--format', 'json', '--province', 'Nam Định']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/row 4 repeats row 3: office "VB" and every figure the same/);
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW']);
  });
});

describe('initials two offices share, the cell with one of their figures: the copy of that one (REPEATED_ROW)', () => {
  // Summed with exit 0 before: the cell's initials were no one office's, so it was no one's copy.
  test('"VB" beside "Vụ Bản" and "Văn Bàn" (both VB), with Vụ Bản\'s figures: refused at line 4 as line 2\'s copy (was 800/650)', async () => {
    // old: 300 + 200 + 300 = 800 / 250 + 150 + 250 = 650; right: 500 / 400, or a refusal
    const r = await both('vb-of-two.csv', [HEAD, 'Nam Định,Vụ Bản,300,250,3000,2500', 'Nam Định,Văn Bàn,200,150,2000,1500', 'Nam Định,VB,300,250,3000,2500']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:2: error: line 4 repeats line 2: office "VB" and every figure the same, without an STT');
  });

  test('Hà Nội: "TT" beside "Thanh Trì" and "Thạch Thất", with Thạch Thất\'s figures, numbered: refused at line 5 as line 3\'s copy (was 800/630)', async () => {
    // old: 100 + 200 + 300 + 200 = 800 / 80 + 150 + 250 + 150 = 630; right: 600 / 480, or a refusal
    const r = await both('ha-noi-viec-2019.csv', [STT_HEAD, '1,Thanh Trì,100,80', '2,Thạch Thất,200,150', '3,Ba Vì,300,250', '4,TT,200,150'], [...ARGS, '--province', 'Hà Nội']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:2: error: line 5 repeats line 3: office "TT" and every figure the same, renumbered 4 (line 3: STT 2)');
  });
});

describe('an office beside its bare initials, figures that differ: OFFICE_NAME_VARIANTS, counted as two', () => {
  test('"Vụ Bản" 300/250 and "VB" 310/250: said at line 4, summed as today', async () => {
    const r = await both('vb-differ.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80,1000,800', 'Nam Định,Vụ Bản,300,250,3000,2500', 'Nam Định,VB,310,250,3000,2500']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toContain('FILE:4: warning: "VB" and "Vụ Bản" (line 3) may be one office written two ways');
    // by hand: 100 + 300 + 310 = 710, 80 + 250 + 250 = 580
    expect(total(r.stdout)).toEqual([3, '710', '580']);
  });

  test('.xlsx twin: said at row 4, summed', async () => {
    const lines = ['STT;Đơn vị;Số việc có điều kiện;Số việc đã giải quyết xong', '1;Mỹ Lộc;100;80', '2;Vụ Bản;300;250', '3;VB;310;250'];
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-differ-2019.xlsx', lines, ['--format', 'json', '--province', 'Nam Định']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toMatch(/"VB" and "Vụ Bản" \(row 3\) may be one office written two ways/);
    // by hand: 100 + 300 + 310 = 710, 80 + 250 + 250 = 580
    expect(total(r.stdout)).toEqual([3, '710', '580']);
  });
});

describe('controls: read as today', () => {
  test('"Vụ Bản" and "Văn Bàn", both VB, equal figures: two offices in words, never matched', async () => {
    const r = await both('two-vb.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80,1000,800', 'Nam Định,Vụ Bản,300,250,3000,2500', 'Nam Định,Văn Bàn,300,250,3000,2500']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // by hand: 100 + 300 + 300 = 700, 80 + 250 + 250 = 580
    expect(total(r.stdout)).toEqual([3, '700', '580']);
  });

  test('"VB" beside both "Vụ Bản" and "Văn Bàn", figures equal to neither: a copy of neither, summed (said OFFICE_NAME_VARIANTS, squeezedshared.test.ts)', async () => {
    const r = await both('vb-of-two.csv', [HEAD, 'Nam Định,Vụ Bản,300,250,3000,2500', 'Nam Định,Văn Bàn,200,150,2000,1500', 'Nam Định,VB,310,250,3000,2500']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('REPEATED_ROW');
    // by hand: 300 + 200 + 310 = 810, 250 + 150 + 250 = 650
    expect(total(r.stdout)).toEqual([3, '810', '650']);
  });

  test('a one-letter name ("V") and letters of no office ("AB") with Vụ Bản\'s figures: summed', async () => {
    const r = await both('letters.csv', [HEAD, 'Nam Định,Vụ Bản,300,250,3000,2500', 'Nam Định,V,300,250,3000,2500', 'Nam Định,AB,300,250,3000,2500']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // by hand: 300 × 3 = 900, 250 × 3 = 750
    expect(total(r.stdout)).toEqual([3, '900', '750']);
  });

  test('"Thành phố Nam Định" beside "NĐ" (the province\'s initials, no unit): summed', async () => {
    const r = await both('nd.csv', [HEAD, 'Nam Định,Thành phố Nam Định,100,80,1000,800', 'Nam Định,Vụ Bản,300,250,3000,2500', 'Nam Định,NĐ,100,80,1000,800']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('REPEATED_ROW');
    // by hand: 100 + 300 + 100 = 500, 80 + 250 + 80 = 410
    expect(total(r.stdout)).toEqual([3, '500', '410']);
  });
});
