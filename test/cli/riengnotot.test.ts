// The level lines written with "Riêng" / "Trong đó:" below the offices with NO total row
// (riengnotot): "Văn phòng Cục" 150, the Chi cục 400 + 500, then "Riêng Văn phòng Cục" (or
// "Riêng Cục") 150 repeating the Cục's row. Was: the line added as a 4th office "Văn phòng Cục" /
// "Cục", cases 1.200 where the offices give 1.050, exit 0 — a silent wrong total (or, spelled as
// the row above, REPEATED_ROW). A "Riêng …" / "Trong đó: …" line below office rows is a part of
// them, never an office: read as the level's line it declares, checked against that level's rows
// (input/read-csv.ts with input/second-table.ts anyOfficeAbove; checked by domain/declared-rows.ts),
// and refused where no rows of that level check it (collect.ts, report.partLines). Totals below
// computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases'];
const { both } = bothReaders('thads-riengnotot-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-riengnotot-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

// a title and a unit line: the reference reader; without them: the byte scanner (which hands "Riêng …" rows to the reference reader)
const TITLE = ['CỤC THADS TỈNH NAM ĐỊNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;', 'Đơn vị tính: Việc;;;;;'];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const MY_LOC = '2;Chi cục THADS huyện Mỹ Lộc;400;300;200;10';
const VU_BAN = '3;Chi cục THADS huyện Vụ Bản;500;350;250;15';
const offices = (cuc: string) => [`1;${cuc};150;120;90;5`, MY_LOC, VU_BAN];
// By hand: thụ lý 150 + 400 + 500 = 1.050; có ĐK 120 + 300 + 350 = 770; resolved (xong + đình
// chỉ) 90 + 5 = 95, 200 + 10 = 210, 250 + 15 = 265, together 570; 95/120 = 79,17 %, 210/300 =
// 70,00 %, 265/350 = 75,71 %, 570/770 = 74,03 %. The Cục's level: 150 / 120 / 90 / 5; the Chi
// cục's: 400 + 500 = 900, 300 + 350 = 650, 200 + 250 = 450, 10 + 15 = 25.
const right = (cuc: string) => [`${cuc}|150|120|95|79.17`, 'Chi cục THADS huyện Mỹ Lộc|400|300|210|70.00', 'Chi cục THADS huyện Vụ Bản|500|350|265|75.71', 'TOTAL|1050|770|570|74.03'];
const OWN = '150;120;90;5';
const DISTRICT = '900;650;450;25';
// the silent reading this fixes: 1.050 + 150 = 1.200
const WRONG_TOTAL = 'TOTAL|1200|890|665|74.72';

type R = { code: number; stdout: string; stderr: string };
function readRight(r: R, cuc: string, label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe('');
  expect(rows(r.stdout), label).toEqual(right(cuc));
}
function refused(r: R, codes: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual(codes);
}
/** refused with the level line's mismatch (and the Cục's two names said, where they differ) */
function mismatched(r: R, label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  const codes = stderrCodes(r.stderr);
  expect(codes, label).toContain('DECLARED_TOTAL_MISMATCH');
  expect(codes.filter((c) => c !== 'DECLARED_TOTAL_MISMATCH' && c !== 'OFFICE_NAME_VARIANTS'), label).toEqual([]);
}

const HUNTER = [...offices('Văn phòng Cục'), `;Riêng Văn phòng Cục;${OWN}`];

describe('"Riêng Văn phòng Cục", "Riêng Cục", "Trong đó: Văn phòng Cục" below the offices, no total (riengnotot)', () => {
  it('the binary on the hunter\'s files, comma CSV, titled and plain (was 1.200, exit 0)', () => {
    for (const [name, head] of [['Nam Dinh 2019.csv', TITLE], ['nam-dinh-plain-2019.csv', []]] as const) {
      const file = join(dir, name);
      writeFileSync(file, `${[...head, HEAD, ...HUNTER].join('\n').replaceAll(';', ',')}\n`);
      const r = spawnThads(['summarize', file, ...ARGS]);
      expect(rows(r.stdout)).not.toContain(WRONG_TOTAL);
      readRight(r, 'Văn phòng Cục', name);
    }
  });

  it('both readers, titled and plain: the Cục\'s line, the Chi cục\'s, both in either order, "Riêng" or "Trong đó:", the Cục named either way', async () => {
    const shapes: string[][] = [
      [`Riêng Văn phòng Cục;${OWN}`],
      [`Riêng Cục;${OWN}`],
      [`Rieng Cuc;${OWN}`],
      [`RIÊNG VĂN PHÒNG CỤC;${OWN}`],
      [`Riêng Cục;${OWN}`, `Riêng các Chi cục;${DISTRICT}`],
      [`Riêng các Chi cục;${DISTRICT}`, `Riêng Văn phòng Cục;${OWN}`],
      [`Riêng các Chi cục;${DISTRICT}`],
      [`Riêng cấp huyện;${DISTRICT}`],
      [`Trong đó: Văn phòng Cục;${OWN}`],
      [`Trong đó: - Văn phòng Cục;${OWN}`, `- Các Chi cục;${DISTRICT}`],
    ];
    for (const cuc of ['Văn phòng Cục', 'Cục THADS tỉnh Nam Định']) {
      for (const lines of shapes) {
        for (const head of [TITLE, []]) {
          const how = `${cuc}: ${lines.map((l) => l.split(';')[0]).join(' / ')}${head.length === 0 ? ' (plain)' : ''}`;
          readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...offices(cuc), ...lines.map((l) => `;${l}`)]), cuc, how);
        }
      }
    }
  });

  it('money too: "Riêng Cục" repeating the Cục\'s money is not added, both readers', async () => {
    const head = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
    const body = ['1;Văn phòng Cục;120;90;1.500.000;1.200.000', '2;Chi cục THADS huyện Mỹ Lộc;300;200;4.000.000;3.000.000', '3;Chi cục THADS huyện Vụ Bản;350;250;5.250.000;4.100.000'];
    // By hand: money with conditions 1.500.000 + 4.000.000 + 5.250.000 = 10.750.000; resolved
    // 1.200.000 + 3.000.000 + 4.100.000 = 8.300.000 (with "Riêng Cục" added: 12.250.000 / 9.500.000)
    const moneyRows = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'money_with_conditions', 'money_resolved']);
    const expected = ['Văn phòng Cục|120|1500000|1200000', 'Chi cục THADS huyện Mỹ Lộc|300|4000000|3000000', 'Chi cục THADS huyện Vụ Bản|350|5250000|4100000', 'TOTAL|770|10750000|8300000'];
    const title = ['CỤC THADS TỈNH NAM ĐỊNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;', 'Đơn vị tính: Việc; Tiền: đồng;;;;;'];
    for (const level of [';Riêng Cục;120;90;1.500.000;1.200.000', ';Trong đó: Văn phòng Cục;120;90;1.500.000;1.200.000']) {
      for (const t of [title, []]) {
        const r = await both('nam-dinh-money-2019.csv', [...t, head, ...body, level], ['--format', 'csv']);
        expect(r.code, r.stderr).toBe(0);
        expect(moneyRows(r.stdout), level).toEqual(expected);
      }
    }
    // the Cục's money line off by one đồng: refused
    mismatched(await both('nam-dinh-money-2019.csv', [...title, head, ...body, ';Riêng Cục;120;90;1.500.001;1.200.000'], ['--format', 'csv']), 'money off by one');
  });

  it('xlsx twins: read right', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-2019.xlsx', [...TITLE, HEAD, ...HUNTER], ARGS), 'Văn phòng Cục', 'xlsx');
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-plain-2019.xlsx', [HEAD, ...offices('Cục THADS tỉnh Nam Định'), `;Riêng Cục;${OWN}`, `;Riêng các Chi cục;${DISTRICT}`], ARGS), 'Cục THADS tỉnh Nam Định', 'xlsx plain');
  });
});

