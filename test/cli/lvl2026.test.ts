// A 2026 table (TT 05/2026 naming) closing with "Tổng cộng" and under it the split by level:
// "THADS tỉnh" (the provincial office's row "THADS tỉnh Ninh Bình" again) and "Phòng THADS khu
// vực" (the khu vực rows summed) — work99a 02. Was: "THADS tỉnh" taken for a pasted copy of the
// provincial office's line (REPEATED_ROW), then DECLARED_TOTAL_MISMATCH, 9 errors, exit 1, while
// the same file with "Cấp tỉnh" was read right. A bare name of the provincial office ("THADS
// tỉnh", "Văn phòng THADS tỉnh", "Thi hành án dân sự tỉnh", "Văn phòng Cục", "Cục THADS") below a
// total closing the office rows, or below a row naming that office with its province, is the
// level's line, read as "Cấp tỉnh" there (read-csv.ts, row-labels.ts namesBareOwnOffice): checked
// against its level's rows, never added. Totals below computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { both } = bothReaders('thads-lvl2026-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-lvl2026-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLS = ['district', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'];
const rows = (stdout: string) => csvColumns(stdout, COLS);

// a title and a unit line: the reference reader; without them: the byte scanner
// (';'-separated: the CSV's delimiter, and the cells of the xlsx twins)
const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026;;;;;', ';;;;Đơn vị tính: Việc; nghìn đồng;'];
const HEAD = ['STT;Đơn vị;Về việc;;Về tiền;', ';;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong'];
const OWN = '1;THADS tỉnh Ninh Bình;608;582;13.338.211;11.812.507';
const KV = ['2;Phòng THADS khu vực 1;586;533;9.565.824;8.009.734', '3;Phòng THADS khu vực 2;655;630;16.389.337;14.490.039', '4;Phòng THADS khu vực 3;700;650;10.000.000;8.000.000'];
const TOTAL = ';Tổng cộng;2549;2395;49.293.372;42.312.280';
const OWN_FIGURES = '608;582;13.338.211;11.812.507';
const KV_FIGURES = '1941;1813;35.955.161;30.499.773';
// By hand: có ĐK 608 + 586 + 655 + 700 = 2549; xong 582 + 533 + 630 + 650 = 2395; tiền có ĐK
// 13.338.211 + 9.565.824 + 16.389.337 + 10.000.000 = 49.293.372 nghìn = 49.293.372.000 đồng;
// tiền xong 11.812.507 + 8.009.734 + 14.490.039 + 8.000.000 = 42.312.280 nghìn. The khu vực
// alone: 586 + 655 + 700 = 1941; 533 + 630 + 650 = 1813; 9.565.824 + 16.389.337 + 10.000.000 =
// 35.955.161; 8.009.734 + 14.490.039 + 8.000.000 = 30.499.773.
const RIGHT = [
  'THADS tỉnh Ninh Bình|608|582|13338211000|11812507000',
  'Phòng THADS khu vực 1|586|533|9565824000|8009734000',
  'Phòng THADS khu vực 2|655|630|16389337000|14490039000',
  'Phòng THADS khu vực 3|700|650|10000000000|8000000000',
  'TOTAL|2549|2395|49293372000|42312280000',
];
// without the unit line (plain: the byte scanner) the money is read as written, in đồng
const PLAIN = [
  'THADS tỉnh Ninh Bình|608|582|13338211|11812507',
  'Phòng THADS khu vực 1|586|533|9565824|8009734',
  'Phòng THADS khu vực 2|655|630|16389337|14490039',
  'Phòng THADS khu vực 3|700|650|10000000|8000000',
  'TOTAL|2549|2395|49293372|42312280',
];
const rightFor = (head: readonly string[]) => (head.length === 0 ? PLAIN : RIGHT);

/** the table, then the level lines under its total */
const table = (level: string, kv = 'Phòng THADS khu vực', ownFigures = OWN_FIGURES, kvFigures = KV_FIGURES) => [...HEAD, OWN, ...KV, TOTAL, `;${level};${ownFigures}`, `;${kv};${kvFigures}`];

function readRight(r: { code: number; stdout: string; stderr: string }, label: string, right = RIGHT, warnings: readonly string[] = []) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  if (warnings.length === 0) expect(r.stderr, label).toBe('');
  else expect([...r.stderr.matchAll(/\[([A-Z_]+)\]$/gm)].map((m) => m[1]), label).toEqual(warnings);
  expect(rows(r.stdout), label).toEqual(right);
}
function refused(r: { code: number; stdout: string; stderr: string }, codes: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual(codes);
}

