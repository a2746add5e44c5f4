// Over-reach of the former-part marks (b884cdb, provinces.ts withoutOldMark), work102a 03 and 05.
// 03: a 2025 table by province marks the merged province's WHOLE row "1,Ninh Bình (hợp nhất)" (or
// "(đã sáp nhập)", "(sáp nhập)") over its unnumbered parts "Nam Định (cũ)", "Hà Nam (cũ)", "Ninh
// Bình (cũ)": the whole was read as a former part and added to its parts — 22.000 thụ lý,
// 13.400/17.000, exit 0. Right: "merged" on a name of the 34 is the successor, its parts' sum.
// 05: a 2024 table of the 63 noting "Nam Định (nay thuộc tỉnh Ninh Bình)" below "Ninh Bình" was
// refused SECTION_ROW_MISMATCH (alone and as --previous): before the merger the note only says
// where the province went; its rows are provinces. Controls keep their reading: "(sau hợp nhất)",
// "(đã sáp nhập)" on a province of the 63 gone, "(nay thuộc …)" parts in a 2025 report.
// Every expected figure is worked out by hand.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-tinhcu2-');
const xdir = mkdtempSync(join(tmpdir(), 'thads-tinhcu2-x-'));
afterAll(() => rmSync(xdir, { recursive: true, force: true }));

