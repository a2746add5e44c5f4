// The pair of forms on two tabs ("Việc" | "Tiền") is one file read twice, and messages naming
// where each half gives an office lost the tab (traps28 t54d, t43): SPLIT_FILES_UNJOINED printed
// "X.xlsx:5" for both halves and its JSON had no "sheet" (SPEC: FILE:SHEET!A1); the two names it
// says differ printed alike, a zero-width space inside "Vụ​Bản" unseen (since names.ts visibleText
// such a name is the name without it, and the halves join); MIXED_YEARS said "X.xlsx says 2023;
// X.xlsx says 2024". Now each half is named by its tab. Here the Tiền tab's second office is
// another one, Ý Yên, so neither half joins. Control: split CSV files keep FILE:LINE.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { stderrCodes, type SheetCell, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-pair-tabs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ML = 'Chi cục THADS huyện Mỹ Lộc';
const VB = 'Chi cục THADS huyện Vụ Bản';
const YY = 'Chi cục THADS huyện Ý Yên';
const HEADER = ['STT', 'Đơn vị', 'Có điều kiện', 'Giải quyết xong'];
const title = (measure: string, year: number) => [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year} - TÍNH BẰNG ${measure}`];
// rows 1 title, 2 unit line, 3 header, 4 Mỹ Lộc, 5 Vụ Bản
const viec = (year = 2024, vb = VB): SheetCell[][] => [title('VIỆC', year), ['Đơn vị tính: việc'], HEADER, [1, ML, 1500, 1200], [2, vb, 900, 800]];
const tien = (year = 2024, vb = VB): SheetCell[][] => [title('TIỀN', year), ['Đơn vị tính: đồng'], HEADER, [1, ML, 1200000, 600000], [2, vb, 900000, 370000]];

async function run(args: readonly string[]) {
  const { io, stdout, stderr } = memoryIo(args, { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr().split(`${dir}/`).join('') };
}
type Found = { code: string; message: string; sheet?: string; line: number; location: string };
const findings = (stdout: string) => (JSON.parse(stdout) as { findings: Found[] }).findings;

describe('messages name the tab of each half of a pair', () => {
  test('SPLIT_FILES_UNJOINED: at Tiền!5, the Việc half at Việc!5 (were "X.xlsx:5" twice)', async () => {
    const file = await writeSheetsWorkbook(dir, 'Nam Dinh 2024.xlsx', { Việc: viec(), Tiền: tien(2024, YY) });
    const r = await run(['check', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const split = findings(r.stdout).find((f) => f.code === 'SPLIT_FILES_UNJOINED')!;
    expect([split.sheet, split.line, split.location]).toEqual(['Tiền', 5, `${file}:Tiền!5:5`]);
    expect(split.message).toContain(`"${YY}" has money figures only`);
    expect(split.message).toContain(`"${VB}" has cases figures only (${file}:Việc!5:5)`);
    const s = await run(['summarize', file, '--format', 'csv']);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/^Nam Dinh 2024\.xlsx:Tiền!5:5: error: "Chi cục THADS huyện Ý Yên" has money figures only, and "Chi cục THADS huyện Vụ Bản" has cases figures only \(Nam Dinh 2024\.xlsx:Việc!5:5\)/m);
  });

  test('MIXED_YEARS names each tab and its title\'s year (was "X.xlsx says 2023; X.xlsx says 2024")', async () => {
    const file = await writeSheetsWorkbook(dir, 'Nam Dinh.xlsx', { Việc: viec(2024), Tiền: tien(2023) });
    const r = await run(['summarize', file, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(stderrCodes(r.stderr)).toEqual(['MIXED_YEARS']);
    expect(r.stderr).toContain('(Nam Dinh.xlsx:Tiền says 2023; Nam Dinh.xlsx:Việc says 2024)');
  });

  test('control: split CSV files are named FILE:LINE, as before', async () => {
    const csv = (name: string, rows: SheetCell[][]) => {
      const path = join(dir, name);
      writeFileSync(path, `${rows.map((row) => row.map((c) => (c === null ? '' : String(c))).join(';')).join('\n')}\n`);
      return path;
    };
    const v = csv('viec-2024.csv', viec());
    const t = csv('tien-2024.csv', tien(2024, YY));
    const r = await run(['check', v, t, '--format', 'json']);
    const split = findings(r.stdout).find((f) => f.code === 'SPLIT_FILES_UNJOINED')!;
    expect([split.sheet, split.location]).toEqual([undefined, `${t}:5`]);
    expect(split.message).toContain(`has cases figures only (${v}:5)`);
  });
});
