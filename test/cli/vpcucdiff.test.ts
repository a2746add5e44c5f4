// A table holding the province's own office under BOTH its names — "Văn phòng Cục" (or "VP Cục",
// "Văn phòng Cục THADS tỉnh Nam Định") and "Cục THADS tỉnh Nam Định" (or "Cục Thi hành án dân sự
// tỉnh Nam Định") — with DIFFERENT figures, the Cục's row no total of the others, was summed as
// two offices, exit 0: VP 500/400/1000/800, Cục 550/420/1100/850, Mỹ Lộc 300/250/600/500, Vụ Bản
// 700/600/1400/1200 printed TOTAL 2050 / 1670 / 4100 / 3350. The two rows are one office, the
// Cục's own, written twice in two versions that disagree: no total can be told. Refused
// REPEATED_ROW naming both lines (domain/repeated-rows.ts rule 4, with different figures;
// fast/office-sums.ts ownTwins hands any such pair to the reference). Kept: the Cục's row equal
// to the sum of all the others (a total: SUSPECTED_TOTAL_ROW alone), the Cục's row alone, two
// provinces' rows, a Cục row of zeros.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { both } = bothReaders('thads-vpcucdiff-', ARGS);
const binDir = mkdtempSync(join(tmpdir(), 'thads-vpcucdiff-bin-'));
afterAll(() => rmSync(binDir, { recursive: true, force: true }));

