// One office under two spellings that OFFICE_NAME_VARIANTS' rule did not read as one (traps21 bmt,
// krongpac, apos): Đắk Lắk's table gives "Buôn Ma Thuột" 700 / 600 / 10 and "Zeta" 100 / 50 /
// 0; a resent file gives "Buôn Mê Thuột" 700 / 600 / 10. thads listed both, TOTAL 1500 / 1270,
// exit 0. Likewise "Krông Pắc" / "Krông Pắk" (a final c written k), "Cư M'gar" / "Cư Mgar" (the
// apostrophe left out). Now each resend is refused as "Krông Búk" / "Krông Buk" is (DUPLICATE_INPUT),
// with figures of its own said (OFFICE_NAME_VARIANTS), and in one file the pair is said as that
// pair is; different offices stay apart without a word. Every figure below is a hand sum.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { totalCells } from '../helpers/key-rows.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir } = fileTree('thads-name-spellings-');

const HEAD = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ';
const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);
/** the province's table: `name` 700 / 600 / 10, Zeta 100 / 50 / 0 */
const table = (province: string, name: string) => [HEAD, `${province},"${name}",700,600,10`, `${province},Zeta,100,50,0`];
const resent = (province: string, name: string, figures: string) => [HEAD, `${province},"${name}",${figures}`];

/** [province, the table's name, the resend's name] */
type Pair = readonly [province: string, earlier: string, later: string];
const DL = 'Đắk Lắk';
const HN = 'Hà Nội';
const ONE_OFFICE: readonly Pair[] = [
  // one city's known other names (traps21 bmt)
  [DL, 'Buôn Ma Thuột', 'Buôn Mê Thuột'],
  [DL, 'Buôn Ma Thuột', 'Ban Mê Thuột'],
  [DL, 'Thành phố Buôn Ma Thuột', 'TP. Buôn Mê Thuột'],
  // a syllable's final c written k (traps21 krongpac)
  [DL, 'Krông Pắc', 'Krông Pắk'],
  [DL, 'Krông Búk', 'Krông Búc'],
  [DL, 'Huyện Lắk', 'Huyện Lắc'],
  // an apostrophe left out (traps21 apos)
  [DL, "Cư M'gar", 'Cư Mgar'],
  [DL, "Ea H'leo", 'Ea Hleo'],
  [DL, "M'Đrắk", 'MĐrắk'],
];
const sub = (tag: string, i: number) => join(dir, `${tag}${i}`);

describe('one office under two spellings in two files, every figure the same (both readers)', () => {
  it.each(ONE_OFFICE.map((p, i) => [...p, i] as const))('%s: "%s" in the table, "%s" resent: DUPLICATE_INPUT (before: TOTAL 1500, exit 0)', async (province, earlier, later, i) => {
    const r = await bothOnFiles(sub('same', i), { 'a-2019.csv': table(province, earlier), 'b-2019.csv': resent(province, later, '700,600,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`b-2019.csv:2: error: cases of "${later}" (2019) are given again: a-2019.csv:2 already gave them as "${earlier}"; figures are never added across files [DUPLICATE_INPUT]`);
  });
});

describe('one office under two spellings in two files, figures of its own', () => {
  it.each([[DL, 'Buôn Ma Thuột', 'Buôn Mê Thuột'], [DL, 'Krông Pắc', 'Krông Pắk'], [DL, "Cư M'gar", 'Cư Mgar']] as const)('%s: "%s", "%s" 720 / 610 / 10: OFFICE_NAME_VARIANTS, as "Krông Búk" / "Krông Buk"', async (province, earlier, later) => {
    const r = await bothOnFiles(join(dir, `own-${later}`), { 'a-2019.csv': table(province, earlier), 'b-2019.csv': resent(province, later, '720,610,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`b-2019.csv:2: warning: "${later}" and "${earlier}" (a-2019.csv:2) may be one office written two ways: they are counted as two offices [OFFICE_NAME_VARIANTS]`);
    // 700 + 100 + 720 = 1520; (600 + 10) + 50 + (610 + 10) = 1280
    expect(total(r.stdout)).toEqual(['1520', '1280']);
  });
});

describe('one office under two spellings in ONE file: said as "Krông Búk" / "Krông Buk" are', () => {
  it.each(ONE_OFFICE.map((p, i) => [...p, i] as const))('%s: "%s" 700 / 600 / 10, Zeta, "%s" 20 / 10 / 0: OFFICE_NAME_VARIANTS', async (province, earlier, later, i) => {
    const r = await bothOnFiles(sub('one', i), { 'a-2019.csv': [...table(province, earlier), `${province},"${later}",20,10,0`] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`a-2019.csv:4: warning: "${later}" and "${earlier}" (line 2) may be one office written two ways: they are counted as two offices [OFFICE_NAME_VARIANTS]`);
    // 700 + 100 + 20 = 820; 610 + 50 + 10 = 670
    expect(total(r.stdout)).toEqual(['820', '670']);
  });
});

// Different offices whose names are near: two offices, summed without a word, in two files and in one.
const TWO_OFFICES: readonly Pair[] = [
  [DL, 'Krông Pắc', 'Krông Ana'],
  [DL, 'Ea Kar', 'Ea Súp'],
  [DL, 'Buôn Đôn', 'Buôn Hồ'],
  [DL, "Cư M'gar", 'Cư Kuin'],
  [DL, 'Krông Búk', 'Krông Bông'],
  [DL, 'Buôn Ma Thuột', 'Buôn Đôn'],
  ['TP. Hồ Chí Minh', 'Quận 1', 'Quận 11'],
  [HN, 'Ba Vì', 'Ba Đình'],
];

describe('control: near names of two offices stay two', () => {
  it.each(TWO_OFFICES.map((p, i) => [...p, i] as const))('%s: "%s" and "%s" in two files: summed, no warning', async (province, earlier, later, i) => {
    const r = await bothOnFiles(sub('two', i), { 'a-2019.csv': table(province, earlier), 'b-2019.csv': resent(province, later, '700,600,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 700 + 100 + 700 = 1500; 610 + 50 + 610 = 1270
    expect(total(r.stdout)).toEqual(['1500', '1270']);
  });

  it.each(TWO_OFFICES.map((p, i) => [...p, i] as const))('%s: "%s" and "%s" in one file: summed, no warning', async (province, earlier, later, i) => {
    const r = await bothOnFiles(sub('twoone', i), { 'a-2019.csv': [...table(province, earlier), `${province},"${later}",20,10,0`] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 700 + 100 + 20 = 820; 610 + 50 + 10 = 670
    expect(total(r.stdout)).toEqual(['820', '670']);
  });
});
