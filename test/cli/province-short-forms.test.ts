// A province cell thads did not know split one province in two (traps21 pt2, hn-prov, vt): a
// provinces' file's row "HN" 800 / 650 / 10 beside Hà Nội's offices' file (Ba Vì 700 / 600 / 10,
// Mê Linh 100 / 50 / 0) was a fourth group beside "Hà Nội", TOTAL 3139, exit 0; "HN / Ba Vì"
// resent beside "Hà Nội / Ba Vì" was a second office, TOTAL 1500, exit 0. "HN" is no alias ("hn-2024.csv"
// may be Hà Nam's, and "TP.HN" keys as "HN"); a cell naming none of the 63 in a report before
// 2025 is said (PROVINCE_UNKNOWN), as one naming none of the 34 is from 2025. Figures by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { totalCells } from '../helpers/key-rows.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir } = fileTree('thads-province-short-forms-');

const HEAD = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ';
const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);

describe('a province written by its short form, or as none of the 63 (both readers)', () => {
  it('"Vũng Tàu" (a city, no province of the 63) in a 2019 report: PROVINCE_UNKNOWN, kept apart; refused with --strict', async () => {
    const files = { 'ba-ria-vung-tau-2019.csv': [HEAD, 'Bà Rịa - Vũng Tàu,Châu Đức,700,600,10', 'Bà Rịa - Vũng Tàu,Xuyên Mộc,500,400,10'], 'vung-tau-2019.csv': [HEAD, 'Vũng Tàu,Long Điền,300,200,0'] };
    const r = await bothOnFiles(join(dir, 'vt'), files, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('vung-tau-2019.csv:2:1: warning: "Vũng Tàu" is no province of the 63: it is kept as a province of its own, never grouped or compared with any province\'s rows, and ranks count it [PROVINCE_UNKNOWN]');
    // 700 + 500 + 300 = 1500; 610 + 410 + 200 = 1220
    expect(total(r.stdout)).toEqual(['1500', '1220']);
    const strict = await bothOnFiles(join(dir, 'vt'), files, ['--format', 'csv', '--strict']);
    expect(strict.code).toBe(1);
  });

  it.each([['ĐN'], ['Nam Định, Việt Nam'], ['Tỉnh Nam Định (NĐ)']])('"%s" names no one province: said, never read as one', async (cell) => {
    const r = await bothOnFiles(join(dir, `unknown-${cell.length}`), { 'x-2019.csv': [HEAD, `"${cell}",Mỹ Lộc,700,600,10`] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`x-2019.csv:2:1: warning: "${cell}" is no province of the 63`);
  });

  it('control: the 63 as written, unaccented or by their known forms ("TP HCM", "Daklak", "TT-Huế") are not said', async () => {
    const r = await bothOnFiles(join(dir, 'known'), { 'x-2019.csv': [HEAD, 'TP HCM,Củ Chi,700,600,10', 'Daklak,Krông Pắc,100,50,0', 'TT-Huế,Phú Vang,10,5,0', 'Ha Noi,Ba Vì,20,10,0'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});
