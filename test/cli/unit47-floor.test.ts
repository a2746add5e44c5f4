// One district's file in another money unit than its peers' in a run of per-office files: its
// cells in đồng under "Đơn vị tính: việc; nghìn đồng" (every amount read 1000× too large), or its
// cells in nghìn đồng under "Đơn vị tính: việc; đồng" (1000× too small). Nothing in either file
// says so and money alone cannot tell (a district's 9.566 tỷ is a big province's), so it was summed,
// exit 0, no word. Money a case with conditions beside the other files' can: one file's 300× or
// more off the median of the run's files (3 or more, each 20 cases or more) is a warning,
// MONEY_UNIT_APART, at its busiest office's money cell, the hint naming its unit line
// (input/money-unit-doubt.ts moneyApartDoubts); --strict refuses it.
// By hand (Nam Định's Chi cục of 2019, money with conditions in nghìn đồng):
//   Mỹ Lộc  586 cases   9.565.824 nghìn = 9.565.824.000 đồng   → 16.323.931,7 đồng a case
//   Vụ Bản  655 cases  16.389.337 nghìn = 16.389.337.000 đồng  → 25.021.888,5 đồng a case
//   Ý Yên   298 cases   9.770.951 nghìn = 9.770.951.000 đồng   → 32.788.426,2 đồng a case
// (a) Mỹ Lộc written in đồng (9.565.824.266) under "nghìn đồng": 9.565.824.266.000 đồng,
//     16.323.932.194,5 đồng a case; the median of the three is Ý Yên's 32.788.426,2;
//     16.323.932.194,5 / 32.788.426,2 = 497,85 → "498×". Old output: TOTAL money with conditions
//     9.565.824.266.000 + 16.389.337.000 + 9.770.951.000 = 9.591.984.554.000, exit 0, stderr empty.
// (b) Vụ Bản's nghìn cells under "Đơn vị tính: việc; đồng": 16.389.337 đồng, 25.021,9 đồng a case;
//     median Mỹ Lộc's 16.323.931,7; 16.323.931,7 / 25.021,9 = 652,4 → "652×". TOTAL
//     9.565.824.000 + 16.389.337 + 9.770.951.000 = 19.353.164.337, exit 0, stderr empty.
// (c) Vụ Bản stating no unit at all (read in đồng, the default): the same numbers as (b).
// Controls: the three files alike (TOTAL 9.565.824.000 + 16.389.337.000 + 9.770.951.000 =
// 35.726.112.000, no warning); (a)'s two files alone (no median of three: no word); a Văn phòng Cục
// holding 100× a Chi cục's money a case (under 300×: no word); an office of 19 cases (not judged).
import { describe, expect, it } from 'vitest';
import { bothOnFiles, checkBoth, type Files } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const tree = fileTree('thads-unit47-floor-');
const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const NGHIN = 'Đơn vị tính: việc; nghìn đồng;;;;';
const DONG = 'Đơn vị tính: việc; đồng;;;;';
const office = (name: string, cases: string, resolved: string, money: string, moneyResolved: string, unit: string | null = NGHIN) => [...(unit === null ? [] : [unit]), HEAD, `1;Chi cục THADS huyện ${name};${cases};${resolved};${money};${moneyResolved}`];

const MY_LOC = office('Mỹ Lộc', '586', '533', '9.565.824', '8.009.734');
const VU_BAN = office('Vụ Bản', '655', '630', '16.389.337', '14.490.039');
const Y_YEN = office('Ý Yên', '298', '276', '9.770.951', '8.385.244');
const MY_LOC_IN_DONG = office('Mỹ Lộc', '586', '533', '9.565.824.266', '8.009.734.950');

let n = 0;
/** the files in a folder of their own (both readers), its name and the run */
async function run(files: Files, args: readonly string[] = []) {
  const sub = `run${++n}`;
  const named = Object.fromEntries(Object.entries(files).map(([name, lines]) => [`${sub}/${name}`, lines]));
  return { sub, r: await bothOnFiles(tree.dir, named, ['--format', 'csv', ...args]) };
}

const moneyWithConditions = (stdout: string) => {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = head!.indexOf('money_with_conditions');
  return Object.fromEntries(rows.map((r) => [r[head!.indexOf('district')], r[at]]));
};

