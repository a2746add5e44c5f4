// A national table in nghìn đồng with 3 decimals (round 72b, 01): its "Tổng cộng" is Excel's
// =SUM of the rows, a left-to-right sum in binary doubles kept at 15 significant digits, and a
// total of 15 digits may then be a unit or a few off the exact sum of its rows (743.400.193.507,082
// against ,083). thads refused it (DECLARED_TOTAL_MISMATCH). Now a total of 15 or more digits
// agrees when it is within what such a sum may be off (excel-digits.ts agreesWithExcelSum); one
// of fewer digits, or beyond that bound, is still refused. The money printed is always the
// exact sum of the rows.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { mulberry32 } from '../helpers/mulberry32.mjs';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';
import { D } from '../../src/domain/decimal.js';
import { agreesWithExcelSum } from '../../src/domain/excel-digits.js';

/** thousandths of a nghìn (đồng) → "19.308.509.404,673", as Excel shows #,##0.000 with Vietnamese separators */
function vn(dong: bigint): string {
  const whole = (dong / 1000n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${whole},${(dong % 1000n).toString().padStart(3, '0')}`;
}
/** the same as Excel stores it in a cell: "19308509404.673" */
const plain = (dong: bigint) => `${dong / 1000n}.${(dong % 1000n).toString().padStart(3, '0')}`;

/** Row k (0-based) of a table of `n` offices: money with conditions a + k·b đồng; 100 cases with conditions, 80 resolved, 1.000.000,001 nghìn resolved. */
const money = (a: bigint, b: bigint, k: number) => a + BigInt(k) * b;
const RESOLVED = 1_000_000_001n;

/** The CSV Excel saves "as shown": title, unit, header, the offices (lines 4…), "Tổng cộng" with `total` (money with conditions, as shown) and `resolvedTotal`. */
function csv(n: number, a: bigint, b: bigint, total: string, resolvedTotal: string): string[] {
  const rows = Array.from({ length: n }, (_, k) => `${k + 1},Tỉnh ${k},100,80,"${vn(money(a, b, k))}","${vn(RESOLVED)}"`);
  return ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: Việc; nghìn đồng', 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', ...rows, `,Tổng cộng,${n * 100},${n * 80},"${total}","${resolvedTotal}"`];
}

const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
const num = (ref: string, v: string | number) => `<c r="${ref}"><v>${v}</v></c>`;
const sum = (ref: string, column: string, last: number, stored: string | number) => `<c r="${ref}"><f>SUM(${column}4:${column}${last})</f><v>${stored}</v></c>`;

/** The same sheet as a workbook ("Biểu 01", the finding's layout): the total row's =SUM cells store `stored` (money with conditions) and `resolvedStored`. */
function workbook(n: number, a: bigint, b: bigint, stored: string, resolvedStored: string): Promise<string> {
  const last = n + 3;
  const row = (r: number, cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
  const data = [
    row(1, [text('A1', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019')]),
    row(2, [text('A2', 'Đơn vị tính: Việc; nghìn đồng')]),
    row(3, ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'].map((h, i) => text(`${'ABCDEF'[i]}3`, h))),
    ...Array.from({ length: n }, (_, k) => row(k + 4, [num(`A${k + 4}`, k + 1), text(`B${k + 4}`, `Tỉnh ${k}`), num(`C${k + 4}`, 100), num(`D${k + 4}`, 80), num(`E${k + 4}`, plain(money(a, b, k))), num(`F${k + 4}`, plain(RESOLVED))])),
    row(last + 1, [text(`B${last + 1}`, 'Tổng cộng'), sum(`C${last + 1}`, 'C', last, n * 100), sum(`D${last + 1}`, 'D', last, n * 80), sum(`E${last + 1}`, 'E', last, stored), sum(`F${last + 1}`, 'F', last, resolvedStored)]),
  ].join('');
  return writeRawWorkbook({ sheets: [{ name: 'Biểu 01', data }], workbookTail: '<calcPr calcId="191029"/>', name: 'quoc-gia-2019.xlsx' });
}

/** Excel's =SUM: the cells' doubles added top to bottom (what the stored results below are). */
function excelSum(n: number, a: bigint, b: bigint, row = money): number {
  let s = 0;
  for (let k = 0; k < n; k++) s += Number(plain(row(a, b, k)));
  return s;
}

const ARGS = ['--by', 'none', '--format', 'json'];
const { both } = bothReaders('thads-residue-', ARGS);
/** money with conditions and money resolved of the run's total, đồng; null when refused */
const moneyOf = (stdout: string) => (stdout === '' ? null : [JSON.parse(stdout).total.money.withConditions, JSON.parse(stdout).total.money.resolved]);

async function xlsx(file: string) {
  const r = await runThads(['summarize', file, ...ARGS]);
  return { code: r.code, stderr: r.stderr.split(file).join('FILE'), money: moneyOf(r.stdout) };
}

const HINT = '  hint: the total row does not equal the sum of the office rows; one of them is wrong (summarize refuses it; --accept-total-mismatch prints the sum of the office rows anyway)\n';
const refused = (at: string, declared: string, rows: string) =>
  `FILE:${at}: error: declared total "Tổng cộng" has money with conditions ${declared}, but the office rows add up to ${rows} [DECLARED_TOTAL_MISMATCH]\n${HINT}thads: 1 error in the input; nothing was summed\n`;
/** đồng written in nghìn: the point three digits from the end, its trailing zeros dropped ("70006183614850" → "70006183614.85") */
const nghin = (dong: string) => `${dong.slice(0, -3)}.${dong.slice(-3)}`.replace(/\.?0+$/, '');
/** The same refusal of a file in nghìn đồng: each amount as the file writes it, then in đồng (traps38 3). */
const refusedNghin = (at: string, declared: string, rows: string) => refused(at, `${nghin(declared)} nghìn đồng (${declared} đồng)`, `${nghin(rows)} nghìn đồng (${rows} đồng)`);

// 63 provinces: row k has 11.800.000.000,123 + k·99,078 nghìn. By hand:
//   63 × 11.800.000.000,123 = 743.400.000.007,749 (63 × 0,123 = 7,749)
//   99,078 × (0 + 1 + … + 62) = 99,078 × 1.953 = 193.347 + 152,334 = 193.499,334
//   sum = 743.400.000.007,749 + 193.499,334 = 743.400.193.507,083 nghìn = 743400193507083 đồng.
// Excel's =SUM stores 743400193507.08240 (the doubles added in order), shown and read at 15
// digits as 743.400.193.507,082: 1 đồng below.
// Money resolved: 63 × 1.000.000,001 = 63.000.000,063 nghìn = 63000000063 đồng; Excel stores
// 63000000.063000031, read at 15 digits 63000000.0630000: exact.
const A63 = 11_800_000_000_123n;
const B63 = 99_078n;
const SUM63 = '743400193507083';
const RESOLVED63 = '63000000063';

describe('a 15-digit =SUM total off the exact sum by the float residue', () => {
  it('the stored results are what Excel adds in doubles (the simulation below)', () => {
    expect(excelSum(63, A63, B63).toPrecision(17)).toBe('743400193507.08240');
    expect(excelSum(63, RESOLVED, 0n).toPrecision(17)).toBe('63000000.063000031');
    expect(excelSum(700, 500_000_000_123n, 126_375n).toPrecision(17)).toBe('350030917729.84424');
  });

  it('the workbook is read, the total agreeing; the money printed is the sum of the rows', async () => {
    const r = await xlsx(await workbook(63, A63, B63, '743400193507.0824', '63000000.063000031'));
    expect(r).toEqual({ code: 0, stderr: '', money: [SUM63, RESOLVED63] });
  });

  it('the CSV Excel saves as shown (743.400.193.507,082), by both readers', async () => {
    const r = await both('quoc-gia-2019.csv', csv(63, A63, B63, '743.400.193.507,082', '63.000.000,063'));
    expect([r.code, r.stderr, moneyOf(r.stdout)]).toEqual([0, '', [SUM63, RESOLVED63]]);
  });

  it('LibreOffice control: the exact sum stored is read as before', async () => {
    const r = await xlsx(await workbook(63, A63, B63, '743400193507.083', '63000000.063'));
    expect(r).toEqual({ code: 0, stderr: '', money: [SUM63, RESOLVED63] });
  });

  // 700 offices: row k has 500.000.000,123 + k·126,375 nghìn. By hand:
  //   700 × 500.000.000,123 = 350.000.000.086,100
  //   126,375 × (0 + … + 699) = 126,375 × 244.650 = 30.825.900 + 91.743,75 = 30.917.643,750
  //   sum = 350.030.917.729,850 nghìn = 350030917729850 đồng
  // Excel stores 350030917729.84424, read as 350.030.917.729,844: 6 đồng below, within the
  // bound 700 · 2^-53 · 350.030.917.729,85 ≈ 0,0272 nghìn (27 đồng) + ½ đồng.
  // Money resolved: 700 × 1.000.000,001 = 700.000.000,700 nghìn; Excel stores
  // 700000000.70000267, read at 15 digits 700000000.700003 (a 15th digit: 0,003 đồng above).
  it('700 offices: workbook and CSV', async () => {
    const w = await xlsx(await workbook(700, 500_000_000_123n, 126_375n, '350030917729.84424', '700000000.70000267'));
    expect(w).toEqual({ code: 0, stderr: '', money: ['350030917729850', '700000000700'] });
    const c = await both('quoc-gia-2019.csv', csv(700, 500_000_000_123n, 126_375n, '350.030.917.729,844', '700.000.000,700'));
    expect([c.code, c.stderr, moneyOf(c.stdout)]).toEqual([0, '', ['350030917729850', '700000000700']]);
  });
});

describe('over-reach: real mismatches stay refused', () => {
  // The bound of the 63-row table: 63 · 2^-53 · 743.400.193.507,083 = 63 · 1,1102·10^-16 ·
  // 7,434·10^11 ≈ 0,0052 nghìn (5,2 đồng), plus ½ đồng (half the unit of the 15th digit):
  // 5,7 đồng. 5 đồng below is within; 6 and 7 (one and two units beyond) are not.
  it('a 15-digit total 6 or 7 đồng off (beyond the bound) is refused, both readers and the workbook', async () => {
    for (const [shown, declared] of [
      ['743.400.193.507,077', '743400193507077'],
      ['743.400.193.507,076', '743400193507076'],
    ] as const) {
      const r = await both('quoc-gia-2019.csv', csv(63, A63, B63, shown, '63.000.000,063'));
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', refusedNghin('67:5', declared, SUM63)]);
    }
    const w = await xlsx(await workbook(63, A63, B63, '743400193507.076', '63000000.063'));
    expect(w).toEqual({ code: 1, stderr: refusedNghin('Biểu 01!E67', '743400193507076', SUM63), money: null });
  });

  it('5 đồng off, within the bound, is read (the edge of the rule)', async () => {
    const r = await both('quoc-gia-2019.csv', csv(63, A63, B63, '743.400.193.507,078', '63.000.000,063'));
    expect([r.code, r.stderr, moneyOf(r.stdout)]).toEqual([0, '', [SUM63, RESOLVED63]]);
  });

  // Three offices: 123.456.789,123 + 234.567.890,234 + 345.678.901,345 = 703.703.580,702
  // (358.024.679,357 + 345.678.901,345): 12 digits, compared exactly. Money resolved:
  // 1.000,001 + 2.000,002 + 3.000,003 = 6.000,006.
  const three = (total: string) => [
    'Đơn vị tính: Việc; nghìn đồng',
    'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
    'Thi hành án dân sự thành phố Hà Nội,10,8,"123.456.789,123","1.000,001"',
    'Thi hành án dân sự tỉnh Nam Định,20,16,"234.567.890,234","2.000,002"',
    'Thi hành án dân sự tỉnh Thái Bình,30,24,"345.678.901,345","3.000,003"',
    `Tổng cộng,60,48,"${total}","6.000,006"`,
  ];
  it('a 12-digit total 1 đồng off is refused; exact it reads as before', async () => {
    const off = await both('ba-tinh-2019.csv', three('703.703.580,701'));
    expect([off.code, off.stdout, off.stderr]).toEqual([1, '', refusedNghin('6:4', '703703580701', '703703580702')]);
    const exact = await both('ba-tinh-2019.csv', three('703.703.580,702'));
    expect([exact.code, exact.stderr, moneyOf(exact.stdout)]).toEqual([0, '', ['703703580702', '6000006']]);
  });

  // 700 offices of 100.000.000,123 + k·25,275 nghìn: 70.000.000.086,100 + 25,275 × 244.650
  // (6.116.250 + 67.278,75 = 6.183.528,750) = 70.006.183.614,850 nghìn: 14 digits. The bound
  // alone (700 · 2^-53 · 7·10^10 ≈ 5,4 đồng) would forgive a missing đồng; a total of fewer
  // than 15 digits is compared exactly. Excel stores 70006183614.849930, read at 15 digits
  // 70006183614.8499: a 15th digit the rows do not have, 0,1 đồng off, which is Excel's residue.
  it('a 14-digit total of 700 rows 1 đồng off is refused; Excel’s own reading of it is read', async () => {
    const off = await both('quoc-gia-2019.csv', csv(700, 100_000_000_123n, 25_275n, '70.006.183.614,849', '700.000.000,700'));
    expect([off.code, off.stdout, off.stderr]).toEqual([1, '', refusedNghin('704:5', '70006183614849', '70006183614850')]);
    expect(excelSum(700, 100_000_000_123n, 25_275n).toPrecision(17)).toBe('70006183614.849930');
    const w = await xlsx(await workbook(700, 100_000_000_123n, 25_275n, '70006183614.849930', '700000000.70000267'));
    expect(w).toEqual({ code: 0, stderr: '', money: ['70006183614850', '700000000700'] });
  });
});

describe('the rule (agreesWithExcelSum) against sums worked out in doubles', () => {
  /** n random figures of 3 decimals below `max` thousandths: their exact sum (thousandths) and Excel's (a double) */
  function table(random: () => number, n: number, max: number): { exact: bigint; excel: number } {
    let exact = 0n;
    let excel = 0;
    for (let k = 0; k < n; k++) {
      const v = BigInt(Math.floor(random() * max));
      exact += v;
      excel += Number(plain(v));
    }
    return { exact, excel };
  }

  it('63 rows whose total has fewer than 15 digits: Excel’s sum read at 15 digits is the exact sum', () => {
    const random = mulberry32(72);
    for (let t = 0; t < 3000; t++) {
      // each row below 10^11 / 63 nghìn: the total below 10^11, 14 digits at 0,001
      const { exact, excel } = table(random, 63, Math.floor(1e14 / 63));
      expect(new D(excel.toPrecision(15)).eq(new D(plain(exact)))).toBe(true);
    }
  });

  it('Excel’s reading of any 63- or 700-row table is accepted; one unit of 0,001 more than it is not, below 15 digits', () => {
    const random = mulberry32(2019);
    for (const n of [63, 700]) {
      for (let t = 0; t < 1000; t++) {
        const { exact, excel } = table(random, n, Math.floor(10 ** (11 + 3 * random()) * 1000 / n));
        const read = new D(excel.toPrecision(15));
        const sum = new D(plain(exact));
        expect(agreesWithExcelSum(read, sum, n)).toBe(true);
        if (sum.lt(1e11)) expect(agreesWithExcelSum(sum.plus('0.001'), sum, n)).toBe(false);
      }
    }
  });
});

// The finding's table (round 73b, 03): the Tổng cục's 63 provinces of 2019, money in whole đồng.
const PROVINCES_2019 = [
  'Hà Nội,12130,9191,584,6312836921380,2508267475351,283934336158',
  'Hà Giang,22784,17918,997,13205434918576,5451756973490,501258408965',
  'Cao Bằng,21143,14435,574,9373334392328,3456907807979,425681145176',
  'Bắc Kạn,23002,16815,716,6764572111228,2899459379608,276148475405',
  'Tuyên Quang,38880,24155,1431,9770843932657,3527494409109,474182028103',
  'Lào Cai,9712,5911,387,7692523443919,3051622333734,261512061994',
  'Điện Biên,30641,20190,980,12590609382693,4314489519828,539175989143',
  'Lai Châu,20606,15527,476,10797403373162,3545004854651,223110174034',
  'Sơn La,21446,13762,802,2048695920028,666172368947,60219623626',
  'Yên Bái,10966,8074,247,10906437557051,4773042909700,346255742625',
  'Hoà Bình,13489,10019,552,5182458194106,1849682630603,216307521153',
  'Thái Nguyên,36387,26821,1072,9707136789408,3282169222195,337315896208',
  'Lạng Sơn,21441,13023,662,6002020684622,2462610813987,142772053186',
  'Quảng Ninh,35098,23616,1609,11427071876408,4286031823951,481232296446',
  'Bắc Giang,21432,14163,463,14484584418678,5560535150860,572511929802',
  'Phú Thọ,6615,4419,157,11127864910588,4402551516702,346093399922',
  'Vĩnh Phúc,7071,4455,167,9814263892103,3219031481837,221312775662',
  'Bắc Ninh,18824,14352,931,13130154791479,4015002867470,365171214943',
  'Hải Dương,21486,14881,605,3028515534340,1068673253693,138982422857',
  'Hải Phòng,16857,11230,678,14366037666630,4727964581976,663878503883',
  'Hưng Yên,30044,18119,660,7800771027718,2787128509712,305899414365',
  'Thái Bình,7462,4610,271,10842357219189,4668915881490,294989080790',
  'Hà Nam,37988,27422,1172,12531302409318,5539349194838,497153829849',
  'Nam Định,6601,4251,252,13138795318656,5032301911829,394725887605',
  'Ninh Bình,15648,9415,582,2974216230069,1176090115606,115865670524',
  'Thanh Hoá,15721,10830,361,7638118834788,3210130339822,248620607057',
  'Nghệ An,21426,14098,505,2472722109751,1101221070768,56736936674',
  'Hà Tĩnh,6324,3965,302,14892116000257,4563691247177,704548312657',
  'Quảng Bình,33398,25834,1539,11356250548644,4396353219992,412374958402',
  'Quảng Trị,24082,19215,1040,8384830637117,3731028038685,324747868902',
  'Thừa Thiên Huế,20640,13889,893,10154967363814,3365697716525,364757934381',
  'Đà Nẵng,6756,4132,171,11108777490152,4843664239875,338805513348',
  'Quảng Nam,9799,7443,411,4647577615625,1449766277926,206418905331',
  'Quảng Ngãi,26489,18044,660,14566884941932,4379787582409,632308980824',
  'Bình Định,21168,14384,911,7408981305327,3254500610441,150165674215',
  'Phú Yên,37528,22640,1024,10987116904029,3673283003269,323744355731',
  'Khánh Hoà,17780,12409,772,13447257025469,4617344585248,661794273497',
  'Ninh Thuận,14956,10749,432,5493159906305,1958244402078,123477645711',
  'Bình Thuận,4193,2691,177,12980906517117,4389803897767,599449097660',
  'Kon Tum,11656,8348,424,11921712028383,4420877433047,367406382902',
  'Gia Lai,11797,7284,383,6576239965724,2310541793682,209937194285',
  'Đắk Lắk,2922,2198,76,10238017552990,3475747677906,211764896136',
  'Đắk Nông,23544,14734,845,7877660139102,2858445296944,319153141025',
  'Lâm Đồng,28090,17744,1217,5924086931511,2531086719452,236647913413',
  'Bình Phước,3337,2326,86,13457246339304,5682066179373,331493040248',
  'Tây Ninh,2927,2340,74,13494181415597,4658763839460,565781743457',
  'Bình Dương,5428,4089,227,11745565066136,5011617567886,429327101610',
  'Đồng Nai,27130,16501,1169,5350450128511,1967368446062,124414917860',
  'Bà Rịa - Vũng Tàu,18252,11418,663,13873732813086,5983400994247,456962504876',
  'Thành phố Hồ Chí Minh,23700,14883,707,13980487500663,4850813427455,557986483571',
  'Long An,18498,11272,856,7298484155760,2423595269410,294798022164',
  'Tiền Giang,21787,15112,1048,10039590241442,3982901546477,423311900693',
  'Bến Tre,23387,16303,1094,9978503617040,3313548312929,293621243215',
  'Trà Vinh,5680,3776,118,4063817035155,1287604503004,85888921263',
  'Vĩnh Long,2428,1542,105,4937878189528,1739771726311,138031252013',
  'Đồng Tháp,28608,21226,762,5514777999615,2238252062404,239249546863',
  'An Giang,19876,14613,754,2669673593456,969761040618,63234181096',
  'Kiên Giang,8891,6375,192,7970546552909,2805722158890,300178728395',
  'Cần Thơ,18367,13182,632,11170856278353,4189492978321,412717931235',
  'Hậu Giang,36833,25637,1353,6800535475979,2844140362796,326082812159',
  'Sóc Trăng,10055,7161,382,2998006692601,983433712171,89299223324',
  'Bạc Liêu,22277,15979,1008,11942683339753,3968275520127,422515825762',
  'Cà Mau,32076,19726,1004,2442600330860,968498701392,55143257964',
];

// Rows that are whole numbers of the unit they are written in, their sum below 2^53 of it:
// Excel's =SUM of them is exact (every partial sum an integer below 2^53, a double), so there is
// no residue to forgive (round 73b, 03). A total must equal its rows, but for its 15-digit
// reading when it has 16 digits or more: within ½ unit of its 15th digit.
describe('whole rows: Excel’s sum is exact, a few đồng off is a wrong figure', () => {
  const HEADER = 'Tỉnh,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện (đồng),Tiền thi hành xong (đồng),Tiền đình chỉ (đồng)';
  /** the finding's table closed by "Toàn quốc" with money with conditions `withConditions` and money completed `completed` */
  const national = (withConditions: string, completed: string) => [HEADER, ...PROVINCES_2019, `Toàn quốc,1175559,800866,41404,${withConditions},${completed},20588589112343`];
  const mismatch = (at: string, label: string, what: string, declared: string, rows: string) =>
    `FILE:${at}: error: declared total "${label}" has money ${what} ${declared}, but the office rows add up to ${rows} [DECLARED_TOTAL_MISMATCH]\n${HINT}thads: 1 error in the input; nothing was summed\n`;

  it('the fixture: its columns add up to the sums the finding states', () => {
    const column = (j: number) => PROVINCES_2019.reduce((s, r) => s + BigInt(r.split(',')[j]!), 0n);
    expect([column(4), column(5), column(6)]).toEqual([572827243500119n, 212672500491492n, 20588589112343n]);
  });

  // 572.827.243.500.123 − 572.827.243.500.119 = 4 đồng; 212.672.500.491.493 − …492 = 1 đồng.
  // The old bound forgave 63 · 2^-53 · 5,73·10^14 ≈ 4,0 + ½ đồng. Both have 15 digits: exact.
  it('the national table 4 đồng off, and 1 đồng off in money completed, is refused (both readers)', async () => {
    const four = await both('toan-quoc-2019.csv', national('572827243500123', '212672500491492'));
    expect([four.code, four.stdout, four.stderr]).toEqual([1, '', mismatch('65:5', 'Toàn quốc', 'with conditions', '572827243500123', '572827243500119')]);
    const one = await both('toan-quoc-2019.csv', national('572827243500119', '212672500491493'));
    expect([one.code, one.stdout, one.stderr]).toEqual([1, '', mismatch('65:6', 'Toàn quốc', 'completed', '212672500491493', '212672500491492')]);
  });

  it('control: the same table with its exact totals is read, the money the rows’ sums', async () => {
    const r = await both('toan-quoc-2019.csv', national('572827243500119', '212672500491492'));
    expect([r.code, r.stderr, moneyOf(r.stdout)?.[0]]).toEqual([0, '', '572827243500119']);
  });

  // 63 offices, row k: 9.000.000.000.123 + k·1.000.001 đồng, written "9.000.000.000.123" (Vietnamese).
  //   63 × 9.000.000.000.123 = 567.000.000.007.749
  //   1.000.001 × (0 + … + 62) = 1.000.001 × 1.953 = 1.953.001.953
  //   sum = 567.001.953.009.702 đồng (15 digits). Money resolved: 63 × 1.000.000.001 = 63.000.000.063.
  const dots = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const offices = (n: number, a: bigint, b: bigint, total: bigint, unit = 'đồng') => [
    `Đơn vị tính: Việc; ${unit}`,
    'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
    ...Array.from({ length: n }, (_, k) => `${k + 1},Chi cục THADS số ${k + 1},100,80,"${dots(a + BigInt(k) * b)}","1.000.000.001"`),
    `,Tổng cộng,${n * 100},${n * 80},"${dots(total)}","${dots(BigInt(n) * 1_000_000_001n)}"`,
  ];
  const A = 9_000_000_000_123n;
  const B = 1_000_001n;
  const SUM = 567_001_953_009_702n;
  it('63 whole-đồng offices: the total 1 or 4 đồng off is refused, exact it is read', async () => {
    for (const off of [1n, -1n, 4n, -4n]) {
      const r = await both('cuc-2019.csv', offices(63, A, B, SUM + off));
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', refused('66:5', String(SUM + off), String(SUM))]);
    }
    const exact = await both('cuc-2019.csv', offices(63, A, B, SUM));
    expect([exact.code, exact.stderr, moneyOf(exact.stdout)]).toEqual([0, '', [String(SUM), '63000000063']]);
  });

  // Whole nghìn, no decimals: row k 143.000.000.000 + k·1.000.001 nghìn, the sum
  // 63 × 143.000.000.000 + 1.953 × 1.000.001 = 9.010.953.001.953 nghìn = 9.010.953.001.953.000 đồng —
  // beyond 2^53 ≈ 9.007.199.254.740.992 in đồng, but Excel held nghìn, 9·10^12 of them: exact. 1
  // nghìn off is refused. (Kept under 10^16 đồng, which no real file reaches: MONEY_IMPLAUSIBLE; past
  // 10^15, the whole country's figure, it is read with a MONEY_DOUBTFUL warning.)
  const A_NGHIN = 143_000_000_000n;
  const SUM_NGHIN = 9_010_953_001_953n;
  it('whole nghìn: exact in the unit the cells are written in (1 nghìn off refused, exact read)', async () => {
    const off = await both('cuc-2019.csv', offices(63, A_NGHIN, B, SUM_NGHIN + 1n, 'nghìn đồng'));
    expect([off.code, off.stdout, off.stderr]).toEqual([1, '', refusedNghin('66:5', `${SUM_NGHIN + 1n}000`, `${SUM_NGHIN}000`)]);
    const exact = await both('cuc-2019.csv', offices(63, A_NGHIN, B, SUM_NGHIN, 'nghìn đồng'));
    expect([exact.code, exact.stderr.match(/\[[A-Z_]+\]$/gm), moneyOf(exact.stdout)]).toEqual([0, ['[MONEY_DOUBTFUL]'], [`${SUM_NGHIN}000`, '63000000063000']]);
  });

  // 16 digits, below 2^53: row k 50.000.000.000.001 + k đồng.
  //   63 × 50.000.000.000.001 = 3.150.000.000.000.063; + 1.953 = 3.150.000.000.002.016 đồng.
  // Excel's sum is exact; at 15 digits it reads 3.150.000.000.002.020 (4 above: within ½ unit of
  // the 15th digit, 5 đồng). 3.150.000.000.002.010 is 6 below: refused (the old bound forgave
  // 63 · 2^-53 · 3,15·10^15 ≈ 22 + 5 = 27 đồng). 3.150.000.000.002.011 (5 below) is the edge, read.
  const A16 = 50_000_000_000_001n;
  const SUM16 = 3_150_000_000_002_016n;
  it('a 16-digit total: Excel’s 15-digit reading is read; one đồng beyond ½ unit is refused', async () => {
    for (const shown of [3_150_000_000_002_020n, 3_150_000_000_002_011n]) {
      const r = await both('toan-quoc-2019.csv', offices(63, A16, 1n, shown));
      expect([r.code, r.stderr, moneyOf(r.stdout)?.[0]]).toEqual([0, '', String(SUM16)]);
    }
    for (const shown of [3_150_000_000_002_010n, 3_150_000_000_002_022n]) {
      const r = await both('toan-quoc-2019.csv', offices(63, A16, 1n, shown));
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', refused('66:5', String(shown), String(SUM16))]);
    }
  });

  /** the 63 whole-đồng offices as a workbook, the total row's money cell typed (a number, no formula) */
  function wholeWorkbook(total: string): Promise<string> {
    const row = (r: number, cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
    const data = [
      row(1, [text('A1', 'Đơn vị tính: Việc; đồng')]),
      row(2, ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'].map((h, i) => text(`${'ABCDEF'[i]}2`, h))),
      ...Array.from({ length: 63 }, (_, k) => row(k + 3, [num(`A${k + 3}`, k + 1), text(`B${k + 3}`, `Chi cục THADS số ${k + 1}`), num(`C${k + 3}`, 100), num(`D${k + 3}`, 80), num(`E${k + 3}`, String(A + BigInt(k) * B)), num(`F${k + 3}`, 1_000_000_001)])),
      row(66, [text('B66', 'Tổng cộng'), num('C66', 6300), num('D66', 5040), num('E66', total), num('F66', 63_000_000_063)]),
    ].join('');
    return writeRawWorkbook({ sheets: [{ name: 'Biểu 01', data }], name: 'cuc-2019.xlsx' });
  }
  it('the workbook: a total 4 đồng off refused, the exact one read', async () => {
    const off = await xlsx(await wholeWorkbook(String(SUM + 4n)));
    expect(off).toEqual({ code: 1, stderr: refused('Biểu 01!E66', String(SUM + 4n), String(SUM)), money: null });
    const exact = await xlsx(await wholeWorkbook(String(SUM)));
    expect(exact).toEqual({ code: 0, stderr: '', money: [String(SUM), '63000000063'] });
  });

  it('the rule: whole rows leave no residue; rows with decimals keep the bound', () => {
    const one = new D(1);
    // 572.827.243.500.123 against 572.827.243.500.119 over 63 rows
    expect(agreesWithExcelSum(new D('572827243500123'), new D('572827243500119'), 63, one)).toBe(false);
    expect(agreesWithExcelSum(new D('572827243500123'), new D('572827243500119'), 63, null)).toBe(true);
    // 16 digits: ½ unit of the 15th digit (5 đồng), and no more
    expect(agreesWithExcelSum(new D('3150000000002020'), new D(SUM16.toString()), 63, one)).toBe(true);
    expect(agreesWithExcelSum(new D('3150000000002010'), new D(SUM16.toString()), 63, one)).toBe(false);
    // at 2^53 of the unit or beyond, the sum may round: the bound again. 2^53 + 10 đồng, 4 off:
    // 63 · 2^-53 · 9,007·10^15 ≈ 63 đồng.
    expect(agreesWithExcelSum(new D('9007199254741006'), new D('9007199254741002'), 63, one)).toBe(true);
  });
});
