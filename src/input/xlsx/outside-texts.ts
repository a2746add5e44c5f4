// What a sheet states outside its cells: its page header and footer (Page Layout → Header &
// Footer, printed on every page), its text boxes (Insert → Text Box) and its cells' comments. A
// unit or a period written only there ("&RĐơn vị tính: nghìn đồng" in the page header) was never
// read: money 1000× too small, a half year read as the whole, exit 0 (traps43 t01, t01c, t01d,
// t02). They are read as title lines above the table (header-search.ts, layout.ts readHeader):
// the same unit and period rules, and a contradiction with the cells refused.
import { decodeCellReference, decodeXString } from './sheet-xml.js';
import { relatedParts, text, unescapeXml } from './table-parts.js';
import type { Archive } from './archive.js';

/** A text the sheet states outside its cells. */
export interface OutsideText {
  readonly text: string;
  /** where, for a message: "the page header", "the comment on E3", "a text box" */
  readonly what: string;
  /** the sheet row it belongs to (a comment's cell's, a text box's top); 0 for the page header and footer, which stand over every row */
  readonly row: number;
  /** its place among the title lines, read before row 1 (< 0): the page header first, the footer last */
  readonly line: number;
}

/** Longest <headerFooter> element kept: Excel caps each of its six texts at 255 characters. */
const HEADER_FOOTER_CHARS = 1 << 16;
const HF_OPEN = /<(?:[\w.-]+:)?headerFooter\b[^>]*?(\/?)>/;
const HF_CLOSE = /<\/(?:[\w.-]+:)?headerFooter\s*>/;

/**
 * The sheet's <headerFooter> element, gathered from the sheet's XML as its chunks pass (it
 * follows <sheetData>, so it is caught by the pass that reads the merges first: sheet-xml.ts).
 */
export class HeaderFooterScan {
  private kept: string | null = null;
  private done = false;

  /** `all`: the text seen so far not yet looked at, with the tail of the last chunk (`fresh`: its new part). */
  see(all: string, fresh: string): void {
    if (this.done) return;
    if (this.kept === null) {
      // (a plain search first: the regular expression only where the element may begin)
      const open = all.includes('headerFooter') ? HF_OPEN.exec(all) : null;
      if (!open) return;
      if (open[1] === '/') return void (this.done = true);
      this.kept = all.slice(open.index);
    } else this.kept += fresh;
    const close = HF_CLOSE.exec(this.kept);
    if (close) this.kept = this.kept.slice(0, close.index);
    if (close || this.kept.length > HEADER_FOOTER_CHARS) this.done = true;
  }

  get element(): string | null {
    return this.kept;
  }
}

const PLACES = [
  ['first', 'Header', 'the first page\'s header'],
  ['odd', 'Header', 'the page header'],
  ['even', 'Header', 'the even pages\' header'],
  ['first', 'Footer', 'the first page\'s footer'],
  ['odd', 'Footer', 'the page footer'],
  ['even', 'Footer', 'the even pages\' footer'],
] as const;

/** The texts of a <headerFooter> element: each section (left, centre, right) of each header, then of each footer. */
export function headerFooterTexts(element: string): { text: string; what: string; footer: boolean }[] {
  const out: { text: string; what: string; footer: boolean }[] = [];
  const seen = new Set<string>();
  for (const [page, kind, what] of PLACES) {
    const m = new RegExp(`<(?:[\\w.-]+:)?${page}${kind}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${page}${kind}\\s*>`).exec(element);
    if (!m) continue;
    for (const section of headerFooterSections(decodeXString(unescapeXml(m[1]!)))) {
      // the same words on the first, odd and even pages are one statement
      if (seen.has(`${kind}\u0000${section}`)) continue;
      seen.add(`${kind}\u0000${section}`);
      out.push({ text: section, what, footer: kind === 'Footer' });
    }
  }
  return out;
}

/**
 * The words of a header or footer's sections, its codes taken out: "&L&\"Times New Roman,Bold\"CỤC
 * THADS&RĐơn vị tính: nghìn đồng" → ["CỤC THADS", "Đơn vị tính: nghìn đồng"]. &L &C &R start a
 * section; &P &N &D &T &F &A &Z &G are fields (page, pages, date, time, file, sheet, path,
 * picture), read as nothing; &B &I &U &E &S &X &Y &O &H, a font (&"name,style"), a size (&12) and a
 * colour (&KFF0000) style the text; && is an ampersand.
 */
