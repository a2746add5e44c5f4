// Round 79a, 03: a Cụm thi đua's table of its provinces' wholes under a Tỉnh column ("Bến Tre |
// Toàn tỉnh", …), closed by the cluster's row "Cộng cụm" with an empty Tỉnh cell. The rule of the
// Tỉnh cell merged down (province-merged-down.ts) gave that row the last province, Vĩnh Long, and
// the file was refused OFFICE_SUBTOTAL_MISMATCH (exit 1; read right before the rule). A group of
// provinces' total ("Cộng cụm", "Cộng Cụm 5", "Cộng các tỉnh trong cụm", "Cộng khối": row-labels.ts
// namesProvincesGroupTotal) ends the block and takes no province: it is checked against all the
// rows above it. A province's own levels ("Cộng khối Chi cục") stay in its block.
// Both readers agree; the xlsx reader reads the same sheet alike. Figures by hand.
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../helpers/key-rows.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes as codes, summarizeLinesWorkbook as xlsx } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-cluster-total-', ['--year', '2019', '--format', 'csv']);

/** The CSV output's rows as "province|office|cases with conditions|resolved|cases rate|money with conditions|resolved|money rate". */
function rows(stdout: string): string[] {
  return csvColumns(stdout, ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate']);
}

const HEAD = 'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';

/** The finding's file (cum-5-2019.csv), its closing row's label and cases with conditions given. */
function cluster(label: string, cases = 4500): string[] {
  return [
    HEAD,
    '1,Bến Tre,Toàn tỉnh,1500,1000,812450000,301220000',
    '2,Tiền Giang,Toàn tỉnh,1600,1100,903110000,355870000',
    '3,Vĩnh Long,Toàn tỉnh,1400,900,655320000,240010000',
    `,,${label},${cases},3000,2370880000,897100000`,
  ];
}

// By hand: cases 1500 + 1600 + 1400 = 4500, resolved 1000 + 1100 + 900 = 3000, 3000/4500 = 66,67 %;
// money 812,450,000 + 903,110,000 + 655,320,000 = 2,370,880,000, resolved 301,220,000 + 355,870,000
// + 240,010,000 = 897,100,000, 897,100,000/2,370,880,000 = 37,84 %. Per province: Bến Tre
// 1000/1500 = 66,67 %, 301,220,000/812,450,000 = 37,08 %; Tiền Giang 1100/1600 = 68,75 %,
// 355,870,000/903,110,000 = 39,40 %; Vĩnh Long 900/1400 = 64,29 %, 240,010,000/655,320,000 = 36,62 %.
const THREE = [
  'Bến Tre|Toàn tỉnh|1500|1000|66.67|812450000|301220000|37.08',
  'Tiền Giang|Toàn tỉnh|1600|1100|68.75|903110000|355870000|39.40',
  'Vĩnh Long|Toàn tỉnh|1400|900|64.29|655320000|240010000|36.62',
  '|TOTAL|4500|3000|66.67|2370880000|897100000|37.84',
];

describe('a cluster\'s total below its provinces\' wholes takes no province (was OFFICE_SUBTOTAL_MISMATCH, exit 1)', () => {
  it.each(['Cộng cụm', 'Cộng Cụm 5', 'Cộng các tỉnh trong cụm', 'Cộng khối', 'Cong cum', 'CỘNG CỤM', 'Tổng cụm thi đua số 5', 'Cộng các tỉnh, thành phố', 'Cluster 5 total'])(
    '"%s": the three provinces, 4500/3000 and 2,370,880,000/897,100,000',
    async (label) => {
      const r = await both('cum-5-2019.csv', cluster(label.includes(',') ? `"${label}"` : label));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(rows(r.stdout)).toEqual(THREE);
    },
  );

  it('the same sheet as xlsx reads alike', async () => {
    const r = await xlsx(dir, 'cum-5-2019.xlsx', cluster('Cộng cụm').map((l) => l.replace(/,/g, ';')), ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(THREE);
  });

  it('the cluster\'s row wrong (4600 against 4500) is refused at it, not read', async () => {
    const r = await both('cum-5-2019.csv', cluster('Cộng cụm', 4600));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:4: error: declared subtotal "Cộng cụm" has cases with conditions 4600, but the rows above it add up to 4500 [DECLARED_TOTAL_MISMATCH]');
  });

});

describe('over-reach: what already read, and a province\'s own rows, read as before', () => {
  it('below blocks of offices (read so before too): "Cộng cụm" is checked against every province\'s offices', async () => {
    const r = await both('cum-5-2019.csv', [
      'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
      'Bến Tre,Toàn tỉnh,1000,800,5000,2000', ',Thành phố Bến Tre,300,250,1000,600', ',Châu Thành,700,550,4000,1400',
      'Trà Vinh,Toàn tỉnh,500,400,3000,1000', ',Thành phố Trà Vinh,200,160,900,300', ',Châu Thành,300,240,2100,700',
      ',Cộng cụm,1500,1200,8000,3000',
    ]);
    expect(r.code).toBe(0);
    // 300+700+200+300 = 1500, 250+550+160+240 = 1200 (80 %); 1000+4000+900+2100 = 8000, 600+1400+300+700 = 3000 (37,5 %)
    expect(rows(r.stdout)).toEqual([
      'Bến Tre|Thành phố Bến Tre|300|250|83.33|1000|600|60.00',
      'Bến Tre|Châu Thành|700|550|78.57|4000|1400|35.00',
      'Trà Vinh|Thành phố Trà Vinh|200|160|80.00|900|300|33.33',
      'Trà Vinh|Châu Thành|300|240|80.00|2100|700|33.33',
      '|TOTAL|1500|1200|80.00|8000|3000|37.50',
    ]);
  });
  it.each(['Tổng cộng', 'Cộng', 'Tổng số', 'Cộng toàn cụm', 'Cộng 3 tỉnh'])('"%s" closing the table: the same three provinces', async (label) => {
    const r = await both('cum-5-2019.csv', cluster(label));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(THREE);
  });

  it('"Cộng khối Chi cục" inside Bến Tre\'s block stays Bến Tre\'s level, checked against its offices', async () => {
    const r = await both('ben-tre-tra-vinh-2019.csv', [
      'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
      'Bến Tre,Toàn tỉnh,1000,800,5000,2000', ',Cấp tỉnh,100,70,2000,500', ',Cộng khối Chi cục,900,730,3000,1500',
      ',Thành phố Bến Tre,300,250,1000,600', ',Châu Thành,600,480,2000,900',
      'Trà Vinh,Toàn tỉnh,500,400,3000,1000', ',Thành phố Trà Vinh,200,160,900,300', ',Châu Thành,300,240,2100,700',
    ]);
    expect(r.code).toBe(0);
    // Bến Tre: 100 + 300 + 600 = 1000 (its whole), 300 + 600 = 900 (Cộng khối Chi cục); Trà Vinh 200 + 300 = 500.
    // Total 300+600+200+300+100 = 1500, 250+480+160+240+70 = 1200; money 1000+2000+900+2100+2000 = 8000,
    // 600+900+300+700+500 = 3000, 37,50 %
    expect(rows(r.stdout)).toEqual([
      'Bến Tre|Thành phố Bến Tre|300|250|83.33|1000|600|60.00',
      'Bến Tre|Châu Thành|600|480|80.00|2000|900|45.00',
      'Trà Vinh|Thành phố Trà Vinh|200|160|80.00|900|300|33.33',
      'Trà Vinh|Châu Thành|300|240|80.00|2100|700|33.33',
      'Bến Tre|Cấp tỉnh|100|70|70.00|2000|500|25.00',
      '|TOTAL|1500|1200|80.00|8000|3000|37.50',
    ]);
  });

  it('"Cộng khối Chi cục" still takes Bến Tre: a wrong one is refused against Bến Tre\'s offices only', async () => {
    const r = await both('ben-tre-2019.csv', [
      'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
      'Bến Tre,Toàn tỉnh,1000,800,5000,2000', ',Cấp tỉnh,100,70,2000,500', ',Cộng khối Chi cục,910,730,3000,1500',
      ',Thành phố Bến Tre,300,250,1000,600', ',Châu Thành,600,480,2000,900',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // 300 + 600 = 900 against 910
    expect(codes(r.stderr.replace(/^ {2}hint:.*$/gm, ''))).toContain('DECLARED_TOTAL_MISMATCH');
    expect(r.stderr).toContain('"Cộng khối Chi cục" has cases with conditions 910, but the rows below it add up to 900');
  });
});

// Round 80a, 01: one province's file, its Tỉnh cell merged down from "Nam Định | Tổng cộng", its
// offices in blocs ("I | Khối thi đua số 1" … "Cộng khối"): the bloc's total is the bloc's, inside
// the province's block — ending the block there left the next bloc's offices without a province
// (MISSING_PROVINCE, a false refusal made by the rule of round 79a 03).
describe('a bloc headed inside a province\'s block: its "Cộng khối" stays in the block (round 80a, 01)', () => {
  const TINH = 'Tỉnh,STT,Đơn vị,Có điều kiện (việc),Giải quyết xong (việc),Có điều kiện (tiền),Giải quyết xong (tiền)';
  const blocs = (heading: string, total: string, second = '140'): string[] => [
    TINH,
    'Nam Định,,Tổng cộng,360,250,3600000,1300000',
    `,I,${heading} 1,,,,`,
    ',1,Cục THADS tỉnh Nam Định,100,80,1000000,500000',
    ',2,Mỹ Lộc,120,70,1200000,300000',
    `,,${total},220,150,2200000,800000`,
    `,II,${heading} 2,,,,`,
    ',1,Vụ Bản,80,50,800000,200000',
    ',2,Ý Yên,60,50,600000,300000',
    `,,${total},${second},100,1400000,500000`,
  ];
  // By hand: 100 + 120 + 80 + 60 = 360, 80 + 70 + 50 + 50 = 250, 250/360 = 69,44 %; money 1,000,000 +
  // 1,200,000 + 800,000 + 600,000 = 3,600,000, 500,000 + 300,000 + 200,000 + 300,000 = 1,300,000, 36,11 %;
  // the blocs 100 + 120 = 220 / 80 + 70 = 150 and 80 + 60 = 140 / 50 + 50 = 100.
  const FOUR = [
    'Nam Định|Cục THADS tỉnh Nam Định|100|80|80.00|1000000|500000|50.00',
    'Nam Định|Mỹ Lộc|120|70|58.33|1200000|300000|25.00',
    'Nam Định|Vụ Bản|80|50|62.50|800000|200000|25.00',
    'Nam Định|Ý Yên|60|50|83.33|600000|300000|50.00',
    '|TOTAL|360|250|69.44|3600000|1300000|36.11',
  ];
  it.each([
    ['Khối thi đua số', 'Cộng khối'],
    ['Cụm thi đua số', 'Cộng cụm'],
    ['Khối thi đua số', 'Cộng khối thi đua'],
  ])('"%s N" … "%s": the four offices of Nam Định, 360/250', async (heading, total) => {
    const r = await both('khoi-thi-dua-2019.csv', blocs(heading, total));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
  });

  it('a bloc\'s total that is not its offices\' sum (150 against 140) is refused at it', async () => {
    const r = await both('khoi-thi-dua-2019.csv', blocs('Khối thi đua số', 'Cộng khối', '150'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"Cộng khối" has cases with conditions 150, but the rows above it add up to 140');
  });
});
