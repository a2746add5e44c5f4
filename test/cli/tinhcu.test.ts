// Former provinces / offices listed under their merged successor and marked the way offices write
// it since 1/7/2025 — "(tỉnh cũ)", "tỉnh cũ", "(địa bàn cũ)", "(đã sáp nhập)", "(nay thuộc tỉnh
// Ninh Bình)", "(cũ)*", "(trước khi sáp nhập)"; for offices "(huyện cũ)", "(đã giải thể)", "(tỉnh
// Ninh Bình cũ)", "(nay là Phòng THADS khu vực 1)" (work101b 01, 03). Only "(cũ)" and a few others
// were read as the former-part mark: the rest became provinces/offices of their own, added beside
// the whole they are parts of (8 provinces, 9.100/11.500, exit 0), or, for "(trước khi sáp nhập)",
// refused NOT_AN_OFFICE. Right: every such mark is "(cũ)" (provinces.ts withoutOldMark). Controls:
// "(cũ)" itself, parts whose sum differs (refused, as with "(cũ)"), "Củ Chi", a khu vực named with
// the former district it covers ("(huyện Mỹ Lộc cũ)"). Every expected figure is worked out by hand.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-tinhcu-');
const xdir = mkdtempSync(join(tmpdir(), 'thads-tinhcu-x-'));
afterAll(() => rmSync(xdir, { recursive: true, force: true }));

