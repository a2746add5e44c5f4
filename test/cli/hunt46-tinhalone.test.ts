// A 2026 province report exported bare — no title, no Tỉnh column, a file name naming no province
// ("bao-cao-2026.csv") — listing its Văn phòng THADS tỉnh and its Phòng THADS khu vực, with a row
// naming the province itself ("Tỉnh Đắk Lắk", "Đắk Lắk") whose figures are not their sum (a typo in
// the province's line). kvhunt-tinhvp refuses it when the title names the province; without one the
// row was added as one more office beside its own Văn phòng, the province counted twice, exit 0.
// Right: refused as there (REPEATED_ROW, rule 4 of domain/repeated-rows.ts): with no province known
// the row's own name is its place (row-labels.ts ownProvinceAfterMerger).
// By hand (cases):
//   Văn phòng THADS tỉnh     30 có ĐK, 20 xong
//   Phòng THADS khu vực 1   100, 80
//   Phòng THADS khu vực 2    50, 40
//   sum                     180, 140 → 140 / 180 = 0,7777… → 77,78 %
//   the province's row      190, 140 (190 ≠ 180)
//   old reading: 180 + 190 = 370 có ĐK, 140 + 140 = 280 xong, exit 0.
// Controls: the offices alone (180 / 140, 77,78 %); the province's row equal to the sum stays a likely
// total (SUSPECTED_TOTAL_ROW); a national 2026 list of provinces by name ("Tỉnh Đắk Lắk", "Tỉnh Gia
// Lai", "Thành phố Hà Nội", "Thành phố Huế") is read as four offices: 100 + 50 + 300 + 70 = 520 có ĐK,
// 80 + 40 + 200 + 50 = 370 xong (370 / 520 = 0,71153… → 71,15 %).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refused.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-hunt46-tinhalone-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ARGS = ['--format', 'csv'];
const readers = bothReaders('thads-hunt46-tinhalone-', ARGS);

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const VP = '1,Văn phòng THADS tỉnh,30,20';
const KV1 = '2,Phòng THADS khu vực 1,100,80';
const KV2 = '3,Phòng THADS khu vực 2,50,40';

/** district | có ĐK | xong | rate, from the CSV output */
const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

const RIGHT = ['Văn phòng THADS tỉnh|30|20|66.67', 'Phòng THADS khu vực 1|100|80|80.00', 'Phòng THADS khu vực 2|50|40|80.00', 'TOTAL|180|140|77.78'];

describe('a bare 2026 province report (no title, no Tỉnh column): the province\'s own name beside its Văn phòng, figures not the sum, is refused (was added: TOTAL 370 / 280, exit 0)', () => {
  it('through the real binary: "Tỉnh Đắk Lắk" closing the list — exit 1, REPEATED_ROW naming both lines', () => {
    const file = join(dir, 'bao-cao-2026.csv');
    writeFileSync(file, `${[HEAD, VP, KV1, KV2, ',Tỉnh Đắk Lắk,190,140'].join('\n')}\n`);
    const r = spawnThads(['summarize', file, ...ARGS]);
    expectRefused(r, 'REPEATED_ROW');
    expect(r.stderr).toMatch(/bao-cao-2026\.csv:5:2: error: line 5 \("Tỉnh Đắk Lắk"\) and line 2 \("Văn phòng THADS tỉnh"\)/);
  });

  for (const [name, lines] of [
    ['"Tỉnh Đắk Lắk" on top', [HEAD, ',Tỉnh Đắk Lắk,190,140', VP, KV1, KV2]],
    ['"Đắk Lắk" alone, closing the list', [HEAD, VP, KV1, KV2, ',Đắk Lắk,190,140']],
    ['"TỈNH ĐẮK LẮK" in capitals, closing the list', [HEAD, VP, KV1, KV2, ',TỈNH ĐẮK LẮK,190,140']],
  ] as const) {
    it(`${name}: both readers refuse it`, async () => {
      expectRefused(await readers.both('bao-cao-2026.csv', lines), 'REPEATED_ROW');
    });
  }

  it('the xlsx twin ("Tỉnh Đắk Lắk" closing the list): refused', async () => {
    const lines = [HEAD, VP, KV1, KV2, ',Tỉnh Đắk Lắk,190,140'].map((l) => l.replaceAll(',', ';'));
    expectRefused(await summarizeLinesWorkbook(dir, 'bao-cao-2026.xlsx', lines, ARGS), 'REPEATED_ROW');
  });

  it('control: the offices alone — 180 / 140 = 77,78 %, exit 0 (both readers and xlsx)', async () => {
    const r = await readers.both('bao-cao-2026.csv', [HEAD, VP, KV1, KV2]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
    const x = await summarizeLinesWorkbook(dir, 'bao-cao-2026-b.xlsx', [HEAD, VP, KV1, KV2].map((l) => l.replaceAll(',', ';')), ARGS);
    expect(x.code, x.stderr).toBe(0);
    expect(rows(x.stdout)).toEqual(RIGHT);
  });

  it("control: the province's row equal to the sum (180 / 140) stays a likely total, refused as before (SUSPECTED_TOTAL_ROW)", async () => {
    const r = await readers.both('bao-cao-2026.csv', [HEAD, VP, KV1, KV2, ',Tỉnh Đắk Lắk,180,140']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('SUSPECTED_TOTAL_ROW');
    expect(stderrCodes(r.stderr)).not.toContain('REPEATED_ROW');
  });

  it('control: a national 2026 list of provinces by name is read as four offices — 520 / 370 = 71,15 %, exit 0', async () => {
    const r = await readers.both('toan-quoc-2026.csv', [HEAD, '1,Tỉnh Đắk Lắk,100,80', '2,Tỉnh Gia Lai,50,40', '3,Thành phố Hà Nội,300,200', '4,Thành phố Huế,70,50']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(rows(r.stdout)).toEqual(['Tỉnh Đắk Lắk|100|80|80.00', 'Tỉnh Gia Lai|50|40|80.00', 'Thành phố Hà Nội|300|200|66.67', 'Thành phố Huế|70|50|71.43', 'TOTAL|520|370|71.15']);
  });
});
