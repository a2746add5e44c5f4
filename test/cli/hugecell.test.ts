// A cell of tens of kilobytes (a pasted note in a title line or a name cell, a fuzzed cell) is read
// as the same cell written short is: the same exit code and first error, the same TOTAL — the name
// rules that try every word of a name as the start of a province, a version's or a period's note
// try no text longer than one (LONGEST_NAME): tried whole, each cell took minutes (fuzz seed
// 20261202, hugeField 43628 bytes: 152 s). No timing is asserted: the outcome must not change.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const HEADER = 'Đơn vị,Tổng số phải thi hành (việc),Có điều kiện (việc),Chưa có điều kiện (việc),Giải quyết xong (việc)';
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC';
const ROWS = ['Chi cục A,120,90,30,70', 'Chi cục B,87,33,54,25', 'Chi cục C,64,50,14,41'];
// by hand: to execute 120+87+64, with conditions 90+33+50, without 30+54+14, resolved 70+25+41
const TOTAL = { toExecute: '271', withConditions: '173', withoutConditions: '98', resolved: '136' };

function write(name: string, lines: readonly string[], sep = ','): string {
  const dir = mkdtempSync(join(tmpdir(), 'thads-hugecell-'));
  const file = join(dir, name);
  // a line already tab-separated (its name cell holds commas) is written as it is
  writeFileSync(file, lines.map((l) => (l.includes('\t') ? l : l.split(',').join(sep))).join('\n') + '\n');
  return file;
}

/** The same lines as an .xlsx (figures as numbers). */
async function writeXlsx(name: string, lines: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of lines) ws.addRow(l.split('\t').map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
  const file = join(mkdtempSync(join(tmpdir(), 'thads-hugecell-')), name);
  await wb.xlsx.writeFile(file);
  return file;
}

function outcome(file: string): { code: number; firstError: string | null; total: unknown; offices?: string[] } {
  const r = spawnThads(['summarize', file, '--format', 'json']);
  const firstError = /\[([A-Z_]+)\]/.exec(r.stderr)?.[1] ?? null;
  let total: unknown = null;
  if (r.code === 0) {
    const t = JSON.parse(r.stdout).total?.cases ?? null;
    total = t === null ? null : { toExecute: t.toExecute, withConditions: t.withConditions, withoutConditions: t.withoutConditions, resolved: t.resolved };
  }
  const offices = r.code === 0 ? (JSON.parse(r.stdout).groups as { province: string; district: string }[]).map((g) => `${g.province}/${g.district}`) : [];
  return { code: r.code, firstError, total, offices };
}

const bigTitle = 'Tổng cộng '.repeat(4000).trim(); // 40 KB
const bigDashed = 'Mỹ Lộc, 6 tháng - (sửa) '.repeat(1700).trim(); // ~40 KB, marks throughout
const bigNumber = '1.234,5'.repeat(6000); // 42 KB, commas throughout

describe('a huge title cell reads as the short one', () => {
  for (const sep of [',', '\t']) {
    const ext = sep === ',' ? 'csv' : 'tsv';
    it(`title line of 40 KB (${ext}, reference reader)`, () => {
      const short = outcome(write(`Nam Định 2019.${ext}`, ['Tổng cộng', HEADER, ...ROWS], sep));
      const long = outcome(write(`Nam Định 2019.${ext}`, [bigTitle, HEADER, ...ROWS], sep));
      expect(long).toEqual(short);
      expect(long).toEqual({ code: 0, firstError: null, total: TOTAL, offices: ['Nam Định/Chi cục A', 'Nam Định/Chi cục B', 'Nam Định/Chi cục C'] });
    });
    it(`title line of 40 KB with marks (${ext})`, () => {
      const short = outcome(write(`Nam Định 2019.${ext}`, ['Mỹ Lộc - 6 tháng (sửa)', HEADER, ...ROWS], sep));
      const long = outcome(write(`Nam Định 2019.${ext}`, [bigDashed.replace(/,/g, ';'), HEADER, ...ROWS], sep));
      expect(long.code).toBe(short.code);
      expect(long.firstError).toBe(short.firstError);
    });
  }
  // an xlsx cell holds at most 32,767 characters: 30 KB
  it('title cell of 30 KB (xlsx twin)', async () => {
    const rows = ROWS.map((r) => r.replace(/,/g, '\t'));
    const short = outcome(await writeXlsx('Nam Định 2019.xlsx', ['Tổng cộng', HEADER.replace(/,/g, '\t'), ...rows]));
    const long = outcome(await writeXlsx('Nam Định 2019.xlsx', ['Tổng cộng '.repeat(3000).trim(), HEADER.replace(/,/g, '\t'), ...rows]));
    expect(long).toEqual(short);
    expect(long.total).toEqual(TOTAL);
  });
  it('the plain file is summed right (control)', () => {
    expect(outcome(write('Nam Định 2019.csv', [TITLE, HEADER, ...ROWS]))).toEqual({ code: 0, firstError: null, total: TOTAL, offices: ['Nam Định/Chi cục A', 'Nam Định/Chi cục B', 'Nam Định/Chi cục C'] });
  });
});

