// A bare of-which line saying only "made of" ("Trong đó gồm:", "Trong đó bao gồm:", "Gồm có:",
// "Chi tiết các đơn vị:", "Trong đó, gồm:") under "Tổng cộng" on top of the table, over the offices
// that make it up: the offices, as under "Trong đó:" alone. Was read as an of-which line naming
// its part ("gồm") and refused SECOND_TABLE, exit 1, on an ordinary file: Nam Định 2024, "Tổng
// cộng" 300/230/180 over Mỹ Lộc 100/80/60 + Vụ Bản 200/150/120. Now read 300 / 230 / 180 (the
// rule: row-labels.ts opensParts, PARTS with MADE_OF), both readers and xlsx. Below office rows,
// "Trong đó gồm:" over new offices is read as "Trong đó:" there is (was added, exit 0, 370); and
// "Trong đó gồm: án tín dụng" names a kind of cases as "Trong đó: án tín dụng" does (opensCasePart:
// was added, exit 0, 370 / 280 / 210). Every total below is computed by hand from the figures here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { opensCasePart, opensNamedPart, opensParts } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases', '--year', '2024'];
const { both } = bothReaders('thads-trongdogom-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-trongdogom-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;', 'Đơn vị tính: việc;;;;'];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
const OFFICES = ['1;Mỹ Lộc;100;80;60', '2;Vụ Bản;200;150;120'];
const BLOCK = ['1;Ý Yên;30;20;10', '2;Nghĩa Hưng;40;30;20'];
/** "Tổng cộng" on top, the opener, the offices that make it up. */
const onTop = (opener: string) => [HEAD, ';Tổng cộng;300;230;180', `;${opener};;;`, ...OFFICES];
const titled = (lines: readonly string[]) => [...TITLE, ...lines];
// Mỹ Lộc 100/80/60 + Vụ Bản 200/150/120 = 300 / 230 / 180
const TWO = ['Mỹ Lộc|100|80|60', 'Vụ Bản|200|150|120', 'TOTAL|300|230|180'];

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved']);

/** `lines` (';'-separated) written as a CSV with commas (quoted where a cell holds one) or as a workbook; its path. */
async function write(name: string, lines: readonly string[]): Promise<string> {
  const path = join(dir, name);
  if (name.endsWith('.csv')) {
    writeFileSync(path, `${lines.map((l) => l.split(';').map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n')}\n`);
    return path;
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of lines) ws.addRow(l.split(';').map((c) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c)));
  await wb.xlsx.writeFile(path);
  return path;
}

/** The real binary on `lines` written as `name`; messages name the file FILE. */
async function binary(name: string, lines: readonly string[], args: readonly string[] = ARGS) {
  const path = await write(name, lines);
  const r = spawnThads(['summarize', path, ...args]);
  return { ...r, stderr: r.stderr.split(path).join('FILE') };
}

function reads(r: { code: number; stdout: string; stderr: string }, label: string, expected: readonly string[] = TWO) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(stderrCodes(r.stderr), label).toEqual([]);
  expect(rows(r.stdout), label).toEqual(expected);
}

function refused(r: { code: number; stdout: string; stderr: string }, label: string, code: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual([code]);
}

const OPENERS = [
  'Trong đó gồm:',
  'Trong đó bao gồm:',
  'Bao gồm:',
  'Gồm:',
  'Gồm có:',
  'Chi tiết:',
  'Chi tiết các đơn vị:',
  'Cụ thể:',
  'Trong đó, gồm:',
  // other ways of writing them
  'TRONG ĐÓ GỒM:',
  'Trong do gom:',
  'Trong số đó gồm:',
  'Trong đó gồm có:',
  'Trong đó: gồm',
  'Chi tiết từng đơn vị:',
];

describe('"Tổng cộng" on top, a bare "made of" opener, the offices: read 300 / 230 / 180, as under "Trong đó:"', () => {
  it('the binary on the hunter\'s nd2024.csv (title and unit lines, commas): exit 0, 300 / 230 / 180 (was SECOND_TABLE, exit 1)', async () => {
    reads(await binary('nd2024.csv', titled(onTop('Trong đó gồm:')), ['--format', 'csv']), 'titled');
  });

  it('the binary on the plain CSV (byte scanner first) and the xlsx twins: the same reading', async () => {
    reads(await binary('nd-plain-2024.csv', onTop('Trong đó gồm:')), 'plain');
    reads(await binary('nd2024.xlsx', titled(onTop('Trong đó gồm:')), ['--format', 'csv']), 'xlsx');
    reads(await binary('nd-plain-2024.xlsx', onTop('Trong đó bao gồm:')), 'xlsx plain');
  });

  it('every bare opener, both readers, plain and titled', async () => {
    for (const opener of OPENERS) {
      reads(await both('nd2024.csv', titled(onTop(opener))), opener);
      reads(await both('nd2024.csv', onTop(opener)), `${opener} (plain)`);
    }
  });

  it('the rule: a word saying only "made of" opens the parts, names none', () => {
    for (const t of [...OPENERS, 'Trong đó:', 'Chia ra theo đơn vị:']) {
      expect(opensParts(t), t).toBe(true);
      expect(opensNamedPart(t), t).toBe(false);
    }
    for (const t of ['Trong đó: án tín dụng', 'Trong đó: các Chi cục', 'Trong đó: các Phòng THADS khu vực', 'Trong đó gồm: án tín dụng', 'Trong đó: Văn phòng Cục']) {
      expect(opensParts(t), t).toBe(false);
      expect(opensNamedPart(t), t).toBe(true);
    }
    for (const t of ['Trong đó gồm: án tín dụng', 'Trong đó, bao gồm án hình sự', 'Trong do gom: an tin dung', 'Trong đó gồm có: án dân sự']) {
      expect(opensCasePart(t), t).toBe(true);
    }
    for (const t of ['Trong đó gồm:', 'Trong đó gồm: Vụ Bản', 'Trong đó: gồm các Chi cục', 'Gồm các Chi cục:', 'Gồm án tín dụng:']) {
      expect(opensCasePart(t), t).toBe(false);
    }
  });
});

