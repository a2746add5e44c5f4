// One level line beside a provincial table's offices (work96a 01, 02; work96b 01): "Riêng Cục",
// "Riêng Văn phòng Cục", "Trong đó: Văn phòng Cục", "Trong đó: THADS tỉnh" ALONE right below a
// closing "Tổng cộng", repeating the Văn phòng Cục's row; and "Riêng các Chi cục" / "Riêng cấp
// huyện" below the offices when the Văn phòng Cục's row is listed after a Chi cục. Was: exit 1,
// NOT_AN_OFFICE "found no rows of that level here" + DECLARED_TOTAL_MISMATCH (the level's row
// looked for only back to the total), or the Chi cục line checked against every row above.
// Now: each line checked against the rows of its level, wherever they are listed, never added
// (domain/declared-rows.ts levelAlone and the closing section rule). Totals computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases'];
const { both } = bothReaders('thads-levellines-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-levellines-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };
const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_to_execute', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

// a title and a unit line: the reference reader; without them: the byte scanner
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;;;', 'Đơn vị tính: việc;;;;;;'];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Tổng số phải thi hành;Có điều kiện;Thi hành xong;Đình chỉ';
const VP = 'Văn phòng Cục;500;450;300;240;12';
const ML = 'Mỹ Lộc;400;380;200;150;10';
const VB = 'Vụ Bản;600;560;250;200;12';
const TOTAL = ';Tổng cộng;1.500;1.390;750;590;34';
// By hand: thụ lý 500 + 400 + 600 = 1.500; phải TH 450 + 380 + 560 = 1.390; có ĐK 300 + 200 +
// 250 = 750; xong + đình chỉ: VP 240 + 12 = 252 (252/300 = 84,00 %), Mỹ Lộc 150 + 10 = 160
// (160/200 = 80,00 %), Vụ Bản 200 + 12 = 212 (212/250 = 84,80 %); 624/750 = 83,20 %.
// The Cục's level = the VP row 500 / 450 / 300 / 240 / 12; the Chi cục's: 400 + 600 = 1.000,
// 380 + 560 = 940, 200 + 250 = 450, 150 + 200 = 350, 10 + 12 = 22.
const RIGHT: Record<string, string> = {
  'Văn phòng Cục': 'Văn phòng Cục|500|450|300|252|84.00',
  'Mỹ Lộc': 'Mỹ Lộc|400|380|200|160|80.00',
  'Vụ Bản': 'Vụ Bản|600|560|250|212|84.80',
};
const RIGHT_TOTAL = 'TOTAL|1500|1390|750|624|83.20';
const OWN = '500;450;300;240;12';
const DISTRICT = '1.000;940;450;350;22';

/** the offices in this order, numbered */
const listed = (...offices: string[]) => offices.map((o, k) => `${k + 1};${o}`);
const nameOf = (o: string) => o.split(';')[0]!;

function readRight(r: Run, order: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe('');
  expect(rows(r.stdout), label).toEqual([...order.map((o) => RIGHT[nameOf(o)]), RIGHT_TOTAL]);
}
function refused(r: Run, codes: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual(codes);
}
const MISMATCH_4 = Array(4).fill('DECLARED_TOTAL_MISMATCH');
const HEADS: [string[], string][] = [
  [TITLE, ''],
  [[], ' (plain)'],
];

describe('one level line right below a closing "Tổng cộng" (work96a 01, work96b 01): the Cục\'s share, checked, never added', () => {
  it('the binary on the hunter\'s files (was NOT_AN_OFFICE + DECLARED_TOTAL_MISMATCH, exit 1)', () => {
    for (const label of ['Riêng Cục', 'Riêng Văn phòng Cục', 'Trong đó: Văn phòng Cục']) {
      const file = join(dir, `Nam Dinh ${label.replace(/[: ]+/g, '-')} 2024.csv`);
      const lines = [...TITLE, HEAD, ...listed(VP, ML, VB), TOTAL, `;${label};${OWN}`];
      writeFileSync(file, `${lines.join('\n').replaceAll(';', ',').replaceAll('1.500', '"1.500"').replaceAll('1.390', '"1.390"')}\n`);
      readRight(spawnThads(['summarize', file, '--format', 'csv']), [VP, ML, VB], label);
    }
  });

  it('real published totals, bottom "Tổng cộng" then "Riêng Cục" / "Trong đó: THADS tỉnh": 8.529/9.867 = 86,44 %, 717.221.971/1.431.146.957 = 50,12 % (binary)', () => {
    const offices = [
      ['"1.102"', '"640"', '"512"', '"1.450.210.300"', '"802.114.500"', '"398.512.400"'],
      ['"3.410"', '"2.790"', '"2.401"', '"712.300.100"', '"250.110.200"', '"121.402.100"'],
      ['"2.210"', '"1.810"', '"1.570"', '"401.200.500"', '"130.200.300"', '"70.100.200"'],
      ['"1.980"', '"1.650"', '"1.430"', '"350.100.200"', '"110.330.000"', '"55.210.100"'],
      ['"1.730"', '"1.402"', '"1.238"', '"270.250.000"', '"78.190.957"', '"39.800.171"'],
      ['"1.700"', '"1.575"', '"1.378"', '"220.200.877"', '"60.201.000"', '"32.197.000"'],
    ].map((f) => f.join(','));
    const shapes: [string, string, string[], string][] = [
      ['Quang Binh 2024.csv', 'NĂM 2024 TỈNH QUẢNG BÌNH', ['Văn phòng Cục', 'Chi cục THADS thành phố A', 'Chi cục THADS huyện B', 'Chi cục THADS huyện C', 'Chi cục THADS huyện D', 'Chi cục THADS huyện E'], 'Riêng Cục'],
      ['Quang Binh trong do 2024.csv', 'NĂM 2024 TỈNH QUẢNG BÌNH', ['Văn phòng Cục', 'Chi cục THADS thành phố A', 'Chi cục THADS huyện B', 'Chi cục THADS huyện C', 'Chi cục THADS huyện D', 'Chi cục THADS huyện E'], 'Trong đó: Văn phòng Cục'],
      ['Quang Tri 2025.csv', 'NĂM 2025 TỈNH QUẢNG TRỊ', ['THADS tỉnh Quảng Trị', 'Phòng THADS khu vực 1', 'Phòng THADS khu vực 2', 'Phòng THADS khu vực 3', 'Phòng THADS khu vực 4', 'Phòng THADS khu vực 5'], 'Trong đó: THADS tỉnh'],
    ];
    for (const [name, title, names, label] of shapes) {
      const file = join(dir, name);
      const lines = [
        `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${title}`,
        'Đơn vị tính: việc; 1.000 đồng',
        'STT,Đơn vị,Tổng số phải thi hành (việc),Có điều kiện thi hành (việc),Thi hành xong (việc),Tổng số phải thi hành (tiền),Có điều kiện thi hành (tiền),Thi hành xong (tiền)',
        ...names.map((n, k) => `${k + 1},${n},${offices[k]}`),
        ',Tổng cộng,"12.132","9.867","8.529","3.404.261.977","1.431.146.957","717.221.971"',
        `,${label},${offices[0]}`,
      ];
      writeFileSync(file, `${lines.join('\n')}\n`);
      const r = spawnThads(['summarize', file, '--format', 'csv']);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stderr, name).toBe('');
      const out = csvColumns(r.stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate']);
      // by hand: 640 + 2.790 + 1.810 + 1.650 + 1.402 + 1.575 = 9.867; 512 + 2.401 + 1.570 + 1.430
      // + 1.238 + 1.378 = 8.529; the money in đồng (× 1.000); the Cục's row 512/640 = 80,00 %,
      // 398.512.400/802.114.500 = 49,68 %
      expect(out.length, name).toBe(7);
      expect(out[0], name).toBe(`${names[0]}|640|512|80.00|802114500000|398512400000|49.68`);
      expect(out[6], name).toBe('TOTAL|9867|8529|86.44|1431146957000|717221971000|50.12');
    }
  });

  it('both readers, titled and plain, the Văn phòng Cục listed first, last or between: read right', async () => {
    const orders = [
      [VP, ML, VB],
      [ML, VB, VP],
      [ML, VP, VB],
    ];
    for (const label of ['Riêng Cục', 'Riêng Văn phòng Cục', 'Trong đó: Văn phòng Cục', 'Rieng Cuc']) {
      for (const order of orders) {
        for (const [head, how] of HEADS) {
          readRight(await both('nam-dinh-2024.csv', [...head, HEAD, ...listed(...order), TOTAL, `;${label};${OWN}`]), order, `${label}, ${order.map(nameOf).join(' / ')}${how}`);
        }
      }
    }
  });

  it('xlsx twins: read right', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-2024.xlsx', [...TITLE, HEAD, ...listed(VP, ML, VB), TOTAL, `;Riêng Cục;${OWN}`], ARGS), [VP, ML, VB], 'xlsx');
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-plain-2024.xlsx', [HEAD, ...listed(ML, VB, VP), TOTAL, `;Trong đó: Văn phòng Cục;${OWN}`], ARGS), [ML, VB, VP], 'xlsx plain, VP last');
  });
});

