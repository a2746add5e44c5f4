// A workbook written from ';'-separated lines (figures as numbers, "1.000" → 1000; empty cells left
// empty) and summarized in process: the xlsx side of tests whose CSV side is the same lines.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

export async function summarizeLinesWorkbook(dir: string, name: string, lines: readonly string[], args: readonly string[], sheet = 'Sheet1') {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const l of lines) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  const { io, stdout, stderr } = memoryIo(['summarize', file, ...args], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** the codes said on stderr, in order */
export const stderrCodes = (stderr: string) => [...stderr.matchAll(/\[([A-Z_]+)\]$/gm)].map((m) => m[1]);

/** One office's workbook named `name` (its office and year are the name's): cases with conditions and resolved. */
export async function writeCasesWorkbook(dir: string, name: string, cases: number, resolved: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['Việc có điều kiện', 'Việc giải quyết xong']);
  ws.addRow([cases, resolved]);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

export type SheetCell = string | number | null;
/** Writes `dir/name`, a workbook of the given tabs in order (rows as cells, numbers kept numbers). */
export async function writeSheetsWorkbook(dir: string, name: string, sheets: Record<string, readonly (readonly SheetCell[])[]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    for (const r of rows) ws.addRow([...r]);
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}
