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
  return isWorkbookPath(file) || startsAsZip(file) ? readXlsxFile(file, opts, report) : readCsvFile(file, opts, report);
}
