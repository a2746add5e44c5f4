// "ĐVT tiền: nghìn đồng" typed in the notes cell ("Ghi chú") of the first office row was ignored:
// money read in đồng, 1.000× too small, exit 0. It is now the file's unit line, read with the
// others; one that conflicts with a stated unit, or stands on a later row against the money read
// above it, is refused at its cell. Notes naming no unit ("Đồng Hới", "Hợp đồng") stay remarks.
// Both readers (and xlsx); totals by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bothReaders, moneyTotal, summarizeCsvRows } from '../helpers/both-readers.js';
import { cell, HEADER, IN_DONG, IN_MILLION, IN_THOUSAND, ROWS, TITLE } from '../helpers/two-offices-money.js';

const ARGS = ['--format', 'csv', '--year', '2019'];
const { dir, write, both } = bothReaders('thads-note-cell-unit-', ARGS);

/** money_with_conditions, money_resolved, money_rate of the TOTAL row, through both readers. */
const totals = (name: string, lines: readonly string[]): Promise<string[]> => moneyTotal(dir, write(name, lines), ['--year', '2019']);

// The table with a notes column: a unit typed in a row's "Ghi chú".
const TITLE7 = TITLE.map((t) => `${t};`);
const HEADER7 = `${HEADER};Ghi chú`;
const rows7 = (first: string, second = '') => [`${ROWS[0]};${first.includes(';') ? `"${first}"` : first}`, `${ROWS[1]};${second}`, `${ROWS[2]};`];

describe('a unit in the notes cell of the first office row: the file\'s money unit', () => {
  it.each(['ĐVT tiền: nghìn đồng', 'Đơn vị tính: nghìn đồng', 'DVT tien: nghin dong', 'ĐVT: 1.000đ', '(nghìn đồng)', 'Unit: VND thousand'])('"%s": nghìn đồng (was đồng, 1.000× too small)', async (note) =>
    expect(await totals('note-2019.csv', [...TITLE7, HEADER7, ...rows7(note)])).toEqual(IN_THOUSAND));

  it('"ĐVT tiền: triệu đồng": triệu đồng', async () => expect(await totals('trieu-2019.csv', [...TITLE7, HEADER7, ...rows7('ĐVT tiền: triệu đồng')])).toEqual(IN_MILLION));

  it('the same unit in the header cells and the note: read', async () => {
    const header = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện (nghìn đồng);Tiền giải quyết xong (nghìn đồng);Ghi chú';
    expect(await totals('same-2019.csv', [...TITLE7, header, ...rows7('ĐVT tiền: nghìn đồng')])).toEqual(IN_THOUSAND);
  });

  it('a unit line above saying another unit: UNIT_CONTRADICTION at the note', async () => {
    const r = await both('two-2019.csv', [...TITLE7, cell('Đơn vị tính: triệu đồng', 7), HEADER7, ...rows7('ĐVT tiền: nghìn đồng')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:7: error: the unit line "ĐVT tiền: nghìn đồng" (line 5, column 7) gives money in thousand, but the unit line "Đơn vị tính: triệu đồng" (line 3, column 1) gives million [UNIT_CONTRADICTION]');
  });

  it('header cells in triệu đồng: UNIT_CONTRADICTION', async () => {
    const header = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện (triệu đồng);Tiền giải quyết xong (triệu đồng);Ghi chú';
    const r = await both('hdr-2019.csv', [...TITLE7, header, ...rows7('ĐVT tiền: nghìn đồng')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:5: error: this header cell gives money in million, but the unit line "ĐVT tiền: nghìn đồng" (line 4, column 7) gives thousand [UNIT_CONTRADICTION]');
  });

  it('on the second office row only: refused there (money above it was read in đồng)', async () => {
    const r = await both('later-2019.csv', [...TITLE7, HEADER7, ...rows7('', 'ĐVT tiền: nghìn đồng')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:7: error: the unit line "ĐVT tiền: nghìn đồng" in the notes column gives money in thousand, but the money columns were read in dong (default) [UNIT_CONTRADICTION]');
  });

  it('a unit thads cannot read ("ĐVT: USD"): UNIT_UNREADABLE at the note', async () => {
    const r = await both('usd-2019.csv', [...TITLE7, HEADER7, ...rows7('ĐVT: USD')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:7: error: the unit line "ĐVT: USD" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('--money-unit thousand: read, the note agreeing', async () => {
    const r = await summarizeCsvRows(dir, [write('opt-2019.csv', [...TITLE7, HEADER7, ...rows7('ĐVT tiền: nghìn đồng')])], ['--year', '2019', '--money-unit', 'thousand']);
    expect(r.code).toBe(0);
    const total = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(IN_THOUSAND);
  });
});

describe('over-reach: ordinary notes are no unit', () => {
  it.each([
    ['Đã xác minh', 'Chuyển kỳ sau'],
    ['Đồng Hới', 'đồng bào dân tộc'],
    ['Hợp đồng tín dụng', 'Hội đồng xét miễn giảm'],
    ['Tiền: 5 triệu đồng chưa thu', 'Số tiền: 500 triệu đồng'],
    ['Việc trên 1 tỷ đồng', '(2 việc trên 1 tỷ đồng)'],
  ])('"%s", "%s": đồng', async (first, second) => expect(await totals('plain-note-2019.csv', [...TITLE7, HEADER7, ...rows7(first, second)])).toEqual(IN_DONG));
});

describe('xlsx', () => {
  const header = HEADER7.split(';');
  async function run(name: string, note: string) {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('2019');
    const offices = [
      [1, 'Mỹ Lộc', 586, 533, 9565824, 7828290, note],
      [2, 'Vụ Bản', 655, 630, 16389337, 14164361],
    ];
    [['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], header, ...offices].forEach((r) => sheet.addRow(r));
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return summarizeCsvRows(dir, [file], ['--year', '2019']);
  }

  it('"ĐVT tiền: nghìn đồng" in G3: nghìn đồng', async () => {
    const r = await run('note-2019.xlsx', 'ĐVT tiền: nghìn đồng');
    expect(r.code).toBe(0);
    const total = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(IN_THOUSAND);
  });

  it('"Hợp đồng" in G3: đồng (over-reach control)', async () => {
    const r = await run('hop-dong-2019.xlsx', 'Hợp đồng');
    expect(r.code).toBe(0);
    const total = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(IN_DONG);
  });
});
