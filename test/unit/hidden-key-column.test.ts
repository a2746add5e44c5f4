// Round 55b, finding 02: a hidden column with no header LEFT of or INSIDE the table (an office
// code kept as a VLOOKUP key, column A hidden) was refused VALUE_WITHOUT_HEADER; it is left out
// as the same column right of the table is. A visible one, or a hidden one under a header, reads as before.
import { describe, expect, it } from 'vitest';
import { book, EXPECTED, HEAD, num, run, sheet } from '../helpers/three-offices-workbook.js';

const hideColumn = (n: number) => `<cols><col min="${n}" max="${n}" width="9" hidden="true" customWidth="true"/></cols>`;
const KEYS: Record<number, number> = { 3: 3601, 4: 3602, 5: 3603 };
/** the office's code in `column`, on office rows only (the total has none) */
const key = (column: string) => (n: number) => (KEYS[n] !== undefined ? num(`${column}${n}`, KEYS[n]!) : '');
// ranks by rate: Vụ Bản 380/450 = 84.44 %, Ý Yên 420/500 = 84.00 %, Mỹ Lộc 320/400 = 80.00 %
const RANKS = ['1 Vụ Bản 84.44', '2 Ý Yên 84.00', '3 Mỹ Lộc 80.00'];
const ignored = (column: string) =>
  `FILE:S!${column}3: warning: column ${column} is hidden in the sheet and with no header: not read (a check or a lookup key the sheet's author kept for themself, no figure of the table) [HIDDEN_COLUMN_IGNORED]\n` +
  "  hint: a hidden column without a header, wherever it stands, is taken for a check or a lookup key of the sheet's own: unhide it (select the columns around it → Unhide) to see what it holds, and delete it if it is no part of the report\n";

describe('a hidden column without a header left of or inside the table (finding 02)', () => {
  it('column A hidden, the offices\' codes 3601–3603, the table B:F: left out with one warning', async () => {
    const r = await run(await book(sheet('BCDEF', key('A')), hideColumn(1)));
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(EXPECTED);
    expect(r.ranks).toEqual(RANKS);
    expect(r.stderr).toBe(ignored('A'));
  });

  it('column B hidden between "Đơn vị" (A) and the figures (C:F): left out', async () => {
    const r = await run(await book(sheet('ACDEF', key('B')), hideColumn(2)));
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(EXPECTED);
    expect(r.ranks).toEqual(RANKS);
    expect(r.stderr).toBe(ignored('B'));
  });

  // Over-reach: the same column visible, and a hidden column under a header.
  it('the same column A visible: refused VALUE_WITHOUT_HEADER as before', async () => {
    const r = await run(await book(sheet('BCDEF', key('A'))));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:S!A3: error: the number "3601" in cell 1 is under no column header, so this row\'s figures may be under the wrong headers [VALUE_WITHOUT_HEADER]');
  });

  it('a hidden column headed "Đình chỉ" inside the table is read: its figures count', async () => {
    // E hidden, headed "Đình chỉ": resolved 1120 as above; were it left out, 300 + 350 + 380 = 1030
    const r = await run(await book(sheet('ABCDE', () => '', HEAD), hideColumn(5)));
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(EXPECTED);
    expect(r.stderr).toBe('');
  });
});
