// The of-which level lines written with "Trong đó:" (work94a 05): the offices, "Tổng cộng" 1.037,
// then "Trong đó: - Văn phòng Cục" 211 (= the Cục's row) and "- Các Chi cục" 826 (= 304 + 522);
// or "Tổng cộng" on top and "Trong đó: các Chi cục" 826 above the two districts. Was: exit 1
// NOT_AN_OFFICE at the "Trong đó: …" line, while the same lines spelled "Riêng Văn phòng Cục" /
// "Riêng các Chi cục" read right. Now "Trong đó" with a colon, a dash or a bullet after it, before
// a level's or group's label or the Cục's own office, is read as "Riêng" is there (ONE rule:
// input/row-labels.ts levelAfterRieng, read-csv.ts; checked by domain/declared-rows.ts). A level
// levelAfterParts reads ("Trong đó: Cấp tỉnh") keeps that reading. Totals below computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { levelAfterRieng } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases'];
const { both } = bothReaders('thads-trongdolevel-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-trongdolevel-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

// a title and a unit line: the reference reader; without them: the byte scanner
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;;;', 'Đơn vị tính: Việc;;;;;'];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const CUC = '1;Văn phòng Cục THADS tỉnh Nam Định;211;157;103;11';
const MY_LOC = '2;Chi cục THADS huyện Mỹ Lộc;304;253;200;19';
const VU_BAN = '3;Chi cục THADS huyện Vụ Bản;522;413;310;23';
const TOTAL = ';Tổng cộng;1.037;823;613;53';
// By hand: thụ lý 211 + 304 + 522 = 1.037; có ĐK 157 + 253 + 413 = 823; xong 103 + 200 + 310 =
// 613; đình chỉ 11 + 19 + 23 = 53. Resolved = xong + đình chỉ: 114, 219, 333, together 666.
// 114/157 = 72,61 %; 219/253 = 86,56 %; 333/413 = 80,63 %; 666/823 = 80,92 %.
// The Cục's level: 211 / 157 / 103 / 11; the Chi cục's: 826 / 666 / 510 / 42.
const RIGHT = [
  'Văn phòng Cục THADS tỉnh Nam Định|211|157|114|72.61',
  'Chi cục THADS huyện Mỹ Lộc|304|253|219|86.56',
  'Chi cục THADS huyện Vụ Bản|522|413|333|80.63',
  'TOTAL|1037|823|666|80.92',
];
const OWN = '211;157;103;11';
const DISTRICT = '826;666;510;42';

/** the offices, the total, then the two level lines below it */
const below = (a: string, b: string) => [CUC, MY_LOC, VU_BAN, TOTAL, `;${a}`, `;${b}`];
/** the total on top, the Cục, then the district group's line over its offices */
const section = (group: string) => [TOTAL, CUC, `;${group}`, MY_LOC, VU_BAN];
const FILE_05 = below(`Trong đó: - Văn phòng Cục;${OWN}`, `- Các Chi cục;${DISTRICT}`);
const SECTION_05 = section(`Trong đó: các Chi cục;${DISTRICT}`);

type R = { code: number; stdout: string; stderr: string };
function readRight(r: R, label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe('');
  expect(rows(r.stdout), label).toEqual(RIGHT);
}
function refused(r: R, codes: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual(codes);
}

/**
 * refused with the level line's mismatch (and the Cục's two names said, where they differ);
 * `part`: the Cục's level line, its check failed, said NOT_AN_OFFICE at its line too (riengnotot:
 * a part of the offices above, never added — the mismatch had counted it as an office)
 */
function mismatched(r: R, label: string, part = false) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  const codes = stderrCodes(r.stderr);
  expect(codes, label).toContain('DECLARED_TOTAL_MISMATCH');
  expect(codes.filter((c) => c === 'NOT_AN_OFFICE'), label).toEqual(part ? ['NOT_AN_OFFICE'] : []);
  expect(codes.filter((c) => c !== 'DECLARED_TOTAL_MISMATCH' && c !== 'OFFICE_NAME_VARIANTS' && c !== 'NOT_AN_OFFICE'), label).toEqual([]);
}

