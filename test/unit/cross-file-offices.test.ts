// One office across files (SPEC §3), each found summed twice with exit 0 before: an office's own
// file ("Chi cục THADS huyện Giao Thủy 2019.csv") beside the province file that lists it as
// "Huyện Giao Thủy"; split việc / tiền files that spell an office two ways, printed as
// half-offices; a file of one declared total ("Toàn tỉnh") beside its offices' file. Both
// readers — the fast path and the reference — must say the same.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, type Files } from '../helpers/both-readers.js';
import { keyRows } from '../helpers/key-rows.js';
import { bareName, pairByBareName, unitKind } from '../../src/domain/office-names.js';
import { provinceOfFileName } from '../../src/domain/provinces.js';
import { withoutReportWords } from '../../src/input/file-names.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-cross-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const PLAIN = 'Đơn vị,Có điều kiện,Giải quyết xong';
const BY_PROVINCE = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

/** Both readers, which must agree; the reference's result. */
const both = (files: Files, extra: string[] = []) => bothOnFiles(dir, files, ['--format', 'csv', ...extra]);

const rows = keyRows;

describe('bare names', () => {
  it.each([
    ['02-Chi cục THADS huyện Giao Thủy', 'giao thuỷ'],
    ['3. Hải Hậu', 'hải hậu'],
    ['Giao Thuỷ', 'giao thuỷ'],
    ['Quận 1', '1'],
    ['2019', '2019'],
    // round 21, finding 03: a Phòng's shortened names (a resent copy was added twice)
    ['Phòng THADS KV2', 'khu vực 2'],
    ['Phòng THADS KV 2', 'khu vực 2'],
    ['PTHADS khu vực 2', 'khu vực 2'],
    ['P.THADS KV3', 'khu vực 3'],
    ['Phòng THADS khu vực số 2', 'khu vực 2'],
    ['Phòng Thi hành án dân sự khu vực 2', 'khu vực 2'],
    // …but a province after it stays (every province has a khu vực 2), and no word is cut
    ['Phòng THADS khu vực 2 - Gia Lai', 'khu vực 2 - gia lai'],
    ['Phòng Thanh tra', 'phòng thanh tra'],
    ['Phan Thiết', 'phan thiết'],
  ])('%s → %s', (name, bare) => expect(bareName(name)).toBe(bare));

  it.each([
    ['Chi cục THADS thị xã Long Mỹ', 'thị xã'],
    ['TX. Long Mỹ', 'thị xã'],
    ['TP Cao Lãnh', 'thành phố'],
    ['H. Cao Lãnh', 'huyện'],
    ['Long Mỹ', null],
  ])('unit of %s → %s', (name, unit) => expect(unitKind(name)).toBe(unit));

  it('pairs only where one item on each side has the bare name', () => {
    const pairs = pairByBareName(['Long Mỹ', 'Vị Thủy'], ['Huyện Long Mỹ', 'Thị xã Long Mỹ', 'Huyện Vị Thuỷ'], bareName);
    expect([...pairs]).toEqual([['Vị Thủy', 'Huyện Vị Thuỷ']]);
  });
});

