// Unit lines as offices write them (findings 02–02d): each one was read as đồng, money 1,000×
// too small with exit 0. Every file here is read right (the exact total) or refused with a
// located message naming the unit line — through main() and through the built binary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads, spawnThads, type RunResult } from '../helpers/cli.js';
import { fastPath, readFastFile } from '../../src/input/fast/read-fast.js';
import { HeaderMatcher } from '../../src/input/headers.js';

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const ROWS = ['1,Mỹ Lộc,100,80,5000,4000', '2,Vụ Bản,200,150,7000,3000'];
/** 5000 + 7000 and 4000 + 3000 nghìn đồng, in đồng */
const IN_THOUSANDS = ['12000000', '7000000'];
const IN_DONG = ['12000', '7000'];

const dir = mkdtempSync(join(tmpdir(), 'thads-unit-lines-'));
let n = 0;
function write(lines: readonly string[]): string {
  const file = join(dir, `bao-cao-${++n}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const args = (file: string) => ['summarize', file, '--year', '2019', '--format', 'csv', '--by', 'none'];

/** money_with_conditions and money_resolved of the TOTAL row */
function money(r: RunResult): string[] {
  expect(r.code, r.stderr).toBe(0);
  const [head, total] = r.stdout.trim().split('\n').map((l) => l.split(','));
  return ['money_with_conditions', 'money_resolved'].map((c) => total![head!.indexOf(c)]!);
}

function refused(r: RunResult, message: string): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(message);
}

describe('a unit line above the header, in the spellings offices use', () => {
  it.each([
    ',,,,Đơn vị tính:,nghìn đồng', // Excel: label and value in two cells
    ',Đơn vị tính:,,,,1.000 đồng',
    ',,,,ĐVT,nghìn đồng',
    'DVT: nghin dong',
    'Don vi tinh: 1.000 dong',
    'DVT: 1000d',
    'Đ.v.t: 1.000 đ',
    'ĐV tính: 1.000 đ',
    'Đơn vị tiền: nghìn đồng',
    '(Số tiền: 1.000 đồng)',
    'Tiền: nghìn đồng',
    'Đơn vị tính: Việc, 1.000 đồng', // unquoted in a comma CSV: two cells
    'Đơn vị tính: 1,000 đồng',
    'Đơn vị tính bằng: nghìn đồng',
  ])('%s: money in nghìn đồng', async (unitLine) => {
    expect(money(await runThads(args(write(['BÁO CÁO', unitLine, HEADER, ...ROWS]))))).toEqual(IN_THOUSANDS);
  });

  it.each(['Đơn vị: Cục THADS tỉnh Nam Định', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC VÀ VỀ TIỀN', 'Tiền Hải', 'Đơn vị: Chi cục THADS huyện Đông Anh', 'Đơn vị tính: việc,Ngày 15/01/2020'])(
    '%s is no unit line: money in đồng',
    async (line) => {
      expect(money(await runThads(args(write([line, HEADER, ...ROWS]))))).toEqual(IN_DONG);
    },
  );

  it('a label in one cell and money thads cannot read in the next: refused, naming both cells', async () => {
    const file = write(['BÁO CÁO', ',,,,Đơn vị tính:,USD', HEADER, ...ROWS]);
    refused(await runThads(args(file)), `${file}:2:5: error: the unit line "Đơn vị tính: USD" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });
});

