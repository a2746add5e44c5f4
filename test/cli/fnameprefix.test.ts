// Office files named as a province's folder numbers them or as e-mail carries them (work93c 01):
// no office column, each titled "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN <X>", named "01 Mỹ Lộc.csv",
// "03 Ý Yên 2024.csv" (a sort number and a space) or "02-VuBan.csv", "03-YYen.csv", "YYen_2024.csv",
// "MyLoc.csv" (the name run together without marks) were refused exit 1 OFFICE_NAME_CONFLICT, the
// whole run with them, while "01 - Mỹ Lộc.csv", "3. Ý Yên.csv", "Y Yen.csv" were read. A sort
// number before a name is no part of it (domain/office-names.ts LIST_NUMBER, now with a space
// alone); a run-together name is compared with the title's office without marks and spaces, and
// the file is then the title's office (office-names.ts runTogetherNamesOffice, title-office.ts
// officeOfFile). Every figure below computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--year', '2024'];
const { both } = bothReaders('thads-fnameprefix-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-fnameprefix-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS = ['district', 'year', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];
const rows = (stdout: string) => csvColumns(stdout, COLUMNS);

const HEAD = 'Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
/** One office's report: its title, and its figures (money in nghìn đồng). */
const office = (place: string, figures: string, unit = 'HUYỆN') => [
  `CHI CỤC THI HÀNH ÁN DÂN SỰ ${unit} ${place}`,
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024',
  'Đơn vị tính: Việc; nghìn đồng',
  HEAD,
  figures,
];
const MY_LOC = office('MỸ LỘC', '120;98;5.200.000;2.100.000');
const VU_BAN = office('VỤ BẢN', '310;255;14.300.500;6.400.250');
const Y_YEN = office('Ý YÊN', '402;350;21.000.000;9.100.000');
const NAM_TRUC = office('NAM TRỰC', '288;240;12.500.000;5.300.000');

// By hand: Mỹ Lộc 98/120 = 81,67 %, 2.100.000/5.200.000 nghìn = 40,38 %; Vụ Bản 255/310 = 82,26 %,
// 6.400.250/14.300.500 = 44,76 %; Ý Yên 350/402 = 87,06 %, 9.100.000/21.000.000 = 43,33 %; Nam Trực
// 240/288 = 83,33 %, 5.300.000/12.500.000 = 42,40 %. Việc 120 + 310 + 402 + 288 = 1.120, xong 98 + 255
// + 350 + 240 = 943, 84,20 %; tiền 5.200.000.000 + 14.300.500.000 + 21.000.000.000 + 12.500.000.000 =
// 53.000.500.000 đ, xong 2.100.000.000 + 6.400.250.000 + 9.100.000.000 + 5.300.000.000 = 22.900.250.000 đ, 43,21 %.
const myLoc = (name: string) => `${name}|2024|120|98|81.67|5200000000|2100000000|40.38`;
const vuBan = (name: string) => `${name}|2024|310|255|82.26|14300500000|6400250000|44.76`;
const yYen = (name: string) => `${name}|2024|402|350|87.06|21000000000|9100000000|43.33`;
const namTruc = (name: string) => `${name}|2024|288|240|83.33|12500000000|5300000000|42.40`;
const TOTAL = 'TOTAL|2024|1120|943|84.20|53000500000|22900250000|43.21';

function readAs(r: { code: number; stdout: string; stderr: string }, expected: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe('');
  expect(rows(r.stdout), label).toEqual(expected);
}

function refused(r: { code: number; stdout: string; stderr: string }, code: string, label: string) {
  expect(r.code, `${label}: ${r.stdout}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual([code]);
}

describe('an office file named with a sort number or run together (work93c 01)', () => {
  it("the binary on the hunter's four files: 1.120 / 943 (84,20 %), 53.000.500.000 / 22.900.250.000 đ (43,21 %), exit 0 (was exit 1 OFFICE_NAME_CONFLICT)", () => {
    const files = { '01 Mỹ Lộc.csv': MY_LOC, '02-VuBan.csv': VU_BAN, '03 Ý Yên 2024.csv': Y_YEN, '04 - Nam Trực.csv': NAM_TRUC };
    // as the hunter's files are written: a BOM, commas, money quoted with its dots
    const csv = (lines: readonly string[]) => `\uFEFF${[...lines.slice(0, 3), HEAD.replace(/;/g, ','), lines[4]!.split(';').map((c) => (c.includes('.') ? `"${c}"` : c)).join(',')].join('\n')}\n`;
    for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), csv(lines));
    const r = spawnThads(['summarize', ...Object.keys(files).map((f) => join(dir, f)), ...ARGS]);
    readAs(r, [myLoc('01 Mỹ Lộc'), vuBan('Huyện Vụ Bản'), yYen('03 Ý Yên'), namTruc('04 - Nam Trực'), TOTAL], 'hunter');
  });

  it('both readers, each alone: a sort number and a space ("01 ", "1 ", "01_", "03 … 2024")', async () => {
    readAs(await both('01 Mỹ Lộc.csv', MY_LOC), [myLoc('01 Mỹ Lộc'), myLoc('TOTAL')], '01 space');
    readAs(await both('1 Mỹ Lộc.csv', MY_LOC), [myLoc('1 Mỹ Lộc'), myLoc('TOTAL')], '1 space');
    readAs(await both('01_Mỹ Lộc.csv', MY_LOC), [myLoc('01_Mỹ Lộc'), myLoc('TOTAL')], '01_');
    readAs(await both('03 Ý Yên 2024.csv', Y_YEN), [yYen('03 Ý Yên'), yYen('TOTAL')], '03 … 2024');
    readAs(await both('07 Nam Trực.csv', NAM_TRUC), [namTruc('07 Nam Trực'), namTruc('TOTAL')], '07 space');
  });

  it("both readers, each alone: run together without marks — the title's office", async () => {
    readAs(await both('02-VuBan.csv', VU_BAN), [vuBan('Huyện Vụ Bản'), vuBan('TOTAL')], '02-VuBan');
    readAs(await both('vuban.csv', VU_BAN), [vuBan('Huyện Vụ Bản'), vuBan('TOTAL')], 'vuban');
    readAs(await both('03-YYen.csv', Y_YEN), [yYen('Huyện Ý Yên'), yYen('TOTAL')], '03-YYen');
    readAs(await both('YYen_2024.csv', Y_YEN), [yYen('Huyện Ý Yên'), yYen('TOTAL')], 'YYen_2024');
    readAs(await both('YYEN.csv', Y_YEN), [yYen('Huyện Ý Yên'), yYen('TOTAL')], 'YYEN');
    readAs(await both('MyLoc.csv', MY_LOC), [myLoc('Huyện Mỹ Lộc'), myLoc('TOTAL')], 'MyLoc');
    readAs(await both('HuyenMyLoc.csv', MY_LOC), [myLoc('Huyện Mỹ Lộc'), myLoc('TOTAL')], 'HuyenMyLoc');
  });

  it('xlsx: the same', async () => {
    readAs(await summarizeLinesWorkbook(dir, '01 Mỹ Lộc.xlsx', MY_LOC, ARGS), [myLoc('01 Mỹ Lộc'), myLoc('TOTAL')], 'xlsx 01 space');
    readAs(await summarizeLinesWorkbook(dir, '02-VuBan.xlsx', VU_BAN, ARGS), [vuBan('Huyện Vụ Bản'), vuBan('TOTAL')], 'xlsx 02-VuBan');
    readAs(await summarizeLinesWorkbook(dir, 'YYen_2024.xlsx', Y_YEN, ARGS), [yYen('Huyện Ý Yên'), yYen('TOTAL')], 'xlsx YYen_2024');
  });

  it('a numbered or run-together file beside the same office named in full is refused as a copy (never added twice)', async () => {
    const again = (lines: readonly string[]) => [...lines.slice(0, -1), '100;90;1.000.000;500.000'];
    const d1 = mkdtempSync(join(dir, 'dup1-'));
    refused(await bothOnFiles(d1, { '02-VuBan.csv': VU_BAN, 'Vụ Bản.csv': again(VU_BAN) }, ARGS), 'DUPLICATE_INPUT', 'VuBan + Vụ Bản');
    const d2 = mkdtempSync(join(dir, 'dup2-'));
    refused(await bothOnFiles(d2, { '01 Mỹ Lộc.csv': MY_LOC, 'Mỹ Lộc.csv': again(MY_LOC) }, ARGS), 'DUPLICATE_INPUT', '01 Mỹ Lộc + Mỹ Lộc');
  });
});

describe('near shapes keep their reading', () => {
  it('a file name naming ANOTHER office than its title stays OFFICE_NAME_CONFLICT', async () => {
    const r = await both('02-VuBan.csv', MY_LOC);
    refused(r, 'OFFICE_NAME_CONFLICT', '02-VuBan under Mỹ Lộc');
    expect(r.stderr).toContain('the file name "02-VuBan.csv" says the office is 02-VuBan, but the title (line 1) says Huyện Mỹ Lộc');
    refused(await both('01 Vụ Bản.csv', MY_LOC), 'OFFICE_NAME_CONFLICT', '01 Vụ Bản under Mỹ Lộc');
    refused(await both('VUBAN.csv', MY_LOC), 'OFFICE_NAME_CONFLICT', 'VUBAN under Mỹ Lộc');
    // the unit differs: thị xã is not the title's huyện
    refused(await both('ThiXaMyLoc.csv', MY_LOC), 'OFFICE_NAME_CONFLICT', 'ThiXaMyLoc under Huyện Mỹ Lộc');
  });

  it('"KV1.csv", "Khu vực 01.csv" under "PHÒNG THADS KHU VỰC 1" read as their names', async () => {
    const kv1 = office('KHU VỰC 1', '120;98;5.200.000;2.100.000', '').map((l) => l.replace('CHI CỤC THI HÀNH ÁN DÂN SỰ  ', 'PHÒNG THADS '));
    readAs(await both('KV1.csv', kv1), [myLoc('KV1'), myLoc('TOTAL')], 'KV1');
    readAs(await both('Khu vực 01.csv', kv1), [myLoc('Khu vực 01'), myLoc('TOTAL')], 'Khu vực 01');
  });

  it('"2024 Mỹ Lộc.csv" is of the year 2024, its office Mỹ Lộc; "01 - Mỹ Lộc.csv", "3. Ý Yên.csv", "Y Yen.csv" as before', async () => {
    readAs(await both('2024 Mỹ Lộc.csv', MY_LOC, ['--format', 'csv']), [myLoc('Mỹ Lộc'), myLoc('TOTAL')], '2024 Mỹ Lộc');
    readAs(await both('01 - Mỹ Lộc.csv', MY_LOC), [myLoc('01 - Mỹ Lộc'), myLoc('TOTAL')], '01 - Mỹ Lộc');
    readAs(await both('3. Ý Yên.csv', Y_YEN), [yYen('3. Ý Yên'), yYen('TOTAL')], '3. Ý Yên');
    readAs(await both('Y Yen.csv', Y_YEN), [yYen('Y Yen'), yYen('TOTAL')], 'Y Yen');
  });

  it('without a title no office is invented: "MyLoc.csv", "01 Mỹ Lộc.csv" plain (byte scanner) are their names', async () => {
    readAs(await both('MyLoc.csv', [HEAD, '120;98;5.200.000.000;2.100.000.000']), [myLoc('MyLoc'), myLoc('TOTAL')], 'plain MyLoc');
    readAs(await both('01 Mỹ Lộc.csv', [HEAD, '120;98;5.200.000.000;2.100.000.000']), [myLoc('01 Mỹ Lộc'), myLoc('TOTAL')], 'plain 01 Mỹ Lộc');
  });
});
