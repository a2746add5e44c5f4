// Workbooks as other writers store them, byte for byte (the XML written here by hand): ISO date
// cells (openpyxl with iso_dates, SheetJS with cellDates), cells and rows without their optional
// `r` attribute, an empty <v></v>, a phonetic run in a shared string. Each is read right or
// refused naming its cell — never a wrong figure with exit 0.
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { jsonTotals, refusalText } from '../helpers/json-totals.js';
import { escapeText as escape, type RawSheet, writeRawWorkbook } from '../helpers/raw-workbook.js';

/** The first line of stderr a refused run prints. */
const refusal = async (file: string): Promise<string> => (await refusalText(file)).split('\n')[0]!;

/** An inline text cell; `r` is left out unless given. */
const text = (t: string, r?: string) => `<c${r ? ` r="${r}"` : ''} t="inlineStr"><is><t>${escape(t)}</t></is></c>`;
const num = (v: string | number, r?: string) => `<c${r ? ` r="${r}"` : ''}><v>${v}</v></c>`;
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
/** A row of cells without `r`: the office name, then its figures. */
const plainRow = (name: string, ...figures: (string | number)[]) => [text(name), ...figures.map((f) => num(f))].join('');

/** A workbook of these sheets (and these <si> shared strings: the part is written even when empty); `workbookTail` goes after <sheets> (a <calcPr/>). */
const rawBook = (sheets: readonly RawSheet[], opts: { sharedStrings?: readonly string[]; workbookTail?: string; name?: string } = {}) =>
  writeRawWorkbook({ sheets, ...opts, sharedStrings: opts.sharedStrings ?? [] });

/** A one-sheet workbook named "S" with this <sheetData> content (and these <si> shared strings). */
const rawWorkbook = (sheetData: string, sharedStrings: readonly string[] = []) => rawBook([{ name: 'S', data: sheetData }], { sharedStrings });


describe('cells and rows without `r` (optional in OOXML)', () => {
  it('cells without r follow one another from column A', async () => {
    const file = await rawWorkbook(`<row r="1">${HEADER.map((h) => text(h)).join('')}</row><row r="2">${plainRow('A', 100, 80, 5000, 1200)}</row><row r="3">${plainRow('B', 200, 150, 7000, 3000)}</row>`);
    // 100 + 200, 80 + 150; 5000 + 7000, 1200 + 3000
    expect(await jsonTotals(file)).toEqual({ cases: ['300', '230'], money: ['12000', '4200'], districts: ['A', 'B'] });
  });

  it('a row without r is the row after the one before, also after a gap', async () => {
    const file = await rawWorkbook(`<row>${HEADER.map((h) => text(h)).join('')}</row><row>${plainRow('A', 100, 80, 5000, 1200)}</row><row r="5">${plainRow('B', 200, 150, 7000, 3000)}</row><row>${plainRow('C', 50, 40, 100, 'x')}</row>`);
    // C is row 6, its fifth cell E6
    expect((await refusalText(file)).split('\n')[0]!).toBe('FILE:S!E6: error: money resolved: the cell is stored as a number, but what it stores ("x") is none [BAD_NUMBER]');
  });

  it('a cell without r after one with r is the next column', async () => {
    const file = await rawWorkbook(`<row r="1">${HEADER.map((h) => text(h)).join('')}</row><row r="2">${text('A', 'A2')}${num(5000, 'D2')}${num(1200)}</row>`);
    // B2, C2 empty: no cases (0 of 0); D2 money with conditions, the next cell E2 money resolved
    expect(await jsonTotals(file)).toEqual({ cases: ['0', '0'], money: ['5000', '1200'], districts: ['A'] });
  });

  it('a cell whose reference names another row, a cell given twice, rows out of order are refused', async () => {
    const head = `<row r="1">${HEADER.map((h) => text(h)).join('')}</row>`;
    expect(await refusal(await rawWorkbook(`${head}<row r="2">${text('A', 'A2')}${num(100, 'B3')}</row>`))).toBe(
      'FILE:S!2:2: error: the sheet\'s XML puts cell B3 in row 2 [WORKBOOK_INVALID]',
    );
    expect(await refusal(await rawWorkbook(`${head}<row r="2">${text('A', 'A2')}${num(100, 'B2')}${num(100, 'B2')}</row>`))).toBe(
      'FILE:S!B2: error: the sheet\'s XML gives cell B2 twice [WORKBOOK_INVALID]',
    );
    expect(await refusal(await rawWorkbook(`${head}<row r="3">${plainRow('A', 100, 80, 5000, 1200)}</row><row r="2">${plainRow('B', 200, 150, 7000, 3000)}</row>`))).toBe(
      "FILE:S!2:2: error: the sheet's XML lists row 2 after row 3: rows must come in order, each once [WORKBOOK_INVALID]",
    );
    expect(await refusal(await rawWorkbook(`${head}<row r="2">${text('A', 'A2')}${num(100, 'B2x')}</row>`))).toBe(
      'FILE:S!2:2: error: the sheet\'s XML names a cell "B2x", which is no cell reference (such as C14) [WORKBOOK_INVALID]',
    );
  });
});

