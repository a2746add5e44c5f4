// An of-which block below the offices (work91b 01): a sheet lists its three Chi cục (no Tổng cộng
// row), then a line "Trong đó: án tín dụng, ngân hàng" and the same offices by their short names
// ("Mỹ Lộc", "Vụ Bản", "TP Nam Định") with the bank-credit part of their figures. Was exit 0 with
// six offices, TOTAL 4.171 / 3.435, 82,35 % (one OFFICE_NAME_VARIANTS warning); the same block with
// the offices' full names was refused SECOND_TABLE. Now refused the same (second-table.ts: below an
// of-which line naming its part, row-labels.ts opensNamedPart, one office given above is enough,
// written another way too, domain/office-names.ts oneOfficeKey). Totals below computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases'];
const { both } = bothReaders('thads-trongdoblk-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-trongdoblk-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;;;'];
const HEAD = 'STT;Đơn vị;Có điều kiện thi hành;Thi hành xong;Đình chỉ;Đang thi hành';
const OFFICES = ['1;Chi cục THADS huyện Mỹ Lộc;380;300;20;60', '2;Chi cục THADS huyện Vụ Bản;580;450;30;100', '3;Chi cục THADS thành phố Nam Định;2.850;2.200;150;500'];
// có ĐK 380 + 580 + 2.850 = 3.810; giải quyết xong (300+20) + (450+30) + (2.200+150) = 3.150
// 320/380 = 84,21 %; 480/580 = 82,76 %; 2.350/2.850 = 82,46 %; 3.150/3.810 = 82,68 %
const RIGHT = [
  'Chi cục THADS huyện Mỹ Lộc|380|320|84.21',
  'Chi cục THADS huyện Vụ Bản|580|480|82.76',
  'Chi cục THADS thành phố Nam Định|2850|2350|82.46',
  'TOTAL|3810|3150|82.68',
];
const SHORT = ['1;Mỹ Lộc;35;27;1;7', '2;Vụ Bản;56;40;3;13', '3;TP Nam Định;270;200;14;56'];
const block = (line: string, parts: readonly string[] = SHORT) => [...OFFICES, ';;;;;', `;${line};;;;`, ...parts];
const FILE = [...TITLE, HEAD, ...block('Trong đó: án tín dụng, ngân hàng')];

function refusedAt(r: { code: number; stdout: string; stderr: string }, label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual(['SECOND_TABLE']);
}

describe('an of-which block naming the offices above again (work91b 01)', () => {
  it('the binary on the hunter\'s shape: refused SECOND_TABLE at the of-which line (was exit 0, 4.171 / 3.435, 6 offices)', () => {
    const file = join(dir, 'nam-dinh-2019.csv');
    writeFileSync(file, `${FILE.join('\n')}\n`);
    const r = spawnThads(['summarize', file, ...ARGS]);
    refusedAt(r, 'hunter');
    expect(r.stderr).toContain(`${file}:8:2: error: below "Trong đó: án tín dụng, ngân hàng", an of-which line, come offices given above it ("Mỹ Lộc" here, line 9, given at line 4 as "Chi cục THADS huyện Mỹ Lộc")`);
  });

  it('both readers: titled (reference reader) and plain (byte scanner)', async () => {
    refusedAt(await both('nam-dinh-2019.csv', FILE), 'titled');
    refusedAt(await both('nam-dinh-2019.csv', [HEAD, ...block('Trong đó: án tín dụng, ngân hàng')]), 'plain');
  });

  it('xlsx: the same', async () => {
    refusedAt(await summarizeLinesWorkbook(dir, 'nam-dinh-2019.xlsx', FILE, ARGS), 'xlsx');
    refusedAt(await summarizeLinesWorkbook(dir, 'nam-dinh-2019-plain.xlsx', [HEAD, ...block('Trong đó: án tín dụng, ngân hàng')], ARGS), 'xlsx plain');
  });

  it('other of-which lines: "Trong đó án hành chính:", "Trong đó: thi hành án cho tổ chức tín dụng", "Riêng án tham nhũng, kinh tế:", capitals, cut short, without marks, English', async () => {
    for (const line of ['Trong đó án hành chính:', 'Trong đó: thi hành án cho tổ chức tín dụng', 'Riêng án tham nhũng, kinh tế:', 'TRONG ĐÓ: ÁN TÍN DỤNG, NGÂN HÀNG', 'T.đó: án tín dụng', 'Trong số đó: án tín dụng', 'Trong do: an tin dung, ngan hang']) {
      refusedAt(await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...block(line)]), line);
      refusedAt(await both('nam-dinh-2019.csv', [HEAD, ...block(line)]), `${line} (plain)`);
    }
    // English, unnumbered (numbered, its lines are refused NOT_AN_OFFICE under a title, as before)
    const english = [';Mỹ Lộc;35;27;1;7', ';Vụ Bản;56;40;3;13'];
    refusedAt(await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...block('Of which: credit cases', english)]), 'Of which');
  });

  it('other ways of writing the offices: "Huyện Mỹ Lộc", unnumbered, "-" bullets, full names, one office only', async () => {
    const ways: Record<string, readonly string[]> = {
      huyen: [';Huyện Mỹ Lộc;35;27;1;7', ';Huyện Vụ Bản;56;40;3;13', ';Thành phố Nam Định;270;200;14;56'],
      unnumbered: [';Mỹ Lộc;35;27;1;7', ';Vụ Bản;56;40;3;13', ';TP Nam Định;270;200;14;56'],
      full: ['1;Chi cục THADS huyện Mỹ Lộc;35;27;1;7', '2;Chi cục THADS huyện Vụ Bản;56;40;3;13'],
      one: ['1;Vụ Bản;56;40;3;13'],
      oneFull: [';Chi cục THADS huyện Vụ Bản;56;40;3;13'],
      noMarks: [';My Loc;35;27;1;7', ';Vu Ban;56;40;3;13'],
    };
    for (const [name, parts] of Object.entries(ways)) {
      refusedAt(await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...block('Trong đó: án tín dụng, ngân hàng', parts)]), name);
      refusedAt(await both('nam-dinh-2019.csv', [HEAD, ...block('Trong đó: án tín dụng, ngân hàng', parts)]), `${name} (plain)`);
    }
    // "-" bullets in the STT column: refused as a breakdown's lines, as before
    const dash = await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...block('Trong đó: án tín dụng, ngân hàng', SHORT.map((l) => l.replace(/^\d/, '-')))]);
    expect(dash.code, dash.stderr).toBe(1);
    expect(stderrCodes(dash.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});