describe('a unit line below the header', () => {
  it.each([',,,,Đơn vị tính: nghìn đồng,', ',,,,(nghìn đồng),(nghìn đồng)', ',,,,Đơn vị tính:,nghìn đồng'])('%s before the first office row: money in nghìn đồng', async (unitLine) => {
    expect(money(await runThads(args(write(['BÁO CÁO', HEADER, unitLine, ...ROWS]))))).toEqual(IN_THOUSANDS);
  });

  it('one it cannot read: refused', async () => {
    const file = write([HEADER, ',,,,ĐVT: USD,', ...ROWS]);
    refused(await runThads(args(file)), `${file}:2:5: error: the unit line "ĐVT: USD" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });

  it('under the column numbers, after the layout was decided: refused, not ignored', async () => {
    const file = write([HEADER, '1,2,3,4,5,6', ',,,,Đơn vị tính: nghìn đồng,', ...ROWS]);
    refused(
      await runThads(args(file)),
      `${file}:3:5: error: the unit line "Đơn vị tính: nghìn đồng" below the header gives money in thousand, but the money columns were read in dong (default) [UNIT_CONTRADICTION]`,
    );
  });

  it('a note under the table that names another unit: refused; one that agrees: read', async () => {
    const note = 'Ghi chú: Đơn vị tính tiền: nghìn đồng,,,,,';
    const file = write([HEADER, ...ROWS, note]);
    refused(await runThads(args(file)), `${file}:4:1: error: the unit line "Ghi chú: Đơn vị tính tiền: nghìn đồng" below the header gives money in thousand`);
    expect(money(await runThads(args(write(['Đơn vị tính: nghìn đồng', HEADER, ...ROWS, note]))))).toEqual(IN_THOUSANDS);
  });

  it('--money-unit decides', async () => {
    expect(money(await runThads([...args(write([HEADER, ...ROWS, 'Đơn vị tính: nghìn đồng,,,,,'])), '--money-unit', 'million']))).toEqual(['12000000000', '7000000000']);
  });

  it('the fast path reads a unit line right below the header, and hands a later one to the reference reader', async () => {
    const opts = { matcher: new HeaderMatcher({}), numberFormat: 'auto' as const };
    expect((await readFastFile(write([HEADER, ',,,,Đơn vị tính: nghìn đồng,', ...ROWS]), opts))?.report.moneyUnit).toBe('thousand');
    expect(await readFastFile(write([HEADER, ...ROWS, 'Ghi chú: Đơn vị tính: nghìn đồng,,,,,']), opts)).toBeNull();
    // a blank line or a signature under the table stays on the fast path
    expect(await readFastFile(write([HEADER, ...ROWS, ',,,,,', 'Người lập biểu,,,,CỤC TRƯỞNG,']), opts)).not.toBeNull();
  });
});

describe('two units for the same money are refused, never one picked', () => {
  it('the unit line says đồng, the money headers nghìn đồng', async () => {
    const file = write(['Đơn vị tính: đồng', HEADER.replace(/(Tiền [^,]*)/g, '$1 (nghìn đồng)'), ...ROWS]);
    refused(
      await runThads(args(file)),
      `${file}:2:5: error: this header cell gives money in thousand, but the unit line "Đơn vị tính: đồng" (line 1, column 1) gives dong [UNIT_CONTRADICTION]`,
    );
  });

  it('the header agrees with the unit line: read', async () => {
    expect(money(await runThads(args(write(['Đơn vị tính: nghìn đồng', HEADER.replace(/(Tiền [^,]*)/g, '$1 (nghìn đồng)'), ...ROWS]))))).toEqual(IN_THOUSANDS);
  });

  it('a unit line above the header and another below it', async () => {
    const file = write(['Đơn vị tính: nghìn đồng', HEADER, ',,,,Đơn vị tính: triệu đồng,', ...ROWS]);
    refused(
      await runThads(args(file)),
      `${file}:3:5: error: the unit line "Đơn vị tính: triệu đồng" (line 3, column 5) gives money in million, but the unit line "Đơn vị tính: nghìn đồng" (line 1, column 1) gives thousand [UNIT_CONTRADICTION]`,
    );
  });

  it('money columns in two units and one without: refused', async () => {
    const header = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện (nghìn đồng),Tiền giải quyết xong (triệu đồng),Tiền thi hành xong';
    const file = write([header, '1,Mỹ Lộc,100,80,5000,4,3']);
    refused(await runThads(args(file)), `${file}:1:7: error: this money column names no unit, and the others give thousand and million [UNIT_CONTRADICTION]`);
  });

  it('--money-unit settles it, with a warning', async () => {
    const r = await runThads([...args(write(['Đơn vị tính: đồng', HEADER.replace(/(Tiền [^,]*)/g, '$1 (nghìn đồng)'), ...ROWS])), '--money-unit', 'thousand']);
    expect(money(r)).toEqual(IN_THOUSANDS);
    expect(r.stderr).toContain('[UNIT_CONFLICT]');
  });
});

describe('the findings, through the built binary', () => {
  it.each([
    ['02 split over two cells', ['BÁO CÁO', ',,,,Đơn vị tính:,nghìn đồng', HEADER, ...ROWS]],
    ['02b without diacritics', ['BÁO CÁO', 'DVT: nghin dong', HEADER, ...ROWS]],
    ['02c below the header', ['BÁO CÁO', HEADER, ',,,,Đơn vị tính: nghìn đồng,', ...ROWS]],
  ])('%s: money in nghìn đồng', (_, lines) => {
    expect(money(spawnThads(args(write(lines))))).toEqual(IN_THOUSANDS);
  });

  it('02d the unit line contradicts the header: refused', () => {
    const file = write(['Đơn vị tính: đồng', HEADER.replace(/(Tiền [^,]*)/g, '$1 (nghìn đồng)'), ...ROWS]);
    refused(spawnThads(args(file)), `${file}:2:5: error: this header cell gives money in thousand, but the unit line "Đơn vị tính: đồng" (line 1, column 1) gives dong [UNIT_CONTRADICTION]`);
  });
});

/** Both readers through main(), which must print the same bytes; the reference's result. */
async function both(file: string): Promise<RunResult> {
  const run = async (fast: boolean) => {
    fastPath.enabled = fast;
    try {
      return await runThads(args(file));
    } finally {
      fastPath.enabled = true;
    }
  };
  const reference = await run(false);
  expect(await run(true)).toEqual(reference);
  return reference;
}

describe('findings 04–04e: a unit line with its measure, in parentheses, or without "Đơn vị tính"', () => {
  it.each([
    '"Đơn vị tính: tiền (nghìn đồng)"', // 04
    'Đơn vị tính: Số tiền (nghìn đồng)', // 04b
    '"Đơn vị tính: Việc (về việc), nghìn đồng (về tiền)"', // 04c
    'Đơn vị tính: Việc (về việc), nghìn đồng (về tiền)', // 04c unquoted: two cells
    'Tính bằng nghìn đồng', // 04e
    'Số liệu tính bằng nghìn đồng',
    'Tính bằng: nghìn đồng',
    'ĐVT: việc/nghìn đồng',
    'Đơn vị tính: 1000đ (tiền)',
    '"(Tiền: nghìn đồng; Việc: việc)"',
    'Đơn vị tính tiền: Nghìn đồng',
    ',,,,Tính bằng,nghìn đồng',
  ])('%s: money in nghìn đồng, both readers', async (unitLine) => {
    expect(money(await both(write(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', unitLine, HEADER, ...ROWS])))).toEqual(IN_THOUSANDS);
  });

  it.each(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC VÀ VỀ TIỀN', 'Đơn vị: Cục THADS tỉnh Nam Định', 'Tiền Hải', 'Ghi chú: số tiền đã thu', 'BÁO CÁO TÍNH BẰNG VIỆC VÀ TIỀN', 'Tỷ lệ tính bằng %'])(
    '%s is no unit line: money in đồng, both readers',
    async (line) => {
      expect(money(await both(write([line, HEADER, ...ROWS])))).toEqual(IN_DONG);
    },
  );

  it.each([
    ['Đơn vị tính: đồng/nghìn đồng', 'Đơn vị tính: đồng/nghìn đồng'], // 04d
    ['"Đơn vị tính: triệu đồng, tỷ đồng"', 'Đơn vị tính: triệu đồng, tỷ đồng'],
    ['Đơn vị tính: đồng,nghìn đồng', 'Đơn vị tính: đồng, nghìn đồng'], // unquoted: two cells
    ['Đơn vị tính: nghìn đồng; USD', 'Đơn vị tính: nghìn đồng; USD'],
    ['Tính bằng USD', 'Tính bằng USD'],
  ])('%s names two units, or one beside money thads cannot read: refused, both readers', async (unitLine, text) => {
    const file = write(['BÁO CÁO', unitLine, HEADER, ...ROWS]);
    refused(await both(file), `${file}:2:1: error: the unit line "${text}" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });

  it('a note "Số liệu tính bằng nghìn đồng" under a table read in đồng: refused, both readers', async () => {
    const file = write([HEADER, ...ROWS, 'Số liệu tính bằng nghìn đồng,,,,,']);
    refused(
      await both(file),
      `${file}:4:1: error: the unit line "Số liệu tính bằng nghìn đồng" below the header gives money in thousand, but the money columns were read in dong (default) [UNIT_CONTRADICTION]`,
    );
  });

  it.each([
    ['04 tiền (nghìn đồng)', '"Đơn vị tính: tiền (nghìn đồng)"'],
    ['04b Số tiền (nghìn đồng)', 'Đơn vị tính: Số tiền (nghìn đồng)'],
    ['04c Việc (về việc), nghìn đồng (về tiền)', '"Đơn vị tính: Việc (về việc), nghìn đồng (về tiền)"'],
    ['04e Tính bằng nghìn đồng', 'Tính bằng nghìn đồng'],
  ])('%s, through the built binary: money in nghìn đồng', (_, unitLine) => {
    expect(money(spawnThads(args(write(['BÁO CÁO', unitLine, HEADER, ...ROWS]))))).toEqual(IN_THOUSANDS);
  });

  it('04d đồng/nghìn đồng, through the built binary: refused', () => {
    const file = write(['BÁO CÁO', 'Đơn vị tính: đồng/nghìn đồng', HEADER, ...ROWS]);
    refused(spawnThads(args(file)), `${file}:2:1: error: the unit line "Đơn vị tính: đồng/nghìn đồng" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });
});

describe('finding 05: "Đv" for "Đơn vị", and multipliers "(x1000)" in a money header', () => {
  it.each(['Đv: 1.000đ', 'ĐV: 1.000 đồng', 'Đv: nghìn đồng', 'Đ.v: 1000 đ', '(Đv: 1.000đ)', '(x1000 đồng)', '(x1000)'])('unit line %s: money in nghìn đồng, both readers', async (unitLine) => {
    expect(money(await both(write(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', unitLine, HEADER, ...ROWS])))).toEqual(IN_THOUSANDS);
  });

  it.each([
    ['(Đv: 1.000đ)', IN_THOUSANDS],
    ['(ĐV: 1.000 đồng)', IN_THOUSANDS],
    ['(ĐVT: 1.000 đồng)', IN_THOUSANDS],
    ['(x1000)', IN_THOUSANDS],
    ['(x1.000)', IN_THOUSANDS],
    ['(×1000)', IN_THOUSANDS],
    ['(x1000 đồng)', IN_THOUSANDS],
    // 5000 + 7000 and 4000 + 3000 triệu đồng
    ['(x1.000.000)', ['12000000000', '7000000000']],
  ])('money headers "Tiền … %s", both readers', async (unit, expected) => {
    expect(money(await both(write([HEADER.replace(/(Tiền [^,]*)/g, `$1 ${unit}`), ...ROWS])))).toEqual(expected);
  });

  it.each([
    ['(x10)', 'x10'],
    ['(x100 đồng)', 'x100 đồng'],
    ['(Đv: 1.000)', 'Đv: 1.000'],
    ['(Đv: USD)', 'Đv: USD'],
  ])('a header unit that looks like one but cannot be read (%s): refused, both readers', async (unit, text) => {
    const file = write([HEADER.replace(/(Tiền [^,]*)/g, `$1 ${unit}`), ...ROWS]);
    refused(await both(file), `${file}:1:5: error: the money unit "${text}" in this header cell is not one thads reads [UNIT_UNREADABLE]`);
  });

  it.each(['Đv: 1.000', 'Đv: nghìn USD'])('unit line %s: refused, both readers', async (unitLine) => {
    const file = write(['BÁO CÁO', unitLine, HEADER, ...ROWS]);
    refused(await both(file), `${file}:2:1: error: the unit line "${unitLine}" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });

  it.each(['ĐV: Cục THADS tỉnh Nam Định', 'Đv: việc'])('%s is no unit line: money in đồng, both readers', async (line) => {
    expect(money(await both(write([line, HEADER, ...ROWS])))).toEqual(IN_DONG);
  });

  // finding 04 (round 16): English headers put the currency first too
  it.each([
    ['(VND million)', 'Money with conditions,Money resolved', ['12000000000', '7000000000']],
    ['(VND bn)', 'Money with conditions,Money resolved', ['12000000000000', '7000000000000']],
    ['(VND thousand)', 'Tiền có điều kiện,Tiền giải quyết xong', IN_THOUSANDS],
  ])('money headers "… %s", both readers', async (unit, money2, expected) => {
    const header = `STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,${money2.split(',').map((h) => `${h} ${unit}`).join(',')}`;
    expect(money(await both(write([header, ...ROWS])))).toEqual(expected);
  });

  it('"(USD million)": refused, both readers', async () => {
    const file = write([HEADER.replace(/(Tiền [^,]*)/g, '$1 (USD million)'), ...ROWS]);
    refused(await both(file), `${file}:1:5: error: the money unit "USD million" in this header cell is not one thads reads [UNIT_UNREADABLE]`);
  });
});
