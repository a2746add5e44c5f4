// --previous pairs an office named by its title with its unit word ("Huyện Mỹ Lộc") with last
// year's office column, which names it "Mỹ Lộc", "Chi cục THADS huyện Mỹ Lộc" or "H. Mỹ Lộc",
// by the rule the check across files uses: the bare name, where only one office of each side
// fits and units both sides state agree (huyện and thị xã Kỳ Anh stay two; two provinces'
// "Châu Thành" stay two). And a report by the 63 prints a section "Tỉnh Tiền Giang (cũ)" as
// Tiền Giang. Both readers agree.
import { describe, expect, it } from 'vitest';
import { matchYears } from '../../src/domain/match-years.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-previous-unit-words-', []);
const byDistrict = ['--by', 'district', '--format', 'csv'];

/** province|district|with conditions|resolved|rate|rate change, per row of a CSV summary. */
function table(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n');
  const cols = head!.split(',');
  return rows.map((r) => r.split(',')).map((r) => ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_rate_change'].map((c) => r[cols.indexOf(c)]).join('|'));
}

const oneYear = (name: string, side: 'now' | 'before') =>
  side === 'now'
    ? `thads: warning: "${name}" has no figures in the previous year's files (2018) [ONE_YEAR_ONLY]\n  hint: the office is compared with nothing; check its name in both years\n`
    : `thads: warning: "${name}" has figures in the previous year's files only (2018) [ONE_YEAR_ONLY]\n  hint: the office is compared with nothing; check its name in both years\n`;

/** A one-office report of 2019 named by its title (no office column), under `sender` if given. */
const titled = (sender: string | null, office: string, cases: string, resolved: string) => [
  ...(sender === null ? [] : [sender]), office, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: việc', 'STT,Có điều kiện,Giải quyết xong', `1,${cases},${resolved}`,
];
/** A province's report of 2018 with an office column. */
const column2018 = (sender: string, ...rows: string[]) => [sender, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', 'Đơn vị tính: việc', 'STT,Đơn vị,Có điều kiện,Giải quyết xong', ...rows.map((r, i) => `${i + 1},${r}`)];

describe('an office named by its title against last year\'s office column', () => {
  // 2019: 5.513/5.871 = 93.901… → 93.90; 2018: 4.000/5.000 = 80.00; change 93.90 − 80.00 = +13.90
  it.each(['Mỹ Lộc', 'Chi cục THADS huyện Mỹ Lộc', 'H. Mỹ Lộc', 'MỸ LỘC', 'Huyện Mỹ Lộc'])('"Huyện Mỹ Lộc" (no province) against "%s" of Nam Định: +13.90', async (before) => {
    const prev = write(`nd-${before.length}-viec-2018.csv`, column2018('CỤC THADS TỈNH NAM ĐỊNH', `${before},5.000,4.000`));
    const r = await both('bieu-01-viec-2019.csv', titled(null, 'CHI CỤC THADS HUYỆN MỸ LỘC', '5.871', '5.513'), ['--previous', prev, ...byDistrict]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(table(r.stdout)).toEqual(['|Huyện Mỹ Lộc|5871|5513|93.90|13.90', '|TOTAL|5871|5513|93.90|13.90']);
  });

  it('the title\'s office under its province, last year among others of the province: paired, the others said', async () => {
    // Vụ Bản 900/1.000 and Ý Yên 1.000/2.000 only last year
    const prev = write('nd-three-viec-2018.csv', column2018('CỤC THADS TỈNH NAM ĐỊNH', 'Mỹ Lộc,5.000,4.000', 'Vụ Bản,1.000,900', 'Ý Yên,2.000,1.000'));
    const r = await both('bieu-01-viec-2019.csv', titled('CỤC THADS TỈNH NAM ĐỊNH', 'CHI CỤC THADS HUYỆN MỸ LỘC', '5.871', '5.513'), ['--previous', prev, ...byDistrict]);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(['Nam Định|Huyện Mỹ Lộc|5871|5513|93.90|13.90', '|TOTAL|5871|5513|93.90|']);
    expect(r.stderr).toContain(oneYear('Vụ Bản', 'before') + oneYear('Ý Yên', 'before'));
    expect(r.stderr).not.toContain('Mỹ Lộc');
  });

  it('over-reach: "Huyện Kỳ Anh" and last year\'s "Thị xã Kỳ Anh" are two offices, each of one year', async () => {
    const prev = write('ht-viec-2018.csv', column2018('CỤC THADS TỈNH HÀ TĨNH', 'Thị xã Kỳ Anh,5.000,4.000'));
    for (const sender of ['CỤC THADS TỈNH HÀ TĨNH', null]) {
      const r = await both('bieu-01-viec-2019.csv', titled(sender, 'CHI CỤC THADS HUYỆN KỲ ANH', '5.871', '5.513'), ['--previous', prev, ...byDistrict]);
      expect(r.code).toBe(0);
      expect(table(r.stdout)).toEqual([`${sender === null ? '' : 'Hà Tĩnh'}|Huyện Kỳ Anh|5871|5513|93.90|`, '|TOTAL|5871|5513|93.90|']);
      // where only one side gives a province, prose names the office with it (provincesToTell)
      const town = sender === null ? '"Thị xã Kỳ Anh" (Hà Tĩnh)' : '"Thị xã Kỳ Anh"';
      expect(r.stderr).toContain(`${oneYear('Huyện Kỳ Anh', 'now')}thads: warning: ${town} has figures in the previous year's files only (2018) [ONE_YEAR_ONLY]\n`);
    }
  });

  it('over-reach: two provinces\' "Châu Thành" each pair with their own; one without a province pairs with neither', async () => {
    // 2018: Tiền Giang 100/200 = 50.00, Bến Tre 300/400 = 75.00
    const prev = write('two-viec-2018.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', 'STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong', '1,Tiền Giang,Châu Thành,200,100', '2,Bến Tre,Châu Thành,400,300']);
    // 2019: Tiền Giang 150/200 = 75.00 (+25.00), Bến Tre 320/400 = 80.00 (+5.00); 470/600 = 78.33 against 400/600 = 66.67: +11.67
    const r = await both('two-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong', '1,Tiền Giang,Huyện Châu Thành,200,150', '2,Bến Tre,Huyện Châu Thành,400,320'], ['--previous', prev, ...byDistrict]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(table(r.stdout)).toEqual(['Tiền Giang|Huyện Châu Thành|200|150|75.00|25.00', 'Bến Tre|Huyện Châu Thành|400|320|80.00|5.00', '|TOTAL|600|470|78.33|11.67']);
    // A title's "Huyện Châu Thành" of no province: either province's, so neither's
    const one = await both('bieu-01-viec-2019.csv', titled(null, 'CHI CỤC THADS HUYỆN CHÂU THÀNH', '200', '150'), ['--previous', prev, ...byDistrict]);
    expect(one.code).toBe(0);
    expect(table(one.stdout)).toEqual(['|Huyện Châu Thành|200|150|75.00|', '|TOTAL|200|150|75.00|']);
    expect(one.stderr).toContain(oneYear('Huyện Châu Thành', 'now'));
  });

  it('control: the same names both years pair as written', async () => {
    // 2018: 4.000/5.000 = 80.00, 900/1.000 = 90.00, total 4.900/6.000 = 81.666… → 81.67
    // 2019: 5.513/5.871 = 93.90 (+13.90), 950/1.000 = 95.00 (+5.00), total 6.463/6.871 = 94.062… → 94.06 (94.0620 − 81.6667 = 12.395… → +12.40)
    const prev = write('ctl-viec-2018.csv', column2018('CỤC THADS TỈNH NAM ĐỊNH', 'Huyện Mỹ Lộc,5.000,4.000', 'Huyện Vụ Bản,1.000,900'));
    const r = await both('ctl-viec-2019.csv', [...column2018('CỤC THADS TỈNH NAM ĐỊNH', 'Huyện Mỹ Lộc,5.871,5.513', 'Huyện Vụ Bản,1.000,950')].map((l) => l.replace('2018', '2019')), ['--previous', prev, ...byDistrict]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(table(r.stdout)).toEqual(['Nam Định|Huyện Mỹ Lộc|5871|5513|93.90|13.90', 'Nam Định|Huyện Vụ Bản|1000|950|95.00|5.00', '|TOTAL|6871|6463|94.06|12.40']);
  });

  it('matchYears: a side without a province fits offices of one province only', () => {
    const g = (district: string, province: string | null) => ({ province, district, year: null });
    const one = matchYears([g('Huyện Mỹ Lộc', null)], [g('Mỹ Lộc', 'Nam Định'), g('Vụ Bản', 'Nam Định')]);
    expect(one.pairs.map(([a, b]) => [a.district, b.district])).toEqual([['Huyện Mỹ Lộc', 'Mỹ Lộc']]);
    // the other side of two provinces: "Mỹ Lộc" is the only one, but of which province cannot be told
    const two = matchYears([g('Huyện Mỹ Lộc', null)], [g('Mỹ Lộc', 'Nam Định'), g('Phù Yên', 'Sơn La')]);
    expect(two.pairs).toEqual([]);
    expect(matchYears([g('Huyện Kỳ Anh', 'Hà Tĩnh')], [g('Thị xã Kỳ Anh', 'Hà Tĩnh')]).pairs).toEqual([]);
  });
});

describe('a report by the 63 prints a former-province mark\'s province as the province', () => {
  const HEADER = 'STT,Đơn vị,Có điều kiện,Giải quyết xong';
  // Tiền Giang 150+40 / 200+50 = 190/250 = 76.00; Đồng Tháp 50/70 = 71.428… → 71.43; 240/320 = 75.00
  it.each([
    ['Tỉnh Tiền Giang (cũ)', 'Tỉnh Đồng Tháp (trước sáp nhập)'],
    ['Tỉnh Tien Giang (cu)', 'Thuộc tỉnh Đồng Tháp (trước sắp xếp)'],
    ['TIỀN GIANG', 'ĐỒNG THÁP'],
  ])('2024, sections "%s" and "%s": Tiền Giang and Đồng Tháp, two "Châu Thành"', async (tg, dt) => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', HEADER, `I,${tg},,`, '1,Chi cục THADS huyện Châu Thành,200,150', '2,Chi cục THADS huyện Cai Lậy,50,40', `II,${dt},,`, '1,Chi cục THADS huyện Châu Thành,70,50'];
    const r = await both('tg-dt-viec-2024.csv', lines, byDistrict);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 150/200 = 75.00, 40/50 = 80.00
    expect(table(r.stdout)).toEqual(['Tiền Giang|Chi cục THADS huyện Châu Thành|200|150|75.00|', 'Tiền Giang|Chi cục THADS huyện Cai Lậy|50|40|80.00|', 'Đồng Tháp|Chi cục THADS huyện Châu Thành|70|50|71.43|', '|TOTAL|320|240|75.00|']);
    const byProvince = await both('tg-dt-viec-2024.csv', lines, ['--by', 'province', '--format', 'csv']);
    expect(byProvince.code).toBe(0);
    expect(table(byProvince.stdout).map((l) => l.split('|').slice(0, 5).join('|'))).toEqual(['Tiền Giang||250|190|76.00', 'Đồng Tháp||70|50|71.43', '|TOTAL|320|240|75.00']);
  });

  it('2025 by the 34: the warning quotes the section as read and names the province without its mark', async () => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', HEADER, 'I,Tỉnh Tiền Giang (trước sáp nhập),,', '1,Chi cục THADS huyện Cai Lậy,50,40'];
    const r = await both('tg-viec-2025.csv', lines, byDistrict);
    expect(r.code).toBe(0);
    // 40/50 = 80.00, counted as Đồng Tháp's
    expect(table(r.stdout)).toEqual(['Đồng Tháp|Chi cục THADS huyện Cai Lậy|50|40|80.00|', '|TOTAL|50|40|80.00|']);
    expect(r.stderr).toBe(
      'FILE:4: warning: the rows of "Tiền Giang (cũ)" are counted as Đồng Tháp\'s: Nghị quyết 202/2025/QH15 merged Tiền Giang into Đồng Tháp from 1/7/2025, and a report of year 2025 counts by the 34 provinces [PROVINCE_ROLLED_UP]\n' +
        '  hint: a report of 2025 or later counts by the 34 provinces; write the province as it has been named since 1/7/2025, or, for a report of a period before that day, state the period in the title\n',
    );
  });
});
