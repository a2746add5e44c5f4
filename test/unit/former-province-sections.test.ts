// A merged province's 2025 report with its former provinces as sections ("I | Tỉnh Tiền Giang
// (cũ)", "Thuộc tỉnh Đồng Tháp (trước sáp nhập)"…): the section names the province of the offices
// below it, "(cũ)" kept, as a section "TIỀN GIANG" or a province cell "Tiền Giang (cũ)" does. Two
// "Châu Thành" (or "Văn phòng Cục") of two former provinces stay two offices (round 51a, 02, 02b).
// Clusters ("Cụm thi đua số 1") stay labels of groups only. Both readers agree.
import { describe, expect, it } from 'vitest';
import { provinceOfGroup, provinceOfSection } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-former-sections-', ['--format', 'csv']);

const HEADER = 'STT,Đơn vị,Có điều kiện,Giải quyết xong';

/** Each row of a summary by office: province, office, cases with conditions, resolved, rate. */
function table(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n');
  const cols = head!.split(',');
  const at = (row: string[], name: string) => row[cols.indexOf(name)]!;
  return rows.map((r) => r.split(',')).map((r) => [at(r, 'province'), at(r, 'district'), at(r, 'cases_with_conditions'), at(r, 'cases_resolved'), at(r, 'cases_rate')].join('|'));
}

/** PROVINCE_ROLLED_UP, as a "(cũ)" province cell's rows get it in a report of 2025: quoted as written, named without the mark. */
const rolled = (line: number, former: string) =>
  `FILE:${line}: warning: the rows of "${former}" are counted as Đồng Tháp's: Nghị quyết 202/2025/QH15 merged ${former.replace(' (cũ)', '')} into Đồng Tháp from 1/7/2025, and a report of year 2025 counts by the 34 provinces [PROVINCE_ROLLED_UP]\n` +
  '  hint: a report of 2025 or later counts by the 34 provinces; write the province as it has been named since 1/7/2025, or, for a report of a period before that day, state the period in the title\n';

describe('provinceOfSection: the province a section row gives its offices', () => {
  it.each([
    ['Tỉnh Tiền Giang (cũ)', 'Tiền Giang (cũ)'], ['Cục THADS tỉnh Tiền Giang (cũ)', 'Tiền Giang (cũ)'], ['Địa bàn tỉnh Tiền Giang cũ', 'Tiền Giang (cũ)'],
    ['Thuộc tỉnh Tiền Giang (trước sáp nhập)', 'Tiền Giang (cũ)'], ['Tiền Giang (trước sáp nhập)', 'Tiền Giang (cũ)'], ['Tỉnh Tien Giang (cu)', 'Tiền Giang (cũ)'],
    ['Tỉnh Đồng Tháp (cũ)', 'Đồng Tháp (cũ)'], ['TIỀN GIANG', 'Tiền Giang'], ['Cục THADS tỉnh Đồng Tháp', 'Đồng Tháp'],
  ])('%s → %s', (text, province) => expect(provinceOfSection(text, 2025)).toBe(province));
  it.each(['Cụm thi đua số 1', 'Cụm 2', 'Thành phố Nam Định (cũ)', 'Chi cục THADS huyện Mỹ Lộc (cũ)', 'Văn phòng Cục'])('%s names none', (text) => {
    expect(provinceOfSection(text, 2025)).toBeNull();
  });
  it('a title line\'s province is read as before (title-province.ts)', () => expect(provinceOfGroup('Tỉnh Tiền Giang (cũ)')).toBeNull());
});

