// A table of a Cục's Chi cục alone (no Văn phòng Cục row) whose title says so in other words than
// "… CỦA CÁC CHI CỤC …" — "… CỦA 10 CHI CỤC … TRỰC THUỘC", "(KHÔNG BAO GỒM VĂN PHÒNG CỤC)", "TỔNG
// HỢP … CÁC CHI CỤC", "… CẤP HUYỆN", "… KHỐI CHI CỤC" — was reported as "toàn tỉnh Nam Định" and
// held against the province's target, exit 0, no warning (traps work95a 01): a partial sum called
// the province's. Now each is "của các Chi cục thi hành án dân sự tỉnh Nam Định", under no target
// (title-office.ts titleDistrictOffices). A row of the Cục's own in the table overrules the title
// (collect.ts districtOfficesOf); "CỦA CỤC VÀ CÁC CHI CỤC", a remark of the merger, a level's row
// "Cấp huyện" read as before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { titleDistrictOffices } from '../../src/input/title-office.js';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-titlechicuc-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const VI = ['--format', 'text', '--lang', 'vi', '--measure', 'cases'];
const JSON_ARGS = ['--format', 'json', '--measure', 'cases'];
const readers = bothReaders('thads-titlechicuc-', VI);

const SENDER = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
const HEAD = 'STT,Đơn vị,Có điều kiện,Giải quyết xong';
const CHI_CUC = ['1,Thành phố Nam Định,1.215,1.032', '2,Mỹ Lộc,312,265', '3,Vụ Bản,400,333'];
// 1.215 + 312 + 400 = 1.927; 1.032 + 265 + 333 = 1.630
const TONG = ',Tổng cộng,1.927,1.630';
const VP_CUC = '4,Văn phòng Cục,412,298';
// with the Cục: 1.927 + 412 = 2.339; 1.630 + 298 = 1.928
const TONG_ALL = ',Tổng cộng,2.339,1.928';

const INTRO = 'Năm 2024 (từ 1/10/2023 đến 30/9/2024), kết quả thi hành án dân sự';
// 1.630 / 1.927 = 0,845874… → 84,59 %: no target (the province's 83,25 % is not the Chi cục's)
const DISTRICT_VI = `${INTRO} của các Chi cục thi hành án dân sự tỉnh Nam Định: về việc, đã giải quyết xong 1.630/1.927 việc có điều kiện giải quyết, đạt 84,59%.`;
// the same figures read as the province's whole: 84,59 − 83,25 = 1,34 (the fault, and a title naming the Cục too)
const PROVINCE_PARTIAL_VI = `${INTRO} toàn tỉnh Nam Định: về việc, đã giải quyết xong 1.630/1.927 việc có điều kiện giải quyết, đạt 84,59%, vượt 1,34% so với chỉ tiêu được giao (83,25%).`;
// 1.928 / 2.339 = 0,824283… → 82,43 %, 82,43 − 83,25 = −0,82
const PROVINCE_VI = `${INTRO} toàn tỉnh Nam Định: về việc, đã giải quyết xong 1.928/2.339 việc có điều kiện giải quyết, đạt 82,43%, thiếu 0,82% so với chỉ tiêu được giao (83,25%).`;

const last = (stdout: string) => stdout.trim().split('\n\n').slice(-1)[0];

// the ways a title says "the district level's offices only", each a title's lines
const TITLES: readonly (readonly string[])[] = [
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA 3 CHI CỤC THI HÀNH ÁN DÂN SỰ TRỰC THUỘC NĂM 2024'],
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 (KHÔNG BAO GỒM VĂN PHÒNG CỤC)'],
  ['TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ CÁC CHI CỤC NĂM 2024'],
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CẤP HUYỆN NĂM 2024'],
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ KHỐI CHI CỤC NĂM 2024'],
  ['Kết quả THADS năm 2024 (không gồm VP Cục)'],
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 - TRỪ VĂN PHÒNG CỤC'],
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', '(Chưa bao gồm số liệu của Văn phòng Cục)'],
  ['Số liệu thi hành án dân sự các Chi cục trực thuộc Cục THADS tỉnh Nam Định năm 2024'],
];

function binary(name: string, lines: readonly string[], args: readonly string[]) {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return spawnThads(['summarize', file, ...args]);
}

