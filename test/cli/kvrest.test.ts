// A 2026 report (statistics year 1/10/2025 – 30/9/2026) of a merged province that still lists
// former districts as rows of their own beside its Phòng THADS khu vực. No district office exists
// after 1/7/2025 (DOMAIN): such a row read as an office is its khu vực's figures a second time (or
// another year's). Still read silently, after kvhunt-below and kvhunt-numparts:
//  - unmarked districts ("2 | Huyện Tuy An", "3 | Chi cục THADS huyện Đồng Xuân", "TP. Sông Cầu",
//    "Thị xã …", "Quận 3", without diacritics) numbered beside the khu vực, NOT adding up to one:
//    every row added, exit 0;
//  - a trailing run of "(cũ)" rows after the last khu vực, closed by none: added as offices, exit 0.
// Right: refused NOT_AN_OFFICE at the row's office cell, saying what to do (collect.ts, by-enforcer.ts
// namesDistrictOfficeAfterMerger). A 2025 report (the merger year: a former Chi cục has months of
// its own to 30/6/2025) is read as before; so are the province's own rows and a khu vực written
// "PTHADS KV1" or in full; a bare place ("Tuy An") is left as it was (a khu vực may go by its seat).
// By hand (counts: có điều kiện, giải quyết xong):
//   Phòng THADS khu vực 1   300, 230      Phòng THADS khu vực 2   500, 420
//   Huyện Tuy An            100,  90      Huyện Đồng Xuân         180, 140
//   old reading: 300 + 100 + 180 + 500 = 1.080; 230 + 90 + 140 + 420 = 880 — Tuy An and Đồng Xuân
//   are parts of khu vực 1 (or of 2): counted twice.
//   trailing "(cũ)": Tuy An (cũ) 120, 90 + Đồng Xuân (cũ) 180, 140 = khu vực 1's 300, 230; old
//   reading 300 + 500 + 120 + 180 = 1.100, 230 + 420 + 90 + 140 = 880. Right: the two khu vực alone,
//   300 + 500 = 800, 230 + 420 = 650.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const readers = bothReaders('thads-kvrest-', ARGS);

const head = (year: number) => ['THI HÀNH ÁN DÂN SỰ TỈNH ĐẮK LẮK', `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${year}`, 'STT,Đơn vị,Có điều kiện,Giải quyết xong'];
const table = (rows: string[][], year = 2026) => [...head(year), ...rows.map((r) => r.join(','))];
const xlsxLines = (rows: string[][], year = 2026) => table(rows, year).map((l) => l.replace(/,/g, ';'));

const KV1 = ['Phòng THADS khu vực 1', '300', '230'];
const KV2 = ['Phòng THADS khu vực 2', '500', '420'];
const TA = (name = 'Huyện Tuy An') => [name, '100', '90'];
const DX = (name = 'Chi cục THADS huyện Đồng Xuân') => [name, '180', '140'];
const TA_CU = ['Huyện Tuy An (cũ)', '120', '90'];
const DX_CU = ['Huyện Đồng Xuân (cũ)', '180', '140'];

/** The TOTAL row's counts. */
function totalOf(stdout: string): string[] {
  const [first, ...body] = stdout.trim().split('\n');
  const keys = first!.split(',');
  const c = body.at(-1)!.split(',');
  return [c[keys.indexOf('district')]!, c[keys.indexOf('cases_with_conditions')]!, c[keys.indexOf('cases_resolved')]!];
}
function expectRefused(r: { code: number; stdout: string; stderr: string }, names: string[]) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(stderrCodes(r.stderr)).toEqual(names.map(() => 'NOT_AN_OFFICE'));
  for (const n of names) expect(r.stderr).toContain(`"${n}" names a district office beside the Phòng THADS khu vực, in a report of 2026`);
}

