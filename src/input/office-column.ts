// A file without a known office column is one office, named by the file (SPEC §3) — unless a
// column nobody named holds a different name on each row: then the rows are offices under a
// header thads does not know ("Tên ĐV"), and summing them into one would be a silent wrong
// figure per office. Refused, naming the column.
import { hasLetter } from '../domain/letters.js';
import { ThadsError } from '../errors.js';
import { isEnforcerHeader } from './by-enforcer.js';
import type { FileReport } from './file-report.js';

const MAX_NAMES = 3;

export class OfficeColumnWatch {
  /** columns a name could hide in: unknown headers, or no header at all */
  private readonly watched: { index: number; header: string; names: Set<string>; targets: boolean }[] = [];

  constructor(header: readonly string[], report: FileReport) {
    const roles = new Map(report.columns.map((c) => [c.column - 1, c.role]));
    header.forEach((cell, index) => {
      const role = roles.get(index);
      const kind = role?.kind ?? 'empty';
      // A "Chỉ tiêu" column holding names is no targets column: the row labels of a table (traps38 3:
      // "Chi cục THADS huyện Mỹ Lộc", "… Vụ Bản" summed into one office, TARGET_COLUMN_IGNORED, exit 0).
      const targets = role?.kind === 'ignored' && role.targets === true;
      if ((kind === 'unknown' && !isEnforcerHeader(cell)) || kind === 'empty' || targets) this.watched.push({ index, header: cell.trim(), names: new Set(), targets });
    });
  }

  /** A data row: its text cells (not numbers, not Roman section numbers) are noted, up to a few per column. */
  see(record: readonly string[]): void {
    for (const w of this.watched) {
      if (w.names.size >= MAX_NAMES) continue;
      const cell = (record[w.index] ?? '').trim();
      // (under a targets header, "74%", "83,9 % (việc)" are targets, no names)
      if (cell !== '' && hasLetter(cell) && !/^[ivxlc]+\.?$/i.test(cell) && !(w.targets && /^[\d.,\s]+%?/.test(cell))) w.names.add(cell.normalize('NFC'));
    }
  }

  verdict(file: string, headerLine: number, dataRows: number): void {
    if (dataRows < 2) return;
    const names = this.watched.find((w) => w.names.size >= 2);
    if (!names) return;
    const header = names.header ? `"${names.header}"` : '(no header)';
    const examples = [...names.names].slice(0, 2).map((n) => `"${n}"`).join(', ');
    throw new ThadsError(
      'OFFICE_COLUMN_MISSING',
      `no office column is named, and column ${names.index + 1} ${header} holds a different name on each row (${examples}…): its rows would be summed as one office`,
      { file, line: headerLine, column: names.index + 1 },
      `map it with "aliases": { ${JSON.stringify(names.header || 'column header')}: "district" } in thads.config.json, or name the header "Đơn vị"`,
    );
  }
}
