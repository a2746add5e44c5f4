// A 2026 year report (1/10/2025–30/9/2026) whose first nine months follow TT 05/2024's forms and
// whose last three TT 05/2026's: an office sends each khu vực on two rows, told apart by a cell
// beside the figures — "Trước 01/7/2026" / "Từ 01/7/2026" under "Kỳ", "Giai đoạn", "Ghi chú" or
// no header, or "TT 05/2024" / "TT 05/2026". Was summed with exit 0 (one DUPLICATE_OFFICE
// warning): each half has its own carried over and carried forward, so the stock counts twice.
// By hand, KV1: 1.000 carried over, 500 new, 1.200 có ĐK, 700 xong, 800 forward to 30/6; then
// 800 over (= the 800 forward), 200 new, 900 có ĐK, 400 xong, 600 forward. KV2 twice KV1. Summed:
// carried over 5.400 (the year's is 3.000), có ĐK 6.300, xong 3.300, 52,38 %, forward 4.200 (the
// year's 1.800). Now refused PERIOD_COLUMN at the second half's row (line 6, the column's cell).
// Controls: rows of one part only (an office's rows by enforcer, each "Trước 01/7/2026") and a
// lone "Từ 01/7/2026" (when a khu vực began) are summed as before; "01/10/2025-30/6/2026" stays
// refused as another period.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', 'Đơn vị tính: Việc'];
const header = (h: string) => `Đơn vị;${h};Năm trước chuyển sang;Thụ lý mới;Tổng số thụ lý;Có điều kiện;Giải quyết xong;Chuyển kỳ sau`;
const H1 = ['Phòng THADS khu vực 1;%s;1.000;500;1.500;1.200;700;800', 'Phòng THADS khu vực 2;%s;2.000;1.000;3.000;2.400;1.400;1.600'];
const H2 = ['Phòng THADS khu vực 1;%s;800;200;1.000;900;400;600', 'Phòng THADS khu vực 2;%s;1.600;400;2.000;1.800;800;1.200'];
/** Each khu vực's first part, then its second, marked `a` and `b` under the column `h`. */
const halves = (h: string, a: string, b: string) => [header(h), H1[0]!.replace('%s', a), H2[0]!.replace('%s', b), H1[1]!.replace('%s', a), H2[1]!.replace('%s', b)];

const { both } = bothReaders('thads-tt0526-', ['--format', 'csv']);
const xdir = mkdtempSync(join(tmpdir(), 'thads-tt0526-x-'));
afterAll(() => rmSync(xdir, { recursive: true, force: true }));

function total(stdout: string): Record<string, string> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const sum = rows.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  const keys = ['cases_carried_over', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_carried_forward'];
  return Object.fromEntries(keys.map((k) => [k, sum[head!.indexOf(k)]!]));
}
function refused(r: { code: number; stdout: string; stderr: string }, line: number, column: number, cell: string, first: string) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`:${line}:${column}: error: "${cell}" under `);
  expect(r.stderr).toContain(`and "${first}" on line 5, a row of the same office "Phòng THADS khu vực 1", name two parts of its year`);
  expect(r.stderr).toMatch(/\[PERIOD_COLUMN\]$/m);
}