describe('a 2026 report: a district office row beside the khu vực is refused, never added', () => {
  it('through the real binary: "Huyện Tuy An", "Chi cục THADS huyện Đồng Xuân" numbered beside the khu vực, not adding up to one — exit 1, located at line:column (was TOTAL 1.080 / 880, exit 0)', () => {
    const file = readers.write('Dak Lak 2026.csv', table([['1', ...KV1], ['2', ...TA()], ['3', ...DX()], ['4', ...KV2]]));
    const r = spawnThads(['summarize', file, ...ARGS]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    // lines 1–3 title and header; 4 khu vực 1; 5 Tuy An; 6 Đồng Xuân; column 2 the office's
    expect(r.stderr).toMatch(/Dak Lak 2026\.csv:5:2: error: "Huyện Tuy An" names a district office beside the Phòng THADS khu vực, in a report of 2026 \(from 1\/10\/2025\).*count twice \[NOT_AN_OFFICE\]/);
    expect(r.stderr).toMatch(/Dak Lak 2026\.csv:6:2: error: "Chi cục THADS huyện Đồng Xuân" names a district office/);
    expect(r.stderr).toContain('hint: if the row is a former district\'s share of its khu vực, write it right under that khu vực\'s row without an STT (or numbered as its sub-item, "1.1"), marked "(cũ)" ("Huyện Tuy An (cũ)"), beside the khu vực\'s other former districts: thads checks that they add up to the khu vực');
  });

  // Following the hint: Tuy An (cũ) 120, 90 + Đồng Xuân (cũ) 180, 140 = khu vực 1's 300, 230, under
  // it; read as the two khu vực alone, 300 + 500 = 800, 230 + 420 = 650 (the parts checked, not added).
  it.each([
    ['without an STT', [['1', ...KV1], ['', ...TA_CU], ['', ...DX_CU], ['2', ...KV2]]],
    ['numbered "1.1", "1.2"', [['1', ...KV1], ['1.1', ...TA_CU], ['1.2', ...DX_CU], ['2', ...KV2]]],
  ])('the hint followed, the former districts marked "(cũ)" under their khu vực %s: both readers read 800 / 650', async (_, rows) => {
    const r = await readers.both('Dak Lak 2026.csv', table(rows as string[][]));
    expect(r.code, r.stderr).toBe(0);
    expect(totalOf(r.stdout)).toEqual(['TOTAL', '800', '650']);
  });

  const shapes: [string, string[][], string[]][] = [
    ['numbered on, the khu vực written "PTHADS KV1"', [['1', 'PTHADS KV1', '300', '230'], ['2', ...TA()], ['3', 'PTHADS KV2', '500', '420']], ['Huyện Tuy An']],
    ['"Phòng Thi hành án dân sự khu vực 1" in full', [['1', 'Phòng Thi hành án dân sự khu vực 1', '300', '230'], ['2', ...DX()], ['3', ...KV2]], ['Chi cục THADS huyện Đồng Xuân']],
    ['"Thị xã Buôn Hồ", "Quận 3"', [['1', ...KV1], ['2', ...TA('Thị xã Buôn Hồ')], ['3', ...DX('Quận 3')], ['4', ...KV2]], ['Thị xã Buôn Hồ', 'Quận 3']],
    ['without diacritics ("Huyen Tuy An", "Chi cuc THADS huyen Dong Xuan")', [['1', ...KV1], ['2', ...TA('Huyen Tuy An')], ['3', ...DX('Chi cuc THADS huyen Dong Xuan')], ['4', ...KV2]], ['Huyen Tuy An', 'Chi cuc THADS huyen Dong Xuan']],
    ['the districts listed first, the khu vực after them, no sum', [['1', ...TA()], ['2', ...DX()], ['3', ...KV1], ['4', ...KV2]], ['Huyện Tuy An', 'Chi cục THADS huyện Đồng Xuân']],
  ];
  for (const [name, body, refused] of shapes) {
    it(`${name}: both readers refuse the district rows, NOT_AN_OFFICE`, async () => {
      expectRefused(await readers.both('Dak Lak 2026.csv', table(body)), refused);
    });
  }

  // Trailing "(cũ)" rows after the last khu vực (was 1.100 / 880 through the binary, exit 0): the
  // reference reader reads them as khu vực 2's parts numbered on (120 + 180 ≠ 500:
  // OFFICE_SUBTOTAL_MISMATCH), the fast one read them as offices — now refused NOT_AN_OFFICE.
  // The two readers still word it differently; both refuse, neither sums.
  for (const [name, stt] of [['numbered on', ['3', '4']], ['without an STT', ['', '']]] as const) {
    it(`trailing "(cũ)" rows after the last khu vực, ${name}: refused by both readers, never summed`, async () => {
      const body = table([['1', ...KV1], ['2', ...KV2], [stt[0], ...TA_CU], [stt[1], ...DX_CU]]);
      for (const fast of [false, true]) {
        const r = await readers.summarize('Dak Lak 2026.csv', body, fast);
        expect(r.code, r.stderr).toBe(1);
        expect(r.stdout).toBe('');
      }
    });
  }
  it('through the real binary: trailing "(cũ)" rows numbered on after the last khu vực — exit 1 (was TOTAL 1.100 / 880, exit 0)', () => {
    const file = readers.write('Dak Lak 2026 cu.csv', table([['1', ...KV1], ['2', ...KV2], ['3', ...TA_CU], ['4', ...DX_CU]]));
    const r = spawnThads(['summarize', file, ...ARGS]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('the xlsx twins (unmarked districts; trailing "(cũ)"): refused', async () => {
    const a = await summarizeLinesWorkbook(readers.dir, 'Dak Lak 2026.xlsx', xlsxLines([['1', ...KV1], ['2', ...TA()], ['3', ...DX()], ['4', ...KV2]]), ARGS);
    expectRefused(a, ['Huyện Tuy An', 'Chi cục THADS huyện Đồng Xuân']);
    const b = await summarizeLinesWorkbook(readers.dir, 'Dak Lak 2026 b.xlsx', xlsxLines([['1', ...KV1], ['2', ...KV2], ['3', ...TA_CU], ['4', ...DX_CU]]), ARGS);
    expect(b.code, b.stderr).toBe(1);
    expect(b.stdout).toBe('');
  });

  it('control: the "(cũ)" rows under their khu vực, unnumbered: its parts, checked — 800 / 650', async () => {
    const r = await readers.both('Dak Lak 2026.csv', table([['1', ...KV1], ['', ...TA_CU], ['', ...DX_CU], ['2', ...KV2]]));
    expect(r.code, r.stderr).toBe(0);
    // 300 + 500 = 800; 230 + 420 = 650
    expect(totalOf(r.stdout)).toEqual(['TOTAL', '800', '650']);
  });

  it('control: the province\'s own "Phòng Nghiệp vụ và Tổ chức THADS" beside three khu vực: offices, 100 + 300 + 500 + 180 = 1.080', async () => {
    const r = await readers.both('Dak Lak 2026.csv', table([['1', 'Phòng Nghiệp vụ và Tổ chức THADS', '100', '90'], ['2', ...KV1], ['3', ...KV2], ['4', 'Phòng THADS khu vực 3', '180', '140']]));
    expect(r.code, r.stderr).toBe(0);
    // 100 + 300 + 500 + 180 = 1.080; 90 + 230 + 420 + 140 = 880
    expect(totalOf(r.stdout)).toEqual(['TOTAL', '1080', '880']);
  });

  it('control: a khu vực marked "(cũ)", absorbed within 2026, after the others keeps its own row — 300 + 500 + 120 = 920', async () => {
    const r = await readers.both('Dak Lak 2026.csv', table([['1', ...KV1], ['2', ...KV2], ['3', 'Phòng THADS khu vực 4 (cũ)', '120', '90']]));
    expect(r.code, r.stderr).toBe(0);
    // 300 + 500 + 120 = 920; 230 + 420 + 90 = 740
    expect(totalOf(r.stdout)).toEqual(['TOTAL', '920', '740']);
  });

  it('control: a 2025 report of the same rows is read as before (the former Chi cục\'s months to 30/6/2025): 1.080 / 880 and 1.100 / 880, exit 0', async () => {
    const a = await readers.both('Dak Lak 2025.csv', table([['1', ...KV1], ['2', ...TA()], ['3', ...DX()], ['4', ...KV2]], 2025));
    expect(a.code, a.stderr).toBe(0);
    expect(totalOf(a.stdout)).toEqual(['TOTAL', '1080', '880']);
    const b = await readers.both('Dak Lak 2025 b.csv', table([['1', ...KV1], ['2', ...KV2], ['3', ...TA_CU], ['4', ...DX_CU]], 2025));
    expect(b.code, b.stderr).toBe(0);
    // 300 + 500 + 120 + 180 = 1.100; 230 + 420 + 90 + 140 = 880
    expect(totalOf(b.stdout)).toEqual(['TOTAL', '1100', '880']);
  });

  it('control: a 2026 list of districts with no khu vực among them is left as it was (1 office list, 100 + 180 = 280)', async () => {
    const r = await readers.both('Dak Lak 2026.csv', table([['1', ...TA()], ['2', ...DX()]]));
    expect(r.code, r.stderr).toBe(0);
    expect(totalOf(r.stdout)).toEqual(['TOTAL', '280', '230']);
  });
});
