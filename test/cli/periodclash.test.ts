// A silent period clash: "Mỹ Lộc 6 tháng cuối năm 2024.csv" (its name: the last six months,
// 1/4/2024–30/9/2024) under the title "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM
// 2024" (the whole year) was read as the name's six months, exit 0, no word: the title's whole
// year stated only its end (30/9/2024), which the name's last six months share. A title of the
// whole year ("NĂM 2024", "CẢ NĂM 2024", "12 THÁNG NĂM 2024") now states both bounds, 1/10/2023 to
// 30/9/2024, and a name of the whole year said outright ("cả năm 2024", "12 tháng 2024") too,
// against a title's part of it (stated-years.ts wholeYearStated, file-names.ts periodsDisagree):
// refused (YEAR_CONFLICT), as "6 tháng" under "NĂM 2024" already was. A name's bare year ("Mỹ Lộc
// 2024", "năm 2024") is its label, no period: read as before.
// By hand: Mỹ Lộc 210 giải quyết xong of 250 có điều kiện = 84.00 %; 300 thụ lý.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';

const YEAR_TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024';
const OFFICE = ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC'];
const TABLE = ['Đơn vị tính: việc', 'Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,300,250,210'];
const lines = (title: string) => [...OFFICE, title, ...TABLE];
const HINT = "  hint: correct the title, or rename the sheet or the file, so that they state one period: a part of a year's figures are never read as the whole year's, nor summed or compared with them\n";
const conflict = (by: string, title: string, name: string) => `${by}: error: the title (line 2) states the period ${title}, but the file name the period ${name}: which is the report's? [YEAR_CONFLICT]\n${HINT}`;
const WHOLE = 'from 1/10/2023 to 30/9/2024';
const LAST_SIX = 'from 1/4/2024 to 30/9/2024';
const LAST_SIX_2024 = { start: '2024-04-01', end: '2024-09-30', months: 6 };
const FIRST_SIX_2024 = { start: '2023-10-01', end: '2024-03-31', months: 6 };

interface Out {
  readonly period?: unknown;
  readonly total: { readonly cases: { readonly total: string; readonly withConditions: string; readonly resolved: string; readonly rate: string } };
}
const FIGURES = { total: '300', withConditions: '250', resolved: '210', rate: '84.00' };

const { both } = bothReaders('thads-periodclash-', ['--format', 'json']);

describe('a name\'s part of the year under a title\'s whole year: refused (both readers)', () => {
  it.each([
    // the report as received: read before as 1/4/2024–30/9/2024, exit 0
    ['Mỹ Lộc 6 tháng cuối năm 2024.csv', YEAR_TITLE, WHOLE, LAST_SIX],
    ['Mỹ Lộc nửa cuối năm 2024.csv', YEAR_TITLE, WHOLE, LAST_SIX],
    ['Mỹ Lộc 6T cuối 2024.csv', YEAR_TITLE, WHOLE, LAST_SIX],
    ['Mỹ Lộc 2024 (6 tháng cuối năm).csv', YEAR_TITLE, WHOLE, LAST_SIX],
    ['my-loc-6-thang-cuoi-nam-2024.csv', 'BAO CAO KET QUA THI HANH AN DAN SU NAM 2024', WHOLE, LAST_SIX],
    ['Mỹ Lộc 6 tháng cuối năm 2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CẢ NĂM 2024', WHOLE, LAST_SIX],
    ['Mỹ Lộc 6 tháng cuối năm 2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2024', WHOLE, LAST_SIX],
    // the plan's year is an aside: the title states 2024 alone
    ['Mỹ Lộc 6 tháng cuối năm 2024.csv', 'BÁO CÁO KẾT QUẢ NĂM 2024 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025', WHOLE, LAST_SIX],
    // refused before, and said as before: a whole year against an end alone is said by its end
    ['Mỹ Lộc 6 tháng 2024.csv', YEAR_TITLE, 'to 30/9/2024', 'to 31/3/2024'],
  ])('"%s" under "%s"', async (name, title, titleSays, nameSays) => {
    const r = await both(name, lines(title));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(conflict('FILE', titleSays, nameSays));
  });
});

describe('the reverse: a name\'s whole year said outright under a title\'s part of it: refused (both readers)', () => {
  it.each([
    // read before as the title's six months, exit 0
    ['Mỹ Lộc cả năm 2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2024', 'to 31/3/2024', 'to 30/9/2024'],
    ['my-loc-ca-nam-2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2024', 'to 31/3/2024', 'to 30/9/2024'],
    ['Mỹ Lộc cả năm 2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG CUỐI NĂM 2024', LAST_SIX, WHOLE],
    ['Mỹ Lộc 12 tháng 2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG CUỐI NĂM 2024', LAST_SIX, WHOLE],
  ])('"%s" under "%s"', async (name, title, titleSays, nameSays) => {
    const r = await both(name, lines(title));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(conflict('FILE', titleSays, nameSays));
  });
});

