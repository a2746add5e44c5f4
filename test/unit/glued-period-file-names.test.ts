// A count of months glued to its year in a file's name ("PTHADS KV4 6T2026.csv", work85c 02): a
// six months' report, never the office's whole year added to the year-end files of the others —
// refused MIXED_PERIODS as "KV4 6T 2026.csv" is; its year still 2026, its office "PTHADS KV4".
// Files written by hand after the finding's folder; both readers through the CLI.
import { describe, expect, it } from 'vitest';
import { officeFromFileName, periodOfFileName, periodOfName, yearsOfFileName } from '../../src/input/file-names.js';
import { fileTree } from '../helpers/file-tree.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';

const HEAD = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const KV1 = [HEAD, '1000,800,50000000000,20000000000'];
const KV2 = [HEAD, '2000,1700,80000000000,40000000000'];
const KV3 = [HEAD, '3000,2400,90000000000,30000000000'];
const KV4 = [HEAD, '800,300,30000000000,4000000000'];
const YEAR_END = { 'Phòng THADS khu vực 1 - 2026.csv': KV1, 'Phòng THADS khu vực 2 - 2026.csv': KV2, 'Phòng THADS khu vực 3 - 2026.csv': KV3 };
const ARGS = ['--province', 'Ninh Bình', '--format', 'csv'];

const HALF_2026 = { start: null, end: '2026-03-31' };
const NONE = { start: null, end: null };
const mixed = (end: string) =>
  `thads: error: the input holds reports of one year whose periods end on different days (${end}, 30/9/2026), which are never added together [MIXED_PERIODS]`;

type Row = Record<string, string>;
const figures = (r: { rows: Row[] }) =>
  r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved, x.money_rate]);

