// A merged province's 2026 report (year 2026: 1/10/2025 – 30/9/2026, after the Chi cục were
// replaced on 1/7/2025) breaking a Phòng THADS khu vực's row down by the former districts it took
// over, numbered on as the list's items ("1 | Phòng THADS khu vực 1", "2 | Huyện Tuy An (cũ)",
// "3 | Huyện Đồng Xuân (cũ)", "4 | Phòng THADS khu vực 2"). A former district has no cases of its
// own in 2026: its rows are the khu vực's breakdown. Was: with a khu vực's row that is not its
// parts' sum (a typo), every row added as an office, the khu vực counted twice, exit 0. Right:
// the parts are checked against their khu vực's row (OFFICE_SUBTOTAL_MISMATCH when they do not
// add up) and never added beside it (by-enforcer.ts numbersFormerPart). A 2025 report is left as
// it was: there a former Chi cục has its months to 30/6/2025 beside its khu vực's (kvownrow).
// By hand (cases; money in nghìn đồng):
//   1 Phòng THADS khu vực 1       310 có ĐK, 230 xong; 6.000.000 / 3.000.000  (parts: 300 / 230)
//   2 Huyện Tuy An (cũ)           120, 90;             2.500.000 / 1.200.000
//   3 Huyện Đồng Xuân (cũ)        180, 140;            3.500.000 / 1.800.000
//   4 Phòng THADS khu vực 2       500, 420;            9.000.000 / 5.000.000
//   old reading: 310 + 120 + 180 + 500 = 1.110 có ĐK, 230 + 90 + 140 + 420 = 880 xong; money
//   6.000.000 + 2.500.000 + 3.500.000 + 9.000.000 = 21.000.000 nghìn; exit 0.
// With khu vực 1's row right (300): parts 120 + 180 = 300, 90 + 140 = 230, 2.500.000 + 3.500.000 =
// 6.000.000, 1.200.000 + 1.800.000 = 3.000.000 — the khu vực's row stands, parts not added:
// offices KV1 300 / 230 (76,67 %), KV2 500 / 420 (84,00 %); TOTAL 800 / 650 = 0,8125 → 81,25 %;
// money 6.000.000.000 + 9.000.000.000 = 15.000.000.000 đồng, 3.000.000.000 + 5.000.000.000 =
// 8.000.000.000; 8 / 15 = 0,5333… → 53,33 %.
// (Before, that right file was refused as a likely subtotal, SUSPECTED_TOTAL_ROW: now read.)
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refused.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const readers = bothReaders('thads-kvhunt-numparts-', ARGS);