export function headerFooterSections(code: string): string[] {
  const sections = new Map<string, string>();
  let at = 'C';
  const words = code.replace(/&(&|"[^"]*"|K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|\d+|P(?:[+-]\d+)?|[LCR]|[A-Za-z])?/g, (whole, code: string | undefined) => {
    if (code === '&') return '\u0001';
    if (code === 'L' || code === 'C' || code === 'R') return `\u0000${code}`;
    return '';
  });
  for (const [i, part] of words.split('\u0000').entries()) {
    if (i > 0) at = part[0]!;
    const body = (i > 0 ? part.slice(1) : part).replace(/\u0001/g, '&');
    sections.set(at, (sections.get(at) ?? '') + body);
  }
  return ['L', 'C', 'R'].flatMap((s) => {
    // (a field taken out leaves its spaces: "Trang &P / &N" is "Trang /")
    const t = sections.get(s)?.replace(/[ \t]+/g, ' ').trim() ?? '';
    return t === '' ? [] : [t];
  });
}

/** Largest comments or drawing part read: such parts hold a few notes and shapes. */
const PART_CHARS = 4 << 20;

async function partText(archive: Archive, path: string): Promise<string | null> {
  const part = await archive.stream(path);
  if (!part) return null;
  const xml = await text(part);
  return xml.length > PART_CHARS ? null : xml;
}

/** The text of an element's runs (<t>, <a:t>), a phonetic guide's (<rPh>) left out. */
function runsText(xml: string): string {
  const plain = xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t\s*>)/g)) out += unescapeXml(m[1] ?? '');
  return decodeXString(out);
}

/** The sheet's cell comments: their cell's row and the words ("KTNV:\nĐơn vị tính: nghìn đồng"). */
async function commentTexts(archive: Archive, sheetPath: string): Promise<{ text: string; what: string; row: number }[]> {
  const out: { text: string; what: string; row: number }[] = [];
  for (const path of await relatedParts(archive, sheetPath, 'comments')) {
    const xml = await partText(archive, path);
    if (xml === null) continue;
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?comment\s*>/g)) {
      const ref = /\sref\s*=\s*["']\$?([A-Za-z]+)\$?(\d+)["']/.exec(m[1]!);
      const cell = ref ? decodeCellReference(`${ref[1]!.toUpperCase()}${ref[2]}`) : null;
      const words = runsText(m[2]!).trim();
      if (cell && words !== '') out.push({ text: words, what: `the comment on ${ref![1]!.toUpperCase()}${ref![2]}`, row: cell.row });
    }
  }
  return out;
}

/** The sheet's text boxes and shapes with words: their top row (1-based) and the words, a paragraph a line. */
async function drawingTexts(archive: Archive, sheetPath: string): Promise<{ text: string; what: string; row: number }[]> {
  const out: { text: string; what: string; row: number }[] = [];
  for (const path of await relatedParts(archive, sheetPath, 'drawing')) {
    const xml = await partText(archive, path);
    if (xml === null) continue;
    for (const anchor of xml.matchAll(/<(?:[\w.-]+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/(?:[\w.-]+:)?\1\s*>/g)) {
      const from = /<(?:[\w.-]+:)?from\b[\s\S]*?<(?:[\w.-]+:)?row\s*>\s*(\d+)\s*</.exec(anchor[0]);
      // (a shape placed by position alone stands over the top rows)
      const row = from ? Number(from[1]) + 1 : 1;
      for (const body of anchor[0].matchAll(/<(?:[\w.-]+:)?txBody\b[\s\S]*?<\/(?:[\w.-]+:)?txBody\s*>/g)) {
        const paragraphs = [...body[0].matchAll(/<(?:[\w.-]+:)?p\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?p\s*>)/g)].map((p) => runsText(p[1] ?? ''));
        const words = paragraphs.join('\n').trim();
        if (words !== '') out.push({ text: words, what: 'a text box', row });
      }
    }
  }
  return out;
}

/**
 * What the sheet at `sheetPath` states outside its cells, in the order a title is read: its
 * page headers, its text boxes and comments from the top row down, its page footers. Each is
 * given its `line` before row 1 (< 0), in that order.
 */
export async function readOutsideTexts(archive: Archive, sheetPath: string, headerFooter: string | null): Promise<OutsideText[]> {
  const printed = headerFooter === null ? [] : headerFooterTexts(headerFooter);
  const placed = [...(await drawingTexts(archive, sheetPath)), ...(await commentTexts(archive, sheetPath))].sort((a, b) => a.row - b.row);
  const all = [...printed.filter((t) => !t.footer).map((t) => ({ text: t.text, what: t.what, row: 0 })), ...placed, ...printed.filter((t) => t.footer).map((t) => ({ text: t.text, what: t.what, row: 0 }))];
  return all.map((t, i) => ({ ...t, line: i - all.length }));
}