describe('a huge name cell reads as a short one of its kind', () => {
  it('office name of 40 KB with dashes and brackets (tsv)', () => {
    const short = outcome(write('Nam Định 2019.tsv', [TITLE, HEADER, 'Mỹ Lộc, 6 tháng - (sửa) Mỹ Lộc, 6 tháng - (sửa)\t87\t33\t54\t25', ROWS[0]!, ROWS[2]!], '\t'));
    const long = outcome(write('Nam Định 2019.tsv', [TITLE, HEADER, `${bigDashed}\t87\t33\t54\t25`, ROWS[0]!, ROWS[2]!], '\t'));
    expect(long.code).toBe(short.code);
    expect(long.firstError).toBe(short.firstError);
    // a version's words set beside the office: refused as its short twin is
    expect([long.code, long.firstError]).toEqual([1, 'NOT_AN_OFFICE']);
  });
  it('office name of 30 KB with dashes and brackets (xlsx twin)', async () => {
    const rows = [ROWS[0]!, ROWS[2]!].map((r) => r.replace(/,/g, '\t'));
    const short = outcome(await writeXlsx('Nam Định 2019.xlsx', [TITLE, HEADER.replace(/,/g, '\t'), 'Mỹ Lộc, 6 tháng - (sửa) Mỹ Lộc, 6 tháng - (sửa)\t87\t33\t54\t25', ...rows]));
    const long = outcome(await writeXlsx('Nam Định 2019.xlsx', [TITLE, HEADER.replace(/,/g, '\t'), `${bigDashed.slice(0, 30000)}\t87\t33\t54\t25`, ...rows]));
    expect(long.code).toBe(short.code);
    expect(long.firstError).toBe(short.firstError);
    // a version's words set beside the office: refused as its short twin is
    expect([long.code, long.firstError]).toEqual([1, 'NOT_AN_OFFICE']);
  });
  it('office name of 42 KB of numbers and commas (tsv, byte scanner: no title)', () => {
    const short = outcome(write('Nam Định 2019.tsv', [HEADER, ROWS[0]!, `${'1.234,5'.repeat(3)}\t87\t33\t54\t25`, ROWS[2]!], '\t'));
    const long = outcome(write('Nam Định 2019.tsv', [HEADER, ROWS[0]!, `${bigNumber}\t87\t33\t54\t25`, ROWS[2]!], '\t'));
    expect(long.code).toBe(short.code);
    expect(long.firstError).toBe(short.firstError);
    expect([long.code, long.total]).toEqual([0, TOTAL]);
  });
});

// Over-reach controls: short names the rules read keep their present reading.
describe('short names keep their reading', () => {
  it('"Mỹ Lộc - Nam Định 2019 - bản sửa.csv": the office Mỹ Lộc of Nam Định', () => {
    const r = outcome(write('Mỹ Lộc - Nam Định 2019 - bản sửa.csv', [TITLE, HEADER, 'Mỹ Lộc,120,90,30,70']));
    expect(r).toEqual(EXPECT_MYLOC);
  });
  it('office cell "Mỹ Lộc - Nam Định" in a Nam Định file: the office Mỹ Lộc', () => {
    const r = outcome(write('Nam Định 2019.csv', [TITLE, HEADER, 'Mỹ Lộc - Nam Định,120,90,30,70', 'Vụ Bản,87,33,54,25']));
    expect(r).toEqual({ code: 0, firstError: null, total: { toExecute: '207', withConditions: '123', withoutConditions: '84', resolved: '95' }, offices: EXPECT_PAIR });
  });
  it('title "CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019 (SỬA)" names the office its file name names', () => {
    const r = outcome(write('Mỹ Lộc 2019.csv', ['CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019 (SỬA)', HEADER, 'Mỹ Lộc,120,90,30,70']));
    expect(r).toEqual(EXPECT_TITLED);
  });
});
const ONE = { toExecute: '120', withConditions: '90', withoutConditions: '30', resolved: '70' };
const EXPECT_MYLOC = { code: 0, firstError: null, total: ONE, offices: ['Nam Định/Mỹ Lộc'] };
// (no province in the file's name nor its title: none)
const EXPECT_TITLED = { code: 0, firstError: null, total: ONE, offices: ['null/Mỹ Lộc'] };
// (the office written as its cell writes it; its key is Mỹ Lộc's)
const EXPECT_PAIR = ['Nam Định/Mỹ Lộc - Nam Định', 'Nam Định/Vụ Bản'];