describe('"Riêng các Chi cục" / "Riêng cấp huyện" below the offices, the Văn phòng Cục listed after a Chi cục (work96a 02)', () => {
  it('the binary on the hunter\'s files, with and without "Tổng cộng" (was DECLARED_TOTAL_MISMATCH ×4, exit 1)', () => {
    for (const withTotal of [false, true]) {
      const file = join(dir, `Nam Dinh chi cuc ${withTotal ? 'tong' : 'no-tong'} 2024.csv`);
      const lines = [...TITLE, HEAD, ...listed(ML, VB, VP), ...(withTotal ? [TOTAL] : []), `;Riêng các Chi cục;${DISTRICT}`];
      writeFileSync(file, `${lines.join('\n').replaceAll(';', ',').replaceAll(/(1\.\d{3})/g, '"$1"')}\n`);
      readRight(spawnThads(['summarize', file, '--format', 'csv']), [ML, VB, VP], `with total: ${withTotal}`);
    }
  });

  it('both readers, titled and plain: no total, the total above it or below it; VP last or between', async () => {
    for (const label of ['Riêng các Chi cục', 'Riêng cấp huyện', 'Riêng khối Chi cục']) {
      for (const order of [
        [ML, VB, VP],
        [ML, VP, VB],
      ]) {
        const shapes: [string, string[]][] = [
          ['no total', [`;${label};${DISTRICT}`]],
          ['total above', [TOTAL, `;${label};${DISTRICT}`]],
          ['total below', [`;${label};${DISTRICT}`, TOTAL]],
        ];
        for (const [shape, tail] of shapes) {
          for (const [head, how] of HEADS) {
            readRight(await both('nam-dinh-2024.csv', [...head, HEAD, ...listed(...order), ...tail]), order, `${label}, ${order.map(nameOf).join(' / ')}, ${shape}${how}`);
          }
        }
      }
    }
  });

  it('xlsx twins: read right', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-cc-2024.xlsx', [...TITLE, HEAD, ...listed(ML, VB, VP), `;Riêng các Chi cục;${DISTRICT}`], ARGS), [ML, VB, VP], 'xlsx');
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-cc-plain-2024.xlsx', [HEAD, ...listed(ML, VB, VP), TOTAL, `;Riêng các Chi cục;${DISTRICT}`], ARGS), [ML, VB, VP], 'xlsx plain, total above');
  });
});

