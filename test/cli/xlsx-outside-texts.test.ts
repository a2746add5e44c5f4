// A workbook that states its unit or its period only outside its cells — in the page header
// (Page Layout → Header & Footer), a text box over the table, a comment on a header cell — was
// read as if it stated none: money in đồng, 1000× too small, or a half year read as the whole,
// exit 0, `check` clean (traps43 t01, t01e, t01c, t02, t01d). Such texts are read as title lines
// above the table, under the same rules: a contradiction with the cells is refused.
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { jsonTotals, refusalText } from '../helpers/json-totals.js';
import { escapeText as escape, REL, writeRawWorkbook } from '../helpers/raw-workbook.js';
import { headerFooterSections } from '../../src/input/xlsx/outside-texts.js';

const text = (t: string, r: string) => `<c r="${r}" t="inlineStr"><is><t>${escape(t)}</t></is></c>`;
const num = (v: number, r: string) => `<c r="${r}"><v>${v}</v></c>`;
const HEADER = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
/** Nam Định's three offices, 2024, money in nghìn đồng (traps43's table). */
const OFFICES: [string, number, number, number, number][] = [
  ['Mỹ Lộc', 586, 533, 9565824, 8009735],
  ['Vụ Bản', 655, 630, 16389337, 14490040],
  ['Ý Yên', 298, 276, 9770952, 8385244],
];
const row = (n: number, cells: string) => `<row r="${n}">${cells}</row>`;
/** Title lines in rows 1–2 (as given), the header in row 3, the offices in rows 4–6. */
const table = (titles: readonly string[] = []) =>
  [
    ...titles.map((t, i) => row(i + 1, text(t, `A${i + 1}`))),
    row(3, HEADER.map((h, i) => text(h, `${'ABCDEF'[i]}3`)).join('')),
    ...OFFICES.map(([name, c, cr, m, mr], i) => row(4 + i, [num(i + 1, `A${4 + i}`), text(name, `B${4 + i}`), num(c, `C${4 + i}`), num(cr, `D${4 + i}`), num(m, `E${4 + i}`), num(mr, `F${4 + i}`)].join(''))),
  ].join('');
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const sheetRels = (type: string, target: string) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/${type}" Target="${target}"/></Relationships>`;
/** The one sheet "Biểu 01", with what goes after its rows and the parts it links to. */
const book = (data: string, after: string, parts: Record<string, string> = {}, name = 'bc-nam-dinh-2024.xlsx') => writeRawWorkbook({ sheets: [{ name: 'Biểu 01', data, after }], parts, name });
/** The page header, as Excel stores it: codes for the sections, the font, the page number. */
const pageHeader = (header: string, footer = '&CTrang &P') => `<headerFooter><oddHeader>${escape(header)}</oddHeader><oddFooter>${escape(footer)}</oddFooter></headerFooter>`;

// Hand sums: cases 586 + 655 + 298 = 1,539, resolved 533 + 630 + 276 = 1,439; money 9,565,824 +
// 16,389,337 + 9,770,952 = 35,726,113 nghìn đồng = 35,726,113,000 đ, resolved 8,009,735 +
// 14,490,040 + 8,385,244 = 30,885,019 nghìn đồng = 30,885,019,000 đ.
const IN_THOUSANDS = { cases: ['1539', '1439'], money: ['35726113000', '30885019000'], districts: ['Mỹ Lộc', 'Vụ Bản', 'Ý Yên'] };