const BARE = ['THADS tỉnh', 'Văn phòng THADS tỉnh', 'Thi hành án dân sự tỉnh', 'Văn phòng Cục', 'Cục THADS'];
const DISTRICT_LEVEL = ['Phòng THADS khu vực', 'Các Phòng THADS khu vực', 'Cấp khu vực'];

describe('"THADS tỉnh" / "Phòng THADS khu vực" under "Tổng cộng" (work99a 02): the levels\' lines, checked, never added', () => {
  it('the binary on the hunter\'s file (was REPEATED_ROW + DECLARED_TOTAL_MISMATCH, 9 errors, exit 1): 2549 / 2395, 49.293.372.000 / 42.312.280.000 đồng', () => {
    const file = join(dir, 'Ninh Bình 2026.csv');
    // (as the hunter's: comma-separated, the figures with a thousands dot quoted)
    const csv = [...TITLE, ...table('THADS tỉnh')].map((l) => l.split(';').map((c) => (/^\d+\.\d{3}/.test(c) ? `"${c}"` : c)).join(','));
    writeFileSync(file, `${csv.join('\n')}\n`);
    const r = spawnThads(['summarize', file, ...ARGS]);
    readRight(r, 'hunter\'s file');
    expect(r.stdout).toContain(',93.96,');
    expect(r.stdout).toContain(',85.84,');
  });

  it('both readers, titled and plain: every bare name of the provincial office over every name of the khu vực level', async () => {
    for (const level of BARE) {
      for (const kv of DISTRICT_LEVEL) {
        for (const head of [TITLE, []]) readRight(await both('ninh-binh-2026.csv', [...head, ...table(level, kv)]), `${level} / ${kv}${head.length === 0 ? ' (plain)' : ''}`, rightFor(head));
      }
    }
  });

  it('the khu vực level first, then "THADS tỉnh"; and "THADS tỉnh" alone under the total', async () => {
    for (const head of [TITLE, []]) {
      readRight(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, TOTAL, `;Các Phòng THADS khu vực;${KV_FIGURES}`, `;THADS tỉnh;${OWN_FIGURES}`]), `kv first${head.length === 0 ? ' (plain)' : ''}`, rightFor(head));
      readRight(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, TOTAL, `;THADS tỉnh;${OWN_FIGURES}`]), `alone${head.length === 0 ? ' (plain)' : ''}`, rightFor(head));
    }
  });

  it('the pair above the total, as "Cấp tỉnh" / "Các Chi cục" are read there', async () => {
    for (const head of [TITLE, []]) readRight(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, `;THADS tỉnh;${OWN_FIGURES}`, `;Phòng THADS khu vực;${KV_FIGURES}`, TOTAL]), `above the total${head.length === 0 ? ' (plain)' : ''}`, rightFor(head));
  });

  it('xlsx twins: read right', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'ninh-binh-2026.xlsx', [...TITLE, ...table('THADS tỉnh')], ARGS), 'xlsx');
    readRight(await summarizeLinesWorkbook(dir, 'ninh-binh-plain-2026.xlsx', table('Văn phòng THADS tỉnh', 'Cấp khu vực'), ARGS), 'xlsx plain', PLAIN);
  });
});

