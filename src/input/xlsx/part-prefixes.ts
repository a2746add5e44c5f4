// The parts exceljs reads for thads (the workbook, xl/workbook.xml, and its relationships,
// xl/_rels/workbook.xml.rels) with the element names exceljs knows. exceljs matches names as
// written, not by namespace: `<x:workbook xmlns:x="…/spreadsheetml/2006/main">`, as the .NET
// Open XML SDK and ClosedXML write every part, listed no sheet (exceljs issue 1437), and
// `<ns0:Relationships>`, as Python's ElementTree writes a part it rewrote, threw. The same XML
// with a prefix is the same XML: such a part is written again with its names unprefixed.
// (thads' own readers of the sheets, shared strings and styles read local names: sheet-xml.ts.)
import { Readable } from 'node:stream';

/** The namespaces whose elements exceljs names without a prefix (transitional and strict). */
const PART_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
]);
/** The namespace of a sheet's link to its part (<sheet r:id="rId1">), which exceljs reads as `r:id` only. */
const LINK_NAMESPACES: ReadonlySet<string> = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']);
const LINK_PREFIX = 'r';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

const escapeXmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** (white space too, which an attribute value would otherwise turn into spaces) */
const escapeXmlAttribute = (s: string) => escapeXmlText(s).replace(/"/g, '&quot;').replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The part as exceljs can read it: unchanged (the very bytes) unless one of its elements of the
 * SpreadsheetML or package-relationships namespace carries a prefix, or a link attribute
 * another prefix than `r`. A prefix bound to another namespace is left as it is, and so is a
 * part whose namespaces are not well formed (an unbound prefix): exceljs judges it as before.
 */
export async function unprefixedPart(stream: Readable): Promise<Readable> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  const bytes = Buffer.concat(chunks);
  const rewritten = await rewrite(bytes.toString('utf8'));
  return Readable.from([rewritten === null ? bytes : Buffer.from(rewritten, 'utf8')]);
}

/** The part with its names unprefixed; null when no name changes (or the namespaces cannot be read). */
async function rewrite(xml: string): Promise<string | null> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: true });
  let out = '';
  let changed = false;
  let failed = false;
  let root = true;
  const nameOf = (name: string, local: string, uri: string) => {
    const renamed = PART_NAMESPACES.has(uri) ? local : name;
    if (renamed !== name) changed = true;
    return renamed;
  };
  parser.on('opentag', (node) => {
    const attributes: string[] = [];
    // The namespaces exceljs names without a prefix are declared once, on the root.
    if (root && PART_NAMESPACES.has(node.uri)) attributes.push(`xmlns="${escapeXmlAttribute(node.uri)}"`);
    for (const a of Object.values(node.attributes)) {
      if (a.uri === XMLNS) {
        // a declaration of a namespace renamed here (or of the prefix `r` the links take) goes
        if (PART_NAMESPACES.has(a.value) || LINK_NAMESPACES.has(a.value) || (a.prefix === 'xmlns' && a.local === LINK_PREFIX)) continue;
        attributes.push(`${a.name}="${escapeXmlAttribute(a.value)}"`);
        continue;
      }
      let name = a.name;
      if (LINK_NAMESPACES.has(a.uri)) name = `${LINK_PREFIX}:${a.local}`;
      else if (PART_NAMESPACES.has(a.uri)) name = a.local;
      if (name !== a.name) changed = true;
      attributes.push(`${name}="${escapeXmlAttribute(a.value)}"`);
    }
    if (root) attributes.push(`xmlns:${LINK_PREFIX}="${[...LINK_NAMESPACES][0]}"`);
    root = false;
    out += `<${[nameOf(node.name, node.local, node.uri), ...attributes].join(' ')}${node.isSelfClosing ? '/>' : '>'}`;
  });
  parser.on('closetag', (node) => {
    if (!node.isSelfClosing) out += `</${nameOf(node.name, node.local, node.uri)}>`;
  });
  parser.on('text', (text) => {
    out += escapeXmlText(text);
  });
  parser.on('cdata', (text) => {
    out += escapeXmlText(text);
  });
  parser.on('error', () => {
    failed = true;
  });
  parser.write(xml);
  if (!failed) parser.close();
  return changed && !failed ? out : null;
}
