// One file giving one office's row twice, the second under its name squeezed — run together
// ("VuBan", "H.VuBan", "TPNĐ") or one word without marks or spaces ("vuban", "VUBAN") — with the
// same figures: a row pasted twice from a script's or an e-mail's copy. It was summed twice with
// exit 0 (Mỹ Lộc 100/80, Vụ Bản 300/250, VuBan 300/250 → TOTAL 700/580 where the file holds
// 400/330), OFFICE_NAME_VARIANTS its only word where it said one, nothing for "vuban". Right:
// refused as the other spellings of one office are, REPEATED_ROW (repeated-rows.ts rule 2,
// joinedTwins), by both readers (the fast one hands it over: office-sums.ts joinedTwins).
// Controls: figures that differ keep today's reading (warning, summed); one name in two
// provinces is two offices; distinct offices say nothing.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-joinedsame-');

const HEAD = 'STT,Đơn vị,Có điều kiện,Đã giải quyết xong';
const WIDE = 'province,district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved';
function run(path: string, args: string[] = ['--province', 'Nam Định']) {
  const r = spawnThads(['summarize', path, '--format', 'json', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
const total = (stdout: string) => {
  const j = JSON.parse(stdout) as { groups: unknown[]; total: { cases: { withConditions: string; resolved: string } } };
  return [j.groups.length, j.total.cases.withConditions, j.total.cases.resolved];
};

describe('one office row pasted twice, the second under its name squeezed', () => {
  test.each(['VuBan', 'vuban', 'VUBAN', 'H.VuBan', 'Huyện VuBan'])('"%s" beside "Vụ Bản", the same figures, no STT: REPEATED_ROW, exit 1 (was summed, 700/580)', (variant) => {
    // by hand the file holds Mỹ Lộc 100/80 + Vụ Bản 300/250 = 400/330; added it would be 700/580
    const rows = [WIDE, 'Nam Định,Mỹ Lộc,100,80,1000,800', 'Nam Định,Vụ Bản,300,250,3000,2500', `Nam Định,${variant},300,250,3000,2500`];
    const r = run(file('nam-dinh-2024.csv', rows), []);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
    expect(r.stderr).toContain(`nam-dinh-2024.csv:4:2: error: line 4 repeats line 3: office "${variant}" and every figure the same`);
    expect(r.stdout).toBe('');
  });

  test.each([
    ['VuBan', 4, 3],
    ['vuban', 4, 3],
    ['TPNĐ', 4, 1],
    ['MyLoc', 4, 2],
  ])('numbered: "%s" with an earlier office\'s figures, renumbered: REPEATED_ROW at line %i', (variant, line, stt) => {
    const figures = { 1: '100,80', 2: '200,150', 3: '300,250' }[stt]!;
    const rows = [HEAD, '1,Thành phố Nam Định,100,80', '2,Mỹ Lộc,200,150', '3,Vụ Bản,300,250', `4,${variant},${figures}`];
    const r = run(file('nam-dinh-viec-2024.csv', rows));
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
    expect(r.stderr).toContain(`nam-dinh-viec-2024.csv:${line + 1}:2: error: line ${line + 1} repeats line ${stt + 1}: office "${variant}" and every figure the same, renumbered 4`);
  });

  test('.xlsx twin: "VuBan" beside "Vụ Bản", the same figures: REPEATED_ROW, exit 1', async () => {
    const lines = ['STT;Đơn vị;Có điều kiện;Đã giải quyết xong', '1;Thành phố Nam Định;100;80', '2;Mỹ Lộc;200;150', '3;Vụ Bản;300;250', '4;VuBan;300;250'];
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-viec-2024.xlsx', lines, ['--format', 'json', '--province', 'Nam Định']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
    expect(r.stderr).toMatch(/"VuBan" and every figure the same/);
  });
});

describe('controls: read as today', () => {
  test('"VuBan" beside "Vụ Bản" with figures that differ: OFFICE_NAME_VARIANTS, both counted', () => {
    const rows = [HEAD, '1,Thành phố Nam Định,100,80', '2,Mỹ Lộc,200,150', '3,Vụ Bản,300,250', '4,VuBan,310,250'];
    const r = run(file('nam-dinh-viec-2024.csv', rows));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    // by hand: 100+200+300+310 = 910, 80+150+250+250 = 730
    expect(total(r.stdout)).toEqual([4, '910', '730']);
  });

  test('"vuban" beside "Vụ Bản" with figures that differ: OFFICE_NAME_VARIANTS as for "VuBan" (was: nothing said), both counted', () => {
    const rows = [HEAD, '1,Thành phố Nam Định,100,80', '2,Mỹ Lộc,200,150', '3,Vụ Bản,300,250', '4,vuban,120,90'];
    const r = run(file('nam-dinh-viec-2024.csv', rows));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toContain('nam-dinh-viec-2024.csv:5: warning: "vuban" and "Vụ Bản" (line 4) may be one office written two ways');
    // by hand: 100+200+300+120 = 720, 80+150+250+90 = 570
    expect(total(r.stdout)).toEqual([4, '720', '570']);
  });

  test('"Vinh" (one word without marks, a city\'s own name) beside "Nghi Lộc" and "Cửa Lò": distinct offices, nothing said', () => {
    const rows = [HEAD, '1,Vinh,100,80', '2,Nghi Lộc,200,150', '3,Cửa Lò,300,250'];
    const r = run(file('nghe-an-viec-2024.csv', rows), ['--province', 'Nghệ An']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // by hand: 100+200+300 = 600, 80+150+250 = 480
    expect(total(r.stdout)).toEqual([3, '600', '480']);
  });

  test('"Tân Châu" of An Giang and "TanChau" of Tây Ninh, the same figures: two offices, summed', () => {
    const rows = [WIDE, 'An Giang,Tân Châu,300,250,3000,2500', 'Tây Ninh,TanChau,300,250,3000,2500'];
    const r = run(file('hai-tinh-2024.csv', rows), []);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('REPEATED_ROW');
    // by hand: 300+300 = 600, 250+250 = 500
    expect(total(r.stdout)).toEqual([2, '600', '500']);
  });

  test('"NamTruc" beside "Trực Ninh", the same figures: two offices, summed', () => {
    const rows = [HEAD, '1,NamTruc,100,80', '2,Trực Ninh,100,80', '3,Vụ Bản,300,250'];
    const r = run(file('nam-dinh-viec-2024.csv', rows));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('REPEATED_ROW');
    // by hand: 100+100+300 = 500, 80+80+250 = 410
    expect(total(r.stdout)).toEqual([3, '500', '410']);
  });
});