const head = (year: number) => [['THI HÀNH ÁN DÂN SỰ TỈNH ĐẮK LẮK'], [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year}`], ['', '', '', '', 'Đơn vị tính: Việc; nghìn đồng'], ['STT', 'Đơn vị', 'Về việc', '', 'Về tiền', ''], ['', '', 'Có điều kiện', 'Giải quyết xong', 'Có điều kiện', 'Giải quyết xong']];
const KV1_WRONG = ['Phòng THADS khu vực 1', '310', '230', '6.000.000', '3.000.000'];
const KV1 = ['Phòng THADS khu vực 1', '300', '230', '6.000.000', '3.000.000'];
const TUY_AN = ['Huyện Tuy An (cũ)', '120', '90', '2.500.000', '1.200.000'];
const DONG_XUAN = ['Huyện Đồng Xuân (cũ)', '180', '140', '3.500.000', '1.800.000'];
const KV2 = ['Phòng THADS khu vực 2', '500', '420', '9.000.000', '5.000.000'];

const quote = (c: string) => (/[",.;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = (rows: string[][], year = 2026) => [...head(year), ...rows].map((r) => r.map(quote).join(','));
const xlsxLines = (rows: string[][], year = 2026) => [...head(year), ...rows].map((r) => r.join(';'));

function rows(stdout: string): string[][] {
  const [first, ...body] = stdout.trim().split('\n');
  const keys = first!.split(',');
  const at = (k: string) => keys.indexOf(k);
  return body.map((l) => {
    const c = l.split(',');
    return [c[at('district')]!, c[at('cases_with_conditions')]!, c[at('cases_resolved')]!, c[at('cases_rate')]!, c[at('money_with_conditions')]!, c[at('money_resolved')]!, c[at('money_rate')]!];
  });
}
/** The two khu vực, their parts counted once (by hand, above). */
const RIGHT = [
  ['Phòng THADS khu vực 1', '300', '230', '76.67', '6000000000', '3000000000', '50.00'],
  ['Phòng THADS khu vực 2', '500', '420', '84.00', '9000000000', '5000000000', '55.56'],
  ['TOTAL', '800', '650', '81.25', '15000000000', '8000000000', '53.33'],
];

describe("a 2026 report: a khu vực's former districts numbered on under its row are its parts, checked against it, never added beside it", () => {
  it('through the real binary: khu vực 1 written 310 over parts of 300 — exit 1, OFFICE_SUBTOTAL_MISMATCH on its line naming lines 7–8 (was TOTAL 1.110 / 880, exit 0)', () => {
    const file = readers.write('Dak Lak 2026.csv', csv([['1', ...KV1_WRONG], ['2', ...TUY_AN], ['3', ...DONG_XUAN], ['4', ...KV2]]));
    const r = spawnThads(['summarize', file, ...ARGS]);
    expectRefused(r, 'OFFICE_SUBTOTAL_MISMATCH');
    // lines 1–5 title, unit and header; 6 khu vực 1; 7–8 its former districts
    expect(r.stderr).toMatch(/Dak Lak 2026\.csv:6: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts under it \(lines 7–8\)/);
    // its hint fits a khu vực over its former districts: no enforcer to name
    expect(r.stderr).toContain('  hint: correct the row or its parts so that they add up: thads reads the row and checks the parts against it, and never adds both');
    expect(r.stderr).not.toMatch(/enforcer/);
  });

  const wrong: [string, string[][]][] = [
    ['former districts "(cũ)" numbered 2, 3', [['1', ...KV1_WRONG], ['2', ...TUY_AN], ['3', ...DONG_XUAN], ['4', ...KV2]]],
    ['numbering restarting under each khu vực', [['1', ...KV1_WRONG], ['1', ...TUY_AN], ['2', ...DONG_XUAN], ['2', ...KV2]]],
    ['former Chi cục written in full, "(cũ)", numbered 2, 3', [['1', ...KV1_WRONG], ['2', 'Chi cục THADS huyện Tuy An (cũ)', ...TUY_AN.slice(1)], ['3', 'Chi cục THADS huyện Đồng Xuân (cũ)', ...DONG_XUAN.slice(1)], ['4', ...KV2]]],
  ];
  for (const [name, body] of wrong) {
    it(`${name}, khu vực 1 not their sum: both readers refuse it`, async () => {
      expectRefused(await readers.both('Dak Lak 2026.csv', csv(body)), 'OFFICE_SUBTOTAL_MISMATCH');
    });
  }

  it('the xlsx twin (khu vực 1 not its parts\' sum): refused', async () => {
    expectRefused(await summarizeLinesWorkbook(readers.dir, 'Dak Lak 2026.xlsx', xlsxLines([['1', ...KV1_WRONG], ['2', ...TUY_AN], ['3', ...DONG_XUAN], ['4', ...KV2]]), ARGS), 'OFFICE_SUBTOTAL_MISMATCH');
  });

  it("khu vực 1 equal to its parts' sum, with a \"Tổng cộng\" of the khu vực: two offices, 800 / 650 = 81,25 %, money 53,33 %, exit 0 (both readers, xlsx)", async () => {
    const body = [['1', ...KV1], ['2', ...TUY_AN], ['3', ...DONG_XUAN], ['4', ...KV2], ['', 'Tổng cộng', '800', '650', '15.000.000', '8.000.000']];
    const r = await readers.both('Dak Lak 2026.csv', csv(body));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
    const x = await summarizeLinesWorkbook(readers.dir, 'Dak Lak 2026 b.xlsx', xlsxLines(body), ARGS);
    expect(x.code, x.stderr).toBe(0);
    expect(rows(x.stdout)).toEqual(RIGHT);
  });

  it('control: the same parts as sub-items "1.1", "1.2" read as before — 800 / 650', async () => {
    const r = await readers.both('Dak Lak 2026.csv', csv([['1', ...KV1], ['1.1', ...TUY_AN], ['1.2', ...DONG_XUAN], ['2', ...KV2]]));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('control: a 2025 report of the same rows is read as before — the former districts\' months to 30/6/2025 beside the khu vực\'s, every row added: 1.110 / 880, exit 0', async () => {
    const r = await readers.both('Dak Lak 2025.csv', csv([['1', ...KV1_WRONG], ['2', ...TUY_AN], ['3', ...DONG_XUAN], ['4', ...KV2]], 2025));
    expect(r.code, r.stderr).toBe(0);
    // 310 + 120 + 180 + 500 = 1.110; 230 + 90 + 140 + 420 = 880
    expect(rows(r.stdout).at(-1)!.slice(0, 3)).toEqual(['TOTAL', '1110', '880']);
  });

  it('control: a khu vực marked "(cũ)", absorbed by another within 2026, numbered on under it keeps its own row — 300 + 120 + 500 = 920', async () => {
    const r = await readers.both('Dak Lak 2026.csv', csv([['1', ...KV1], ['2', 'Phòng THADS khu vực 4 (cũ)', '120', '90', '2.500.000', '1.200.000'], ['3', ...KV2]]));
    expect(r.code, r.stderr).toBe(0);
    // 300 + 120 + 500 = 920; 230 + 90 + 420 = 740
    expect(rows(r.stdout).at(-1)!.slice(0, 3)).toEqual(['TOTAL', '920', '740']);
  });
});
