// The files of the name-unit suites (unitname, unitpair): two Nam Định offices' money in the
// file's unit, written as a plain CSV (the byte scanner), a titled one (the reference reader) or a
// one-sheet workbook; the real binary's and both readers' TOTAL money with conditions and resolved.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect } from 'vitest';
import { spawnThads } from './cli.js';
import { bothReaders } from './both-readers.js';

export const HEADER = 'STT;Tỉnh;Tên đơn vị;Tiền có điều kiện;Tiền giải quyết xong';
export const OFFICES = ['1;Nam Định;Vụ Bản;1.234.567,891;1.000.000,5', '2;Nam Định;Mỹ Lộc;2.000.000;1.500.000,25'];
export const PROVINCE = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
export const TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ TIỀN NĂM 2019';
/** a plain CSV (header and rows: the byte scanner) and a titled one (the reference reader) */
export const PLAIN = [HEADER, ...OFFICES];
export const TITLED = [PROVINCE, TITLE, HEADER, ...OFFICES];

// By hand: with conditions 1.234.567,891 + 2.000.000 = 3.234.567,891; resolved 1.000.000,5 +
// 1.500.000,25 = 2.500.000,75 — in the file's unit.
export const IN_DONG = ['3234567.891', '2500000.75'];
export const IN_THOUSAND = ['3234567891', '2500000750'];
export const IN_MILLION = ['3234567891000', '2500000750000'];

/** A suite's writers and runners, in a temporary folder of its own (`name`: the suite's). */
export function nameUnitFiles(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `thads-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function write(file: string, lines: readonly string[]): string {
    const path = join(dir, file);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  }

  /** The real binary on `file`: exit code, the TOTAL's money with conditions and resolved (null when refused), stderr. */
  function run(file: string, ...args: string[]): { code: number; total: [string, string] | null; stderr: string } {
    const r = spawnThads(['summarize', file, '--format', 'json', ...args]);
    if (r.code !== 0) {
      expect(r.stdout).toBe('');
      return { code: r.code, total: null, stderr: r.stderr };
    }
    const total = JSON.parse(r.stdout).total;
    return { code: r.code, total: [String(total.money.withConditions), String(total.money.resolved)], stderr: r.stderr };
  }

  const { both } = bothReaders(`thads-${name}-both-`, ['--format', 'csv', '--year', '2019']);

  /** Both readers agree; the TOTAL's money with conditions and resolved, from the CSV (the exit code when refused). */
  async function bothTotals(file: string, lines: readonly string[]): Promise<[string, string] | number> {
    const r = await both(file, lines);
    if (r.code !== 0) return r.code;
    const [head, ...rows] = r.stdout.trim().split('\n');
    const cols = head!.split(',');
    const total = rows.map((l) => l.split(',')).find((c) => c[cols.indexOf('district')] === 'TOTAL')!;
    return [total[cols.indexOf('money_with_conditions')]!, total[cols.indexOf('money_resolved')]!];
  }

  /** A one-sheet workbook named `file`, its sheet `sheet`: the titled lines, figures as numbers. */
  async function workbook(file: string, sheet: string, unitLine: string | null = null): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet);
    ws.addRow([PROVINCE]);
    ws.addRow([TITLE]);
    if (unitLine !== null) ws.addRow([unitLine]);
    ws.addRow(['STT', 'Tỉnh', 'Tên đơn vị', 'Tiền có điều kiện', 'Tiền giải quyết xong']);
    ws.addRow([1, 'Nam Định', 'Vụ Bản', 1234567.891, 1000000.5]);
    ws.addRow([2, 'Nam Định', 'Mỹ Lộc', 2000000, 1500000.25]);
    const path = join(dir, file);
    await wb.xlsx.writeFile(path);
    return path;
  }

  return { dir, write, run, bothTotals, workbook };
}
