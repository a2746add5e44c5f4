// A Cục's table listing "Văn phòng Cục" with its figures and its Chi cục, and ALSO a row naming
// the Cục itself ("Cục THADS tỉnh Nam Định", "Cục", "Cục THADS", "Cục Thi hành án dân sự tỉnh Nam
// Định") with exactly the Văn phòng's figures — a clerk's line copied under both names, or a form
// printing the provincial office both ways — was summed twice, exit 0: VP 500/300/252, Mỹ Lộc
// 400/200/160, Vụ Bản 600/250/212 and the Cục's copy 500/300/252 printed a total of 2000 for 1500.
// The two names are one office, the province's own: exactly two such office rows of one place
// with every figure the same are refused as a row pasted twice (REPEATED_ROW, both lines named),
// before or after the Chi cục, with or without a total row, by both readers and from a workbook
// (domain/repeated-rows.ts rule 4; input/row-labels.ts ownOfficeNamed; fast/office-sums.ts hands
// such twins to the reference). Kept: the Cục's row alone, the Cục's row as a total, two
// provinces' Văn phòng, the Văn phòng and the Cục with figures of their own (summed, as before).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { both } = bothReaders('thads-cucbelowvp-', ARGS);
const binDir = mkdtempSync(join(tmpdir(), 'thads-cucbelowvp-bin-'));
afterAll(() => rmSync(binDir, { recursive: true, force: true }));

