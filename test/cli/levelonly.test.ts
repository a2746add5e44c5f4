// A province's summary BY LEVEL (work93c 03): the Cục's own line "Văn phòng Cục" 400, the district
// level's "Các Chi cục" 1.120 (no Chi cục listed), "Tổng cộng" 1.520 = the two. Was: "Các Chi cục"
// taken for the subtotal of the one row above it ("rows above add up to 400"), DECLARED_TOTAL_MISMATCH
// ×8, exit 1 — and the hint's --accept-total-mismatch would have printed 400. Only "Cấp tỉnh" /
// "Cấp huyện" read. Now the group row beside the Cục's own line alone, with a total closing the
// two, is the district level's figures, an office, the total checking the two
// (domain/declared-rows.ts besideOwnLine, input/row-labels.ts namesDistrictOffices; the fast path
// hands such a file to the reference reader, fast/declared-feed.ts). Totals computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--by', 'district', '--format', 'csv'];
const { both } = bothReaders('thads-levelonly-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-levelonly-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLS = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];
const rows = (stdout: string) => csvColumns(stdout, COLS);

// a title and a unit line (nghìn đồng): the reference reader; a plain table in đồng: the byte scanner
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;;', 'Đơn vị tính: Việc, nghìn đồng;;;;;'];
const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const PLAIN_HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện (đồng);Tiền giải quyết xong (đồng)';
const OWN = { titled: '400;300;20.000.000;10.000.000', plain: '400;300;20000000000;10000000000' };
const DISTRICT = { titled: '1.120;943;53.000.500;22.900.250', plain: '1120;943;53000500000;22900250000' };
const TOTAL = { titled: ';Tổng cộng;1.520;1.243;73.000.500;32.900.250', plain: ';Tổng cộng;1520;1243;73000500000;32900250000' };
const WRONG_TOTAL = { titled: ';Tổng cộng;1.519;1.243;73.000.500;32.900.250', plain: ';Tổng cộng;1519;1243;73000500000;32900250000' };
type Shape = keyof typeof OWN;
const SHAPES: Shape[] = ['titled', 'plain'];
const head = (s: Shape) => (s === 'titled' ? [...TITLE, HEAD] : [PLAIN_HEAD]);

// By hand: 400 + 1.120 = 1.520 có ĐK, 300 + 943 = 1.243 xong, 1.243 / 1.520 = 81,78 %; money
// 20.000.000.000 + 53.000.500.000 = 73.000.500.000 đ, 10.000.000.000 + 22.900.250.000 =
// 32.900.250.000 đ, 45,07 %. The Cục's line 300/400 = 75,00 %, 10/20 = 50,00 %; the district
// level's 943/1.120 = 84,20 %, 22.900.250/53.000.500 = 43,21 %.
// (the province: the title's, or the file name's "nam-dinh")
const ownRow = (name: string, _s: Shape = 'titled') => `Nam Định|${name}|400|300|75.00|20000000000|10000000000|50.00`;
const districtRow = (name: string, _s: Shape = 'titled') => `Nam Định|${name}|1120|943|84.20|53000500000|22900250000|43.21`;
const TOTAL_ROW = '|TOTAL|1520|1243|81.78|73000500000|32900250000|45.07';

function readRight(r: { code: number; stdout: string; stderr: string }, expected: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe('');
  expect(rows(r.stdout), label).toEqual(expected);
}
function refused(r: { code: number; stdout: string; stderr: string }, codes: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual(codes);
}
const MISMATCH = (n: number) => Array(n).fill('DECLARED_TOTAL_MISMATCH');

/** the two level lines in this order, then the total (or `total`) */
const file = (s: Shape, first: string, second: string, total = TOTAL[s]) => [...head(s), `1;${first}`, `2;${second}`, total];

describe('a province\'s summary by level (work93c 03): the Cục\'s line and the district level\'s, then the total', () => {
  it('the binary on the hunter\'s two files, --by province (was DECLARED_TOTAL_MISMATCH ×16, exit 1)', () => {
    const nd = join(dir, 'Nam Định 2024.csv');
    const tb = join(dir, 'Thái Bình 2024.csv');
    const title = (p: string) => `\ufeffCỤC THI HÀNH ÁN DÂN SỰ TỈNH ${p}\nBÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024\nĐơn vị tính: Việc; nghìn đồng\nSTT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong\n`;
    writeFileSync(nd, `${title('NAM ĐỊNH')}1,Văn phòng Cục,400,300,20.000.000,10.000.000\n2,Các Chi cục,1.120,943,53.000.500,22.900.250\n,Tổng cộng,1.520,1.243,73.000.500,32.900.250\n`);
    writeFileSync(tb, `${title('THÁI BÌNH')}1,Riêng Cục,350,280,18.000.000,8.000.000\n2,Riêng các Chi cục,1.600,1.390,60.000.000,27.500.000\n,Tổng cộng,1.950,1.670,78.000.000,35.500.000\n`);
    // By hand: Thái Bình 350 + 1.600 = 1.950, 280 + 1.390 = 1.670 (85,64 %); 78.000.000.000 /
    // 35.500.000.000 đ (45,51 %). Both: 3.470 / 2.913 (83,95 %), 151.000.500.000 / 68.400.250.000 (45,30 %).
    const r = spawnThads(['summarize', nd, tb, '--by', 'province', '--format', 'csv']);
    readRight(r, ['Nam Định||1520|1243|81.78|73000500000|32900250000|45.07', 'Thái Bình||1950|1670|85.64|78000000000|35500000000|45.51', '|TOTAL|3470|2913|83.95|151000500000|68400250000|45.30'], 'both files');
    readRight(spawnThads(['summarize', nd, '--by', 'district', '--format', 'csv']), [ownRow('Văn phòng Cục'), districtRow('Các Chi cục'), TOTAL_ROW], 'Nam Định alone, by district');
  });

  it('both readers, titled and plain: each way of naming the two levels, in either order', async () => {
    // [as written, as --by district prints it] ("Riêng" is read off: row-labels.ts levelAfterRieng)
    const pairs: [[string, string], [string, string]][] = [
      [['Văn phòng Cục', 'Văn phòng Cục'], ['Các Chi cục', 'Các Chi cục']],
      [['Riêng Cục', 'Cục'], ['Riêng các Chi cục', 'Các Chi cục']],
      [['Văn phòng Cục', 'Văn phòng Cục'], ['Cấp huyện', 'Cấp huyện']],
      [['Cấp tỉnh', 'Cấp tỉnh'], ['Các Chi cục', 'Các Chi cục']],
      [['VP Cục', 'VP Cục'], ['Khối Chi cục', 'Khối Chi cục']],
      [['Văn phòng Cục THADS tỉnh', 'Văn phòng Cục THADS tỉnh'], ['Các Chi cục THADS cấp huyện', 'Các Chi cục THADS cấp huyện']],
    ];
    for (const [[own, ownName], [group, groupName]] of pairs) {
      for (const s of SHAPES) {
        const how = `${own} / ${group} (${s})`;
        const right = [ownRow(ownName, s), districtRow(groupName, s), TOTAL_ROW];
        readRight(await both('nam-dinh-2024.csv', file(s, `${own};${OWN[s]}`, `${group};${DISTRICT[s]}`)), right, how);
        // ("Các Chi cục" over a numbered "2 | Cấp tỉnh": that row is read as an office, not the Cục's line — refused as before, not covered)
        if (own === 'Cấp tỉnh') continue;
        // (the order of the offices printed aside: a row read as a level's line is listed after the rows)
        const swapped = await both('nam-dinh-2024.csv', file(s, `${group};${DISTRICT[s]}`, `${own};${OWN[s]}`));
        expect(swapped.code, `${how}, swapped: ${swapped.stderr}`).toBe(0);
        expect(swapped.stderr, `${how}, swapped`).toBe('');
        expect(rows(swapped.stdout).sort(), `${how}, swapped`).toEqual([...right].sort());
      }
    }
  });

  it('the total on top of the two (the file\'s first line): read right, both readers', async () => {
    for (const s of SHAPES) {
      const r = await both('nam-dinh-2024.csv', [...head(s), TOTAL[s], `1;Văn phòng Cục;${OWN[s]}`, `2;Các Chi cục;${DISTRICT[s]}`]);
      readRight(r, [ownRow('Văn phòng Cục', s), districtRow('Các Chi cục', s), TOTAL_ROW], `total on top (${s})`);
    }
  });

  it('two provinces in one file, the second a summary by level after the first\'s total: both read, both readers', async () => {
    // By hand: Hà Nam 100 + 200 = 300 có ĐK, 50 + 100 = 150 xong; with Nam Định 300 + 1.520 = 1.820, 150 + 1.243 = 1.393
    const lines = [
      'Tỉnh;Đơn vị;Việc có điều kiện;Việc giải quyết xong',
      'Hà Nam;Văn phòng Cục;100;50',
      'Hà Nam;Chi cục THADS huyện Kim Bảng;200;100',
      'Hà Nam;Tổng cộng;300;150',
      'Nam Định;Văn phòng Cục;400;300',
      'Nam Định;Các Chi cục;1120;943',
      'Nam Định;Tổng cộng;1520;1243',
    ];
    const r = await both('two-2024.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(csvColumns(r.stdout, ['province', 'district', 'cases_with_conditions', 'cases_resolved'])).toEqual([
      'Hà Nam|Văn phòng Cục|100|50',
      'Hà Nam|Chi cục THADS huyện Kim Bảng|200|100',
      'Nam Định|Văn phòng Cục|400|300',
      'Nam Định|Các Chi cục|1120|943',
      '|TOTAL|1820|1393',
    ]);
  });

  it('xlsx twins: read right', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-2024.xlsx', file('titled', `Văn phòng Cục;${OWN.titled}`, `Các Chi cục;${DISTRICT.titled}`), ARGS), [ownRow('Văn phòng Cục'), districtRow('Các Chi cục'), TOTAL_ROW], 'xlsx');
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-2024.xlsx', file('plain', `Riêng Cục;${OWN.plain}`, `Riêng các Chi cục;${DISTRICT.plain}`), ARGS), [ownRow('Cục', 'plain'), districtRow('Các Chi cục', 'plain'), TOTAL_ROW], 'xlsx plain');
  });

  it('checked: a total that is not the two (1.519) is refused, at the total, both readers and xlsx', async () => {
    for (const s of SHAPES) {
      refused(await both('nam-dinh-2024.csv', file(s, `Văn phòng Cục;${OWN[s]}`, `Các Chi cục;${DISTRICT[s]}`, WRONG_TOTAL[s])), MISMATCH(1), `wrong total (${s})`);
      refused(await both('nam-dinh-2024.csv', file(s, `Cấp tỉnh;${OWN[s]}`, `Khối Chi cục;${DISTRICT[s]}`, WRONG_TOTAL[s])), MISMATCH(1), `wrong total, Cấp tỉnh (${s})`);
    }
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-wrong-2024.xlsx', file('titled', `Văn phòng Cục;${OWN.titled}`, `Các Chi cục;${DISTRICT.titled}`, WRONG_TOTAL.titled), ARGS);
    refused(r, MISMATCH(1), 'xlsx wrong total');
    expect(r.stderr).toContain('declared total "Tổng cộng" has cases with conditions 1519, but the office rows add up to 1520');
  });
});

