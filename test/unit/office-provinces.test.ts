// From 2025 every province has its "Phòng THADS khu vực 1, 2, …": in a report of several
// provinces the prose (text, the HTML report's paragraphs), the chart bars and the warnings name
// such an office with its province, where an office of another province shares its name. The
// tables have a province column and are left as they are; a name one province alone uses too.
import { describe, expect, it } from 'vitest';
import { provincesToTell } from '../../src/domain/office-names.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-office-provinces-', ['--format', 'text', '--lang', 'vi']);

// Gia Lai KV1 90 %, KV2 80 %; Đắk Lắk KV1 95 %, KV2 85 %, KV3 70 %: ranks 2, 4, 1, 3, 5 of 5.
const TWO_PROVINCES = [
  'Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong',
  'Gia Lai,Phòng THADS khu vực 1,1000,900',
  'Gia Lai,Phòng THADS khu vực 2,1000,800',
  'Đắk Lắk,Phòng THADS khu vực 1,1000,950',
  'Đắk Lắk,Phòng THADS khu vực 2,1000,850',
  'Đắk Lắk,Phòng THADS khu vực 3,1000,700',
];
const NAME = 'hai-tinh-viec-2025.csv';
const INTRO_VI = 'Năm 2025 (từ 1/10/2024 đến 30/9/2025), kết quả thi hành án dân sự';
const INTRO_EN = 'In statistics year 2025 (1 October 2024 – 30 September 2025),';

describe('provincesToTell', () => {
  const office = (province: string | null, district: string | null) => ({ province, district });

  it('names the province of an office whose name another province uses, in any spelling', () => {
    const groups = [office('Gia Lai', 'Phòng THADS khu vực 1'), office('Đắk Lắk', 'KV1'), office('Đắk Lắk', 'Phòng THADS khu vực 3')];
    const of = provincesToTell(groups);
    expect(groups.map(of)).toEqual(['Gia Lai', 'Đắk Lắk', null]);
  });

  it('one province, or one office in several years: no province', () => {
    const groups = [office('Gia Lai', 'Phòng THADS khu vực 1'), office('gia lai', 'Phòng THADS khu vực 1'), office('Gia Lai', 'Phòng THADS khu vực 2')];
    expect(groups.map(provincesToTell(groups))).toEqual([null, null, null]);
  });

  it('an office of no province beside one of a province: the one with a province says it', () => {
    const groups = [office(null, 'Phòng THADS khu vực 1'), office('Gia Lai', 'Phòng THADS khu vực 1')];
    expect(groups.map(provincesToTell(groups))).toEqual([null, 'Gia Lai']);
  });

  it('names that write their province, and provinces, are told apart already', () => {
    const groups = [office('Gia Lai', 'Phòng THADS khu vực 1 - Gia Lai'), office('Đắk Lắk', 'Phòng THADS khu vực 1 - Đắk Lắk'), office('Gia Lai', null), office('Đắk Lắk', null)];
    expect(groups.map(provincesToTell(groups))).toEqual([null, null, null, null]);
  });
});

