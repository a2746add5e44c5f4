// Where a workbook's parts are: the package's relationships name them, and a writer may name them
// as it likes (traps43 2, 3: xl/book.xml, xl/sharedStrings1.xml, xl/strings/sst1.xml were refused
// as "no workbook" / "refers to shared string 0, but the workbook holds 0"). The workbook is the
// officeDocument of _rels/.rels; its shared strings, styles and sheets are the targets of its own
// relationships (xl/_rels/book.xml.rels), relative to it. The usual names stand where a
// relationship is missing.
import { posix } from 'node:path';
import type { Readable } from 'node:stream';

/** One <Relationship>: its Id, Type and Target as written. */
export interface Relationship {
  readonly Id?: string;
  readonly Type?: string;
  readonly Target?: string;
}

/** The workbook's part when _rels/.rels names none. */
export const USUAL_WORKBOOK = 'xl/workbook.xml';

/** A relationship's type without its namespace: …/2006/relationships/sharedStrings → sharedStrings (transitional and strict alike). */
export const typeName = (type: string | undefined): string => (type ?? '').slice((type ?? '').lastIndexOf('/') + 1);

/**
 * The part a relationship of part `from` targets: relative to `from`'s folder, or from the
 * package's root ("/xl/…"); percent-escapes read ("Bi%E1%BB%83u01.xml" is Biểu01.xml).
 *   "xl/book.xml", "strings/sst1.xml" → "xl/strings/sst1.xml";  "xl/workbook.xml", "/xl/x.xml" → "xl/x.xml"
 */
export function targetPart(from: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // (a lone % is a name's own)
  }
  const path = decoded.startsWith('/') ? decoded.slice(1) : posix.join(posix.dirname(from), decoded);
  return posix.normalize(path).replace(/^\/+/, '');
}

/** The relationships part of part `path`: xl/book.xml → xl/_rels/book.xml.rels. */
export const relationshipsOf = (path: string): string => posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`);

const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b([^>]*)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) => (dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!));

/** A relationships part's <Relationship> elements (their attributes' local names). */
export async function readRelationships(stream: Readable): Promise<Relationship[]> {
  let xml = '';
  for await (const chunk of stream) xml += Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
  const out: Relationship[] = [];
  for (const [, attributes] of xml.matchAll(RELATIONSHIP)) {
    const r: Record<string, string> = {};
    for (const [, name, double, single] of attributes!.matchAll(ATTRIBUTE)) r[name!.slice(name!.indexOf(':') + 1)] = unescape(double ?? single ?? '');
    out.push(r);
  }
  return out;
}

/** The workbook's part as _rels/.rels names it (its officeDocument); the usual name without one. */
export function workbookPartOf(packageRels: readonly Relationship[]): string {
  const link = packageRels.find((r) => typeName(r.Type) === 'officeDocument' && r.Target);
  return link ? targetPart('', link.Target!) : USUAL_WORKBOOK;
}

/** The part of the workbook's relationship of this type (sharedStrings, styles); `usual` (xl/sharedStrings.xml) without one. */
export function relatedPart(workbook: string, rels: readonly Relationship[], type: string, usual: string): string {
  const link = rels.find((r) => typeName(r.Type) === type && r.Target);
  return link ? targetPart(workbook, link.Target!) : posix.join(posix.dirname(workbook), usual);
}
