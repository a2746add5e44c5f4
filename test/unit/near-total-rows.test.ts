// Round 37b, findings 01–03: rows that are no office, added as offices (every total doubled,
// exit 0): a grand total under a label thads did not know, one cell off the offices' sum; the
// max/min rows of an analyst; target and forecast rows. Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { rowLabel } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];
const HEADER = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ';
// 2100 / 1800 accepted / with conditions, 1350 completed, 36 terminated: resolved 1386, 77.00 %
const OFFICES = ['1,Chi cục THADS huyện Giao Thủy,1000,800,600,10', '2,Chi cục THADS huyện Hải Hậu,500,400,300,6', '3,Chi cục THADS huyện Ý Yên,600,600,450,20'];

const { both } = bothReaders('thads-near-total-', ARGS);

function cases(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout).total.cases;
}

describe('rowLabel: totals, statistics, targets and forecasts', () => {
  it.each(['Chung toàn tỉnh', 'Chung', 'Chung cả tỉnh', 'Toàn đơn vị', 'Toàn Cục THADS', 'TC', 'Chung 3 đơn vị', 'Chung toàn ngành'])('%s is a total', (text) => expect(rowLabel(text)).toBe('total'));

  it.each([
    'Cao nhất', 'Thấp nhất', 'Lớn nhất', 'Nhỏ nhất', 'Max', 'Min', 'Tối đa', 'Tối thiểu', 'Giá trị cao nhất', 'Trung vị', 'Độ lệch chuẩn',
    'Phải đạt', 'Số phải đạt', 'Phải đạt (73%)', 'Yêu cầu phải đạt', 'Mục tiêu', 'Mục tiêu năm 2019', 'Số cần đạt', 'Giao', 'Được giao',
    'Dự báo cả năm', 'Dự báo đến 30/9', 'Còn thiếu', 'Số còn thiếu', 'Vượt',
  ])('%s is no office', (text) => expect(rowLabel(text)).toBe('other'));

  // place names that begin with the same words stay offices
  it.each(['Giao Thủy', 'Chi cục THADS huyện Giao Thủy', 'Chung Sơn', 'TC Mỹ Lộc', 'Minh Long', 'Maxwell', 'Cao Lãnh', 'Mục Nam', 'Côn Đảo', 'Toàn Thắng'])('%s stays an office', (text) =>
    expect(rowLabel(text)).toBe('office'),
  );
});

