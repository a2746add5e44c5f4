// Rows naming a group of offices that is never an office: a former province ("Tỉnh Nam Định
// (cũ)", "Địa bàn tỉnh Nam Định cũ", "Thuộc tỉnh Hà Nam (trước sáp nhập)") or an emulation
// cluster ("Cụm thi đua số 1", "Cụm số 1"). A merged province's 2026 report lists its offices
// under them (round 46b, 04; round 46a, 05): with figures they are sections checked against the
// rows below them, whatever their STT; without, titles heading offices. Both readers agree.
import { describe, expect, it } from 'vitest';
import { namesComparison, namesGroupOnly } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-group-sections-', ['--by', 'none', '--format', 'csv']);

const TITLE_2026 = ['CỤC THADS TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TỈNH BẰNG VIỆC NĂM 2026'];
const HEADER = 'STT,Đơn vị,Có điều kiện,Giải quyết xong';

/** The offices (district column) of a summary by office. */
function offices(stdout: string): string[] {
  return stdout.trim().split('\n').slice(1).map((r) => r.split(',')[1]!).filter((d) => d !== 'TOTAL');
}

/** The TOTAL row's cases with conditions, resolved and rate. */
function total(stdout: string): [string, string, string] {
  const [head, ...rows] = stdout.trim().split('\n');
  const cols = head!.split(',');
  const row = rows.find((r) => r.split(',')[1] === 'TOTAL')!.split(',');
  const at = (name: string) => row[cols.indexOf(name)]!;
  return [at('cases_with_conditions'), at('cases_resolved'), at('cases_rate')];
}

describe('namesGroupOnly: a group\'s label, never an office', () => {
  it.each([
    'Tỉnh Nam Định (cũ)', 'Nam Định cũ', 'Tỉnh Ninh Bình (cũ)', 'Địa bàn tỉnh Nam Định cũ', 'Địa bàn tỉnh Hà Nam (cũ)',
    'Thuộc tỉnh Nam Định (trước sáp nhập)', 'Thuộc tỉnh Hà Nam (trước sáp nhập)', 'Tỉnh Thái Bình trước sáp nhập',
    'Cụm thi đua số 1', 'Cụm số 1', 'Cụm thi đua 2', 'Cụm 2',
  ])('%s', (text) => expect(namesGroupOnly(text)).toBe(true));
  it.each([
    'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Mỹ Lộc (cũ)', 'Thành phố Nam Định (cũ)', 'Chi cục THADS thành phố Nam Định (cũ)',
    'Huyện Mỹ Lộc (cũ)', 'Phòng THADS khu vực 1', 'Nam Định', 'Tỉnh Nam Định', 'Thuộc tỉnh Nam Định', 'Cụm thi đua', 'Khu vực 1 (cũ)',
  ])('%s is not', (text) => expect(namesGroupOnly(text)).toBe(false));
  it('"Hà Nam (trước sáp nhập)" names no earlier period ("nam trước")', () => {
    expect(namesComparison('Thuộc tỉnh Hà Nam (trước sáp nhập)')).toBe(false);
    expect(namesComparison('Cùng kỳ năm trước')).toBe(true);
  });
});

/**
 * The PROVINCE_ROLLED_UP warning a former province's rows get in a report of `year` (as a "(cũ)"
 * province cell's do): the rows quoted as written, the province named without its mark.
 */
const rolled = (line: number, former: string, into: string, year: number) =>
  `FILE:${line}: warning: the rows of "${former}" are counted as ${into}'s: Nghị quyết 202/2025/QH15 merged ${former.replace(/ \(cũ\)$/, '')} into ${into} from 1/7/2025, and a report of year ${year} counts by the 34 provinces [PROVINCE_ROLLED_UP]\n` +
  '  hint: a report of 2025 or later counts by the 34 provinces; write the province as it has been named since 1/7/2025, or, for a report of a period before that day, state the period in the title\n';

