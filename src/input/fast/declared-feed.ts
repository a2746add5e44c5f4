// What the fast path hands to domain/declared-rows.ts, in the order the reference reader's rows
// would reach it: declared rows ("Tổng cộng", "Các Chi cục", "Cấp tỉnh", STT "II") where they
// stand among the data rows. DeclaredRows keeps its first SEPARATE_ROWS rows one by one and joins
// the rest into runs between declared rows; so the fast path gives
//   - for a file whose declared rows are all totals above or below every data row (or that has
//     none): the offices' sums, which add up to the same runs;
//   - otherwise its first data rows one by one (the scanner's log), the rest as one sum, and each
//     declared row in its place — possible while none stands below the logged rows but above
//     the last row; such a file is the reference reader's.
import { addSums, subtractSums, type DeclaredKind, type Sums } from '../../domain/declared-rows.js';
import type { Undated } from '../../domain/year-declared-rows.js';
import type { Convention } from '../numbers.js';
import { giveUp } from './give-up.js';
import { namesSubtotalOfOfficeBelow } from '../by-enforcer.js';
import { namesDistrictOffices, namesOwnOffice, provinceOfGroup } from '../row-labels.js';
import type { OfficeSums } from './office-sums.js';
import { LOGGED_ROWS, type RowScanner } from './row-scanner.js';
import { totalFigures } from './total-rows.js';

/** A declared row with its figures as the file states them (the reference's cell rules). */
export interface DeclaredFigures {
  readonly kind: DeclaredKind;
  readonly line: number;
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  /** its year cell is empty: domain/year-declared-rows.ts gives it its block's year */
  readonly undated?: Undated;
  readonly figures: Sums;
}

/** `year`: the statistics year of the rows summed in `row` (DeclaredRows per year: domain/year-declared-rows.ts) */
/** `otherYear`: rows of a year --year leaves out stand there (their year, one of them) */
export type FeedItem = { readonly row: Sums; readonly year: number | null } | { readonly declared: DeclaredFigures } | { readonly otherYear: number };

/** Rows of years --year left out: how many, and their years. */
export interface OtherYears {
  readonly rows: number;
  readonly years: readonly number[];
}

/** The feed of a scanned file, `offices` its per-office sums, `dataRows` its data rows (all parts), `otherYears` the rows --year left out (null: none). */
export function declaredFeed(scanner: RowScanner, offices: readonly OfficeSums[], dataRows: number, convention: Convention | 'plain' | null, otherYears: OtherYears | null): FeedItem[] {
  const layout = scanner.layout!;
  const declared = scanner.declaredRows.map(({ cells, dataRowsBefore, otherYearRowsBefore, ...row }) => ({
    at: dataRowsBefore,
    otherAt: otherYearRowsBefore,
    declared: { ...row, figures: totalFigures(cells, layout.figures, layout.measures, convention) } as DeclaredFigures,
  }));
  // above or below every row of the file, the other years' rows too
  const otherRows = otherYears?.rows ?? 0;
  const simple = declared.every((d) => d.declared.kind === 'total' && ((d.at === 0 && d.otherAt === 0) || (d.at === dataRows && d.otherAt === otherRows)));
  // With --year N, the rows of the other years tell a total over every year's rows (at the top
  // or the bottom, its year cell empty) from N's own: they stand among N's (a row of each year
  // is enough: year-declared-rows.ts), below N's rows whichever year is first in the file.
  const others: FeedItem[] = (otherYears?.years ?? []).map((otherYear) => ({ otherYear }));
  if (simple) {
    const top = (d: (typeof declared)[number]) => d.at === 0 && d.otherAt === 0;
    return [...declared.filter(top), ...offices.map((o) => ({ row: o.figures, year: o.year })), ...others, ...declared.filter((d) => !top(d))];
  }
  // Otherwise a declared row without a year among rows --year leaves out: its block is found
  // among the rows of every year, which the reference reader hands on.
  if (otherYears && declared.some((d) => d.declared.undated)) giveUp();
  if (declared.some((d) => d.at > LOGGED_ROWS && d.at !== dataRows)) giveUp();
  // A subtotal naming an office of the file ("Cộng Mỹ Lộc") with one data row on a side of it may
  // be that office's one row's subtotal, which DeclaredRows tells by the row's name (subtotalOf):
  // the log keeps no names, the reference does.
  const oneRowBeside = (k: number) => declared[k]!.at - (declared[k - 1]?.at ?? 0) === 1 || (declared[k + 1]?.at ?? dataRows) - declared[k]!.at === 1;
  if (declared.some((d, k) => d.declared.kind !== 'total' && oneRowBeside(k) && offices.some((o) => namesSubtotalOfOfficeBelow(d.declared.district, o.district)))) giveUp();
  // A "Cấp tỉnh" line beside the province's own office's row may repeat it, and the district
  // level's row beside that row alone ("Văn phòng Cục", "Các Chi cục": at most one data row
  // between it and the declared row above) may be the level's figures (DeclaredRows
  // besideOwnLine): the reference's, which tells DeclaredRows which row that is (collect.ts,
  // namesOwnOffice; any province's, the title's unknown here).
  const besideOwn = (d: { readonly at: number; readonly declared: DeclaredFigures }, k: number) => d.declared.kind === 'level' || (d.declared.kind === 'section' && d.at - (declared[k - 1]?.at ?? 0) <= 1 && namesDistrictOffices(d.declared.district));
  if (declared.some(besideOwn) && offices.some((o) => namesOwnOffice(o.district, o.province ?? provinceOfGroup(o.district, o.year), o.year))) giveUp();
  // A file scanned in two parts logs the first part's rows only: enough when it has LOGGED_ROWS of them.
  if (scanner.log.offices.length !== Math.min(dataRows, LOGGED_ROWS)) giveUp();
  const logged = scanner.log.result(layout.figures, layout.measures);
  const feed: FeedItem[] = [];
  let k = 0;
  for (let r = 0; r <= logged.length; r++) {
    while (k < declared.length && declared[k]!.at === r) feed.push(declared[k++]!);
    if (r < logged.length) feed.push({ row: logged[r]!.figures, year: logged[r]!.year });
  }
  if (dataRows > logged.length) {
    // The rows below the log: every office's sums less the logged rows, per statistics year
    // (a total of a year column's year adds up that year's rows only: year-declared-rows.ts).
    const rest = new Map<number | null, Sums>();
    for (const o of offices) addSums(rest.get(o.year) ?? rest.set(o.year, {}).get(o.year)!, o.figures);
    for (const l of logged) rest.set(l.year, subtractSums(rest.get(l.year) ?? {}, l.figures));
    for (const [year, row] of rest) feed.push({ row, year });
  }
  while (k < declared.length) feed.push(declared[k++]!);
  return feed;
}
