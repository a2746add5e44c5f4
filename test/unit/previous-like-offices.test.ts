// --previous compares the total like for like (round 25b, finding 02): only when the same offices
// stand behind both years' totals, whatever --by prints. One office's 2025 report against the
// province's 2024 file printed "−1000 việc, +15.00 pp" for an office that grew by 100 and 10 pp.
import { describe, expect, it } from 'vitest';
import { unitsDiffer, type Unit } from '../../src/domain/like-units.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-like-offices-', ['--format', 'csv']);

const HEADER = 'Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const KV1 = 'Phòng THADS khu vực 1,1200,1000,900';
const KV2 = 'Phòng THADS khu vực 2,1200,1000,800';
const KV3 = 'Phòng THADS khu vực 3,1300,1000,950';
const prev2024 = () => write('kv1-kv2-viec-2024.csv', [HEADER, 'Phòng THADS khu vực 1,1100,1000,800', 'Phòng THADS khu vực 2,1100,1000,700']);

/** district (or TOTAL), cases_total, total_change, rate_change */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [[c[0], c[1]].filter(Boolean).join(' '), c[5], c[28], c[29]].join(' ').trim();
  });
}

const notCompared = (sides: string, byDistrict: boolean) =>
  `thads: warning: the input and the previous year's files (2024) give different offices (${sides}), so the total is not compared (not like for like) [ONE_YEAR_ONLY]\n  hint: pass last year's files of the same offices as the input${byDistrict ? '' : ', or --by district to compare each office given in both years'}\n`;
const oneYear = (name: string, side: 'now' | 'before') =>
  `thads: warning: "${name}" ${side === 'now' ? 'has no figures in the previous year\'s files' : 'has figures in the previous year\'s files only'} (2024) [ONE_YEAR_ONLY]\n  hint: the office is compared with nothing; check its name in both years\n`;

describe('unitsDiffer', () => {
  const office = (district: string, province: string | null = null): Unit => ({ kind: 'office', province, district, year: null });
  it('the same offices, also under other spellings, compare', () => {
    expect(unitsDiffer([office('Chi cục THADS huyện Mỹ Lộc'), office('Vụ Bản')], [office('Mỹ Lộc'), office('Chi cục THADS huyện Vụ Bản')])).toBeNull();
  });
  it('an office on one side only does not', () => {
    expect(unitsDiffer([office('KV1', 'Gia Lai')], [office('KV1', 'Gia Lai'), office('KV2', 'Gia Lai')])).toEqual({ onlyNow: [], onlyBefore: [office('KV2', 'Gia Lai')], reorganized: false });
  });
  it('a declared total only is taken as the whole', () => {
    expect(unitsDiffer([office('KV1'), office('KV2')], [{ kind: 'total', province: null, district: 'Toàn tỉnh', year: null }])).toBeNull();
  });
});

