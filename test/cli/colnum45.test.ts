// The form's column numbers on a row among the offices (session 44's hunt): under "STT;Đơn vị;Thụ
// lý;Có điều kiện;Giải quyết xong;Đình chỉ", a row "1;2;3;4;5;6" between Mỹ Lộc (100/80/60/5) and
// Vụ Bản (50/40/30/2) was read as an office "2" with figures 3/4/5/6: TOTAL 153 / 124 / 95 where
// 100 + 50 = 150 / 80 + 40 = 120 / 60 + 30 = 90 is right, exit 0 with two relation warnings. Now
// refused NOT_AN_OFFICE at its office cell, through both readers and in a workbook. Controls: the
// numbers right below the header, and that row again after a page break, are skipped as before;
// an office with small figures is an office. Totals by hand in each name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { totalCells } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--by', 'none'];
const { both } = bothReaders('thads-colnum45-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-colnum45-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const HEAD = 'STT;Đơn vị;Thụ lý;Có điều kiện;Giải quyết xong;Đình chỉ';
const MY_LOC = '1;Mỹ Lộc;100;80;60;5';
const VU_BAN = '2;Vụ Bản;50;40;30;2';
const KEYS = ['cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_terminated'];

describe('column numbers among the offices are refused, never added', () => {
  const cases: [string, string[], number][] = [
    ['"1;2;3;4;5;6" between two offices (was TOTAL 153 / 124 / 95, exit 0)', [HEAD, MY_LOC, '1;2;3;4;5;6', VU_BAN], 3],
    ['"(1);(2);…;(6)" between two offices', [HEAD, MY_LOC, '(1);(2);(3);(4);(5);(6)', VU_BAN], 3],
    ['"1;2;…;6" after the last office', [HEAD, MY_LOC, VU_BAN, '1;2;3;4;5;6'], 4],
    ['"A;B;1;2;3;4" between two offices', [HEAD, MY_LOC, 'A;B;1;2;3;4', VU_BAN], 3],
    ['"(1);(2);…" below offices when "1;2;…" was under the header (not the same row)', [HEAD, '1;2;3;4;5;6', MY_LOC, '(1);(2);(3);(4);(5);(6)', VU_BAN], 4],
  ];
  for (const [name, lines, at] of cases) {
    it(name, async () => {
      const r = await both('viec-2019.csv', lines);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`FILE:${at}:2: error: the row numbers the form's columns`);
      expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    });
  }

  it('in a workbook: row 3 refused', async () => {
    const r = await summarizeLinesWorkbook(dir, 'viec-2019.xlsx', [HEAD, MY_LOC, '1;2;3;4;5;6', VU_BAN], ARGS);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/viec-2019\.xlsx:Sheet1!B3: error: the row numbers the form's columns/);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});

describe('controls', () => {
  it('the numbers right below the header are skipped: 150 / 120 / 90 / 5 + 2 = 7', async () => {
    const r = await both('viec-2019.csv', [HEAD, '1;2;3;4;5;6', MY_LOC, VU_BAN]);
    expect(r.code, r.stderr).toBe(0);
    expect(totalCells(r.stdout, KEYS)).toEqual(['150', '120', '90', '7']);
  });

  it('the same row again after a page break is skipped: 150 / 120 / 90 / 7', async () => {
    const r = await both('viec-2019.csv', [HEAD, '(1);(2);(3);(4);(5);(6)', MY_LOC, '(1);(2);(3);(4);(5);(6)', VU_BAN]);
    expect(r.code, r.stderr).toBe(0);
    expect(totalCells(r.stdout, KEYS)).toEqual(['150', '120', '90', '7']);
  });

  it('an office with small figures is an office: 150 + 3 = 153 / 120 + 2 = 122 / 90 + 1 = 91 / 7 + 0 = 7', async () => {
    const r = await both('viec-2019.csv', [HEAD, MY_LOC, '3;Xuân Trường;3;2;1;0', VU_BAN]);
    expect(r.code, r.stderr).toBe(0);
    expect(totalCells(r.stdout, KEYS)).toEqual(['153', '122', '91', '7']);
  });
});