describe('a 2026 year in two parts on each office\'s rows: refused, never summed (both readers)', () => {
  it.each(['Kỳ', 'Giai đoạn', 'Thời gian', 'Ghi chú', ''])('"Trước 01/7/2026" / "Từ 01/7/2026" under "%s"', async (h) => {
    refused(await both('Ninh Bình 2026.csv', [...TITLE, ...halves(h, 'Trước 01/7/2026', 'Từ 01/7/2026')]), 6, 2, 'Từ 01/7/2026', 'Trước 01/7/2026');
  });

  it('the plain export (no title, the year in the file name): refused at line 3', async () => {
    const r = await both('Ninh Binh viec 2026.csv', halves('Ghi chú', 'Trước ngày 01/7/2026', 'Kể từ ngày 01/7/2026'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(':3:2: error: "Kể từ ngày 01/7/2026" under "Ghi chú" and "Trước ngày 01/7/2026" on line 2');
  });

  it.each([
    ['TT 05/2024', 'TT 05/2026'],
    ['Theo Thông tư số 05/2024/TT-BTP', 'Theo Thông tư số 05/2026/TT-BTP'],
    ['Trước 01/7/2026 (theo TT 05/2024/TT-BTP)', 'Từ 01/7/2026 (theo TT 05/2026/TT-BTP)'],
  ])('"%s" / "%s"', async (a, b) => {
    refused(await both('Ninh Bình 2026.csv', [...TITLE, ...halves('Kỳ', a, b)]), 6, 2, b, a);
  });

  it('the real binary, summarize and check: exit 1, nothing on stdout', () => {
    const file = join(xdir, 'Ninh Bình 2026.csv');
    writeFileSync(file, `${[...TITLE, ...halves('Kỳ', 'Trước 01/7/2026', 'Từ 01/7/2026')].join('\n')}\n`);
    const s = spawnThads(['summarize', file, '--format', 'json']);
    refused(s, 6, 2, 'Từ 01/7/2026', 'Trước 01/7/2026');
    const c = spawnThads(['check', file]);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('[PERIOD_COLUMN]');
  });

  it('xlsx: refused at row 6', async () => {
    const r = await summarizeLinesWorkbook(xdir, 'Ninh Bình 2026.xlsx', [...TITLE, ...halves('Giai đoạn', 'Trước 01/7/2026', 'Từ 01/7/2026')], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"Từ 01/7/2026" under "Giai đoạn" and "Trước 01/7/2026" on row 5, a row of the same office "Phòng THADS khu vực 1", name two parts of its year');
  });
});

describe('controls: near shapes keep their reading', () => {
  it('every row of one part ("Trước 01/7/2026" twice: an office by enforcer): summed as before, 5.400 / 6.300 / 3.300, 52,38 %', async () => {
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...halves('Ghi chú', 'Trước 01/7/2026', 'Trước 01/7/2026')]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ cases_carried_over: '5400', cases_with_conditions: '6300', cases_resolved: '3300', cases_rate: '52.38', cases_carried_forward: '4200' });
  });

  it('one row per office, "Từ 01/7/2026" beside one (the day a khu vực began): 3.000 / 3.600 / 2.100, 58,33 %', async () => {
    const lines = [header('Ghi chú'), H1[0]!.replace('%s', 'Từ 01/7/2026'), H1[1]!.replace('%s', '')];
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ cases_carried_over: '3000', cases_with_conditions: '3600', cases_resolved: '2100', cases_rate: '58.33', cases_carried_forward: '2400' });
  });

  // (was summed, 5.400 carried over, as "no pair": the two rows are still two spans of the office's
  // year, each with its own carried over, which summed counts twice; splitmarks2.test.ts refuses
  // marks of one office that differ in kind, and two days are two splits)
  it('days of another split ("Trước 01/7/2026" / "Từ 01/8/2026"): two parts all the same, refused at line 6', async () => {
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...halves('Ghi chú', 'Trước 01/7/2026', 'Từ 01/8/2026')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6:2: error: "Từ 01/8/2026" under "Ghi chú" and "Trước 01/7/2026" on line 5, a row of the same office "Phòng THADS khu vực 1", mark parts of its year in two ways');
  });

  it('"01/10/2025-30/6/2026" under "Kỳ": refused as another period, as before (line 5)', async () => {
    const r = await both('Ninh Bình 2026.csv', [...TITLE, ...halves('Kỳ', '01/10/2025-30/6/2026', '01/7/2026-30/9/2026')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(':5:2: error: "01/10/2025-30/6/2026" under "Kỳ" says this row of "Phòng THADS khu vực 1" holds the figures of another period');
  });
});