describe('the total against last year: only over the same offices', () => {
  it.each([['none'], ['district']])('one office against the province (--by %s): KV1 +100 / +10.00 pp; the total empty', async (by) => {
    const r = await both('kv1-viec-2025.csv', [HEADER, KV1], ['--previous', prev2024(), '--format', 'csv', '--by', by]);
    expect(r.code).toBe(0);
    // KV1: 1200 − 1100 = 100; 900/1000 − 800/1000 = 90.00 − 80.00 = 10.00
    expect(rows(r.stdout)).toEqual(by === 'none' ? ['TOTAL 1200'] : ['Phòng THADS khu vực 1 1200 100 10.00', 'TOTAL 1200']);
    const warning = notCompared('only the previous files give "Phòng THADS khu vực 2"', by === 'district');
    expect(r.stderr).toBe(by === 'none' ? warning : warning + oneYear('Phòng THADS khu vực 2', 'before'));
  });

  it.each([['none'], ['district']])('an office the previous files lack (--by %s): KV1 and KV2 +100 / +10.00 pp each; the total empty', async (by) => {
    const r = await both('kv1-kv2-kv3-viec-2025.csv', [HEADER, KV1, KV2, KV3], ['--previous', prev2024(), '--format', 'csv', '--by', by]);
    expect(r.code).toBe(0);
    // KV2: 1200 − 1100 = 100; 80.00 − 70.00 = 10.00
    expect(rows(r.stdout)).toEqual(by === 'none' ? ['TOTAL 3700'] : ['Phòng THADS khu vực 1 1200 100 10.00', 'Phòng THADS khu vực 2 1200 100 10.00', 'Phòng THADS khu vực 3 1300', 'TOTAL 3700']);
    const warning = notCompared('only the input gives "Phòng THADS khu vực 3"', by === 'district');
    expect(r.stderr).toBe(by === 'none' ? warning : warning + oneYear('Phòng THADS khu vực 3', 'now'));
  });

  it('offices of two provinces against a file without one: none matches, named with their provinces', async () => {
    const r = await both('two-provinces-viec-2025.csv', ['Tỉnh,' + HEADER, 'Gia Lai,' + KV1, 'Gia Lai,' + KV2, 'Đắk Lắk,' + KV1], ['--previous', prev2024(), '--format', 'csv', '--by', 'none']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 3600']);
    expect(r.stderr).toBe(notCompared('only the input gives "Phòng THADS khu vực 1" (Gia Lai), "Phòng THADS khu vực 2" (Gia Lai) and 1 more; only the previous files give "Phòng THADS khu vực 1", "Phòng THADS khu vực 2"', false));
  });

  it('--by province: the province row of unlike offices is not compared either', async () => {
    const r = await both('kv1-viec-2025.csv', [HEADER, KV1], ['--previous', prev2024(), '--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['1200', 'TOTAL 1200']);
    expect(r.stderr).toContain('so the total is not compared, nor a province they are in (not like for like) [ONE_YEAR_ONLY]');
  });

  it.each([['none'], ['district']])('the same offices in both years (--by %s): the total is compared, +200 / +10.00 pp', async (by) => {
    const r = await both('kv1-kv2-viec-2025.csv', [HEADER, KV1, KV2], ['--previous', prev2024(), '--format', 'csv', '--by', by]);
    expect(r.code).toBe(0);
    // 2400 − 2200 = 200; 1700/2000 − 1500/2000 = 85.00 − 75.00 = 10.00
    expect(rows(r.stdout).at(-1)).toBe('TOTAL 2400 200 10.00');
    expect(r.stderr).toBe('');
  });

  it.each([['none'], ['district']])('previous files of a declared total only (--by %s): the total is compared', async (by) => {
    const prev = write('toan-tinh-viec-2024.csv', [HEADER, 'Toàn tỉnh,2200,2000,1500']);
    const r = await both('kv1-kv2-viec-2025.csv', [HEADER, KV1, KV2], ['--previous', prev, '--format', 'csv', '--by', by]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('TOTAL 2400 200 10.00');
    expect(r.stderr).toBe(by === 'none' ? '' : 'thads: warning: the previous year\'s files (2024) give only a total ("Toàn tỉnh"): no group is compared, only the total [ONE_YEAR_ONLY]\n  hint: pass the previous files by office (or by province) to compare each group\n');
  });

  it('files by province (no office column) of the same provinces: the total is compared; of others, not', async () => {
    const P = 'Tỉnh,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
    const prev = write('tinh-viec-2018.csv', [P, 'Hà Nội,1000,1000,800', 'Điện Biên,1000,1000,700']);
    const same = await both('tinh-viec-2019.csv', [P, 'Hà Nội,1100,1000,900', 'Điện Biên,1100,1000,800'], ['--previous', prev, '--format', 'csv', '--by', 'none']);
    expect(same.code).toBe(0);
    // 2200 − 2000 = 200; 85.00 − 75.00 = 10.00
    expect(rows(same.stdout)).toEqual(['TOTAL 2200 200 10.00']);
    expect(same.stderr).toBe('');
    const other = await both('tinh-viec-2019.csv', [P, 'Hà Nội,1100,1000,900', 'Lai Châu,1100,1000,800'], ['--previous', prev, '--format', 'csv', '--by', 'province']);
    expect(rows(other.stdout)).toEqual(['Hà Nội 1100 100 10.00', 'Lai Châu 1100', 'TOTAL 2200']);
    expect(other.stderr).toBe(
      "thads: warning: the input and the previous year's files (2018) give different provinces (only the input gives \"Lai Châu\"; only the previous files give \"Điện Biên\"), so the total is not compared, nor a province they are in (not like for like) [ONE_YEAR_ONLY]\n  hint: pass last year's files of the same offices as the input, or --by district to compare each office given in both years\n",
    );
  });

  it.each([
    ['vi', 'Năm 2025 (từ 1/10/2024 đến 30/9/2025), kết quả thi hành án dân sự của Phòng THADS khu vực 1: về việc, tổng số thụ lý 1.200 việc; đã giải quyết xong 900/1.000 việc có điều kiện giải quyết, đạt 90,00%, vượt 6,10% so với chỉ tiêu được giao (83,9%).\n'],
    ['en', 'In statistics year 2025 (1 October 2024 – 30 September 2025), Phòng THADS khu vực 1 accepted 1,200 cases in total and resolved 900 of the 1,000 enforceable cases: a rate of 90.00%, 6.10 pp above the assigned target of 83.9%.\n'],
  ])('the paragraph (--lang %s) states no change of an unlike total (it said "giảm 1.000 việc … tăng 15,00%")', async (lang, paragraph) => {
    const r = await both('kv1-viec-2025.csv', [HEADER, KV1], ['--previous', prev2024(), '--format', 'text', '--lang', lang, '--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(paragraph);
  });
});

describe('offices reorganized on 1/7/2025: a 2025 report by Phòng THADS khu vực against 2024\'s by Chi cục', () => {
  // Nghệ An (not merged): 2024 Anh Sơn 1000/800/600, Con Cuông 900/700/500, Thái Hòa 800/600/450 = 2700 / 2100 / 1550;
  // 2025 KV1 1500/1200/1000, KV2 1300/1000/800 = 2800 / 2200 / 1800. Change +100; 81.82 − 73.81 = +8.01 pp.
  const before = () => write('nghe an viec 2024.csv', [HEADER, 'Chi cục THADS huyện Anh Sơn,1000,800,600', 'Chi cục THADS huyện Con Cuông,900,700,500', 'Chi cục THADS thị xã Thái Hòa,800,600,450']);
  const NOW = [HEADER, 'Phòng THADS khu vực 1,1500,1200,1000', 'Phòng THADS khu vực 2,1300,1000,800'];
  const said =
    "thads: warning: the offices of the input are the Phòng THADS khu vực formed on 1/7/2025 and those of the previous year's files (2024) the offices they replaced: no office is compared, only the provinces' totals, which are like for like only if both years' files hold every office of their provinces [ONE_YEAR_ONLY]\n" +
    '  hint: map last year\'s offices onto this year\'s with "mergedOffices" in thads.config.json to compare each of them\n';

  it.each([['none'], ['district'], ['province']])('--by %s: the province\'s total compared (+100, +8.01), said once, no office called missing', async (by) => {
    const r = await both('nghe an viec 2025.csv', NOW, ['--previous', before(), '--format', 'csv', '--by', by]);
    expect(r.code).toBe(0);
    const total = rows(r.stdout).at(-1);
    expect(total).toBe('TOTAL 2800 100 8.01');
    expect(r.stderr).toBe(said);
  });

  it('unitsDiffer: regions of 2025 against other offices of 2024, same province, none in both', () => {
    const u = (district: string, year: number): Unit => ({ kind: 'office', province: 'Nghệ An', district, year });
    expect(unitsDiffer([u('Phòng THADS khu vực 1', 2025)], [u('Chi cục THADS huyện Anh Sơn', 2024)])?.reorganized).toBe(true);
    // a region on both sides that does not match is no reorganization
    expect(unitsDiffer([u('Phòng THADS khu vực 1', 2025)], [u('Phòng THADS khu vực 2', 2024)])?.reorganized).toBe(false);
    // another province on one side
    expect(unitsDiffer([u('Phòng THADS khu vực 1', 2025)], [{ ...u('Chi cục THADS huyện Anh Sơn', 2024), province: 'Hà Tĩnh' }])?.reorganized).toBe(false);
  });
});
