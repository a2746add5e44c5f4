// A Cục's table opening with its total and its two levels' subtotals, then the offices (work101d
// 02): read right only where the district level was labelled "Cấp huyện" / "Cấp khu vực". Worded
// "Cộng khối tỉnh" / "Cộng các Chi cục" (or "Cộng các Phòng", "Khối huyện", "- Các Phòng"…) the
// levels were matched to the office rows by position: DECLARED_TOTAL_MISMATCH "adds up to 600"
// for 700, exit 1. Right: the levels' words in a Cục's other wordings are the same two levels.
// Offices lettered "a)", "b)" under Roman sections "I | Cấp tỉnh", "II | Cấp huyện" (work101d 05)
// were refused NOT_AN_OFFICE "no row above is numbered as an item": the Roman section is that
// item. Controls: lettered rows under a numbered office with figures stay its breakdown, refused.
// Totals below worked out by hand from the rows.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-levelwords-');

const title = (year: number) => [
  year >= 2025 ? 'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH' : 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC',
  year >= 2025 ? 'Năm 2026 (từ 01/10/2025 đến 30/9/2026)' : 'Năm 2019 (từ 01/10/2018 đến 30/9/2019)',
  ';;;;;;;;;;;;;;;;Đơn vị tính: việc',
  'STT;Đơn vị;Tổng số thụ lý;;;Ủy thác;Thu hồi, hủy quyết định THA;Tổng số phải thi hành;Có điều kiện thi hành;;;;;;;Chưa có điều kiện;Tỷ lệ (%)',
  ';;Tổng số;Năm trước chuyển sang;Mới thụ lý;;;;Tổng số;Thi hành xong;Đình chỉ;Đang thi hành;Hoãn;Tạm đình chỉ;Trường hợp khác;;',
];
// 2019: 100 + 300 + 200 + 200 = 800; có điều kiện 70 + 190 + 138 + 170 = 568; xong 50+5 + 150+20 + 100+10 + 120+15 = 470
const F19 = {
  all: '800;270;530;3;4;793;568;420;50;70;12;5;11;225;',
  own: '100;40;60;0;0;100;70;50;5;10;2;1;2;30;',
  districts: '700;230;470;3;4;693;498;370;45;60;10;4;9;195;',
  offices: ['Văn phòng Cục;100;40;60;0;0;100;70;50;5;10;2;1;2;30;', 'Mỹ Lộc;300;100;200;2;3;295;190;150;20;10;5;2;3;105;', 'Vụ Bản;200;50;150;1;1;198;138;100;10;20;3;1;4;60;', 'Ý Yên;200;80;120;0;0;200;170;120;15;30;2;1;2;30;'],
};
// 2026: the same but có điều kiện 67 + 183 + 134 + 167 = 551 (no Hoãn, Tạm đình chỉ); xong 470
const F26 = {
  all: '800;270;530;3;4;793;551;420;50;70;0;0;11;242;',
  own: '100;40;60;0;0;100;67;50;5;10;0;0;2;33;',
  districts: '700;230;470;3;4;693;484;370;45;60;0;0;9;209;',
  offices: ['Văn phòng THADS tỉnh;100;40;60;0;0;100;67;50;5;10;0;0;2;33;', 'Phòng THADS khu vực 1;300;100;200;2;3;295;183;150;20;10;0;0;3;112;', 'Phòng THADS khu vực 2;200;50;150;1;1;198;134;100;10;20;0;0;4;64;', 'Phòng THADS khu vực 3;200;80;120;0;0;200;167;120;15;30;0;0;2;33;'],
};
const RIGHT_2019 = ['800', '568', '470', '82.75'];
const RIGHT_2026 = ['800', '551', '470', '85.30'];

/** Total, then the levels on top ("" a "Trong đó:" line), then the offices numbered 1–4. */
function onTop(year: 2019 | 2026, total: string, levels: [string, string], trongDo = false, districts?: string): string[] {
  const f = year === 2019 ? F19 : F26;
  return [...title(year), `;${total};${f.all}`, ...(trongDo ? [';Trong đó:;;;;;;;;;;;;;;;'] : []), `;${levels[0]};${f.own}`, `;${levels[1]};${districts ?? f.districts}`, ...f.offices.map((o, i) => `${i + 1};${o}`)];
}
/** Offices lettered under Roman sections of the two levels (`figures`: the sections' subtotals). */
function lettered(figures: boolean, districts = F19.districts): string[] {
  const [own, ...rest] = F19.offices;
  return [...title(2019), `I;Cấp tỉnh;${figures ? F19.own : ';;;;;;;;;;;;;;;'}`, `a);${own}`, `II;Cấp huyện;${figures ? districts : ';;;;;;;;;;;;;;;'}`, ...rest.map((o, i) => `${'abc'[i]});${o}`)];
}
const csv = (lines: readonly string[]) => lines.map((l) => l.split(';').map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));

/** cases total, with conditions, resolved, rate of the JSON's total */
function totals(stdout: string): string[] {
  const c = JSON.parse(stdout).total.cases;
  return [c.total, c.withConditions, c.resolved, c.rate];
}
function summarize(name: string, lines: readonly string[]) {
  return spawnThads(['summarize', file(name, csv(lines)), '--format', 'json']);
}
function readRight(r: { code: number; stdout: string; stderr: string }, right: string[]) {
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  expect(totals(r.stdout)).toEqual(right);
}

