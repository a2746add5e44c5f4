// The pair of forms on two tabs ("Việc" | "Tiền") where only the Việc tab writes the forms' unit
// line for both measures, "Đơn vị tính: việc; nghìn đồng", and the Tiền tab ("… TÍNH BẰNG TIỀN")
// states none: its money, in nghìn, was read in đồng — TOTAL 2100000 for 2,100,000,000 đồng with
// conditions, exit 0, nothing said, `check` clean (traps28 t39). A tab's unit line is its table's,
// so thads cannot tell whether the Tiền tab is in the unit the workbook writes: refused at the
// Việc tab's unit line (UNIT_UNREADABLE), naming both tabs. Controls: the line on both tabs, or
// --money-unit thousand, reads 2,100,000,000; a Việc tab's line of the cases' unit only
// ("Đơn vị tính: việc") says nothing of money and the Tiền tab is in đồng, as before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { stderrCodes, type SheetCell, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-pair-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ML = 'Chi cục THADS huyện Mỹ Lộc';
const VB = 'Chi cục THADS huyện Vụ Bản';
const HEADER = ['STT', 'Đơn vị', 'Có điều kiện', 'Giải quyết xong'];
const viec = (unit: string | null): SheetCell[][] => [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 - TÍNH BẰNG VIỆC'], ...(unit ? [[unit]] : []), HEADER, [1, ML, 1500, 1200], [2, VB, 900, 800]];
const tien = (unit: string | null): SheetCell[][] => [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 - TÍNH BẰNG TIỀN'], ...(unit ? [[unit]] : []), HEADER, [1, ML, 1200000, 600000], [2, VB, 900000, 370000]];

async function run(command: 'summarize' | 'check', name: string, sheets: Record<string, SheetCell[][]>, extra: readonly string[] = []) {
  const file = await writeSheetsWorkbook(dir, name, sheets);
  const args = command === 'summarize' ? ['--by', 'none', '--format', 'json'] : ['--format', 'json'];
  const { io, stdout, stderr } = memoryIo([command, file, ...args, ...extra], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr().split(`${dir}/`).join('') };
}
const money = (stdout: string) => {
  const m = (JSON.parse(stdout) as { total: { money: { withConditions: string; resolved: string } } }).total.money;
  return [m.withConditions, m.resolved];
};

// By hand: 1 200 000 + 900 000 = 2 100 000 nghìn = 2 100 000 000 đồng with conditions;
// 600 000 + 370 000 = 970 000 nghìn = 970 000 000 đồng resolved.
const IN_DONG = ['2100000000', '970000000'];

describe('a pair whose unit line, on the Việc tab only, names the money unit', () => {
  test('"Đơn vị tính: việc; nghìn đồng" on Việc, none on Tiền: refused at Việc!A2, both tabs named (was 2100000 đồng, exit 0)', async () => {
    const r = await run('summarize', 'Nam Dinh 2024.xlsx', { Việc: viec('Đơn vị tính: việc; nghìn đồng'), Tiền: tien(null) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['UNIT_UNREADABLE']);
    expect(r.stderr).toMatch(/^Nam Dinh 2024\.xlsx:Việc!A2: error: the unit line "Đơn vị tính: việc; nghìn đồng" on tab "Việc" gives money in thousand, but tab "Tiền"/);
    expect(r.stderr).toMatch(/hint: write the unit line on the "Tiền" tab too .*--money-unit thousand/);
  });

  test('check says so too, with the sheet in its JSON (was no problems)', async () => {
    const r = await run('check', 'Nam Dinh check 2024.xlsx', { Việc: viec('Đơn vị tính: việc; nghìn đồng'), Tiền: tien(null) });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { findings: { code: string; sheet?: string; line: number }[] }).findings;
    expect(found.map((f) => [f.code, f.sheet, f.line])).toEqual([['UNIT_UNREADABLE', 'Việc', 2]]);
  });

  test('--money-unit thousand reads it: 2,100,000,000 đồng', async () => {
    const r = await run('summarize', 'Nam Dinh opt 2024.xlsx', { Việc: viec('Đơn vị tính: việc; nghìn đồng'), Tiền: tien(null) }, ['--money-unit', 'thousand']);
    expect(r.code, r.stderr).toBe(0);
    expect(money(r.stdout)).toEqual(IN_DONG);
  });

  test('control: the line on both tabs reads 2,100,000,000 đồng, as before', async () => {
    const line = 'Đơn vị tính: việc; nghìn đồng';
    const r = await run('summarize', 'Nam Dinh both 2024.xlsx', { Việc: viec(line), Tiền: tien(line) });
    expect(r.code, r.stderr).toBe(0);
    expect(money(r.stdout)).toEqual(IN_DONG);
  });

  test('control: the Tiền tab\'s own "Đơn vị tính: nghìn đồng", none on Việc: 2,100,000,000 đồng', async () => {
    const r = await run('summarize', 'Nam Dinh own line 2024.xlsx', { Việc: viec(null), Tiền: tien('Đơn vị tính: nghìn đồng') });
    expect(r.code, r.stderr).toBe(0);
    expect(money(r.stdout)).toEqual(IN_DONG);
  });

  test('control: "Đơn vị tính: việc" on Việc names no money unit: the Tiền tab is in đồng (2,100,000 đồng)', async () => {
    // By hand: 1 200 000 + 900 000 = 2 100 000 đồng; 600 000 + 370 000 = 970 000 đồng.
    const r = await run('summarize', 'Nam Dinh line 2024.xlsx', { Việc: viec('Đơn vị tính: việc'), Tiền: tien(null) });
    expect(r.code, r.stderr).toBe(0);
    expect(money(r.stdout)).toEqual(['2100000', '970000']);
  });
});