describe('the money unit stated outside the cells', () => {
  it('in the page header ("&RĐơn vị tính: nghìn đồng"): the money is in nghìn đồng (traps43 t01: read in đồng, exit 0)', async () => {
    const file = await book(table([TITLE]), pageHeader('&L&"Times New Roman,Bold"CỤC THADS TỈNH NAM ĐỊNH&RĐơn vị tính: nghìn đồng'));
    expect(await jsonTotals(file)).toEqual(IN_THOUSANDS);
    const r = await runThads(['inspect', file]);
    expect(r.stdout).toContain('money unit:    thousand (from the unit line "Đơn vị tính: nghìn đồng" in the page header)');
  });

  it('in a comment on the money headers (traps43 t02)', async () => {
    const comments = `${XML}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>KTNV</author></authors><commentList><comment ref="E3" authorId="0"><text><r><rPr><b/></rPr><t>KTNV:</t></r><r><t xml:space="preserve">\nĐơn vị tính: nghìn đồng</t></r></text></comment><comment ref="F3" authorId="0"><text><r><t>ĐVT: nghìn đồng</t></r></text></comment></commentList></comments>`;
    const file = await book(table([TITLE]), '', { 'xl/worksheets/_rels/sheet1.xml.rels': sheetRels('comments', '../comments1.xml'), 'xl/comments1.xml': comments });
    expect(await jsonTotals(file)).toEqual(IN_THOUSANDS);
  });

  it('in a text box over the table (traps43 t01c)', async () => {
    const drawing = `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="vi-VN" i="1"/><a:t>Đơn vị tính: nghìn đồng</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
    const file = await book(table([TITLE]), '<drawing r:id="rId1"/>', { 'xl/worksheets/_rels/sheet1.xml.rels': sheetRels('drawing', '../drawings/drawing1.xml'), 'xl/drawings/drawing1.xml': drawing });
    expect(await jsonTotals(file)).toEqual(IN_THOUSANDS);
  });

  it('against another unit in the cells: refused, naming both', async () => {
    const file = await book(table([TITLE, 'Đơn vị tính: đồng']), pageHeader('&RĐơn vị tính: nghìn đồng'));
    expect((await refusalText(file)).split('\n')[0]).toBe(
      'FILE:Biểu 01: error: the unit line "Đơn vị tính: nghìn đồng" (the page header) gives money in thousand, but the unit line "Đơn vị tính: đồng" (line 2, column 1) gives dong [UNIT_CONTRADICTION]',
    );
  });

  it('a comment on an office\'s row is about that row, no title: it states no unit of the table', async () => {
    const comments = `${XML}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors><commentList><comment ref="E5" authorId="0"><text><r><t>ĐVT: nghìn đồng; số liệu năm 2023 của Chi cục cũ</t></r></text></comment></commentList></comments>`;
    const file = await book(table([TITLE, 'Đơn vị tính: nghìn đồng']), '', { 'xl/worksheets/_rels/sheet1.xml.rels': sheetRels('comments', '../comments1.xml'), 'xl/comments1.xml': comments });
    expect(await jsonTotals(file)).toEqual(IN_THOUSANDS);
  });
});

describe('the period and year stated in the page header', () => {
  it('"… 6 THÁNG NĂM 2024" is the first six months, 1/10/2023–31/3/2024, never the whole year (traps43 t01d)', async () => {
    const file = await book(table(['Đơn vị tính: nghìn đồng']), pageHeader('&C&"Times New Roman,Bold"BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2024'));
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.period).toEqual({ start: '2023-10-01', end: '2024-03-31', months: 6 });
    expect([body.total.money.withConditions, body.total.money.resolved]).toEqual(IN_THOUSANDS.money);
  });

  it('a year against the file name\'s: refused, naming the page header', async () => {
    const file = await book(table(['Đơn vị tính: nghìn đồng']), pageHeader('&CBÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2023'));
    expect((await refusalText(file)).split('\n')[0]).toBe('FILE:Biểu 01: error: the file name says the year is 2024, but the title (the page header) says 2023 [YEAR_CONFLICT]');
  });
});

describe('a page header\'s codes', () => {
  it.each([
    ['&L&"Times New Roman,Bold"CỤC THADS&RĐơn vị tính: nghìn đồng', ['CỤC THADS', 'Đơn vị tính: nghìn đồng']],
    ['&CTrang &P / &N', ['Trang /']],
    ['&C&14&B6 THÁNG NĂM 2024&B', ['6 THÁNG NĂM 2024']],
    ['Tiền && việc &KFF0000đỏ', ['Tiền & việc đỏ']],
    ['&L&D &T&R&F', []],
  ])('%s', (code, sections) => {
    expect(headerFooterSections(code)).toEqual(sections);
  });
});
