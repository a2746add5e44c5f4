// One file naming one office two ways where the second runs its words together or writes a city
// as its province's initials: "Mỹ Lộc" beside "MyLoc", "Thành phố Nam Định" beside "TP.NĐ" / "TPNĐ"
// (a row pasted from an e-mailed or script-made copy). Across files these were made
// DUPLICATE_INPUT (joinedname.test.ts); within one file they were two offices with no word said —
// the office count and the ranks wrong, and the total summed twice where the row is a corrected
// copy, exit 0. Right: said as OFFICE_NAME_VARIANTS, as "TP Nam Dinh" beside "Thành phố Nam Định"
// already was (counted as two, the warning names both lines). Controls: distinct offices ("Nam
// Trực", "Trực Ninh") say nothing; a thị xã and a huyện of one name are not joined.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-joinedvariants-');

const HEAD = 'STT,Đơn vị,Có điều kiện,Đã giải quyết xong';
function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json', '--province', 'Nam Định'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
const total = (stdout: string) => {
  const j = JSON.parse(stdout) as { groups: unknown[]; total: { cases: { withConditions: string; resolved: string } } };
  return [j.groups.length, j.total.cases.withConditions, j.total.cases.resolved];
};

describe('one office written two ways in one file, run together or by initials', () => {
  test.each([
    ['TP.NĐ', 'Thành phố Nam Định', 2],
    ['TPNĐ', 'Thành phố Nam Định', 2],
    ['MyLoc', 'Mỹ Lộc', 3],
    ['MỹLộc', 'Mỹ Lộc', 3],
  ])('"%s" beside "%s": OFFICE_NAME_VARIANTS at its line naming the other\'s (was silent)', (variant, office, officeLine) => {
    // by hand: 100+200+300 = 600 with conditions, 80+150+250 = 480 resolved, plus the variant's 120 / 90 (counted, as said)
    const rows = [HEAD, '1,Thành phố Nam Định,100,80', '2,Mỹ Lộc,200,150', '3,Vụ Bản,300,250', `4,${variant},120,90`];
    const r = run(file('nam-dinh-viec-2024.csv', rows));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toContain(`nam-dinh-viec-2024.csv:5: warning: "${variant}" and "${office}" (line ${officeLine}) may be one office written two ways`);
    expect(total(r.stdout)).toEqual([4, '720', '570']);
  });

  test('.xlsx twin: "MyLoc" beside "Mỹ Lộc" said at row 5', async () => {
    const lines = ['STT;Đơn vị;Có điều kiện;Đã giải quyết xong', '1;Thành phố Nam Định;100;80', '2;Mỹ Lộc;200;150', '3;Vụ Bản;300;250', '4;MyLoc;120;90'];
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-viec-2024.xlsx', lines, ['--format', 'json', '--province', 'Nam Định']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toMatch(/"MyLoc" and "Mỹ Lộc" \(row 3\) may be one office written two ways/);
  });
});

describe('controls: distinct offices say nothing', () => {
  test('Nam Trực, Trực Ninh, Nghĩa Hưng, Hải Hậu: no variant', () => {
    const rows = [HEAD, '1,Nam Trực,100,80', '2,Trực Ninh,200,150', '3,Nghĩa Hưng,300,250', '4,Hải Hậu,120,90'];
    const r = run(file('nam-dinh-viec-2024.csv', rows));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // by hand: 100+200+300+120 = 720, 80+150+250+90 = 570
    expect(total(r.stdout)).toEqual([4, '720', '570']);
  });

  test('"Thị xã Phú Thọ" beside "Huyện Phù Ninh": two offices, no variant', () => {
    const rows = [HEAD, '1,Thị xã Phú Thọ,100,80', '2,Huyện Phù Ninh,200,150'];
    const r = spawnThads(['summarize', file('phu-tho-viec-2024.csv', rows), '--format', 'json', '--province', 'Phú Thọ'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});
