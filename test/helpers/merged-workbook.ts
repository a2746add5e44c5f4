// A one-sheet report workbook with merged cells written into its XML (mergedfig, mergehidden): a
// title, a unit line, the header on row 5, the rows from row 6, and `merges` as Excel and
// LibreOffice store them, a covered cell keeping whatever value the rows give it (LibreOffice's
// "keep the contents of the hidden cells"; a formula with its stored result).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export type MergedCell = string | number | null | { formula: string; result: number };

export const MERGED_HEADER = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];

/** Writes `dir/name` (a 2019 report, rows from row 6) with `merges` ("F6:F7") added; its path. */
export async function mergedWorkbook(dir: string, name: string, rows: readonly (readonly MergedCell[])[], merges: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
  ws.getCell('A3').value = 'Đơn vị tính: việc; đồng';
  ws.getRow(5).values = [...MERGED_HEADER];
  rows.forEach((r, i) => (ws.getRow(6 + i).values = [...r] as ExcelJS.CellValue[]));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  if (merges.length > 0) {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    const list = `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
    zip.file(part, xml.replace('</sheetData>', `</sheetData>${list}`));
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  }
  return path;
}

/** CSV output rows by district, as header → cell. */
export function csvRowsByDistrict(stdout: string): Record<string, Record<string, string>> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  return Object.fromEntries(rows.map((r) => [r[head!.indexOf('district')]!, Object.fromEntries(head!.map((h, i) => [h, r[i] ?? '']))]));
}
