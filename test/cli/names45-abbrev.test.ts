// An office written with its place's first word by its initial: "H.V.Bản", "H. V.Bản" for
// "Huyện Vụ Bản". The fault: beside "Huyện Vụ Bản" in one file it was a second office — the same
// figures (a row pasted twice) added, exit 0 (TOTAL 1500, right 1200), figures of its own without
// a word. Right: a bare initials cell's rule (office-names.ts initialsWritten, initialsTwins), its
// full words checked against the office's last ones: REPEATED_ROW for a copy, OFFICE_NAME_VARIANTS
// for figures of its own; "H.V.Bảo" is no Vụ Bản. Across files an abbreviated name, as a bare
// initials cell "VB", is still compared with nothing (left: see the session's report).
import { describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { totalCells } from '../helpers/key-rows.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir } = fileTree('thads-names45-abbrev-');

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// Nam Định 2019 (two of its offices): with conditions 900 + 300 = 1200; resolved 720 + 210 = 930
const NAM_DINH = [HEAD, '1,Thành phố Nam Định,900,720', '2,Huyện Vụ Bản,300,210'];

/** the TOTAL row's cases with conditions and resolved */
const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);

describe('"H.V.Bản" beside "Huyện Vụ Bản" in one file (both readers)', () => {
  it.each([['H.V.Bản'], ['H. V.Bản'], ['H.V. Bản']])('"%s" with the same figures: a row pasted twice, refused (before: TOTAL 1500, exit 0)', async (office) => {
    const r = await bothOnFiles(`${dir}/a${office.length}${office.indexOf(' ')}`, { 'nam-dinh-2019.csv': [...NAM_DINH, `3,${office},300,210`] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
    expect(r.stderr).toContain(`nam-dinh-2019.csv:4:2: error: line 4 repeats line 3: office "${office}"`);
  });

  it('"H. V.Bản" with figures of its own: OFFICE_NAME_VARIANTS, summed', async () => {
    const r = await bothOnFiles(`${dir}/b`, { 'nam-dinh-2019.csv': [...NAM_DINH, '3,H. V.Bản,250,200'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 1200 + 250 = 1450; 930 + 200 = 1130
    expect(total(r.stdout)).toEqual(['1450', '1130']);
    expect(r.stderr).toContain('nam-dinh-2019.csv:4: warning: "H. V.Bản" and "Huyện Vụ Bản" (line 3) may be one office written two ways');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
  });

  it('control: "H.V.Bảo" (other full words) beside "Huyện Vụ Bản" is an office of its own, nothing said', async () => {
    const r = await bothOnFiles(`${dir}/c`, { 'hai-phong-2019.csv': [HEAD, '1,Huyện Vụ Bản,300,210', '2,H.V.Bảo,300,210'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 300 + 300 = 600; 210 + 210 = 420
    expect(total(r.stdout)).toEqual(['600', '420']);
  });

  it('control: "H.V.Bản" alone beside other offices is read as before', async () => {
    const r = await bothOnFiles(`${dir}/d`, { 'nam-dinh-2019.csv': [HEAD, '1,Thành phố Nam Định,900,720', '2,H.V.Bản,300,210'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 900 + 300 = 1200; 720 + 210 = 930
    expect(total(r.stdout)).toEqual(['1200', '930']);
  });
});
