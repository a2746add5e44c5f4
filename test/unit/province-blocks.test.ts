// A Cụm thi đua report without a Tỉnh column, each province's offices headed by a section title
// numbered as one (findings work60a 02, 03): "I. TỈNH TIỀN GIANG" typed in the STT cell and merged
// across the row (a CSV export writes it there), ";I. Tỉnh Tiền Giang" in the name cell. Both head
// their province's offices as "I | TIỀN GIANG" does, so the two "Châu Thành" stay two. Before: one
// "Châu Thành" of 801/600/541 (exit 0, only DUPLICATE_OFFICE), or NOT_AN_OFFICE for the numbered title.
import { describe, expect, it } from 'vitest';
import { provinceOfSection, provinceOfSubtotal, titleWithoutSectionNumber } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-province-blocks-', ['--format', 'csv']);
const byProvince = bothReaders('thads-province-blocks-p-', ['--by', 'province', '--format', 'csv']);

const HEAD = [
  'CỤM THI ĐUA SỐ 8 - CÁC TỈNH ĐỒNG BẰNG SÔNG CỬU LONG',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019',
  'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong',
];
const TG = ['1;Thành phố Mỹ Tho;729;600;540', '2;Châu Thành;401;300;271'];
const BT = ['1;Thành phố Bến Tre;600;500;450', '2;Châu Thành;400;300;270'];
const TOTAL = ';Tổng cộng;2130;1700;1531';

/** The cluster's file with `tg` and `bt` heading the provinces' blocks. */
function cluster(tg: string, bt: string): string[] {
  return [...HEAD, tg, ...TG, bt, ...BT, TOTAL];
}

/** province, office, total, with conditions, resolved, rate, rank, of */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0], c[1], c[5], c[9], c[18], c[20], c[26], c[27]].join('|');
  });
}
// Tiền Giang: Mỹ Tho 540/600 = 90,00 %; Châu Thành 271/300 = 90,33 % (1st of 4).
// Bến Tre: TP Bến Tre 450/500 = 90,00 %; Châu Thành 270/300 = 90,00 % (2nd of 4, tied with Mỹ Tho, TP Bến Tre).
// Total 729+401+600+400 = 2130; 600+300+500+300 = 1700; 540+271+450+270 = 1531; 1531/1700 = 90,06 %.
const FOUR = [
  'Tiền Giang|Thành phố Mỹ Tho|729|600|540|90.00|2|4',
  'Tiền Giang|Châu Thành|401|300|271|90.33|1|4',
  'Bến Tre|Thành phố Bến Tre|600|500|450|90.00|2|4',
  'Bến Tre|Châu Thành|400|300|270|90.00|2|4',
  '|TOTAL|2130|1700|1531|90.06||',
];

describe('a province\'s section title numbered in the STT or name cell heads its offices', () => {
  it.each([
    ['I. TỈNH TIỀN GIANG;;;;', 'II. TỈNH BẾN TRE;;;;'],
    ['I. Tỉnh Tiền Giang;;;;', 'II. Tỉnh Bến Tre;;;;'],
    ['A. TỈNH TIỀN GIANG;;;;', 'B. TỈNH BẾN TRE;;;;'],
    ['I - Tiền Giang;;;;', 'II - Bến Tre;;;;'],
    [';I. Tỉnh Tiền Giang;;;', ';II. Tỉnh Bến Tre;;;'],
    [';I. TIỀN GIANG;;;', ';II. BẾN TRE;;;'],
    [';A. Tinh Tien Giang;;;', ';B. Tinh Ben Tre;;;'],
    // the merged title of a workbook saved as CSV by another tool: in both cells
    ['I. TỈNH TIỀN GIANG;I. TỈNH TIỀN GIANG;;;', 'II. TỈNH BẾN TRE;II. TỈNH BẾN TRE;;;'],
  ])('%s / %s: four offices in two provinces', async (tg, bt) => {
    const r = await both('cum-thi-dua-8-2019.csv', cluster(tg, bt));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
  });

  it('--by province: Tiền Giang and Bến Tre', async () => {
    const r = await byProvince.both('cum-thi-dua-8-2019.csv', cluster('I. TỈNH TIỀN GIANG;;;;', 'II. TỈNH BẾN TRE;;;;'));
    expect(r.code, r.stderr).toBe(0);
    // TG 729+401 = 1130, 600+300 = 900, 540+271 = 811 (811/900 = 90,11 %); BT 600+400 = 1000, 800, 720 (90,00 %)
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 6).join('|'))).toEqual([
      'Tiền Giang||1130|900|811|90.11',
      'Bến Tre||1000|800|720|90.00',
      '|TOTAL|2130|1700|1531|90.06',
    ]);
  });

  it('over-reach: a numbered section that names no province heads no province ("I. Các Chi cục")', async () => {
    const lines = [...HEAD, 'I. Các Chi cục;;;;', ...TG, TOTAL.replace('2130;1700;1531', '1130;900;811')];
    const r = await both('mot-tinh-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    // 729+401 = 1130; 600+300 = 900; 540+271 = 811 (90,11 %); Châu Thành 90,33 % first of 2
    expect(rows(r.stdout)).toEqual(['|Thành phố Mỹ Tho|729|600|540|90.00|2|2', '|Châu Thành|401|300|271|90.33|1|2', '|TOTAL|1130|900|811|90.11||']);
  });

  it('over-reach: one province\'s report with "Cộng" subtotals of its clusters reads as before', async () => {
    const lines = [
      ...HEAD,
      ';Cụm 1;;;', '1;Thành phố Mỹ Tho;729;600;540', '2;Châu Thành;401;300;271', ';Cộng cụm 1;1130;900;811',
      ';Cụm 2;;;', '3;Cái Bè;300;200;150', ';Cộng cụm 2;300;200;150',
      ';Tổng cộng;1430;1100;961',
    ];
    const r = await both('bao-cao-cum-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    // 729+401+300 = 1430; 600+300+200 = 1100; 540+271+150 = 961; 961/1100 = 87,36 %; Cái Bè 150/200 = 75,00 %
    expect(rows(r.stdout)).toEqual([
      '|Thành phố Mỹ Tho|729|600|540|90.00|2|3',
      '|Châu Thành|401|300|271|90.33|1|3',
      '|Cái Bè|300|200|150|75.00|3|3',
      '|TOTAL|1430|1100|961|87.36||',
    ]);
  });

  it('the title\'s section number is read off; an office\'s name is left as it is', () => {
    expect(titleWithoutSectionNumber('I. TỈNH TIỀN GIANG')).toBe('TỈNH TIỀN GIANG');
    expect(titleWithoutSectionNumber('B - Bến Tre')).toBe('Bến Tre');
    expect(titleWithoutSectionNumber('Châu Thành')).toBe('Châu Thành');
    expect(titleWithoutSectionNumber('Thành phố Mỹ Tho')).toBe('Thành phố Mỹ Tho');
    expect(provinceOfSection('II. Tỉnh Bến Tre')).toBe('Bến Tre');
    expect(provinceOfSection('I. Thành phố Mỹ Tho')).toBeNull();
  });
});

