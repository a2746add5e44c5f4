// Two Cục's Biểu 01 pasted one under the other, each under a heading row naming its province and
// numbered by a letter ("A | Tỉnh Nam Định", "B | Tỉnh Thái Bình"), each block as the Cục writes
// it: "Toàn tỉnh", "I | Cấp tỉnh", "II | Cấp huyện", its Chi cục "1…n"; one "Tổng cộng" (work78a
// 02). Before: the province title ended at "Toàn tỉnh" right under it, so every office lost its
// province and the two "Cấp tỉnh" rows were summed as one office (500 / 400, exit 0). Now a
// letter's title heads its whole block, its whole and its Roman sections inside it, down to the
// next letter or another total (input/list-structure.ts endsLetter).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both } = bothReaders('thads-letter-blocks-', ['--format', 'csv']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-letter-blocks-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

/** The CSV output's rows as "province|office|cases with conditions|resolved|rate|rank/of|money with conditions|money resolved". */
function rows(stdout: string): string[] {
  const [head, ...lines] = stdout.trim().split('\n');
  const at = (name: string) => head!.split(',').indexOf(name);
  return lines.map((l) => {
    const c = l.split(',');
    const rank = c[at('cases_rank')] === '' ? '' : `${c[at('cases_rank')]}/${c[at('cases_rank_of')]}`;
    return [c[at('province')], c[at('district')], c[at('cases_with_conditions')], c[at('cases_resolved')], c[at('cases_rate')], rank, c[at('money_with_conditions')], c[at('money_resolved')]].join('|');
  });
}

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
// Nam Định: Cấp huyện 400 + 300 = 700, 300 + 250 = 550, 1000 + 2000 = 3000, 700 + 1300 = 2000;
// Toàn tỉnh 300 + 700 = 1000, 250 + 550 = 800, 2000 + 3000 = 5000, 1000 + 2000 = 3000.
const ND = [';Toàn tỉnh;1000;800;5000;3000', 'I;Cấp tỉnh;300;250;2000;1000', 'II;Cấp huyện;700;550;3000;2000', '1;Mỹ Lộc;400;300;1000;700', '2;Vụ Bản;300;250;2000;1300'];
// Thái Bình: Cấp huyện 300 + 400 = 700, 250 + 300 = 550, 1000 + 2000 = 3000, 500 + 1000 = 1500;
// Toàn tỉnh 200 + 700 = 900, 150 + 550 = 700, 1000 + 3000 = 4000, 500 + 1500 = 2000.
const TB = [';Toàn tỉnh;900;700;4000;2000', 'I;Cấp tỉnh;200;150;1000;500', 'II;Cấp huyện;700;550;3000;1500', '1;Kiến Xương;300;250;1000;500', '2;Vũ Thư;400;300;2000;1000'];
// Tổng cộng 1000 + 900 = 1900, 800 + 700 = 1500, 5000 + 4000 = 9000, 3000 + 2000 = 5000.
const TOTAL = ';Tổng cộng;1900;1500;9000;5000';
const file = (a: string, b: string) => [TITLE, HEAD, a, ...ND, b, ...TB, TOTAL];

// By hand: Mỹ Lộc 300/400 = 75,00 %, Vụ Bản 250/300 = 83,33 %,
// Kiến Xương 250/300 = 83,33 %, Vũ Thư 300/400 = 75,00 %; the Cục's own offices Nam Định 250/300 =
// 83,33 %, Thái Bình 150/200 = 75,00 %: six offices, ranks of 6 (three at 83,33 % tie for 1st, three
// at 75,00 % for 4th); total 1500/1900 = 78,95 %.
const SIX = [
  'Nam Định|Mỹ Lộc|400|300|75.00|4/6|1000|700',
  'Nam Định|Vụ Bản|300|250|83.33|1/6|2000|1300',
  'Thái Bình|Kiến Xương|300|250|83.33|1/6|1000|500',
  'Thái Bình|Vũ Thư|400|300|75.00|4/6|2000|1000',
  'Nam Định|Cấp tỉnh|300|250|83.33|1/6|2000|1000',
  'Thái Bình|Cấp tỉnh|200|150|75.00|4/6|1000|500',
  '|TOTAL|1900|1500|78.95||9000|5000',
];