describe('levels summed on top of the offices, in a Cục\'s other words (work101d 02)', () => {
  test.each([
    ['Cộng khối tỉnh', 'Cộng các Chi cục', false],
    ['Cấp tỉnh', 'Các Chi cục', false],
    ['Cấp tỉnh', 'Các Chi cục', true],
    ['Khối tỉnh', 'Khối huyện', false],
    ['Cấp Cục', 'Cấp huyện', false],
    ['- Cấp tỉnh', '- Các Chi cục', true],
  ] as const)('2019 "%s" / "%s" (Trong đó: %s): 800 / 568 / 470, 82.75', (own, districts, trongDo) => {
    readRight(summarize(`nd-${own}-${districts}-${trongDo}-2019.csv`, onTop(2019, 'Tổng cộng', [own, districts], trongDo)), RIGHT_2019);
  });
  test('"Toàn tỉnh" on top with "Cộng khối tỉnh" / "Cộng các Chi cục": the same', () => {
    readRight(summarize('nd-toan-tinh-2019.csv', onTop(2019, 'Toàn tỉnh', ['Cộng khối tỉnh', 'Cộng các Chi cục'])), RIGHT_2019);
  });
  test.each([
    ['Cộng khối tỉnh', 'Cộng các Phòng', false],
    ['Cộng cấp tỉnh', 'Cộng cấp khu vực', false],
    ['Cộng khối tỉnh', 'Cộng các Phòng THADS khu vực', false],
    ['- Cấp tỉnh', '- Các Phòng', true],
    ['- Cấp tỉnh', '- Các Phòng THADS khu vực', true],
    ['- Khối tỉnh', '- Khối khu vực', true],
  ] as const)('2026 "%s" / "%s" (Trong đó: %s): 800 / 551 / 470, 85.30', (own, districts, trongDo) => {
    readRight(summarize(`nb-${own}-${districts}-${trongDo}-2026.csv`, onTop(2026, 'Tổng cộng', [own, districts], trongDo)), RIGHT_2026);
  });
  test('the same as a workbook (.xlsx): 800 / 568 / 470 and 800 / 551 / 470', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'nd-2019.xlsx', onTop(2019, 'Tổng cộng', ['Cộng khối tỉnh', 'Cộng các Chi cục']), ['--format', 'json']), RIGHT_2019);
    readRight(await summarizeLinesWorkbook(dir, 'nb-2026.xlsx', onTop(2026, 'Tổng cộng', ['Cộng khối tỉnh', 'Cộng các Phòng']), ['--format', 'json']), RIGHT_2026);
  });
  test('"Cộng các Chi cục" 701 for the Chi cục\'s 700: refused at it, nothing summed', () => {
    const r = summarize('nd-wrong-2019.csv', onTop(2019, 'Tổng cộng', ['Cộng khối tỉnh', 'Cộng các Chi cục'], false, F19.districts.replace(/^700;/, '701;')));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
    expect(r.stdout).toBe('');
  });
  test('control: "- Cấp tỉnh" / "- Cấp khu vực" under "Trong đó:" reads as before, 800 / 551 / 470', () => {
    readRight(summarize('nb-control-2026.csv', onTop(2026, 'Tổng cộng', ['- Cấp tỉnh', '- Cấp khu vực'], true)), RIGHT_2026);
  });
});

describe('offices lettered under Roman sections of the levels (work101d 05)', () => {
  test('"I | Cấp tỉnh", "a) | Văn phòng Cục", "II | Cấp huyện", "a)"–"c)" its Chi cục, no figures on the sections: 800 / 568 / 470, 82.75 %', () => {
    readRight(summarize('lettered-2019.csv', lettered(false)), RIGHT_2019);
  });
  test('the same as a workbook (.xlsx)', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'lettered-2019.xlsx', lettered(false), ['--format', 'json']), RIGHT_2019);
  });
  test('the sections with their subtotals (100, 700): the same, checked', () => {
    readRight(summarize('lettered-figures-2019.csv', lettered(true)), RIGHT_2019);
  });
  test('"II | Cấp huyện" 701 for its Chi cục\'s 700: refused DECLARED_TOTAL_MISMATCH', () => {
    const r = summarize('lettered-wrong-2019.csv', lettered(true, F19.districts.replace(/^700;/, '701;')));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
  });
  test('control: the offices numbered 1, 2, 3 under the sections with their subtotals read as before', () => {
    const [own, ...rest] = F19.offices;
    readRight(summarize('numbered-2019.csv', [...title(2019), `I;Cấp tỉnh;${F19.own}`, `1;${own}`, `II;Cấp huyện;${F19.districts}`, ...rest.map((o, i) => `${i + 1};${o}`)]), RIGHT_2019);
  });
  const CREDIT = 'a);Án tín dụng;50;10;40;0;0;50;30;20;5;5;0;0;0;20;';
  test.each([
    ['under a numbered office, no sections', [...title(2019), `1;${F19.offices[0]}`, `2;${F19.offices[1]}`, CREDIT, `3;${F19.offices[2]}`]],
    ['under a numbered office inside "II | Cấp huyện"', [...title(2019), 'I;Cấp tỉnh;;;;;;;;;;;;;;;', `1;${F19.offices[0]}`, 'II;Cấp huyện;;;;;;;;;;;;;;;', `1;${F19.offices[1]}`, CREDIT, `2;${F19.offices[2]}`]],
    ['under an office numbered in Roman ("I | Mỹ Lộc")', [...title(2019), `I;${F19.offices[1]}`, CREDIT, `II;${F19.offices[2]}`]],
  ])('control: a lettered row with figures %s stays its breakdown: NOT_AN_OFFICE', (_what, lines) => {
    const r = summarize(`breakdown-${lines.length}-${_what.length}-2019.csv`, lines);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('NOT_AN_OFFICE');
  });
});