describe('checked, and near shapes keep their reading (over-reach controls)', () => {
  it('a level line whose figures disagree with its level\'s rows (609 for 608, the khu vực 1940 for 1941): refused, nothing summed', async () => {
    // (the level line read as an office then, as "Cấp tỉnh" disagreeing: its total and the khu vực's
    // line off by it, three figures each and "1 more" — never REPEATED_ROW, never summed)
    const codes = Array<string>(8).fill('DECLARED_TOTAL_MISMATCH');
    for (const head of [TITLE, []]) refused(await both('ninh-binh-2026.csv', [...head, ...table('THADS tỉnh', 'Phòng THADS khu vực', '609;582;13.338.211;11.812.507', '1940;1813;35.955.161;30.499.773')]), codes, `disagree${head.length === 0 ? ' (plain)' : ''}`);
    refused(await summarizeLinesWorkbook(dir, 'ninh-binh-wrong-2026.xlsx', [...TITLE, ...table('THADS tỉnh', 'Phòng THADS khu vực', '609;582;13.338.211;11.812.507', '1940;1813;35.955.161;30.499.773')], ARGS), codes, 'xlsx disagree');
    // above the total, "THADS tỉnh" 600 beside its row's 608: the level given twice, refused as "Cấp tỉnh" is
    const r = await both('ninh-binh-2026.csv', [...TITLE, ...HEAD, OWN, ...KV, ';THADS tỉnh;600;582;13.338.211;11.812.507', `;Phòng THADS khu vực;${KV_FIGURES}`, TOTAL]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('the same table without the level lines: four offices, as before', async () => {
    for (const head of [TITLE, []]) readRight(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, TOTAL]), `no level lines${head.length === 0 ? ' (plain)' : ''}`, rightFor(head));
  });

  it('"THADS tỉnh Ninh Bình" and a bare "THADS tỉnh" as office rows with no total: offices, as before', async () => {
    for (const head of [TITLE, []]) readRight(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV]), `own row, no total${head.length === 0 ? ' (plain)' : ''}`, rightFor(head));
    // the khu vực, then the provincial office written bare, last, with and without the total below it
    const bare = ['THADS tỉnh|608|582|13338211000|11812507000', ...RIGHT.slice(1)];
    const last = [...bare.slice(1, 4), bare[0]!, RIGHT[4]!];
    readRight(await both('ninh-binh-2026.csv', [...TITLE, ...HEAD, ...KV, `5;THADS tỉnh;${OWN_FIGURES}`]), 'bare last, no total', last);
    readRight(await both('ninh-binh-2026.csv', [...TITLE, ...HEAD, ...KV, `5;THADS tỉnh;${OWN_FIGURES}`, TOTAL]), 'bare last, total', last);
    // the khu vực's own subtotal "Tổng cộng", then the provincial office, then "Toàn tỉnh": an office, as before
    readRight(await both('ninh-binh-2026.csv', [...TITLE, ...HEAD, ...KV, `;Tổng cộng;${KV_FIGURES}`, `;THADS tỉnh;${OWN_FIGURES}`, ';Toàn tỉnh;2549;2395;49.293.372;42.312.280']), 'after the khu vực\'s subtotal', last);
  });

  it('a 2025 table with "Văn phòng Cục" and the Chi cục, "Cấp tỉnh" / "Các Chi cục" under the total: read right, as before', async () => {
    const lines = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;;', ';;;;Đơn vị tính: Việc; nghìn đồng;', ...HEAD,
      '1;Văn phòng Cục;300;250;5.000.000;4.000.000', '2;Chi cục THADS huyện Mỹ Lộc;200;150;3.000.000;2.000.000', '3;Chi cục THADS huyện Vụ Bản;100;80;1.000.000;500.000',
      ';Tổng cộng;600;480;9.000.000;6.500.000', ';Cấp tỉnh;300;250;5.000.000;4.000.000', ';Các Chi cục;300;230;4.000.000;2.500.000'];
    // By hand: 300 + 200 + 100 = 600; 250 + 150 + 80 = 480; 5.000.000 + 3.000.000 + 1.000.000 = 9.000.000 nghìn; 4.000.000 + 2.000.000 + 500.000 = 6.500.000 nghìn
    readRight(await both('nam-dinh-2024.csv', lines), 'Văn phòng Cục', ['Văn phòng Cục|300|250|5000000000|4000000000', 'Chi cục THADS huyện Mỹ Lộc|200|150|3000000000|2000000000', 'Chi cục THADS huyện Vụ Bản|100|80|1000000000|500000000', 'TOTAL|600|480|9000000000|6500000000']);
  });

  it('"Văn phòng Cục" on two rows of its own figures (its line split), no total: summed as its rows, as before', async () => {
    const lines = [...TITLE, ...HEAD, '1;Văn phòng Cục;100;80;1.000.000;800.000', '2;Phòng THADS khu vực 1;586;533;9.565.824;8.009.734', ';Văn phòng Cục;50;40;500.000;400.000'];
    // By hand: Văn phòng Cục 100 + 50 = 150, 80 + 40 = 120, 1.000.000 + 500.000 = 1.500.000 nghìn,
    // 800.000 + 400.000 = 1.200.000 nghìn; total 150 + 586 = 736, 120 + 533 = 653,
    // 1.500.000 + 9.565.824 = 11.065.824 nghìn, 1.200.000 + 8.009.734 = 9.209.734 nghìn
    readRight(await both('ninh-binh-2026.csv', lines), 'split', ['Văn phòng Cục|150|120|1500000000|1200000000', 'Phòng THADS khu vực 1|586|533|9565824000|8009734000', 'TOTAL|736|653|11065824000|9209734000'], ['DUPLICATE_OFFICE']);
  });
});
