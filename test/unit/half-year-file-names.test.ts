// A half year named by the everyday shortenings of "tháng" ("KV3 6 thg 2026", "6th", "6 th",
// "6thg", "6Th2026"), or in words ("nửa đầu năm", "sơ kết": the mid-year review) — work87a 02.
// Unread, the words were left to the office, and a khu vực's name is its number whatever follows:
// "KV3 6 thg" was khu vực 3's whole year, added to the year-end files and compared with its 2025
// year-end ("down 47.10 pp"), exit 0. Read as "6 tháng" now: beside year-end files MIXED_PERIODS,
// against last year's year-end PERIODS_DIFFER and no change. Files written by hand after the
// finding's folder; both readers through the CLI.
import { describe, expect, it } from 'vitest';
import { officeFromFileName, periodOfFileName, periodOfName, yearsOfFileName } from '../../src/input/file-names.js';
import { fileTree } from '../helpers/file-tree.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';

const HEAD = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
// the finding's figures
const KV1 = [HEAD, '412,380,10500000000,6200000000'];
const KV2 = [HEAD, '530,441,12750000000,7400000000'];
const KV3_HALF = [HEAD, '300,120,8000000000,2000000000'];
const KV1_2025 = [HEAD, '400,360,10000000000,6000000000'];
const KV2_2025 = [HEAD, '500,430,12000000000,7000000000'];
const KV3_2025 = [HEAD, '310,270,8200000000,5000000000'];

const HALF_2026 = { start: null, end: '2026-03-31' };
const NONE = { start: null, end: null };
const MIXED = 'thads: error: the input holds reports of one year whose periods end on different days (31/3/2026, 30/9/2026), which are never added together [MIXED_PERIODS]';
const DIFFER = "thads: warning: no change on last year is computed: the input's period ends on 31/3/2026, the previous files' on 30/9/2025, not on the same day of the year [PERIODS_DIFFER]";

/** The finding's spellings, and their variants: each six months to 31/3/2026 of khu vực 3. */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['KV3 6 thg 2026.csv', 'KV3'],
  ['KV3 6th 2026.csv', 'KV3'],
  ['KV3 6 th 2026.csv', 'KV3'],
  ['KV3 6thg 2026.csv', 'KV3'],
  ['KV3 6Th2026.csv', 'KV3'],
  ['KV3 6THG2026.csv', 'KV3'],
  ['KV3 (6th) 2026.csv', 'KV3'],
  ['KV3 - 6th 2026.csv', 'KV3'],
  ['KV3 2026 (6 thg).csv', 'KV3'],
  ['KV3_6thg_2026.csv', 'KV3'],
  ['kv3-6-thg-2026.csv', 'kv3'],
  ['Phòng THADS khu vực 3 6th 2026.csv', 'Phòng THADS khu vực 3'],
  ['KV3 06 thg đầu năm 2026.csv', 'KV3'],
  ['KV3 nửa đầu năm 2026.csv', 'KV3'],
  ['KV3 NỬA ĐẦU NĂM 2026.csv', 'KV3'],
  ['KV3 nua dau nam 2026.csv', 'KV3'],
  ['KV3 nửa năm đầu 2026.csv', 'KV3'],
  ['KV3 2026 (nửa đầu năm).csv', 'KV3'],
  ['KV3 sơ kết 2026.csv', 'KV3'],
  ['KV3 - Sơ kết năm 2026.csv', 'KV3'],
  ['KV3 so ket 2026.csv', 'KV3'],
  ['KV3 - sơ kết 6 tháng 2026.csv', 'KV3'],
  ['BC sơ kết 2026 - KV3.csv', 'KV3'],
];