describe('checked, refused where it cannot be matched', () => {
  it('a level line not its rows\' (151 for 150, 901 for 900, or both off with their sum kept): refused, both readers and xlsx', async () => {
    const wrong: [string, string[]][] = [
      ['own 151', [`Riêng Văn phòng Cục;151;120;90;5`]],
      ['own 151, district 899', [`Riêng Cục;151;120;90;5`, `Riêng các Chi cục;899;650;450;25`]],
      ['district 901', [`Riêng Cục;${OWN}`, `Riêng các Chi cục;901;650;450;25`]],
      ['Trong đó: own 149', [`Trong đó: Văn phòng Cục;149;120;90;5`]],
    ];
    for (const [how, lines] of wrong) {
      for (const head of [TITLE, []]) mismatched(await both('nam-dinh-2019.csv', [...head, HEAD, ...offices('Văn phòng Cục'), ...lines.map((l) => `;${l}`)]), `${how}${head.length === 0 ? ' (plain)' : ''}`);
    }
    mismatched(await summarizeLinesWorkbook(dir, 'nam-dinh-wrong-2019.xlsx', [...TITLE, HEAD, ...offices('Văn phòng Cục'), ';Riêng Cục;151;120;90;5'], ARGS), 'xlsx own 151');
  });

  it('"Riêng Cục" below offices none of which is the Cục\'s ("Chi cục THADS thành phố Nam Định" first): NOT_AN_OFFICE, never added (was 1.200, exit 0)', async () => {
    const cityFirst = ['1;Chi cục THADS thành phố Nam Định;150;120;90;5', MY_LOC, VU_BAN];
    for (const head of [TITLE, []]) {
      refused(await both('nam-dinh-2019.csv', [...head, HEAD, ...cityFirst, `;Riêng Cục;${OWN}`]), ['NOT_AN_OFFICE'], 'Riêng Cục');
      refused(await both('nam-dinh-2019.csv', [...head, HEAD, ...cityFirst, `;Trong đó: Văn phòng Cục;${OWN}`]), ['NOT_AN_OFFICE'], 'Trong đó: Văn phòng Cục');
    }
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...cityFirst, `;Riêng Cục;${OWN}`]);
    expect(r.stderr).toContain('"Riêng Cục" is a part of the offices above it');
    expect(r.stderr).toMatch(/FILE:8: error:/);
    refused(await summarizeLinesWorkbook(dir, 'nam-dinh-city-2019.xlsx', [...TITLE, HEAD, ...cityFirst, `;Riêng Cục;${OWN}`], ARGS), ['NOT_AN_OFFICE'], 'xlsx');
  });
});