describe('former provinces as sections without figures (round 51a, 02, 02b)', () => {
  const FILE_02 = [
    HEADER, 'I,Tỉnh Tiền Giang (cũ),,', '1,Văn phòng Cục,100,90', '2,Chi cục THADS huyện Châu Thành,200,150', '3,Chi cục THADS huyện Cai Lậy,50,40',
    'II,Tỉnh Đồng Tháp (cũ),,', '1,Văn phòng Cục,300,240', '2,Chi cục THADS huyện Châu Thành,70,50', '3,Chi cục THADS huyện Cao Lãnh,40,30',
  ];
  // 100/90 = 90.00, 200/150 = 75.00, 50/40 = 80.00, 300/240 = 80.00, 70/50 = 71.43, 40/30 = 75.00;
  // 760/600 = 78.947… → 78.95, as the control with sections "TIỀN GIANG" / "ĐỒNG THÁP" prints
  const SIX = [
    'Đồng Tháp|Văn phòng Cục (Tiền Giang)|100|90|90.00', 'Đồng Tháp|Chi cục THADS huyện Châu Thành (Tiền Giang)|200|150|75.00',
    'Đồng Tháp|Chi cục THADS huyện Cai Lậy|50|40|80.00', 'Đồng Tháp|Văn phòng Cục (Đồng Tháp)|300|240|80.00',
    'Đồng Tháp|Chi cục THADS huyện Châu Thành (Đồng Tháp)|70|50|71.43', 'Đồng Tháp|Chi cục THADS huyện Cao Lãnh|40|30|75.00', '|TOTAL|760|600|78.95',
  ];

  it('02: six offices, 760 / 600 = 78.95 %, no second table', async () => {
    const r = await both('bc-viec-2025.csv', FILE_02);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(rolled(3, 'Tiền Giang (cũ)') + rolled(7, 'Đồng Tháp (cũ)'));
    expect(table(r.stdout)).toEqual(SIX);
  });

  it('the control with province sections reads the same offices', async () => {
    const lines = FILE_02.map((l) => l.replace('Tỉnh Tiền Giang (cũ)', 'TIỀN GIANG').replace('Tỉnh Đồng Tháp (cũ)', 'ĐỒNG THÁP'));
    expect(table((await both('bc-viec-2025.csv', lines)).stdout)).toEqual(SIX);
  });

  it.each([
    ['Cục THADS tỉnh Tiền Giang (cũ)', 'Cục THADS tỉnh Đồng Tháp (cũ)'], ['Địa bàn tỉnh Tiền Giang cũ', 'Địa bàn tỉnh Đồng Tháp cũ'],
    ['Thuộc tỉnh Tiền Giang (trước sáp nhập)', 'Thuộc tỉnh Đồng Tháp (trước sáp nhập)'], ['Tiền Giang (trước sáp nhập)', 'Đồng Tháp (trước sáp nhập)'],
  ])('%s / %s, with and without the Roman STT: the same six offices', async (first, second) => {
    const roman = FILE_02.map((l) => l.replace('Tỉnh Tiền Giang (cũ)', first).replace('Tỉnh Đồng Tháp (cũ)', second));
    const r = await both('bc-viec-2025.csv', roman);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(SIX);
    const bare = roman.map((l) => l.replace(/^II?,/, ','));
    expect(table((await both('bc-viec-2025.csv', bare)).stdout)).toEqual(SIX);
  });

  // 02 without the two "Văn phòng Cục": 200/150 = 75.00, 50/40 = 80.00, 70/50 = 71.43, 40/30 = 75.00; 360/270 = 75.00
  const FOUR = [
    'Đồng Tháp|Chi cục THADS huyện Châu Thành (Tiền Giang)|200|150|75.00', 'Đồng Tháp|Chi cục THADS huyện Cai Lậy|50|40|80.00',
    'Đồng Tháp|Chi cục THADS huyện Châu Thành (Đồng Tháp)|70|50|71.43', 'Đồng Tháp|Chi cục THADS huyện Cao Lãnh|40|30|75.00', '|TOTAL|360|270|75.00',
  ];
  it('02b: the two "Châu Thành" are two offices, no DUPLICATE_OFFICE', async () => {
    const lines = FILE_02.filter((l) => !l.includes('Văn phòng Cục'));
    const r = await both('bc-viec-2025.csv', lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(rolled(3, 'Tiền Giang (cũ)') + rolled(6, 'Đồng Tháp (cũ)'));
    expect(table(r.stdout)).toEqual(FOUR);
  });

  it('former provinces numbered 1, 2 with their subtotals over unnumbered offices: the same four', async () => {
    const lines = [
      HEADER, '1,Tỉnh Tiền Giang (cũ),250,190', ',Chi cục THADS huyện Châu Thành,200,150', ',Chi cục THADS huyện Cai Lậy,50,40',
      '2,Tỉnh Đồng Tháp (cũ),110,80', ',Chi cục THADS huyện Châu Thành,70,50', ',Chi cục THADS huyện Cao Lãnh,40,30',
    ];
    const r = await both('bc-viec-2025.csv', lines);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(FOUR);
    const roman = lines.map((l) => l.replace(/^1,Tỉnh/, 'I,Tỉnh').replace(/^2,Tỉnh/, 'II,Tỉnh'));
    expect(table((await both('bc-viec-2025.csv', roman)).stdout)).toEqual(FOUR);
  });
});

describe('a province cell marked "(cũ)" labels its office as the section does', () => {
  it('"Châu Thành (Tiền Giang)", not "Châu Thành (Tiền Giang (cũ))"', async () => {
    const r = await both('bc-viec-2025.csv', [
      'STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong',
      '1,Tiền Giang (cũ),Chi cục THADS huyện Châu Thành,200,150', '2,Tiền Giang (cũ),Chi cục THADS huyện Cai Lậy,50,40',
      '3,Đồng Tháp (cũ),Chi cục THADS huyện Châu Thành,70,50', '4,Đồng Tháp (cũ),Chi cục THADS huyện Cao Lãnh,40,30',
    ]);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(FOUR_CELLS);
  });
});
const FOUR_CELLS = [
  'Đồng Tháp|Chi cục THADS huyện Châu Thành (Tiền Giang)|200|150|75.00', 'Đồng Tháp|Chi cục THADS huyện Cai Lậy|50|40|80.00',
  'Đồng Tháp|Chi cục THADS huyện Châu Thành (Đồng Tháp)|70|50|71.43', 'Đồng Tháp|Chi cục THADS huyện Cao Lãnh|40|30|75.00', '|TOTAL|360|270|75.00',
];

// Round 53b/01: "Hà Nam (trước sáp nhập)" folds to "ha nam truoc sap nhap", whose "nam truoc" read as
// "năm trước" (last year): the section was no section, its offices went to the province above
// them (exit 0), and a section subtotal so labelled was refused NOT_AN_OFFICE.
describe('a province ending in "Nam" before "(trước sáp nhập)" is a former province, no "năm trước"', () => {
  it('two sections, Kiên Giang and Quảng Nam: two provinces by --by province', async () => {
    const lines = [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', HEADER,
      'I,Thuộc tỉnh Kiên Giang (trước sáp nhập),,', '1,Chi cục THADS huyện Châu Thành,100,80', '2,Chi cục THADS huyện Giồng Riềng,50,40',
      'II,Thuộc tỉnh Quảng Nam (trước sáp nhập),,', '1,Chi cục THADS huyện Duy Xuyên,32,20', '2,Chi cục THADS huyện Đại Lộc,18,10',
      ',Tổng cộng,200,150',
    ];
    const r = await both('bc-viec-2025.csv', lines, ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    // An Giang 100+50 / 80+40 = 150/120 = 80.00 %; Đà Nẵng 32+18 / 20+10 = 50/30 = 60.00 %
    expect(table(r.stdout)).toEqual(['An Giang||150|120|80.00', 'Đà Nẵng||50|30|60.00', '|TOTAL|200|150|75.00']);
  });

  it('a numbered section with figures equal to its offices is their subtotal, not another period\'s row', async () => {
    const lines = [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', HEADER,
      'I,Tỉnh Ninh Bình (cũ),150,120', '1,Chi cục THADS huyện Kim Sơn,100,80', '2,Chi cục THADS huyện Yên Khánh,50,40',
      'II,Tỉnh Hà Nam (trước sáp nhập),50,30', '1,Chi cục THADS huyện Kim Bảng,32,20', '2,Chi cục THADS huyện Lý Nhân,18,10',
    ];
    const r = await both('bc-viec-2025.csv', lines, ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(['Ninh Bình||200|150|75.00', '|TOTAL|200|150|75.00']);
  });
});