describe('the year-end paragraphs of a file of two provinces', () => {
  it('vi: each khu vực with its province', async () => {
    const r = await both(NAME, TWO_PROVINCES);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `${INTRO_VI} của Phòng THADS khu vực 1 (Gia Lai): về việc, đã giải quyết xong 900/1.000 việc có điều kiện giải quyết, đạt 90,00%, vượt 6,10% so với chỉ tiêu được giao (83,9%), đứng thứ 2/5 đơn vị.`,
        `${INTRO_VI} của Phòng THADS khu vực 2 (Gia Lai): về việc, đã giải quyết xong 800/1.000 việc có điều kiện giải quyết, đạt 80,00%, thiếu 3,90% so với chỉ tiêu được giao (83,9%), đứng thứ 4/5 đơn vị.`,
        `${INTRO_VI} của Phòng THADS khu vực 1 (Đắk Lắk): về việc, đã giải quyết xong 950/1.000 việc có điều kiện giải quyết, đạt 95,00%, vượt 11,10% so với chỉ tiêu được giao (83,9%), đứng thứ 1/5 đơn vị.`,
        `${INTRO_VI} của Phòng THADS khu vực 2 (Đắk Lắk): về việc, đã giải quyết xong 850/1.000 việc có điều kiện giải quyết, đạt 85,00%, vượt 1,10% so với chỉ tiêu được giao (83,9%), đứng thứ 3/5 đơn vị.`,
        // no other province has a khu vực 3: its name is left as it is
        `${INTRO_VI} của Phòng THADS khu vực 3: về việc, đã giải quyết xong 700/1.000 việc có điều kiện giải quyết, đạt 70,00%, thiếu 13,90% so với chỉ tiêu được giao (83,9%), đứng thứ 5/5 đơn vị.`,
        `${INTRO_VI} của 5 đơn vị: về việc, đã giải quyết xong 4.200/5.000 việc có điều kiện giải quyết, đạt 84,00%, vượt 0,10% so với chỉ tiêu được giao (83,9%).`,
      ].join('\n\n') + '\n',
    );
  });

  it('en, by province and office: the same names', async () => {
    const r = await both(NAME, TWO_PROVINCES, ['--format', 'text', '--lang', 'en', '--by', 'province,district']);
    expect(r.code).toBe(0);
    const paragraphs = r.stdout.trim().split('\n\n');
    expect(paragraphs.slice(0, 5).map((p) => p.slice(0, p.indexOf(' resolved')))).toEqual([
      `${INTRO_EN} Phòng THADS khu vực 1 (Gia Lai)`,
      `${INTRO_EN} Phòng THADS khu vực 2 (Gia Lai)`,
      `${INTRO_EN} Phòng THADS khu vực 1 (Đắk Lắk)`,
      `${INTRO_EN} Phòng THADS khu vực 2 (Đắk Lắk)`,
      `${INTRO_EN} Phòng THADS khu vực 3`,
    ]);
    expect(paragraphs[0]).toContain('resolved 900 of the 1,000 enforceable cases: a rate of 90.00%, 6.10 pp above the assigned target of 83.9%, ranking 2nd of 5 offices.');
    expect(paragraphs[2]).toContain('resolved 950 of the 1,000 enforceable cases: a rate of 95.00%, 11.10 pp above the assigned target of 83.9%, ranking 1st of 5 offices.');
  });

  it('machine formats keep the name and the province apart, unchanged', async () => {
    const r = await both(NAME, TWO_PROVINCES, ['--format', 'csv']);
    expect(r.stdout.split('\n').slice(1, 4).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['Gia Lai,Phòng THADS khu vực 1,2025', 'Gia Lai,Phòng THADS khu vực 2,2025', 'Đắk Lắk,Phòng THADS khu vực 1,2025']);
  });
});

