// Wires input to domain for every command: reads the files, checks each row, sums groups and
// totals, and compares declared total rows with the sums. No output here.
import { Aggregator, foldNameCached, keyString, type Group, type GroupLevel, type OfficeRow } from './domain/aggregate.js';
import { equals, toPlain } from './domain/exact.js';
import { addFiguresInto, checkRelations, type Figures } from './domain/figures.js';
import { FIELDS, MEASURES, type FieldKey, type Measure } from './domain/fields.js';
import { finding, type Finding } from './errors.js';
import { statSync } from 'node:fs';
import { readFastFile } from './input/fast/read-fast.js';
import { NO_PROGRESS, type Progress } from './progress.js';
import { newFileReport, placeInSheet, type FileReport, type ReadOptions } from './input/file-report.js';
import { isWorkbookPath, readInputFile } from './input/read-file.js';

export interface Collected {
  readonly groups: Group[];
  /** per year when year is a --by level, else one */
  readonly totals: Group[];
  /** for each total: its province when all of its rows share one (for province targets) */
  readonly totalProvinces: Map<string, string | null>;
  readonly years: Set<number | null>;
  readonly reports: FileReport[];
  /** warnings found while reading, in file order */
  readonly findings: Finding[];
}

type Sums = Partial<Record<Measure, Figures>>;

/** Adds in place: `into` owns its arrays (copied on first use). */
function addSums(into: Sums, sums: Sums): void {
  for (const m of MEASURES) {
    const f = sums[m];
    if (!f) continue;
    const current = into[m];
    if (current) addFiguresInto(current, f);
    else into[m] = f.slice();
  }
}

function copySums(sums: Sums): Sums {
  const out: Sums = {};
  for (const m of MEASURES) if (sums[m]) out[m] = sums[m]!.slice();
  return out;
}

function columnOf(report: FileReport, measure: Measure, field: FieldKey): number | undefined {
  return report.columns.find((c) => c.role.kind === 'figure' && c.role.field === field && c.measure === measure)?.column;
}

function label(field: FieldKey): string {
  return field.replace(/_/g, ' ');
}

/** Declared total vs one candidate sum: the fields that differ. */
function totalDiffs(total: OfficeRow, sums: Sums): { measure: Measure; index: number }[] {
  const diffs: { measure: Measure; index: number }[] = [];
  for (const m of MEASURES) {
    const declared = total.figures[m];
    const sum = sums[m];
    if (!declared) continue;
    declared.forEach((v, i) => {
      const s = sum?.[i] ?? null;
      if (v !== null && s !== null && !equals(v, s)) diffs.push({ measure: m, index: i });
    });
  }
  return diffs;
}

/** Bytes of a file for the progress bar; 0 when it cannot be read (reading it says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** `progress` hears of bytes and rows as they are read; the caller finishes it. */
/**
 * `findings` may be the caller's array: when a file turns out fatally broken half-way, what was
 * found before the error is already in it (check reports every finding, not just the fatal one).
 */
