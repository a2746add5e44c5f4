// Workbooks whose XML parts name their elements with a namespace prefix: the .NET Open XML SDK
// and ClosedXML write `<x:workbook xmlns:x="…/spreadsheetml/2006/main">`, Python's ElementTree
// `<ns0:Relationships xmlns:ns0="…">` (src/input/xlsx/part-prefixes.ts). Same XML, same figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { unprefixedPart } from '../../src/input/xlsx/part-prefixes.js';
import { REL } from '../helpers/raw-workbook.js';
import { book, EXPECTED, run, sheet } from '../helpers/three-offices-workbook.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The part's bytes after unprefixedPart, the XML cut in chunks of 5 bytes (elements and UTF-8 characters cut). */
async function after(xml: string | Buffer): Promise<Buffer> {
  const bytes = Buffer.isBuffer(xml) ? xml : Buffer.from(xml);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 5) }, (_, i) => bytes.subarray(i * 5, i * 5 + 5));
  const out: Buffer[] = [];
  for await (const chunk of await unprefixedPart(Readable.from(chunks))) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

describe('unprefixedPart', () => {
  it('a prefixed workbook part (Open XML SDK) is written with its names unprefixed, text and attributes kept', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:workbookPr date1904="1" /><x:sheets><x:sheet name="Biểu 07 &amp; &lt;số liệu&gt; &quot;2019&quot;" sheetId="1" state="visible" r:id="rId1" /></x:sheets><x:definedNames><x:definedName name="_xlnm.Print_Area" localSheetId="0">'Biểu 07'!$A$1:$K$9</x:definedName></x:definedNames></x:workbook>`;
    expect((await after(xml)).toString()).toBe(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/><sheets><sheet name="Biểu 07 &amp; &lt;số liệu&gt; &quot;2019&quot;" sheetId="1" state="visible" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'Biểu 07'!$A$1:$K$9</definedName></definedNames></workbook>`,
    );
  });

  it('ElementTree prefixes (ns0: the elements, ns1: the links) → unprefixed elements and r:id', async () => {
    const xml = `<ns0:workbook xmlns:ns0="${MAIN}" xmlns:ns1="${REL}"><ns0:sheets><ns0:sheet name="S" sheetId="1" ns1:id="rId1" /></ns0:sheets></ns0:workbook>`;
    expect((await after(xml)).toString()).toBe(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  });

  it('a prefixed relationships part', async () => {
    const xml = `<ns0:Relationships xmlns:ns0="${PACKAGE_RELS}"><ns0:Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml" /></ns0:Relationships>`;
    expect((await after(xml)).toString()).toBe(`<Relationships xmlns="${PACKAGE_RELS}" xmlns:r="${REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  });

  // Over-reach: what needs no change keeps its very bytes.
  it.each([
    ['an unprefixed part as Excel writes it (mc:, x15ac: elements, a comment, a BOM)', `\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- x --><workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15ac" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"><mc:AlternateContent><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\"/></mc:Choice></mc:AlternateContent><sheets><sheet name="Mỹ Lộc" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['a prefix bound to another namespace', '<x:workbook xmlns:x="http://example.com/not-spreadsheetml"><x:sheets><x:sheet name="S" sheetId="1"/></x:sheets></x:workbook>'],
    ['an unbound prefix (not well formed in namespaces: exceljs judges it)', '<x:workbook><x:sheets/></x:workbook>'],
    ['not XML at all', 'PK\u0003\u0004 garbage <x:'],
  ])('%s: unchanged', async (_, xml) => {
    const bytes = Buffer.from(xml);
    expect((await after(bytes)).equals(bytes)).toBe(true);
  });
});

/** `<name` → `<p:name` and the default namespace → `xmlns:p`: how the writers above store a part written here unprefixed. */
const prefixed = (xml: string, p: string) => xml.replace(/<(\/?)([A-Za-z])/g, `<$1${p}:$2`).replace(/ xmlns="/g, ` xmlns:${p}="`);
/** the link attribute's prefix r → ns1, as ElementTree names it */
const linksAs = (xml: string, p: string) => xml.replace(/ xmlns:r="/g, ` xmlns:${p}="`).replace(/ r:id="/g, ` ${p}:id="`);

/** The three Nam Định offices' workbook with the parts `edit` names rewritten. */
async function edited(edit: Record<string, (xml: string) => string>): Promise<string> {
  const file = await book(sheet('ABCDE'));
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const [part, f] of Object.entries(edit)) {
    const xml = await zip.file(part)!.async('string');
    const changed = f(xml);
    expect(changed, part).not.toBe(xml);
    zip.file(part, changed);
  }
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const SHEET = 'xl/worksheets/sheet1.xml';

describe('a workbook whose parts are prefixed reads as the same workbook unprefixed', () => {
  // Mỹ Lộc 500/400/300/20, Vụ Bản 600/450/350/30, Ý Yên 700/500/380/40 (thụ lý / có điều kiện / xong / đình chỉ):
  // thụ lý 500+600+700 = 1800; có điều kiện 400+450+500 = 1350; resolved (300+20)+(350+30)+(380+40) = 1120;
  // rate 1120/1350 = 82.96 %; by office (300+20)/400 = 80.00, (350+30)/450 = 84.44, (380+40)/500 = 84.00.
  const HAND = { accepted: '1800', withConditions: '1350', resolved: '1120', rate: '82.96' };

  it('the unprefixed workbook (control)', async () => {
    expect(EXPECTED).toEqual(HAND);
    expect(await run(await book(sheet('ABCDE')))).toMatchObject({ code: 0, stderr: '', total: HAND });
  });

  it.each([
    ['every part x: (Open XML SDK, ClosedXML)', { [WORKBOOK]: (x: string) => prefixed(x, 'x'), [RELS]: (x: string) => prefixed(x, 'x'), [SHEET]: (x: string) => prefixed(x, 'x'), '[Content_Types].xml': (x: string) => prefixed(x, 'x') }],
    ['only xl/workbook.xml x:', { [WORKBOOK]: (x: string) => prefixed(x, 'x') }],
    ['only the workbook links ns0: (ElementTree)', { [RELS]: (x: string) => prefixed(x, 'ns0') }],
    ['the workbook ns0: with its links ns1:id (ElementTree)', { [WORKBOOK]: (x: string) => linksAs(prefixed(x, 'ns0'), 'ns1') }],
    ['only the sheet x:', { [SHEET]: (x: string) => prefixed(x, 'x') }],
  ])('%s', async (_, edit) => {
    expect(await run(await edited(edit))).toMatchObject({ code: 0, stderr: '', total: HAND, ranks: ['1 Vụ Bản 84.44', '2 Ý Yên 84.00', '3 Mỹ Lộc 80.00'] });
  });

  it('a prefix bound to another namespace is not taken off: the workbook lists no sheet, as before', async () => {
    const file = await edited({ [WORKBOOK]: (x) => prefixed(x, 'x').replace(`xmlns:x="${MAIN}"`, 'xmlns:x="http://example.com/not-spreadsheetml"') });
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE: error: the workbook lists no sheet [WORKBOOK_INVALID]');
  });
});
