// The Excel tables (Insert → Table, a ListObject) of a sheet: their names, data rows and column
// names, read from the table parts its relationships list. A table's totals row stores its sums
// as structured references, "=SUBTOTAL(109,Bang1[Việc có điều kiện])", with no label unless one
// is typed: read as cell ranges ("SUBTOTAL(109,C4:C7)"), that row is the unlabelled row of sums
// over the offices sum-total-row.ts reads as their declared total (traps28 4, t53v-blank:
// refused MISSING_DISTRICT, "this row has figures but no office name").
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type { Archive } from './archive.js';

export interface SheetTable {
  /** its name as formulas write it (displayName), upper-cased */
  readonly name: string;
  /** its first column, 1-based */
  readonly left: number;
  /** its data rows (without the header and totals rows), 1-based */
  readonly top: number;
  readonly bottom: number;
  /** its columns' names, upper-cased, left to right */
  readonly columns: readonly string[];
}

export async function text(stream: Readable): Promise<string> {
  const decoder = new StringDecoder('utf8');
  let out = '';
  for await (const chunk of stream) out += decoder.write(chunk as Buffer);
  return out + decoder.end();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function unescapeXml(value: string): string {
  return value.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-f]+));/gi, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
    named ? ENTITIES[named.toLowerCase()]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

export function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]!) : null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A table part's table, or null when it cannot be read. */
function parseTable(xml: string): SheetTable | null {
  const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0];
  if (!tag) return null;
  const name = attribute(tag, 'displayName') ?? attribute(tag, 'name');
  const ref = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/i.exec(attribute(tag, 'ref') ?? '');
  if (!name || !ref) return null;
  const headerRows = Number(attribute(tag, 'headerRowCount') ?? '1');
  const totalsRows = Number(attribute(tag, 'totalsRowCount') ?? '0');
  const columns = [...xml.matchAll(/<(?:[\w.-]+:)?tableColumn\b[^>]*>/g)].map((m) => (attribute(m[0], 'name') ?? '').toUpperCase());
  return { name: name.toUpperCase(), left: columnNumber(ref[1]!), top: Number(ref[2]) + headerRows, bottom: Number(ref[4]) - totalsRows, columns };
}

/** The tables of the sheet part at `sheetPath` ("xl/worksheets/sheet1.xml"), from its relationships; [] when none. */
export async function readSheetTables(archive: Archive, sheetPath: string): Promise<SheetTable[]> {
  const tables: SheetTable[] = [];
  for (const path of await relatedParts(archive, sheetPath, 'table')) {
    const part = await archive.stream(path);
    const table = part ? parseTable(await text(part)) : null;
    if (table) tables.push(table);
  }
  return tables;
}

/** The parts the sheet part at `sheetPath` links to with a relationship of `type` ("table", "comments", "drawing"), as archive paths. */
export async function relatedParts(archive: Archive, sheetPath: string, type: string): Promise<string[]> {
  const slash = sheetPath.lastIndexOf('/');
  const dir = sheetPath.slice(0, slash);
  const rels = await archive.stream(`${dir}/_rels/${sheetPath.slice(slash + 1)}.rels`);
  if (!rels) return [];
  const out: string[] = [];
  for (const m of (await text(rels)).matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    if (!(attribute(m[0], 'Type') ?? '').endsWith(`/${type}`) || attribute(m[0], 'TargetMode') === 'External') continue;
    const target = attribute(m[0], 'Target');
    if (target) out.push(target.startsWith('/') ? target.slice(1) : resolvePath(dir, target));
  }
  return out;
}

/** "xl/worksheets" + "../tables/table1.xml" → "xl/tables/table1.xml". */
function resolvePath(dir: string, target: string): string {
  const parts = dir.split('/');
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** "Bang1[Việc có điều kiện]", "Bang1[[#Data],[Việc có điều kiện]]": a table's column's data (no escapes, no other specifier). */
const STRUCTURED = /(?<![\p{L}\p{N}_.])([\p{L}_][\p{L}\p{N}_.]*)\[(?:\[#Data\],\s*)?\[?([^[\]#']+)\]?\]/giu;

/**
 * A formula with its structured references to a table's column data written as that column's
 * data range ("SUBTOTAL(109,Bang1[Việc có điều kiện])" → "SUBTOTAL(109,$C$4:$C$7)"); the formula
 * as it is when it holds none, null when it holds one that names no table or column here.
 */
export function withTableRanges(formula: string, tables: readonly SheetTable[]): string | null {
  if (!formula.includes('[')) return formula;
  let unread = false;
  const out = formula.replace(STRUCTURED, (whole, name: string, column: string) => {
    const table = tables.find((t) => t.name === name.toUpperCase());
    const at = table?.columns.indexOf(column.trim().toUpperCase()) ?? -1;
    if (!table || at < 0) {
      unread = true;
      return whole;
    }
    const letters = columnLetters(table.left + at);
    return `$${letters}$${table.top}:$${letters}$${table.bottom}`;
  });
  return unread || out.includes('[') ? null : out;
}
