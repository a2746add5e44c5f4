// A national sheet whose Tỉnh cell is merged down over each province's block, saved as CSV
// (work77a 04): the CSV keeps the province on the block's first row only, its whole ("Bến Tre |
// Toàn tỉnh"). Before: the offices below had no province, two provinces' "Châu Thành" (and their
// "Cấp tỉnh") were summed as one office (money 42,11 %), --by province printed one group with no
// province, exit 0; and the table of wholes (Toàn tỉnh / Cấp tỉnh / Cấp huyện per province) was
// refused DECLARED_TOTAL_MISMATCH. Now the province of a total's row heads the rows below it with
// an empty Tỉnh cell, down to the next Tỉnh cell (input/province-merged-down.ts), as the
// workbook's merged cell shows them; the total is checked against them.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-merged-province-', ['--format', 'csv']);

/** The CSV output's rows as "province|office|cases with conditions|resolved|money with conditions|resolved|money rate". */
function rows(stdout: string): string[] {
  const [head, ...lines] = stdout.trim().split('\n');
  const at = (name: string) => head!.split(',').indexOf(name);
  const keys = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved', 'money_rate'];
  return lines.map((l) => {
    const cells = l.split(',');
    return keys.map((k) => cells[at(k)]).join('|');
  });
}

const HEAD = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';

/** The finding's file: Bến Tre's and Trà Vinh's blocks, the Tỉnh cell on each "Toàn tỉnh" only. */
function benTreTraVinh(whole = 'Toàn tỉnh'): string[] {
  return [
    TITLE, HEAD,
    `Bến Tre,${whole},1000,800,5000,2000`,
    ',Cấp tỉnh,100,70,2000,500',
    ',Cấp huyện,900,730,3000,1500',
    ',Thành phố Bến Tre,300,250,1000,600',
    ',Châu Thành,250,200,800,400',
    ',Mỏ Cày Nam,350,280,1200,500',
    `Trà Vinh,${whole},500,400,3000,1000`,
    ',Cấp tỉnh,50,40,1000,300',
    ',Cấp huyện,450,360,2000,700',
    ',Thành phố Trà Vinh,200,160,900,300',
    ',Châu Thành,250,200,1100,400',
  ];
}

// By hand (checks: Bến Tre 100 + 900 = 1000, 300 + 250 + 350 = 900; Trà Vinh 50 + 450 = 500, 200 + 250 = 450):
// Châu Thành (Bến Tre) money 400/800 = 50,00 %; Châu Thành (Trà Vinh) 400/1100 = 36,36 %;
// Cấp tỉnh (Bến Tre) 500/2000 = 25 %, (Trà Vinh) 300/1000 = 30 %; TP Bến Tre 600/1000 = 60 %,
// Mỏ Cày Nam 500/1200 = 41,67 %, TP Trà Vinh 300/900 = 33,33 %.
// Total: 300+250+350+200+250+100+50 = 1500 cases, 250+200+280+160+200+70+40 = 1200 resolved;
// money 1000+800+1200+900+1100+2000+1000 = 8000, 600+400+500+300+400+500+300 = 3000, 37,50 %.
const SEVEN = [
  'Bến Tre|Thành phố Bến Tre|300|250|1000|600|60.00',
  'Bến Tre|Châu Thành|250|200|800|400|50.00',
  'Bến Tre|Mỏ Cày Nam|350|280|1200|500|41.67',
  'Trà Vinh|Thành phố Trà Vinh|200|160|900|300|33.33',
  'Trà Vinh|Châu Thành|250|200|1100|400|36.36',
  'Bến Tre|Cấp tỉnh|100|70|2000|500|25.00',
  'Trà Vinh|Cấp tỉnh|50|40|1000|300|30.00',
  '|TOTAL|1500|1200|8000|3000|37.50',
];