describe('former provinces as sections of a 2026 report (round 46b, 04)', () => {
  // each section names its offices' province, "(cũ)" kept: rolled into Ninh Bình and said (round 51a, 02)
  const ROLLED = rolled(6, 'Nam Định (cũ)', 'Ninh Bình', 2026) + rolled(9, 'Hà Nam (cũ)', 'Ninh Bình', 2026) + rolled(12, 'Ninh Bình (cũ)', 'Ninh Bình', 2026);
  // offices 600+400+700+300+500+500 = 3000, 500+300+500+200+450+450 = 2400: 80.00 %; each section equals its rows
  const ARABIC = [
    ...TITLE_2026, HEADER, ',Tổng cộng,3000,2400',
    '1,Tỉnh Nam Định (cũ),1000,800', ',Phòng THADS khu vực 1,600,500', ',Phòng THADS khu vực 2,400,300',
    '2,Tỉnh Hà Nam (cũ),1000,700', ',Phòng THADS khu vực 3,700,500', ',Phòng THADS khu vực 6,300,200',
    '3,Tỉnh Ninh Bình (cũ),1000,900', ',Phòng THADS khu vực 4,500,450', ',Phòng THADS khu vực 5,500,450',
  ];
  it('numbered 1, 2, 3 over unnumbered offices: 3000 / 2400, 80.00 %', async () => {
    const r = await both('bc-viec-2026.csv', ARABIC);
    expect(r.stderr).toBe(ROLLED);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(['3000', '2400', '80.00']);
    expect(offices((await both('bc-viec-2026.csv', ARABIC, ['--format', 'csv'])).stdout)).toHaveLength(6);
  });

  const UNNUMBERED = [
    ...TITLE_2026, HEADER, ',Tổng cộng,3000,2400',
    ',Tỉnh Nam Định (cũ),1000,800', '1,Phòng THADS khu vực 1,600,500', '2,Phòng THADS khu vực 2,400,300',
    ',Tỉnh Hà Nam (cũ),1000,700', '3,Phòng THADS khu vực 3,700,500', '4,Phòng THADS khu vực 6,300,200',
    ',Tỉnh Ninh Bình (cũ),1000,900', '5,Phòng THADS khu vực 4,500,450', '6,Phòng THADS khu vực 5,500,450',
  ];
  it('unnumbered over offices numbered 1–6: 3000 / 2400, 80.00 %', async () => {
    const r = await both('bc-viec-2026.csv', UNNUMBERED);
    expect(r.stderr).toBe(ROLLED);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(['3000', '2400', '80.00']);
    expect(offices((await both('bc-viec-2026.csv', UNNUMBERED, ['--format', 'csv'])).stdout)).toHaveLength(6);
  });

  it('a section that is not the sum of its rows is refused, at its line', async () => {
    const lines = ARABIC.map((l) => (l === '1,Tỉnh Nam Định (cũ),1000,800' ? '1,Tỉnh Nam Định (cũ),1100,800' : l));
    const r = await both('bc-viec-2026.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:3: error: line 5 "Tỉnh Nam Định (cũ)" heads the rows below it as a section, but its cases with conditions 1100 is not the sum of the rows below it (1000); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  it('a Tổng cộng that does not match the offices is still refused', async () => {
    const lines = ARABIC.map((l) => (l === ',Tổng cộng,3000,2400' ? ',Tổng cộng,3100,2400' : l));
    const r = await both('bc-viec-2026.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:3: error: declared total "Tổng cộng" has cases with conditions 3100, but the office rows add up to 3000 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('clusters and former provinces as titles without figures (round 46a, 05)', () => {
  const TITLE_2019 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;';
  const file = (first: string, second: string) => [
    TITLE_2019, 'STT;Đơn vị;Có điều kiện;Giải quyết xong',
    `;${first};;`, '1;Chi cục A;100;80', '2;Chi cục B;50;40', `;${second};;`, '3;Chi cục C;32;20', '4;Chi cục D;18;10', ';Tổng cộng;200;150',
  ];
  // 100+50+32+18 = 200, 80+40+20+10 = 150: 75.00 %
  it.each([
    ['Cụm thi đua số 1', 'Cụm thi đua số 2'], ['Cụm số 1', 'Cụm số 2'], ['Cụm thi đua 1', 'Cụm thi đua 2'], ['Cụm 1', 'Cụm 2'],
    ['Địa bàn tỉnh Nam Định cũ', 'Địa bàn tỉnh Hà Nam cũ'], ['Thuộc tỉnh Nam Định (trước sáp nhập)', 'Thuộc tỉnh Hà Nam (trước sáp nhập)'],
  ])('%s / %s: 200 / 150, 75.00 %%', async (first, second) => {
    const r = await both('bc-viec-2019.csv', file(first, second));
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(['200', '150', '75.00']);
  });
});

describe('offices named after a place with "cũ" stay offices', () => {
  const CONTROL = ['BÁO CÁO NĂM 2019', HEADER, '1,Chi cục THADS thành phố Nam Định (cũ),100,80', '2,Chi cục THADS huyện Mỹ Lộc,50,40', ',Tổng cộng,150,120'];
  it('"Chi cục THADS thành phố Nam Định (cũ)" and "Chi cục THADS huyện Mỹ Lộc" are two offices: 150 / 120', async () => {
    const r = await both('bc-viec-2019.csv', CONTROL);
    expect(r.code).toBe(0);
    // 100+50 = 150, 80+40 = 120: 80.00 %
    expect(total(r.stdout)).toEqual(['150', '120', '80.00']);
    expect(offices((await both('bc-viec-2019.csv', CONTROL, ['--format', 'csv'])).stdout)).toEqual(['Chi cục THADS thành phố Nam Định (cũ)', 'Chi cục THADS huyện Mỹ Lộc']);
  });
});
