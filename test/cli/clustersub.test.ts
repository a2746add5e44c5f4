// Un-numbered group lines ("Khu vực phía Bắc", "Khu vực phía Nam") above the Chi cục they add up,
// no "Tổng cộng": their case counts are the exact sums of the rows below, their money is shown
// rounded to whole nghìn đồng (a bold line formatted "#,##0") or left empty. Were added as two
// more offices, exit 0 and no warning: cases with conditions 5394 for 3247, resolved 5052 for
// 3031, "Khu vực phía Bắc" ranked 4/7 (work98b 02). Now refused SUSPECTED_TOTAL_ROW, exit 1,
// naming the line and the rows it sums. The rule (src/domain/suspect-rows.ts sumEvidence): a row
// whose every given case figure, four or more not zero, equals a sum of other rows is that sum,
// whatever its money says. Kept: exact money (SUSPECTED_TOTAL_ROW as before), a keyword label
// ("Cụm thi đua số 1": DECLARED_TOTAL_MISMATCH), an office equal to ONE other row, three figures
// only (refused without money, their 11 digits agreeing; nothing with money that differs), a 2025 "Khu vực 1" office
// with its own figures. Every total below is computed by hand from the figures here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { both } = bothReaders('thads-clustersub-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-clustersub-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TITLE = (year: number, agency = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH') => [
  `${agency};;;;;;;;;`,
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year};;;;;;;;;`,
  `(Từ ngày 01/10/${year - 1} đến ngày 30/9/${year});;;;;;;;;`,
  ';;;;;;;;Đơn vị tính: việc; nghìn đồng',
];
const HEAD = 'STT;Đơn vị;Số việc thụ lý;Việc có điều kiện;Việc giải quyết xong;Việc chưa có điều kiện;Số tiền thụ lý;Tiền có điều kiện;Tiền giải quyết xong;Tiền chưa có điều kiện';
// money in nghìn đồng, as the finding's file writes it
const VP = '1;Văn phòng Cục;1.250;1.100;1.010;150;345.500.000,4;150.200.000,2;120.100.000,1;195.299.999,8';
const TPND = '2;Chi cục THADS thành phố Nam Định;729;608;582;106;58.291.169,6;13.338.211,7;11.812.507,5;44.620.438,1';
const ML = '3;Chi cục THADS huyện Mỹ Lộc;701;586;533;108;41.954.809,3;9.565.824,3;8.009.734,9;32.000.636,9';
const VB = '4;Chi cục THADS huyện Vụ Bản;782;655;630;121;35.120.400,2;8.200.100,4;6.100.050,5;26.920.299,8';
const YY = '5;Chi cục THADS huyện Ý Yên;359;298;276;55;20.410.300,7;5.100.200,6;3.950.100,3;15.310.100,1';
// 729+701 = 1.430, 608+586 = 1.194, 582+533 = 1.115, 106+108 = 214; money 58.291.169,6+41.954.809,3 = 100.245.978,9 …
const NORTH_ROUNDED = ';Khu vực phía Bắc;1.430;1.194;1.115;214;100.245.979;22.904.036;19.822.242;76.621.075';
const NORTH_EMPTY = ';Khu vực phía Bắc;1.430;1.194;1.115;214;;;;';
const NORTH_EXACT = ';Khu vực phía Bắc;1.430;1.194;1.115;214;100.245.978,9;22.904.036,0;19.822.242,4;76.621.075,0';
// 782+359 = 1.141, 655+298 = 953, 630+276 = 906, 121+55 = 176
const SOUTH_ROUNDED = ';Khu vực phía Nam;1.141;953;906;176;55.530.701;13.300.301;10.050.151;42.230.400';
const SOUTH_EMPTY = ';Khu vực phía Nam;1.141;953;906;176;;;;';

const heading = (north: string, south: string) => [...TITLE(2024), HEAD, VP, north, TPND, ML, south, VB, YY];
const closing = (north: string, south: string) => [...TITLE(2024), HEAD, VP, TPND, ML, north, VB, YY, south];

// The plain export (no title, no unit line: the byte scanner first), money in đồng.
const PLAIN_HEAD = 'STT;Đơn vị;Số việc thụ lý;Việc có điều kiện;Việc giải quyết xong;Việc chưa có điều kiện;Số tiền thụ lý;Tiền có điều kiện;Tiền giải quyết xong;Tiền chưa có điều kiện';
const PLAIN = [
  PLAIN_HEAD,
  '1;Văn phòng Cục;1250;1100;1010;150;345500000400;150200000200;120100000100;195299999800',
  ';Khu vực phía Bắc;1430;1194;1115;214;100245979000;22904036000;19822242000;76621075000',
  '2;Chi cục THADS thành phố Nam Định;729;608;582;106;58291169600;13338211700;11812507500;44620438100',
  '3;Chi cục THADS huyện Mỹ Lộc;701;586;533;108;41954809300;9565824300;8009734900;32000636900',
  ';Khu vực phía Nam;1141;953;906;176;;;;',
  '4;Chi cục THADS huyện Vụ Bản;782;655;630;121;35120400200;8200100400;6100050500;26920299800',
  '5;Chi cục THADS huyện Ý Yên;359;298;276;55;20410300700;5100200600;3950100300;15310100100',
];

/** ';'-separated lines as a CSV (a cell holding a comma quoted). */
const csv = (lines: readonly string[]) => lines.map((l) => l.split(';').map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));

/** `lines` written as a CSV or a workbook (figures as numbers: "1.250" → 1250, "345.500.000,4" → 345500000.4); its path. */
async function write(name: string, lines: readonly string[]): Promise<string> {
  const path = join(dir, name);
  if (name.endsWith('.csv')) {
    writeFileSync(path, `${csv(lines).join('\n')}\n`);
    return path;
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of lines) ws.addRow(l.split(';').map((c) => (/^\d[\d.]*(,\d+)?$/.test(c) ? Number(c.replace(/\./g, '').replace(',', '.')) : c === '' ? null : c)));
  await wb.xlsx.writeFile(path);
  return path;
}

/** The real binary on `lines` written as `name`; messages name the file FILE. */
async function binary(name: string, lines: readonly string[], args: readonly string[] = ARGS) {
  const path = await write(name, lines);
  const r = spawnThads(['summarize', path, ...args]);
  return { ...r, stderr: r.stderr.split(path).join('FILE') };
}

type Run = { code: number; stdout: string; stderr: string };

const COLUMNS = ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'];
const TOTAL = (r: Run) => csvColumns(r.stdout, COLUMNS).at(-1);

function refused(r: Run, label: string, codes: readonly string[]) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual(codes);
}

function read(r: Run, label: string, codes: readonly string[], total: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(stderrCodes(r.stderr), label).toEqual(codes);
  expect(TOTAL(r), label).toBe(total);
}

const TWO = ['SUSPECTED_TOTAL_ROW', 'SUSPECTED_TOTAL_ROW'];

describe('group lines whose case counts add up the Chi cục below, money rounded or empty: refused (were added, 5394 / 5052)', () => {
  it('the binary on the finding\'s file (title, unit line: the reference reader), money rounded: exit 1 at both lines, naming the rows they sum', async () => {
    const r = await binary('Nam Dinh 2024.csv', heading(NORTH_ROUNDED, SOUTH_ROUNDED));
    refused(r, 'rounded', TWO);
    expect(r.stderr).toContain('FILE:7: error: line 7 "Khu vực phía Bắc" looks like a subtotal row: its 4 case figures equal the sum of lines 8–9 below it, its money does not (rounded, or left out); added as an office it would count them twice [SUSPECTED_TOTAL_ROW]');
    expect(r.stderr).toContain('FILE:10: error: line 10 "Khu vực phía Nam" looks like a subtotal row: its 4 case figures equal the sum of lines 11–12 below it');
  });

  it('the binary, money cells left empty on the group lines: the same', async () => {
    const r = await binary('Nam Dinh tien trong 2024.csv', heading(NORTH_EMPTY, SOUTH_EMPTY));
    refused(r, 'empty', TWO);
    expect(r.stderr).toContain('line 7 "Khu vực phía Bắc" looks like a subtotal row: its 4 case figures equal the sum of lines 8–9 below it');
  });

  it('the binary on the plain export (byte scanner), money in đồng rounded on one line and empty on the other', async () => {
    const r = await binary('Nam Dinh plain 2024.csv', PLAIN);
    refused(r, 'plain', TWO);
    expect(r.stderr).toContain('FILE:3: error: line 3 "Khu vực phía Bắc" looks like a subtotal row: its 4 case figures equal the sum of lines 4–5 below it');
    expect(r.stderr).toContain('FILE:6: error: line 6 "Khu vực phía Nam" looks like a subtotal row: its 4 case figures equal the sum of lines 7–8 below it');
  });

  it('the xlsx twins (titled and plain): refused alike', async () => {
    refused(await binary('Nam Dinh 2024.xlsx', heading(NORTH_ROUNDED, SOUTH_EMPTY)), 'xlsx', TWO);
    refused(await binary('Nam Dinh plain 2024.xlsx', PLAIN), 'xlsx plain', TWO);
  });

  it('both readers, titled and plain, heading and closing group lines', async () => {
    refused(await both('nd2024.csv', heading(NORTH_ROUNDED, SOUTH_ROUNDED)), 'heading rounded', TWO);
    refused(await both('nd2024.csv', heading(NORTH_EMPTY, SOUTH_EMPTY)), 'heading empty', TWO);
    refused(await both('nd2024.csv', PLAIN), 'plain', TWO);
    const r = await both('nd2024.csv', closing(NORTH_ROUNDED, SOUTH_EMPTY));
    refused(r, 'closing', TWO);
    expect(r.stderr).toContain('line 9 "Khu vực phía Bắc" looks like a subtotal row: its 4 case figures equal the sum of lines 7–8 above it');
  });

  it('an un-named province line at the foot, counts exact and money rounded: refused as a total (was added: 7642 cases)', async () => {
    // 1.250+729+701+782+359 = 3.821, 1.100+608+586+655+298 = 3.247, 1.010+582+533+630+276 = 3.031, 150+106+108+121+55 = 540
    const r = await both('nd2024.csv', [...TITLE(2024), HEAD, VP, TPND, ML, VB, YY, ';Nam Định;3.821;3.247;3.031;540;505.276.680;186.404.337;149.972.393;318.872.343']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('line 11 "Nam Định" looks like a total row: its 4 case figures equal the sum of all the other 5 rows, its money does not (rounded, or left out)');
  });

  it('without the group lines the file reads 3821 / 3247 / 3031, money 186404337200 / 149972393300 đồng', async () => {
    // cases 1250+729+701+782+359, 1100+608+586+655+298, 1010+582+533+630+276; money (nghìn)
    // 150.200.000,2+13.338.211,7+9.565.824,3+8.200.100,4+5.100.200,6 = 186.404.337,2,
    // 120.100.000,1+11.812.507,5+8.009.734,9+6.100.050,5+3.950.100,3 = 149.972.393,3
    const total = 'TOTAL|3821|3247|3031|186404337200|149972393300';
    read(await both('nd2024.csv', [...TITLE(2024), HEAD, VP, TPND, ML, VB, YY]), 'csv', [], total);
    read(await binary('Nam Dinh sach 2024.xlsx', [...TITLE(2024), HEAD, VP, TPND, ML, VB, YY]), 'xlsx', [], total);
  });
});

describe('near shapes keep their reading', () => {
  it('money exact: SUSPECTED_TOTAL_ROW on every figure, as before', async () => {
    const r = await both('nd2024.csv', [...TITLE(2024), HEAD, VP, NORTH_EXACT, TPND, ML]);
    refused(r, 'exact', ['SUSPECTED_TOTAL_ROW']);
    expect(r.stderr).toContain('FILE:7: error: line 7 "Khu vực phía Bắc" looks like a subtotal row: its figures equal the sum of lines 8–9 below it; added as an office');
  });

  it('"Cụm thi đua số 1", money rounded: a declared subtotal whose money differs, DECLARED_TOTAL_MISMATCH as before', async () => {
    const r = await both('nd2024.csv', [...TITLE(2024), HEAD, VP, NORTH_ROUNDED.replace('Khu vực phía Bắc', 'Cụm thi đua số 1'), TPND, ML]);
    refused(r, 'cum', ['DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH']);
  });

  it('an office whose counts equal ONE other office\'s row, its money its own: an office, exit 0', async () => {
    // 1250+729+729+701 = 3409, 1100+608+608+586 = 2902, 1010+582+582+533 = 2707;
    // money 150.200.000,2+12.000.000+13.338.211,7+9.565.824,3 = 185.104.036,2, 120.100.000,1+9.000.000+11.812.507,5+8.009.734,9 = 148.922.242,5
    const lines = [...TITLE(2024), HEAD, VP, '2;Chi cục THADS huyện Nghĩa Hưng;729;608;582;106;31.000.000;12.000.000;9.000.000;19.000.000', TPND.replace(/^2/, '3'), ML.replace(/^3/, '4')];
    read(await both('nd2024.csv', lines), 'one', [], 'TOTAL|3409|2902|2707|185104036200|148922242500');
    read(await binary('Nam Dinh mot 2024.xlsx', lines), 'one xlsx', [], 'TOTAL|3409|2902|2707|185104036200|148922242500');
  });

  it('three non-zero counts only: with money that differs an office (as before); without money, counts of 11 digits agreeing, refused', async () => {
    // "Chưa có điều kiện" 0 everywhere: 1.430 / 1.194 / 1.115 agree, three figures.
    // 1250+1430+729+701 = 4110, 1100+1194+608+586 = 3488, 1010+1115+582+533 = 3240;
    // money 150.200.000,2+22.904.036+13.338.211,7+9.565.824,3 = 196.008.072,2, 120.100.000,1+19.822.242+11.812.507,5+8.009.734,9 = 159.744.484,5
    const zero = (l: string) => l.split(';').map((c, i) => (i === 5 ? '0' : c)).join(';');
    const lines = [...TITLE(2024), HEAD, zero(VP), zero(NORTH_ROUNDED), zero(TPND), zero(ML)];
    read(await both('nd2024.csv', lines), 'three, money', [], 'TOTAL|4110|3488|3240|196008072200|159744484500');
    const cases = ['STT;Đơn vị;Số việc thụ lý;Việc có điều kiện;Việc giải quyết xong', '1;Văn phòng Cục;1250;1100;1010', '2;Chi cục THADS huyện Nghĩa Hưng;1430;1194;1115', '3;Chi cục THADS thành phố Nam Định;729;608;582', '4;Chi cục THADS huyện Mỹ Lộc;701;586;533'];
    const r = await both('nd2024.csv', cases);
    // (1.430, 1.194, 1.115: 3 + 4 + 4 significant digits agreeing are no chance, suspect-rows.ts
    // SUM_DIGITS; a warning before session 63, the row added, 4110 / 3488 / 3240, exit 0)
    refused(r, 'three, cases only', ['SUSPECTED_TOTAL_ROW']);
    expect(r.stderr).toContain('FILE:3: error: line 3 "Chi cục THADS huyện Nghĩa Hưng" looks like a subtotal row: its figures equal the sum of lines 4–5 below it;');
  });

  it('2025: "Khu vực 1" (a Phòng THADS khu vực) with its own figures is an office, exit 0', async () => {
    // (Nghệ An: a province kept in 2025, so no roll-up of a former province is in the way)
    // 1250+1512+729+701 = 4192, 1100+1270+608+586 = 3564, 1010+1181+582+533 = 3306;
    // money 150.200.000,2+22.904.036+13.338.211,7+9.565.824,3 = 196.008.072,2, 120.100.000,1+19.822.242+11.812.507,5+8.009.734,9 = 159.744.484,5
    const lines = [...TITLE(2025, 'THI HÀNH ÁN DÂN SỰ TỈNH NGHỆ AN'), HEAD, VP, '2;Khu vực 1;1.512;1.270;1.181;242;100.245.979;22.904.036;19.822.242;76.621.075', '3;Khu vực 2;729;608;582;106;58.291.169,6;13.338.211,7;11.812.507,5;44.620.438,1', '4;Khu vực 3;701;586;533;108;41.954.809,3;9.565.824,3;8.009.734,9;32.000.636,9'];
    const r = await both('nd2025.csv', lines);
    read(r, 'kv 2025', [], 'TOTAL|4192|3564|3306|196008072200|159744484500');
    expect(csvColumns(r.stdout, ['district'])).toEqual(['Văn phòng Cục', 'Khu vực 1', 'Khu vực 2', 'Khu vực 3', 'TOTAL']);
    read(await binary('Nghe An 2025.xlsx', lines), 'kv 2025 xlsx', [], 'TOTAL|4192|3564|3306|196008072200|159744484500');
  });
});