describe('the real binary and an .xlsx twin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-periodclash-bin-'));
  async function xlsx(name: string, rows: readonly (readonly (string | number)[])[], sheet = 'Sheet1'): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet);
    for (const r of rows) ws.addRow([...r]);
    await wb.xlsx.writeFile(join(dir, name));
    return name;
  }
  const rows = (title: string) => [OFFICE, [title], ['Đơn vị tính: việc'], ['Đơn vị', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong'], ['Mỹ Lộc', 300, 250, 210]];

  it('the .xlsx named for the last six months under "NĂM 2024": refused, exit 1', async () => {
    const name = await xlsx('Mỹ Lộc 6 tháng cuối năm 2024.xlsx', rows(YEAR_TITLE));
    const r = spawnThads(['summarize', name], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(conflict(`${name}:Sheet1`, WHOLE, LAST_SIX));
  });

  it('a tab "Cả năm" under "6 THÁNG CUỐI NĂM 2024": refused, exit 1', async () => {
    const name = await xlsx('Mỹ Lộc 2024.xlsx', rows('BÁO CÁO KẾT QUẢ 6 THÁNG CUỐI NĂM 2024'), 'Cả năm');
    const r = spawnThads(['summarize', name], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${name}:Cả năm: error: the title (line 2) states the period ${LAST_SIX}, but the sheet's name "Cả năm" the period ${WHOLE}: which is the report's? [YEAR_CONFLICT]\n${HINT}`);
  });

  it('the control: the .xlsx "Mỹ Lộc 2024.xlsx" under "NĂM 2024" reads the year: 210/250 = 84.00 %', async () => {
    const name = await xlsx('Mỹ Lộc 2024.xlsx', rows(YEAR_TITLE));
    const r = spawnThads(['summarize', name, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.period).toBeUndefined();
    expect(out.total.cases).toMatchObject(FIGURES);
  });
});

describe('over-reach controls: near shapes keep their reading (both readers)', () => {
  it.each([
    // a name's year alone, or the year-end, under the year's title: the whole year (no period printed)
    ['Mỹ Lộc 2024.csv', YEAR_TITLE, undefined],
    ['Mỹ Lộc năm 2024.csv', YEAR_TITLE, undefined],
    ['Mỹ Lộc cuối năm 2024.csv', YEAR_TITLE, undefined],
    ['Mỹ Lộc cả năm 2024.csv', YEAR_TITLE, undefined],
    ['Mỹ Lộc 12 tháng 2024.csv', YEAR_TITLE, undefined],
    ['Mỹ Lộc cả năm 2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2024', undefined],
    // name and title agree
    ['Mỹ Lộc 6 tháng 2024.csv', 'BÁO CÁO 6 THÁNG NĂM 2024', FIRST_SIX_2024],
    ['Mỹ Lộc 6 tháng cuối năm 2024.csv', 'BÁO CÁO 6 THÁNG CUỐI NĂM 2024', LAST_SIX_2024],
    // a name's year is its label: the title's part of the year stands
    ['Mỹ Lộc 2024.csv', 'BÁO CÁO 6 THÁNG NĂM 2024', FIRST_SIX_2024],
    ['Mỹ Lộc năm 2024.csv', 'BÁO CÁO 6 THÁNG CUỐI NĂM 2024', LAST_SIX_2024],
    // a form's field names the year, not the period: the name's six months stand
    ['Mỹ Lộc 6 tháng cuối năm 2024.csv', 'Năm báo cáo: 2024', LAST_SIX_2024],
    // "cuối năm" (year-end) is no whole year said outright: the title's six months, as before
    ['Mỹ Lộc cuối năm 2024.csv', 'BÁO CÁO 6 THÁNG NĂM 2024', FIRST_SIX_2024],
  ])('"%s" under "%s"', async (name, title, period) => {
    const r = await both(name, lines(title));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Out;
    expect(out.period).toEqual(period);
    expect(out.total.cases).toMatchObject(FIGURES);
  });

  it('no title (a plain CSV): the name\'s last six months, as before', async () => {
    const r = await both('Mỹ Lộc 6 tháng cuối năm 2024.csv', ['Đơn vị,Tổng số việc thụ lý,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,300,250,210']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.period).toEqual(LAST_SIX_2024);
    expect(out.total.cases).toMatchObject(FIGURES);
  });
});