describe('cells the sheet stores in other forms', () => {
  const head = `<row r="1">${HEADER.map((h, i) => text(h, `${'ABCDE'[i]}1`)).join('')}</row><row r="2">${plainRow('A', 100, 80, 5000, 1200)}</row>`;

  it('an ISO date cell (t="d") is a date, never the number of its year', async () => {
    const file = await rawWorkbook(`${head}<row r="3">${text('B')}${num(200)}${num(150)}${num(7000)}<c r="E3" t="d"><v>2019-09-30T00:00:00Z</v></c></row>`);
    expect((await refusalText(file)).split('\n')[0]!).toBe('FILE:S!E3: error: money resolved: the cell holds a date (30/09/2019), not a figure [BAD_NUMBER]');
  });

  it('a formula whose stored result is a date or TRUE is no figure either (it was read as 2019, 1)', async () => {
    const date = await rawWorkbook(`${head}<row r="3">${text('B')}${num(200)}${num(150)}${num(7000)}<c r="E3" t="d"><f>DATE(2019,9,30)</f><v>2019-09-30</v></c></row>`);
    expect(await refusal(date)).toBe('FILE:S!E3: error: money resolved: the cell holds a date (30/09/2019), not a figure [BAD_NUMBER]');
    const truth = await rawWorkbook(`${head}<row r="3">${text('B')}${num(200)}<c r="C3" t="b"><f>B3&gt;0</f><v>1</v></c>${num(7000)}${num(3000)}</row>`);
    expect(await refusal(truth)).toBe('FILE:S!C3: error: cases resolved: the cell holds the logical value TRUE, not a figure [BAD_NUMBER]');
  });

  it('an empty <v></v> is an empty cell, which is 0 (SPEC §3)', async () => {
    const file = await rawWorkbook(`${head}<row r="3">${text('B')}${num(200)}${num(150)}${num(7000)}<c r="E3"><v></v></c></row>`);
    // money resolved 1200 + 0
    expect(await jsonTotals(file)).toEqual({ cases: ['300', '230'], money: ['12000', '1200'], districts: ['A', 'B'] });
  });

  it('a number cell storing no number is refused, never read as its leading digits', async () => {
    const file = await rawWorkbook(`${head}<row r="3">${text('B')}${num(200)}${num(150)}${num(7000)}${num('3000abc')}</row>`);
    expect((await refusalText(file)).split('\n')[0]!).toBe('FILE:S!E3: error: money resolved: the cell is stored as a number, but what it stores ("3000abc") is none [BAD_NUMBER]');
  });

  it('a number in CDATA is that number', async () => {
    const file = await rawWorkbook(`${head}<row r="3">${text('B')}${num(200)}${num(150)}${num(7000)}<c r="E3"><v><![CDATA[3000]]></v></c></row>`);
    expect(await jsonTotals(file)).toEqual({ cases: ['300', '230'], money: ['12000', '4200'], districts: ['A', 'B'] });
  });

  it('a shared string with a phonetic run (<rPh>) is its text, not the reading; runs are joined', async () => {
    const strings = ['<si><t>Nghĩa Hưng</t><rPh sb="0" eb="1"><t>XX</t></rPh></si>', '<si><r><rPr><b/></rPr><t xml:space="preserve">Chi cục </t></r>\n  <r><t>Hải Hậu</t></r></si>'];
    const file = await rawWorkbook(`${head}<row r="3"><c t="s"><v>0</v></c>${num(200)}${num(150)}${num(7000)}${num(3000)}</row><row r="4"><c t="s"><v>1</v></c>${num(50)}${num(40)}${num(100)}${num(50)}</row>`, strings);
    // 100 + 200 + 50, 80 + 150 + 40; 5000 + 7000 + 100, 1200 + 3000 + 50
    expect(await jsonTotals(file)).toEqual({ cases: ['350', '270'], money: ['12100', '4250'], districts: ['A', 'Chi cục Hải Hậu', 'Nghĩa Hưng'] });
  });

  it('a shared string the workbook does not hold is refused, never an empty cell', async () => {
    const file = await rawWorkbook(`${head}<row r="3"><c r="A3" t="s"><v>7</v></c>${num(200)}${num(150)}${num(7000)}${num(3000)}</row>`, ['<si><t>B</t></si>']);
    expect((await refusalText(file)).split('\n')[0]!).toBe('FILE:S!A3: error: the cell refers to shared string "7", but the workbook holds 1 (numbered from 0) [WORKBOOK_INVALID]');
  });
});