const labels = (svg: string) => [...svg.matchAll(/<text class="label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the chart and the HTML report of a file of two provinces', () => {
  // bars by rate, highest first, then the total
  const BARS = ['Phòng THADS khu vực 1 (Đắk Lắk)', 'Phòng THADS khu vực 1 (Gia Lai)', 'Phòng THADS khu vực 2 (Đắk Lắk)', 'Phòng THADS khu vực 2 (Gia Lai)', 'Phòng THADS khu vực 3', 'Tổng cộng'];

  it('svg: each bar with its province', async () => {
    const r = await both(NAME, TWO_PROVINCES, ['--format', 'svg', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(labels(r.stdout)).toEqual(BARS);
  });

  it('html: the chart bars and the paragraphs of "Chi tiết từng đơn vị"', async () => {
    const r = await both(NAME, TWO_PROVINCES, ['--format', 'html', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(labels(r.stdout)).toEqual(BARS);
    const details = r.stdout.slice(r.stdout.indexOf('<h2 id="details">'));
    const subjects = [...details.matchAll(/<p>.*? dân sự (của [^:]*):/g)].map((m) => m[1]);
    expect(subjects).toEqual(['của Phòng THADS khu vực 1 (Gia Lai)', 'của Phòng THADS khu vực 2 (Gia Lai)', 'của Phòng THADS khu vực 1 (Đắk Lắk)', 'của Phòng THADS khu vực 2 (Đắk Lắk)', 'của Phòng THADS khu vực 3']);
    expect(details).toContain('của Phòng THADS khu vực 1 (Gia Lai): về việc, đã giải quyết xong 900/1.000 việc có điều kiện giải quyết, đạt 90,00%');
    // the table has the province in a column of its own
    expect(r.stdout).toContain('<th scope="col">Tỉnh</th>');
  });

  it('a long name is shortened before its province, never the province cut', async () => {
    // 2024: Châu Thành is a huyện of Tiền Giang and of Bến Tre. 40 characters at most: 26 of the
    // name before " (Tiền Giang)" (13), 29 before " (Bến Tre)" (10), and the ellipsis.
    const r = await both('chau-thanh-viec-2024.csv', ['Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong', 'Tiền Giang,Chi cục Thi hành án dân sự huyện Châu Thành,100,90', 'Bến Tre,Chi cục Thi hành án dân sự huyện Châu Thành,100,80'], ['--format', 'svg', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(labels(r.stdout)).toEqual(['Chi cục Thi hành án dân sự… (Tiền Giang)', 'Chi cục Thi hành án dân sự hu… (Bến Tre)', 'Tổng cộng']);
  });
});

describe('a file of one province: names as they are', () => {
  const ONE = ['Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong', 'Gia Lai,Phòng THADS khu vực 1,1000,900', 'Gia Lai,Phòng THADS khu vực 2,1000,800'];

  it('text', async () => {
    const r = await both('gia-lai-viec-2025.csv', ONE);
    expect(r.stdout.split('\n\n')[0]).toBe(`${INTRO_VI} của Phòng THADS khu vực 1: về việc, đã giải quyết xong 900/1.000 việc có điều kiện giải quyết, đạt 90,00%, vượt 6,10% so với chỉ tiêu được giao (83,9%), đứng thứ 1/2 đơn vị.`);
  });

  it('svg', async () => {
    const r = await both('gia-lai-viec-2025.csv', ONE, ['--format', 'svg', '--lang', 'vi']);
    expect(labels(r.stdout)).toEqual(['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2', 'Tổng cộng']);
  });
});

describe('ONE_YEAR_ONLY warnings name the province where the name is shared', () => {
  it('two provinces against a previous file without a province column', async () => {
    write('kv1-kv2-viec-2024.csv', ['Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong', 'Phòng THADS khu vực 1,1100,1000,800', 'Phòng THADS khu vực 2,1100,1000,700']);
    const now = write('two-provinces-viec-2025.csv', ['Tỉnh,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong', 'Gia Lai,Phòng THADS khu vực 1,1200,1000,900', 'Gia Lai,Phòng THADS khu vực 2,1200,1000,800', 'Đắk Lắk,Phòng THADS khu vực 1,1300,1000,950']);
    const { io, stderr } = memoryIo(['summarize', now, '--previous', now.replace('two-provinces-viec-2025', 'kv1-kv2-viec-2024'), '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(0);
    expect(stderr().split('\n').filter((l) => l.includes('[ONE_YEAR_ONLY]'))).toEqual([
      // the total is not compared: the offices differ (previous-like-offices.test.ts)
      `thads: warning: the input and the previous year's files (2024) give different offices (only the input gives "Phòng THADS khu vực 1" (Gia Lai), "Phòng THADS khu vực 2" (Gia Lai) and 1 more; only the previous files give "Phòng THADS khu vực 1", "Phòng THADS khu vực 2"), so the total is not compared (not like for like) [ONE_YEAR_ONLY]`,
      `thads: warning: "Phòng THADS khu vực 1" (Gia Lai) has no figures in the previous year's files (2024) [ONE_YEAR_ONLY]`,
      `thads: warning: "Phòng THADS khu vực 2" (Gia Lai) has no figures in the previous year's files (2024) [ONE_YEAR_ONLY]`,
      `thads: warning: "Phòng THADS khu vực 1" (Đắk Lắk) has no figures in the previous year's files (2024) [ONE_YEAR_ONLY]`,
      // the previous file names no province: nothing to add
      `thads: warning: "Phòng THADS khu vực 1" has figures in the previous year's files only (2024) [ONE_YEAR_ONLY]`,
      `thads: warning: "Phòng THADS khu vực 2" has figures in the previous year's files only (2024) [ONE_YEAR_ONLY]`,
    ]);
  });
});
