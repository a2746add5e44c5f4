// A province's total below its offices in a file by office that names the province nowhere else
// (no Tỉnh column, no title naming it): "Tổng Tiền Giang", "Tổng tỉnh Tiền Giang", "Tổng cộng
// Tiền Giang", read as "Cộng tỉnh Tiền Giang" is (province-subtotals.ts): the offices above are
// that province's, the row is checked against them and never added; the only total, equal to all
// offices, is the total. Before: "Tổng Tiền Giang" / "Tổng tỉnh …" refused SUSPECTED_TOTAL_ROW (or
// DECLARED_TOTAL_MISMATCH with a final "Tổng cộng"); "Tổng cộng Tiền Giang" read as the file's
// total, its offices without a province (two provinces' "Châu Thành": SECOND_TABLE). No office is
// named "Tổng" + a province ("Tổng Đội" stays an office). Both readers agree; xlsx too.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--by', 'province', '--format', 'csv'];
const { both, dir } = bothReaders('thads-province-total-', ARGS);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// Tiền Giang: 300 + 200 + 100 = 600 with conditions, 240 + 150 + 70 = 460 resolved (76.67 %)
const TIEN_GIANG = ['1,Mỹ Tho,300,240', '2,Cai Lậy,200,150', '3,Châu Thành,100,70'];
// Bến Tre: 150 + 250 = 400, 120 + 200 = 320 (80.00 %); both: 1000 / 780 (78.00 %)
const BEN_TRE = ['1,Bến Tre,150,120', '2,Châu Thành,250,200'];

/** province, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[9], c[18], c[20]].join(' ');
  });
}
const ONE = ['Tiền Giang 600 460 76.67', 'TOTAL 600 460 76.67'];
const TWO = ['Tiền Giang 600 460 76.67', 'Bến Tre 400 320 80.00', 'TOTAL 1000 780 78.00'];

describe('"Tổng <province>" below its offices, the province named nowhere else', () => {
  it.each(['Tổng Tiền Giang', 'Tổng tỉnh Tiền Giang', 'TỔNG TIỀN GIANG', 'Tong Tien Giang', 'Tổng cộng Tiền Giang', 'Tổng cộng tỉnh Tiền Giang', 'TỔNG CỘNG TỈNH TIỀN GIANG'])(
    '"%s", the only total: the offices are Tiền Giang\'s, 600 / 460 (was SUSPECTED_TOTAL_ROW, or no province)',
    async (label) => {
      const r = await both('one-2019.csv', [TITLE, HEADER, ...TIEN_GIANG, `,${label},600,460`]);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(ONE);
    },
  );

  it.each([
    ['Tổng', 'Tổng'],
    ['Tổng tỉnh', 'Tổng tỉnh'],
    ['Tổng cộng', 'Tổng cộng'],
    ['Cộng tỉnh', 'Tổng'],
  ])('"%s Tiền Giang", "%s Bến Tre", then "Tổng cộng": two provinces, their "Châu Thành" two offices (was DECLARED_TOTAL_MISMATCH 2000, or SECOND_TABLE)', async (a, b) => {
    const r = await both('two-2019.csv', [TITLE, HEADER, ...TIEN_GIANG, `,${a} Tiền Giang,600,460`, ...BEN_TRE, `,${b} Bến Tre,400,320`, ',Tổng cộng,1000,780']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(TWO);
  });

  it('without the final "Tổng cộng": the same, 1000 / 780', async () => {
    const r = await both('two-nt-2019.csv', [TITLE, HEADER, ...TIEN_GIANG, ',Tổng Tiền Giang,600,460', ...BEN_TRE, ',Tổng cộng Bến Tre,400,320']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(TWO);
  });

  it('a subtotal that is not its offices\' sum: refused at its cell (700 against 300 + 200 + 100 = 600)', async () => {
    const r = await both('wrong-2019.csv', [TITLE, HEADER, ...TIEN_GIANG, ',Tổng Tiền Giang,700,460']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6:3: error: declared subtotal "Tổng Tiền Giang" has cases with conditions 700, but the rows above it add up to 600 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Tổng cộng Tiền Giang" wrong: refused at its cell (610 against 600)', async () => {
    const r = await both('wrong-tc-2019.csv', [TITLE, HEADER, ...TIEN_GIANG, ',Tổng cộng Tiền Giang,610,460', ...BEN_TRE, ',Tổng cộng Bến Tre,400,320']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6:3: error: declared subtotal "Tổng cộng Tiền Giang" has cases with conditions 610, but the rows above it add up to 600 [DECLARED_TOTAL_MISMATCH]');
  });

  it('in a workbook: two provinces, 1000 / 780', async () => {
    const lines = [TITLE, HEADER, ...TIEN_GIANG, ',Tổng Tiền Giang,600,460', ...BEN_TRE, ',Tổng tỉnh Bến Tre,400,320', ',Tổng cộng,1000,780'].map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'two-2019.xlsx', lines, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(TWO);
  });
});

describe('controls: the file\'s total, a total on top, other "Tổng …" rows read as before', () => {
  it('"Tổng cộng" at the end stays the total: 600 / 460, no province given', async () => {
    const r = await both('tc-2019.csv', [TITLE, HEADER, ...TIEN_GIANG, ',Tổng cộng,600,460']);
    expect(r.code, r.stderr).toBe(0);
    // (no province: an empty province cell, the offices' row)
    expect(rows(r.stdout)).toEqual([' 600 460 76.67', 'TOTAL 600 460 76.67']);
  });

  it('"Tổng cộng tỉnh Tiền Giang" on top of its offices stays the total above them: 600 / 460', async () => {
    const r = await both('top-2019.csv', [TITLE, HEADER, ',Tổng cộng tỉnh Tiền Giang,600,460', ...TIEN_GIANG]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([' 600 460 76.67', 'TOTAL 600 460 76.67']);
  });

  it('"Tổng cộng toàn tỉnh" below the offices stays the total: 600 / 460', async () => {
    const r = await both('tt-2019.csv', [TITLE, HEADER, ...TIEN_GIANG, ',Tổng cộng toàn tỉnh,600,460']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([' 600 460 76.67', 'TOTAL 600 460 76.67']);
  });

  it('"Tổng TG" (no province\'s name) equal to all offices: still refused SUSPECTED_TOTAL_ROW', async () => {
    const r = await both('tg-2019.csv', [TITLE, HEADER, ...TIEN_GIANG, ',Tổng TG,600,460']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 6 "Tổng TG" looks like a total row: its figures equal the sum of all the other 3 rows; added as an office it would count them twice [SUSPECTED_TOTAL_ROW]');
  });

  it('an office named "Tổng Đội" (none real: no THADS office begins so; a name that is no province\'s) stays an office: 300 + 200 + 100 + 50 = 650 / 240 + 150 + 70 + 40 = 500', async () => {
    const r = await both('td-2019.csv', [TITLE, HEADER, ...TIEN_GIANG, '4,Tổng Đội,50,40', ',Tổng cộng,650,500']);
    expect(r.code, r.stderr).toBe(0);
    // 500 / 650 = 76.92 %
    expect(rows(r.stdout)).toEqual([' 650 500 76.92', 'TOTAL 650 500 76.92']);
  });
});