describe('near shapes keep their reading (over-reach controls)', () => {
  it('"Riêng Cục" below the total but not the VP row (499 for 500): refused as before, never added silently', async () => {
    for (const [head, how] of HEADS) refused(await both('nam-dinh-2024.csv', [...head, HEAD, ...listed(VP, ML, VB), TOTAL, ';Riêng Cục;499;450;300;240;12']), ['NOT_AN_OFFICE', ...MISMATCH_4], `499${how}`);
    refused(await summarizeLinesWorkbook(dir, 'nam-dinh-499-2024.xlsx', [...TITLE, HEAD, ...listed(VP, ML, VB), TOTAL, ';Riêng Cục;499;450;300;240;12'], ARGS), ['NOT_AN_OFFICE', ...MISMATCH_4], 'xlsx 499');
  });

  it('"Riêng Cục" below the total of a table with no row of the Cục (the Chi cục only): refused as before', async () => {
    for (const [head, how] of HEADS) {
      refused(await both('nam-dinh-2024.csv', [...head, HEAD, ...listed(ML, VB), ';Tổng cộng;1.000;940;450;350;22', `;Riêng Cục;${OWN}`]), ['NOT_AN_OFFICE', ...MISMATCH_4], `no own row${how}`);
    }
  });

  it('"Riêng các Chi cục" not the Chi cục\'s (1.001 for 1.000), VP last: refused as before, with and without a total', async () => {
    for (const [head, how] of HEADS) {
      refused(await both('nam-dinh-2024.csv', [...head, HEAD, ...listed(ML, VB, VP), ';Riêng các Chi cục;1.001;940;450;350;22']), MISMATCH_4, `1.001${how}`);
      refused(await both('nam-dinh-2024.csv', [...head, HEAD, ...listed(ML, VB, VP), TOTAL, ';Riêng các Chi cục;1.001;940;450;350;22']), MISMATCH_4, `1.001, total above${how}`);
    }
  });

  it('"Riêng các Chi cục" equal to every row above (1.500), VP last; and with VP first under a total: read as before', async () => {
    for (const [head, how] of HEADS) {
      readRight(await both('nam-dinh-2024.csv', [...head, HEAD, ...listed(ML, VB, VP), ';Riêng các Chi cục;1.500;1.390;750;590;34']), [ML, VB, VP], `all rows${how}`);
      readRight(await both('nam-dinh-2024.csv', [...head, HEAD, ...listed(VP, ML, VB), TOTAL, `;Riêng các Chi cục;${DISTRICT}`]), [VP, ML, VB], `VP first, total above${how}`);
    }
  });

  it('"Riêng Cục" right under a total on top, the Cục\'s only row: still the office "Cục"', async () => {
    const r = await both('nam-dinh-2024.csv', [...TITLE, HEAD, TOTAL, `;Riêng Cục;${OWN}`, ...listed(ML, VB)]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Cục|500|450|300|252|84.00', RIGHT['Mỹ Lộc'], RIGHT['Vụ Bản'], RIGHT_TOTAL]);
  });
});