/** The real binary on `lines` written as `name`; messages name the file FILE. */
function bin(name: string, lines: readonly string[], args: readonly string[] = ARGS) {
  const file = join(binDir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = spawnThads(['summarize', file, ...args]);
  return { ...r, stderr: r.stderr.split(file).join('FILE') };
}

const rows = (stdout: string) => csvColumns(stdout, ['province', 'district', 'cases_to_execute', 'cases_with_conditions', 'cases_resolved']);
const total = (stdout: string) => rows(stdout).filter((r) => r.includes('|TOTAL|'));
const errors = (stderr: string) => stderrCodes(stderr).filter((c) => c !== 'YEAR_UNKNOWN');

// a title line: the reference reader; without: the byte scanner
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'];
const HEAD = 'STT,Đơn vị,Tổng số việc phải thi hành,Việc có điều kiện,Việc giải quyết xong';
const VP = 'Văn phòng Cục,500,300,252';
const MY_LOC = 'Chi cục THADS huyện Mỹ Lộc,400,200,160';
const VU_BAN = 'Chi cục THADS huyện Vụ Bản,600,250,212';
const CUC_NAMES = ['Cục THADS tỉnh Nam Định', 'Cục', 'Cục THADS', 'Cục Thi hành án dân sự tỉnh Nam Định'];
// Without the copy: 500 + 400 + 600 = 1500; 300 + 200 + 250 = 750; 252 + 160 + 212 = 624 (the copy made it 2000 / 1050 / 876)

/** VP, Mỹ Lộc, Vụ Bản, then the Cục's copy (STT 1–4); a total row after, if given. */
const after = (cuc: string, tong?: string) => [HEAD, `1,${VP}`, `2,${MY_LOC}`, `3,${VU_BAN}`, `4,${cuc},500,300,252`, ...(tong ? [`,Tổng cộng,${tong}`] : [])];
/** The Cục's copy first, then VP, Mỹ Lộc, Vụ Bản. */
const before = (cuc: string) => [HEAD, `1,${cuc},500,300,252`, `2,${VP}`, `3,${MY_LOC}`, `4,${VU_BAN}`];

describe('"Văn phòng Cục" and a row naming the Cục itself with every figure the same: one office twice, refused', () => {
  it('the binary: was exit 0 with TOTAL 2000 / 1050 / 876; now exit 1, REPEATED_ROW naming lines 5 and 2', () => {
    const r = bin('nam-dinh-2019.csv', after('Cục THADS tỉnh Nam Định'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain('FILE:5:2: error: line 5 repeats line 2: office "Cục THADS tỉnh Nam Định" (the province\'s own office, "Văn phòng Cục") and every figure the same');
  });

  for (const cuc of CUC_NAMES) {
    it(`"${cuc}" after the Chi cục: both readers, plain and titled`, async () => {
      const plain = await both('nam-dinh-2019.csv', after(cuc));
      expect(plain.code, plain.stderr).toBe(1);
      expect(plain.stdout).toBe('');
      expect(errors(plain.stderr)).toEqual(['REPEATED_ROW']);
      expect(plain.stderr).toContain('FILE:5:2: error: line 5 repeats line 2:');
      const titled = await both('bao-cao-2019.csv', [...TITLE, ...after(cuc)]);
      expect(titled.code, titled.stderr).toBe(1);
      expect(titled.stdout).toBe('');
      expect(errors(titled.stderr)).toEqual(['REPEATED_ROW']);
      expect(titled.stderr).toContain('FILE:7:2: error: line 7 repeats line 4:');
    });

    it(`"${cuc}" before the Văn phòng: both readers, plain and titled`, async () => {
      const plain = await both('nam-dinh-2019.csv', before(cuc));
      expect(plain.code, plain.stderr).toBe(1);
      expect(errors(plain.stderr)).toEqual(['REPEATED_ROW']);
      expect(plain.stderr).toContain(`FILE:3:2: error: line 3 repeats line 2: office "Văn phòng Cục" (the province's own office, "${cuc}")`);
      const titled = await both('bao-cao-2019.csv', [...TITLE, ...before(cuc)]);
      expect(titled.code, titled.stderr).toBe(1);
      expect(errors(titled.stderr)).toEqual(['REPEATED_ROW']);
      expect(titled.stderr).toContain('FILE:5:2: error: line 5 repeats line 4:');
    });
  }

  it('with "Tổng cộng" 2000 / 1050 / 876 (the sum with the copy, which checked it): refused, REPEATED_ROW', async () => {
    const r = await both('nam-dinh-2019.csv', after('Cục THADS tỉnh Nam Định', '2000,1050,876'));
    expect(r.code, r.stderr).toBe(1);
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain('FILE:5:2: error: line 5 repeats line 2:');
  });

  it('with "Tổng cộng" 1500 / 750 / 624 (the sum without the copy): refused, as it was (DECLARED_TOTAL_MISMATCH), now REPEATED_ROW first', async () => {
    const r = await both('nam-dinh-2019.csv', after('Cục THADS tỉnh Nam Định', '1500,750,624'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW', 'DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH']);
  });

  it('xlsx: after and before, refused at the copy\'s row', async () => {
    const a = await summarizeLinesWorkbook(binDir, 'nam-dinh-2019-a.xlsx', [...TITLE, ...after('Cục THADS tỉnh Nam Định')].map((l) => l.replaceAll(',', ';')), ARGS);
    expect(a.code, a.stderr).toBe(1);
    expect(errors(a.stderr)).toEqual(['REPEATED_ROW']);
    expect(a.stderr).toContain('row 7 repeats row 4:');
    const b = await summarizeLinesWorkbook(binDir, 'nam-dinh-2019-b.xlsx', before('Cục').map((l) => l.replaceAll(',', ';')), ARGS);
    expect(b.code, b.stderr).toBe(1);
    expect(errors(b.stderr)).toEqual(['REPEATED_ROW']);
    expect(b.stderr).toContain('row 3 repeats row 2:');
  });
});

describe('near shapes keep their reading', () => {
  it('"Cục THADS tỉnh Nam Định" alone, no Văn phòng row: the Cục\'s own office, summed — 1500 / 750 / 624', async () => {
    const lines = [HEAD, '1,Cục THADS tỉnh Nam Định,500,300,252', `2,${MY_LOC}`, `3,${VU_BAN}`];
    const plain = await both('nam-dinh-2019.csv', lines);
    expect(plain.code, plain.stderr).toBe(0);
    expect(total(plain.stdout)).toEqual(['|TOTAL|1500|750|624']);
    const titled = await both('bao-cao-2019.csv', [...TITLE, ...lines]);
    expect(titled.code, titled.stderr).toBe(0);
    expect(total(titled.stdout)).toEqual(['|TOTAL|1500|750|624']);
  });

  it('"Cục" without STT equal to the sum of all offices (1500 / 750 / 624), on top or below: a total row, refused as before (SUSPECTED_TOTAL_ROW)', async () => {
    const below = await both('nam-dinh-2019.csv', [HEAD, `1,${VP}`, `2,${MY_LOC}`, `3,${VU_BAN}`, ',Cục,1500,750,624']);
    expect(below.code, below.stderr).toBe(1);
    expect(errors(below.stderr)).toEqual(['SUSPECTED_TOTAL_ROW']);
    const top = await both('bao-cao-2019.csv', [...TITLE, HEAD, ',Cục THADS tỉnh Nam Định,1500,750,624', `1,${VP}`, `2,${MY_LOC}`, `3,${VU_BAN}`]);
    expect(top.code, top.stderr).toBe(1);
    expect(errors(top.stderr)).toEqual(['SUSPECTED_TOTAL_ROW']);
  });

  it('two provinces\' "Văn phòng Cục" with the same figures in a national file: two offices, summed — 2000 / 1050 / 876', async () => {
    const r = await both('toan-quoc-2019.csv', [
      'STT,Tỉnh,Đơn vị,Tổng số việc phải thi hành,Việc có điều kiện,Việc giải quyết xong',
      '1,Nam Định,Văn phòng Cục,500,300,252',
      '2,Nam Định,Mỹ Lộc,400,200,160',
      '3,Hà Nam,Văn phòng Cục,500,300,252',
      '4,Hà Nam,Duy Tiên,600,250,212',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // 500 + 400 + 500 + 600 = 2000; 300 + 200 + 300 + 250 = 1050; 252 + 160 + 252 + 212 = 876
    expect(total(r.stdout)).toEqual(['|TOTAL|2000|1050|876']);
    expect(rows(r.stdout)).toContain('Hà Nam|Văn phòng Cục|500|300|252');
  });

  it('two provinces\' Cục rows with the same figures, no Tỉnh column: two offices, summed — 1600 / 850 / 716', async () => {
    const r = await both('toan-quoc-2019.csv', [HEAD, '1,Cục THADS tỉnh Nam Định,500,300,252', '2,Cục THADS tỉnh Hà Nam,500,300,252', '3,Cục THADS tỉnh Thái Bình,600,250,212']);
    expect(r.code, r.stderr).toBe(0);
    // 500 + 500 + 600 = 1600; 300 + 300 + 250 = 850; 252 + 252 + 212 = 716
    expect(total(r.stdout)).toEqual(['|TOTAL|1600|850|716']);
  });

  // (was summed, 1550 / 780 / 649: the one office in two versions that disagree, no total can be
  // told; refused since vpcucdiff, test/cli/vpcucdiff.test.ts)
  it('"Văn phòng Cục" and "Cục THADS tỉnh Nam Định" with figures of their own: one office in two versions, refused (REPEATED_ROW)', async () => {
    const r = await both('bao-cao-2019.csv', [...TITLE, HEAD, `1,${VP}`, `2,${MY_LOC}`, `3,${VU_BAN}`, '4,Cục THADS tỉnh Nam Định,50,30,25']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain('FILE:7:2: error: line 7 ("Cục THADS tỉnh Nam Định") and line 4 ("Văn phòng Cục") name one office, the province\'s own, under two names, with figures that differ');
  });
});