describe('a workbook that asks to be recalculated when opened (<calcPr fullCalcOnLoad="1"/>)', () => {
  const head = `<row r="1">${HEADER.map((h) => text(h)).join('')}</row>`;
  const office = (name: string, ...figures: number[]) => ({ name, data: `${head}<row r="2">${plainRow(name, ...figures)}</row>` });
  /** The summary sheet of a template filled by a program: formulas over the office sheets, last year's results stored. */
  const formula = (sheet: string, column: string, stored: number) => `<c><f>'${escape(sheet)}'!${column}2</f><v>${stored}</v></c>`;
  const summary = {
    name: 'Tổng hợp',
    data: `${head}<row r="2">${text('Mỹ Lộc')}${formula('Mỹ Lộc', 'B', 90)}${formula('Mỹ Lộc', 'C', 70)}${formula('Mỹ Lộc', 'D', 4000)}${formula('Mỹ Lộc', 'E', 3000)}</row>` +
      `<row r="3">${text('Vụ Bản')}${formula('Vụ Bản', 'B', 190)}${formula('Vụ Bản', 'C', 140)}${formula('Vụ Bản', 'D', 6000)}${formula('Vụ Bản', 'E', 2000)}</row>`,
  };
  const sheets = [summary, office('Mỹ Lộc', 100, 80, 5000, 4000), office('Vụ Bản', 200, 150, 7000, 3000)];
  const RECALC = '<calcPr calcId="191029" fullCalcOnLoad="1"/>';

  it("refuses a formula's stored result, naming the cell and why", async () => {
    const file = await rawBook(sheets, { workbookTail: RECALC });
    const r = await runThads(['summarize', file, '--sheet', 'Tổng hợp', '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split(file).join('FILE')).toBe(
      "FILE:Tổng hợp!B2: error: cases with conditions: the cell holds a formula (='Mỹ Lộc'!B2) whose stored result may be stale: the workbook asks to be recalculated when opened (fullCalcOnLoad), so what Excel shows is not what it stores [FORMULA_STALE_RESULT]\n" +
        '  hint: open the workbook in Excel or LibreOffice and save it, so each formula stores its current result; thads never recalculates formulas\n',
    );
  });

  it('reads number cells as ever: an office sheet of such a workbook gives its figures', async () => {
    const file = await rawBook(sheets, { workbookTail: RECALC });
    const r = await runThads(['summarize', file, '--sheet', 'Vụ Bản', '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect([total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved]).toEqual(['200', '150', '7000', '3000']);
  });

  it('without fullCalcOnLoad (or with it 0) stored results that agree with the cells they name are read', async () => {
    // (stored results the cells contradict — the 90, 70, … above — are FORMULA_STALE_RESULT even so: test/unit/stale-formula-results.test.ts)
    const right = {
      name: 'Tổng hợp',
      data: `${head}<row r="2">${text('Mỹ Lộc')}${formula('Mỹ Lộc', 'B', 100)}${formula('Mỹ Lộc', 'C', 80)}${formula('Mỹ Lộc', 'D', 5000)}${formula('Mỹ Lộc', 'E', 4000)}</row>` +
        `<row r="3">${text('Vụ Bản')}${formula('Vụ Bản', 'B', 200)}${formula('Vụ Bản', 'C', 150)}${formula('Vụ Bản', 'D', 7000)}${formula('Vụ Bản', 'E', 3000)}</row>`,
    };
    for (const tail of ['<calcPr calcId="191029"/>', '<calcPr fullCalcOnLoad="0"/>']) {
      const file = await rawBook([right, ...sheets.slice(1)], { workbookTail: tail });
      const r = await runThads(['summarize', file, '--sheet', 'Tổng hợp', '--by', 'none', '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const total = JSON.parse(r.stdout).total;
      // 100 + 200, 80 + 150; 5000 + 7000, 4000 + 3000
      expect([total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved], tail).toEqual(['300', '230', '12000', '7000']);
    }
  });
});

/** A sheet: an optional title line, the header, then offices with their four figures. */
const tableSheet = (name: string, offices: [string, number, number, number, number][], title?: string, state?: RawSheet['state']): RawSheet => {
  const rows = [...(title !== undefined ? [[text(title)]] : []), HEADER.map((h) => text(h)), ...offices.map(([o, ...f]) => [plainRow(o, ...f)])];
  return { name, data: rows.map((cells, i) => `<row r="${i + 1}">${cells.join('')}</row>`).join(''), ...(state ? { state } : {}) };
};
const notesSheet = (name: string, lines: readonly string[]): RawSheet => ({ name, data: lines.map((l, i) => `<row r="${i + 1}">${text(l)}</row>`).join('') });
const MY_LOC: [string, number, number, number, number] = ['Mỹ Lộc', 100, 80, 5000, 4000];
const VU_BAN: [string, number, number, number, number] = ['Vụ Bản', 200, 150, 7000, 3000];

async function run(file: string, ...args: string[]) {
  const r = await runThads(['summarize', file, '--by', 'none', '--format', 'json', ...args]);
  const total = r.code === 0 ? JSON.parse(r.stdout).total : null;
  return {
    code: r.code,
    stderr: r.stderr.split(file).join('FILE'),
    figures: total && [total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved],
  };
}

describe('a workbook of several sheets with a table, without --sheet', () => {
  it('one sheet per office and a summary: refused as a usage error listing them; --sheet reads the one named', async () => {
    const file = await rawBook([tableSheet('Mỹ Lộc', [MY_LOC]), tableSheet('Vụ Bản', [VU_BAN]), tableSheet('Tổng hợp', [MY_LOC, VU_BAN])]);
    const r = await run(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('thads: error: FILE has 3 sheets with a table ("Mỹ Lộc", "Vụ Bản", "Tổng hợp"): which one is to be read? [USAGE]\n  hint: pick it with --sheet NAME (or its number counted from 1)\n');
    // 100 + 200, 80 + 150; 5000 + 7000, 4000 + 3000
    expect((await run(file, '--sheet', 'Tổng hợp')).figures).toEqual(['300', '230', '12000', '7000']);
    expect((await run(file, '--sheet', '2')).figures).toEqual(['200', '150', '7000', '3000']);
  });

  it('notes, instructions and hidden sheets are no second table: the first is read as before', async () => {
    const notes = notesSheet('Ghi chú', ['Đơn vị tính: nghìn đồng', 'Số liệu từ 01/10/2018 đến 30/9/2019']);
    const hidden = tableSheet('Cũ', [VU_BAN], undefined, 'hidden');
    const r = await run(await rawBook([tableSheet('Biểu 07', [MY_LOC]), notes, hidden]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // the notes sheet's unit line is the workbook's, the table's sheet stating none (xlsx/cover-unit.ts): 5000 and 4000 nghìn đồng
    expect(r.figures).toEqual(['100', '80', '5000000', '4000000']);
  });

  it('a header beyond the first 60 rows of another sheet is not looked for', async () => {
    const long = notesSheet('Hướng dẫn', [...Array.from({ length: 60 }, (_, i) => `Dòng ${i + 1}`)]);
    const late = { ...long, data: `${long.data}<row r="61">${HEADER.map((h) => text(h)).join('')}</row>` };
    const r = await run(await rawBook([tableSheet('Biểu 07', [MY_LOC]), late]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(['100', '80', '5000', '4000']);
  });
});

describe('the one sheet with a table behind sheets without one, without --sheet', () => {
  const empty: RawSheet = { name: 'Sheet1', data: '' };
  const notes = notesSheet('Hướng dẫn', ['HƯỚNG DẪN LẬP BIỂU', '1. Số liệu tính từ 01/10/2018 đến 30/9/2019.']);
  const chart: RawSheet = { name: 'Biểu đồ', data: '', chart: true };
  const summary = tableSheet('Tổng hợp', [MY_LOC, VU_BAN]);

  it('an empty "Sheet1", a tab of instructions or a chart first: the sheet with the table is read (were NO_HEADER, WORKBOOK_INVALID)', async () => {
    for (const first of [empty, notes, chart]) {
      const file = await rawBook([first, summary]);
      const r = await run(file);
      expect(r.code, `${first.name}: ${r.stderr}`).toBe(0);
      expect(r.stderr, first.name).toBe('');
      // 100 + 200, 80 + 150; 5000 + 7000, 4000 + 3000
      expect(r.figures, first.name).toEqual(['300', '230', '12000', '7000']);
      const shown = await runThads(['inspect', file]);
      expect(shown.stdout).toContain(`  sheet:         Tổng hợp (the only one of 2 sheets ("${first.name}", "Tổng hợp") with a table; --sheet picks another)\n`);
    }
  });

  it('a hidden sheet with a table stays out: the one visible sheet with a table is read', async () => {
    const r = await run(await rawBook([tableSheet('Cũ', [['Giao Thủy', 7, 7, 7, 7]], undefined, 'hidden'), empty, summary]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(['300', '230', '12000', '7000']);
  });

  it('an error names the sheet read, not the first', async () => {
    const bad = tableSheet('Tổng hợp', [MY_LOC, ['Vụ Bản', 200, 150, 7000, 'x' as unknown as number]]);
    const r = await run(await rawBook([empty, bad]));
    expect(r.code).toBe(1);
    // header row 1, Mỹ Lộc row 2, Vụ Bản row 3; money resolved is column E
    expect(r.stderr.split('\n')[0]).toBe('FILE:Tổng hợp!E3: error: money resolved: the cell is stored as a number, but what it stores ("x") is none [BAD_NUMBER]');
  });

  it('an empty first sheet and two sheets with a table: still the usage error listing them', async () => {
    const r = await run(await rawBook([empty, tableSheet('Mỹ Lộc', [MY_LOC]), tableSheet('Vụ Bản', [VU_BAN])]));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('thads: error: FILE has 2 sheets with a table ("Mỹ Lộc", "Vụ Bản"): which one is to be read? [USAGE]\n  hint: pick it with --sheet NAME (or its number counted from 1)\n');
  });

  it('a first sheet whose header is below row 60 (the reader finds it) is a second table: the usage error, not a silent switch', async () => {
    const long = notesSheet('Biểu 07', Array.from({ length: 60 }, (_, i) => `Dòng ${i + 1}`));
    const late = { ...long, data: `${long.data}<row r="61">${HEADER.map((h) => text(h)).join('')}</row><row r="62">${plainRow('Mỹ Lộc', 100, 80, 5000, 4000)}</row>` };
    const r = await run(await rawBook([late, empty, summary]));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('thads: error: FILE has 2 sheets with a table ("Biểu 07", "Tổng hợp"): which one is to be read? [USAGE]\n  hint: pick it with --sheet NAME (or its number counted from 1)\n');
    expect((await run(await rawBook([late, empty]))).figures).toEqual(['100', '80', '5000', '4000']);
  });

  it('no sheet with a table: refused at the first sheet as before', async () => {
    const alone = await run(await rawBook([notes]));
    expect(alone.code).toBe(1);
    expect(alone.stderr.split('\n')[0]).toBe('FILE:Hướng dẫn: error: no header row found [NO_HEADER]');
    const two = await run(await rawBook([notes, empty]));
    expect(two.code).toBe(1);
    expect(two.stderr.split('\n').slice(0, 2)).toEqual(['FILE:Hướng dẫn: error: no header row found [NO_HEADER]', '  hint: this is the first of 2 sheets; pick the one with the figures with --sheet NAME (or its number)']);
    const charted = await run(await rawBook([chart, notes]));
    expect(charted.code).toBe(1);
    expect(charted.stderr).toBe('FILE: error: sheet "Biểu đồ" is not a worksheet of figures (a chart sheet?) [WORKBOOK_INVALID]\n  hint: pick a worksheet with --sheet\n');
  });

  it('a chart sheet picked with --sheet is a usage error naming it and the worksheets (traps36 4: WORKBOOK_INVALID, exit 1)', async () => {
    const file = await rawBook([chart, summary]);
    for (const wanted of ['1', 'Biểu đồ']) {
      const r = await run(file, '--sheet', wanted);
      expect(r.code, wanted).toBe(2);
      expect(r.stderr, wanted).toBe(`thads: error: --sheet ${wanted}: sheet "Biểu đồ" of FILE is a chart sheet, with no table [USAGE]\n  hint: pick a worksheet with --sheet (its worksheets: "Tổng hợp")\n`);
    }
  });
});

describe("a sheet named for another year than the file's", () => {
  const y2018: [string, number, number, number, number][] = [['Mỹ Lộc', 90, 70, 2000, 1000], ['Vụ Bản', 190, 140, 1000, 400]];

  it('one sheet per year: without --sheet the sheet of the file\'s year is read (work99c 02); --sheet 2018 is YEAR_CONFLICT; --sheet 2019 reads 2019', async () => {
    const file = await rawBook([tableSheet('2018', y2018), tableSheet('2019', [MY_LOC, VU_BAN])]);
    const r = await run(file);
    expect(r.code).toBe(0);
    expect(r.figures).toEqual(['300', '230', '12000', '7000']);
    const old = await run(file, '--sheet', '2018');
    expect(old.code).toBe(1);
    expect(old.stderr).toBe(
      'FILE:2018: error: the file name says the year is 2019, but the sheet\'s name "2018" says 2018 [YEAR_CONFLICT]\n  hint: the figures of 2019 are likely on the sheet "2019": pass --sheet "2019"; or pass --year N with the statistics year of this sheet\n',
    );
    expect((await run(file, '--sheet', '2019')).figures).toEqual(['300', '230', '12000', '7000']);
  });

  it('the only table on a sheet "2018" of a 2019 file, or under a title of 2019, is refused; --year reads it, with a warning', async () => {
    const file = await rawBook([tableSheet('2018', y2018), notesSheet('Ghi chú', ['Lập biểu'])]);
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('FILE:2018: error: the file name says the year is 2019, but the sheet\'s name "2018" says 2018 [YEAR_CONFLICT]\n  hint: pick the sheet of 2019 with --sheet NAME, or pass --year N with the statistics year of this sheet\n');
    const titled = await rawBook([tableSheet('BC 2018', y2018, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019')], { name: 'bao-cao.xlsx' });
    expect((await run(titled)).stderr.split('\n')[0]).toBe('FILE:BC 2018: error: the title (line 1) says the year is 2019, but the sheet\'s name "BC 2018" says 2018 [YEAR_CONFLICT]');
    const chosen = await run(file, '--year', '2018');
    expect(chosen.code).toBe(0);
    // 90 + 190, 70 + 140; 2000 + 1000, 1000 + 400
    expect(chosen.figures).toEqual(['280', '210', '3000', '1400']);
    expect(chosen.stderr.split('\n')[0]).toBe('FILE:2018!1:1: warning: the file name says the year is 2019; the rows are read as 2018, as --year says [OPTION_OVERRIDES_FILE]');
    const forced = await run(file, '--year', '2019');
    expect(forced.code).toBe(0);
    expect(forced.stderr.split('\n')[0]).toBe('FILE:2018: warning: the sheet\'s name "2018" says the year is 2018; the rows are read as 2019, as --year says [OPTION_OVERRIDES_FILE]');
  });

  it('a sheet name without a year, with the same year, or a period ending in it changes nothing', async () => {
    for (const name of ['Biểu 07', 'Năm 2019', '2018-2019']) {
      const r = await run(await rawBook([tableSheet(name, [MY_LOC, VU_BAN])]));
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stderr, name).toBe('');
      expect(r.figures, name).toEqual(['300', '230', '12000', '7000']);
    }
  });
});

describe("a month's sheet: of the statistics year its month belongs to (October to December: the next)", () => {
  it('"T10.2018", "Tháng 10-2018", "3T (10-12.2018)" in a 2019 workbook are of 2019 (were YEAR_CONFLICT: "says 2018")', async () => {
    for (const name of ['T10.2018', 'Tháng 10-2018', '3T (10-12.2018)', 'T9.2019']) {
      const r = await run(await rawBook([tableSheet(name, [MY_LOC, VU_BAN])]));
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stderr, name).toBe('');
      // 100 + 200, 80 + 150; 5000 + 7000, 4000 + 3000
      expect(r.figures, name).toEqual(['300', '230', '12000', '7000']);
    }
  });

  it('"T10.2019" in a 2019 workbook is of 2020: refused', async () => {
    const r = await run(await rawBook([tableSheet('T10.2019', [MY_LOC, VU_BAN])]));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:T10.2019: error: the file name says the year is 2019, but the sheet\'s name "T10.2019" says 2020 [YEAR_CONFLICT]');
  });

  it('the workbook named for a month: "BC T10.2018.xlsx" states 2019 where SPEC reads 2018: refused; --year 2019 agrees with its sheet "T10.2018"', async () => {
    const file = await rawBook([tableSheet('T10.2018', [MY_LOC, VU_BAN])], { name: 'BC T10.2018.xlsx' });
    const r = await runThads(['summarize', file, '--by', 'none', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the file name's first year is 2018, the file's year as SPEC reads it, but read as a title the name states statistics year 2019: which is it? [YEAR_CONFLICT]");
    const decided = await runThads(['summarize', file, '--year', '2019', '--by', 'none', '--format', 'json']);
    expect(decided.code, decided.stderr).toBe(0);
    expect(JSON.parse(decided.stdout).year).toBe(2019);
  });
});

describe('rows hidden in the sheet (<row hidden="1">, an autofilter)', () => {
  const head = `<row r="1">${text('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019')}</row><row r="2">${HEADER.map((h) => text(h)).join('')}</row>`;
  const row = (n: number, hidden: boolean, name: string, ...figures: number[]) => `<row r="${n}"${hidden ? ' hidden="1"' : ''}>${plainRow(name, ...figures)}</row>`;

  it('are added, as Excel\'s SUM adds them, with one warning naming them', async () => {
    const file = await rawWorkbook(`${head}${row(3, false, 'Mỹ Lộc', 100, 80, 5000, 4000)}${row(4, true, 'Nam Trực', 50, 40, 3000, 2000)}${row(5, false, 'Vụ Bản', 200, 150, 7000, 3000)}`);
    const r = await run(file);
    expect(r.code).toBe(0);
    // 100 + 50 + 200, 80 + 40 + 150; 5000 + 3000 + 7000, 4000 + 2000 + 3000
    expect(r.figures).toEqual(['350', '270', '15000', '9000']);
    expect(r.stderr).toBe(
      'FILE:S!4:4: warning: row 4 ("Nam Trực") is hidden in the sheet but read like the others: the figures include it [HIDDEN_ROWS]\n' +
        "  hint: hidden rows (by a filter or by hand) are read like the others, as Excel's SUM counts them: unhide them (Data → Clear filter) to check them, and delete the rows that are no part of the report\n",
    );
  });

  it('names the first three and counts the others; a hidden title or empty row says nothing', async () => {
    const offices = [3, 4, 5, 6, 7].map((n) => row(n, true, `Chi cục ${n}`, 10, 5, 100, 50)).join('');
    const file = await rawWorkbook(`${head}${offices}${row(8, false, 'Vụ Bản', 200, 150, 7000, 3000)}`);
    const r = await run(file);
    expect(r.code).toBe(0);
    // 5 × 10 + 200, 5 × 5 + 150; 5 × 100 + 7000, 5 × 50 + 3000
    expect(r.figures).toEqual(['250', '175', '7500', '3250']);
    expect(r.stderr.split('\n')[0]).toBe('FILE:S!3:3: warning: 5 rows 3 ("Chi cục 3"), 4 ("Chi cục 4"), 5 ("Chi cục 5") and 2 more are hidden in the sheet but read like the others: the figures include them [HIDDEN_ROWS]');
    const quiet = await rawWorkbook(`<row r="1" hidden="1">${text('BÁO CÁO NĂM 2019')}</row><row r="2">${HEADER.map((h) => text(h)).join('')}</row><row r="3" hidden="true"></row>${row(4, false, 'Vụ Bản', 200, 150, 7000, 3000)}`);
    const q = await run(quiet);
    expect(q.code, q.stderr).toBe(0);
    expect(q.stderr).toBe('');
  });
});

describe('a formula whose stored result is empty text (=IFERROR(VLOOKUP(…),""), t="str" and <v></v>; round 33b, 01)', () => {
  const blankFormula = (f: string) => `<c t="str"><f>${escape(f)}</f><v></v></c>`;
  const header = `<row>${HEADER.map((h) => text(h)).join('')}</row>`;

  it('in an office row with figures: refused at the cell, not read as 0 (235 for 300 resolved, exit 0)', async () => {
    const file = await rawWorkbook(`${header}<row>${plainRow('A', 100, 80, 5000, 1200)}</row><row>${text('B')}${num(200)}${blankFormula('IFERROR(VLOOKUP(A3,D!A:B,2,0),"")')}${num(7000)}${num(3000)}</row>`);
    expect(await refusal(file)).toBe('FILE:S!C3: error: cases resolved: the cell holds a formula whose stored result is empty or an error (=IFERROR(VLOOKUP(A3,D!A:B,2,0),"")) [FORMULA_NO_RESULT]');
  });

  it('a template\'s unused rows, every cell =IF(…,"",…), are blank: 300 / 230', async () => {
    const unused = `<row>${[1, 2, 3, 4, 5].map(() => blankFormula('IF(Z9="","",Z9)')).join('')}</row>`;
    const file = await rawWorkbook(`${header}<row>${plainRow('A', 100, 80, 5000, 1200)}</row><row>${plainRow('B', 200, 150, 7000, 3000)}</row>${unused}${unused}`);
    expect(await jsonTotals(file)).toEqual({ cases: ['300', '230'], money: ['12000', '4200'], districts: ['A', 'B'] });
  });
});
