// A 2026 table (TT 05/2026 naming) closing with "Tổng cộng", and under it the split by level in
// its two other common wordings (work100a 03): (1) "Trong đó:" (a line without figures), then
// "THADS tỉnh" / "Phòng THADS khu vực" — was SECOND_TABLE, exit 1; (2) "THADS cấp tỉnh" / "THADS
// cấp khu vực" — was TOTAL_BREAKDOWN_BELOW, exit 1; while "Trong đó:" + "Cấp tỉnh" / "Cấp khu
// vực" was read right. The word opening the total's parts alone ("Trong đó:", "Chia ra:") no
// longer ends the level lines' place below the total (read-csv.ts closedByTotal), and "THADS cấp
// tỉnh" is the level "Cấp tỉnh" in its agency's words (row-labels.ts levelWords). Totals by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { both } = bothReaders('thads-lvltrongdo-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-lvltrongdo-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLS = ['district', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'];
const rows = (stdout: string) => csvColumns(stdout, COLS);

// a title and a unit line: the reference reader; without them: the byte scanner (which hands a
// "Trong đó:" line to the reference reader itself). ';'-separated: the CSV's delimiter and the xlsx twins' cells.
const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026;;;;;', ';;;;Đơn vị tính: Việc; nghìn đồng;'];
const HEAD = ['STT;Đơn vị;Về việc;;Về tiền;', ';;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong'];
const OWN = '1;THADS tỉnh Ninh Bình;608;582;13.338.211;11.812.507';
const KV = ['2;Phòng THADS khu vực 1;586;533;9.565.824;8.009.734', '3;Phòng THADS khu vực 2;655;630;16.389.337;14.490.039', '4;Phòng THADS khu vực 3;700;650;10.000.000;8.000.000'];
const TOTAL = ';Tổng cộng;2549;2395;49.293.372;42.312.280';
const OWN_FIGURES = '608;582;13.338.211;11.812.507';
const KV_FIGURES = '1941;1813;35.955.161;30.499.773';
// By hand: có ĐK 608 + 586 + 655 + 700 = 2549; xong 582 + 533 + 630 + 650 = 2395; tiền có ĐK
// 13.338.211 + 9.565.824 + 16.389.337 + 10.000.000 = 49.293.372 nghìn; tiền xong 11.812.507 +
// 8.009.734 + 14.490.039 + 8.000.000 = 42.312.280 nghìn. The khu vực alone: 586 + 655 + 700 =
// 1941; 533 + 630 + 650 = 1813; 9.565.824 + 16.389.337 + 10.000.000 = 35.955.161; 8.009.734 +
// 14.490.039 + 8.000.000 = 30.499.773. Rates: 2395 / 2549 = 93.96 %; 42.312.280 / 49.293.372 = 85.84 %.
const RIGHT = [
  'THADS tỉnh Ninh Bình|608|582|13338211000|11812507000',
  'Phòng THADS khu vực 1|586|533|9565824000|8009734000',
  'Phòng THADS khu vực 2|655|630|16389337000|14490039000',
  'Phòng THADS khu vực 3|700|650|10000000000|8000000000',
  'TOTAL|2549|2395|49293372000|42312280000',
];
// without the unit line (plain) the money is read as written, in đồng
const PLAIN = [
  'THADS tỉnh Ninh Bình|608|582|13338211|11812507',
  'Phòng THADS khu vực 1|586|533|9565824|8009734',
  'Phòng THADS khu vực 2|655|630|16389337|14490039',
  'Phòng THADS khu vực 3|700|650|10000000|8000000',
  'TOTAL|2549|2395|49293372|42312280',
];
const rightFor = (head: readonly string[]) => (head.length === 0 ? PLAIN : RIGHT);
const plainWord = (head: readonly string[]) => (head.length === 0 ? ' (plain)' : '');

/** the table, then (a word opening the parts, if any) the level lines under its total */
const table = (word: string | null, own: string, kv: string, ownFigures = OWN_FIGURES, kvFigures = KV_FIGURES) => [...HEAD, OWN, ...KV, TOTAL, ...(word === null ? [] : [`;${word};;;;`]), `;${own};${ownFigures}`, `;${kv};${kvFigures}`];

type Run = { code: number; stdout: string; stderr: string };
function readRight(r: Run, label: string, right = RIGHT) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe('');
  expect(rows(r.stdout), label).toEqual(right);
}
function refused(r: Run, codes: readonly string[], label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual(codes);
}