describe('near shapes keep their reading (over-reach controls)', () => {
  it('with a total row closing the offices: "Riêng Cục", "Riêng các Chi cục" below it read right, as before', async () => {
    for (const head of [TITLE, []]) {
      readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...offices('Văn phòng Cục'), ';Tổng cộng;1.050;770;540;30', `;Riêng Cục;${OWN}`, `;Riêng các Chi cục;${DISTRICT}`]), 'Văn phòng Cục', 'total, then the levels');
    }
  });

  it('"Riêng" absent: the offices alone read right; the level\'s name without it ("Các Chi cục") read as before', async () => {
    for (const head of [TITLE, []]) {
      readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...offices('Văn phòng Cục')]), 'Văn phòng Cục', 'offices alone');
      readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...offices('Văn phòng Cục'), `;Các Chi cục;${DISTRICT}`]), 'Văn phòng Cục', 'Các Chi cục');
    }
  });

  it('an office whose name holds a level\'s words ("Chi cục THADS thành phố Nam Định") stays an office, first or last', async () => {
    // By hand: 150 + 400 + 500 + 100 = 1.150; 120 + 300 + 350 + 80 = 770 + 80 = 850; resolved 570 + (60 + 4) = 634; 634/850 = 74,59 %
    for (const head of [TITLE, []]) {
      const r = await both('nam-dinh-2019.csv', [...head, HEAD, ...offices('Văn phòng Cục'), '4;Chi cục THADS thành phố Nam Định;100;80;60;4']);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual([...right('Văn phòng Cục').slice(0, 3), 'Chi cục THADS thành phố Nam Định|100|80|64|80.00', 'TOTAL|1150|850|634|74.59']);
      const first = await both('nam-dinh-2019.csv', [...head, HEAD, ...offices('Chi cục THADS thành phố Nam Định')]);
      readRight(first, 'Chi cục THADS thành phố Nam Định', 'city office first');
    }
  });

  it('"Riêng Cục" right under a total on top (no office above it): still the office "Cục"; "Riêng Chi cục THADS huyện Vụ Bản" (one office): NOT_AN_OFFICE, as before', async () => {
    for (const head of [TITLE, []]) {
      readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ';Tổng cộng;1.050;770;540;30', `;Riêng Cục;${OWN}`, MY_LOC, VU_BAN]), 'Cục', 'Riêng Cục first');
      refused(await both('nam-dinh-2019.csv', [...head, HEAD, ...offices('Văn phòng Cục'), ';Riêng Chi cục THADS huyện Vụ Bản;500;350;250;15']), ['NOT_AN_OFFICE'], 'one office');
    }
  });
});
