// Level rows written with "Riêng" ("as for", "alone": work92a 02, 03). A Cục's table: "Tổng cộng"
// on top, the Cục, then "Riêng các Chi cục:" (no figures) over its two Chi cục, listed there for
// the first time — was refused SECOND_TABLE; the same level's row with figures ("Riêng các Chi cục"
// 826 = 304 + 522, "Riêng Cục" 211 as the Cục's own line) was refused NOT_AN_OFFICE. Now read as
// their forms without "Riêng" ("Các Chi cục", "Cục", …) are (row-labels.ts withoutLevelRieng, the
// office cell as read-csv.ts reads it). "Riêng án tín dụng, ngân hàng:" (a kind of case) stays an
// of-which line. Totals below computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases'];
const { both } = bothReaders('thads-rieng-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-rieng-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

// a title and a unit line: the reference reader; without them: the byte scanner
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;', 'Đơn vị tính: Việc;;;;;'];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const TOTAL = ';Tổng cộng;1.037;823;623;43';
const CUC = '1;Cục THADS tỉnh Nam Định;211;157;103;11';
const MY_LOC = '2;Chi cục THADS huyện Mỹ Lộc;304;253;207;12';
const VU_BAN = '3;Chi cục THADS huyện Vụ Bản;522;413;313;20';
// thụ lý 211 + 304 + 522 = 1.037; có ĐK 157 + 253 + 413 = 823; giải quyết xong (103+11) = 114,
// (207+12) = 219, (313+20) = 333, 114 + 219 + 333 = 666; 114/157 = 72,61 %; 219/253 = 86,56 %;
// 333/413 = 80,63 %; 666/823 = 80,92 %. The Chi cục together: 304 + 522 = 826, 253 + 413 = 666,
// 207 + 313 = 520, 12 + 20 = 32.
const CHI_CUC = ['Chi cục THADS huyện Mỹ Lộc|304|253|219|86.56', 'Chi cục THADS huyện Vụ Bản|522|413|333|80.63'];
const RIGHT_TOTAL = 'TOTAL|1037|823|666|80.92';
const RIGHT = ['Cục THADS tỉnh Nam Định|211|157|114|72.61', ...CHI_CUC, RIGHT_TOTAL];
const LEVEL_FIGURES = '826;666;520;32';

/** total on top, the Cục, the Chi cục's level line (a head, or a row with figures), the Chi cục */
const underTotal = (level: string) => [TOTAL, CUC, level, MY_LOC, VU_BAN];
const HEAD_02 = underTotal(';Riêng các Chi cục:;;;;');
const FIGURES_03 = underTotal(`;Riêng các Chi cục;${LEVEL_FIGURES}`);
/** "Riêng Cục" with figures right under the total, the Cục's own line (no other Cục row) */
const OWN_03 = (label: string) => [TOTAL, `;${label};211;157;103;11`, '1;Chi cục THADS huyện Mỹ Lộc;304;253;207;12', '2;Chi cục THADS huyện Vụ Bản;522;413;313;20'];
/** "Riêng Cục:" over the Cục's office, "Các Chi cục:" over the Chi cục */
const OWN_HEAD_02 = (label: string) => [TOTAL, `;${label};;;;`, '1;Văn phòng Cục THADS tỉnh Nam Định;211;157;103;11', ';Các Chi cục:;;;;', MY_LOC, VU_BAN];

function readRight(r: { code: number; stdout: string; stderr: string }, right: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe('');
  expect(rows(r.stdout), label).toEqual(right);
}

describe('"Riêng" before a level of offices (work92a 02, 03)', () => {
  it('the binary on the hunter\'s shapes: read right (were SECOND_TABLE, NOT_AN_OFFICE)', () => {
    const cases: [string, readonly string[], readonly string[]][] = [
      ['head', HEAD_02, RIGHT],
      ['figures', FIGURES_03, RIGHT],
      ['own', OWN_03('Riêng Cục'), ['Cục|211|157|114|72.61', ...CHI_CUC, RIGHT_TOTAL]],
      ['own head', OWN_HEAD_02('Riêng Cục:'), ['Văn phòng Cục THADS tỉnh Nam Định|211|157|114|72.61', ...CHI_CUC, RIGHT_TOTAL]],
    ];
    for (const [name, body, right] of cases) {
      const file = join(dir, `nam-dinh-${name.replace(' ', '-')}-2019.csv`);
      writeFileSync(file, `${[...TITLE, HEAD, ...body].join('\n')}\n`);
      readRight(spawnThads(['summarize', file, ...ARGS]), right, name);
    }
  });

  it('both readers, titled and plain: the Chi cục\'s head and line with figures, on top of them or below, as written', async () => {
    for (const level of ['Riêng các Chi cục', 'Riêng khối Chi cục', 'Riêng cấp huyện', 'Rieng cac Chi cuc', 'RIÊNG CÁC CHI CỤC']) {
      for (const head of [TITLE, []]) {
        const how = `${level}${head.length === 0 ? ' (plain)' : ''}`;
        readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...underTotal(`;${level}:;;;;`)]), RIGHT, `${how}: head`);
        readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...underTotal(`;${level};${LEVEL_FIGURES}`)]), RIGHT, `${how}: figures`);
        readRight(await both('nam-dinh-2019.csv', [...head, HEAD, CUC, MY_LOC, VU_BAN, `;${level};${LEVEL_FIGURES}`, TOTAL]), RIGHT, `${how}: figures below`);
      }
    }
  });

  it('both readers: the Cục\'s own line ("Riêng Cục", "Riêng Văn phòng Cục", "Riêng cấp tỉnh") and its head', async () => {
    const own: [string, string][] = [['Riêng Cục', 'Cục'], ['Riêng Văn phòng Cục', 'Văn phòng Cục'], ['Riêng cấp tỉnh', 'Cấp tỉnh']];
    for (const [label, name] of own) {
      for (const head of [TITLE, []]) {
        const how = `${label}${head.length === 0 ? ' (plain)' : ''}`;
        const r = await both('nam-dinh-2019.csv', [...head, HEAD, ...OWN_03(label)]);
        // ("Cấp tỉnh" is listed after the offices, as that line is without "Riêng")
        const right = name === 'Cấp tỉnh' ? [...CHI_CUC, 'Cấp tỉnh|211|157|114|72.61', RIGHT_TOTAL] : [`${name}|211|157|114|72.61`, ...CHI_CUC, RIGHT_TOTAL];
        readRight(r, right, how);
        readRight(await both('nam-dinh-2019.csv', [...head, HEAD, ...OWN_HEAD_02(`${label}:`)]), ['Văn phòng Cục THADS tỉnh Nam Định|211|157|114|72.61', ...CHI_CUC, RIGHT_TOTAL], `${how}: head`);
      }
    }
  });

  it('each "Riêng …" reads exactly as its form without it ("Các Chi cục", "Khối Chi cục", "Cấp huyện", "Cục", "Văn phòng Cục", "Cấp tỉnh")', async () => {
    const pairs: [string, string][] = [['Riêng các Chi cục', 'Các Chi cục'], ['Riêng khối Chi cục', 'Khối Chi cục'], ['Riêng cấp huyện', 'Cấp huyện'], ['Riêng Cục', 'Cục'], ['Riêng Văn phòng Cục', 'Văn phòng Cục'], ['Riêng cấp tỉnh', 'Cấp tỉnh']];
    const shapes = (l: string) => [underTotal(`;${l}:;;;;`), underTotal(`;${l};${LEVEL_FIGURES}`), OWN_03(l), OWN_HEAD_02(`${l}:`), [TOTAL, CUC, `;${l};211;157;103;11`, MY_LOC, VU_BAN]];
    // (riengnotot: "Riêng Cục" / "Riêng Văn phòng Cục" below an office row — shapes 1 and 4, the
    // Cục's row above them — is the Cục's level line, as "Cấp tỉnh" there, never one more office
    // as "Cục" is: read right below, not as its form without "Riêng")
    const ownBelowOffice = (rieng: string, i: number) => (rieng === 'Riêng Cục' || rieng === 'Riêng Văn phòng Cục') && (i === 1 || i === 4);
    for (const [rieng, plain] of pairs) {
      const a = shapes(rieng);
      const b = shapes(plain);
      for (let i = 0; i < a.length; i++) {
        for (const head of [TITLE, []]) {
          const with_ = await both('nam-dinh-2019.csv', [...head, HEAD, ...a[i]!]);
          if (ownBelowOffice(rieng, i)) {
            readRight(with_, RIGHT, `${rieng} shape ${i}${head.length === 0 ? ' (plain)' : ''}: the Cục's level line`);
            continue;
          }
          const without = await both('nam-dinh-2019.csv', [...head, HEAD, ...b[i]!]);
          expect({ ...with_, stderr: with_.stderr.split(rieng).join(plain) }, `${rieng} shape ${i}${head.length === 0 ? ' (plain)' : ''}`).toEqual(without);
        }
      }
    }
  });

  it('xlsx twins: read right', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-head-2019.xlsx', [...TITLE, HEAD, ...HEAD_02], ARGS), RIGHT, 'xlsx head');
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-figures-2019.xlsx', [...TITLE, HEAD, ...FIGURES_03], ARGS), RIGHT, 'xlsx figures');
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-plain-2019.xlsx', [HEAD, ...FIGURES_03], ARGS), RIGHT, 'xlsx plain');
    readRight(await summarizeLinesWorkbook(dir, 'nam-dinh-own-2019.xlsx', [...TITLE, HEAD, ...OWN_03('Riêng Cục')], ARGS), ['Cục|211|157|114|72.61', ...CHI_CUC, RIGHT_TOTAL], 'xlsx own');
  });
});

