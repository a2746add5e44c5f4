// English exports: a unit stated in a sentence BELOW the table ("Note: figures are expressed in
// VND million", "Expressed in VND million", "Note: figures are expressed in millions") was read as
// đồng, exit 0 — money 10^6× too small — though "(in millions)" and "Unit: million" there were
// refused. A note under the table is now read as a line above the header is (units.ts
// findUnitLineOfRow): one that disagrees with the money read is UNIT_CONTRADICTION (README: "a
// unit line further down … that disagrees with the money read is one too"). Both readers agree.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { writeRawWorkbook } from '../helpers/raw-workbook.js';
import { num, text } from '../helpers/three-offices-workbook.js';

const { both } = bothReaders('thads-notes-below-', ['--by', 'none', '--format', 'csv', '--year', '2019']);

/** Named total columns of the CSV output's total row. */
function pick(stdout: string, names: readonly string[]): string[] {
  const [head, total] = stdout.trim().split('\n');
  const columns = head!.split(',');
  const cells = total!.split(',');
  return names.map((n) => cells[columns.indexOf(n)]!);
}
const MONEY = ['money_with_conditions', 'money_resolved', 'money_rate'];

const TITLE = 'CIVIL JUDGMENT ENFORCEMENT RESULTS IN MONEY, STATISTICS YEAR 2019';
const TABLE = [TITLE, 'Office,Money with conditions,Money resolved', 'District A,"12,500.5","10,250.25"', 'District B,"7,500.5","2,500.25"', 'Total,"20,001","12,750.5"'];
// By hand: 12,500.5 + 7,500.5 = 20,001 and 10,250.25 + 2,500.25 = 12,750.5 in the file's unit;
// 12,750.5 / 20,001 = 0.637493… → 63.75 %.
const IN_DONG = ['20001', '12750.5', '63.75'];

const contradiction = (line: number, column: number, note: string, unit: string) =>
  `FILE:${line}:${column}: error: the unit line "${note}" below the header gives money in ${unit}, but the money columns were read in dong (default) [UNIT_CONTRADICTION]`;

describe('a unit stated in a sentence below the table (item 1, both readers)', () => {
  it.each([
    ['Note: figures are expressed in VND million', 'million'],
    ['Expressed in VND million', 'million'],
    ['Note: figures are expressed in millions', 'million'],
    ['NOTE: FIGURES ARE EXPRESSED IN MILLIONS', 'million'],
    ['Note: figures are expressed in million dong', 'million'],
    ['Amounts are in VND billion', 'billion'],
    ['All figures in thousands', 'thousand'],
    // (a bare label "tính bằng" was refused before too: kept as they are)
    ['Ghi chú: số liệu tính bằng triệu đồng', 'million'],
    ['Ghi chu: so lieu tinh bang trieu', 'million'],
    ['Ghi chú: số liệu là triệu đồng', 'million'],
  ])('"%s" under the total: refused UNIT_CONTRADICTION (%s), exit 1', async (note, unit) => {
    const r = await both('notes-2019.csv', [...TABLE, '', note, 'Prepared by,,Head of office']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(contradiction(7, 1, note, unit));
  });

  it('quoted with a comma inside ("Note: all figures, in thousands"): refused too', async () => {
    const r = await both('notes-2019.csv', [...TABLE, '"Note: all figures, in thousands"']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(contradiction(6, 1, 'Note: all figures, in thousands', 'thousand'));
  });

  it('the label in one cell and the sentence in the next ("Note:" | "figures are expressed in millions"): refused at the sentence', async () => {
    const r = await both('notes-2019.csv', [...TABLE, 'Note:,figures are expressed in millions']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(contradiction(6, 2, 'figures are expressed in millions', 'million'));
  });

  it('money named in a currency thads cannot read ("Note: amounts in USD"): UNIT_UNREADABLE, never đồng', async () => {
    const r = await both('notes-2019.csv', [...TABLE, 'Note: amounts in USD']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:6:1: error: the unit line "Note: amounts in USD" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('the same unit above the header and in the note below: read in it (20,001 × 10^6, 12,750.5 × 10^6)', async () => {
    const [title, ...rest] = TABLE;
    const r = await both('notes-2019.csv', [title!, 'Unit: VND million', ...rest, 'Note: figures are expressed in VND million']);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(['20001000000', '12750500000', '63.75']);
  });

  it('--money-unit million decides: the note agrees, read in millions', async () => {
    const r = await both('notes-2019.csv', [...TABLE, 'Note: figures are expressed in millions'], ['--by', 'none', '--format', 'csv', '--year', '2019', '--money-unit', 'million']);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(['20001000000', '12750500000', '63.75']);
  });

  // over-reach: notes that state no scaled unit read as before, in đồng
  it.each([
    'Figures in VND',
    'Ghi chú: số liệu đến ngày 30/9',
    'Ghi chú: có 3 việc trên 1 tỷ đồng chưa thi hành',
    'Ghi chú: tiền phạt là 200 triệu đồng',
    'Note: two cases of over VND 1 billion are pending',
    'Người lập biểu,,Thủ trưởng đơn vị',
  ])('over-reach: "%s" under the table is read as before (đồng: 20,001 and 12,750.5), exit 0', async (note) => {
    const r = await both('notes-2019.csv', [...TABLE, '', note]);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(IN_DONG);
    expect(r.stderr).toBe('');
  });
});

describe('a unit note below the table in a workbook (item 1, xlsx)', () => {
  const sheetWith = (note: string) =>
    `<row r="1">${text('A1', TITLE)}</row>` +
    `<row r="2">${text('A2', 'Office')}${text('B2', 'Money with conditions')}${text('C2', 'Money resolved')}</row>` +
    `<row r="3">${text('A3', 'District A')}${num('B3', 12500.5)}${num('C3', 10250.25)}</row>` +
    `<row r="4">${text('A4', 'District B')}${num('B4', 7500.5)}${num('C4', 2500.25)}</row>` +
    `<row r="5">${text('A5', 'Total')}${num('B5', 20001)}${num('C5', 12750.5)}</row>` +
    `<row r="7">${text('A7', note)}</row>`;
  const run = async (note: string) => {
    const file = await writeRawWorkbook({ sheets: [{ name: 'S', data: sheetWith(note) }], name: 'money-2019.xlsx' });
    const r = await runThads(['summarize', file, '--by', 'none', '--format', 'csv']);
    return { ...r, stderr: r.stderr.split(file).join('FILE') };
  };

  it('"Note: figures are expressed in millions" in row 7: refused UNIT_CONTRADICTION at S!A7', async () => {
    const r = await run('Note: figures are expressed in millions');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'FILE:S!A7: error: the unit line "Note: figures are expressed in millions" below the header gives money in million, but the money columns were read in dong (default) [UNIT_CONTRADICTION]',
    );
  });

  it('over-reach: "Figures in VND" in row 7 reads as before, in đồng', async () => {
    const r = await run('Figures in VND');
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(IN_DONG);
  });
});