describe('the name reading: "thg", "th", "nửa đầu năm", "sơ kết" are six months', () => {
  it.each(SPELLINGS)('%s: six months to 31/3/2026, office %s', (name, office) => {
    expect(periodOfFileName(name)).toEqual(HALF_2026);
    expect(yearsOfFileName(name)).toEqual([2026]);
    expect(officeFromFileName(name)).toBe(office);
  });

  it('a count other than six keeps its own: "9 thg" to 30/6/2026, "3th" to 31/12/2025, "12 thg" the whole year', () => {
    expect(periodOfFileName('KV3 9 thg 2026.csv')).toEqual({ start: null, end: '2026-06-30' });
    expect(periodOfFileName('KV3 3th 2026.csv')).toEqual({ start: null, end: '2025-12-31' });
    expect(periodOfFileName('KV3 12 thg 2026.csv')).toEqual({ start: null, end: '2026-09-30' });
  });

  it('"sơ kết" beside a stated count is that count: "Sơ kết 9 tháng 2026" is nine months, not six', () => {
    expect(periodOfFileName('KV3 sơ kết 9 tháng 2026.csv')).toEqual({ start: null, end: '2026-06-30' });
    expect(officeFromFileName('KV3 sơ kết 9 tháng 2026.csv')).toBe('KV3');
  });

  it('a sheet named "6 thg" or "Sơ kết" of a workbook of 2026 is six months, as a sheet "6 tháng" is', () => {
    expect(periodOfName('6 thg', 2026)).toEqual(HALF_2026);
    expect(periodOfName('6th', 2026)).toEqual(HALF_2026);
    expect(periodOfName('Sơ kết', 2026)).toEqual(HALF_2026);
    expect(periodOfName('Nửa đầu năm', 2026)).toEqual(HALF_2026);
  });

  it('"nửa cuối năm" is read as "6 tháng cuối năm" is: a second half is no report of the regime (partial reports count from 1 October), never the whole year', () => {
    for (const half of ['KV3 nửa cuối năm 2026.csv', 'KV3 nua cuoi nam 2026.csv', 'KV3 nửa năm cuối 2026.csv']) {
      expect(periodOfFileName(half)).toEqual(periodOfFileName('KV3 6 tháng cuối năm 2026.csv'));
      expect(periodOfFileName(half)).not.toEqual(NONE);
    }
  });

  it('"Mỹ Lộc 2019 (nửa đầu năm)" is Mỹ Lộc\'s six months to 31/3/2019 now (its part of a year was kept in the name, unread)', () => {
    expect(officeFromFileName('Mỹ Lộc 2019 (nửa đầu năm).csv')).toBe('Mỹ Lộc');
    expect(periodOfFileName('Mỹ Lộc 2019 (nửa đầu năm).csv')).toEqual({ start: null, end: '2019-03-31' });
  });

  // over-reach: places whose names begin with "Th" after a region's number, "Sơn"/"Sông" after it, a year-end review
  it.each([
    ['KV 6 Thanh Hà 2026.csv', 'KV 6 Thanh Hà'],
    ['KV 6 Thạch Thất 2026.csv', 'KV 6 Thạch Thất'],
    ['KV6 Thạnh Phú 2026.csv', 'KV6 Thạnh Phú'],
    ['KV2 Thanh Sơn 2026.csv', 'KV2 Thanh Sơn'],
    ['6 Thanh Hóa 2026.csv', '6 Thanh Hóa'],
    ['Quận 6-Thạch 2026.csv', 'Quận 6-Thạch'],
    ['Quận 6 2026.csv', 'Quận 6'],
    ['Thủ Đức 2026.csv', 'Thủ Đức'],
    ['Thái Thụy 2026.csv', 'Thái Thụy'],
    ['KV 6 Sơn Tây 2026.csv', 'KV 6 Sơn Tây'],
    ['KV 3 Sông Lô 2026.csv', 'KV 3 Sông Lô'],
    ['Huyện Sơn Tịnh 2026.csv', 'Huyện Sơn Tịnh'],
    ['KV3 tổng kết 2026.csv', 'KV3 tổng kết'],
  ])('control: %s states no period (office %s)', (name, office) => {
    expect(periodOfFileName(name)).toEqual(NONE);
    expect(yearsOfFileName(name)).toEqual([2026]);
    expect(officeFromFileName(name)).toBe(office);
  });
});

