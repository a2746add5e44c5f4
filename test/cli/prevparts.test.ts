// A khu vực of this year whose former parts the file lists under it, marked "(cũ)" ("Phòng THADS
// khu vực 3" over "… khu vực 3 (cũ)", "… khu vực 4 (cũ)": the 2026 re-cut), is compared with the
// sum of those parts last year, as a config's mergedOffices maps it (merger.ts listedMergers) —
// never with last year's office of the same number alone (work100b 01: KV3 0.00 / −4.55 where
// like for like rose 5.95 / 5.45 pp, exit 0). Parts some of which last year lacks: compared with
// nothing (a part against a whole), never with a partial sum. Every change below is worked out by
// hand from the figures written here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { columnsByOffice } from '../helpers/csv-columns.js';
import { summarizeFiles } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-prevparts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: readonly string[]): string {
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return name;
}

const HEAD = (year: number, office = '') => [
  'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI,,,,,',
  ...(office ? [`${office},,,,,`] : []),
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year},,,,,`,
  ',,,,Đơn vị tính: Việc; nghìn đồng,',
  'STT,Đơn vị,Về việc,,Về tiền,',
  ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
];

// 2025: KV3 900/780 (86.67 %), KV4 500/350; KV3+KV4 1.400/1.130 = 80.71 %; money 6+4 = 10 bn, 3+1 = 4 bn = 40.00 %
const PREV_ROWS = [
  '1,THADS tỉnh Gia Lai,"1.200",960,"26.000.000","12.000.000"',
  '2,Phòng THADS khu vực 1,"1.400","1.220","10.000.000","5.000.000"',
  '3,Phòng THADS khu vực 2,"1.900","1.650","13.000.000","6.500.000"',
  '4,Phòng THADS khu vực 3,900,780,"6.000.000","3.000.000"',
  '5,Phòng THADS khu vực 4,500,350,"4.000.000","1.000.000"',
];
const PREV = write('Gia Lai 2025.csv', [...HEAD(2025), ...PREV_ROWS, ',Tổng cộng,"5.900","4.960","59.000.000","27.500.000"']);
// 2025 without KV4: KV3's parts are not all there
const PREV_NO_KV4 = write('Gia Lai thiếu 2025.csv', [...HEAD(2025), ...PREV_ROWS.slice(0, 4), ',Tổng cộng,"5.400","4.610","55.000.000","26.500.000"']);

// 2026: KV3 1.500/1.300 = 86.67 % (its parts KV3 cũ 900/820 + KV4 cũ 600/480), money 11 bn / 5 bn = 45.45 %
const NOW_ROWS = [
  '1,THADS tỉnh Gia Lai,"1.300","1.100","27.000.000","14.000.000"',
  '2,Phòng THADS khu vực 1,"1.500","1.350","11.000.000","6.000.000"',
  '3,Phòng THADS khu vực 2,"2.000","1.800","14.000.000","7.000.000"',
  '4,Phòng THADS khu vực 3,"1.500","1.300","11.000.000","5.000.000"',
  ',Phòng THADS khu vực 3 (cũ),900,820,"6.000.000","3.000.000"',
  ',Phòng THADS khu vực 4 (cũ),600,480,"5.000.000","2.000.000"',
];
const NOW_TOTAL = ',Tổng cộng,"6.300","5.550","63.000.000","32.000.000"';
const NOW = write('Gia Lai 2026.csv', [...HEAD(2026), ...NOW_ROWS, NOW_TOTAL]);

/** The CSV output's rows by office: cases and money rate changes ('' for none). */
const changes = (stdout: string) => columnsByOffice(stdout, ['cases_rate_change', 'money_rate_change']);

function summarize(...args: string[]) {
  return spawnThads(['summarize', ...args, '--format', 'csv'], { cwd: dir });
}

// by hand: KV1 90.00 − 87.14 = 2.86, 54.55 − 50.00 = 4.55; KV2 90.00 − 86.84 = 3.16, 50.00 − 50.00 = 0.00;
// KV3 86.67 − 80.71 = 5.95 (86.667 − 80.714 = 5.952), 45.45 − 40.00 = 5.45; tỉnh 84.62 − 80.00 = 4.62, 51.85 − 46.15 = 5.70;
// TOTAL 5.550/6.300 = 88.10 − 4.960/5.900 = 84.07 → 4.03; 32/63 = 50.79 − 27.5/59 = 46.61 → 4.18
const RIGHT_A = {
  'THADS tỉnh Gia Lai': ['4.62', '5.70'],
  'Phòng THADS khu vực 1': ['2.86', '4.55'],
  'Phòng THADS khu vực 2': ['3.16', '0.00'],
  'Phòng THADS khu vực 3': ['5.95', '5.45'],
  TOTAL: ['4.03', '4.18'],
};

describe('a khu vực with its former parts listed is compared with their sum last year', () => {
  it('A: KV3 over KV3 (cũ) + KV4 (cũ) against KV3 + KV4 of 2025 (reference reader: title, unit line)', () => {
    const r = summarize(NOW, '--previous', PREV);
    expect(r.code).toBe(0);
    expect(changes(r.stdout)).toEqual(RIGHT_A);
    // KV4 of 2025 is in KV3 now: not an office of last year only
    expect(r.stderr).not.toContain('khu vực 4" has figures in the previous');
  });

  it('A: the year-end paragraph says a rise of 5,95 / 5,45, never "không thay đổi" / "giảm 4,55%"', () => {
    const r = spawnThads(['summarize', NOW, '--previous', PREV, '--format', 'text', '--lang', 'vi', '--only', 'Phòng THADS khu vực 3'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tỷ lệ giải quyết xong tăng 5,95% so với năm 2025');
    expect(r.stdout).toContain('tỷ lệ giải quyết xong tăng 5,45% so với năm 2025');
    expect(r.stdout).not.toContain('không thay đổi');
    expect(r.stdout).not.toContain('giảm 4,55%');
  });

  it('B: re-cut and renumbered — KV1 = KV1 (cũ) + KV2 (cũ), KV2 = KV3 (cũ) + KV4 (cũ)', () => {
    const file = write('Gia Lai B 2026.csv', [
      ...HEAD(2026),
      '1,THADS tỉnh Gia Lai,"1.300","1.100","27.000.000","14.000.000"',
      '2,Phòng THADS khu vực 1,"3.500","3.150","25.000.000","13.000.000"',
      ',Phòng THADS khu vực 1 (cũ),"1.500","1.350","11.000.000","6.000.000"',
      ',Phòng THADS khu vực 2 (cũ),"2.000","1.800","14.000.000","7.000.000"',
      '3,Phòng THADS khu vực 2,"1.500","1.300","11.000.000","5.000.000"',
      ',Phòng THADS khu vực 3 (cũ),900,820,"6.000.000","3.000.000"',
      ',Phòng THADS khu vực 4 (cũ),600,480,"5.000.000","2.000.000"',
      NOW_TOTAL,
    ]);
    const r = summarize(file, '--previous', PREV);
    expect(r.code).toBe(0);
    // KV1: 3.150/3.500 = 90.00 against (1.220+1.650)/(1.400+1.900) = 2.870/3.300 = 86.97 → 3.03;
    // money 13/25 = 52.00 against 11.5/23 = 50.00 → 2.00. KV2: as KV3 of A.
    expect(changes(r.stdout)).toEqual({ 'THADS tỉnh Gia Lai': ['4.62', '5.70'], 'Phòng THADS khu vực 1': ['3.03', '2.00'], 'Phòng THADS khu vực 2': ['5.95', '5.45'], TOTAL: ['4.03', '4.18'] });
  });

  it("C: the khu vực's own report (its title names it, its rows its parts) against the province's 2025 file", () => {
    const file = write('KV3 Gia Lai 2026.csv', [
      ...HEAD(2026, 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3'),
      '1,Phòng THADS khu vực 3 (cũ),900,820,"6.000.000","3.000.000"',
      '2,Phòng THADS khu vực 4 (cũ),600,480,"5.000.000","2.000.000"',
      ',Tổng cộng,"1.500","1.300","11.000.000","5.000.000"',
    ]);
    const r = summarize(file, '--previous', PREV);
    expect(r.code).toBe(0);
    expect(changes(r.stdout)['Phòng THADS khu vực 3']).toEqual(['5.95', '5.45']);
  });

  it('A as a plain CSV (the byte scanner hands the parts over): both readers agree on 5.95 / 5.45', async () => {
    const plainHead = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
    const plain = (rows: readonly string[]) => [plainHead, ...rows.map((r) => r.replace(/"(\d[\d.]*)"/g, (_, n: string) => n.replace(/\./g, '')))];
    mkdirSync(join(dir, 'plain'), { recursive: true });
    const previous = join(dir, 'plain', 'Gia Lai 2025.csv');
    writeFileSync(previous, `${plain(PREV_ROWS).join('\n')}\n`);
    const both = await Promise.all([false, true].map((fast) => summarizeFiles(join(dir, 'plain'), { 'Gia Lai 2026.csv': plain(NOW_ROWS) }, ['--previous', previous, '--format', 'csv'], fast)));
    expect(both[1]).toEqual(both[0]);
    expect(both[0]!.code).toBe(0);
    // (money in đồng here: the rates are the same)
    expect(changes(both[0]!.stdout)['Phòng THADS khu vực 3']).toEqual(['5.95', '5.45']);
    const spawned = spawnThads(['summarize', join(dir, 'plain', 'Gia Lai 2026.csv'), '--previous', previous, '--format', 'csv']);
    expect(spawned.code).toBe(0);
    expect(changes(spawned.stdout)['Phòng THADS khu vực 3']).toEqual(['5.95', '5.45']);
  });

  it('A as an .xlsx workbook: the same 5.95 / 5.45', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    const cell = (c: string) => (/^"?\d[\d.]*"?$/.test(c) ? Number(c.replace(/[".]/g, '')) : c === '' ? null : c);
    for (const l of [...HEAD(2026), ...NOW_ROWS, NOW_TOTAL]) ws.addRow(l.match(/("[^"]*"|[^,]*)(,|$)/g)!.slice(0, 6).map((c) => cell(c.replace(/,$/, '').replace(/^"(.*)"$/, '$1'))));
    await wb.xlsx.writeFile(join(dir, 'Gia Lai 2026.xlsx'));
    const r = summarize('Gia Lai 2026.xlsx', '--previous', PREV);
    expect(r.code).toBe(0);
    expect(changes(r.stdout)).toEqual(RIGHT_A);
  });

  it('last year lacks one of the parts (KV4): KV3 and the total are compared with nothing, never with KV3 alone', () => {
    const r = summarize(NOW, '--previous', PREV_NO_KV4);
    expect(r.code).toBe(0);
    expect(changes(r.stdout)).toEqual({ 'THADS tỉnh Gia Lai': ['4.62', '5.70'], 'Phòng THADS khu vực 1': ['2.86', '4.55'], 'Phòng THADS khu vực 2': ['3.16', '0.00'], 'Phòng THADS khu vực 3': ['', ''], TOTAL: ['', ''] });
    expect(r.stderr).toContain('"Phòng THADS khu vực 3" 2026 is Phòng THADS khu vực 3 + Phòng THADS khu vực 4 of 2025; the previous files have no figures for Phòng THADS khu vực 4, so it and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]');
  });

  it("KV2 listing KV3 (cũ) + KV4 (cũ) while last year's KV2 is none of its parts: KV2 is compared with nothing", () => {
    const file = write('Gia Lai D 2026.csv', [
      ...HEAD(2026),
      '1,THADS tỉnh Gia Lai,"1.300","1.100","27.000.000","14.000.000"',
      '2,Phòng THADS khu vực 1,"3.500","3.150","25.000.000","13.000.000"',
      '3,Phòng THADS khu vực 2,"1.500","1.300","11.000.000","5.000.000"',
      ',Phòng THADS khu vực 3 (cũ),900,820,"6.000.000","3.000.000"',
      ',Phòng THADS khu vực 4 (cũ),600,480,"5.000.000","2.000.000"',
      NOW_TOTAL,
    ]);
    const r = summarize(file, '--previous', PREV);
    expect(r.code).toBe(0);
    // (KV1 lists no parts: against last year's KV1, as before — 90.00 − 87.14, 52.00 − 50.00)
    expect(changes(r.stdout)).toEqual({ 'THADS tỉnh Gia Lai': ['4.62', '5.70'], 'Phòng THADS khu vực 1': ['2.86', '2.00'], 'Phòng THADS khu vực 2': ['', ''], TOTAL: ['4.03', '4.18'] });
    expect(r.stderr).toMatch(/"Phòng THADS khu vực 2" \(Gia Lai\) 2026 is Phòng THADS khu vực 3 \+ Phòng THADS khu vực 4 of 2025, the former parts its rows list.*it is not compared \[ONE_YEAR_ONLY\]/);
  });

  it("the config's mergedOffices wins where it maps the office", () => {
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ mergedOffices: { 'Phòng THADS khu vực 3': ['Phòng THADS khu vực 3', 'Phòng THADS khu vực 4'] } }));
    expect(changes(summarize(NOW, '--previous', PREV, '--config', 'one.json').stdout)).toEqual(RIGHT_A);
  });
});

describe('over-reach controls: read and compared as before', () => {
  it('no parts listed: KV3 against last year\'s KV3 (86.67 − 86.67 = 0.00, 45.45 − 50.00 = −4.55), KV4 of last year only', () => {
    const file = write('Gia Lai E 2026.csv', [...HEAD(2026), ...NOW_ROWS.slice(0, 4), NOW_TOTAL]);
    const r = summarize(file, '--previous', PREV);
    expect(r.code).toBe(0);
    expect(changes(r.stdout)).toEqual({ 'THADS tỉnh Gia Lai': ['4.62', '5.70'], 'Phòng THADS khu vực 1': ['2.86', '4.55'], 'Phòng THADS khu vực 2': ['3.16', '0.00'], 'Phòng THADS khu vực 3': ['0.00', '-4.55'], TOTAL: ['', ''] });
    expect(r.stderr).toContain('"Phòng THADS khu vực 4" has figures in the previous year\'s files only (2025) [ONE_YEAR_ONLY]');
  });

  it('"Trong đó:" over one part (some parts only): KV3 compared as before, never with that part alone', () => {
    const file = write('Gia Lai TD 2026.csv', [...HEAD(2026), ...NOW_ROWS.slice(0, 4), ',Trong đó:,,,,', ',Phòng THADS khu vực 4 (cũ),600,480,"5.000.000","2.000.000"', NOW_TOTAL]);
    const r = summarize(file, '--previous', PREV);
    expect(r.code).toBe(0);
    expect(changes(r.stdout)['Phòng THADS khu vực 3']).toEqual(['0.00', '-4.55']);
  });

  it('a 2025 file of Chi cục against a 2024 one: each Chi cục against itself', () => {
    const head = (y: number) => ['THI HÀNH ÁN DÂN SỰ TỈNH NINH THUẬN,,,,,', `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${y},,,,,`, ',,,,Đơn vị tính: Việc; nghìn đồng,', 'STT,Đơn vị,Về việc,,Về tiền,', ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong'];
    const prev = write('CC 2024.csv', [...head(2024), '1,Chi cục THADS huyện Ninh Hải,200,150,"2.000.000","1.000.000"', '2,Chi cục THADS huyện Ninh Phước,100,60,"1.000.000","400.000"', ',Tổng cộng,300,210,"3.000.000","1.400.000"']);
    const now = write('CC 2025.csv', [...head(2025), '1,Chi cục THADS huyện Ninh Hải,200,160,"2.000.000","1.200.000"', '2,Chi cục THADS huyện Ninh Phước,100,70,"1.000.000","500.000"', ',Tổng cộng,300,230,"3.000.000","1.700.000"']);
    const r = summarize(now, '--previous', prev);
    expect(r.code).toBe(0);
    // Ninh Hải 80.00 − 75.00 = 5.00, 60.00 − 50.00 = 10.00; Ninh Phước 70.00 − 60.00, 50.00 − 40.00; total 76.67 − 70.00 = 6.67, 56.67 − 46.67 = 10.00
    const c = changes(r.stdout);
    expect(c['Chi cục THADS huyện Ninh Hải']).toEqual(['5.00', '10.00']);
    expect(c['Chi cục THADS huyện Ninh Phước']).toEqual(['10.00', '10.00']);
  });

  it('the same files without --previous: the figures read as before (parts checked against their khu vực, not added)', () => {
    const r = summarize(NOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nGia Lai,Phòng THADS khu vực 3,2026,(?:[^,]*,){6}1500,/);
    expect(r.stdout).toMatch(/\n,TOTAL,2026,(?:[^,]*,){6}6300,/);
  });
});

describe('the same rule for a 2025 khu vực over its former Chi cục (cũ)', () => {
  it('KV1 over Pleiku (cũ) + Chư Păh (cũ) against those two Chi cục of 2024; KV2, listing none, compared with nothing', () => {
    const head = (y: number) => ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI,,,,,', `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${y},,,,,`, ',,,,Đơn vị tính: Việc; nghìn đồng,', 'STT,Đơn vị,Về việc,,Về tiền,', ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong'];
    const prev = write('GL 2024.csv', [
      ...head(2024),
      '1,Cục THADS tỉnh Gia Lai,100,80,"1.000.000","500.000"',
      '2,Chi cục THADS thành phố Pleiku,200,150,"2.000.000","1.000.000"',
      '3,Chi cục THADS huyện Chư Păh,100,60,"1.000.000","400.000"',
      '4,Chi cục THADS huyện Ia Grai,300,240,"3.000.000","1.500.000"',
      ',Tổng cộng,700,530,"7.000.000","3.400.000"',
    ]);
    const now = write('GL 2025.csv', [
      ...head(2025),
      '1,THADS tỉnh Gia Lai,100,90,"1.000.000","600.000"',
      '2,Phòng THADS khu vực 1,330,270,"3.000.000","1.600.000"',
      ',Chi cục THADS thành phố Pleiku (cũ),220,180,"2.000.000","1.100.000"',
      ',Chi cục THADS huyện Chư Păh (cũ),110,90,"1.000.000","500.000"',
      '3,Phòng THADS khu vực 2,300,250,"3.000.000","1.500.000"',
      ',Tổng cộng,730,610,"7.000.000","3.700.000"',
    ]);
    const r = summarize(now, '--previous', prev);
    expect(r.code).toBe(0);
    // KV1 270/330 = 81.82 against (150+60)/(200+100) = 70.00 → 11.82; money 1.6/3 = 53.33 against 1.4/3 = 46.67 → 6.67
    // (Gia Lai of 2025 is Gia Lai + Bình Định of 2024: the province and its total are not compared, as before)
    expect(changes(r.stdout)).toEqual({ 'THADS tỉnh Gia Lai': ['', ''], 'Phòng THADS khu vực 1': ['11.82', '6.67'], 'Phòng THADS khu vực 2': ['', ''], TOTAL: ['', ''] });
  });
});
