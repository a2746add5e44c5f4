// thads' own human table read back: its Markdown table (output/markdown.ts), known by its header,
// every label generated here as the renderer writes it (domain/fields.ts). There "—"
// (UNKNOWN_MARK) is the table's sign for an unknown value, not the dash SPEC §3 reads as zero,
// and its computed columns (rate, target, rank, change) are recomputed. Its money is rounded to
// the display unit, so a table with money cannot be added up exactly: refused.
import { HUMAN_COLUMNS, HUMAN_OPTIONAL, IDENTITY, IDENTITY_KEYS, MEASURES, foldedHeader, humanColumnLabel, humanMeasureTitle, withoutComparedYear, type HumanOptional, type Measure } from '../domain/fields.js';
import { ThadsError } from '../errors.js';
import { markdownRecord } from './markdown-cells.js';
import { MONEY_UNIT_NAMES } from './units.js';

const SEP = '\u0001';

/** Every subset of `list`, in its order (the empty one first). */
function subsets<T>(list: readonly T[]): T[][] {
  return list.reduce<T[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);
}

/** A measure's header cells for each choice of optional columns, under each title it may have. */
function measureBlocks(m: Measure, lang: 'en' | 'vi'): string[][] {
  const titles = m === 'money' ? Object.values(MONEY_UNIT_NAMES).map((u) => humanMeasureTitle(m, lang, u[lang])) : [humanMeasureTitle(m, lang, '')];
  const optional = Object.keys(HUMAN_OPTIONAL) as HumanOptional[];
  return titles.flatMap((title) =>
    subsets(optional).map((shown) => {
      const hidden = new Set<string>(optional.filter((o) => !shown.includes(o)).flatMap((o) => HUMAN_OPTIONAL[o]));
      return HUMAN_COLUMNS.filter((k) => !hidden.has(k)).map((k) => foldedHeader(title, humanColumnLabel(k, lang)).normalize('NFC'));
    }),
  );
}

/** What the header says: the measures shown, and where money's columns start (among its cells, outer empties aside). */
interface Known {
  readonly measures: readonly Measure[];
  readonly moneyFrom: number | null;
}

let headers: Map<string, Known> | null = null;

/** Each header the table may have → the measures it shows: identity columns, then each measure's block. */
function knownHeaders(): Map<string, Known> {
  if (headers) return headers;
  headers = new Map();
  for (const lang of ['en', 'vi'] as const) {
    const identities = subsets(IDENTITY_KEYS).filter((s) => s.length > 0).map((s) => s.map((k) => IDENTITY[k].label[lang]));
    for (const measures of subsets(MEASURES).filter((s) => s.length > 0)) {
      const blocks = measures.reduce<{ cells: string[]; moneyFrom: number | null }[]>(
        (rows, m) => rows.flatMap((r) => measureBlocks(m, lang).map((b) => ({ cells: [...r.cells, ...b], moneyFrom: m === 'money' ? r.cells.length : r.moneyFrom }))),
        [{ cells: [], moneyFrom: null }],
      );
      for (const id of identities) for (const b of blocks) headers.set([...id, ...b.cells].join(SEP), { measures, moneyFrom: b.moneyFrom === null ? null : id.length + b.moneyFrom });
    }
  }
  return headers;
}

/** Whether `header` is the header row of thads' own human table, every label in its place (the empty cells outside a Markdown row's outer pipes aside). */
export function isOwnHumanTableHeader(header: readonly string[]): boolean {
  return knownOf(header) !== null;
}

/**
 * Refuses thads' own human table with money (OWN_TABLE_ROUNDED), at its first money column:
 * the table shows money rounded to its display unit (tỷ đồng, two decimals, by default), and a
 * total of rounded amounts is not the total.
 */
export function refuseOwnHumanTableMoney(header: readonly string[], file: string, line: number): void {
  const known = knownOf(header);
  if (known?.moneyFrom == null) return;
  const lead = header.findIndex((c) => c.replace(/^\uFEFF/, '').trim() !== '');
  throw new ThadsError('OWN_TABLE_ROUNDED', "this table thads wrote (its human table: terminal or Markdown) shows money rounded to its display unit, so a total of it may be off; its cases are exact, its money is not read back", { file, line, column: lead + known.moneyFrom + 1 });
}

/**
 * Whether a "|" file's first lines hold thads' own Markdown header. There a quote is a character,
 * as in any Markdown: thads quotes no cell, and its own note under the table names a config key
 * (`targets."2018"`), which csv-parse would refuse as a quote inside an unquoted field.
 */
export function holdsOwnMarkdownHeader(sample: string): boolean {
  return sample.split(/\r\n|\n|\r/).some((line) => line.trimStart().startsWith('|') && knownOf(markdownRecord(line.split('|'))) !== null);
}

function knownOf(header: readonly string[]): Known | null {
  // its change columns may name the year compared with, "Việc: Tăng/giảm thụ lý so với năm 2017" (resultLabel)
  const cells = header.map((c) => withoutComparedYear(c.replace(/^\uFEFF/, '').trim().normalize('NFC')));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  while (cells.length > 0 && cells[0] === '') cells.shift();
  // Built only for a header that could be one (identity labels, then "Title: label" cells):
  // the thousands of headers take milliseconds every other file's run would pay.
  const identity = cells.findIndex((c) => !IDENTITY_LABELS.has(c));
  if (identity <= 0 || !cells.slice(identity).every((c) => c.includes(':'))) return null;
  return knownHeaders().get(cells.join(SEP)) ?? null;
}

const IDENTITY_LABELS = new Set<string>(IDENTITY_KEYS.flatMap((k) => [IDENTITY[k].label.en, IDENTITY[k].label.vi].map((l) => l.normalize('NFC'))));