describe('a Tỉnh cell merged down over its province\'s block, saved as CSV', () => {
  it('reads seven offices of two provinces, not one "Châu Thành" of no province (was 42,11 %, exit 0)', async () => {
    const r = await both('ben-tre-tra-vinh-2019.csv', benTreTraVinh());
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(SEVEN);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
  });

  it('--by province: Bến Tre 800/1000, 2000/5000 = 40,00 %; Trà Vinh 400/500, 1000/3000 = 33,33 %', async () => {
    const r = await both('ben-tre-tra-vinh-2019.csv', benTreTraVinh(), ['--by', 'province', '--format', 'csv']);
    expect(r.code).toBe(0);
    // Bến Tre 300+250+350+100 = 1000, 250+200+280+70 = 800; 1000+800+1200+2000 = 5000, 600+400+500+500 = 2000
    // Trà Vinh 200+250+50 = 500, 160+200+40 = 400; 900+1100+1000 = 3000, 300+400+300 = 1000
    expect(rows(r.stdout)).toEqual(['Bến Tre||1000|800|5000|2000|40.00', 'Trà Vinh||500|400|3000|1000|33.33', '|TOTAL|1500|1200|8000|3000|37.50']);
  });

  it.each(['TOÀN TỈNH', 'Toan tinh', 'Cả tỉnh', 'Tổng cộng'])('the block\'s total written "%s"', async (whole) => {
    const r = await both('ben-tre-tra-vinh-2019.csv', benTreTraVinh(whole));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(SEVEN);
  });

  it('an English export: "Province total" over the offices', async () => {
    const r = await both('ben-tre-tra-vinh-2019.csv', [
      'Province,Office,Cases with conditions,Cases resolved',
      'Ben Tre,Province total,1000,800', ',Ben Tre City,300,250', ',Chau Thanh,700,550',
      'Tra Vinh,Province total,500,400', ',Tra Vinh City,200,160', ',Chau Thanh,300,240',
    ]);
    expect(r.code).toBe(0);
    // two Chau Thanh: 700/550 and 300/240; total 300+700+200+300 = 1500, 250+550+160+240 = 1200
    expect(rows(r.stdout)).toEqual(['Ben Tre|Ben Tre City|300|250|||', 'Ben Tre|Chau Thanh|700|550|||', 'Tra Vinh|Tra Vinh City|200|160|||', 'Tra Vinh|Chau Thanh|300|240|||', '|TOTAL|1500|1200|||']);
  });

  it('the table of wholes saved so reads its three provinces (was DECLARED_TOTAL_MISMATCH, exit 1)', async () => {
    const r = await both('toan-quoc-theo-tinh-2024.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', HEAD,
      'Hà Nội,Toàn tỉnh,2000,1500,9000,4000', ',Cấp tỉnh,200,100,3000,1000', ',Cấp huyện,1800,1400,6000,3000',
      'Huế,Toàn tỉnh,300,200,1000,500', ',Cấp tỉnh,30,20,400,100', ',Cấp huyện,270,180,600,400',
      'Đắk Lắk,Toàn tỉnh,700,500,4000,1000', ',Cấp tỉnh,70,40,800,200', ',Cấp huyện,630,460,3200,800',
    ]);
    expect(r.code).toBe(0);
    // 2000+300+700 = 3000, 1500+200+500 = 2200; money 9000+1000+4000 = 14000, 4000+500+1000 = 5500, 39,29 %
    expect(rows(r.stdout)).toEqual([
      'Hà Nội|Toàn tỉnh|2000|1500|9000|4000|44.44',
      'Huế|Toàn tỉnh|300|200|1000|500|50.00',
      'Đắk Lắk|Toàn tỉnh|700|500|4000|1000|25.00',
      '|TOTAL|3000|2200|14000|5500|39.29',
    ]);
  });

  it('a grand total below the last block is no province\'s: it ends the block and is checked against all', async () => {
    const lines = [TITLE, HEAD, 'Bến Tre,Toàn tỉnh,1000,800,5000,2000', ',Thành phố Bến Tre,300,250,1000,600', ',Châu Thành,700,550,4000,1400',
      'Trà Vinh,Toàn tỉnh,500,400,3000,1000', ',Thành phố Trà Vinh,200,160,900,300', ',Châu Thành,300,240,2100,700', ',Tổng cộng,1500,1200,8000,3000'];
    const r = await both('ben-tre-tra-vinh-2019.csv', lines);
    expect(r.code).toBe(0);
    // 300+700+200+300 = 1500, 250+550+160+240 = 1200; 1000+4000+900+2100 = 8000, 600+1400+300+700 = 3000
    expect(rows(r.stdout)).toEqual(['Bến Tre|Thành phố Bến Tre|300|250|1000|600|60.00', 'Bến Tre|Châu Thành|700|550|4000|1400|35.00', 'Trà Vinh|Thành phố Trà Vinh|200|160|900|300|33.33', 'Trà Vinh|Châu Thành|300|240|2100|700|33.33', '|TOTAL|1500|1200|8000|3000|37.50']);
  });
});