// Finding 01: each province's offices closed by its subtotal below them.
/** The cluster's file with `tg` and `bt` closing the provinces' blocks (their figures: the blocks' sums). */
function closed(tg: string, bt: string, tgFigures = '1130;900;811'): string[] {
  return [...HEAD, ...TG, `;${tg};${tgFigures}`, ...BT, `;${bt};1000;800;720`, TOTAL];
}

describe('a province\'s subtotal below its offices gives them its province', () => {
  it.each([
    ['Cộng tỉnh Tiền Giang', 'Cộng tỉnh Bến Tre'],
    ['Cộng Tiền Giang', 'Cộng Bến Tre'],
    ['CỘNG TỈNH TIỀN GIANG', 'CỘNG TỈNH BẾN TRE'],
    ['Cong tinh Tien Giang', 'Cong tinh Ben Tre'],
    ['Cộng tỉnh Tiền Giang', 'Cộng Bến Tre'],
  ])('%s / %s: four offices in two provinces', async (tg, bt) => {
    const r = await both('cum-thi-dua-8-2019.csv', closed(tg, bt));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
  });

  it('--by province: Tiền Giang 1130/900/811, Bến Tre 1000/800/720', async () => {
    const r = await byProvince.both('cum-thi-dua-8-2019.csv', closed('Cộng tỉnh Tiền Giang', 'Cộng tỉnh Bến Tre'));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 6).join('|'))).toEqual([
      'Tiền Giang||1130|900|811|90.11',
      'Bến Tre||1000|800|720|90.00',
      '|TOTAL|2130|1700|1531|90.06',
    ]);
  });

  it('the subtotal is still checked against its offices: a wrong one is refused', async () => {
    // Tiền Giang's offices: 600 + 300 = 900 with conditions, not 910
    const r = await both('cum-thi-dua-8-2019.csv', closed('Cộng tỉnh Tiền Giang', 'Cộng tỉnh Bến Tre', '1130;910;811'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6:4: error: declared subtotal "Cộng tỉnh Tiền Giang" has cases with conditions 910, but the rows above it add up to 900 [DECLARED_TOTAL_MISMATCH]');
  });

  it('over-reach: "Cộng khu vực 1", "Cộng Mỹ Lộc" name no province', () => {
    expect(provinceOfSubtotal('Cộng tỉnh Tiền Giang')).toBe('Tiền Giang');
    expect(provinceOfSubtotal('CONG BEN TRE')).toBe('Bến Tre');
    expect(provinceOfSubtotal('Cộng khu vực 1')).toBeNull();
    expect(provinceOfSubtotal('Cộng Mỹ Lộc')).toBeNull();
    expect(provinceOfSubtotal('Tổng cộng')).toBeNull();
    expect(provinceOfSubtotal('Cộng cụm 1')).toBeNull();
  });
});