const WORDS = ['Trong đó:', 'Trong đó', 'Chia ra:', 'Trong số đó:'];
/** the provincial level's line and the khu vực level's, as offices write them */
const PAIRS: readonly (readonly [string, string])[] = [
  ['THADS tỉnh', 'Phòng THADS khu vực'],
  ['THADS cấp tỉnh', 'THADS cấp khu vực'],
  ['Thi hành án dân sự cấp tỉnh', 'Thi hành án dân sự cấp khu vực'],
  ['Văn phòng THADS tỉnh', 'Cấp khu vực'],
  ['Cấp tỉnh', 'Cấp khu vực'],
];

describe('the 2026 split by level under "Tổng cộng" after "Trong đó:", or written "THADS cấp tỉnh" (work100a 03): read, checked, never added', () => {
  it('the binary on the hunter\'s files (were SECOND_TABLE and TOTAL_BREAKDOWN_BELOW, exit 1): 2549 / 2395, 49.293.372.000 / 42.312.280.000 đồng', () => {
    const files: Record<string, readonly string[]> = {
      'Ninh Bình 2026.csv': table('Trong đó:', 'THADS tỉnh', 'Phòng THADS khu vực'),
      'Ninh Bình 2026 cấp.csv': table(null, 'THADS cấp tỉnh', 'THADS cấp khu vực'),
      'Ninh Bình 2026 control Cap tinh.csv': table('Trong đó:', 'Cấp tỉnh', 'Cấp khu vực'),
    };
    for (const [name, lines] of Object.entries(files)) {
      const file = join(dir, name);
      // (as the hunter's: comma-separated, the figures with a thousands dot quoted)
      const csv = [...TITLE, ...lines].map((l) => l.split(';').map((c) => (/^\d+\.\d{3}/.test(c) ? `"${c}"` : c)).join(','));
      writeFileSync(file, `${csv.join('\n')}\n`);
      const r = spawnThads(['summarize', file, ...ARGS]);
      readRight(r, name);
      expect(r.stdout, name).toContain(',93.96,');
      expect(r.stdout, name).toContain(',85.84,');
    }
  });

  it('both readers, titled and plain: every word opening the parts over every wording of the two levels\' lines', async () => {
    for (const word of WORDS) {
      for (const [own, kv] of PAIRS) {
        for (const head of [TITLE, []]) readRight(await both('ninh-binh-2026.csv', [...head, ...table(word, own, kv)]), `${word} ${own} / ${kv}${plainWord(head)}`, rightFor(head));
      }
    }
  });

  it('"THADS cấp tỉnh" / "THADS cấp khu vực" with no word before them, either order, or above the total: read as "Cấp tỉnh" / "Cấp khu vực" are', async () => {
    for (const head of [TITLE, []]) {
      readRight(await both('ninh-binh-2026.csv', [...head, ...table(null, 'THADS cấp tỉnh', 'THADS cấp khu vực')]), `below${plainWord(head)}`, rightFor(head));
      readRight(await both('ninh-binh-2026.csv', [...head, ...table(null, 'THADS cấp khu vực', 'THADS cấp tỉnh', KV_FIGURES, OWN_FIGURES)]), `khu vực first${plainWord(head)}`, rightFor(head));
      readRight(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, `;THADS cấp tỉnh;${OWN_FIGURES}`, `;THADS cấp khu vực;${KV_FIGURES}`, TOTAL]), `above the total${plainWord(head)}`, rightFor(head));
      // with no total at all (was: both added as two more offices, 5098 / 4790, exit 0)
      readRight(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, `;THADS cấp tỉnh;${OWN_FIGURES}`, `;THADS cấp khu vực;${KV_FIGURES}`]), `no total${plainWord(head)}`, rightFor(head));
    }
  });

  it('xlsx twins: read right', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'ninh-binh-2026.xlsx', [...TITLE, ...table('Trong đó:', 'THADS tỉnh', 'Phòng THADS khu vực')], ARGS), 'xlsx Trong đó');
    readRight(await summarizeLinesWorkbook(dir, 'ninh-binh-cap-2026.xlsx', [...TITLE, ...table(null, 'THADS cấp tỉnh', 'THADS cấp khu vực')], ARGS), 'xlsx cấp');
    readRight(await summarizeLinesWorkbook(dir, 'ninh-binh-plain-2026.xlsx', table('Trong đó:', 'THADS cấp tỉnh', 'THADS cấp khu vực'), ARGS), 'xlsx plain', PLAIN);
  });
});