describe('"Trong đó: - Văn phòng Cục" / "- Các Chi cục", "Trong đó: các Chi cục" (work94a 05): the levels, read as "Riêng …" is', () => {
  it('the binary on the hunter\'s files, comma CSV (was NOT_AN_OFFICE, exit 1)', () => {
    for (const [name, lines] of [['Nam Dinh 2019.csv', FILE_05], ['Nam Dinh section 2019.csv', SECTION_05]] as const) {
      const file = join(dir, name);
      writeFileSync(file, `${[...TITLE, HEAD, ...lines].join('\n').replaceAll(';', ',').replace('1.037', '"1.037"')}\n`);
      readRight(spawnThads(['summarize', file, ...ARGS]), name);
      const plain = join(dir, `plain ${name}`);
      writeFileSync(plain, `${[HEAD, ...lines].join('\n')}\n`);
      readRight(spawnThads(['summarize', plain, ...ARGS]), `plain ${name}`);
    }
  });

  it('both readers, titled and plain: the of-which words, marks, tones or none, either order', async () => {
    const pairs: [string, string][] = [
      ['Trong đó: - Văn phòng Cục', '- Các Chi cục'],
      ['Trong đó: Văn phòng Cục', 'Trong đó: các Chi cục'],
      ['Trong đó - Cục', '- Khối Chi cục'],
      ['Trong số đó: Văn phòng Cục', '+ Các Chi cục'],
      ['Trong do: - Van phong Cuc', '- Cac Chi cuc'],
      ['TRONG ĐÓ: - VĂN PHÒNG CỤC', '- CÁC CHI CỤC'],
      ['Trong đó: • Văn phòng Cục', '• Các Chi cục'],
    ];
    for (const [own, district] of pairs) {
      for (const head of [TITLE, []]) {
        const how = `${own} / ${district}${head.length === 0 ? ' (plain)' : ''}`;
        readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...below(`${own};${OWN}`, `${district};${DISTRICT}`)]), how);
      }
    }
    for (const head of [TITLE, []]) {
      readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...below(`Trong đó: các Chi cục;${DISTRICT}`, `Trong đó: Văn phòng Cục;${OWN}`)]), 'swapped');
      readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...below(`Trong đó: các Chi cục;${DISTRICT}`, `Cấp tỉnh;${OWN}`)]), 'with Cấp tỉnh');
    }
  });

  it('"Trong đó: các Chi cục" above the districts, with figures or as a heading without: both readers', async () => {
    for (const group of [`Trong đó: các Chi cục;${DISTRICT}`, `Trong đó: - Các Chi cục;${DISTRICT}`, 'Trong đó: các Chi cục;;;;', 'Trong đó: khối Chi cục;;;;']) {
      for (const head of [TITLE, []]) readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...section(group)]), `${group}${head.length === 0 ? ' (plain)' : ''}`);
    }
  });

  it('xlsx twins: read right', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-2019.xlsx', [...TITLE, HEAD, ...FILE_05], ARGS), 'xlsx');
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-plain-2019.xlsx', [HEAD, ...FILE_05], ARGS), 'xlsx plain');
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-section-2019.xlsx', [...TITLE, HEAD, ...SECTION_05], ARGS), 'xlsx section');
  });

  it('the rule: "Trong đó" + a mark before a level, a group or the Cục\'s office; nothing else', () => {
    expect(levelAfterRieng('Trong đó: - Văn phòng Cục')).toEqual({ label: 'Văn phòng Cục', own: true, ofWhich: true });
    expect(levelAfterRieng('Trong đó: các Chi cục')).toEqual({ label: 'Các Chi cục', own: false, ofWhich: true });
    expect(levelAfterRieng('Trđ: Cục')).toEqual({ label: 'Cục', own: true, ofWhich: true });
    expect(levelAfterRieng('Riêng các Chi cục')).toEqual({ label: 'Các Chi cục', own: false, ofWhich: false });
    for (const t of ['Trong đó: Cấp tỉnh', 'Trong đó: - Cấp huyện', 'Trong đó Văn phòng Cục', 'Trong đó gồm: các Chi cục', 'Trong đó: án tín dụng', 'Trong đó: Chi cục THADS huyện Mỹ Lộc', 'Trong đó:', 'Trong đó: Vụ Bản', 'Riêng: các Chi cục']) {
      expect(levelAfterRieng(t), t).toBeNull();
    }
  });
});