describe('below office rows: "Trong đó gồm …" read as "Trong đó …" there is (were added, exit 0, 370 / 280 / 210)', () => {
  const under = (heading: string) => [HEAD, ...OFFICES, `;${heading};;;`, ...BLOCK];

  it('"Trong đó gồm: án tín dụng" over offices: a kind of cases, refused SECOND_TABLE at the heading, both readers and xlsx', async () => {
    for (const heading of ['Trong đó gồm: án tín dụng', 'Trong đó, bao gồm án hình sự', 'Trong do gom: an tin dung']) {
      refused(await both('nd2024.csv', titled(under(heading))), heading, 'SECOND_TABLE');
      refused(await both('nd2024.csv', under(heading)), `${heading} (plain)`, 'SECOND_TABLE');
    }
    const r = await binary('nd-case-2024.csv', under('Trong đó gồm: án tín dụng'));
    refused(r, 'binary', 'SECOND_TABLE');
    expect(r.stderr).toContain('FILE:4:2: error: below "Trong đó gồm: án tín dụng", an of-which line naming a kind of cases, come office rows ("Ý Yên" here, line 5)');
    refused(await binary('nd-case-2024.xlsx', titled(under('Trong đó gồm: án tín dụng'))), 'xlsx', 'SECOND_TABLE');
  });

  it('"Trong đó gồm:" bare right under an office\'s row: its parts, refused as under "Trong đó:" (NOT_AN_OFFICE)', async () => {
    for (const heading of ['Trong đó:', 'Trong đó gồm:', 'Trong đó bao gồm:']) {
      refused(await both('nd2024.csv', under(heading)), heading, 'NOT_AN_OFFICE');
      refused(await both('nd2024.csv', titled(under(heading))), `${heading} (titled)`, 'NOT_AN_OFFICE');
    }
  });
});

describe('near shapes keep their present reading (over-reach controls)', () => {
  it('"Tổng cộng" on top, "Trong đó: án tín dụng" over the offices: refused SECOND_TABLE, both readers and xlsx', async () => {
    for (const heading of ['Trong đó: án tín dụng', 'Trong đó: án tín dụng, ngân hàng']) {
      refused(await both('nd2024.csv', titled(onTop(heading))), heading, 'SECOND_TABLE');
      refused(await both('nd2024.csv', onTop(heading)), `${heading} (plain)`, 'SECOND_TABLE');
    }
    refused(await binary('cat-2024.xlsx', titled(onTop('Trong đó: án tín dụng'))), 'xlsx', 'SECOND_TABLE');
  });

  it('"Trong đó: Cấp tỉnh" after the total, "Cấp huyện" below it: levels, 450 / 370 / 310', async () => {
    const lines = [HEAD, '1;Cục THADS tỉnh Nam Định;150;140;130', '2;Chi cục THADS huyện Mỹ Lộc;100;80;60', '3;Chi cục THADS huyện Vụ Bản;200;150;120', ';Tổng cộng;450;370;310', ';Trong đó: Cấp tỉnh;150;140;130', ';Cấp huyện;300;230;180'];
    // 150 + 100 + 200 = 450; 140 + 80 + 150 = 370; 130 + 60 + 120 = 310
    const expected = ['Cục THADS tỉnh Nam Định|150|140|130', 'Chi cục THADS huyện Mỹ Lộc|100|80|60', 'Chi cục THADS huyện Vụ Bản|200|150|120', 'TOTAL|450|370|310'];
    reads(await both('level-2024.csv', titled(lines)), 'titled', expected);
    reads(await both('level-2024.csv', lines), 'plain', expected);
    reads(await binary('level-2024.xlsx', titled(lines)), 'xlsx', expected);
  });

  it('the offices above the total, and again under "Trong đó gồm:" / "Chi tiết các đơn vị:" below it: refused SECOND_TABLE', async () => {
    for (const opener of ['Trong đó gồm:', 'Chi tiết các đơn vị:', 'Gồm có:']) {
      const lines = [HEAD, ...OFFICES, ';Tổng cộng;300;230;180', `;${opener};;;`, ...OFFICES];
      refused(await both('again-2024.csv', titled(lines)), opener, 'SECOND_TABLE');
      refused(await both('again-2024.csv', lines), `${opener} (plain)`, 'SECOND_TABLE');
    }
    refused(await binary('again-2024.xlsx', titled([HEAD, ...OFFICES, ';Tổng cộng;300;230;180', ';Trong đó gồm:;;;', ...OFFICES])), 'xlsx', 'SECOND_TABLE');
  });

  it('"Tổng cộng" on top, the offices, and again under "Trong đó gồm:": refused, as under "Trong đó:" (never summed)', async () => {
    for (const opener of ['Trong đó:', 'Trong đó gồm:']) {
      const lines = [HEAD, ';Tổng cộng;300;230;180', ...OFFICES, `;${opener};;;`, ...OFFICES];
      refused(await both('again-top-2024.csv', titled(lines)), opener, 'NOT_AN_OFFICE');
      refused(await both('again-top-2024.csv', lines), `${opener} (plain)`, 'NOT_AN_OFFICE');
    }
  });

});