describe('the name reading: a period glued to its year is read as the spaced one', () => {
  it.each([
    // [name, period's end, office]
    ['PTHADS KV4 6T2026.csv', '2026-03-31', 'PTHADS KV4'],
    ['KV4 6t2026.csv', '2026-03-31', 'KV4'],
    ['KV 4 - 06T2026.csv', '2026-03-31', 'KV 4'],
    ['KV 4 - BC6T2026.csv', '2026-03-31', 'KV 4'],
    ['KV 4 - 6thang2026.csv', '2026-03-31', 'KV 4'],
    ['KV 4 - 6tháng2026.csv', '2026-03-31', 'KV 4'],
    ['KV 4 - 6 thang2026.csv', '2026-03-31', 'KV 4'],
    ['KV 4 9T2026.csv', '2026-06-30', 'KV 4'],
    ['KV 4 - 9thang2026.csv', '2026-06-30', 'KV 4'],
    ['KV 4 - 3T2026.csv', '2025-12-31', 'KV 4'],
    ['KV4 12T2026.csv', '2026-09-30', 'KV4'],
    ['KV4_6T2026_sua.csv', '2026-03-31', 'KV4'],
    // "6TN", "6TĐN": "6 tháng năm", "6 tháng đầu năm", glued or spaced
    ['KV 4 - 6TN2026.csv', '2026-03-31', 'KV 4'],
    ['KV4 6TN 2026.csv', '2026-03-31', 'KV4'],
    ['KV 4 - 6TĐN2026.csv', '2026-03-31', 'KV 4'],
    ['KV4_6TDN_2026.csv', '2026-03-31', 'KV4'],
    ['KV4 9TN2026.csv', '2026-06-30', 'KV4'],
  ])('%s: the period to %s of the statistics year 2026, office %s', (name, end, office) => {
    expect(periodOfFileName(name)).toEqual({ start: null, end });
    expect(yearsOfFileName(name)).toEqual([2026]);
    expect(officeFromFileName(name)).toBe(office);
  });

  it('the spaced and marked forms read as before: "KV4 6T 2026", "KV4_6T_2026", "KV 4 - 6T.2026", "KV 4 - 6T-2026" six months', () => {
    for (const name of ['KV4 6T 2026.csv', 'KV4_6T_2026.csv', 'KV 4 - 6T.2026.csv', 'KV 4 - 6T-2026.csv']) {
      expect(periodOfFileName(name)).toEqual(HALF_2026);
      expect(yearsOfFileName(name)).toEqual([2026]);
    }
  });

  it('a quarter in roman numerals glued to its year: "QuýII2026" is "Quý II 2026" (to 30/6/2026)', () => {
    expect(periodOfFileName('KV 4 - QuýII2026.csv')).toEqual(periodOfFileName('KV 4 - Quý II 2026.csv'));
    expect(periodOfFileName('KV 4 - QuýII2026.csv')).toEqual({ start: null, end: '2026-06-30' });
  });

  it('a sheet "6T2026" is six months, as a sheet "6T 2026" is', () => {
    expect(periodOfName('6T2026', null)).toEqual(HALF_2026);
    expect(periodOfName('BC6T2026', 2026)).toEqual(HALF_2026);
  });

  // over-reach
  it('control: an office\'s number is no count of months — "KV6 2026", "Quận 6 2026", "Phòng THADS khu vực 1 - 2026" are whole years of their offices', () => {
    expect(periodOfFileName('KV6 2026.csv')).toEqual(NONE);
    expect(officeFromFileName('KV6 2026.csv')).toBe('KV6');
    expect(periodOfFileName('Quận 6 2026.csv')).toEqual(NONE);
    expect(officeFromFileName('Quận 6 2026.csv')).toBe('Quận 6');
    expect(periodOfFileName('Phòng THADS khu vực 1 - 2026.csv')).toEqual(NONE);
    expect(officeFromFileName('Phòng THADS khu vực 1 - 2026.csv')).toBe('Phòng THADS khu vực 1');
    // a letter before the digits: "KV6T2026" glues no count to the year
    expect(periodOfFileName('KV6T2026.csv')).toEqual(NONE);
    expect(periodOfFileName('BC2026 KV4.csv')).toEqual(NONE);
    // "TN" without a count ("Tây Ninh", "TN") is no period
    expect(periodOfFileName('KV 4 - TN2026.csv')).toEqual(NONE);
    expect(periodOfFileName('Tây Ninh 2026.csv')).toEqual(NONE);
  });

  it('control: "T6.2026" stays June (a month, not six months); digits glued to digits ("T62026", "Q22026") stay unread', () => {
    expect(periodOfFileName('KV 4 - T6.2026.csv')).toEqual({ start: null, end: '2026-06-30' });
    expect(periodOfFileName('KV 4 - T62026.csv')).toEqual(NONE);
    expect(periodOfFileName('KV 4 - Q22026.csv')).toEqual(NONE);
  });
});

