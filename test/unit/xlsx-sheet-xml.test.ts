// A worksheet's XML → raw cells (src/input/xlsx/sheet-xml.ts), and a raw cell → text
// (xmlCellText in src/input/xlsx/cell-text.ts).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { NUMBER_CELL_MARK } from '../../src/input/numbers.js';
import { xmlCellText } from '../../src/input/xlsx/cell-text.js';
import { decodeCellReference, decodeXString, readSharedStrings, readSheetRows, type RawCell, type SheetFacts } from '../../src/input/xlsx/sheet-xml.js';
import { readNumberFormats } from '../../src/input/xlsx/styles-xml.js';

const WHERE = { file: 'f.xlsx', sheet: 'S' };
/** The XML in chunks of 7 bytes, so elements and UTF-8 characters are cut between chunks. */
const chunked = (xml: string) => Readable.from(Buffer.from(xml).reduce<Buffer[]>((acc, _b, i, all) => (i % 7 === 0 ? [...acc, Buffer.from(all.subarray(i, i + 7))] : acc), []));

async function rows(sheetData: string): Promise<{ number: number; cells: [number, string | undefined][] }[]> {
  const out = [];
  for await (const batch of readSheetRows(chunked(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`), WHERE)) {
    for (const r of batch) out.push({ number: r.number, cells: r.cells.map((c): [number, string | undefined] => [c.column, c.value]) });
  }
  return out;
}

describe('readSheetRows: where a cell sits', () => {
  it('rows and cells without r follow the ones before', async () => {
    expect(await rows('<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c/></row>')).toEqual([
      { number: 1, cells: [[1, '1'], [2, '2']] },
      { number: 4, cells: [[3, '3'], [4, '4']] },
      { number: 5, cells: [[1, undefined]] },
    ]);
  });

  it('inline strings join their runs, not a phonetic reading; prefixed elements and CDATA are read', async () => {
    expect(await rows('<x:row><x:c t="inlineStr"><x:is><x:r><x:t>Mỹ </x:t></x:r><x:r><x:t>Lộc</x:t></x:r><x:rPh><x:t>XX</x:t></x:rPh></x:is></x:c><c><v><![CDATA[12]]></v></c></x:row>')).toEqual([
      { number: 1, cells: [[1, 'Mỹ Lộc'], [2, '12']] },
    ]);
  });

  it.each([
    ['<row r="2"/><row r="2"/>', "the sheet's XML lists row 2 after row 2: rows must come in order, each once"],
    ['<row r="0"/>', 'the sheet\'s XML numbers a row "0", which is no row number (1 to 1048576)'],
    ['<row r="1"><c r="A1"/><c r="A1"/></row>', "the sheet's XML gives cell A1 twice"],
    ['<row r="1"><c r="A2"/></row>', "the sheet's XML puts cell A2 in row 1"],
    ['<row r="1"><c r="XFE1"/></row>', 'the sheet\'s XML names a cell "XFE1", which is no cell reference (such as C14)'],
  ])('%s is refused', async (xml, message) => {
    await expect(rows(xml)).rejects.toMatchObject({ code: 'WORKBOOK_INVALID', message });
  });

  it('cell references', () => {
    expect(decodeCellReference('C14')).toEqual({ column: 3, row: 14 });
    expect(decodeCellReference('XFD1048576')).toEqual({ column: 16384, row: 1048576 });
    for (const bad of ['', 'A0', 'a1', '1A', 'XFE1', 'A1048577', 'A01']) expect(decodeCellReference(bad), bad).toBeNull();
  });
});

describe('readSharedStrings', () => {
  it('a string is its text runs: no phonetic reading, no white space between elements', async () => {
    const xml = '<sst><si><t>Nghĩa Hưng</t><rPh sb="0" eb="1"><t>XX</t></rPh></si>\n <si>\n  <r><rPr><b/></rPr><t xml:space="preserve">Chi cục </t></r>\n  <r><t>Hải Hậu</t></r>\n </si><si/></sst>';
    expect(await readSharedStrings(chunked(xml))).toEqual(['Nghĩa Hưng', 'Chi cục Hải Hậu', '']);
  });
});

describe('xmlCellText', () => {
  const cell = (c: Partial<RawCell>): RawCell => ({ column: 1, type: undefined, style: 0, formula: undefined, value: undefined, ...c });
  it.each<[string, Partial<RawCell>, string | undefined, ReturnType<typeof xmlCellText>]>([
    ['a number', { value: '5513' }, undefined, { text: '5513', scale: { thousands: 0, format: 'General' } }],
    ['an exponent', { value: '1E-3' }, undefined, { text: `0.001${NUMBER_CELL_MARK}`, scale: { thousands: 0, format: 'General' } }],
    ['an ISO date (t="d")', { type: 'd', value: '2019-09-30T00:00:00Z' }, undefined, { text: '30/09/2019', odd: { kind: 'date', shown: '30/09/2019' } }],
    ['an empty <v></v>', { value: '' }, undefined, { text: '' }],
    ['no number', { value: '12abc' }, undefined, { text: '12abc', odd: { kind: 'not-a-number', shown: '12abc' } }],
    ['a date serial', { value: '43738' }, 'dd/mm/yyyy', { text: '30/09/2019', odd: { kind: 'date', shown: '30/09/2019' } }],
    ['a formula with its result', { formula: 'SUM(B2:B3)', value: '300' }, undefined, { text: '300', scale: { thousands: 0, format: 'General' } }],
    ['a formula never calculated (<v/>)', { formula: 'SUM(B2:B3)', value: '' }, undefined, { text: '=SUM(B2:B3)', odd: { kind: 'formula-nan', shown: '=SUM(B2:B3)' } }],
    ['a formula without <v>', { formula: '', value: undefined }, undefined, { text: 'a shared formula', odd: { kind: 'formula', shown: 'a shared formula' } }],
    ['a formula giving TRUE', { formula: 'B3>0', type: 'b', value: '1' }, undefined, { text: 'TRUE', odd: { kind: 'boolean', shown: 'TRUE' } }],
    ['a formula giving #REF!', { formula: '#REF!+1', type: 'e', value: '#REF!' }, undefined, { text: '#REF!', odd: { kind: 'error', shown: '#REF!' } }],
    ['a shared string', { type: 's', value: '0' }, undefined, { text: 'Mỹ Lộc' }],
  ])('%s', (_name, c, format, expected) => {
    expect(xmlCellText(cell(c), format, ['Mỹ Lộc'])).toEqual(expected);
  });

  it('in a workbook to be recalculated on opening, a stored result that would be read is stale; one without a number stays what it is', () => {
    const stale = { recalcOnLoad: true };
    expect(xmlCellText(cell({ formula: 'SUM(B2:B3)', value: '300' }), undefined, [], stale)).toEqual({ text: '=SUM(B2:B3)', odd: { kind: 'formula-stale', shown: '=SUM(B2:B3)' } });
    expect(xmlCellText(cell({ formula: 'B2', type: 'str', value: 'Mỹ Lộc' }), undefined, [], stale).odd?.kind).toBe('formula-stale');
    expect(xmlCellText(cell({ formula: 'SUM(B2:B3)', value: '' }), undefined, [], stale).odd?.kind).toBe('formula-nan');
    expect(xmlCellText(cell({ formula: 'SUM(B2:B3)' }), undefined, [], stale).odd?.kind).toBe('formula');
    expect(xmlCellText(cell({ value: '300' }), undefined, [], stale)).toEqual({ text: '300', scale: { thousands: 0, format: 'General' } });
  });

  it('a 1904 workbook counts its date serials from 1904', () => {
    expect(xmlCellText(cell({ value: '42276' }), 'dd/mm/yyyy', [], { date1904: true }).odd).toEqual({ kind: 'date', shown: '30/09/2019' });
  });
});

describe('_xHHHH_ escapes of text (ECMA-376 ST_Xstring)', () => {
  it.each([
    ['Mỹ Lộc_x000D_', 'Mỹ Lộc\r'],
    ['Việc có_x000D_\nđiều kiện', 'Việc có\r\nđiều kiện'],
    // _x005F_ is the underscore: the text "_x000D_" itself
    ['_x005F_x000D_', '_x000D_'],
    ['a_x0009_b_x00e9_', 'a\tbé'],
    // not an escape: too few digits, no closing underscore, not hex
    ['_x00D_ _x000D _x00G0_ x000D_', '_x00D_ _x000D _x00G0_ x000D_'],
  ])('%j → %j', (stored, text) => {
    expect(decodeXString(stored)).toBe(text);
  });

  it('shared strings, inline strings and text results are decoded; numbers and formulas are not touched', async () => {
    expect(await readSharedStrings(chunked('<sst><si><t>Mỹ Lộc_x000D_</t></si><si><r><t>Tổng _x000D_</t></r><r><t>cộng</t></r></si><si><t>_x005F_x000D_</t></si></sst>'))).toEqual(['Mỹ Lộc\r', 'Tổng \rcộng', '_x000D_']);
    expect(await rows('<row><c t="inlineStr"><is><t>Vụ Bản_x000D_</t></is></c><c t="str"><f>A1&amp;"_x000D_"</f><v>x_x000D_</v></c><c><v>5</v></c></row>')).toEqual([
      { number: 1, cells: [[1, 'Vụ Bản\r'], [2, 'x\r'], [3, '5']] },
    ]);
  });
});

describe('readSheetRows: outline levels', () => {
  it('each row has its outline level (0 outside a group); <outlinePr summaryBelow="0"> is told before the rows', async () => {
    const facts: SheetFacts = { summaryBelow: true };
    const xml = '<worksheet><sheetPr><outlinePr summaryBelow="0"/></sheetPr><sheetData><row r="1"/><row r="2" outlineLevel="1" hidden="1"/><row r="3" outlineLevel="2"/><row r="4" outlineLevel="9"/></sheetData></worksheet>';
    const out: [number, number, boolean][] = [];
    for await (const batch of readSheetRows(chunked(xml), WHERE, facts)) for (const r of batch) out.push([r.number, r.outlineLevel, r.hidden]);
    expect(out).toEqual([[1, 0, false], [2, 1, true], [3, 2, false], [4, 0, false]]);
    expect(facts.summaryBelow).toBe(false);
  });

  it('without <outlinePr> the summary row is below its details (Excel\'s default)', async () => {
    const facts: SheetFacts = { summaryBelow: true };
    for await (const _ of readSheetRows(chunked('<worksheet><sheetPr><outlinePr summaryRight="0"/></sheetPr><sheetData><row r="1"/></sheetData></worksheet>'), WHERE, facts)) void _;
    expect(facts.summaryBelow).toBe(true);
  });
});

describe('readNumberFormats: each style\'s format code as stored', () => {
  it('keeps backslashes (exceljs dropped them), finds built-in ids, reads cellXfs only', async () => {
    const xml =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0\\ \\V\\N\\D"/><numFmt numFmtId="165" formatCode="#,##0\\ &quot;₫&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="14"/><xf/><xf numFmtId="7"/></cellXfs></styleSheet>';
    const formats = await readNumberFormats(chunked(xml));
    expect([0, 1, 2, 3, 4, 5, 6].map(formats)).toEqual(['General', '#,##0\\ \\V\\N\\D', '#,##0\\ "₫"', 'mm-dd-yy', 'General', undefined, undefined]);
  });

  it('a conditional format\'s numFmt (<dxfs><dxf>) is not a cell\'s: neither a custom id it repeats nor the built-in id 0', async () => {
    // finding 04 of round 37b: the dxf's "#,##0,\"K\"" replaced id 164, and axlsx' dxf id 0 made General "0.0%"
    const xml =
      '<x:styleSheet><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="#,##0"/></x:numFmts>' +
      '<x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="164"/></x:cellXfs>' +
      '<x:dxfs count="2"><x:dxf><x:numFmt numFmtId="164" formatCode="#,##0,&quot;K&quot;"/></x:dxf><x:dxf><x:numFmt numFmtId="0" formatCode="0.0%"/></x:dxf></x:dxfs>' +
      '<x:extLst><x:ext><x14:dxfs count="1"><x:dxf><x:numFmt numFmtId="165" formatCode="0%"/></x:dxf></x14:dxfs></x:ext></x:extLst></x:styleSheet>';
    const formats = await readNumberFormats(chunked(xml));
    expect([0, 1].map(formats)).toEqual(['General', '#,##0']);
  });

  it('an xf outside cellXfs (in dxfs or cellStyleXfs after it) is no cell style', async () => {
    const xml = '<styleSheet><cellXfs count="1"><xf numFmtId="3"/></cellXfs><cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs><dxfs><dxf><xf numFmtId="10"/></dxf></dxfs></styleSheet>';
    const formats = await readNumberFormats(chunked(xml));
    expect([0, 1, 2].map(formats)).toEqual(['#,##0', undefined, undefined]);
  });
});
