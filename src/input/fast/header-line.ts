// The header line of a fast-path file → the scanner's layout, with the reference reader's own
// header logic (readHeader), so columns, measures and warnings are decided identically.
import { knownCellCount } from '../headers.js';
import { measureFromFileName } from '../labels.js';
import { readHeader } from '../layout.js';
import type { FileReport, ReadOptions } from '../file-report.js';
import { giveUp } from './give-up.js';
import { MAX_SLOTS, type ScanLayout } from './row-scanner.js';

const MAX_COLUMNS = 512;

function nfc(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
}

/** `cells`: line 1 split as csv-parse splits it (quotes removed, "" unescaped). Gives up unless line 1 is a header of plain figures in đồng with a district column. */
export function layoutOfHeader(file: string, line: number, cells: readonly string[], opts: ReadOptions, report: FileReport): ScanLayout {
  const header = cells.map(nfc);
  if (header.length > MAX_COLUMNS || knownCellCount(opts.matcher, header) < 2) giveUp();
  const found = readHeader(file, line, header, [], null, measureFromFileName(file), opts, report);
  if (found.figures.some((f) => f.exponent !== 0) || found.figures.length > MAX_SLOTS) giveUp();
  const district = found.identity.district ?? giveUp();
  return { figures: found.figures, measures: report.measures, columns: header.length, district, province: found.identity.province ?? -1, year: found.identity.year ?? -1, stt: found.stt ?? -1 };
}
