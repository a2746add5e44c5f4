// A scale of figures stated without its currency in a sentence above the header ("Note: figures
// are expressed in millions", "All figures in thousands", "Figures are in millions") was read as
// đồng: money 10^6× too small, exit 0. Cases are never scaled (a count of việc), so the scale is
// money's, as "Unit: million" already was; beside the words of cases ("Cases in thousands",
// "Việc và tiền tính bằng nghìn") it cannot be told which is meant: refused UNIT_UNREADABLE at
// the line. Both readers agree; a workbook reads the same.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findUnitLineOfRow } from '../../src/input/units.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write, both } = bothReaders('thads-scale-without-currency-', ['--format', 'csv']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024';
const HEADER = 'Đơn vị,Tổng số việc có điều kiện,Việc giải quyết xong,Tổng số tiền có điều kiện,Tiền giải quyết xong';
const OFFICES = ['Chi cục A,10,6,1500,500', 'Chi cục B,20,12,2500,1000', 'Tổng cộng,30,18,4000,1500'];

/** The TOTAL row's cases with conditions, cases resolved, money with conditions, money resolved, through both readers. */
async function totals(name: string, lines: readonly string[]): Promise<string[]> {
  write(name, lines);
  const r = await summarizeCsvRows(dir, [join(dir, name)], []);
  expect(r.code).toBe(0);
  const t = r.rows.find((row) => row.district === 'TOTAL')!;
  return [t.cases_with_conditions!, t.cases_resolved!, t.money_with_conditions!, t.money_resolved!];
}

// By hand: cases 10 + 20 = 30, 6 + 12 = 18 (never scaled); money 1500 + 2500 = 4000 and
// 500 + 1000 = 1500 in the stated unit: × 10^6 = 4,000,000,000 and 1,500,000,000 (million),
// × 10^3 = 4,000,000 and 1,500,000 (thousand), × 10^9 (billion), as written (đồng).
const MILLION = ['30', '18', '4000000000', '1500000000'];
const THOUSAND = ['30', '18', '4000000', '1500000'];
const BILLION = ['30', '18', '4000000000000', '1500000000000'];
const DONG = ['30', '18', '4000', '1500'];

describe('findUnitLineOfRow: a scale without its currency', () => {
  it.each([
    ['Note: figures are expressed in millions', 'million'],
    ['All figures in thousands', 'thousand'],
    ['Figures are in millions', 'million'],
    ['AMOUNTS ARE IN THOUSANDS, ROUNDED', 'thousand'],
    ["Figures in '000", 'thousand'],
    ['Số liệu tính bằng tỷ', 'billion'],
    ['So lieu tinh bang ngan', 'thousand'],
  ])('%s → %s', (text, unit) => expect(findUnitLineOfRow([text])?.line).toEqual({ kind: 'money', unit }));

  it.each(['Cases in thousands', 'NUMBER OF CASES IN THOUSANDS', 'Việc và tiền tính bằng nghìn'])('%s: cases or money cannot be told, unreadable', (text) =>
    expect(findUnitLineOfRow([text])?.line).toEqual({ kind: 'unreadable', text }));

  it.each([
    'REPORT ON THE RESULTS OF CIVIL JUDGMENT ENFORCEMENT (cases and amounts)',
    'Số liệu tính bằng ngân sách nhà nước',
    'Chi cục THADS huyện Triệu Phong',
    'Tính theo tỷ lệ',
    'Results in 2.000 offices',
  ])('%s states no unit', (text) => expect(findUnitLineOfRow([text])).toBeNull());
});

describe('summarize: the scale stated in a sentence above the header', () => {
  it.each([
    ['note-2024.csv', '"Note: figures are expressed in millions"', MILLION],
    ['all-2024.csv', 'All figures in thousands', THOUSAND],
    ['are-2024.csv', 'Figures are in millions', MILLION],
    ['upper-2024.csv', 'FIGURES ARE EXPRESSED IN BILLIONS', BILLION],
    ['split-2024.csv', 'All figures in,thousands,,,', THOUSAND],
    // read right before too: still so
    ['paren-2024.csv', '(in millions)', MILLION],
    ['unit-2024.csv', 'Unit: million', MILLION],
    ['vi-2024.csv', 'Số liệu tính bằng triệu', MILLION],
  ])('%s (%s)', async (name, line, expected) => expect(await totals(name, [TITLE, line, HEADER, ...OFFICES])).toEqual(expected));

  it('"Cases in thousands": refused at the line, nothing printed', async () => {
    const r = await both('cases-2024.csv', [TITLE, 'Cases in thousands', HEADER, ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:1: error: the unit line "Cases in thousands" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('a stated scale against an "Đơn vị tính" line is refused', async () => {
    const r = await both('two-2024.csv', ['Đơn vị tính: nghìn đồng', 'Figures are in millions', HEADER, ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:1: error: the unit line "Figures are in millions" (line 2, column 1) gives money in million, but the unit line "Đơn vị tính: nghìn đồng" (line 1, column 1) gives thousand [UNIT_CONTRADICTION]');
  });

  it('an xlsx sheet: "Note: figures are expressed in millions" above the header', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('2024');
    [[TITLE], ['Note: figures are expressed in millions'], HEADER.split(','), ['Chi cục A', 10, 6, 1500, 500], ['Chi cục B', 20, 12, 2500, 1000]].forEach((l) => sheet.addRow(l));
    const file = join(dir, 'note-2024.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await summarizeCsvRows(dir, [file], []);
    expect(r.code, r.stderr).toBe(0);
    const t = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([t.cases_with_conditions, t.cases_resolved, t.money_with_conditions, t.money_resolved]).toEqual(MILLION);
  });
});

describe('over-reach: read as before', () => {
  it.each([
    ['vnd-2024.csv', 'Unit: VND'],
    ['dong-2024.csv', 'Đơn vị tính: đồng'],
    ['title-2024.csv', '"REPORT ON THE RESULTS OF CIVIL JUDGMENT ENFORCEMENT (cases and amounts)"'],
    ['budget-2024.csv', 'Số liệu tính bằng ngân sách nhà nước'],
  ])('%s (%s): money in đồng', async (name, line) => expect(await totals(name, [TITLE, line, HEADER, ...OFFICES])).toEqual(DONG));

  it('offices "Tiền Hải" and "Triệu Sơn", a notes column saying "money in thousands returned to the budget": đồng', async () => {
    const lines = [
      TITLE,
      `${HEADER},Ghi chú`,
      'Chi cục THADS huyện Tiền Hải,10,6,1500,500,money in thousands returned',
      'Chi cục THADS huyện Triệu Sơn,20,12,2500,1000,',
    ];
    // 10 + 20, 6 + 12; 1500 + 2500, 500 + 1000, in đồng
    expect(await totals('names-2024.csv', lines)).toEqual(DONG);
  });
});
