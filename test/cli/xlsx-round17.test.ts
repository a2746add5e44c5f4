// Workbooks of round 17, written here byte for byte: number formats with escaped literals
// (`#,##0\ \V\N\D`), text with Excel's _xHHHH_ escapes ("Mỹ Lộc_x000D_"), a year column of date
// cells, and outlines (Data → Group) whose summary rows and details both carry figures. Each is
// read right or refused naming its row — never a doubled total with exit 0.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { jsonTotals, refusalText } from '../helpers/json-totals.js';
import { escapeAttribute as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

/** An inline text cell (its text stored as given: escapes included). */
const text = (t: string) => `<c t="inlineStr"><is><t xml:space="preserve">${escape(t)}</t></is></c>`;
/** A shared string cell: index into the workbook's strings. */
const shared = (i: number) => `<c t="s"><v>${i}</v></c>`;
const num = (v: number, style = 0) => `<c${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;
const row = (n: number, cells: string, attrs = '') => `<row r="${n}"${attrs}>${cells}</row>`;
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
const headerRow = (n = 1) => row(n, HEADER.map(text).join(''));
const office = (n: number, name: string, figures: readonly number[], attrs = '', style = 0) => row(n, text(name) + figures.map((f) => num(f, style)).join(''), attrs);

interface Book {
  /** <sheetData> content */
  readonly data: string;
  /** what goes before <sheetData> (<sheetPr>) */
  readonly before?: string;
  readonly strings?: readonly string[];
  /** custom number formats: style i + 1 has numFmt 164 + i */
  readonly formats?: readonly string[];
  readonly name?: string;
  readonly dir?: string;
}

/** Sheet "S" of `book`; the shared strings and styles parts are written even when empty. */
function workbook(book: Book): Promise<string> {
  const formats = book.formats ?? [];
  const strings = book.strings ?? [];
  return writeRawWorkbook({
    sheets: [{ name: 'S', data: book.data, before: book.before }],
    sharedStrings: strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`),
    styles: `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escape(f)}"/>`).join('')}</numFmts><cellXfs count="${formats.length + 1}"><xf numFmtId="0"/>${formats.map((_, i) => `<xf numFmtId="${164 + i}" applyNumberFormat="1"/>`).join('')}</cellXfs>`,
    name: book.name,
    dir: book.dir,
  });
}

describe('number formats with escaped literals (finding 04)', () => {
  it.each([
    ['#,##0\\ \\V\\N\\D', 'escaped VND'],
    ['#,##0\\ \\d', 'an escaped d'],
    ['#,##0\\ \\đ', 'an escaped đ'],
    ['#,##0\\ "₫"', 'quoted ₫'],
    ['_-* #,##0\\ _₫_-;\\-* #,##0\\ _₫_-;_-* "-"??\\ _₫_-;_-@_-', "Excel's Vietnamese accounting format"],
    ['"Năm "0', 'a quoted d'],
  ])('%s (%s) shows numbers: the figures are read', async (format) => {
    const file = await workbook({ formats: [format], data: headerRow() + office(2, 'Mỹ Lộc', [100, 80, 5000, 1200], '', 1) + office(3, 'Vụ Bản', [200, 150, 7000, 3000], '', 1) });
    // 100 + 200, 80 + 150; 5000 + 7000, 1200 + 3000
    expect(await jsonTotals([file])).toEqual({ cases: ['300', '230'], money: ['12000', '4200'], districts: ['Mỹ Lộc', 'Vụ Bản'] });
  });

  it('a date format is still a date, with a locale or escaped separators', async () => {
    for (const format of ['[$-42A]dd/mm/yyyy', 'dd\\/mm\\/yyyy']) {
      const file = await workbook({ formats: [format], data: headerRow() + office(2, 'Mỹ Lộc', [100, 80, 5000]) + row(3, text('Vụ Bản') + num(200) + num(150) + num(7000) + num(43738, 1)) });
      expect((await refusalText(file)).split('\n')[0], format).toBe('FILE:S!E3: error: money resolved: the cell holds a date (30/09/2019), not a figure [BAD_NUMBER]');
    }
  });
});

describe('_xHHHH_ escapes in text (finding 05)', () => {
  it('a header with _x000D_ before its line break and an office name ending in _x000D_ are read as their text', async () => {
    const strings = ['Đơn vị', 'Việc có_x000D_\nđiều kiện', 'Mỹ Lộc_x000D_'];
    const header = row(1, shared(0) + shared(1) + HEADER.slice(2).map(text).join(''));
    const file = await workbook({ strings, data: header + row(2, shared(2) + [100, 80, 5000, 1200].map((f) => num(f)).join('')) + office(3, 'Vụ Bản_x000D_', [200, 150, 7000, 3000]) });
    expect(await jsonTotals([file])).toEqual({ cases: ['300', '230'], money: ['12000', '4200'], districts: ['Mỹ Lộc', 'Vụ Bản'] });
  });

  it('the việc workbook\'s "Mỹ Lộc_x000D_" joins the tiền file\'s "Mỹ Lộc"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-xlsx17-'));
    const viec = await workbook({
      dir,
      name: 'nam-dinh-viec-2019.xlsx',
      strings: ['Mỹ Lộc_x000D_'],
      data: row(1, text('Đơn vị') + text('Việc có điều kiện') + text('Việc giải quyết xong')) + row(2, shared(0) + num(100) + num(80)) + office(3, 'Vụ Bản', [200, 150]),
    });
    const tien = join(dir, 'nam-dinh-tien-2019.csv');
    writeFileSync(tien, 'Đơn vị,Tiền có điều kiện,Tiền giải quyết xong\nMỹ Lộc,5000,1200\nVụ Bản,7000,3000\n');
    expect(await jsonTotals([viec, tien])).toEqual({ cases: ['300', '230'], money: ['12000', '4200'], districts: ['Mỹ Lộc', 'Vụ Bản'] });
  });

  it('_x005F_ is the underscore of a literal "_x000D_": a name that stays as written', async () => {
    const file = await workbook({ data: headerRow() + office(2, 'Đội_x005F_x0031_', [100, 80, 5000, 1200]) });
    expect(await jsonTotals([file])).toEqual({ cases: ['100', '80'], money: ['5000', '1200'], districts: ['Đội_x0031_'] });
  });
});

describe('a year column of date cells (finding 07)', () => {
  it('is refused naming the year column, not "a figure"', async () => {
    const file = await workbook({ name: 'bao-cao.xlsx', formats: ['yyyy'], data: row(1, [text('Năm'), ...HEADER.map(text)].join('')) + row(2, num(43738, 1) + text('Mỹ Lộc') + [100, 80, 5000, 1200].map((f) => num(f)).join('')) });
    expect(await refusalText(file)).toBe(
      'FILE:S!A2: error: year: the cell holds a date (30/09/2019), not a year; write the statistics year as a number [BAD_NUMBER]\n' +
        '  hint: a statistics year runs from 1 October to 30 September, so a date shown as its year may name the wrong one: type the year (e.g. 2019) and format the column as a number\n',
    );
  });
});

describe('outlines: a summary row and its detail rows both with figures (finding 01)', () => {
  const DETAIL = ' outlineLevel="1" hidden="1"';
  // Mỹ Lộc = An 60/40/3000/700 + Bình 40/30/2000/500; Vụ Bản = Cường 120/90/4000/1800 + Dũng 80/60/3000/1200
  const below =
    headerRow() +
    office(2, 'Nguyễn Văn An', [60, 40, 3000, 700], DETAIL) +
    office(3, 'Trần Thị Bình', [40, 30, 2000, 500], DETAIL) +
    office(4, 'Chi cục THADS huyện Mỹ Lộc', [100, 70, 5000, 1200], ' collapsed="1"') +
    office(5, 'Lê Văn Cường', [120, 90, 4000, 1800], DETAIL) +
    office(6, 'Phạm Văn Dũng', [80, 60, 3000, 1200], DETAIL) +
    office(7, 'Chi cục THADS huyện Vụ Bản', [200, 150, 7000, 3000], ' collapsed="1"');

  it('summary rows below their details (Excel\'s default): refused naming the first summary row and its details', async () => {
    const file = await workbook({ data: below });
    expect(await refusalText(file)).toBe(
      'FILE:S!4:4: error: row 4 "Chi cục THADS huyện Mỹ Lộc" is the summary row of an outline group (Data → Group) whose detail rows 2–3 ("Nguyễn Văn An", "Trần Thị Bình") have figures too: read as offices, both would be added, and each figure counted twice [OUTLINE_COUNTED_TWICE]\n' +
        '  hint: keep one level of the outline: delete the detail rows (expand the group with + to see them) or the summary rows, then ungroup (Data → Ungroup), so each figure is in the sheet once\n',
    );
    // check says the same (and goes on)
    const checked = await runThads(['check', file]);
    expect(checked.code).toBe(1);
    expect((checked.stdout + checked.stderr).split(file).join('FILE')).toContain('FILE:S!4:4: error: row 4 "Chi cục THADS huyện Mỹ Lộc" is the summary row of an outline group');
  });

  it('summary rows above their details (<outlinePr summaryBelow="0"/>): refused', async () => {
    const above =
      headerRow() +
      office(2, 'Chi cục THADS huyện Mỹ Lộc', [100, 70, 5000, 1200]) +
      office(3, 'Nguyễn Văn An', [60, 40, 3000, 700], DETAIL) +
      office(4, 'Trần Thị Bình', [40, 30, 2000, 500], DETAIL) +
      office(5, 'Chi cục THADS huyện Vụ Bản', [200, 150, 7000, 3000]) +
      office(6, 'Lê Văn Cường', [120, 90, 4000, 1800], DETAIL);
    const file = await workbook({ before: '<sheetPr><outlinePr summaryBelow="0"/></sheetPr>', data: above });
    expect((await refusalText(file)).split('\n')[0]).toBe(
      'FILE:S!2:2: error: row 2 "Chi cục THADS huyện Mỹ Lộc" is the summary row of an outline group (Data → Group) whose detail rows 3–4 ("Nguyễn Văn An", "Trần Thị Bình") have figures too: read as offices, both would be added, and each figure counted twice [OUTLINE_COUNTED_TWICE]',
    );
  });

  it('the only level with figures is read: offices grouped under a "Tổng cộng" summary row, or under a heading without figures', async () => {
    const grouped = ' outlineLevel="1"';
    const total = await workbook({ data: headerRow() + office(2, 'Mỹ Lộc', [100, 80, 5000, 1200], grouped) + office(3, 'Vụ Bản', [200, 150, 7000, 3000], grouped) + office(4, 'Tổng cộng', [300, 230, 12000, 4200]) });
    expect(await jsonTotals([total])).toEqual({ cases: ['300', '230'], money: ['12000', '4200'], districts: ['Mỹ Lộc', 'Vụ Bản'] });
    const heading = await workbook({
      before: '<sheetPr><outlinePr summaryBelow="0"/></sheetPr>',
      data: headerRow() + row(2, text('Các Chi cục')) + office(3, 'Mỹ Lộc', [100, 80, 5000, 1200], grouped) + office(4, 'Vụ Bản', [200, 150, 7000, 3000], grouped),
    });
    expect(await jsonTotals([heading])).toEqual({ cases: ['300', '230'], money: ['12000', '4200'], districts: ['Mỹ Lộc', 'Vụ Bản'] });
  });
});
