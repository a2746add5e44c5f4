// A document in text given where a table is read: thads' own --format json / html / svg output
// read back (as an input or --previous), or a JSON file or web page from elsewhere. Read as CSV,
// its first quote broke a field (traps40 F10: `thads summarize tong-hop-2024.json` →
// CSV_MALFORMED "a quote appears inside an unquoted field", line 2, which sends the user looking
// for a stray quote): it is told by its first characters, never by its name (a CSV named .json is
// read), and refused saying what it is and what to give instead. No CSV a person exports starts
// with `{"`, `<!DOCTYPE html` or `<svg`.
import { ThadsError } from '../errors.js';

/** What the document is, and its hint, or null: a table in text (or anything else CSV may read). */
function documentOf(text: string): { readonly what: string; readonly hint?: string } | null {
  const own = "give the CSV or .xlsx files it was made from, or thads' --format csv output of them (it carries every figure exactly)";
  // thads' own JSON starts `{ "version": 1, "year": …` and lists "groups" (output/json.ts)
  if (/^\{\s*"version"\s*:\s*\d+\s*,/.test(text) && text.includes('"groups"')) return { what: "thads' own JSON output (--format json)", hint: own };
  // `{"…` or `[{`, `[[`, `["`: JSON; a title line in brackets ("[Mẫu số 01]") is no JSON
  if (/^(\{\s*["}]|\[\s*[[{"\]])/.test(text)) return { what: 'a JSON document' };
  const head = text.slice(0, 200).toLowerCase();
  const ownChart = text.includes('id="thads-chart-title"');
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) {
    return ownChart
      ? { what: "thads' own web page (--format html)", hint: own }
      : { what: 'a web page (HTML)', hint: 'open it in Excel or LibreOffice and save the table as "CSV UTF-8" or an Excel workbook (.xlsx)' };
  }
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && /<svg[\s>]/.test(text))) {
    return ownChart ? { what: "thads' own chart (--format svg), a picture of the rates", hint: own } : { what: 'an SVG picture' };
  }
  return null;
}

/** Whether a file's text (`sample`, its start) is such a document: the fast path leaves it to the reference reader, which refuses it. */
export function isDocument(sample: string): boolean {
  return documentOf(sample.replace(/^\uFEFF/, '').trimStart()) !== null;
}

/** Refuses a file whose text (`sample`, its start) is a JSON, HTML or SVG document, at its first character's line. */
export function refuseDocument(sample: string, file: string): void {
  const text = sample.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  const document = documentOf(start);
  if (!document) return;
  const line = 1 + (text.slice(0, text.length - start.length).match(/\r\n|\n|\r/g)?.length ?? 0);
  throw new ThadsError('NOT_A_TABLE', `the file is ${document.what}, not a table thads reads`, { file, line }, document.hint);
}
