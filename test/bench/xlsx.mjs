// The bench's .xlsx row (issue 15): the same generated rows as a workbook, to time reading a
// sheet next to reading the CSV. Counts are number cells; money is a number cell when Excel can
// hold it exactly (15 significant digits), else text ("numbers stored as text", as real
// workbooks have) — so thads' sums must still equal the generator's to the last digit.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const significant = (plain) => plain.replace('.', '').replace(/^0+/, '').length;

/** Writes FILE.xlsx beside the CSV; returns the bench command that reads it, and a note. */
export async function xlsxTwin(csvFile) {
  const xlsxFile = csvFile.replace(/\.csv$/, '.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxFile, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('Biểu 07');
  let header = true;
  for await (const line of createInterface({ input: createReadStream(csvFile) })) {
    const cells = line.split(',');
    if (header) ws.addRow(cells).commit();
    else ws.addRow(cells.map((c, i) => (i === 1 || i === 2 ? c : significant(c) <= 15 ? Number(c) : c))).commit();
    header = false;
  }
  ws.commit();
  await wb.commit();
  const mib = (statSync(xlsxFile).size / 2 ** 20).toFixed(1);
  return {
    command: { name: 'thads xlsx', shape: 'plain', argv: [process.execPath, join(ROOT, 'bin', 'thads.js'), 'summarize', xlsxFile, '--format', 'json', '--by', 'year,district'] },
    note: `the .xlsx row reads the same rows as one sheet (${mib} MiB; counts and money that fits 15 digits as number cells, other money as text); its MB/s counts the plain CSV's bytes`,
  };
}
