// The unit's kind in brackets after its place (traps21 bavi-huyen): Hà Nội's table gives "Ba Vì"
// 700 / 600 / 10 and "Mê Linh" 100 / 50 / 0; a resent file gives "Ba Vì (huyện)" 700 / 600 / 10.
// thads listed both, TOTAL 1500 / 1270, exit 0. "Ba Vì (huyện)" is "Huyện Ba Vì" (office-names.ts
// KIND_AFTER): the resend is refused as "Huyện Ba Vì"'s is (DUPLICATE_INPUT), and in one file the
// pair is said as "Ba Vì" / "Huyện Ba Vì" is (OFFICE_NAME_VARIANTS); a kind in brackets that
// differs from the other's ("Long Mỹ (thị xã)" beside "Huyện Long Mỹ") keeps two offices. Every
// figure below is a hand sum.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { totalCells } from '../helpers/key-rows.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir } = fileTree('thads-unit-kind-after-');

const HEAD = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ';
const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);
/** the province's table: `name` 700 / 600 / 10, Mê Linh 100 / 50 / 0 */
const table = (province: string, name: string) => [HEAD, `${province},"${name}",700,600,10`, `${province},Mê Linh,100,50,0`];
const resent = (province: string, name: string, figures: string) => [HEAD, `${province},"${name}",${figures}`];

/** [province, the table's name, the resend's name] */
type Pair = readonly [province: string, earlier: string, later: string];
const HN = 'Hà Nội';
const ONE_OFFICE: readonly Pair[] = [
  [HN, 'Ba Vì', 'Ba Vì (huyện)'],
  [HN, 'Huyện Ba Vì', 'Ba Vì (huyen)'],
  [HN, 'Thị xã Sơn Tây', 'Sơn Tây (thị xã)'],
  [HN, 'Quận Ba Đình', 'Ba Đình (quận)'],
  ['Đồng Tháp', 'Thành phố Cao Lãnh', 'Cao Lãnh (TP)'],
  ['Đồng Tháp', 'TP. Sa Đéc', 'Sa Đéc (thành phố)'],
];

describe('"(huyện)", "(thị xã)", "(quận)", "(TP)" after the place: that unit of it (both readers)', () => {
  it.each(ONE_OFFICE.map((p, i) => [...p, i] as const))('%s: "%s" in the table, "%s" resent: DUPLICATE_INPUT (before: TOTAL 1500, exit 0)', async (province, earlier, later, i) => {
    const r = await bothOnFiles(join(dir, `same${i}`), { 'a-2019.csv': table(province, earlier), 'b-2019.csv': resent(province, later, '700,600,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`b-2019.csv:2: error: cases of "${later}" (2019) are given again: a-2019.csv:2 already gave them as "${earlier}"; figures are never added across files [DUPLICATE_INPUT]`);
  });

  it('"Ba Vì (huyện)" with figures of its own (720 / 610 / 10): its cases given again all the same, as "Huyện Ba Vì"\'s are', async () => {
    const r = await bothOnFiles(join(dir, 'own'), { 'a-2019.csv': table(HN, 'Ba Vì'), 'b-2019.csv': resent(HN, 'Ba Vì (huyện)', '720,610,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('b-2019.csv:2: error: cases of "Ba Vì (huyện)" (2019) are given again: a-2019.csv:2 already gave them as "Ba Vì"');
  });

  it.each(ONE_OFFICE.map((p, i) => [...p, i] as const))('%s: "%s" and "%s" in ONE file: OFFICE_NAME_VARIANTS, as "Ba Vì" / "Huyện Ba Vì"', async (province, earlier, later, i) => {
    const r = await bothOnFiles(join(dir, `one${i}`), { 'a-2019.csv': [...table(province, earlier), `${province},"${later}",20,10,0`] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`a-2019.csv:4: warning: "${later}" and "${earlier}" (line 2) may be one office written two ways: they are counted as two offices [OFFICE_NAME_VARIANTS]`);
    // 700 + 100 + 20 = 820; 610 + 50 + 10 = 670
    expect(total(r.stdout)).toEqual(['820', '670']);
  });
});

const TWO_OFFICES: readonly Pair[] = [
  ['Hậu Giang', 'Huyện Long Mỹ', 'Long Mỹ (thị xã)'],
  ['Đồng Tháp', 'Cao Lãnh (huyện)', 'Cao Lãnh (TP)'],
  [HN, 'Ba Vì (huyện)', 'Ba Đình (quận)'],
];

describe('control: kinds that differ, or places that do, stay two offices', () => {
  it.each(TWO_OFFICES.map((p, i) => [...p, i] as const))('%s: "%s" and "%s" in two files: summed, no warning', async (province, earlier, later, i) => {
    const r = await bothOnFiles(join(dir, `two${i}`), { 'a-2019.csv': table(province, earlier), 'b-2019.csv': resent(province, later, '700,600,10') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 700 + 100 + 700 = 1500; 610 + 50 + 610 = 1270
    expect(total(r.stdout)).toEqual(['1500', '1270']);
  });

  it.each(TWO_OFFICES.map((p, i) => [...p, i] as const))('%s: "%s" and "%s" in one file: summed, no warning', async (province, earlier, later, i) => {
    const r = await bothOnFiles(join(dir, `twoone${i}`), { 'a-2019.csv': [...table(province, earlier), `${province},"${later}",20,10,0`] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 700 + 100 + 20 = 820; 610 + 50 + 10 = 670
    expect(total(r.stdout)).toEqual(['820', '670']);
  });
});