export async function collect(
  files: readonly string[],
  opts: ReadOptions,
  by: readonly GroupLevel[],
  progress: Progress = NO_PROGRESS,
  findings: Finding[] = [],
): Promise<Collected> {
  const groups = new Aggregator(by);
  const totalBy: GroupLevel[] = by.includes('year') ? ['year'] : [];
  const totals = new Aggregator(totalBy);
  const totalProvinces = new Map<string, string | null>();
  const provinceSeen = new Map<string, Set<string>>();
  const years = new Set<number | null>();
  const reports: FileReport[] = [];

  progress.expect(files.reduce((sum, file) => sum + sizeOf(file), 0));
  for (const file of files) {
    const report = newFileReport(file);
    reports.push(report);
    const firstFinding = findings.length;
    const offices = new Map<string, { count: number; line: number; repeatLine: number | null; name: string }>();
    // Declared total rows cut the file into segments. A total is compared with the rows above it
    // (all earlier segments), the rows since the previous total (its segment), and the rows
    // below it up to the next total (the next segment: a section subtotal stands above its
    // offices); rows are added once, into their segment.
    let segment: Sums = {};
    let aboveSegment: Sums = {};
    const declaredTotals: { row: OfficeRow; candidates: Sums[] }[] = [];
    let waitingForBelow: Sums[] | null = null;
    const rowFindings: Finding[] = [];

    const officeKeyOf = (row: OfficeRow) => `${foldNameCached(row.province ?? '')}\u0000${foldNameCached(row.district)}\u0000${row.year ?? ''}`;
    /** What every office row adds up to, outside the per-file sums: `rows` rows summed in `row`. */
    const count = (row: OfficeRow, rows: number, repeatLine: number | null = null) => {
      const officeKey = officeKeyOf(row);
      const seen = offices.get(officeKey);
      if (seen) {
        seen.count += rows;
        seen.repeatLine ??= row.line;
      } else offices.set(officeKey, { count: rows, line: row.line, repeatLine, name: row.district });

      groups.add(row, rows);
      totals.add(row, rows);
      const totalKey = keyString({ province: null, district: null, year: row.year });
      const provinces = provinceSeen.get(totalKey) ?? new Set<string>();
      provinces.add(row.province ?? '');
      provinceSeen.set(totalKey, provinces);
      years.add(row.year);
    };

    // Plain files are summed per office on the fast path; it hands back null when the file
    // needs the reference reader (declared totals and relation warnings always do).
    const fast = isWorkbookPath(file) ? null : await readFastFile(file, opts, progress);
    if (fast) {
      Object.assign(report, fast.report);
      for (const o of fast.offices) count({ file, line: o.line, province: o.province, district: o.district, year: o.year, figures: o.figures }, o.rows, o.repeatLine);
    }

    // The reference reader's rows are summed per office first, as the fast path hands them
    // over: groups and totals then take one addition per office, not per row.
    const perOffice = new Map<string, { row: OfficeRow; rows: number; repeatLine: number | null }>();
    try {
      for await (const { kind, row } of fast ? [] : readInputFile(file, opts, report)) {
        if (kind === 'total') {
          const above = copySums(aboveSegment);
          addSums(above, segment);
          waitingForBelow?.push(segment);
          const candidates = [above, segment];
          declaredTotals.push({ row, candidates });
          waitingForBelow = candidates;
          aboveSegment = above;
          segment = {};
          continue;
        }
        for (const m of MEASURES) {
          const f = row.figures[m];
          if (!f) continue;
          for (const v of checkRelations(f, m)) {
            const column = columnOf(report, m, v.field);
            rowFindings.push(finding('warning', v.code, v.message, { file, line: row.line, ...(column ? { column } : {}) }));
          }
        }
        const key = officeKeyOf(row);
        const office = perOffice.get(key);
        if (office) {
          addSums(office.row.figures, row.figures);
          office.rows++;
          office.repeatLine ??= row.line;
        } else perOffice.set(key, { row: { ...row, figures: copySums(row.figures) }, rows: 1, repeatLine: null });
        if (report.dataRows % 1024 === 0) progress.advance(0, 1024);
        addSums(segment, row.figures);
      }
    } catch (err) {
      findings.push(...report.findings, ...rowFindings);
      placeInSheet(findings, firstFinding, report);
      throw err;
    }

    for (const o of perOffice.values()) count(o.row, o.rows, o.repeatLine);
    waitingForBelow?.push(segment);
    const fileSums = copySums(aboveSegment);
    addSums(fileSums, segment);
    findings.push(...report.findings, ...rowFindings);
    const dup = [...offices.values()].find((o) => o.count > 1);
    if (dup) {
      const more = [...offices.values()].filter((o) => o.count > 1).length - 1;
      findings.push(
        // Located at the first repeat: that is the row a reader has to look at.
        finding('warning', 'DUPLICATE_OFFICE', `office "${dup.name}" appears on ${dup.count} rows (first on line ${dup.line}), which are added together${more > 0 ? ` (and ${more} more offices appear more than once)` : ''}`, { file, line: dup.repeatLine ?? dup.line }),
      );
    }
    // A declared total passes when it equals the rows above it, its section above or below it,
    // or the whole file (a "Tổng cộng" row is often placed right below the header).
    for (const { row, candidates } of declaredTotals) {
      // An empty sum (a total right below the header) compares with nothing and must not pass.
      const options = [...candidates, fileSums].filter((sums) => Object.keys(sums).length > 0);
      if (options.length === 0) continue;
      // Report against the reading the row most nearly matches: its section, if one is closest.
      const ranked = options.map((sums) => ({ sums, diffs: totalDiffs(row, sums) })).sort((a, b) => a.diffs.length - b.diffs.length);
      if (ranked[0]!.diffs.length === 0) continue;
      const against = ranked[0]!.sums;
      for (const d of ranked[0]!.diffs) {
        const field = FIELDS[d.index]!.key;
        const column = columnOf(report, d.measure, field);
        findings.push(
          finding(
            'warning',
            'DECLARED_TOTAL_MISMATCH',
            `declared total "${row.district}" has ${d.measure} ${label(field)} ${toPlain(row.figures[d.measure]![d.index]!)}, but the office rows add up to ${toPlain(against[d.measure]![d.index]!)}`,
            { file, line: row.line, ...(column ? { column } : {}) },
          ),
        );
      }
    }
    if (report.yearFrom === 'unknown') {
      findings.push(finding('warning', 'YEAR_UNKNOWN', 'the statistics year is unknown, so no target applies', { file }));
    }
    placeInSheet(findings, firstFinding, report);
    // The reference reader counts rows as it goes; its bytes are known once the file is done.
    if (!fast) progress.advance(sizeOf(file), report.dataRows % 1024);
  }

  for (const [key, set] of provinceSeen) totalProvinces.set(key, set.size === 1 ? [...set][0]! || null : null);
  // One year in the input: every group belongs to it (for targets and output), grouped by year or not.
  const onlyYear = years.size === 1 ? [...years][0]! : null;
  const withYear = (list: Group[]) => (onlyYear === null ? list : list.map((g) => ({ ...g, year: onlyYear })));
  return { groups: withYear(groups.result()), totals: withYear(totals.result()), totalProvinces, years, reports, findings };
}