describe('one office\'s file 1000× off its peers\' money a case: MONEY_UNIT_APART (was summed, exit 0, no word)', () => {
  it('(a) cells in đồng under "nghìn đồng": a warning at its money cell, the hint naming the unit line; the figures as read', async () => {
    const { sub, r } = await run({ 'My Loc 2019.csv': MY_LOC_IN_DONG, 'Vu Ban 2019.csv': VU_BAN, 'Y Yen 2019.csv': Y_YEN });
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['MONEY_UNIT_APART']);
    expect(r.stderr).toMatch(new RegExp(`^${sub}/My Loc 2019\\.csv:3:5: warning: .*read in nghìn đồng as the unit line above the header \\("Đơn vị tính: việc, nghìn đồng", ${sub}/My Loc 2019\\.csv:1:1\\) says, is 16323932195 đồng a case with conditions on average \\(9565824266000 đồng over 586 cases\\), 498× more than the median of the run's 3 files of 2019 \\(32788426 đồng a case\\).*1000× too large \\[MONEY_UNIT_APART\\]$`, 'm'));
    expect(r.stderr).toMatch(new RegExp(`^ {2}hint: if the cells are in đồng, correct the unit at ${sub}/My Loc 2019\\.csv:1:1 \\("Đơn vị tính: đồng"\\)$`, 'm'));
    expect(moneyWithConditions(r.stdout).TOTAL).toBe('9591984554000');
  });

  it('(a) --strict refuses it, and so does check --strict; the real binary says it too', async () => {
    const { sub, r } = await run({ 'My Loc 2019.csv': MY_LOC_IN_DONG, 'Vu Ban 2019.csv': VU_BAN, 'Y Yen 2019.csv': Y_YEN }, ['--strict']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['MONEY_UNIT_APART']);
    const c = await checkBoth(tree.dir, ['My Loc 2019.csv', 'Vu Ban 2019.csv', 'Y Yen 2019.csv'].map((f) => `${sub}/${f}`), ['--strict']);
    expect(c.code, c.stdout).toBe(1);
    expect(c.stdout).toContain('[MONEY_UNIT_APART]');
    const files = ['My Loc 2019.csv', 'Vu Ban 2019.csv', 'Y Yen 2019.csv'].map((f) => `${tree.dir}/${sub}/${f}`);
    const s = spawnThads(['summarize', ...files, '--format', 'csv']);
    expect(s.code, s.stderr).toBe(0);
    expect(stderrCodes(s.stderr)).toEqual(['MONEY_UNIT_APART']);
  });

  it('(b) cells in nghìn đồng under "đồng": a warning, 652× less, the hint naming the unit line', async () => {
    const { sub, r } = await run({ 'My Loc 2019.csv': MY_LOC, 'Vu Ban 2019.csv': [DONG, ...VU_BAN.slice(1)], 'Y Yen 2019.csv': Y_YEN });
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['MONEY_UNIT_APART']);
    expect(r.stderr).toMatch(new RegExp(`^${sub}/Vu Ban 2019\\.csv:3:5: warning: .*read in đồng .*is 25022 đồng a case with conditions on average \\(16389337 đồng over 655 cases\\), 652× less than the median of the run's 3 files of 2019 \\(16323932 đồng a case\\).*1000× too small \\[MONEY_UNIT_APART\\]$`, 'm'));
    expect(r.stderr).toMatch(new RegExp(`^ {2}hint: if the cells are in nghìn đồng, correct the unit at ${sub}/Vu Ban 2019\\.csv:1:1 \\("Đơn vị tính: nghìn đồng"\\)$`, 'm'));
    expect(moneyWithConditions(r.stdout).TOTAL).toBe('19353164337');
  });

  it('(c) no unit stated (read in đồng): a warning, the hint asking for a unit line', async () => {
    const { sub, r } = await run({ 'My Loc 2019.csv': MY_LOC, 'Vu Ban 2019.csv': VU_BAN.slice(1), 'Y Yen 2019.csv': Y_YEN });
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['MONEY_UNIT_APART']);
    expect(r.stderr).toMatch(new RegExp(`^${sub}/Vu Ban 2019\\.csv:2:5: warning: .*read in đồng as no unit line or header unit states any \\(the default\\).*652× less`, 'm'));
    expect(r.stderr).toMatch(/^ {2}hint: state the unit the cells are written in: a line "Đơn vị tính: nghìn đồng" above the header$/m);
  });
});

describe('controls: no word', () => {
  it('the three files alike', async () => {
    const { r } = await run({ 'My Loc 2019.csv': MY_LOC, 'Vu Ban 2019.csv': VU_BAN, 'Y Yen 2019.csv': Y_YEN });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(moneyWithConditions(r.stdout)).toEqual({ 'Chi cục THADS huyện Mỹ Lộc': '9565824000', 'Chi cục THADS huyện Vụ Bản': '16389337000', 'Chi cục THADS huyện Ý Yên': '9770951000', TOTAL: '35726112000' });
  });

  it('two files only: no median to set one beside', async () => {
    const { r } = await run({ 'My Loc 2019.csv': MY_LOC_IN_DONG, 'Vu Ban 2019.csv': VU_BAN });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('a Văn phòng Cục at 100× a Chi cục\'s money a case (its big cases): under 300×', async () => {
    // 60 cases × 100 × 25.021.888,5 đồng ≈ 150.131.331 nghìn: 150.131.331.000 / 60 = 2.502.188.850 đồng a case;
    // the median (4 files: 16.323.931,7; 25.021.888,5; 32.788.426,2; 2.502.188.850) is (25.021.888,5 + 32.788.426,2) / 2 = 28.905.157,4;
    // 2.502.188.850 / 28.905.157,4 = 86,6×
    const vp = [NGHIN, HEAD, '1;Văn phòng Cục THADS tỉnh Nam Định;60;41;150.131.331;90.000.000'];
    const { r } = await run({ 'My Loc 2019.csv': MY_LOC, 'Vu Ban 2019.csv': VU_BAN, 'Y Yen 2019.csv': Y_YEN, 'Van phong Cuc 2019.csv': vp });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('an office of 19 cases with conditions is not judged', async () => {
    const few = office('Mỹ Lộc', '19', '10', '9.565.824.266', '8.009.734.950');
    const { r } = await run({ 'My Loc 2019.csv': few, 'Vu Ban 2019.csv': VU_BAN, 'Y Yen 2019.csv': Y_YEN });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});
