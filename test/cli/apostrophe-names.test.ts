// An apostrophe inside an office's name typed two ways (traps21 apos): Đắk Lắk's "Cư M'gar"
// (straight apostrophe) in its table and "Cư M’gar" (U+2019) in the resent file were two
// offices, TOTAL 1500 / 1270, exit 0 — while "Ea H'leo" / "Ea H’leo" across files was refused
// DUPLICATE_INPUT. The straight one, ’ ‘ ʼ, a backtick, a space after it: one name, keyed alike
// everywhere (names.ts foldName), so the resend is a repeat and, in one file, one office's rows.
// Every figure below is a hand sum.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { totalCells } from '../helpers/key-rows.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir } = fileTree('thads-apostrophe-names-');

const HEAD = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ';
const TABLE = [HEAD, 'Đắk Lắk,"Cư M\'gar",700,600,10', 'Đắk Lắk,Zeta,100,50,0'];
const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);

describe('an apostrophe typed two ways in one office\'s name (both readers)', () => {
  it.each([['Cư M’gar'], ['Cư Mʼgar'], ['Cư M‘gar'], ['Cư M`gar'], ["Cư M' gar"]])('"%s" resent beside "Cư M\'gar": DUPLICATE_INPUT (before: TOTAL 1500, exit 0)', async (name) => {
    const sub = `resend${[...name].map((c) => c.codePointAt(0)).join('')}`;
    const r = await bothOnFiles(join(dir, sub), { 'dak-lak-2019.csv': TABLE, 'dak-lak-2019 (gửi lại).csv': [HEAD, `Đắk Lắk,"${name}",700,600,10`] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`dak-lak-2019 (gửi lại).csv:2: error: cases of "${name}" (2019) are given again: dak-lak-2019.csv:2 already gave them`);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('in one file, the two spellings are one office\'s two rows, summed with DUPLICATE_OFFICE', async () => {
    const r = await bothOnFiles(join(dir, 'one'), { 'dak-lak-2019.csv': [HEAD, 'Đắk Lắk,"Cư M\'gar",700,600,10', 'Đắk Lắk,Krông Búk,300,200,5', 'Đắk Lắk,"Cư M’gar",20,10,0'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('office "Cư M\'gar" appears on 2 rows (first on line 2), which are added together [DUPLICATE_OFFICE]');
    // one office: 700 + 20 = 720 with conditions, (600 + 10) + (10 + 0) = 620 resolved
    expect(r.stdout).toContain('Đắk Lắk,Cư M\'gar,2019,,,,,,,720,610,10,');
    // 720 + 300 = 1020; 620 + (200 + 5) = 825
    expect(total(r.stdout)).toEqual(['1020', '825']);
  });

  it('control: a table of one "Cư M\'gar" sums as before', async () => {
    const r = await bothOnFiles(join(dir, 'control'), { 'dak-lak-2019.csv': [HEAD, 'Đắk Lắk,"Cư M\'gar",700,600,10', 'Đắk Lắk,Krông Búk,300,200,5'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 700 + 300 = 1000; 610 + 205 = 815
    expect(total(r.stdout)).toEqual(['1000', '815']);
  });
});