describe('the finding\'s folder: the half year beside KV1, KV2 year-end files', () => {
  const { dir, write } = fileTree('thads-half-year-names-');

  it.each(SPELLINGS.map(([name]) => name))('%s + KV1, KV2 year-end: MIXED_PERIODS, exit 2, nothing printed (was 1.242 / 941, 75,76 %%, exit 0)', async (name) => {
    const r = await bothOnFiles(`${dir}/m-${name}`, { 'KV1 2026.csv': KV1, 'KV2 2026.csv': KV2, [name]: KV3_HALF }, ['--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(MIXED);
  });

  it('KV3 nửa cuối năm 2026.csv + KV1, KV2 year-end: refused MIXED_PERIODS, exit 2 (was 1.242 / 941, exit 0)', async () => {
    const r = await bothOnFiles(`${dir}/second-half`, { 'KV1 2026.csv': KV1, 'KV2 2026.csv': KV2, 'KV3 nửa cuối năm 2026.csv': KV3_HALF }, ['--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[MIXED_PERIODS]');
  });

  it.each(['KV3 6 thg 2026.csv', 'KV3 6Th2026.csv', 'KV3 nửa đầu năm 2026.csv', 'KV3 sơ kết 2026.csv', 'Phòng THADS khu vực 3 6th 2026.csv'])(
    '%s --previous KV3 2025: PERIODS_DIFFER, no change printed (was −47,10 pp, exit 0)',
    async (name) => {
      const [file, previous] = write({ [`p/${name}`]: KV3_HALF, 'p/2025/KV3 2025.csv': KV3_2025 });
      const r = await summarizeCsvRows(dir, [file!], ['--previous', previous!]);
      expect(r.code).toBe(0);
      expect(r.stderr.split('\n')[0]).toBe(DIFFER);
      // 120/300 = 40,00 %; 2/8 tỷ = 25,00 %; no change on 2025's 270/310 = 87,10 %
      const total = r.rows.find((x) => x.district === 'TOTAL')!;
      expect([total.cases_rate, total.cases_rate_change, total.money_rate, total.money_rate_change]).toEqual(['40.00', '', '25.00', '']);
    },
  );

  // over-reach
  it('control: KV1, KV2 year-end against 2025 — 942 / 821, 87,15 %, −0,62 pp; 23,25 / 13,6 tỷ, 58,49 %, −0,60 pp', async () => {
    const files = write({ 'y/KV1 2026.csv': KV1, 'y/KV2 2026.csv': KV2, 'y/2025/KV1 2025.csv': KV1_2025, 'y/2025/KV2 2025.csv': KV2_2025 });
    const r = await summarizeCsvRows(dir, files.slice(0, 2), ['--previous', files[2]!, '--previous', files[3]!]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 412 + 530 = 942; 380 + 441 = 821; 821/942 = 87,1550… %; 2025: 790/900 = 87,7778… %; 87,1550 − 87,7778 = −0,6228 → −0,62 pp
    // (the finding's −0,63 subtracted the rounded rates)
    // 10,5 + 12,75 = 23,25 tỷ; 6,2 + 7,4 = 13,6 tỷ; 13,6/23,25 = 58,4946… %; 2025: 13/22 = 59,0909… %; → −0,5963 → −0,60 pp
    const total = r.rows.find((x) => x.district === 'TOTAL')!;
    expect([total.cases_with_conditions, total.cases_resolved, total.cases_rate, total.cases_rate_change, total.money_with_conditions, total.money_resolved, total.money_rate, total.money_rate_change]).toEqual([
      '942', '821', '87.15', '-0.62', '23250000000', '13600000000', '58.49', '-0.60',
    ]);
  });

  it('control: "KV 6 Thanh Hà 2026.csv" is khu vực 6\'s whole year, added to KV1, KV2 — 1.242 / 941, 75,76 %; 31,25 / 15,6 tỷ, 49,92 %', async () => {
    const r = await summarizeCsvRows(dir, write({ 't/KV1 2026.csv': KV1, 't/KV2 2026.csv': KV2, 't/KV 6 Thanh Hà 2026.csv': KV3_HALF }), []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 412 + 530 + 300 = 1.242; 380 + 441 + 120 = 941; 941/1.242 = 0,757648… → 75,76 %
    // 10,5 + 12,75 + 8 = 31,25 tỷ; 6,2 + 7,4 + 2 = 15,6 tỷ; 15,6/31,25 = 0,49920 → 49,92 %
    const total = r.rows.find((x) => x.district === 'TOTAL')!;
    expect([total.cases_with_conditions, total.cases_resolved, total.cases_rate, total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual([
      '1242', '941', '75.76', '31250000000', '15600000000', '49.92',
    ]);
  });

  it('control: "KV 6 Thạch Thất 2026.csv" against "KV6 2025.csv" is compared as khu vực 6\'s year — 40,00 % vs 87,10 %: −47,10 pp', async () => {
    const [file, previous] = write({ 'c/KV 6 Thạch Thất 2026.csv': KV3_HALF, 'c/2025/KV6 2025.csv': KV3_2025 });
    const r = await summarizeCsvRows(dir, [file!], ['--previous', previous!]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 120/300 = 40,00 %; 270/310 = 87,0968… %; 40,00 − 87,0968 = −47,0968 → −47,10 pp
    // 2/8 = 25,00 %; 5/8,2 = 60,9756… %; 25,00 − 60,9756 = −35,9756 → −35,98 pp
    const total = r.rows.find((x) => x.district === 'TOTAL')!;
    expect([total.cases_rate, total.cases_rate_change, total.money_rate, total.money_rate_change]).toEqual(['40.00', '-47.10', '25.00', '-35.98']);
  });
});
