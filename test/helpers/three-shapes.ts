// A province's table of offices in the three shapes a rule must hold for: plain (a header and rows,
// money in đồng: the byte scanner), titled (title and unit lines, money in nghìn đồng: the
// reference reader) and xlsx (the titled lines in a workbook); run through the real binary.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { spawnThads } from './cli.js';
import { fileTree } from './file-tree.js';

export type Shape = 'plain' | 'titled' | 'xlsx';
export const SHAPES: readonly Shape[] = ['plain', 'titled', 'xlsx'];
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';

/** One office's row: its cases with conditions and resolved, its money (nghìn đồng) with conditions and resolved. */
export type Office = readonly [name: string, cases: number, resolved: number, money: number, moneyResolved: number];

const dotted = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The file's lines: plain money in đồng, titled money in nghìn đồng under its unit line. */
function lines(shape: Shape, province: string, offices: readonly Office[], year: number): string[] {
  const rows = offices.map(([name, c, r, m, mr], i) => (shape === 'plain' ? `${i + 1};${name};${c};${r};${m}000;${mr}000` : `${i + 1};${name};${c};${r};${dotted(m)};${dotted(mr)}`));
  if (shape === 'plain') return [HEADER, ...rows];
  return [`CỤC THI HÀNH ÁN DÂN SỰ TỈNH ${province.toLocaleUpperCase('vi')}`, `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year}`, 'Đơn vị tính: Việc; nghìn đồng', HEADER, ...rows];
}

/** A suite's folder of such files, removed after it. */
export function threeShapes(prefix: string) {
  const { dir } = fileTree(prefix);

  /** The file `name` (without extension; its year the last 4-digit number in it) in `shape`; its path. */
  async function write(shape: Shape, name: string, province: string, offices: readonly Office[]): Promise<string> {
    const text = lines(shape, province, offices, Number(/\d{4}(?!.*\d{4})/.exec(name)![0]));
    if (shape !== 'xlsx') {
      const file = join(dir, `${shape}-${name}.csv`);
      writeFileSync(file, `${text.join('\n')}\n`);
      return file;
    }
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of text) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    const file = join(dir, `xlsx-${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  }

  /** The real binary on `files`; messages name them without their folder. */
  function summarize(files: readonly string[]) {
    const r = spawnThads(['summarize', ...files, '--format', 'csv'], { cwd: dir });
    return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
  }

  return { dir, write, summarize };
}

/** The offices and the TOTAL row's cases with conditions, resolved, money (đồng) with conditions and resolved; exit 0 and no error asserted. */
export function totals(r: { code: number; stdout: string; stderr: string }): { offices: string[]; total: string[] } {
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  const total = rows.find((row) => row[at('district')] === 'TOTAL')!;
  return {
    offices: rows.filter((row) => row !== total).map((row) => row[at('district')]!),
    total: ['cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'].map((k) => total[at(k)]!),
  };
}