describe('where the blocks are not proven, refused, never merged silently', () => {
  it('an office of no block below the last one makes its province\'s total wrong: refused at it', async () => {
    const r = await both('ben-tre-2019.csv', [TITLE, HEAD, 'Bến Tre,Toàn tỉnh,1000,800,5000,2000', ',Thành phố Bến Tre,300,250,1000,600', ',Châu Thành,700,550,4000,1400', ',Văn phòng Cục,10,5,100,50']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // 300+700+10 = 1010 against 1000: the row taken into the block does not belong there
    expect(r.stderr).toContain('FILE:3:3: error: declared total "Toàn tỉnh" has cases with conditions 1000, but the office rows add up to 1010; the difference is exactly line 6 "Văn phòng Cục"');
  });

  it('an office without a province above the first province\'s total: MISSING_PROVINCE at it', async () => {
    const r = await both('ben-tre-2019.csv', [TITLE, HEAD, ',Văn phòng Cục,10,5,100,50', 'Bến Tre,Toàn tỉnh,1000,800,5000,2000', ',Thành phố Bến Tre,300,250,1000,600', ',Châu Thành,700,550,4000,1400']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:1: error: this office row has no province, but line 5 has one ("Bến Tre"): its figures would be summed under no province [MISSING_PROVINCE]');
  });

  it("a province's figures wrong within its block: refused at its total", async () => {
    // Trà Vinh's Châu Thành 260 (not 250): 200 + 260 + 50 = 510 cases against its whole's 500
    const lines = benTreTraVinh().map((l) => (l === ',Châu Thành,250,200,1100,400' ? ',Châu Thành,260,200,1100,400' : l));
    const r = await both('ben-tre-tra-vinh-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:9:3: error: declared total "Toàn tỉnh" has cases with conditions 500, but the rows below it add up to 510 [DECLARED_TOTAL_MISMATCH]');
    // Cấp huyện 450 against 200 + 260 = 460
    expect(r.stderr).toContain('FILE:11:3: error: declared subtotal "Cấp huyện" has cases with conditions 450, but the rows below it add up to 460 [DECLARED_TOTAL_MISMATCH]');
  });

  it('the province on the first office of each block (no total heading it) stays refused, MISSING_PROVINCE', async () => {
    const r = await both('ben-tre-tra-vinh-2019.csv', [TITLE, HEAD, 'Bến Tre,Thành phố Bến Tre,300,250,1000,600', ',Châu Thành,250,200,800,400', 'Trà Vinh,Thành phố Trà Vinh,200,160,900,300', ',Châu Thành,250,200,1100,400']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: this office row has no province, but line 3 has one ("Bến Tre"): its figures would be summed under no province [MISSING_PROVINCE]');
  });
});

describe('over-reach: ordinary files read as before', () => {
  it('a Tỉnh column left empty on every row, with its total: offices of no province', async () => {
    const r = await both('tong-hop-2019.csv', [TITLE, HEAD, ',Thành phố Bến Tre,300,250,1000,600', ',Châu Thành,700,550,4000,1400', ',Tổng cộng,1000,800,5000,2000']);
    expect(r.code).toBe(0);
    // 300+700 = 1000, 250+550 = 800; 1000+4000 = 5000, 600+1400 = 2000, 40,00 %
    expect(rows(r.stdout)).toEqual(['|Thành phố Bến Tre|300|250|1000|600|60.00', '|Châu Thành|700|550|4000|1400|35.00', '|TOTAL|1000|800|5000|2000|40.00']);
  });

  it('one province on every row, "Toàn tỉnh" on top: its offices, the whole checked and not added', async () => {
    const r = await both('ben-tre-2019.csv', [TITLE, HEAD, 'Bến Tre,Toàn tỉnh,1000,800,5000,2000', 'Bến Tre,Thành phố Bến Tre,300,250,1000,600', 'Bến Tre,Châu Thành,700,550,4000,1400']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Bến Tre|Thành phố Bến Tre|300|250|1000|600|60.00', 'Bến Tre|Châu Thành|700|550|4000|1400|35.00', '|TOTAL|1000|800|5000|2000|40.00']);
  });

  it('the Tỉnh column on every row of two provinces: two "Châu Thành"', async () => {
    const r = await both('ben-tre-tra-vinh-2019.csv', [TITLE, HEAD, 'Bến Tre,Thành phố Bến Tre,300,250,1000,600', 'Bến Tre,Châu Thành,250,200,800,400', 'Trà Vinh,Châu Thành,250,200,1100,400']);
    expect(r.code).toBe(0);
    // 300+250+250 = 800, 250+200+200 = 650; 1000+800+1100 = 2900, 600+400+400 = 1400, 48,28 %
    expect(rows(r.stdout)).toEqual(['Bến Tre|Thành phố Bến Tre|300|250|1000|600|60.00', 'Bến Tre|Châu Thành|250|200|800|400|50.00', 'Trà Vinh|Châu Thành|250|200|1100|400|36.36', '|TOTAL|800|650|2900|1400|48.28']);
  });

  it('offices of no province with their province\'s total at the bottom: as before', async () => {
    const r = await both('tong-hop-2019.csv', [TITLE, HEAD, ',Thành phố Bến Tre,300,250,1000,600', ',Châu Thành,700,550,4000,1400', 'Bến Tre,Tổng cộng,1000,800,5000,2000']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['|Thành phố Bến Tre|300|250|1000|600|60.00', '|Châu Thành|700|550|4000|1400|35.00', '|TOTAL|1000|800|5000|2000|40.00']);
  });
});