describe('checked, and near shapes keep their reading (over-reach controls)', () => {
  it('a level line not its rows\' (210 for 211, 825 for 826): refused, both readers and xlsx', async () => {
    for (const head of [TITLE, []]) {
      mismatched(await both('nam-dinh-2019.csv', [...head, HEAD, ...below('Trong đó: - Văn phòng Cục;210;157;103;11', `- Các Chi cục;${DISTRICT}`)]), 'own 210', true);
      mismatched(await both('nam-dinh-2019.csv', [...head, HEAD, ...below(`Trong đó: - Văn phòng Cục;${OWN}`, '- Các Chi cục;825;666;510;42')]), 'district 825', true);
      mismatched(await both('nam-dinh-2019.csv', [...head, HEAD, ...section('Trong đó: các Chi cục;825;666;510;42')]), 'section 825');
    }
    mismatched(await summarizeLinesWorkbook(dir, 'nam-dinh-wrong-2019.xlsx', [...TITLE, HEAD, ...below('Trong đó: - Văn phòng Cục;210;157;103;11', `- Các Chi cục;${DISTRICT}`)], ARGS), 'xlsx own 210', true);
  });

  it('"Trong đó: Cấp tỉnh" / "Cấp huyện" after the total: read as before (levelAfterParts)', async () => {
    for (const head of [TITLE, []]) readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...below(`Trong đó: Cấp tỉnh;${OWN}`, `Cấp huyện;${DISTRICT}`)]), 'Trong đó: Cấp tỉnh');
  });

  it('"Trong đó: Cấp tỉnh" right under an office\'s row: its part, NOT_AN_OFFICE as before', async () => {
    for (const head of [TITLE, []]) refused(await both('nam-dinh-2019.csv', [...head, HEAD, CUC, MY_LOC, `;Trong đó: Cấp tỉnh;${OWN}`, VU_BAN, TOTAL]), ['NOT_AN_OFFICE'], 'under an office');
  });

  it('"Trong đó Văn phòng Cục" (no mark), "Trong đó: Chi cục THADS huyện Mỹ Lộc" (one office), "Riêng: các Chi cục": NOT_AN_OFFICE as before', async () => {
    for (const head of [TITLE, []]) {
      refused(await both('nam-dinh-2019.csv', [...head, HEAD, ...below(`Trong đó Văn phòng Cục;${OWN}`, `- Các Chi cục;${DISTRICT}`)]), ['NOT_AN_OFFICE'], 'no mark');
      refused(await both('nam-dinh-2019.csv', [...head, HEAD, CUC, MY_LOC, VU_BAN, TOTAL, ';Trong đó: Chi cục THADS huyện Mỹ Lộc;304;253;200;19']), ['NOT_AN_OFFICE'], 'one office');
      refused(await both('nam-dinh-2019.csv', [...head, HEAD, ...below(`Riêng Cục;${OWN}`, `Riêng: các Chi cục;${DISTRICT}`)]), ['NOT_AN_OFFICE'], 'Riêng:');
    }
  });

  it('"Trong đó: Văn phòng Cục" with no total: below the offices the Cục\'s level line, checked (riengnotot; was NOT_AN_OFFICE); under a total on top, no office above it: NOT_AN_OFFICE as before — never a 4th office', async () => {
    // (added as an office it would make 211 + 211 + 304 + 522 = 1.248: a wrong total)
    for (const head of [TITLE, []]) {
      for (const own of ['Trong đó: Văn phòng Cục', 'Trong đó: - Cục']) {
        const r = await both('nam-dinh-2019.csv', [...head, HEAD, CUC, MY_LOC, VU_BAN, `;${own};${OWN}`]);
        expect(r.code, r.stderr).toBe(0);
        expect(rows(r.stdout), `${own}, no total`).toEqual(RIGHT);
        refused(await both('nam-dinh-2019.csv', [...head, HEAD, TOTAL, `;${own};${OWN}`, MY_LOC, VU_BAN]), ['NOT_AN_OFFICE'], `${own}, total on top`);
      }
    }
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-nototal-2019.xlsx', [...TITLE, HEAD, CUC, MY_LOC, VU_BAN, `;Trong đó: Văn phòng Cục;${OWN}`], ARGS), 'xlsx, no total');
  });

  it('"Trong đó: án tín dụng" over offices: SECOND_TABLE as before; "Trong đó gồm:" over them: read', async () => {
    for (const head of [TITLE, []]) {
      const r = await both('nam-dinh-2019.csv', [...head, HEAD, CUC, MY_LOC, VU_BAN, TOTAL, ';Trong đó: án tín dụng;;;;', '1;Chi cục THADS huyện Mỹ Lộc;30;25;20;1']);
      expect(r.code, r.stderr).toBe(1);
      expect(stderrCodes(r.stderr)).toContain('SECOND_TABLE');
      readRight(await both('nam-dinh-2019.csv', [...head, HEAD, TOTAL, ';Trong đó gồm:;;;;', CUC, MY_LOC, VU_BAN]), 'Trong đó gồm:');
    }
  });
});
