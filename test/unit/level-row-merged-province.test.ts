// A Cục's block opened by ANY of its levels with the Tỉnh cell merged down, saved as CSV (round
// work82c). The rule of work81b (level-opened-merged-province.test.ts) opened a province's block
// at "Nam Định | Cấp tỉnh" with figures only:
// 01 — blocks listing "Cấp huyện" first ("Nam Định | Cấp huyện | 300", Chi cục, "Cấp tỉnh",
//      "Toàn tỉnh"): the Tỉnh cell was dropped, every row province-less, both provinces' "Cấp
//      tỉnh" added into one office (150/120), ranks of 5 for 6 offices, a province's config target
//      lost (money "met" +23,83 where it misses by 1,67), exit 0;
// 02 — "I | Ninh Bình | Cấp tỉnh" and "II | | Cấp khu vực" as headings WITHOUT figures (the 2026
//      layout): one block lost its province (exit 0), two were refused SECOND_TABLE;
// 04 — one Cục's Biểu, "Nam Định" typed once on its "Cấp tỉnh" row, "Tổng cộng" on top or no
//      whole at all: refused MISSING_PROVINCE though the file names no other province.
// Now any level's row ("Cấp tỉnh", "Cấp huyện", "Cấp quận, huyện", "Cấp khu vực"), with figures
// or a heading without, opens its province's block (input/province-merged-down.ts), checked by
// the whole closing it — or, where no whole closes it, kept only if the file names no other province.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';
import { csvColumns } from '../helpers/key-rows.js';

const { both, write } = bothReaders('thads-level-row-merged-', ['--format', 'csv']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-level-row-merged-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

const KEYS = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];
const TARGET_KEYS = ['province', 'cases_rate', 'cases_target', 'cases_gap_pp', 'cases_met', 'money_rate', 'money_target', 'money_gap_pp', 'money_met'];
const BY_PROVINCE = ['--by', 'province', '--format', 'csv'];
const rows = (stdout: string) => csvColumns(stdout, KEYS);

const title = (year: number) => `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year},,,,,,`;
const HEAD = ['STT,Tỉnh,Đơn vị,Về việc,,Về tiền (nghìn đồng),', ',,,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong'];
// Each province its own targets (72 % / 60 %); the year's national ones 74 / 34,5 (2019), 84 / 52 (2026).
const CONFIG = write('thads.config.json', [
  '{ "targets": {',
  '  "2019": { "cases": 74, "money": "34.5", "provinces": { "Nam Định": { "cases": 72, "money": "60" } } },',
  '  "2026": { "cases": 84, "money": "52", "provinces": { "Ninh Bình": { "cases": 72, "money": "60" } } } } }',
]);