function run(paths: readonly string[], args: readonly string[] = ['--by', 'province']) {
  const r = spawnThads(['summarize', ...paths, ...args, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Cases = { total: string | null; withConditions: string; resolved: string; rate: string; totalChange: string | null };
type Json = { year: number; groups: { province: string; cases: Cases }[]; total: { cases: Cases } };
const json = (stdout: string) => JSON.parse(stdout) as Json;
const csv = (lines: readonly string[]) => lines.map((l) => l.replaceAll(';', ','));

/** 2025, by province: the merged Ninh Bình numbered and marked `mark`, its former provinces below it, then Hà Nội. */
const whole = (mark: string) => [
  'STT;Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong',
  `1;Ninh Bình ${mark};8500;6500;5200`,
  ';Nam Định (cũ);4000;3000;2400',
  ';Hà Nam (cũ);2000;1500;1200',
  ';Ninh Bình (cũ);2500;2000;1600',
  '2;Hà Nội;5000;4000;3000',
];

// By hand: Ninh Bình (whole) + Hà Nội: thụ lý 8500+5000 = 13500; có ĐK 6500+4000 = 10500; GQX
// 5200+3000 = 8200; 8200/10500 = 78,095… = 78,10 %. (Its parts 4000+2000+2500 = 8500,
// 3000+1500+2000 = 6500, 2400+1200+1600 = 5200 are its breakdown.) Ninh Bình 5200/6500 = 80,00 %,
// Hà Nội 3000/4000 = 75,00 %.
const RIGHT = { total: '13500', withConditions: '10500', resolved: '8200', rate: '78.10' };
function expectWhole(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code, r.stderr).toBe(0);
  const j = json(r.stdout);
  expect(j.total.cases).toMatchObject(RIGHT);
  expect(j.groups.map((g) => `${g.province} ${g.cases.total} ${g.cases.withConditions} ${g.cases.resolved} ${g.cases.rate}`)).toEqual(['Ninh Bình 8500 6500 5200 80.00', 'Hà Nội 5000 4000 3000 75.00']);
  expect(r.stderr).not.toMatch(/DUPLICATE_OFFICE|PROVINCE_UNKNOWN|"Ninh Bình \((hợp nhất|đã sáp nhập|sáp nhập)\)" are counted/);
}

describe('03: the merged province\'s whole row marked "merged" is the whole, not a former part', () => {
  it.each(['(hợp nhất)', '(đã sáp nhập)', '(sáp nhập)', '(đã hợp nhất)'].map((m, i) => [m, i] as const))('"1,Ninh Bình %s" over its "(cũ)" parts (%i): 13.500, 8.200/10.500, 78,10 %', (mark, i) => {
    expectWhole(run([file(`w${i}/tinh-viec-2025.csv`, csv(whole(mark)))]));
  });

  it('without an STT column, "Ninh Bình (hợp nhất)" over its parts: the same total', () => {
    const lines = whole('(hợp nhất)').map((l) => l.split(';').slice(1).join(','));
    const r = run([file('nostt/tinh-viec-2025.csv', lines)], ['--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).total.cases).toMatchObject(RIGHT);
    expect(r.stderr).not.toMatch(/DUPLICATE_OFFICE/);
  });

  it('an xlsx twin of "(hợp nhất)": the same', async () => {
    expectWhole(await summarizeLinesWorkbook(xdir, 'tinh-viec-2025.xlsx', whole('(hợp nhất)'), ['--by', 'province', '--format', 'json']));
  });
});

/** 2024, the 63 provinces, no STT: the provinces merged into Ninh Bình since noted so. */
const Y2024 = [
  'Tỉnh,Tổng số thụ lý,Có điều kiện,Giải quyết xong',
  'Hà Nội,5000,4000,3000',
  'Ninh Bình,2500,2000,1600',
  'Nam Định (nay thuộc tỉnh Ninh Bình),4000,3000,2400',
  'Hà Nam (nay thuộc tỉnh Ninh Bình),2000,1500,1200',
];

describe('05: a 2024 table noting "(nay thuộc tỉnh Ninh Bình)" lists four provinces of 2024', () => {
  it('alone: 13.500, 8.200/10.500, 78,10 %, four provinces', () => {
    const r = run([file('y24/tinh-viec-2024.csv', Y2024)]);
    expect(r.code, r.stderr).toBe(0);
    const j = json(r.stdout);
    // By hand: 5000+2500+4000+2000 = 13500; 4000+2000+3000+1500 = 10500; 3000+1600+2400+1200 = 8200.
    expect(j.total.cases).toMatchObject(RIGHT);
    expect(j.groups.map((g) => `${g.province} ${g.cases.total}`)).toEqual(['Hà Nội 5000', 'Ninh Bình 2500', 'Nam Định 4000', 'Hà Nam 2000']);
    expect(r.stderr).not.toMatch(/SECTION_ROW_MISMATCH/);
  });

  it('as --previous of a 2025 report: compared, Ninh Bình 8.600 against 2.500+4.000+2.000 = 8.500', () => {
    const cur = file('prev/tinh-viec-2025.csv', ['Tỉnh,Tổng số thụ lý,Có điều kiện,Giải quyết xong', 'Hà Nội,5200,4100,3300', 'Ninh Bình,8600,6600,5300']);
    const prev = file('prev/tinh-viec-2024.csv', Y2024);
    const r = run([cur, '--previous', prev]);
    expect(r.code, r.stderr).toBe(0);
    const j = json(r.stdout);
    // By hand: 2025 5200+8600 = 13800, 3300+5300 = 8600 of 4100+6600 = 10700 (80,37 %); against
    // 13500 in 2024: +300; Hà Nội 5200−5000 = +200, Ninh Bình 8600−8500 = +100.
    expect(j.total.cases).toMatchObject({ total: '13800', withConditions: '10700', resolved: '8600', rate: '80.37', totalChange: '300' });
    expect(j.groups.map((g) => `${g.province} ${g.cases.totalChange}`)).toEqual(['Hà Nội 200', 'Ninh Bình 100']);
  });
});

describe('controls: kept as they were read', () => {
  it('"1,Ninh Bình (sau hợp nhất)" over its parts: 13.500, 78,10 %', () => {
    expectWhole(run([file('sau/tinh-viec-2025.csv', csv(whole('(sau hợp nhất)')))]));
  });

  it('"Nam Định (đã sáp nhập)", a province of the 63 gone, under "1,Ninh Bình": still a former part — 13.500', () => {
    const lines = whole('').map((l) => l.replace('Ninh Bình ;', 'Ninh Bình;').replace(/(Nam Định|Hà Nam) \(cũ\)/, '$1 (đã sáp nhập)'));
    expectWhole(run([file('da-sap-nhap/tinh-viec-2025.csv', csv(lines))]));
  });

  it('"(nay thuộc tỉnh Ninh Bình)" parts under "1,Ninh Bình" in a 2025 report: parts, counted once — 13.500', () => {
    const lines = whole('').map((l) => l.replace('Ninh Bình ;', 'Ninh Bình;').replace(/(Nam Định|Hà Nam|Ninh Bình) \(cũ\)/, '$1 (nay thuộc tỉnh Ninh Bình)'));
    expectWhole(run([file('nay-thuoc/tinh-viec-2025.csv', csv(lines))]));
  });

  it('the 2024 rows in a 2025 report: "(nay thuộc …)" still parts of "Ninh Bình" above, whose 2.500 is not their 6.000 — refused', () => {
    const r = run([file('y25/tinh-viec-2025.csv', Y2024)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tinh-viec-2025\.csv:3:2: error: .*"Ninh Bình".*\[SECTION_ROW_MISMATCH\]/);
  });
});