function run(path: string, args: readonly string[] = ['--by', 'province']) {
  const r = spawnThads(['summarize', path, ...args, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Json = { groups: { province: string; district: string | null; cases: { total: string | null; withConditions: string; resolved: string; rate: string; rank: number; rankOf: number } }[]; total: { cases: { total: string | null; withConditions: string; resolved: string; rate: string; gapPp: string } } };
const json = (stdout: string) => JSON.parse(stdout) as Json;

/** The cluster's 2025 table by province: each new province numbered, its former provinces under it with `mark`. */
function provinces(mark: string, hanamResolved = '650'): string[] {
  return [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 (TÍNH BẰNG VIỆC);;;;',
    '(Từ ngày 01/10/2024 đến ngày 30/9/2025);;;;',
    'STT;Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong',
    '1;Ninh Bình;4000;3000;2400',
    `;Ninh Bình ${mark};1300;1000;800`,
    `;Nam Định ${mark};1600;1200;950`,
    `;Hà Nam ${mark};1100;800;${hanamResolved}`,
    '2;Gia Lai;2600;2000;1500',
    `;Gia Lai ${mark};1500;1200;900`,
    `;Bình Định ${mark};1100;800;600`,
    '3;Huế;1900;1500;1300',
  ];
}
const csv = (lines: readonly string[]) => lines.map((l) => l.replaceAll(';', ','));

// By hand: thụ lý 4000+2600+1900 = 8500; có ĐK 3000+2000+1500 = 6500; GQX 2400+1500+1300 = 5200;
// 5200/6500 = 80,00 %, 83,9 − 80 = 3,90 short. Huế 1300/1500 = 86,67 % 1/3, Ninh Bình
// 2400/3000 = 80,00 % 2/3, Gia Lai 1500/2000 = 75,00 % 3/3.
const RIGHT = { total: '8500', withConditions: '6500', resolved: '5200', rate: '80.00', gapPp: '-3.90' };
const RIGHT_GROUPS = ['Ninh Bình 3000 2400 80.00 2/3', 'Gia Lai 2000 1500 75.00 3/3', 'Huế 1500 1300 86.67 1/3'];
function expectRight(r: { code: number; stdout: string; stderr: string }, thuLy = true) {
  expect(r.code, r.stderr).toBe(0);
  const j = json(r.stdout);
  expect(j.groups.map((g) => `${g.province} ${g.cases.withConditions} ${g.cases.resolved} ${g.cases.rate} ${g.cases.rank}/${g.cases.rankOf}`)).toEqual(RIGHT_GROUPS);
  expect(j.total.cases).toMatchObject(thuLy ? RIGHT : { ...RIGHT, total: null });
  expect(r.stderr).not.toMatch(/PROVINCE_UNKNOWN|SUSPECTED_TOTAL_ROW/);
}

const MARKS = ['(tỉnh cũ)', '(Tỉnh cũ)', 'tỉnh cũ', '- tỉnh cũ', '(địa bàn cũ)', '(đã sáp nhập)', '(đã hợp nhất)', '(nay thuộc tỉnh mới)', '(cũ)*', '(trước khi sáp nhập)', '(trước khi hợp nhất)'];

describe('former provinces under their new province, marked other than "(cũ)" (work101b 01)', () => {
  it.each(MARKS)('"%s": parts, checked and counted once — 3 provinces, 8.500, 5.200/6.500, rate 80.00', (mark) => {
    expectRight(run(file(`cum-thi-dua-${MARKS.indexOf(mark)}-2025.csv`, csv(provinces(mark)))));
  });

  it('"(nay thuộc tỉnh Ninh Bình)" naming the successor: the same', () => {
    const lines = provinces('(cũ)').map((l) => l.replace(/^;(Ninh Bình|Nam Định|Hà Nam) \(cũ\)/, ';$1 (nay thuộc tỉnh Ninh Bình)').replace(/^;(Gia Lai|Bình Định) \(cũ\)/, ';$1 (nay thuộc tỉnh Gia Lai)'));
    expectRight(run(file('nay-thuoc-2025.csv', csv(lines))));
  });

  it('the text paragraph: 3 provinces, 5.200/6.500, 80,00 %, thiếu 3,90 %', () => {
    const r = spawnThads(['summarize', file('cum-thi-dua-text-2025.csv', csv(provinces('(tỉnh cũ)'))), '--by', 'province', '--format', 'text', '--lang', 'vi'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('của 3 tỉnh, thành phố: về việc, tổng số thụ lý 8.500 việc; đã giải quyết xong 5.200/6.500 việc có điều kiện giải quyết, đạt 80,00%, thiếu 3,90% so với chỉ tiêu được giao (83,9%).');
  });

  it('a plain CSV without a title (the byte scanner first), "(tỉnh cũ)": the same', () => {
    const plain = provinces('(tỉnh cũ)').slice(2).map((l) => l.split(';').filter((_, i) => i !== 2).join(','));
    expectRight(run(file('plain/cum-thi-dua viec 2025.csv', plain)), false);
  });

  it('an xlsx twin of "(tỉnh cũ)": the same', async () => {
    expectRight(await summarizeLinesWorkbook(xdir, 'cum-thi-dua-2025.xlsx', provinces('(tỉnh cũ)'), ['--by', 'province', '--format', 'json']));
  });

  it('with a "Tổng cộng" row agreeing (8.500 / 6.500 / 5.200): read, not refused', () => {
    const r = run(file('tong-cong-2025.csv', csv([...provinces('(tỉnh cũ)'), ';Tổng cộng;8500;6500;5200'])));
    expectRight(r);
    expect(r.stderr).not.toMatch(/DECLARED_TOTAL_MISMATCH/);
  });

  it('"(tỉnh cũ)" parts whose sum differs from their row (Hà Nam 600, not 650): refused as "(cũ)" is', () => {
    const r = run(file('lech-tinh-cu-2025.csv', csv(provinces('(tỉnh cũ)', '600'))));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lech-tinh-cu-2025\.csv:4: error: "Ninh Bình" on this row is a province with figures, and it is not the sum of its parts.*\[OFFICE_SUBTOTAL_MISMATCH\]/);
  });
});

describe('"(trước khi sáp nhập)" after a former province is the mark, not a comparison period (work101b 03)', () => {
  const lines = (mark: string) => ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 (TÍNH BẰNG VIỆC);;', 'STT;Tỉnh;Có điều kiện;Giải quyết xong', '1;Ninh Bình;3000;2400',
    `;Ninh Bình ${mark};1000;800`, `;Nam Định ${mark};1200;950`, `;Hà Nam ${mark};800;650`, '2;Huế;1500;1300', ';Tổng cộng;4500;3700'];
  // By hand: 3000+1500 = 4500, 2400+1300 = 3700; 3700/4500 = 82,22 %, 83,9 − 82,22 = 1,68 short.
  it.each(['(trước khi sáp nhập)', '(trước khi hợp nhất)', '(trước sáp nhập)'].map((m, i) => [m, i] as const))('"%s" (%i): 3.700/4.500, rate 82.22, exit 0', (mark, i) => {
    const r = run(file(`tong-hop-${i}-2025.csv`, csv(lines(mark))), ['--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).total.cases).toMatchObject({ withConditions: '4500', resolved: '3700', rate: '82.22', gapPp: '-1.68' });
    expect(r.stderr).not.toMatch(/NOT_AN_OFFICE/);
  });
});

describe('former districts under their khu vực, marked other than "(cũ)" (work101b 01)', () => {
  const lines = (mark: string) => ['STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Phòng THADS khu vực 1;300;200',
    `;Huyện Kim Sơn ${mark};100;80`, `;Huyện Yên Khánh ${mark};200;120`, '2;Phòng THADS khu vực 2;400;300'];
  // By hand: the two khu vực only: 300+400 = 700, 200+300 = 500; 500/700 = 71,43 %.
  it.each(['(cũ)', '(huyện cũ)', '(đã giải thể)', '(tỉnh Ninh Bình cũ)', '(nay là Phòng THADS khu vực 1)'].map((m, i) => [m, i] as const))('"%s" (%i): parts of khu vực 1, 500/700', (mark, i) => {
    const r = run(file(`kv-${i}/THADS tinh Ninh Binh viec 2025.csv`, csv(lines(mark))), []);
    expect(r.code, r.stderr).toBe(0);
    const j = json(r.stdout);
    expect(j.groups.map((g) => g.district)).toEqual(['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2']);
    expect(j.total.cases).toMatchObject({ withConditions: '700', resolved: '500', rate: '71.43' });
  });
});

describe('controls: kept as they were read', () => {
  it('"(cũ)": 3 provinces, 8.500, 5.200/6.500', () => {
    expectRight(run(file('cu-2025.csv', csv(provinces('(cũ)')))));
  });

  it('"(cũ)" parts whose sum differs: refused OFFICE_SUBTOTAL_MISMATCH', () => {
    const r = run(file('lech-cu-2025.csv', csv(provinces('(cũ)', '600'))));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[OFFICE_SUBTOTAL_MISMATCH\]/);
  });

  it('"Củ Chi", an office of its own: 290/400', () => {
    const r = run(file('THADS TP Ho Chi Minh 2024.csv', csv(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 (TÍNH BẰNG VIỆC);;', 'STT;Đơn vị;Có điều kiện;Giải quyết xong',
      '1;Chi cục THADS huyện Củ Chi;300;200', '2;Chi cục THADS huyện Cần Giờ;100;90', ';Tổng cộng;400;290'])), []);
    expect(r.code, r.stderr).toBe(0);
    const j = json(r.stdout);
    expect(j.groups.map((g) => g.district)).toEqual(['Chi cục THADS huyện Củ Chi', 'Chi cục THADS huyện Cần Giờ']);
    // 200+90 = 290, 300+100 = 400; 290/400 = 72,50 %
    expect(j.total.cases).toMatchObject({ withConditions: '400', resolved: '290', rate: '72.50' });
  });

  it('khu vực named with the former district they cover, "(huyện Mỹ Lộc cũ)", and one unmarked: three offices, 950/1.200', () => {
    const r = run(file('kvten/THADS tinh Ninh Binh viec 2025.csv', csv(['STT;Đơn vị;Có điều kiện;Giải quyết xong',
      '1;Phòng THADS khu vực 1 (huyện Mỹ Lộc cũ);300;200', '2;Phòng THADS khu vực 2 (huyện Vụ Bản cũ);400;300', '3;Phòng THADS khu vực 3;500;450'])), []);
    expect(r.code, r.stderr).toBe(0);
    const j = json(r.stdout);
    expect(j.groups.map((g) => g.district)).toEqual(['Phòng THADS khu vực 1 (huyện Mỹ Lộc cũ)', 'Phòng THADS khu vực 2 (huyện Vụ Bản cũ)', 'Phòng THADS khu vực 3']);
    // 200+300+450 = 950, 300+400+500 = 1200; 950/1200 = 79,17 %
    expect(j.total.cases).toMatchObject({ withConditions: '1200', resolved: '950', rate: '79.17' });
  });
});