describe('finding 01: a grand total one cell off the offices\' sum', () => {
  it.each(['Chung toàn tỉnh', 'Chung', 'Chung cả tỉnh', 'Toàn đơn vị', 'Toàn Cục THADS', 'TC', 'Chung 3 đơn vị'])('"%s" is checked as a total and refused (4200 / 3600 was printed)', async (label) => {
    const r = await both(`chung-${label.length}-viec-2019.csv`, [HEADER, ...OFFICES, `,${label},2100,1800,1351,36`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:5:5: error: declared total "${label}" has cases completed 1351, but the office rows add up to 1350 [DECLARED_TOTAL_MISMATCH]`);
  });

  it('with the exact sum, "Chung toàn tỉnh" is checked and not added: 2100 / 1800, resolved 1386, 77.00 %', async () => {
    const r = await both('chung-exact-viec-2019.csv', [HEADER, ...OFFICES, ',Chung toàn tỉnh,2100,1800,1350,36']);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ total: '2100', withConditions: '1800', completed: '1350', terminated: '36', resolved: '1386', rate: '77.00' });
  });
});

describe('a row close to, not equal to, the sum of the rows above it', () => {
  const NEAR = [HEADER, ...OFFICES, ',Văn phòng Cục,2100,1800,1351,36'];

  it('is refused as a suspected total, at its line, naming the largest difference', async () => {
    const r = await both('near-viec-2019.csv', NEAR);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'FILE:5: error: line 5 "Văn phòng Cục" looks like a total row: its figures are close to, not equal to, the sum of the 3 rows above it (the largest difference: cases completed 1351 against 1350); added as an office it would count them twice [SUSPECTED_TOTAL_ROW]',
    );
  });

  it('--no-total-guess counts it as an office, with a warning, as for an exact sum: 4200 / 3600, 2701 + 72 = 2773', async () => {
    const r = await both('near-flag-viec-2019.csv', NEAR, [...ARGS, '--no-total-guess']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:5: warning: line 5 "Văn phòng Cục" looks like a total row: its figures are close to, not equal to');
    expect(cases(r.stdout)).toMatchObject({ total: '4200', withConditions: '3600', completed: '2701', terminated: '72', resolved: '2773' });
  });

  it('names the figure furthest from its sum relatively, in any column', async () => {
    // 2101 is 1 off 2100 (0.05 %), 1813 is 13 off 1800 (0.72 %): the latter is named
    const r = await both('near-largest-viec-2019.csv', [HEADER, ...OFFICES, ',Văn phòng Cục,2101,1813,1350,36']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(the largest difference: cases with conditions 1813 against 1800)');
  });

  it('a numbered last row is caught too', async () => {
    const r = await both('near-numbered-viec-2019.csv', [HEADER, ...OFFICES, '4,Văn phòng Cục,2100,1800,1351,36']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5: error: line 5 "Văn phòng Cục" looks like a total row: its figures are close to');
  });

  it('a large office among small ones is within 1 % in some columns only: added (wc 100+120+110+90+421 = 841, completed 80+90+85+70+380 = 705)', async () => {
    const h = 'STT,Đơn vị,Có điều kiện,Thi hành xong';
    const r = await both('big-office-viec-2019.csv', [h, '1,A,100,80', '2,B,120,90', '3,C,110,85', '4,D,90,70', '5,Thành phố,421,380']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '841', completed: '705', resolved: '705' });
  });

  it('with only 2 rows above, a near sum is no evidence: added (100 + 200 + 301 = 601, 80 + 150 + 230 = 460)', async () => {
    const h = 'STT,Đơn vị,Có điều kiện,Thi hành xong';
    const r = await both('two-above-viec-2019.csv', [h, '1,A,100,80', '2,B,200,150', '3,C,301,230']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '601', completed: '460' });
  });

  it('a last row legitimately large, not near the sum, is added (wc 100+200+300+900 = 1500)', async () => {
    const h = 'STT,Đơn vị,Có điều kiện,Thi hành xong';
    const r = await both('large-last-viec-2019.csv', [h, '1,A,100,80', '2,B,200,150', '3,C,300,240', '4,D,900,700']);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '1500', completed: '1170' });
  });

  it('every figure within 1 % but none within 3 units of its sum is no typo\'s total: added (2100+2110 = 4210)', async () => {
    const h = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Thi hành xong';
    const r = await both('near-no-exact-viec-2019.csv', [h, '1,A,1000,800,600', '2,B,500,400,300', '3,C,600,600,450', '4,D,2110,1810,1360']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(cases(r.stdout)).toMatchObject({ total: '4210', withConditions: '3610', completed: '2710' });
  });

  it('a single non-zero figure is too little evidence: added (wc 1800 + 1801 = 3601)', async () => {
    const h = 'STT,Đơn vị,Có điều kiện,Thi hành xong';
    const r = await both('one-figure-viec-2019.csv', [h, '1,A,800,0', '2,B,400,0', '3,C,600,0', '4,D,1801,0']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '3601', completed: '0' });
  });
});

describe('findings 02 and 03: statistics, targets and forecasts below the offices', () => {
  it.each([
    'Cao nhất', 'Thấp nhất', 'Lớn nhất', 'Nhỏ nhất', 'Max', 'Min', 'Tối đa', 'Tối thiểu', 'Giá trị cao nhất', 'Trung vị', 'Độ lệch chuẩn',
    'Phải đạt', 'Số phải đạt', 'Phải đạt (73%)', 'Yêu cầu phải đạt', 'Mục tiêu', 'Mục tiêu năm 2019', 'Số cần đạt', 'Giao', 'Được giao',
    'Dự báo cả năm', 'Dự báo đến 30/9', 'Còn thiếu', 'Số còn thiếu', 'Vượt',
  ])('"%s" is refused, never added as an office', async (label) => {
    const r = await both(`word-${encodeURIComponent(label).length}-viec-2019.csv`, [HEADER, ...OFFICES, `,${label},1000,800,600,20`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:5:2: error: "${label}" is no office and no total of offices (a breakdown, a comparison, a statistic of the offices, a plan or a target): it would be added as an office [NOT_AN_OFFICE]`);
  });

  it('the reproducers: "Cao nhất" / "Thấp nhất", "Phải đạt", "Dự báo cả năm" are refused at their rows (3600 / 3000, 3600 / 2700, 4400 / 3700 were printed)', async () => {
    const maxMin = await both('max-min-viec-2019.csv', [HEADER, ...OFFICES, ',Cao nhất,1000,800,600,20', ',Thấp nhất,500,400,300,6']);
    expect(maxMin.code).toBe(1);
    expect(maxMin.stderr).toContain('FILE:5:2: error: "Cao nhất" is no office');
    const target = await both('phai-dat-viec-2019.csv', [HEADER, ...OFFICES, ',Phải đạt,,1800,1314,', ',Còn thiếu,,,,']);
    expect(target.code).toBe(1);
    expect(target.stderr).toContain('FILE:5:2: error: "Phải đạt" is no office');
    const forecast = await both('du-bao-viec-2019.csv', [HEADER, ...OFFICES, ',Dự báo cả năm,2300,1900,1450,40']);
    expect(forecast.code).toBe(1);
    expect(forecast.stderr).toContain('FILE:5:2: error: "Dự báo cả năm" is no office');
  });

  it('the offices alone: 2100 / 1800, resolved 1350 + 36 = 1386, 77.00 %', async () => {
    const r = await both('offices-viec-2019.csv', [HEADER, ...OFFICES]);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ total: '2100', withConditions: '1800', resolved: '1386', rate: '77.00' });
  });
});

describe('a near sum on few figures is a warning (round 38, 02)', () => {
  it('a big office listed last in a cases-only table, within 1 % of the three above on its 2 figures: read, warned; 3791 / 2931 = 77.31 %', async () => {
    const r = await both('kv-viec-2025.csv', ['STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Phòng THADS khu vực 4,431,322', '2,Phòng THADS khu vực 3,655,503', '3,Phòng THADS khu vực 2,812,640', '4,Phòng THADS khu vực 1,1893,1466'], ['--by', 'none', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:5: warning: line 5 "Phòng THADS khu vực 1" looks like a total row: its figures are close to, not equal to, the sum of the 3 rows above it');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '3791', resolved: '2931', rate: '77.31' });
  });
});
