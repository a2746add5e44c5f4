// One input file → office rows: a workbook sheet (.xlsx) or delimited text (anything else).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { ThadsError } from '../errors.js';
import type { FileReport, FileRow, ReadOptions } from './file-report.js';
import { readCsvFile } from './read-csv.js';
import { isWorkbookPath, readXlsxFile } from './xlsx/read-xlsx.js';

export { isWorkbookPath } from './xlsx/read-xlsx.js';

/** Spreadsheet formats thads does not read, named so the user is told what to save instead. */
const UNREADABLE = /\.(xls|xlsb|ods|numbers)$/i;

/** A regular file that starts as a ZIP archive: a workbook saved under another name ("bao-cao.csv"). */
function startsAsZip(file: string): boolean {
  let fd: number | undefined;
  try {
    if (file === '-' || !statSync(file).isFile()) return false;
    fd = openSync(file, 'r');
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readInputFile(file: string, opts: ReadOptions, report: FileReport): AsyncGenerator<FileRow> {
  if (UNREADABLE.test(file)) {
    const ext = /\.[^.]+$/.exec(file)![0].toLowerCase();
    throw new ThadsError('WORKBOOK_INVALID', `thads cannot read ${ext} files`, { file }, 'save it as an Excel workbook (.xlsx) or as CSV UTF-8, and pass that file');
  }
  return wholeDongUnderCasesUnit(isWorkbookPath(file) || startsAsZip(file) ? readXlsxFile(file, opts, report) : readCsvFile(file, opts, report), report);
}

/**
 * A unit line that gives the cases' unit only ("Đơn vị tính: Việc") leaves money's unsaid, and
 * money is read in đồng as in any file that states none. Đồng are whole in these forms (DOMAIN.md:
 * money in nghìn đồng carries the three decimals): a money figure with a fraction of a đồng under
 * such a line shows the money is in another unit, which thads cannot know — refused at it, never
 * summed 1000× too small. A file that states no unit line at all is read as SPEC §3 says (đồng).
 */
async function* wholeDongUnderCasesUnit(rows: AsyncGenerator<FileRow>, report: FileReport): AsyncGenerator<FileRow> {
  for await (const row of rows) {
    const line = report.casesOnlyUnitLine;
    if (line && report.moneyUnitFrom === 'default') {
      const figure = row.row.figures.money?.find((f) => f !== null && !f.isInteger());
      if (figure) {
        const where = report.sheet !== undefined ? 'row' : 'line';
        throw new ThadsError(
          'UNIT_UNREADABLE',
          `the unit line "${line.text.replace(/\s+/g, ' ').trim()}" (${where} ${line.line}) gives the unit of cases only, and money ${figure.toString()} is no whole đồng: the money's unit cannot be told`,
          { file: report.file, line: row.row.line, ...(report.sheet !== undefined ? { sheet: report.sheet.name } : {}) },
          'state money\'s unit on the unit line ("Đơn vị tính: Việc; nghìn đồng"), or pass --money-unit dong|thousand|million|billion',
        );
      }
    }
    yield row;
  }
}