describe('the finding\'s folder: "PTHADS KV4 6T2026.csv" beside three year-end files is refused', () => {
  const { dir, write } = fileTree('thads-glued-period-');

  it.each([
    ['PTHADS KV4 6T2026.csv', '31/3/2026'],
    ['KV 4 9T2026.csv', '30/6/2026'],
    ['KV 4 - 3T2026.csv', '31/12/2025'],
    ['KV 4 - BC6T2026.csv', '31/3/2026'],
    ['KV4 6t2026.csv', '31/3/2026'],
    ['KV 4 - 6thang2026.csv', '31/3/2026'],
    ['KV 4 - 06T2026.csv', '31/3/2026'],
    ['KV4 6T 2026.csv', '31/3/2026'],
    ['KV4 6TN2026.csv', '31/3/2026'],
    ['KV 4 - 6TĐN 2026.csv', '31/3/2026'],
  ])('%s + KV1–3 year-end: MIXED_PERIODS (%s, 30/9/2026), exit 2, nothing printed (was 6.800 / 5.200, 76,47 %%, exit 0)', async (name, end) => {
    const r = await bothOnFiles(`${dir}/${name}`, { ...YEAR_END, [name]: KV4 }, ARGS);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(mixed(end));
  });

  it('the finding\'s own file: the message names 31/3/2026 and 30/9/2026', async () => {
    const r = await bothOnFiles(`${dir}/own`, { ...YEAR_END, 'PTHADS KV4 6T2026.csv': KV4 }, ARGS);
    expect(r.stderr.split('\n')[0]).toBe(mixed('31/3/2026'));
  });

  it('six months\' files glued alike are summed as six months: "KV1 6T2026" + "KV2 6T2026" = 3.000 / 2.500', async () => {
    const r = await summarizeCsvRows(dir, write({ 'h/KV1 6T2026.csv': KV1, 'h/KV2 6T2026.csv': KV2 }), ['--province', 'Ninh Bình']);
    expect(r.code).toBe(0);
    // 1.000 + 2.000 = 3.000; 800 + 1.700 = 2.500 → 83,33 %; 50 + 80 = 130 tỷ; 20 + 40 = 60 tỷ → 46,15 %
    const total = r.rows.find((x) => x.district === 'TOTAL')!;
    expect([total.cases_with_conditions, total.cases_resolved, total.cases_rate, total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual([
      '3000', '2500', '83.33', '130000000000', '60000000000', '46.15',
    ]);
  });

  // over-reach
  it('control: the three year-end files alone — 6.000 / 4.900, 81,67 %; 220 / 90 tỷ, 40,91 %', async () => {
    const r = await summarizeCsvRows(dir, write(Object.fromEntries(Object.entries(YEAR_END).map(([n, l]) => [`y/${n}`, l]))), ['--province', 'Ninh Bình']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 1.000 + 2.000 + 3.000 = 6.000; 800 + 1.700 + 2.400 = 4.900; 4.900/6.000 = 0,81666… → 81,67 %
    // 50 + 80 + 90 = 220 tỷ; 20 + 40 + 30 = 90 tỷ; 90/220 = 0,40909… → 40,91 %
    expect(figures(r).at(-1)).toEqual(['TOTAL', '6000', '4900', '81.67', '220000000000', '90000000000', '40.91']);
  });

  it('control: "KV6 2026.csv" is khu vực 6\'s whole year, added — 6.800 / 5.200, 76,47 %; 250 / 94 tỷ, 37,60 %', async () => {
    const files = write({ ...Object.fromEntries(Object.entries(YEAR_END).map(([n, l]) => [`k/${n}`, l])), 'k/KV6 2026.csv': KV4 });
    const r = await summarizeCsvRows(dir, files, ['--province', 'Ninh Bình']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 6.000 + 800 = 6.800; 4.900 + 300 = 5.200; 5.200/6.800 = 0,764705… → 76,47 %
    // 220 + 30 = 250 tỷ; 90 + 4 = 94 tỷ; 94/250 = 37,60 %; KV6 alone 300/800 = 37,50 %, 4/30 = 13,33 %
    expect(figures(r)).toEqual([
      ['Phòng THADS khu vực 1', '1000', '800', '80.00', '50000000000', '20000000000', '40.00'],
      ['Phòng THADS khu vực 2', '2000', '1700', '85.00', '80000000000', '40000000000', '50.00'],
      ['Phòng THADS khu vực 3', '3000', '2400', '80.00', '90000000000', '30000000000', '33.33'],
      ['KV6', '800', '300', '37.50', '30000000000', '4000000000', '13.33'],
      ['TOTAL', '6800', '5200', '76.47', '250000000000', '94000000000', '37.60'],
    ]);
  });

  it('control: "Quận 6 2026.csv" beside "Quận 1 2026.csv" are two offices\' years — 1.800 / 1.100', async () => {
    const r = await summarizeCsvRows(dir, write({ 'q/Quận 6 2026.csv': KV4, 'q/Quận 1 2026.csv': KV1 }), ['--province', 'Ninh Bình']);
    expect(r.code).toBe(0);
    // 800 + 1.000 = 1.800; 300 + 800 = 1.100; 1.100/1.800 = 0,6111… → 61,11 %
    // 30 + 50 = 80 tỷ; 4 + 20 = 24 tỷ → 30,00 %
    expect(figures(r).at(-1)).toEqual(['TOTAL', '1800', '1100', '61.11', '80000000000', '24000000000', '30.00']);
  });

  it('control: "KV 4 - T6.2026.csv" is June\'s report, refused beside year-end files as before (30/6/2026)', async () => {
    const r = await bothOnFiles(`${dir}/t6`, { ...YEAR_END, 'KV 4 - T6.2026.csv': KV4 }, ARGS);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(mixed('30/6/2026'));
  });
});