describe('near shapes keep their reading (over-reach controls)', () => {
  it('"Cấp tỉnh" / "Cấp huyện": read as before', async () => {
    for (const s of SHAPES) readRight(await both('nam-dinh-2024.csv', file(s, `Cấp tỉnh;${OWN[s]}`, `Cấp huyện;${DISTRICT[s]}`)), [ownRow('Cấp tỉnh', s), districtRow('Cấp huyện', s), TOTAL_ROW], `Cấp tỉnh / Cấp huyện (${s})`);
  });

  const MY_LOC = { titled: '500;420;23.000.000;10.000.000', plain: '500;420;23000000000;10000000000' };
  const VU_BAN = { titled: '620;523;30.000.500;12.900.250', plain: '620;523;30000500000;12900250000' };
  // By hand: Mỹ Lộc 420/500 = 84,00 %, 10/23 = 43,48 %; Vụ Bản 523/620 = 84,35 %, 12.900.250/30.000.500 = 43,00 %; 500 + 620 = 1.120
  const LISTED = (s: Shape) => {
    const p = 'Nam Định';
    return [ownRow('Văn phòng Cục', s), `${p}|Chi cục THADS huyện Mỹ Lộc|500|420|84.00|23000000000|10000000000|43.48`, `${p}|Chi cục THADS huyện Vụ Bản|620|523|84.35|30000500000|12900250000|43.00`, TOTAL_ROW];
  };

  it('"Các Chi cục" UNDER listed Chi cục rows: their subtotal, checked (right: read; 1.121: refused), as before', async () => {
    for (const s of SHAPES) {
      const listed = (group: string) => [...head(s), `1;Văn phòng Cục;${OWN[s]}`, `2;Chi cục THADS huyện Mỹ Lộc;${MY_LOC[s]}`, `3;Chi cục THADS huyện Vụ Bản;${VU_BAN[s]}`, `;Các Chi cục;${group}`, TOTAL[s]];
      readRight(await both('nam-dinh-2024.csv', listed(DISTRICT[s])), LISTED(s), `under listed (${s})`);
      refused(await both('nam-dinh-2024.csv', listed(s === 'titled' ? '1.121;943;53.000.500;22.900.250' : '1121;943;53000500000;22900250000')), MISMATCH(1), `under listed, 1.121 (${s})`);
      // and OVER them (heading them): checked against the rows below, as before
      readRight(await both('nam-dinh-2024.csv', [...head(s), `1;Văn phòng Cục;${OWN[s]}`, `;Các Chi cục;${DISTRICT[s]}`, `1;Chi cục THADS huyện Mỹ Lộc;${MY_LOC[s]}`, `2;Chi cục THADS huyện Vụ Bản;${VU_BAN[s]}`, TOTAL[s]]), LISTED(s), `over listed (${s})`);
    }
  });

  it('"Các Chi cục" matching neither the row above nor below it stays refused: a Chi cục row beside the Cục\'s, no total, or no district level\'s name ("Subtotal")', async () => {
    for (const s of SHAPES) {
      // a Chi cục listed above the Cục's line: the group is no level line beside it alone
      refused(await both('nam-dinh-2024.csv', [...head(s), `1;Chi cục THADS huyện Mỹ Lộc;${MY_LOC[s]}`, `2;Văn phòng Cục;${OWN[s]}`, `;Các Chi cục;${DISTRICT[s]}`, TOTAL[s]]), MISMATCH(8), `Mỹ Lộc above (${s})`);
      // no total to check the two against
      refused(await both('nam-dinh-2024.csv', [...head(s), `1;Văn phòng Cục;${OWN[s]}`, `2;Các Chi cục;${DISTRICT[s]}`]), MISMATCH(4), `no total (${s})`);
      refused(await both('nam-dinh-2024.csv', file(s, `Văn phòng Cục;${OWN[s]}`, `Subtotal;${DISTRICT[s]}`)), MISMATCH(8), `Subtotal (${s})`);
    }
  });
});