describe('a title saying "the Chi cục only" in other words: theirs, not the province\'s (work95a 01)', () => {
  it.each(TITLES)('the binary under %j: "của các Chi cục …", 1.630/1.927, 84,59 %, no target (was "toàn tỉnh", vượt 1,34 %)', (...title) => {
    const r = binary('Nam Định 2024.csv', [SENDER, ...title, 'Đơn vị tính: việc', HEAD, ...CHI_CUC, TONG], VI);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(last(r.stdout)).toBe(DISTRICT_VI);
    expect(r.stdout).not.toContain('toàn tỉnh');
  });

  it('json: the TOTAL 1.927 / 1.630 / 84,59 has no target; each office keeps the 83,25 %', () => {
    const r = binary('Nam Định 2024.csv', [SENDER, ...TITLES[0]!, HEAD, ...CHI_CUC, TONG], JSON_ARGS);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect([out.total.cases.withConditions, out.total.cases.resolved, out.total.cases.rate, out.total.cases.target, out.total.cases.met]).toEqual(['1927', '1630', '84.59', null, null]);
    expect(out.groups.map((g: { cases: { target: string } }) => g.cases.target)).toEqual(['83.25', '83.25', '83.25']);
  });

  it.each(TITLES)('both readers under %j', async (...title) => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, ...title, HEAD, ...CHI_CUC, TONG]);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(DISTRICT_VI);
  });

  it('no "Tổng cộng" row, the title alone: the Chi cục\'s too (plain rows under it)', async () => {
    const r = await readers.both('Nam Định 2024.csv', [...TITLES[1]!, HEAD, ...CHI_CUC]);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(DISTRICT_VI);
  });

  it.each([TITLES[0]!, TITLES[1]!, TITLES[3]!])('the xlsx twin under %j', async (...title) => {
    const lines = [SENDER, ...title, ...[HEAD, ...CHI_CUC, TONG].map((l) => l.replace(/,/g, ';'))];
    const r = await summarizeLinesWorkbook(dir, 'Nam Định 2024.xlsx', lines, VI);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(DISTRICT_VI);
  });

  it.each([
    'TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ CÁC PHÒNG THADS KHU VỰC NĂM 2026',
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA 3 PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC NĂM 2026',
  ])('from 1/7/2025 under %j: "của các Phòng Thi hành án dân sự khu vực tỉnh Ninh Bình"', async (title) => {
    const rows = ['1,Phòng THADS khu vực 1,1.215,1.032', '2,Phòng THADS khu vực 2,312,265', '3,Phòng THADS khu vực 3,400,333'];
    const lines = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', title, HEAD, ...rows, TONG];
    const j = await readers.both('Ninh Bình 2026.csv', lines, JSON_ARGS);
    expect(j.code, j.stderr).toBe(0);
    expect(JSON.parse(j.stdout).total.cases.target).toBeNull();
    const vi = await readers.both('Ninh Bình 2026.csv', lines, [...VI, '--target-cases', '80']);
    expect(vi.code, vi.stderr).toBe(0);
    // 84,59 − 80 = 4,59: the user's target, for every row
    expect(last(vi.stdout)).toBe('Năm 2026 (từ 1/10/2025 đến 30/9/2026), kết quả thi hành án dân sự của các Phòng Thi hành án dân sự khu vực tỉnh Ninh Bình: về việc, đã giải quyết xong 1.630/1.927 việc có điều kiện giải quyết, đạt 84,59%, vượt 4,59% so với chỉ tiêu được giao (80%).');
  });
});

describe('titleDistrictOffices: the ways a title line says it, and what it does not', () => {
  const of = (...lines: string[]) => titleDistrictOffices(lines.map((l) => ({ cells: [l] })));
  it.each([
    ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC THI HÀNH ÁN DÂN SỰ NĂM 2024', 'chi-cuc'],
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA 10 CHI CỤC THI HÀNH ÁN DÂN SỰ TRỰC THUỘC', 'chi-cuc'],
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ (KHÔNG BAO GỒM VĂN PHÒNG CỤC)', 'chi-cuc'],
    ['Báo cáo kết quả THADS (không tính Cục)', 'chi-cuc'],
    ['TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ CÁC CHI CỤC', 'chi-cuc'],
    ['BÁO CÁO KẾT QUẢ THADS CẤP HUYỆN', 'chi-cuc'],
    ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ CẤP QUẬN, HUYỆN', 'chi-cuc'],
    ['BÁO CÁO KẾT QUẢ THADS KHỐI CHI CỤC', 'chi-cuc'],
    ['KẾT QUẢ THADS CỦA CÁC CHI CỤC (TRỪ CHI CỤC MỸ LỘC)', 'chi-cuc'],
    ['TỔNG HỢP KẾT QUẢ CÁC PHÒNG THADS KHU VỰC NĂM 2026', 'khu-vuc'],
    ['BÁO CÁO KẾT QUẢ CỦA 4 PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC', 'khu-vuc'],
    // the whole province, or no scope at all: as before
    ['BÁO CÁO KẾT QUẢ THADS CỦA CỤC VÀ CÁC CHI CỤC', null],
    ['BÁO CÁO KẾT QUẢ THADS CỦA VĂN PHÒNG CỤC VÀ 10 CHI CỤC', null],
    ['BÁO CÁO KẾT QUẢ THADS TOÀN TỈNH (CẤP TỈNH VÀ CẤP HUYỆN)', null],
    ['BÁO CÁO KẾT QUẢ THADS (KHÔNG BAO GỒM CÁC CHI CỤC)', null],
    ['BÁO CÁO KẾT QUẢ THADS CỦA CỤC THADS TỈNH NAM ĐỊNH (KHÔNG BAO GỒM VĂN PHÒNG CỤC)', null],
    ['Cấp huyện', null],
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', null],
    ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', null],
    ['Các Phòng THADS khu vực được thành lập từ ngày 01/7/2025', null],
    ['Kể từ ngày 01/7/2025 các Chi cục THADS sáp nhập thành Phòng THADS khu vực', null],
    ['Báo cáo kết quả sau khi 10 Chi cục được sáp nhập thành 4 Phòng THADS khu vực', null],
  ] as const)('%j → %j', (line, expected) => {
    expect(of(line)).toBe(expected);
  });

  it('the sender\'s line above does not change it', () => {
    expect(of(SENDER, 'BÁO CÁO KẾT QUẢ THADS KHỐI CHI CỤC')).toBe('chi-cuc');
    expect(of(SENDER, 'BÁO CÁO KẾT QUẢ THADS NĂM 2024')).toBeNull();
  });
});

