// An .xlsx written from its XML parts, for tests that need a workbook byte for byte as some writer
// stores it (what a library would normalise away: escapes, missing `r`, odd styles). Only the
// parts given are written: no sharedStrings → no sharedStrings.xml and no relationship to it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

/** The SpreadsheetML namespace, as the attribute of a part's root element. */
export const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
/** The base of the officeDocument relationship types (…/worksheet, …/styles) and of `xmlns:r`. */
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `&` and `<` escaped: text content, where a `"` (as in a formula's "") stays as written. */
export const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** `&`, `<` and `"` escaped: safe in a double-quoted attribute too. */
export const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export interface RawSheet {
  readonly name: string;
  /** the <sheetData> content */
  readonly data: string;
  /** what goes before <sheetData> (a <sheetPr>) */
  readonly before?: string;
  /** what goes after <sheetData> (a <headerFooter>, a <drawing r:id>) */
  readonly after?: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** a chart sheet (xl/chartsheets/): no cells, `data` is ignored */
  readonly chart?: boolean;
}

export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
  /** the <si> elements of xl/sharedStrings.xml, as written */
  readonly sharedStrings?: readonly string[];
  /** the <styleSheet> content of xl/styles.xml */
  readonly styles?: string;
  /** what goes after <sheets> in workbook.xml (a <calcPr/>) */
  readonly workbookTail?: string;
  /** other parts, by path in the archive, as written ("xl/comments1.xml", a sheet's "xl/worksheets/_rels/sheet1.xml.rels") */
  readonly parts?: Readonly<Record<string, string>>;
  /** the file's name: a year in it is the file's year */
  readonly name?: string;
  /** the folder; a fresh temporary one unless given */
  readonly dir?: string;
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const PACKAGE_RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';

/** Writes the workbook and returns its path. */
export async function writeRawWorkbook(book: RawWorkbook): Promise<string> {
  const { sheets, sharedStrings, styles } = book;
  const zip = new JSZip();
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  const chartType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml';
  /** a sheet's part, under xl/ */
  const partOf = (s: RawSheet, i: number) => (s.chart ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`);
  zip.file(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((s, i) => `<Override PartName="/xl/${partOf(s, i)}" ContentType="${s.chart ? chartType : sheetType}"/>`).join('')}</Types>`,
  );
  zip.file('_rels/.rels', `${XML}<Relationships ${PACKAGE_RELS}><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const list = sheets.map((s, i) => `<sheet name="${escapeAttribute(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  zip.file('xl/workbook.xml', `${XML}<workbook ${NS} xmlns:r="${REL}"><sheets>${list}</sheets>${book.workbookTail ?? ''}</workbook>`);
  const relationships = [
    ...sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${s.chart ? 'chartsheet' : 'worksheet'}" Target="${partOf(s, i)}"/>`),
    ...(sharedStrings ? [`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
    ...(styles !== undefined ? [`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`] : []),
  ];
  zip.file('xl/_rels/workbook.xml.rels', `${XML}<Relationships ${PACKAGE_RELS}>${relationships.join('')}</Relationships>`);
  sheets.forEach((s, i) =>
    zip.file(`xl/${partOf(s, i)}`, s.chart ? `${XML}<chartsheet ${NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>` : `${XML}<worksheet ${NS} xmlns:r="${REL}">${s.before ?? ''}<sheetData>${s.data}</sheetData>${s.after ?? ''}</worksheet>`),
  );
  for (const [path, text] of Object.entries(book.parts ?? {})) zip.file(path, text);
  if (sharedStrings) {
    zip.file('xl/sharedStrings.xml', `${XML}<sst ${NS} count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.join('')}</sst>`);
  }
  if (styles !== undefined) zip.file('xl/styles.xml', `${XML}<styleSheet ${NS}>${styles}</styleSheet>`);
  const file = join(book.dir ?? mkdtempSync(join(tmpdir(), 'thads-raw-book-')), book.name ?? 'bao-cao-2019.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}