describe('an office file beside the province file that lists it (findings 02, 02b)', () => {
  const province = { 'nam-dinh-2019.csv': [CASES, 'Huyện Giao Thủy,400,300', 'Huyện Hải Hậu,500,400'] };

  it('"Chi cục THADS huyện Giao Thủy 2019.csv" repeats "Huyện Giao Thủy": refused, not 1300/1000', async () => {
    const r = await both({ ...province, 'Chi cục THADS huyện Giao Thủy 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '400,300'] });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Chi cục THADS huyện Giao Thủy 2019.csv:2: error: cases of "Chi cục THADS huyện Giao Thủy" (2019) are given again: nam-dinh-2019.csv:2 already gave them as "Huyện Giao Thủy"; figures are never added across files [DUPLICATE_INPUT]');
  });

  it('"Giao Thuỷ" (another tone placement) is the same office', async () => {
    const r = await both({ ...province, 'gt-2019.csv': [CASES, 'Giao Thuỷ,400,300'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gt-2019.csv:2: error: cases of "Giao Thuỷ" (2019) are given again: nam-dinh-2019.csv:2 already gave them as "Huyện Giao Thủy"');
  });

  it('a file without a province column may be of the province the other names', async () => {
    const r = await both({ 'nd-2019.csv': [BY_PROVINCE, 'Nam Định,Huyện Giao Thủy,400,300'], 'gt-2019.csv': [CASES, 'Giao Thủy,400,300'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('the same bare name in two provinces is two offices', async () => {
    const r = await both({ 'a-2019.csv': [BY_PROVINCE, 'Tiền Giang,Huyện Châu Thành,400,300'], 'b-2019.csv': [BY_PROVINCE, 'Bến Tre,Châu Thành,100,50'] });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Tiền Giang,Huyện Châu Thành,400,300', 'Bến Tre,Châu Thành,100,50', ',TOTAL,500,350']);
  });

  it('never takes huyện and thị xã Long Mỹ for one office', async () => {
    const r = await both({ 'hg-2019.csv': [CASES, 'Huyện Long Mỹ,10,5', 'Huyện Vị Thủy,20,10'], 'Chi cục THADS thị xã Long Mỹ 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '30,20'] });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([',Huyện Long Mỹ,10,5', ',Huyện Vị Thủy,20,10', ',Chi cục THADS thị xã Long Mỹ,30,20', ',TOTAL,60,35']);
  });

  it('a bare "Long Mỹ" beside both is one of them, whichever: refused', async () => {
    const r = await both({ 'hg-2019.csv': [CASES, 'Huyện Long Mỹ,10,5', 'Thị xã Long Mỹ,30,20'], 'Long Mỹ 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '30,20'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Long Mỹ 2019.csv:2: error: cases of "Long Mỹ" (2019) are given again: hg-2019.csv:2 already gave them as "Huyện Long Mỹ"');
  });
});

describe('split việc / tiền files spelling offices two ways (finding 03)', () => {
  const viec = { '03-viec-2019.csv': [PLAIN, 'Huyện Giao Thủy,400,300', 'Huyện Hải Hậu,500,400'] };

  it('join per office by bare name, under the first file\'s names', async () => {
    const r = await both({ ...viec, '03-tien-2019.csv': [PLAIN, 'Chi cục THADS huyện Giao Thuỷ,4000,3000', 'Hải Hậu,5000,4000'] });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual([',Huyện Giao Thủy,400,300,4000,3000', ',Huyện Hải Hậu,500,400,5000,4000', ',TOTAL,900,700,9000,7000']);
    // ranks over the two offices, not four half-offices
    const head = r.stdout.split('\n')[0]!.split(',');
    const rankOf = r.stdout.split('\n')[1]!.split(',')[head.indexOf('money_rank_of')];
    expect(rankOf).toBe('2');
  });

  it('"Long Mỹ" beside "Thị xã Long Mỹ" is the huyện (as --previous pairs it)', async () => {
    const r = await both({
      'viec-2019.csv': [PLAIN, 'Huyện Long Mỹ,10,5', 'Thị xã Long Mỹ,30,20'],
      'tien-2019.csv': [PLAIN, 'Long Mỹ,100,50', 'Thị xã Long Mỹ,300,200'],
    });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([',Huyện Long Mỹ,10,5,100,50', ',Thị xã Long Mỹ,30,20,300,200', ',TOTAL,40,25,400,250']);
  });

  it('a name the bare name cannot settle is refused, naming both halves', async () => {
    const r = await both({
      'viec-2019.csv': [PLAIN, 'Huyện Long Mỹ,10,5', 'Thị xã Long Mỹ,30,20'],
      'tien-2019.csv': [PLAIN, 'Long Mỹ,100,50'],
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('tien-2019.csv:2: error: "Long Mỹ" has money figures only, and "Huyện Long Mỹ" has cases figures only (viec-2019.csv:2): split files join per office, and these are half-offices that may be one office written two ways [SPLIT_FILES_UNJOINED]');
  });

  it('huyện and thành phố Cao Lãnh never join', async () => {
    const r = await both({ 'viec-2019.csv': [PLAIN, 'Huyện Cao Lãnh,10,5'], 'tien-2019.csv': [PLAIN, 'Thành phố Cao Lãnh,100,50'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tien-2019.csv:2: error: "Thành phố Cao Lãnh" has money figures only, and "Huyện Cao Lãnh" has cases figures only (viec-2019.csv:2)');
  });
});

describe('a file of one declared total beside its offices (findings 06, 06b)', () => {
  const offices = { 'huyen-2019.csv': [CASES, 'Giao Thủy,400,300', 'Hải Hậu,500,400'] };

  it('"Toàn tỉnh" and the offices it totals are refused, not 1800/1400', async () => {
    const r = await both({ 'toan-tinh-2019.csv': [CASES, 'Toàn tỉnh,900,700'], ...offices });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('huyen-2019.csv:2: error: cases of office "Giao Thủy" (2019) would be added to the declared total "Toàn tỉnh" of toan-tinh-2019.csv:2, the only row of its file, which already counts the offices; figures would be counted twice [TOTAL_FILE_OVERLAP]');
  });

  it('either way round, and with a province column (--by province)', async () => {
    const r = await both({ 'huyen2-2019.csv': [BY_PROVINCE, 'Nam Định,Giao Thủy,400,300', 'Nam Định,Hải Hậu,500,400'], 'tinh2-2019.csv': [BY_PROVINCE, 'Nam Định,Toàn tỉnh,900,700'] }, ['--by', 'province']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tinh2-2019.csv:2: error: this file\'s only row, "Toàn tỉnh" (2019), is a declared total of Nam Định, and huyen2-2019.csv:2 gives cases of office "Giao Thủy" that it already counts; figures would be counted twice [TOTAL_FILE_OVERLAP]');
  });

  it('provinces\' total-only files still sum into a national figure', async () => {
    const r = await both(
      {
        'nd-2019.csv': [BY_PROVINCE, 'Nam Định,Toàn tỉnh,900,700'],
        'hn-2019.csv': [BY_PROVINCE, 'Hà Nam,Toàn tỉnh,100,70'],
        'tb-2019.csv': [BY_PROVINCE, 'Thái Bình,Toàn tỉnh,200,100'],
      },
      ['--by', 'province'],
    );
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Nam Định,,900,700', 'Hà Nam,,100,70', 'Thái Bình,,200,100', ',TOTAL,1200,870']);
  });

  it('a national total beside a province\'s is refused', async () => {
    const r = await both({ 'toan-quoc-2019.csv': [CASES, 'Toàn quốc,1200,870'], 'nd-2019.csv': [BY_PROVINCE, 'Nam Định,Toàn tỉnh,900,700'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[TOTAL_FILE_OVERLAP]');
  });

  it('split việc / tiền files of one total join', async () => {
    const r = await both({ 'tinh-viec-2019.csv': [PLAIN, 'Toàn tỉnh,900,700'], 'tinh-tien-2019.csv': [PLAIN, 'Toàn tỉnh,9000,7000'] });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([',Toàn tỉnh,900,700,9000,7000', ',TOTAL,900,700,9000,7000']);
  });
});

describe('a province\'s or the nation\'s figures beside offices (findings 04, 04b, 04c)', () => {
  const HEAD = 'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
  /** no office column: each row a province's figures, the office named from the file */
  const PROVINCES = 'STT,Tỉnh,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
  const ND = { '04-nam-dinh-2019.csv': [HEAD, '1,Nam Định,Mỹ Lộc,100,80,5000,4000', '2,Nam Định,Vụ Bản,200,150,7000,3000'] };
  const BY_PROVINCE_FILE = { 'toan-quoc-theo-tinh-2019.csv': [PROVINCES, '1,Nam Định,300,230,12000,7000', '2,Thái Bình,400,300,9000,6000'] };

  it('04b: "Toàn quốc" under "Tỉnh" is a national total, not a province: refused beside offices, not 5300/4230', async () => {
    const r = await both({ 'toan-quoc-2019.csv': [PROVINCES, ',Toàn quốc,5000,4000,90000,50000'], ...ND }, ['--by', 'none']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('04-nam-dinh-2019.csv:2: error: cases of office "Mỹ Lộc" (2019) would be added to the declared total "Toàn quốc" of toan-quoc-2019.csv:2, the only row of its file, which already counts the offices of Nam Định; figures would be counted twice [TOTAL_FILE_OVERLAP]');
    const other = await both({ ...ND, 'toan-quoc-2019.csv': [PROVINCES, ',Toàn quốc,5000,4000,90000,50000'] }, ['--by', 'none']);
    expect(other.code).toBe(1);
    // a national total is no province's
    expect(other.stderr).toContain('toan-quoc-2019.csv:2: error: this file\'s only row, "Toàn quốc" (2019), is a declared total, and 04-nam-dinh-2019.csv:2 gives cases of office "Mỹ Lộc" that it already counts; figures would be counted twice [TOTAL_FILE_OVERLAP]');
  });

  it('04b: the national total alone prints its figures, under no province', async () => {
    const r = await both({ 'toan-quoc-2019.csv': [PROVINCES, ',Toàn quốc,5000,4000,90000,50000'] }, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual([',,5000,4000,90000,50000', ',TOTAL,5000,4000,90000,50000']);
  });

  it('04b: "Toàn quốc" under "Tỉnh" below the provinces is checked against them, not added', async () => {
    const r = await both({ 'theo-tinh-2019.csv': [PROVINCES, '1,Nam Định,300,230,12000,7000', '2,Thái Bình,400,300,9000,6000', ',Toàn quốc,700,530,21000,13000'] }, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Nam Định,,300,230,12000,7000', 'Thái Bình,,400,300,9000,6000', ',TOTAL,700,530,21000,13000']);
  });

  it('04: a file named as a total, without an office column, holds provinces\' totals: refused beside a province\'s offices, not 1000/760', async () => {
    const r = await both({ ...ND, ...BY_PROVINCE_FILE }, ['--by', 'province']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('toan-quoc-theo-tinh-2019.csv:2: error: the file has no office column and its name "toan-quoc-theo-tinh" names a total, so its rows are totals, not offices: its row of Nam Định (2019) is a declared total, and 04-nam-dinh-2019.csv:2 gives cases of office "Mỹ Lộc" that it already counts; figures would be counted twice [TOTAL_FILE_OVERLAP]');
    const other = await both({ ...BY_PROVINCE_FILE, ...ND }, ['--by', 'province']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('04-nam-dinh-2019.csv:2: error: cases of office "Mỹ Lộc" (2019) would be added to toan-quoc-theo-tinh-2019.csv:2, a declared total of Nam Định that already counts it (the file has no office column and its name "toan-quoc-theo-tinh" names a total, so its rows are totals, not offices); figures would be counted twice [TOTAL_FILE_OVERLAP]');
  });

  it('04: the provinces\' file alone, or beside another province\'s offices, still reads as those provinces', async () => {
    const alone = await both(BY_PROVINCE_FILE, ['--by', 'province']);
    expect(alone.code).toBe(0);
    expect(rows(alone.stdout)).toEqual(['Nam Định,,300,230,12000,7000', 'Thái Bình,,400,300,9000,6000', ',TOTAL,700,530,21000,13000']);
    const hn = { 'ha-nam-2019.csv': [HEAD, '1,Hà Nam,Duy Tiên,50,40,1000,500', '2,Hà Nam,Kim Bảng,60,30,2000,1000'] };
    const r = await both({ ...BY_PROVINCE_FILE, ...hn }, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 300+400+50+60 = 810, 230+300+40+30 = 600; 12000+9000+1000+2000 = 24000, 7000+6000+500+1000 = 14500
    expect(rows(r.stdout)).toEqual(['Nam Định,,300,230,12000,7000', 'Thái Bình,,400,300,9000,6000', 'Hà Nam,,110,70,3000,1500', ',TOTAL,810,600,24000,14500']);
  });

  it('04c: a province\'s "tổng hợp" file beside its offices is refused, not 600/460; alone it is the province', async () => {
    const tongHop = { 'nam-dinh-tong-hop-2019.csv': [PROVINCES, '1,Nam Định,300,230,12000,7000'] };
    const r = await both({ ...tongHop, ...ND }, ['--by', 'none']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('04-nam-dinh-2019.csv:2: error: cases of office "Mỹ Lộc" (2019) would be added to nam-dinh-tong-hop-2019.csv:2, a declared total of Nam Định that already counts it (the file has no office column and its name "nam-dinh-tong-hop" names a total, so its rows are totals, not offices); figures would be counted twice [TOTAL_FILE_OVERLAP]');
    const alone = await both(tongHop, ['--by', 'none']);
    expect(alone.code).toBe(0);
    expect(rows(alone.stdout)).toEqual([',TOTAL,300,230,12000,7000']);
  });
});

describe('an office of one file equal to its province\'s offices in the others (findings 04, 04c, whatever the names)', () => {
  const HEAD = 'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
  const PROVINCES = 'STT,Tỉnh,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
  const ND = { '04-nam-dinh-2019.csv': [HEAD, '1,Nam Định,Mỹ Lộc,100,80,5000,4000', '2,Nam Định,Vụ Bản,200,150,7000,3000'] };

  // A provinces' file beside its province's offices is refused whatever the figures (round 38b, 02).
  const whole = (file: string) => `${file}:2: error: Nam Định's cases with conditions 300 as a whole in ${file}:2 and 300 as the sum of its 2 offices in 04-nam-dinh-2019.csv: a provinces' file (each row a province's whole or a level of it) already counts each province's offices, so added to them Nam Định would be counted twice [PROVINCE_BESIDE_ITS_OFFICES]`;

  it('a province row named from its file ("nd-2019.csv") is refused either way round, not 600/460', async () => {
    const nd = { 'nd-2019.csv': [PROVINCES, '1,Nam Định,300,230,12000,7000'] };
    for (const files of [{ ...nd, ...ND }, { ...ND, ...nd }]) {
      const r = await both(files, ['--by', 'none']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(whole('nd-2019.csv'));
      expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ACROSS_FILES');
    }
  });

  it('with an office column too ("Cục THADS tỉnh Nam Định": its row names the province, a provinces\' file, round 80b)', async () => {
    const r = await both({ 'cuc-2019.csv': ['Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', 'Nam Định,Cục THADS tỉnh Nam Định,300,230,12000,7000'], ...ND }, ['--by', 'none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(whole('cuc-2019.csv'));
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ACROSS_FILES');
  });

  it('offices without a province may be the province\'s', async () => {
    const r = await both({ 'nd-2019.csv': [PROVINCES, '1,Nam Định,300,230,12000,7000'], 'np-2019.csv': [CASES.replace('Việc có điều kiện,Việc giải quyết xong', 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong'), 'Mỹ Lộc,100,80,5000,4000', 'Vụ Bản,200,150,7000,3000'] }, ['--by', 'none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nd-2019.csv:2: error: line 2 "nd" (Nam Định, 2019) looks like a total, not an office: its figures equal the sum of the 2 offices with no province in np-2019.csv; added as an office it would count them twice [SUSPECTED_TOTAL_ACROSS_FILES]');
  });

  it('other offices of the province still add up (no false refusal)', async () => {
    // Giao Thủy 300/231: one figure differs from the sum of the offices
    const near = await both({ 'gt-2019.csv': [HEAD, '1,Nam Định,Giao Thủy,300,231,12000,7000'], ...ND }, ['--by', 'none']);
    expect(near.code).toBe(0);
    expect(near.stderr).toBe('');
    expect(rows(near.stdout)).toEqual([',TOTAL,600,461,24000,14000']);
    // two files of different offices: 100+200+400+500, 80+150+300+400; 5000+7000+1000+2000, 4000+3000+500+1000
    const more = await both({ ...ND, 'nd-b-2019.csv': [HEAD, '1,Nam Định,Giao Thủy,400,300,1000,500', '2,Nam Định,Hải Hậu,500,400,2000,1000'] }, ['--by', 'none']);
    expect(more.code).toBe(0);
    expect(more.stderr).toBe('');
    expect(rows(more.stdout)).toEqual([',TOTAL,1200,930,15000,8500']);
    // one office equal to one other office is two offices alike, not a total
    const twin = await both({ 'a-2019.csv': [HEAD, '1,Nam Định,Mỹ Lộc,100,80,5000,4000'], 'b-2019.csv': [HEAD, '1,Nam Định,Hải Hậu,100,80,5000,4000'] }, ['--by', 'none']);
    expect(twin.code).toBe(0);
    expect(rows(twin.stdout)).toEqual([',TOTAL,200,160,10000,8000']);
    // another province's row equal to Nam Định's offices is Thái Bình's own
    const tb = await both({ 'tb-2019.csv': [PROVINCES, '1,Thái Bình,300,230,12000,7000'], ...ND }, ['--by', 'none']);
    expect(tb.code).toBe(0);
    expect(rows(tb.stdout)).toEqual([',TOTAL,600,460,24000,14000']);
  });

  it('--no-total-guess, or a single agreeing figure, makes it a warning (offices of no province)', async () => {
    const np = ['Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', 'Mỹ Lộc,100,80,5000,4000', 'Vụ Bản,200,150,7000,3000'];
    const r = await both({ 'nd-2019.csv': [PROVINCES, '1,Nam Định,300,230,12000,7000'], 'np-2019.csv': np }, ['--by', 'none', '--no-total-guess']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('nd-2019.csv:2: warning: line 2 "nd" (Nam Định, 2019) looks like a total, not an office: its figures equal the sum of the 2 offices with no province in np-2019.csv; added as an office it would count them twice [SUSPECTED_TOTAL_ACROSS_FILES]');
    expect(rows(r.stdout)).toEqual([',TOTAL,600,460,24000,14000']);
    const one = await both({ 'nd-2019.csv': ['Tỉnh,Việc có điều kiện,Việc giải quyết xong', 'Nam Định,300,0'], 'huyen-2019.csv': ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,100,0', 'Vụ Bản,200,0'] }, ['--by', 'none']);
    expect(one.code).toBe(0);
    expect(one.stderr).toContain('nd-2019.csv:2: warning: line 2 "nd" (Nam Định, 2019) looks like a total, not an office: its figures equal the sum of the 2 offices with no province in huyen-2019.csv');
    expect(rows(one.stdout)).toEqual([',TOTAL,600,0']);
  });

  it("neither makes a provinces' row beside its province's offices readable: a whole beside its parts", async () => {
    const r = await both({ 'nd-2019.csv': [PROVINCES, '1,Nam Định,300,230,12000,7000'], ...ND }, ['--by', 'none', '--no-total-guess']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(whole('nd-2019.csv'));
    const one = await both({ 'nd-2019.csv': ['Tỉnh,Việc có điều kiện,Việc giải quyết xong', 'Nam Định,300,0'], 'huyen-2019.csv': [BY_PROVINCE, 'Nam Định,Mỹ Lộc,100,0', 'Nam Định,Vụ Bản,200,0'] }, ['--by', 'none']);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain("nd-2019.csv:2: error: Nam Định's cases with conditions 300 as a whole in nd-2019.csv:2 and 300 as the sum of its 2 offices in huyen-2019.csv:");
  });
});

describe('a file without an office column is the office its name names, of no province its bare name names (round 16, finding 02)', () => {
  const ONE = 'Có điều kiện,Giải quyết xong';

  it('"Hoa Binh viec 2019.csv" (a district of Bạc Liêu) and "Gia Rai viec 2019.csv": both of an unknown province (was "Hòa Bình" 300/200)', async () => {
    const files = { 'Hoa Binh viec 2019.csv': [ONE, '300,200'], 'Gia Rai viec 2019.csv': [ONE, '100,90'] };
    const r = await both(files, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 300 + 100 = 400, 200 + 90 = 290
    expect(rows(r.stdout)).toEqual([',,400,290', ',TOTAL,400,290']);
    const offices = await both(files);
    expect(rows(offices.stdout)).toEqual([',Hoa Binh,300,200', ',Gia Rai,100,90', ',TOTAL,400,290']);
  });

  it('"Quang Ninh viec 2019.csv" beside a table of provinces is never added: refused, not 8300', async () => {
    // Quảng Ninh province's office or huyện Quảng Ninh of Quảng Bình, the table of both provinces
    // already counts it: 8300/6200 (printed before work84b 03) counted 300/200 twice either way.
    const r = await both({ 'Quang Ninh viec 2019.csv': [ONE, '300,200'], 'tinh-viec-2019.csv': ['Tỉnh,Có điều kiện,Giải quyết xong', 'Quảng Ninh,5000,4000', 'Quảng Bình,3000,2000'] }, ['--by', 'province']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[PROVINCE_BESIDE_ITS_OFFICES]');
  });

  it('a name that calls the province one ("Chi cục THADS huyện Hòa Bình, tỉnh Bạc Liêu") still gives it', async () => {
    const r = await both({ 'Chi cục THADS huyện Hòa Bình, tỉnh Bạc Liêu viec 2019.csv': [ONE, '300,200'] });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Bạc Liêu,Chi cục THADS huyện Hòa Bình,300,200', ',TOTAL,300,200']);
  });

  it('a total-only file without an office column ("Toàn tỉnh" in its STT column) is still its name\'s province', async () => {
    const r = await both({ 'Hà Nam viec 2019.csv': ['STT,Có điều kiện,Giải quyết xong', 'Toàn tỉnh,3000,2700'], 'Nam Định viec 2019.csv': ['Đơn vị,Có điều kiện,Giải quyết xong', 'Toàn tỉnh,5871,5513'] }, ['--by', 'province']);
    expect(r.code).toBe(0);
    // 3000 + 5871 = 8871, 2700 + 5513 = 8213
    expect(rows(r.stdout)).toEqual(['Hà Nam,,3000,2700', 'Nam Định,,5871,5513', ',TOTAL,8871,8213']);
  });
});

describe('a province\'s file without a Tỉnh column is of the province its name says', () => {
  it('"Châu Thành" of Tiền Giang and of Bến Tre are two offices (refused as one office given twice before)', async () => {
    const r = await both({
      'Tiền Giang 2019.csv': ['STT,' + CASES, '1,Châu Thành,100,80', '2,Cái Bè,50,40'],
      'ben-tre-2019.csv': ['STT,' + CASES, '1,Châu Thành,70,60', '2,Mỏ Cày Nam,40,20'],
    }, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Tiền Giang,,150,120', 'Bến Tre,,110,80', ',TOTAL,260,200']);
  });

  it.each([
    ['ben-tre-viec-2019.csv', 'tien-giang-viec-2019.csv'],
    ['viec-ben-tre-2019.csv', 'viec-tien-giang-2019.csv'],
    ['Bieu viec - Ben Tre - 2019.csv', 'Bieu viec - Tien Giang - 2019.csv'],
    ['ben tre viec 2019.csv', 'tien giang viec 2019.csv'],
    ['11-ben-tre-viec-2019.csv', '11-tien-giang-viec-2019.csv'],
    ['Biểu số 07 - Bến Tre - 2019.csv', 'BC Tiền Giang 2019.csv'],
    ['Bao cao cases Ben Tre 2019.csv', 'bieu07-tien-giang-2019.csv'],
    // "năm 2019" without its marks: the year goes, "nam" stays
    ['Ben Tre viec nam 2019.csv', 'Tien Giang viec năm 2019.csv'],
  ])('the words of the measure and of the form are no part of the province\'s name: %s, %s', async (benTre, tienGiang) => {
    const r = await both({
      [benTre]: ['STT,' + PLAIN, '1,Châu Thành,110,90', '2,Ba Tri,210,160'],
      [tienGiang]: ['STT,' + PLAIN, '1,Châu Thành,100,80', '2,Cái Bè,200,150'],
    }, ['--by', 'province,district', '--measure', 'cases']);
    expect(r.stderr).not.toContain('DUPLICATE_INPUT');
    expect(r.code).toBe(0);
    // Bến Tre 110+210 / 90+160, Tiền Giang 100+200 / 80+150
    expect(rows(r.stdout)).toEqual(['Bến Tre,Châu Thành,110,90', 'Bến Tre,Ba Tri,210,160', 'Tiền Giang,Châu Thành,100,80', 'Tiền Giang,Cái Bè,200,150', ',TOTAL,620,480']);
  });

  it('"Hà Nam 2019.csv" and "Ha Nam viec nam 2019.csv" are Hà Nam, not "Hà" less a year', () => {
    expect(provinceOfFileName('Hà Nam')).toBe('Hà Nam');
    expect(provinceOfFileName('Ha Nam nam')).toBe('Hà Nam');
    expect(provinceOfFileName('Ben Tre nam')).toBe('Bến Tre');
    expect(provinceOfFileName('bao cao nam')).toBe(null);
  });

  it('"tien" before a place is the place\'s, not money: "Tien Giang" stays a province', () => {
    expect(withoutReportWords('tien-tien-giang')).toBe('tien giang');
    expect(withoutReportWords('Bieu so 07 tiền - Tiền Giang')).toBe('Tiền Giang');
    expect(withoutReportWords('bao-cao-viec')).toBe('');
  });

  it('a Tỉnh column wins over the name; a name that is no province gives none', async () => {
    const r = await both({
      'Tiền Giang 2019.csv': [BY_PROVINCE, 'Bến Tre,Châu Thành,70,60'],
      'bao-cao-2019.csv': [CASES, 'Cái Bè,50,40'],
    });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Bến Tre,Châu Thành,70,60', ',Cái Bè,50,40', ',TOTAL,120,100']);
  });
});