describe('over-reach controls: the province\'s whole reads as before', () => {
  it('"BÁO CÁO KẾT QUẢ THADS CỦA CỤC VÀ CÁC CHI CỤC" over the Chi cục and "Tổng cộng": "toàn tỉnh", vượt 1,34 %', async () => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, 'BÁO CÁO KẾT QUẢ THADS CỦA CỤC VÀ CÁC CHI CỤC NĂM 2024', HEAD, ...CHI_CUC, TONG]);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(PROVINCE_PARTIAL_VI);
  });

  it.each([['KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC NĂM 2024'], ...TITLES])('a Văn phòng Cục row under %j: the province\'s whole, 1.928/2.339, thiếu 0,82 %', async (...title) => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, ...title, HEAD, VP_CUC, ...CHI_CUC, TONG_ALL]);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(PROVINCE_VI);
  });

  it('the binary: a Văn phòng Cục row under "(KHÔNG BAO GỒM VĂN PHÒNG CỤC)": the province\'s target kept', () => {
    const r = binary('Nam Định 2024.csv', [SENDER, TITLES[1]![0]!, HEAD, VP_CUC, ...CHI_CUC, TONG_ALL], JSON_ARGS);
    expect(r.code, r.stderr).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.withConditions, t.resolved, t.rate, t.target, t.met]).toEqual(['2339', '1928', '82.43', '83.25', false]);
  });

  it('a level row "Cấp huyện" in the table (with "Cấp tỉnh" and the Văn phòng Cục): the province\'s whole', async () => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', HEAD, 'I,Cấp tỉnh,412,298', VP_CUC.replace('4,', '1,'), 'II,Cấp huyện,1.927,1.630', ...CHI_CUC, TONG_ALL]);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(PROVINCE_VI);
  });

  it('"Cấp huyện" alone on a line above the header is no title saying it: read as before ("toàn tỉnh")', async () => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', 'Cấp huyện', HEAD, ...CHI_CUC, TONG]);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(PROVINCE_PARTIAL_VI);
  });

  it.each([
    'Các Phòng THADS khu vực được thành lập từ ngày 01/7/2025',
    'Kể từ ngày 01/7/2025 các Chi cục THADS sáp nhập thành Phòng THADS khu vực',
    'Báo cáo kết quả sau khi 10 Chi cục được sáp nhập thành 4 Phòng THADS khu vực',
  ])('a remark of the merger %j: the province\'s whole ("toàn tỉnh Ninh Bình", its target)', async (remark) => {
    const rows = ['1,Phòng THADS khu vực 1,1.215,1.032', '2,Phòng THADS khu vực 2,312,265', '3,Phòng THADS khu vực 3,400,333'];
    const lines = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', remark, HEAD, ...rows, TONG];
    const r = await readers.both('Ninh Bình 2026.csv', lines, [...VI, '--target-cases', '80']);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe('Năm 2026 (từ 1/10/2025 đến 30/9/2026), kết quả thi hành án dân sự toàn tỉnh Ninh Bình: về việc, đã giải quyết xong 1.630/1.927 việc có điều kiện giải quyết, đạt 84,59%, vượt 4,59% so với chỉ tiêu được giao (80%).');
  });
});
