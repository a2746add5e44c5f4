// One office spelled two ways in two files (traps21 buk): Đắk Lắk's table gives "Krông Búk"
// 700 / 600 / 10 and "Zeta" 100 / 50 / 0; a resent file gives "Krông Buk" (one accent lost)
// 700 / 600 / 10. thads summed three offices, TOTAL 1500 / 1270, exit 0, and `check --strict`
// found nothing — while the same pair in ONE file is OFFICE_NAME_VARIANTS. Across files the
// within-file rule now applies (office-registry.ts variantOf): every figure equal, a resend,
// refused DUPLICATE_INPUT as the exact name's is; figures of its own, the same warning as within
// a file (fatal under --strict). Every figure below is a hand sum.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothOnFiles, checkBoth } from '../helpers/both-readers.js';
import { totalCells } from '../helpers/key-rows.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir } = fileTree('thads-name-variants-across-');

const HEAD = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ';
const TABLE = [HEAD, 'Đắk Lắk,"Krông Búk",700,600,10', 'Đắk Lắk,Zeta,100,50,0'];
const resent = (province: string, name: string, figures: string) => [HEAD, `${province},"${name}",${figures}`];
const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);

describe('an office of one file written another way in another file (both readers)', () => {
  it('"Krông Buk" with every figure of "Krông Búk": DUPLICATE_INPUT at the resent row (before: TOTAL 1500 / 1270, exit 0)', async () => {
    const r = await bothOnFiles(join(dir, 'same'), { 'dak-lak-2019.csv': TABLE, 'krong-buk-2019.csv': resent('Đắk Lắk', 'Krông Buk', '700,600,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('krong-buk-2019.csv:2: error: cases of "Krông Buk" (2019) are given again: dak-lak-2019.csv:2 already gave them as "Krông Búk"; figures are never added across files [DUPLICATE_INPUT]');
    expect(r.stderr).toContain('hint: remove the copy; "Krông Búk" and "Krông Buk" are one office written two ways');
  });

  it('the resent file first: the table\'s row is the repeat', async () => {
    const r = await bothOnFiles(join(dir, 'first'), { 'a-krong-buk-2019.csv': resent('Đắk Lắk', 'Krông Buk', '700,600,10'), 'b-dak-lak-2019.csv': TABLE }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('b-dak-lak-2019.csv:2: error: cases of "Krông Búk" (2019) are given again: a-krong-buk-2019.csv:2 already gave them as "Krông Buk"');
  });

  it('"KRÔNG BÚK" (case only) is the same name: DUPLICATE_INPUT', async () => {
    const r = await bothOnFiles(join(dir, 'caps'), { 'dak-lak-2019.csv': TABLE, 'gui-lai-2019.csv': resent('Đắk Lắk', 'KRÔNG BÚK', '700,600,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('"Krông Buk" with figures of its own (720 / 610 / 10): OFFICE_NAME_VARIANTS as within a file, summed as two; refused under --strict', async () => {
    const files = { 'dak-lak-2019.csv': TABLE, 'krong-buk-2019.csv': resent('Đắk Lắk', 'Krông Buk', '720,610,10') };
    const r = await bothOnFiles(join(dir, 'own'), files, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('krong-buk-2019.csv:2: warning: "Krông Buk" and "Krông Búk" (dak-lak-2019.csv:2) may be one office written two ways: they are counted as two offices [OFFICE_NAME_VARIANTS]');
    // 700 + 100 + 720 = 1520; (600 + 10) + 50 + (610 + 10) = 1280
    expect(total(r.stdout)).toEqual(['1520', '1280']);
    const strict = await bothOnFiles(join(dir, 'own'), files, ['--format', 'csv', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    const c = await checkBoth(join(dir, 'own'), Object.keys(files), ['--strict']);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('[OFFICE_NAME_VARIANTS]');
  });

  it('control: "Krông Buk" of another province (Gia Lai) is another office, summed without a word', async () => {
    const r = await bothOnFiles(join(dir, 'other'), { 'dak-lak-2019.csv': TABLE, 'gia-lai-2019.csv': resent('Gia Lai', 'Krông Buk', '700,600,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 700 + 100 + 700 = 1500; 610 + 50 + 610 = 1270
    expect(total(r.stdout)).toEqual(['1500', '1270']);
  });

  it('control: two offices whose names differ beyond marks (Krông Búk, Krông Bông) are two, without a word', async () => {
    const r = await bothOnFiles(join(dir, 'two'), { 'dak-lak-2019.csv': TABLE, 'krong-bong-2019.csv': resent('Đắk Lắk', 'Krông Bông', '700,600,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout)).toEqual(['1500', '1270']);
  });
});
