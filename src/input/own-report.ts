// One office's report in the forms' layout: a label column ("Chỉ tiêu", "Nội dung", "Danh
// mục", or one read as the office column) whose only rows are the total ("Tổng số | 300 |
// 230"), no office's row (round 51a/03b). The owner's rule: its figures are the office's own,
// and the office is the one a file without that column has (title-office.ts: the file's name,
// else its title), never the total's label. Neither naming one: OFFICE_UNKNOWN, as without it.
// A title naming the province's department and no office ("CỤC THADS TỈNH X") makes it the
// province's total, as before the rule (round 53a/01): a Cục's summary is no office's report.
import { basename } from 'node:path';
import { foldHeader } from '../domain/names.js';
import { successorProvince } from '../domain/provinces.js';
import { ThadsError } from '../errors.js';
import type { FileReport } from './file-report.js';
import { fileNamesTotal, officeFromFileName } from './file-names.js';
import { officeOfFile } from './title-office.js';

/** A total's label that says nothing but "total" (not "Toàn tỉnh", which names its whole). */
const BARE_TOTAL = new Set(['tong so', 'tong cong', 'cong', 'tong']);

/**
 * The office whose own figures a file's only rows, totals labelled `labels`, are; null where the
 * file is read as a total: a label naming its whole, a name or title naming a total
 * ("Tổng hợp 2019.csv"), a name that is a province's ("Nam Định 2019.csv": its total), a title
 * naming the province's department and no office.
 */
export function officeOfOwnTotal(file: string, report: FileReport, labels: readonly { readonly district: string; readonly line: number }[]): string | null {
  if (labels.length === 0 || !labels.every((l) => BARE_TOTAL.has(foldHeader(l.district)))) return null;
  // (a title naming a total is the file's where it has no office column: collect.ts)
  const namedByFile = !report.columns.some((c) => c.role.kind === 'identity' && c.role.key === 'district');
  if (fileNamesTotal(file) || (namedByFile && report.titleTotal !== null)) return null;
  // "CỤC THADS TỈNH X" with no office's line under it: the province's total, as any file whose only row is one
  if (report.titleOffice === null && report.titleDepartment !== null) return null;
  if (file !== '-' && successorProvince(officeFromFileName(file)) !== null) return null;
  const office = officeOfFile(file, report.titleOffice, report.sheet?.name, report.titleProvinces);
  if (office === null) {
    throw new ThadsError('OFFICE_UNKNOWN', `the office cannot be told from the file: its only row is a total ("${labels[0]!.district}"), one office's own figures, and neither its name "${basename(file)}" nor its title names that office`, { file, line: labels[0]!.line, ...(report.sheet ? { sheet: report.sheet.name } : {}) });
  }
  return office;
}

/** "Chỉ tiêu" over such a file's labels is the forms' indicator column, no targets: its TARGET_COLUMN_IGNORED is unsaid. */
export function unsayIndicatorTargets(report: FileReport): void {
  const indicator = new Set(report.columns.filter((c) => foldHeader(c.header) === 'chi tieu').map((c) => c.column));
  const at = report.findings.findIndex((f) => f.code === 'TARGET_COLUMN_IGNORED' && f.location?.column !== undefined && indicator.has(f.location.column));
  if (at >= 0) report.findings.splice(at, 1);
}