describe('checked, and near shapes keep their reading (over-reach controls)', () => {
  it('level lines that do not add up to the total (609 for 608: 609 + 1941 = 2550, not 2549): refused, nothing summed', async () => {
    const wrong = '609;582;13.338.211;11.812.507';
    // (the bare name after "Trong đó:" is checked as it is without it: lvl2026's eight mismatches)
    const eight = Array<string>(8).fill('DECLARED_TOTAL_MISMATCH');
    for (const head of [TITLE, []]) {
      refused(await both('ninh-binh-2026.csv', [...head, ...table('Trong đó:', 'THADS tỉnh', 'Phòng THADS khu vực', wrong)]), eight, `Trong đó THADS tỉnh${plainWord(head)}`);
      refused(await both('ninh-binh-2026.csv', [...head, ...table(null, 'THADS tỉnh', 'Phòng THADS khu vực', wrong)]), eight, `bare THADS tỉnh${plainWord(head)}`);
      // "THADS cấp tỉnh" as "Cấp tỉnh" is: one mismatch
      for (const word of ['Trong đó:', null]) {
        for (const own of ['THADS cấp tỉnh', 'Cấp tỉnh']) refused(await both('ninh-binh-2026.csv', [...head, ...table(word, own, own.replace('tỉnh', 'khu vực'), wrong)]), ['DECLARED_TOTAL_MISMATCH'], `${word} ${own}${plainWord(head)}`);
      }
    }
    refused(await summarizeLinesWorkbook(dir, 'ninh-binh-wrong-2026.xlsx', [...TITLE, ...table('Trong đó:', 'THADS tỉnh', 'Phòng THADS khu vực', wrong)], ARGS), eight, 'xlsx wrong');
    refused(await summarizeLinesWorkbook(dir, 'ninh-binh-wrong-cap-2026.xlsx', [...TITLE, ...table(null, 'THADS cấp tỉnh', 'THADS cấp khu vực', wrong)], ARGS), ['DECLARED_TOTAL_MISMATCH'], 'xlsx wrong cấp');
  });

  it('"Trong đó:" below the total over ordinary offices\' lines, or a numbered "1 | Văn phòng THADS tỉnh": another table, SECOND_TABLE as before', async () => {
    for (const head of [TITLE, []]) {
      refused(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, TOTAL, ';Trong đó:;;;;', ';Phòng THADS khu vực 1;586;533;9.565.824;8.009.734', ';Phòng THADS khu vực 2;655;630;16.389.337;14.490.039']), ['SECOND_TABLE'], `offices${plainWord(head)}`);
      refused(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, TOTAL, ';Trong đó:;;;;', `1;Văn phòng THADS tỉnh;${OWN_FIGURES}`, '2;Phòng THADS khu vực 1;586;533;9.565.824;8.009.734']), ['SECOND_TABLE'], `numbered${plainWord(head)}`);
    }
  });

  it('a heading that is no bare of-which word ("Trong đó: án tín dụng", "Về tiền") over "THADS tỉnh": as before', async () => {
    for (const head of [TITLE, []]) {
      // a kind of cases' part of the rows above: another table
      refused(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, TOTAL, ';Trong đó: án tín dụng;;;;', ';THADS tỉnh;60;58;1.338.211;1.812.507', ';Phòng THADS khu vực;41;13;5.955.161;499.773']), ['SECOND_TABLE'], `án tín dụng${plainWord(head)}`);
    }
    // another measure's block ("Về tiền"): its rows no level's lines, refused as before (measure-heading-beside)
    refused(await both('ninh-binh-2026.csv', [...TITLE, ...table('Về tiền', 'THADS tỉnh', 'Phòng THADS khu vực')]), ['REPEATED_ROW', ...Array<string>(8).fill('DECLARED_TOTAL_MISMATCH')], 'Về tiền');
  });

  it('the same table without the level lines, and a "Trong đó:" line alone under the total: four offices, as before', async () => {
    for (const head of [TITLE, []]) {
      readRight(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, TOTAL]), `no level lines${plainWord(head)}`, rightFor(head));
      readRight(await both('ninh-binh-2026.csv', [...head, ...HEAD, OWN, ...KV, TOTAL, ';Trong đó:;;;;']), `Trong đó alone${plainWord(head)}`, rightFor(head));
    }
  });
});