describe('near shapes keep their reading (over-reach controls)', () => {
  const refused = (r: { code: number; stdout: string; stderr: string }, code: string, label: string) => {
    expect(r.code, `${label}: ${r.stderr}`).toBe(1);
    expect(r.stdout, label).toBe('');
    expect(stderrCodes(r.stderr), label).toEqual([code]);
  };

  it('"Riêng án tín dụng, ngân hàng:" (a kind of case) over the offices again: SECOND_TABLE, both readers and xlsx', async () => {
    const file = [CUC, MY_LOC, VU_BAN, TOTAL, ';Riêng án tín dụng, ngân hàng:;;;;', '2;Mỹ Lộc;30;25;20;1', '3;Vụ Bản;52;41;31;2'];
    for (const head of [TITLE, []]) refused(await both('nam-dinh-2019.csv', [...head, HEAD, ...file]), 'SECOND_TABLE', `tín dụng${head.length === 0 ? ' (plain)' : ''}`);
    refused(await summarizeLinesWorkbook(dir, 'nam-dinh-tin-dung-2019.xlsx', [...TITLE, HEAD, ...file], ARGS), 'SECOND_TABLE', 'tín dụng xlsx');
  });

  it('one office after "Riêng" ("Riêng Chi cục THADS huyện Vụ Bản" with figures): NOT_AN_OFFICE, as before', async () => {
    for (const head of [TITLE, []]) refused(await both('nam-dinh-2019.csv', [...head, HEAD, TOTAL, CUC, MY_LOC, ';Riêng Chi cục THADS huyện Vụ Bản;522;413;313;20']), 'NOT_AN_OFFICE', 'one office');
  });

  it('a sum after "Riêng" ("Riêng cộng các Chi cục"), and "Riêng: các Chi cục" with its colon: NOT_AN_OFFICE, as before', async () => {
    for (const label of ['Riêng cộng các Chi cục', 'Riêng: các Chi cục']) {
      refused(await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...underTotal(`;${label};${LEVEL_FIGURES}`)]), 'NOT_AN_OFFICE', label);
    }
  });

  it('a period or nothing after "Riêng" ("Riêng tháng 12/2019:", "Riêng:") heading offices below the total: SECOND_TABLE, as before', async () => {
    for (const label of ['Riêng tháng 12/2019:', 'Riêng:']) {
      refused(await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...underTotal(`;${label};;;;`)]), 'SECOND_TABLE', label);
    }
  });
});
