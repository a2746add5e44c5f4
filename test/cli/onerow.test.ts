// An office's own subtotal beside its one row: a table by enforcer or by period where one office
// happens to have a single row, and its "Cộng Mỹ Lộc" / "Tổng Mỹ Lộc" line repeats it. The fault:
// with no "Tổng cộng" under the table to tell the readings apart, the subtotal was refused
// SUBTOTAL_OF_ONE_ROW (exit 1) though the file is right — its label names the very office of the
// row beside it. Right: a subtotal naming the office of the one row right beside it (above or
// below, that office's whole block) with that row's figures is that office's subtotal, never
// added: the office counted once. Controls: a "Cộng" naming ANOTHER office ("Cộng Vụ Bản" beside
// Mỹ Lộc's row), or none ("Cộng Hòa" under Thanh Hà), stays refused SUBTOTAL_OF_ONE_ROW; a named
// subtotal whose figures differ from the row is DECLARED_TOTAL_MISMATCH; the subtotal of the last
// of an office's two rows stays refused.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { casesByOffice } from '../helpers/json-totals.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'json'];
const { dir, both } = bothReaders('thads-onerow-', ARGS);

const HEADER = 'STT;Đơn vị;Số việc có điều kiện;Số việc đã giải quyết xong';
const MY_LOC = '1;Chi cục THADS huyện Mỹ Lộc;100;80';
const VU_BAN = '2;Chi cục THADS huyện Vụ Bản;300;250';
const csv = (lines: readonly string[]) => lines.map((l) => l.split(';').join(','));

// by hand: with conditions 100 + 300 = 400, resolved 80 + 250 = 330; rates 80/100 = 80.00 %,
// 250/300 = 83.33 %, 330/400 = 82.50 % ([with conditions, resolved, rate]: casesByOffice)
const RIGHT = {
  'Chi cục THADS huyện Mỹ Lộc': ['100', '80', '80.00'],
  'Chi cục THADS huyện Vụ Bản': ['300', '250', '83.33'],
  TOTAL: ['400', '330', '82.50'],
};

/** each office's one row and its subtotal `label(place)` under it (or over it: `above`) */
function table(label: (place: string) => string, opts: { above?: boolean; total?: boolean } = {}): string[] {
  const blocks = [
    [MY_LOC, `;${label('Mỹ Lộc')};100;80`],
    [VU_BAN, `;${label('Vụ Bản')};300;250`],
  ].map((b) => (opts.above ? b.reverse() : b));
  return [HEADER, ...blocks.flat(), ...(opts.total ? [';Tổng cộng;400;330'] : [])];
}

describe("an office's subtotal beside its one row", () => {
  it.each([
    ['"Cộng <office>" under its row, no "Tổng cộng"', table((p) => `Cộng ${p}`)],
    ['"Tổng <office>" under its row, no "Tổng cộng"', table((p) => `Tổng ${p}`)],
    ['"Cộng <office>" over its row, no "Tổng cộng"', table((p) => `Cộng ${p}`, { above: true })],
    ['"Cộng <office>" under its row, "Tổng cộng 400/330" (as before)', table((p) => `Cộng ${p}`, { total: true })],
  ])('%s: read as that office\'s subtotal, each office once (400/330, was SUBTOTAL_OF_ONE_ROW without the total)', async (_, lines) => {
    const r = await both('nd-2024-viec.csv', csv(lines));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('SUBTOTAL_OF_ONE_ROW');
    expect(casesByOffice(r.stdout)).toEqual(RIGHT);
  });

  it('"Cộng Mỹ Lộc" under Mỹ Lộc\'s one row, then a block of two offices under "Cộng khối Chi cục" (200+100 = 300/250): read, 400/330', async () => {
    const lines = [HEADER, MY_LOC, ';Cộng Mỹ Lộc;100;80', '2;Chi cục THADS huyện Vụ Bản;200;170', '3;Chi cục THADS huyện Ý Yên;100;80', ';Cộng khối Chi cục;300;250'];
    const r = await both('nd-2024-viec.csv', csv(lines));
    expect(r.code, r.stderr).toBe(0);
    // by hand: 100 + 200 + 100 = 400 with conditions, 80 + 170 + 80 = 330 resolved
    expect(casesByOffice(r.stdout).TOTAL).toEqual(['400', '330', '82.50']);
    expect(Object.keys(casesByOffice(r.stdout))).toEqual(['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS huyện Ý Yên', 'TOTAL']);
  });

  it('.xlsx twin: "Cộng <office>" under each one row, no total: 400/330', async () => {
    const r = await summarizeLinesWorkbook(dir, 'nd-2024-viec.xlsx', table((p) => `Cộng ${p}`), ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(casesByOffice(r.stdout)).toEqual(RIGHT);
  });
});

describe('controls: near shapes keep their reading', () => {
  it('"Cộng Vụ Bản" with the figures of Mỹ Lộc\'s row above it (another office named): refused SUBTOTAL_OF_ONE_ROW', async () => {
    const r = await both('nd-2024-viec.csv', csv([HEADER, MY_LOC, ';Cộng Vụ Bản;100;80', VU_BAN]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['SUBTOTAL_OF_ONE_ROW']);
    expect(r.stderr).toContain('FILE:3:2: error: "Cộng Vụ Bản" has the figures of the one office row above it');
  });

  it('"Cộng Hòa" (no office of the table) under Thanh Hà\'s row with its figures: refused SUBTOTAL_OF_ONE_ROW', async () => {
    const r = await both('hd-2024-viec.csv', csv([HEADER, '1;Chi cục THADS huyện Nam Sách;300;270', '2;Chi cục THADS huyện Thanh Hà;100;90', '3;Cộng Hòa;100;90', '4;Chi cục THADS huyện Kim Thành;200;170']));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['SUBTOTAL_OF_ONE_ROW']);
  });

  it('"Cộng Mỹ Lộc 100/70" under Mỹ Lộc\'s row 100/80 (figures differ): refused DECLARED_TOTAL_MISMATCH', async () => {
    const r = await both('nd-2024-viec.csv', csv([HEADER, MY_LOC, ';Cộng Mỹ Lộc;100;70', VU_BAN, ';Cộng Vụ Bản;300;250']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
    expect(stderrCodes(r.stderr)).not.toContain('SUBTOTAL_OF_ONE_ROW');
  });

  it('"Cộng Mỹ Lộc" equal to the last of Mỹ Lộc\'s two rows only (not its block 60+100): still refused SUBTOTAL_OF_ONE_ROW', async () => {
    const r = await both('nd-2024-viec.csv', csv([HEADER, '1;Chi cục THADS huyện Mỹ Lộc;60;50', '2;Chi cục THADS huyện Mỹ Lộc;100;80', ';Cộng Mỹ Lộc;100;80', '3;Chi cục THADS huyện Vụ Bản;300;250']));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('SUBTOTAL_OF_ONE_ROW');
  });
});