/** A sheet of `lines` as a workbook, the Tỉnh cell merged over each of `merges` (as Excel shows it); its --by province. */
async function workbook(name: string, lines: readonly string[], merges: readonly string[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 01');
  for (const line of lines) ws.addRow(line.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
  for (const range of merges) ws.mergeCells(range);
  const file = join(xlsxDir, name);
  await wb.xlsx.writeFile(file);
  const { io, stdout, stderr } = memoryIo(['summarize', file, ...BY_PROVINCE], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr() };
}

// By hand, the two Cục of 01 and 02 (money in nghìn đồng, printed in đồng):
// Nam Định (Ninh Bình in 2026) = its own 100 + 120 + 180 = 400; 80 + 90 + 110 = 280 → 70,00 %;
//   money 5000 + 3000 + 4000 = 12000, 3000 + 2000 + 2000 = 7000 → 58,33 %.
// Thái Bình (Gia Lai) = 50 + 100 + 150 = 300; 40 + 50 + 100 = 190 → 63,33 %; money 1000 + 4000 + 5000 = 10000,
//   500 + 2500 + 3500 = 6500 → 65,00 %.
// TOTAL 700 / 470 → 67,14 %; money 22000 / 13500 → 61,36 %.
const TWO = (a: string, b: string) => [
  `${a}||400|280|70.00|12000000|7000000|58.33`,
  `${b}||300|190|63.33|10000000|6500000|65.00`,
  '|TOTAL|700|470|67.14|22000000|13500000|61.36',
];
// Its own targets 72 / 60: cases 70,00 − 72 = −2,00 (not met); money 58,33 − 60 = −1,67 (not met:
// the national 34,5 of 2019 printed +23,83 "met", the national 52 of 2026 +6,33 "met").
const OWN_TARGETS = (province: string) => [`${province}|70.00|72|-2.00|false|58.33|60|-1.67|false`, '|70.00|72|-2.00|false|58.33|60|-1.67|false'];

/** work82c 01 "Hai tinh cap huyen truoc 2019.csv": "Cấp huyện" first, the Tỉnh on it only. */
function capHuyenFirst(opts: { level?: string; capTinh?: string } = {}): string[] {
  const { level = 'Cấp huyện', capTinh = 'Cấp tỉnh' } = opts;
  return [
    title(2019), ...HEAD,
    `,Nam Định,${level},300,200,7000,4000`,
    '1,,Mỹ Lộc,120,90,3000,2000',
    '2,,Vụ Bản,180,110,4000,2000',
    `,,${capTinh},100,80,5000,3000`,
    ',,Toàn tỉnh,400,280,12000,7000',
    `,Thái Bình,${level},250,150,9000,6000`,
    '1,,Hưng Hà,100,50,4000,2500',
    '2,,Vũ Thư,150,100,5000,3500',
    `,,${capTinh},50,40,1000,500`,
    ',,Toàn tỉnh,300,190,10000,6500',
    ',,Tổng cộng,700,470,22000,13500',
  ];
}

describe('01: "Cấp huyện" listed first carries the merged Tỉnh cell', () => {
  it('--by province: Nam Định 400/280, Thái Bình 300/190 (was one province-less 700/470, exit 0)', async () => {
    const r = await both('hai-tinh-cap-huyen-truoc-2019.csv', capHuyenFirst(), BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(rows(r.stdout)).toEqual(TWO('Nam Định', 'Thái Bình'));
  });

  it('by office: six offices, each "Cấp tỉnh" its Cục\'s (was one "Cấp tỉnh" 150/120, ranks of 5)', async () => {
    const r = await both('hai-tinh-cap-huyen-truoc-2019.csv', capHuyenFirst());
    expect([r.code, r.stderr]).toEqual([0, '']);
    // cases: NĐ Cấp tỉnh 80/100 = 80,00 and TB Cấp tỉnh 40/50 = 80,00 1st=, Mỹ Lộc 90/120 = 75,00 3rd,
    //   Vũ Thư 100/150 = 66,67 4th, Vụ Bản 110/180 = 61,11 5th, Hưng Hà 50/100 = 50,00 6th.
    // money: Vũ Thư 3500/5000 = 70,00 1st, Mỹ Lộc 2000/3000 = 66,67 2nd, Hưng Hà 2500/4000 = 62,50 3rd,
    //   NĐ Cấp tỉnh 3000/5000 = 60,00 4th, TB Cấp tỉnh 500/1000 = 50,00 and Vụ Bản 2000/4000 = 50,00 5th=.
    expect(csvColumns(r.stdout, ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rank', 'cases_rank_of', 'money_rate', 'money_rank'])).toEqual([
      'Nam Định|Mỹ Lộc|120|90|3|6|66.67|2',
      'Nam Định|Vụ Bản|180|110|5|6|50.00|5',
      'Thái Bình|Hưng Hà|100|50|6|6|62.50|3',
      'Thái Bình|Vũ Thư|150|100|4|6|70.00|1',
      'Nam Định|Cấp tỉnh|100|80|1|6|60.00|4',
      'Thái Bình|Cấp tỉnh|50|40|1|6|50.00|5',
      '|TOTAL|700|470|||61.36|',
    ]);
  });

  it.each([
    ['upper case, no diacritics', { level: 'CAP HUYEN', capTinh: 'CAP TINH' }],
    ['"II. Cấp huyện"', { level: 'II. Cấp huyện' }],
    ['"Cấp quận, huyện"', { level: '"Cấp quận, huyện"' }],
  ])('spelled otherwise (%s): the same provinces', async (_, opts) => {
    const r = await both('hai-tinh-cap-huyen-truoc-2019.csv', capHuyenFirst(opts), BY_PROVINCE);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(TWO('Nam Định', 'Thái Bình'));
  });

  it('2026, "Cấp khu vực" first: Ninh Bình 400/280, Gia Lai 300/190', async () => {
    const lines = capHuyenFirst({ level: 'Cấp khu vực' }).map((l) =>
      l.replace('2019', '2026').replace('Nam Định', 'Ninh Bình').replace('Thái Bình', 'Gia Lai')
        .replace(/Mỹ Lộc|Hưng Hà/, 'Phòng THADS khu vực 1').replace(/Vụ Bản|Vũ Thư/, 'Phòng THADS khu vực 2'));
    const r = await both('hai-tinh-khu-vuc-truoc-2026.csv', lines, BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(rows(r.stdout)).toEqual(TWO('Ninh Bình', 'Gia Lai'));
  });

  it('one Cục, its own targets: cases −2,00, money 58,33 − 60 = −1,67 NOT met (was the national 74 / 34,5: money "met" +23,83)', async () => {
    const r = await both('nam-dinh-cap-huyen-truoc-2019.csv', capHuyenFirst().slice(0, 8), ['--config', CONFIG, ...BY_PROVINCE]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(csvColumns(r.stdout, TARGET_KEYS)).toEqual(OWN_TARGETS('Nam Định'));
  });

  it('the block is checked by its whole: "Toàn tỉnh" 401 for 120 + 180 + 100 = 400 is refused at it', async () => {
    const lines = capHuyenFirst().map((l) => (l === ',,Toàn tỉnh,400,280,12000,7000' ? ',,Toàn tỉnh,401,280,12000,7000' : l));
    const r = await both('hai-tinh-cap-huyen-truoc-2019.csv', lines, BY_PROVINCE);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('FILE:8:4: error: declared total "Toàn tỉnh" has cases with conditions 401, but the rows above it add up to 400 [DECLARED_TOTAL_MISMATCH]');
  });

  it('a block closed by the next province\'s level, no whole: refused at its first Chi cục', async () => {
    const lines = capHuyenFirst().filter((l) => l !== ',,Toàn tỉnh,400,280,12000,7000');
    const r = await both('hai-tinh-cap-huyen-truoc-2019.csv', lines, BY_PROVINCE);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('FILE:5:2: error: this office row has no province, but line 4 has one ("Nam Định"): its figures would be summed under no province [MISSING_PROVINCE]');
  });

  it('xlsx twin, the Tỉnh merged over each block: the same provinces', async () => {
    const r = await workbook('hai-tinh-cap-huyen-truoc-2019.xlsx', capHuyenFirst(), ['B4:B8', 'B9:B13']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(TWO('Nam Định', 'Thái Bình'));
  });
});

/** work82c 02: "I | Tỉnh | Cấp tỉnh" and "II | | Cấp huyện" headings without figures; `wholes` each province's "Toàn tỉnh". */
function emptyHeadings(opts: { year?: number; provinces?: readonly [string, string?]; cuc?: string; lower?: string; offices?: readonly [string, string, string, string]; capTinh?: string; wholes?: boolean } = {}): string[] {
  const { year = 2019, provinces = ['Nam Định', 'Thái Bình'], cuc = 'Văn phòng Cục', lower = 'Cấp huyện', offices = ['Mỹ Lộc', 'Vụ Bản', 'Hưng Hà', 'Vũ Thư'], capTinh = 'Cấp tỉnh', wholes = true } = opts;
  const [a, b] = provinces;
  return [
    title(year), ...HEAD,
    `I,${a},${capTinh},,,,`,
    `1,,${cuc},100,80,5000,3000`,
    `II,,${lower},,,,`,
    `1,,${offices[0]},120,90,3000,2000`,
    `2,,${offices[1]},180,110,4000,2000`,
    ...(b === undefined
      ? [',,Tổng cộng,400,280,12000,7000']
      : [
          ...(wholes ? [',,Toàn tỉnh,400,280,12000,7000'] : []),
          `I,${b},${capTinh},,,,`,
          `1,,${cuc},50,40,1000,500`,
          `II,,${lower},,,,`,
          `1,,${offices[2]},100,50,4000,2500`,
          `2,,${offices[3]},150,100,5000,3500`,
          ...(wholes ? [',,Toàn tỉnh,300,190,10000,6500'] : []),
          ',,Tổng cộng,700,470,22000,13500',
        ]),
  ];
}
const KHU_VUC = { year: 2026, cuc: 'Văn phòng THADS tỉnh', lower: 'Cấp khu vực', offices: ['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2', 'Phòng THADS khu vực 1', 'Phòng THADS khu vực 2'] } as const;

describe('02: level headings without figures carry the merged Tỉnh cell', () => {
  it('one block, 2026 "Cấp khu vực": Ninh Bình\'s own targets 72 / 60, money −1,67 NOT met (was province-less, the national 84 / 52: "met" +6,33)', async () => {
    const r = await both('khu-vuc-rong-2026.csv', emptyHeadings({ ...KHU_VUC, provinces: ['Ninh Bình'] }), ['--config', CONFIG, ...BY_PROVINCE]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(csvColumns(r.stdout, TARGET_KEYS)).toEqual(OWN_TARGETS('Ninh Bình'));
  });

  it('one block, 2019 "Cấp huyện", "Tổng cộng": Nam Định\'s own targets (was the national 74 / 34,5: money "met" +23,83)', async () => {
    const r = await both('roman-cap-rong-2019.csv', emptyHeadings({ provinces: ['Nam Định'] }), ['--config', CONFIG, ...BY_PROVINCE]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(csvColumns(r.stdout, TARGET_KEYS)).toEqual(OWN_TARGETS('Nam Định'));
  });

  it('two blocks, 2019: Nam Định 400/280, Thái Bình 300/190 (was SECOND_TABLE at the second "Văn phòng Cục")', async () => {
    const r = await both('hai-tinh-cap-rong-2019.csv', emptyHeadings(), BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(rows(r.stdout)).toEqual(TWO('Nam Định', 'Thái Bình'));
  });

  it('two blocks, by office: each "Văn phòng Cục" its province\'s', async () => {
    const r = await both('hai-tinh-cap-rong-2019.csv', emptyHeadings());
    expect([r.code, r.stderr]).toEqual([0, '']);
    // 80/100 = 80,00 %, 40/50 = 80,00 %; money 3000/5000 = 60,00 %, 500/1000 = 50,00 %
    expect(rows(r.stdout).filter((l) => l.includes('Văn phòng Cục'))).toEqual([
      'Nam Định|Văn phòng Cục|100|80|80.00|5000000|3000000|60.00',
      'Thái Bình|Văn phòng Cục|50|40|80.00|1000000|500000|50.00',
    ]);
  });

  it.each([
    ['2026 "Cấp khu vực", Ninh Bình and Gia Lai', { ...KHU_VUC, provinces: ['Ninh Bình', 'Gia Lai'] as const }, ['Ninh Bình', 'Gia Lai']],
    ['upper case, no diacritics', { capTinh: 'CAP TINH', lower: 'CAP HUYEN' }, ['Nam Định', 'Thái Bình']],
    ['"I. Cấp tỉnh" with its dot', { capTinh: 'I. Cấp tỉnh' }, ['Nam Định', 'Thái Bình']],
  ])('two blocks, %s: the same provinces', async (_, opts, [a, b]) => {
    const r = await both(`hai-tinh-rong-${'year' in opts ? opts.year : 2019}.csv`, emptyHeadings(opts), BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(rows(r.stdout)).toEqual(TWO(a!, b!));
  });

  it('two blocks without their "Toàn tỉnh": nothing checks the merge, refused at the first filled office', async () => {
    const r = await both('hai-tinh-cap-rong-2019.csv', emptyHeadings({ wholes: false }), BY_PROVINCE);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('FILE:5:2: error: this office row has no province, but line 4 has one ("Nam Định"): its figures would be summed under no province [MISSING_PROVINCE]');
    expect(r.stderr).toContain('FILE:10:2: error: this office row has no province, but line 9 has one ("Thái Bình"): its figures would be summed under no province [MISSING_PROVINCE]');
  });

  it('xlsx twin of the two 2026 blocks, the Tỉnh merged over each: the same provinces', async () => {
    const r = await workbook('hai-tinh-khu-vuc-rong-2026.xlsx', emptyHeadings({ ...KHU_VUC, provinces: ['Ninh Bình', 'Gia Lai'] }), ['B4:B9', 'B10:B15']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(TWO('Ninh Bình', 'Gia Lai'));
  });
});

/** work82c 04 "Nam Dinh tong cong dau 2019.csv": one Cục's Biểu, "Nam Định" typed once on its "Cấp tỉnh"; `top` the "Tổng cộng" above it. */
function typedOnce(top: boolean, below: readonly string[] = []): string[] {
  return [
    title(2019), ...HEAD,
    ...(top ? [',,Tổng cộng,400,280,12000,7000'] : []),
    ',Nam Định,Cấp tỉnh,100,80,5000,3000',
    ',,Cấp huyện,300,200,7000,4000',
    '1,,Mỹ Lộc,120,90,3000,2000',
    '2,,Vụ Bản,180,110,4000,2000',
    ...below,
  ];
}
// By hand: Nam Định = Cấp tỉnh 100 + Mỹ Lộc 120 + Vụ Bản 180 = 400 (= "Tổng cộng", = 100 + Cấp huyện 300);
// 80 + 90 + 110 = 280 → 70,00 %. Offices: Cấp tỉnh 80/100 = 80,00 % 1st, Mỹ Lộc 90/120 = 75,00 % 2nd,
// Vụ Bản 110/180 = 61,11 % 3rd, of 3; money 12000 / 7000 → 58,33 %.
const NAM_DINH = [
  'Nam Định|Mỹ Lộc|120|90|2|3',
  'Nam Định|Vụ Bản|180|110|3|3',
  'Nam Định|Cấp tỉnh|100|80|1|3',
  '|TOTAL|400|280||',
];
const OFFICE_KEYS = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rank', 'cases_rank_of'];

describe('04: the file names one province only: its level block is that province\'s, whoever closes it', () => {
  it.each([
    ['"Tổng cộng" on top', true],
    ['no whole at all', false],
  ])('%s: every office Nam Định\'s, 400/280 (was MISSING_PROVINCE; the workbook reads it)', async (_, top) => {
    const r = await both('nam-dinh-2019.csv', typedOnce(top), ['--by', 'province,district', '--format', 'csv']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(csvColumns(r.stdout, OFFICE_KEYS)).toEqual(NAM_DINH);
    expect(csvColumns(r.stdout, ['money_with_conditions', 'money_resolved', 'money_rate']).at(-1)).toBe('12000000|7000000|58.33');
  });

  it('2026, headings without figures ("I | Ninh Bình | Cấp tỉnh", "II | | Cấp khu vực"), no whole: Ninh Bình\'s own targets', async () => {
    const lines = emptyHeadings({ ...KHU_VUC, provinces: ['Ninh Bình'] }).filter((l) => !l.includes('Tổng cộng'));
    const r = await both('ninh-binh-khong-tong-2026.csv', lines, ['--config', CONFIG, ...BY_PROVINCE]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(csvColumns(r.stdout, TARGET_KEYS)).toEqual(OWN_TARGETS('Ninh Bình'));
  });

  it('another province\'s Tỉnh cell below: refused at the first Chi cục, as before', async () => {
    const r = await both('hai-tinh-2019.csv', typedOnce(true, [',Thái Bình,Cấp tỉnh,50,40,1000,500', ',,Toàn tỉnh,50,40,1000,500']), BY_PROVINCE);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('FILE:7:2: error: this office row has no province, but line 5 has one ("Nam Định"): its figures would be summed under no province [MISSING_PROVINCE]');
  });

  it('control: "Văn phòng Cục" typed once (an office, no level): still refused MISSING_PROVINCE, one province or not', async () => {
    const r = await both('nam-dinh-2019.csv', [title(2019), ...HEAD, ',Nam Định,Văn phòng Cục,100,80,5000,3000', '1,,Mỹ Lộc,120,90,3000,2000'], BY_PROVINCE);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('FILE:5:2: error: this office row has no province, but line 4 has one ("Nam Định"): its figures would be summed under no province [MISSING_PROVINCE]');
  });

  it('xlsx twin, "Tổng cộng" on top, the Tỉnh merged over the Cục\'s rows: the same', async () => {
    const r = await workbook('nam-dinh-tong-cong-dau-2019.xlsx', typedOnce(true), ['B5:B8']);
    expect(r.code).toBe(0);
    // 400 / 280 → 70,00 %; 12000 / 7000 → 58,33 %
    expect(rows(r.stdout)).toEqual(['Nam Định||400|280|70.00|12000000|7000000|58.33', '|TOTAL|400|280|70.00|12000000|7000000|58.33']);
  });
});

describe('over-reach controls: ordinary files with levels read as before', () => {
  it('the Tỉnh written on every row, level headings without figures too: 400/280 and 300/190', async () => {
    const r = await both('hai-tinh-day-du-2019.csv', [
      title(2019), ...HEAD,
      'I,Nam Định,Cấp tỉnh,,,,',
      '1,Nam Định,Văn phòng Cục,100,80,5000,3000',
      'II,Nam Định,Cấp huyện,,,,',
      '1,Nam Định,Mỹ Lộc,120,90,3000,2000',
      '2,Nam Định,Vụ Bản,180,110,4000,2000',
      ',Nam Định,Toàn tỉnh,400,280,12000,7000',
      'I,Thái Bình,Cấp tỉnh,,,,',
      '1,Thái Bình,Văn phòng Cục,50,40,1000,500',
      'II,Thái Bình,Cấp huyện,,,,',
      '1,Thái Bình,Hưng Hà,100,50,4000,2500',
      '2,Thái Bình,Vũ Thư,150,100,5000,3500',
      ',Thái Bình,Toàn tỉnh,300,190,10000,6500',
      ',,Tổng cộng,700,470,22000,13500',
    ], BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(rows(r.stdout)).toEqual(TWO('Nam Định', 'Thái Bình'));
  });

  it.each([
    ['headings without figures (read so before)', ['I,Nam Định,Cấp tỉnh,,', '1,,Văn phòng Cục,100,80'], ['I,Thái Bình,Cấp tỉnh,,', '1,,Văn phòng Cục,50,40']],
    ['levels with figures (refused MISSING_PROVINCE before)', ['I,Nam Định,Cấp tỉnh,100,80'], ['I,Thái Bình,Cấp tỉnh,50,40']],
  ])('levels BELOW their province\'s whole repeating its Tỉnh, %s: they stay in the whole\'s block, 400/280 and 150/90', async (_, namDinh, thaiBinh) => {
    const r = await both('below-2019.csv', [
      'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      ',Nam Định,Toàn tỉnh,400,280',
      ...namDinh,
      'II,,Cấp huyện,,',
      '1,,Mỹ Lộc,120,90',
      '2,,Vụ Bản,180,110',
      ',Thái Bình,Toàn tỉnh,150,90',
      ...thaiBinh,
      'II,,Cấp huyện,,',
      '1,,Hưng Hà,100,50',
    ], BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    // Nam Định 100 + 120 + 180 = 400, 80 + 90 + 110 = 280; Thái Bình 50 + 100 = 150, 40 + 50 = 90; 550 / 370
    expect(csvColumns(r.stdout, ['province', 'cases_with_conditions', 'cases_resolved'])).toEqual(['Nam Định|400|280', 'Thái Bình|150|90', '|550|370']);
  });

  /** Each level heading carrying its Tỉnh (merged over each level's rows, not the Cục's); `whole` Nam Định's "Toàn tỉnh". */
  const eachLevel = (whole: number) => [
    'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
    'I,Nam Định,Cấp tỉnh,,',
    '1,,Văn phòng Cục,100,80',
    'II,Nam Định,Cấp huyện,,',
    '1,,Mỹ Lộc,120,90',
    '2,,Vụ Bản,180,110',
    `,,Toàn tỉnh,${whole},280`,
    'I,Thái Bình,Cấp tỉnh,,',
    '1,,Văn phòng Cục,50,40',
    'II,Thái Bình,Cấp huyện,,',
    '1,,Hưng Hà,100,50',
    ',,Toàn tỉnh,150,90',
  ];
  it('each level heading repeating its province\'s Tỉnh: one block to its whole, 400/280 and 150/90', async () => {
    const r = await both('each-level-2019.csv', eachLevel(400), BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    // Nam Định 100 + 120 + 180 = 400, 80 + 90 + 110 = 280; Thái Bình 50 + 100 = 150, 40 + 50 = 90
    expect(csvColumns(r.stdout, ['province', 'cases_with_conditions', 'cases_resolved'])).toEqual(['Nam Định|400|280', 'Thái Bình|150|90', '|550|370']);
  });

  it('… and that whole still checks the block: "Toàn tỉnh" 401 for 400 is refused at it', async () => {
    const r = await both('each-level-2019.csv', eachLevel(401), BY_PROVINCE);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('FILE:7:4: error: declared total "Toàn tỉnh" has cases with conditions 401, but the rows above it add up to 400 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Cộng cấp huyện" below the Chi cục, every Tỉnh written: 400/280, the sum checked, not added', async () => {
    const r = await both('cong-cap-huyen-2019.csv', [
      'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      '1,Nam Định,Mỹ Lộc,120,90',
      '2,Nam Định,Vụ Bản,180,110',
      ',Nam Định,Cộng cấp huyện,300,200',
      ',Nam Định,Văn phòng Cục,100,80',
      ',Nam Định,Toàn tỉnh,400,280',
    ], BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    // 120 + 180 + 100 = 400, 90 + 110 + 80 = 280
    expect(csvColumns(r.stdout, ['province', 'cases_with_conditions', 'cases_resolved'])).toEqual(['Nam Định|400|280', '|400|280']);
  });

  it('a heading without figures and without a Tỉnh ("II | | Cấp huyện") over offices with theirs: 300/200', async () => {
    const r = await both('heading-2019.csv', [
      'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      'II,,Cấp huyện,,',
      '1,Nam Định,Mỹ Lộc,120,90',
      '2,Nam Định,Vụ Bản,180,110',
    ], BY_PROVINCE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    // 120 + 180 = 300, 90 + 110 = 200
    expect(csvColumns(r.stdout, ['province', 'cases_with_conditions', 'cases_resolved'])).toEqual(['Nam Định|300|200', '|300|200']);
  });
});