describe('near shapes keep their reading (over-reach controls)', () => {
  it('the table without any of-which line: 3.810 / 3.150, 82,68 %, both readers and xlsx', async () => {
    for (const file of [[...TITLE, HEAD, ...OFFICES], [HEAD, ...OFFICES]]) {
      const r = await both('nam-dinh-2019.csv', file);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(rows(r.stdout)).toEqual(RIGHT);
    }
    const x = await summarizeLinesWorkbook(dir, 'nam-dinh-2019-none.xlsx', [...TITLE, HEAD, ...OFFICES], ARGS);
    expect(x.code, x.stderr).toBe(0);
    expect(rows(x.stdout)).toEqual(RIGHT);
  });

  it('"Riêng …" over an office not given above ("Riêng các Chi cục mới thành lập"): an office, read as before', async () => {
    for (const head of [TITLE, []]) {
      const r = await both('nam-dinh-2019.csv', [...head, HEAD, OFFICES[0]!, OFFICES[1]!, ';Riêng các Chi cục mới thành lập;;;;', OFFICES[2]!]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(rows(r.stdout)).toEqual(RIGHT);
    }
  });

  it('the bare "Trong đó:" under an office\'s row over numbered offices: NOT_AN_OFFICE, as before', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...OFFICES, ';Trong đó:;;;;', ...SHORT]);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });

  it('"Trong đó: Cấp tỉnh" after the total, "Cấp huyện" below it: levels, read as before', async () => {
    const file = [...TITLE, HEAD, '1;Cục THADS tỉnh Nam Định;150;130;10;10', '2;Chi cục THADS huyện Mỹ Lộc;380;300;20;60', '3;Chi cục THADS huyện Vụ Bản;580;450;30;100', ';Tổng cộng;1.110;880;60;170', ';Trong đó: Cấp tỉnh;150;130;10;10', ';Cấp huyện;960;750;50;160'];
    // 150 + 380 + 580 = 1.110; (130+10) + 320 + 480 = 940; 140/150 = 93,33 %; 940/1.110 = 84,68 %
    const r = await both('nam-dinh-2019.csv', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['Cục THADS tỉnh Nam Định|150|140|93.33', 'Chi cục THADS huyện Mỹ Lộc|380|320|84.21', 'Chi cục THADS huyện Vụ Bản|580|480|82.76', 'TOTAL|1110|940|84.68']);
  });

  it('a title that is no of-which line ("Các đơn vị khác") over short names: two offices each, warned, as before', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, OFFICES[0]!, OFFICES[1]!, ';Các đơn vị khác;;;;', ';Mỹ Lộc;35;27;1;7']);
    // 380 + 580 + 35 = 995; 320 + 480 + 28 = 828; 828/995 = 83,22 %
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(rows(r.stdout).at(-1)).toBe('TOTAL|995|828|83.22');
  });
});