/** The real binary on `lines` written as `name`; messages name the file FILE. */
function bin(name: string, lines: readonly string[], args: readonly string[] = ARGS) {
  const file = join(binDir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = spawnThads(['summarize', file, ...args]);
  return { ...r, stderr: r.stderr.split(file).join('FILE') };
}

const KEYS = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'];
const rows = (stdout: string) => csvColumns(stdout, KEYS);
const total = (stdout: string) => rows(stdout).filter((r) => r.includes('|TOTAL|'));
const errors = (stderr: string) => stderrCodes(stderr).filter((c) => c !== 'YEAR_UNKNOWN');

// a title line and a unit line: the reference reader; without: the byte scanner (and `both` runs either)
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', 'Đơn vị tính: đồng'];
const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const MY_LOC = 'Chi cục THADS huyện Mỹ Lộc,300,250,600,500';
const VU_BAN = 'Chi cục THADS huyện Vụ Bản,700,600,1400,1200';
const VP_NAMES = ['Văn phòng Cục', 'VP Cục', 'Văn phòng Cục THADS tỉnh Nam Định'];
const CUC_NAMES = ['Cục THADS tỉnh Nam Định', 'Cục Thi hành án dân sự tỉnh Nam Định'];

/** The brief's table: VP 500/400/1000/800, then the Cục 550/420/1100/850, Mỹ Lộc, Vụ Bản (STT 1–4). */
const table = (vp: string, cuc: string) => [HEAD, `1,${vp},500,400,1000,800`, `2,${cuc},550,420,1100,850`, `3,${MY_LOC}`, `4,${VU_BAN}`];
/** The Cục's row first, the VP's after the Chi cục. */
const cucFirst = (vp: string, cuc: string) => [HEAD, `1,${cuc},550,420,1100,850`, `2,${MY_LOC}`, `3,${VU_BAN}`, `4,${vp},500,400,1000,800`];

describe('the Văn phòng Cục and the Cục itself with figures that differ: one office in two versions, refused', () => {
  it('the binary on "Nam Dinh 2024.csv": was exit 0 with TOTAL 2050 / 1670; now exit 1, REPEATED_ROW naming lines 3 and 2', () => {
    const r = bin('Nam Dinh 2024.csv', table('Văn phòng Cục', 'Cục THADS tỉnh Nam Định'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain('FILE:3:2: error: line 3 ("Cục THADS tỉnh Nam Định") and line 2 ("Văn phòng Cục") name one office, the province\'s own, under two names, with figures that differ');
    expect(r.stderr).toContain('thads: 1 error in the input; nothing was summed');
  });

  for (const vp of VP_NAMES) {
    for (const cuc of CUC_NAMES) {
      it(`"${vp}" and "${cuc}": both readers, plain and titled with a unit line, either order`, async () => {
        const plain = await both('Nam Dinh 2024.csv', table(vp, cuc));
        expect(plain.code, plain.stderr).toBe(1);
        expect(plain.stdout).toBe('');
        expect(errors(plain.stderr)).toEqual(['REPEATED_ROW']);
        expect(plain.stderr).toContain(`FILE:3:2: error: line 3 ("${cuc}") and line 2 ("${vp}") name one office`);
        const titled = await both('bao-cao-2024.csv', [...TITLE, ...table(vp, cuc)]);
        expect(titled.code, titled.stderr).toBe(1);
        expect(titled.stdout).toBe('');
        expect(errors(titled.stderr)).toEqual(['REPEATED_ROW']);
        expect(titled.stderr).toContain(`FILE:6:2: error: line 6 ("${cuc}") and line 5 ("${vp}") name one office`);
        const reversed = await both('Nam Dinh 2024.csv', cucFirst(vp, cuc));
        expect(reversed.code, reversed.stderr).toBe(1);
        expect(errors(reversed.stderr)).toEqual(['REPEATED_ROW']);
        expect(reversed.stderr).toContain(`FILE:5:2: error: line 5 ("${vp}") and line 2 ("${cuc}") name one office`);
      });
    }
  }

  it('with "Tổng cộng" 2050 / 1670 / 4100 / 3350 (the sum of both versions, which "checked" it): refused all the same', async () => {
    const r = await both('Nam Dinh 2024.csv', [...table('Văn phòng Cục', 'Cục THADS tỉnh Nam Định'), ',Tổng cộng,2050,1670,4100,3350']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
  });

  it('(d) 2026 names, "Văn phòng THADS tỉnh Ninh Bình" beside "Thi hành án dân sự tỉnh Ninh Bình": the same rule, refused', async () => {
    const lines = [HEAD, '1,Văn phòng THADS tỉnh Ninh Bình,500,400,1000,800', '2,Thi hành án dân sự tỉnh Ninh Bình,550,420,1100,850', '3,Phòng THADS khu vực 1 - Ninh Bình,300,250,600,500'];
    const r = await both('Ninh Binh 2026.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['REPEATED_ROW']);
    expect(r.stderr).toContain('FILE:3:2: error: line 3 ("Thi hành án dân sự tỉnh Ninh Bình") and line 2 ("Văn phòng THADS tỉnh Ninh Bình") name one office');
  });

  it('xlsx twin: refused at the second row of the two, both rows named', async () => {
    const a = await summarizeLinesWorkbook(binDir, 'nam-dinh-2024-a.xlsx', table('Văn phòng Cục', 'Cục THADS tỉnh Nam Định').map((l) => l.replaceAll(',', ';')), ARGS);
    expect(a.code, a.stderr).toBe(1);
    expect(a.stdout).toBe('');
    expect(errors(a.stderr)).toEqual(['REPEATED_ROW']);
    expect(a.stderr).toContain('row 3 ("Cục THADS tỉnh Nam Định") and row 2 ("Văn phòng Cục") name one office');
    const b = await summarizeLinesWorkbook(binDir, 'nam-dinh-2024-b.xlsx', [...TITLE, ...cucFirst('VP Cục', 'Cục Thi hành án dân sự tỉnh Nam Định')].map((l) => l.replaceAll(',', ';')), ARGS);
    expect(b.code, b.stderr).toBe(1);
    expect(errors(b.stderr)).toEqual(['REPEATED_ROW']);
    expect(b.stderr).toContain('row 8 ("VP Cục") and row 5 ("Cục Thi hành án dân sự tỉnh Nam Định") name one office');
  });
});

describe('near shapes keep their reading', () => {
  it('(a) "Cục THADS tỉnh Nam Định" equal to the sum of all the other rows (VP + Chi cục: 1500 / 1250 / 3000 / 2500): a total, SUSPECTED_TOTAL_ROW alone, as today', async () => {
    // 500 + 300 + 700 = 1500; 400 + 250 + 600 = 1250; 1000 + 600 + 1400 = 3000; 800 + 500 + 1200 = 2500
    const second = [HEAD, '1,Văn phòng Cục,500,400,1000,800', '2,Cục THADS tỉnh Nam Định,1500,1250,3000,2500', `3,${MY_LOC}`, `4,${VU_BAN}`];
    const plain = await both('Nam Dinh 2024.csv', second);
    expect(plain.code, plain.stderr).toBe(1);
    expect(errors(plain.stderr)).toEqual(['SUSPECTED_TOTAL_ROW']);
    expect(plain.stderr).toContain('FILE:3: error: line 3 "Cục THADS tỉnh Nam Định" looks like a total row: its figures equal the sum of all the other 3 rows');
    const top = await both('bao-cao-2024.csv', [...TITLE, HEAD, ',Cục Thi hành án dân sự tỉnh Nam Định,1500,1250,3000,2500', '1,VP Cục,500,400,1000,800', `2,${MY_LOC}`, `3,${VU_BAN}`]);
    expect(top.code, top.stderr).toBe(1);
    expect(errors(top.stderr)).toEqual(['SUSPECTED_TOTAL_ROW']);
    const x = await summarizeLinesWorkbook(binDir, 'nam-dinh-2024-total.xlsx', second.map((l) => l.replaceAll(',', ';')), ARGS);
    expect(x.code, x.stderr).toBe(1);
    expect(errors(x.stderr)).toEqual(['SUSPECTED_TOTAL_ROW']);
  });

  it('(b) "Cục THADS tỉnh Nam Định" alone beside the Chi cục: the Cục\'s office, summed — 1550 / 1270 / 3100 / 2550', async () => {
    const lines = [HEAD, '1,Cục THADS tỉnh Nam Định,550,420,1100,850', `2,${MY_LOC}`, `3,${VU_BAN}`];
    // 550 + 300 + 700 = 1550; 420 + 250 + 600 = 1270; 1100 + 600 + 1400 = 3100; 850 + 500 + 1200 = 2550
    const plain = await both('Nam Dinh 2024.csv', lines);
    expect(plain.code, plain.stderr).toBe(0);
    expect(total(plain.stdout)).toEqual(['|TOTAL|1550|1270|3100|2550']);
    const titled = await both('bao-cao-2024.csv', [...TITLE, ...lines]);
    expect(titled.code, titled.stderr).toBe(0);
    expect(total(titled.stdout)).toEqual(['|TOTAL|1550|1270|3100|2550']);
    const x = await summarizeLinesWorkbook(binDir, 'nam-dinh-2024-alone.xlsx', lines.map((l) => l.replaceAll(',', ';')), ARGS);
    expect(x.code, x.stderr).toBe(0);
    expect(total(x.stdout)).toEqual(['|TOTAL|1550|1270|3100|2550']);
  });

  it('(c) "Văn phòng Cục" under Nam Định, "Cục THADS tỉnh Hà Nam" under Hà Nam: two offices, summed — 1350 / 1070 / 2700 / 2150', async () => {
    const r = await both('toan-quoc-2024.csv', [
      'STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
      '1,Nam Định,Văn phòng Cục,500,400,1000,800',
      '2,Hà Nam,Cục THADS tỉnh Hà Nam,550,420,1100,850',
      `3,Nam Định,${MY_LOC}`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    // 500 + 550 + 300 = 1350; 400 + 420 + 250 = 1070; 1000 + 1100 + 600 = 2700; 800 + 850 + 500 = 2150
    expect(total(r.stdout)).toEqual(['|TOTAL|1350|1070|2700|2150']);
    expect(rows(r.stdout)).toContain('Hà Nam|Cục THADS tỉnh Hà Nam|550|420|1100|850');
    expect(rows(r.stdout)).toContain('Nam Định|Văn phòng Cục|500|400|1000|800');
  });

  it('"Cục THADS tỉnh Nam Định" of zeros beside "Văn phòng Cục": it adds nothing, summed as today — 800 / 650 / 1600 / 1300', async () => {
    const r = await both('Nam Dinh 2024.csv', [HEAD, '1,Văn phòng Cục,500,400,1000,800', '2,Cục THADS tỉnh Nam Định,0,0,0,0', `3,${MY_LOC}`]);
    expect(r.code, r.stderr).toBe(0);
    // 500 + 0 + 300 = 800; 400 + 0 + 250 = 650; 1000 + 0 + 600 = 1600; 800 + 0 + 500 = 1300
    expect(total(r.stdout)).toEqual(['|TOTAL|800|650|1600|1300']);
  });

  it('"Văn phòng Cục" on two rows of its one name with figures of their own: the office\'s rows, summed as today (DUPLICATE_OFFICE) — 1350 / 1070 / 2700 / 2150', async () => {
    const r = await both('Nam Dinh 2024.csv', [HEAD, '1,Văn phòng Cục,500,400,1000,800', '2,Văn phòng Cục,550,420,1100,850', `3,${MY_LOC}`]);
    expect(r.code, r.stderr).toBe(0);
    // 500 + 550 + 300 = 1350; 400 + 420 + 250 = 1070; 1000 + 1100 + 600 = 2700; 800 + 850 + 500 = 2150
    expect(total(r.stdout)).toEqual(['|TOTAL|1350|1070|2700|2150']);
    expect(errors(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });
});