describe('"A | Tỉnh Nam Định" / "B | Tỉnh Thái Bình" over each Cục\'s Biểu 01 (work78a 02)', () => {
  it('each office in its province, the two "Cấp tỉnh" two offices (was one 500 / 400, every province empty, exit 0)', async () => {
    const r = await both('cum-2019.csv', file('A;Tỉnh Nam Định;;;;', 'B;Tỉnh Thái Bình;;;;'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
    expect(r.stderr).not.toContain('PROVINCE_UNDECIDED');
    expect(rows(r.stdout)).toEqual(SIX);
  });

  it('--by province: Nam Định 1000 / 800, Thái Bình 900 / 700 (was one group with no province)', async () => {
    const r = await both('cum-2019.csv', file('A;Tỉnh Nam Định;;;;', 'B;Tỉnh Thái Bình;;;;'), ['--format', 'csv', '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    // 800/1000 = 80,00 %; 700/900 = 77,78 %
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 5).join('|'))).toEqual(['Nam Định||1000|800|80.00', 'Thái Bình||900|700|77.78', '|TOTAL|1900|1500|78.95']);
  });

  it.each([
    ['the letter and the name in the STT cell', 'A. CỤC THADS TỈNH NAM ĐỊNH;;;;;', 'B. CỤC THADS TỈNH THÁI BÌNH;;;;;'],
    ['the letter before the name, the STT cell empty', ';A. CỤC THADS TỈNH NAM ĐỊNH;;;;', ';B. CỤC THADS TỈNH THÁI BÌNH;;;;'],
    ['"A." and the Cục named in full', 'A.;Cục Thi hành án dân sự tỉnh Nam Định;;;;', 'B.;Cục Thi hành án dân sự tỉnh Thái Bình;;;;'],
    ['no diacritics', 'A;Tinh Nam Dinh;;;;', 'B;Tinh Thai Binh;;;;'],
    ['the province alone, upper case', 'A;NAM ĐỊNH;;;;', 'B;THÁI BÌNH;;;;'],
    ['English', 'A;Nam Dinh Province;;;;', 'B;Thai Binh Province;;;;'],
  ])('%s: the same six offices', async (_what, a, b) => {
    const r = await both('cum-2019.csv', file(a, b));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
    expect(rows(r.stdout)).toEqual(SIX);
  });

  it('"Cộng Nam Định" closing each block instead of "Toàn tỉnh" on top: the same (the "Cấp tỉnh" rows were one province-less office)', async () => {
    const closing = (block: string[], name: string) => [...block.slice(1), `;Cộng ${name};${block[0]!.split(';').slice(2).join(';')}`];
    const lines = [TITLE, HEAD, 'A;Tỉnh Nam Định;;;;', ...closing(ND, 'Nam Định'), 'B;Tỉnh Thái Bình;;;;', ...closing(TB, 'Thái Bình'), TOTAL];
    const r = await both('cum-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
    expect(rows(r.stdout)).toEqual(SIX);
  });

  it('a block whose levels do not add up to its "Toàn tỉnh" is refused there (Cấp tỉnh 310: 1010 ≠ 1000)', async () => {
    const lines = file('A;Tỉnh Nam Định;;;;', 'B;Tỉnh Thái Bình;;;;').map((l) => (l === 'I;Cấp tỉnh;300;250;2000;1000' ? 'I;Cấp tỉnh;310;250;2000;1000' : l));
    const r = await both('cum-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:3: error: declared total "Toàn tỉnh" has cases with conditions 1000, but the rows below it add up to 1010 [DECLARED_TOTAL_MISMATCH]');
  });

  it('xlsx: the same six offices', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'cum-2019.xlsx', file('A;Tỉnh Nam Định;;;;', 'B;Tỉnh Thái Bình;;;;'), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(SIX);
  });
});

describe('over-reach: letters that name no province, and what read right before, read the same', () => {
  it('"A | Khối Cục" / "B | Khối Chi cục" name no province: the offices have none, as before', async () => {
    // 300 + 400 + 300 = 1000, 250 + 300 + 250 = 800 (80,00 %)
    const lines = [TITLE, HEAD, 'A;Khối Cục;;;;', '1;Văn phòng Cục;300;250;2000;1000', 'B;Khối Chi cục;;;;', '1;Mỹ Lộc;400;300;1000;700', '2;Vụ Bản;300;250;2000;1300', ';Tổng cộng;1000;800;5000;3000'];
    const r = await both('nam-dinh-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    // the file names Nam Định: 250/300 = 83,33 %, 300/400 = 75,00 %, 250/300 = 83,33 %
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 5).join('|'))).toEqual(['Nam Định|Văn phòng Cục|300|250|83.33', 'Nam Định|Mỹ Lộc|400|300|75.00', 'Nam Định|Vụ Bản|300|250|83.33', '|TOTAL|1000|800|80.00']);
  });

  it('offices numbered right under each letter, no levels: each in its province, 1400 / 1100', async () => {
    // Nam Định 400 + 300 = 700, 300 + 250 = 550; Thái Bình 300 + 400 = 700, 250 + 300 = 550; 1400 / 1100 = 78,57 %
    const lines = [TITLE, HEAD, 'A;Tỉnh Nam Định;;;;', ...ND.slice(3), 'B;Tỉnh Thái Bình;;;;', ...TB.slice(3), ';Tổng cộng;1400;1100;6000;3500'];
    const r = await both('cum-2019.csv', lines, ['--format', 'csv', '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    // 550/700 = 78,57 % each
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 5).join('|'))).toEqual(['Nam Định||700|550|78.57', 'Thái Bình||700|550|78.57', '|TOTAL|1400|1100|78.57']);
  });

  it('a letter\'s province ends at the next letter naming none: "B | Văn phòng Tổng cục" is of no province', async () => {
    // 400 + 300 + 100 = 800, 300 + 250 + 90 = 640 (80,00 %)
    const lines = [TITLE, HEAD, 'A;Tỉnh Nam Định;;;;', '1;Mỹ Lộc;400;300;1000;700', '2;Vụ Bản;300;250;2000;1300', 'B;Các đơn vị khác;;;;', '1;Văn phòng Tổng cục;100;90;500;400', ';Tổng cộng;800;640;3500;2400'];
    const r = await both('cum-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    // 90/100 = 90,00 %
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 5).join('|'))).toEqual(['Nam Định|Mỹ Lộc|400|300|75.00', 'Nam Định|Vụ Bản|300|250|83.33', '|Văn phòng Tổng cục|100|90|90.00', '|TOTAL|800|640|80.00']);
  });
});
