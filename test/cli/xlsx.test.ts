// Excel workbooks in and out (issue 15, SPEC §3 "Excel workbooks", §8 "xlsx").
// Reading: workbooks written by other programs (fixtures/xlsx, made by LibreOffice and exceljs
// with test/fixtures-src/make-xlsx.mjs) give exactly the figures of their CSV twin
// fixtures/2019.csv; odd cells are errors located FILE:SHEET!C14. Writing: typed cells, same
// bytes for the same input, and a workbook LibreOffice opens (skipped, with the reason printed,
// only where soffice is absent).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ROOT, runThads, spawnThads, transcript } from '../helpers/cli.js';

const CONFIG = ['--config', 'fixtures/thads.config.json'];
const SEED = 'fixtures/xlsx/seed-form/bao-cao-2019.xlsx';
const JS_WRITER = 'fixtures/xlsx/js-writer/bao-cao-2019.xlsx';
const ODD = 'fixtures/xlsx/bad/odd-cells-2019.xlsx';
const golden = (name: string) => `./__golden__/xlsx/${name}`;
const tmp = () => mkdtempSync(join(tmpdir(), 'thads-xlsx-'));

async function json(args: readonly string[]): Promise<{ body: unknown; stderr: string }> {
  const r = await runThads(['summarize', ...args, ...CONFIG, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return { body: JSON.parse(r.stdout), stderr: r.stderr };
}

/** A workbook written on the fly by exceljs: one sheet "Biểu 07" of these rows. */
async function workbook(rows: unknown[][], name = 'bao-cao-2019.xlsx', format?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 07');
  for (const r of rows) ws.addRow(r);
  format?.(ws);
  const file = join(tmp(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('reading workbooks written by other programs', () => {
  it('the seed province as a LibreOffice form (merged two-row header, nghìn đồng, SUM row) gives its CSV twin, without a warning', async () => {
    const twin = await json(['fixtures/2019.csv']);
    const sheet = await json([SEED]);
    expect(sheet.body).toEqual(twin.body);
    expect(sheet.stderr).toBe('');
  });

  it('numbers stored as text on a second sheet (exceljs) give the twin, by name, by number, by name in other case', async () => {
    const twin = await json(['fixtures/2019.csv']);
    for (const sheet of ['Biểu 07', '2', 'BIỂU 07']) {
      const r = await json(['--sheet', sheet, JS_WRITER]);
      expect(r.body, sheet).toEqual(twin.body);
      expect(r.stderr).toBe('');
    }
  });

  it("Python's openpyxl (sheets linked by absolute paths, a notes sheet second) gives the twin", async () => {
    const r = await json(['fixtures/xlsx/python-writer/bao-cao-2019.xlsx']);
    expect(r.body).toEqual((await json(['fixtures/2019.csv'])).body);
    expect(r.stderr).toBe('');
  });

  it('formulas openpyxl wrote without results are an error naming the first cell', async () => {
    const r = await runThads(['summarize', 'fixtures/xlsx/bad/formula-no-result-2019.xlsx', ...CONFIG]);
    expect(r.code).toBe(1);
    await expect(transcript(r)).toMatchFileSnapshot(golden('formula-no-result.txt'));
  });

  it('an instructions sheet first, the table on the second: without --sheet the one sheet with a table is read, giving the twin', async () => {
    const r = await json([JS_WRITER]);
    expect(r.body).toEqual((await json(['fixtures/2019.csv'])).body);
    expect(r.stderr).toBe('');
  });

  it('--sheet naming no sheet is a usage error listing the sheets', async () => {
    const r = await runThads(['summarize', JS_WRITER, '--sheet', 'Biểu 08', ...CONFIG]);
    expect(r.code).toBe(2);
    await expect(transcript(r)).toMatchFileSnapshot(golden('no-such-sheet.txt'));
  });

  it('a workbook saved under a .csv name is read as the workbook it is', async () => {
    const file = join(tmp(), 'bao-cao-2019.csv');
    copyFileSync(join(ROOT, SEED), file);
    expect((await json([file])).body).toEqual((await json(['fixtures/2019.csv'])).body);
  });

  it.each([
    ['.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /thads cannot read \.xls files \[WORKBOOK_INVALID\]/],
    ['a CSV named .xlsx', Buffer.from('district,cases_with_conditions,cases_resolved\nA,1,1\n'), /not an Excel workbook .*\[WORKBOOK_INVALID\]/],
    ['a cut-off .xlsx', readFileSync(join(ROOT, SEED)).subarray(0, 3000), /the workbook cannot be read: .*\[WORKBOOK_INVALID\]/],
  ])('%s is refused with what to do (exit 1)', async (name, bytes, message) => {
    const file = join(tmp(), name === '.xls' ? 'bao-cao-2019.xls' : 'bao-cao-2019.xlsx');
    writeFileSync(file, bytes);
    const r = await runThads(['summarize', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/\n {2}hint: /);
  });

  it('inspect tells which sheet, which rows form the header and where the unit comes from', async () => {
    const r = await runThads(['inspect', SEED, ...CONFIG]);
    expect(r.code).toBe(0);
    await expect(transcript(r)).toMatchFileSnapshot(golden('inspect-seed-form.txt'));
  });

  it('a bundled run (the real binary) reads a workbook as the in-process one does', async () => {
    const r = spawnThads(['summarize', SEED, ...CONFIG, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual((await json(['fixtures/2019.csv'])).body);
  });
});

describe('cells merged down a column', () => {
  it('a province merged over its offices\' rows (LibreOffice) names each of them', async () => {
    const r = await runThads(['summarize', 'fixtures/xlsx/merged-cells/bao-cao-2019.xlsx', '--by', 'province', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.groups.map((g: { province: string; cases: { withConditions: string; resolved: string } }) => [g.province, g.cases.withConditions, g.cases.resolved])).toEqual([
      ['Nam Định', '350', '270'],
      ['Thái Bình', '130', '80'],
    ]);
    expect(body.total.cases).toMatchObject({ withConditions: '480', resolved: '350' });
  });

  it('an office merged over its enforcers\' rows (exceljs) is one office; a figure merged down is not copied', async () => {
    const file = await workbook(
      [
        ['Đơn vị', 'Chấp hành viên', 'Việc có điều kiện', 'Việc giải quyết xong'],
        ['Mỹ Lộc', 'Nguyễn Văn An', 60, 50],
        [null, 'Trần Thị Bình', 40, 30],
        ['Vụ Bản', 'Lê Văn Cường', 120, 90],
        [null, 'Phạm Dũng', null, 60],
      ],
      'bao-cao-2019.xlsx',
      (ws) => {
        ws.mergeCells('A2:A3');
        ws.mergeCells('A4:A5');
        ws.mergeCells('C4:C5');
      },
    );
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.groups.map((g: { district: string; cases: { withConditions: string; resolved: string } }) => [g.district, g.cases.withConditions, g.cases.resolved])).toEqual([
      ['Mỹ Lộc', '100', '80'],
      ['Vụ Bản', '120', '150'],
    ]);
  });
});

describe('an office merged down over its enforcers\' rows and its unlabelled subtotal', () => {
  it('the subtotal row (the sum of the rows above, no "Cộng") is not added: 600 / 460 was printed', async () => {
    const file = await workbook(
      [
        ['Đơn vị', 'Chấp hành viên', 'Việc có điều kiện', 'Việc giải quyết xong'],
        ['Mỹ Lộc', 'Nguyễn Văn An', 60, 50],
        [null, 'Trần Thị Bình', 40, 30],
        [null, null, 100, 80],
        ['Vụ Bản', 'Lê Văn Cường', 120, 90],
        [null, 'Phạm Dũng', 80, 60],
        [null, null, 200, 150],
      ],
      'bao-cao-2019.xlsx',
      (ws) => {
        ws.mergeCells('A2:A4');
        ws.mergeCells('A5:A7');
      },
    );
    const r = await runThads(['summarize', file, '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', resolved: '230' });
  });
});

describe('cells that are no figure', () => {
  it('summarize stops at the first, named by its cell', async () => {
    const r = await runThads(['summarize', ODD, ...CONFIG]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    await expect(transcript(r)).toMatchFileSnapshot(golden('odd-cells-summarize.txt'));
  });

  it('check lists every one: a date, TRUE, #REF!, a row of #REF! only, formulas without a result', async () => {
    for (const format of ['text', 'github', 'json']) {
      const r = await runThads(['check', ODD, ...CONFIG, '--format', format]);
      expect(r.code).toBe(1);
      await expect(transcript(r)).toMatchFileSnapshot(golden(`odd-cells-check.${format}.txt`));
    }
  });

  it('a #DIV/0! in a rate column thads ignores is no error', async () => {
    const file = await workbook([
      ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tỷ lệ (%)'],
      ['A', 10, 9, { error: '#DIV/0!' }],
    ]);
    const r = await runThads(['summarize', file, '--year', '2019', '--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('numbers', () => {
  it('a number cell is the decimal Excel shows (15 digits), never a float sum: 0.1 + 0.2 is 0.3', async () => {
    const file = await workbook([
      ['Đơn vị', 'Tiền có điều kiện', 'Tiền giải quyết xong'],
      ['A', 0.1, 0.1],
      ['B', 0.2, 0.2],
      ['C', 1234567.8901234567, 0],
    ]);
    const { body } = await json([file, '--year', '2019', '--by', 'none']);
    expect((body as { total: { money: { withConditions: string } } }).total.money.withConditions).toBe('1234568.19012346');
  });

  it('1.052 in a number cell is 1.052, though the file\'s text cells write "5.513" for five thousand (SPEC §3), with a warning', async () => {
    const file = await workbook([
      ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'],
      ['A', '5.871', '5.513', 1.052, 1],
    ]);
    const { body, stderr } = await json([file, '--year', '2019', '--by', 'none']);
    // A CSV of "5.871" and "1.052" opened by a program set to English gives exactly this sheet.
    expect(stderr).toMatch(/^.*Biểu 07!D2: warning: money with conditions is the number 1\.052, with a fraction, but the sheet's text cells write numbers in Vietnamese .*; it is read as 1\.052 \[NUMBER_CELL_CONVERTED\]$/m);
    expect(stderr.match(/NUMBER_CELL_CONVERTED/g)).toHaveLength(1);
    const total = (body as { total: { cases: { withConditions: string }; money: { withConditions: string } } }).total;
    expect(total.cases.withConditions).toBe('5871');
    expect(total.money.withConditions).toBe('1.052');
  });

  it('whole number cells beside Vietnamese text cells, and fractions beside English ones, say nothing', async () => {
    const vi = await workbook([
      ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'],
      ['A', '5.871', '5.513', 1052, 1],
    ]);
    expect((await json([vi, '--year', '2019', '--by', 'none'])).stderr).toBe('');
    const en = await workbook([
      ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'],
      ['A', 10, 5, '1,234.5', 1.5],
    ]);
    expect((await json([en, '--year', '2019', '--by', 'none'])).stderr).toBe('');
  });

  it("a CSV opened in LibreOffice set to English and saved as .xlsx (\"987.654\" became a number, \"1.234.567\" stayed text): check fails", async () => {
    const file = join(tmp(), 'bao-cao-2019.xlsx');
    copyFileSync(join(ROOT, 'fixtures/xlsx/en-locale/bao-cao-2019.xlsx'), file);
    const r = await runThads(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/!F4: error: money resolved is the number 987\.654, but the same column holds numbers as text \("1\.000\.250", row 5\): .* \[NUMBER_CELL_CONVERTED\]/);
  });

  // A column of data rows holding number cells and numbers stored as text with a separator is
  // what opening a CSV in another number convention gives, fraction or not, either convention.
  const warning = (sheet: string, cell: string, what: string, n: string, text: string, row: number) =>
    `${sheet}!${cell}: warning: ${what} is the number ${n}, but the same column holds numbers as text ("${text}", row ${row}): a CSV opened by a program set to another number convention gives such a column (LibreOffice in English turns "500.000" into the number 500 and leaves "1.234.567" as text); it is read as ${n} [NUMBER_CELL_CONVERTED]`;
  const summarizeCsv = async (file: string, args: readonly string[] = []) => {
    const r = await runThads(['summarize', file, ...args, '--by', 'none', '--format', 'csv']);
    const [head, total] = r.stdout.trim().split('\n') as [string, string];
    const columns = head.split(',');
    const at = (name: string) => total.split(',')[columns.indexOf(name)];
    return { ...r, at };
  };

  it('a Vietnamese CSV opened in LibreOffice set to English: "500.000" became the whole number 500, "1.487.904" stayed text (finding 03)', async () => {
    const file = join(tmp(), 'bao-cao-2019.xlsx');
    copyFileSync(join(ROOT, 'fixtures/xlsx/en-locale-round/bao-cao-2019.xlsx'), file);
    const r = await summarizeCsv(file);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`${file}:${warning('nc-2019', 'F4', 'money resolved', '500', '1.487.904', 5)}`);
    expect(r.stderr.match(/NUMBER_CELL_CONVERTED/g)).toHaveLength(1);
    // read as stored (SPEC §3): 1234567 + 2000000 + 1500000; 500 + 1487904 + 12
    expect([r.at('money_with_conditions'), r.at('money_resolved')]).toEqual(['4734567', '1488416']);
    const check = await runThads(['check', file]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('nc-2019!F4: error: money resolved is the number 500, but the same column holds numbers as text');
  });

  it('the mirror: an English CSV opened in LibreOffice set to Vietnamese, "12,000" became 12 (finding 03b)', async () => {
    const file = join(tmp(), 'bao-cao-2019.xlsx');
    copyFileSync(join(ROOT, 'fixtures/xlsx/vi-locale-en-csv/bao-cao-2019.xlsx'), file);
    const r = await summarizeCsv(file);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`${file}:${warning('en-2019', 'F4', 'money resolved', '12', '1,487,904', 5)}`);
    // 1234567 + 2000000; 12 + 1487904
    expect([r.at('money_with_conditions'), r.at('money_resolved')]).toEqual(['3234567', '1487916']);
  });

  // A small money column may turn into numbers whole ("150.000" → 150): no column holds both
  // kinds, but the text left in the sheet's other figure columns is the mark.
  const sheetWarning = (sheet: string, cell: string, what: string, n: string, other: string, text: string, row: number) =>
    `${sheet}!${cell}: warning: ${what} is the number ${n}, but ${other} holds numbers as text ("${text}", row ${row}): a CSV opened by a program set to another number convention gives such a sheet (LibreOffice in English turns a whole column of "150.000" into the number 150 and leaves "12.345.678" as text); it is read as ${n} [NUMBER_CELL_CONVERTED]`;

  it('a whole money column turned into numbers by LibreOffice in English ("150.000" → 150), the other columns text: said, and check fails (finding 04)', async () => {
    const file = join(tmp(), 'bao-cao-2019.xlsx');
    copyFileSync(join(ROOT, 'fixtures/xlsx/en-locale-whole-column/bao-cao-2019.xlsx'), file);
    const r = await summarizeCsv(file);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`${file}:${sheetWarning('lo2-2019', 'F4', 'money reduced', '150', 'money with conditions', '12.345.678', 4)}`);
    expect(r.stderr.match(/NUMBER_CELL_CONVERTED/g)).toHaveLength(1);
    // read as stored (SPEC §3), nghìn đồng: 12345678 + 23456789 + 15000000; resolved = completed
    // 5123456 + 10234567 + 7777777 + terminated 1250000 + 2500000 + 1111111 + reduced 150 + 25 + 0
    expect([r.at('money_with_conditions'), r.at('money_resolved'), r.at('money_rate')]).toEqual(['50802467000', '27997086000', '55.11']);
    const check = await runThads(['check', file]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${file}:lo2-2019!F4: error: money reduced is the number 150, but money with conditions holds numbers as text ("12.345.678", row 4)`);
    // its source CSV: reduced 150000 + 25000 nghìn, resolved 23135800 + 4861111 + 175000
    const csv = await summarizeCsv(join(ROOT, 'test/fixtures-src/en-locale-whole-column-2019.csv'));
    expect(csv.stderr).toBe('');
    expect([csv.at('money_with_conditions'), csv.at('money_resolved'), csv.at('money_rate')]).toEqual(['50802467000', '28171911000', '55.45']);
  });

  it('a whole money column of number cells beside money as text only Vietnamese reads (exceljs): said at its first non-zero cell', async () => {
    const file = await workbook([
      ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền thi hành xong', 'Tiền giảm'],
      ['A', 10, 5, '12.345.678', '5.123.456', 0],
      ['B', 20, 10, '23.456.789', '10.234.567', 25],
    ]);
    const r = await summarizeCsv(file, ['--year', '2019']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`${file}:${sheetWarning('Biểu 07', 'F3', 'money reduced', '25', 'money with conditions', '12.345.678', 2)}`);
    // 12345678 + 23456789; completed 5123456 + 10234567, reduced 0 + 25 (no resolved column)
    expect([r.at('cases_with_conditions'), r.at('money_with_conditions'), r.at('money_resolved')]).toEqual(['30', '35802467', '15358048']);
    const check = await runThads(['check', file, '--year', '2019']);
    expect(check.code).toBe(1);
  });

  it('number cells of counts, or of money 0 only, beside money as text: nothing said', async () => {
    const file = await workbook([
      ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền thi hành xong', 'Tiền giảm'],
      ['A', 10, 5, '12.345.678', '5.123.456', 0],
      ['B', 20, 10, '23.456.789', '10.234.567', 0],
    ]);
    const r = await summarizeCsv(file, ['--year', '2019']);
    expect(r.stderr).toBe('');
    expect([r.at('money_with_conditions'), r.at('money_resolved')]).toEqual(['35802467', '15358023']);
  });

  it.each([
    ['Vietnamese', '1.234.567', '1.487.904', '2.000.000'],
    ['English', '1,234,567', '1,487,904', '2,000,000'],
  ])('number and text cells in one column (%s text): said at the column\'s first number cell', async (_, a, b, c) => {
    const file = await workbook([
      ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'],
      ['A', 10, 5, a, 500],
      ['B', 20, 10, c, b],
      ['C', 30, 15, c, 12],
    ]);
    const r = await summarizeCsv(file, ['--year', '2019']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`${file}:${warning('Biểu 07', 'E2', 'money resolved', '500', b, 3)}`);
    // 1234567 + 2000000 + 2000000; 500 + 1487904 + 12
    expect([r.at('cases_with_conditions'), r.at('money_with_conditions'), r.at('money_resolved')]).toEqual(['60', '5234567', '1488416']);
  });

  it('numbers and text in different columns, number cells in a total or column-number row only: nothing said', async () => {
    const file = await workbook([
      ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'],
      [1, 2, 3, 4, 5, 6],
      [1, 'A', 10, 5, '1.234.567', '500.000'],
      [2, 'B', 20, 10, '2.000.000', '1.487.904'],
      ['', 'Tổng cộng', 30, 15, 3234567, 1987904],
    ]);
    const r = await summarizeCsv(file, ['--year', '2019']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect([r.at('cases_with_conditions'), r.at('money_with_conditions'), r.at('money_resolved')]).toEqual(['30', '3234567', '1987904']);
  });

  it('formulas filled down (shared formulas, as Excel stores them) give their results, 0 included', async () => {
    const file = await workbook(
      [
        ['Đơn vị', 'Việc thi hành xong', 'Việc đình chỉ', 'Việc giải quyết xong', 'Việc có điều kiện'],
        ['A', 5, 2, null, 9],
        ['B', 0, 0, null, 3],
        ['C', 4, 1, null, 6],
      ],
      'bao-cao-2019.xlsx',
      (ws) => {
        ws.getCell('D2').value = { formula: 'B2+C2', result: 7, shareType: 'shared', ref: 'D2:D4' } as ExcelJS.CellValue;
        ws.getCell('D3').value = { sharedFormula: 'D2', result: 0 } as ExcelJS.CellValue;
        ws.getCell('D4').value = { sharedFormula: 'D2', result: 5 } as ExcelJS.CellValue;
      },
    );
    const xml = spawnSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' }).stdout;
    if (xml) expect(xml).toMatch(/t="shared"/);
    const r = await runThads(['summarize', file, '--year', '2019', '--format', 'json', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.resolved).toBe('12');
  });

  it('a row stored without its empty last cells is a whole row (its empty cells are 0), as in Excel\'s CSV', async () => {
    const file = await workbook([
      ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Việc hoãn'],
      ['A', 10, 9, 1],
      ['B', 10, 5],
    ]);
    const r = await runThads(['summarize', file, '--year', '2019', '--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('a relation warning and a declared total that disagrees point into the sheet', async () => {
    const file = await workbook([
      ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong'],
      ['A', 10, 12],
      ['B', 10, 5],
      ['Tổng cộng', 21, 17],
    ]);
    const r = await runThads(['check', file, '--year', '2019']);
    expect(r.code).toBe(1);
    const out = r.stdout.split(file).join('bao-cao-2019.xlsx');
    expect(out).toMatch(/^bao-cao-2019\.xlsx:Biểu 07!C2: error: .*\[RESOLVED_EXCEEDS_WITH_CONDITIONS\]/m);
    expect(out).toMatch(/^bao-cao-2019\.xlsx:Biểu 07!B4: error: declared total "Tổng cộng" has cases with conditions 21, but the office rows add up to 20 \[DECLARED_TOTAL_MISMATCH\]/m);
  });
});

describe('number formats that scale (trailing commas: Excel shows the stored value ÷ 1000 per comma)', () => {
  const scaled = (unit: string, format: string, money: [number, number][]) =>
    workbook(
      [
        ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'],
        [`Đơn vị tính: ${unit}`],
        ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'],
        ['Mỹ Lộc', 100, 80, ...money[0]!],
        ['Vụ Bản', 200, 150, ...money[1]!],
      ],
      'bao-cao-2019.xlsx',
      (ws) => {
        for (const ref of ['D4', 'E4', 'D5', 'E5']) ws.getCell(ref).numFmt = format;
      },
    );
  const total = async (file: string) => {
    const r = await runThads(['summarize', file, '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const money = JSON.parse(r.stdout).total.money;
    return [money.withConditions, money.resolved];
  };

  it('#,##0, under "nghìn đồng": 1234567000 shows 1,234,567 nghìn, which is 1234567000 đồng', async () => {
    // (1234567 + 2000500) nghìn = 3235067000 đồng; (987654 + 1000250) nghìn = 1987904000 đồng
    const file = await scaled('nghìn đồng', '#,##0,', [[1234567000, 987654000], [2000500000, 1000250000]]);
    expect(await total(file)).toEqual(['3235067000', '1987904000']);
  });

  it('#,##0.0,, under "triệu đồng": 1234500000 shows 1,234.5 triệu', async () => {
    // (1234.5 + 2000.5) triệu = 3235000000 đồng; (987.6 + 1000.2) triệu = 1987800000 đồng
    const file = await scaled('triệu đồng', '#,##0.0,,', [[1234500000, 987600000], [2000500000, 1000200000]]);
    expect(await total(file)).toEqual(['3235000000', '1987800000']);
  });

  it('at full precision, exactly: 1234567891 with 0,, under "triệu đồng" is 1234567891 đồng, not the 1 triệu shown', async () => {
    const file = await scaled('triệu đồng', '0,,', [[1234567891, 1], [0, 0]]);
    expect(await total(file)).toEqual(['1234567891', '1']);
  });

  it('a format scaling by value conditions is refused, naming the cell', async () => {
    const file = await scaled('nghìn đồng', '[>=1000000]0.0,,"M";0', [[5000, 4000], [7000, 3000]]);
    const r = await runThads(['summarize', file, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split(file).join('FILE').split('\n')[0]).toBe(
      'FILE:Biểu 07!D4: error: money with conditions: the cell\'s number format shows it in thousands or not depending on its value (5000 with the format [>=1000000]0.0,,"M";0): which unit it is in cannot be told [BAD_NUMBER]',
    );
  });
});

describe('a scaling format against the unit stated (refused where the sheet contradicts itself)', () => {
  /** Offices Mỹ Lộc and Vụ Bản (and a "Tổng cộng" row when given), money in D and E; `formats`: cell → number format. */
  const sheet = (unitRows: string[][], header: string[], money: [number, number][], formats: Record<string, string>) =>
    workbook(
      [
        ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'],
        ...unitRows,
        ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', ...header],
        ['Mỹ Lộc', 100, 80, ...money[0]!],
        ['Vụ Bản', 200, 150, ...money[1]!],
        ...(money[2] ? [['Tổng cộng', 300, 230, ...money[2]]] : []),
      ],
      'bao-cao-2019.xlsx',
      (ws) => {
        for (const [ref, format] of Object.entries(formats)) ws.getCell(ref).numFmt = format;
      },
    );
  const MONEY = ['Tiền có điều kiện', 'Tiền giải quyết xong'];
  const refusal = async (file: string, extra: string[] = []) => {
    const r = await runThads(['summarize', file, '--by', 'none', '--format', 'csv', ...extra]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    return r.stderr.split(file).join('FILE').split('\n').slice(0, 2);
  };
  const total = async (file: string, extra: string[] = []) => {
    const r = await runThads(['summarize', file, '--by', 'none', '--format', 'json', ...extra]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const money = JSON.parse(r.stdout).total.money;
    return [money.withConditions, money.resolved];
  };
  const ALL = (format: string) => ({ D4: format, E4: format, D5: format, E5: format });

  it('one office scaled, the other shown as stored, under "nghìn đồng": refused at the first cell whose scale differs', async () => {
    const file = await sheet([['Đơn vị tính: nghìn đồng']], MONEY, [[1000000, 500000], [2000, 1000]], { D4: '#,##0,', E4: '#,##0,' });
    expect(await refusal(file)).toEqual([
      'FILE:Biểu 07!D5: error: money with conditions: the cell\'s number format "General" shows it as stored beside cells shown ÷1000 (row 4, format "#,##0,"): one column in two scales, so one unit line cannot say what its figures are in [UNIT_CONTRADICTION]',
      '  hint: give the column one number format (Format Cells → Number) and a unit line that says what it shows',
    ]);
  });

  it('a total row shown as stored under offices shown ÷1000 is one column in two scales too', async () => {
    const file = await sheet([['Đơn vị tính: nghìn đồng']], MONEY, [[1000000, 500000], [2000000, 1000000], [3000, 1500]], ALL('#,##0,'));
    expect((await refusal(file))[0]).toBe(
      'FILE:Biểu 07!D6: error: money with conditions: the cell\'s number format "General" shows it as stored beside cells shown ÷1000 (row 4, format "#,##0,"): one column in two scales, so one unit line cannot say what its figures are in [UNIT_CONTRADICTION]',
    );
  });

  it('the unit line says đồng and one office is shown ÷1000 (round 49b, 03): refused at its first cell', async () => {
    const file = await sheet([['Đơn vị tính: đồng']], MONEY, [[2000000, 1000000], [1000000, 500000]], { D5: '#,##0,', E5: '#,##0,' });
    // D4 shows as stored, D5 ÷1000: the column's two scales are said first
    expect((await refusal(file))[0]).toBe(
      'FILE:Biểu 07!D5: error: money with conditions: the cell\'s number format "#,##0," shows it ÷1000 beside cells shown as stored (row 4, format "General"): one column in two scales, so one unit line cannot say what its figures are in [UNIT_CONTRADICTION]',
    );
  });

  it('headers "(đồng)" and every money cell shown ÷1000 (round 49b, 03b): refused at the first scaled cell', async () => {
    const file = await sheet([['Biểu số 07/TK-THA']], ['Tiền có điều kiện (đồng)', 'Tiền giải quyết xong (đồng)'], [[1000000, 500000], [3000000, 1000000]], ALL('#,##0,'));
    expect(await refusal(file)).toEqual([
      'FILE:Biểu 07!D4: error: money with conditions: the cell\'s number format "#,##0," shows it in thousands under a unit of đồng (the header): what is shown is not in the unit stated [UNIT_CONTRADICTION]',
      '  hint: give the column a format that does not scale (#,##0) if the cells hold đồng, or state the unit shown ("Đơn vị tính: nghìn đồng")',
    ]);
  });

  it('--money-unit dong over cells shown ÷1000 is refused likewise', async () => {
    const file = await sheet([['Biểu số 07/TK-THA']], MONEY, [[1000000, 500000], [3000000, 1000000]], ALL('#,##0,'));
    expect((await refusal(file, ['--money-unit', 'dong']))[0]).toBe(
      'FILE:Biểu 07!D4: error: money with conditions: the cell\'s number format "#,##0," shows it in thousands under a unit of đồng (--money-unit): what is shown is not in the unit stated [UNIT_CONTRADICTION]',
    );
  });

  it('no unit stated at all over cells shown in millions: refused, the hint names the unit to state', async () => {
    const file = await sheet([['Biểu số 07/TK-THA']], MONEY, [[1000000, 500000], [3000000, 1000000]], ALL('#,##0.0,,'));
    expect(await refusal(file)).toEqual([
      'FILE:Biểu 07!D4: error: money with conditions: the cell\'s number format "#,##0.0,," shows it in millions, but the file states no money unit, and money is in đồng unless it does [UNIT_CONTRADICTION]',
      '  hint: state the unit shown above the header ("Đơn vị tính: nghìn đồng"), or pass --money-unit million',
    ]);
  });

  it('--money-unit thousand over every cell shown ÷1000 is read as shown', async () => {
    // (1000 + 3000) nghìn = 4000000 đồng; (500 + 1000) nghìn = 1500000 đồng
    const file = await sheet([['Biểu số 07/TK-THA']], MONEY, [[1000000, 500000], [3000000, 1000000]], ALL('#,##0,'));
    expect(await total(file, ['--money-unit', 'thousand'])).toEqual(['4000000', '1500000']);
  });

  it('a zero shows 0 at any scale: a plain 0 among cells shown ÷1000 under "nghìn đồng" is read', async () => {
    // (1000 + 0) nghìn = 1000000 đồng; (500 + 0) nghìn = 500000 đồng
    const file = await sheet([['Đơn vị tính: nghìn đồng']], MONEY, [[1000000, 500000], [0, 0]], { D4: '#,##0,', E4: '#,##0,' });
    expect(await total(file)).toEqual(['1000000', '500000']);
  });

  it('no scaling format anywhere under "đồng": read as stored', async () => {
    const file = await sheet([['Đơn vị tính: đồng']], MONEY, [[1000000, 500000], [2000000, 1000000]], ALL('#,##0'));
    expect(await total(file)).toEqual(['3000000', '1500000']);
  });
});

describe('writing a workbook', () => {
  const YEAR = ['fixtures/2019.csv', '--previous', 'fixtures/2018.csv', ...CONFIG];

  it('same input, same bytes — on another day and in another time zone', () => {
    const dir = tmp();
    const a = spawnThads(['summarize', ...YEAR, '--lang', 'vi', '-o', join(dir, 'a.xlsx')]);
    const b = spawnThads(['summarize', ...YEAR, '--lang', 'vi', '-o', join(dir, 'b.xlsx')], { env: { TZ: 'Asia/Ho_Chi_Minh' } });
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('every archive entry and the document properties carry the end of the statistics year, never the clock', async () => {
    const dir = tmp();
    const r = await runThads(['summarize', ...YEAR, '-o', join(dir, 'a.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'a.xlsx')));
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2019-09-30T00:00:00.000Z']);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2019-09-30T00:00:00Z</dcterms:created>');
  });

  it('a figure Excel cannot hold (more than 15 digits) is a number cell rounded half-up to 15, said once under the table (SPEC §8)', async () => {
    const dir = tmp();
    // 123 456 789 012 345.678 đồng (18 digits) → 123456789012346; the total + 1 đồng, …346.678 → …347.
    writeFileSync(join(dir, 'lon-2019.csv'), 'district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved\nA,10,5,123456789012345.678,1000\nB,10,5,1,1\n');
    const r = await runThads(['summarize', join(dir, 'lon-2019.csv'), '--unit', 'dong', '-o', join(dir, 'lon.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'lon.xlsx'));
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const money = header.indexOf('With conditions', header.indexOf('With conditions') + 1) + 1;
    // rows 3–4 the offices, 5 the total, 6 empty, 7 the note
    expect(ws.getRow(3).getCell(money).value).toBe(123456789012346);
    expect(ws.getRow(4).getCell(money).value).toBe(1);
    expect(ws.getRow(5).getCell(money).value).toBe(123456789012347);
    expect(ws.getRow(5).getCell(header.indexOf('With conditions') + 1).value).toBe(20);
    expect(ws.getCell('A7').value).toBe("Figures of more than 15 significant digits are rounded to 15, Excel's limit; thads' CSV and JSON outputs carry them exactly.");
    // the CSV carries the figure exactly
    const csv = await runThads(['summarize', join(dir, 'lon-2019.csv'), '--format', 'csv']);
    expect(csv.stdout).toContain(',123456789012346.678,');
  });

  it('the 34 provinces of 2025 in tỷ (finding 01 of round 27b): every money cell a number, 16-digit figures rounded by hand', async () => {
    const dir = tmp();
    const out = join(dir, 'tinh-2025.xlsx');
    const r = await runThads(['summarize', join(ROOT, 'fixtures/merger/provinces-2025.csv'), '--by', 'province', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const cells = new Map([...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)].map((m) => [m[1]!, { attrs: m[2]!, inner: m[3] ?? '' }]));
    // money: AG total … BA above target, with the rates (AX, AY, BB) between; rows 3–36 the provinces, 37 the total
    for (const col of ['AG', 'AH', 'AI', 'AJ', 'AK', 'AL', 'AM', 'AN', 'AO', 'AP', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AV', 'AW', 'AZ', 'BA']) {
      for (let row = 3; row <= 37; row++) {
        const cell = cells.get(`${col}${row}`);
        // (a figure the file does not give is an empty cell; the finding's columns are all given)
        if (['AG', 'AK', 'AU', 'AZ', 'BA'].includes(col)) expect(cell?.inner, `${col}${row}`).toBeTruthy();
        if (!cell || cell.inner === '') continue;
        expect(cell.attrs, `${col}${row}`).not.toMatch(/\bt="/);
        expect(cell.inner, `${col}${row}`).toMatch(/^<v>-?[\d.]+(e-?\d+)?<\/v>$/);
      }
    }
    // Đà Nẵng's total, 2625.342120323852 tỷ: the 16th digit 2 rounds down
    expect(cells.get('AG4')!.inner).toBe('<v>2625.34212032385</v>');
    // the total row: 78887.650888704363 → …7044, 26295.877547383662 → …3837 (the 16th digits 6 round up)
    expect(cells.get('AG37')!.inner).toBe('<v>78887.6508887044</v>');
    expect(cells.get('AK37')!.inner).toBe('<v>26295.8775473837</v>');
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('Figures of more than 15 significant digits are rounded to 15');

    // LibreOffice opens it and the money is there as numbers (raw values, not as shown)
    const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
    if (!soffice) return console.log('skipped: soffice (LibreOffice) is not installed here');
    const lo = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false', '--outdir', dir, out], { encoding: 'utf8', timeout: 120_000 });
    expect(lo.status, lo.stderr).toBe(0);
    const rows = readFileSync(join(dir, 'tinh-2025.csv'), 'utf8').split('\n').map((l) => l.split(','));
    // column AK is the 37th; Excel's and LibreOffice's doubles print 15 digits
    expect(rows[36]![36]).toBe('26295.8775473837');
    expect(rows[3]![32]).toBe('2625.34212032385');
  }, 180_000);

  it('holds numbers as numbers, with formats; headers in the language; total row set apart; frozen, filtered', async () => {
    const dir = tmp();
    const r = await runThads(['summarize', ...YEAR, '--lang', 'vi', '-o', join(dir, 'tong-hop.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'tong-hop.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Nhận xét']);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Tỉnh', 'Đơn vị', 'Năm', 'Năm trước chuyển sang']);
    expect(ws.getCell('D1').value).toBe('Việc');
    const col = (label: string, from = 1) => header.indexOf(label, from - 1) + 1;
    const total = ws.getRow(ws.rowCount);
    expect(total.getCell(2).value).toBe('Tổng cộng');
    expect(total.getCell(2).font?.bold).toBe(true);
    expect(total.getCell(col('Có điều kiện')).value).toBe(5871);
    expect(total.getCell(col('Có điều kiện')).numFmt).toBe('#,##0');
    expect(total.getCell(col('Tỷ lệ')).value).toBe(0.939);
    expect(total.getCell(col('Tỷ lệ')).numFmt).toBe('0.00%');
    expect(total.getCell(col('Đạt')).value).toBe('Đạt');
    // Money in the human default unit, tỷ đồng: 112 105 320 500 đồng with conditions.
    const moneyWithConditions = col('Có điều kiện', col('Có điều kiện') + 1);
    expect(total.getCell(moneyWithConditions).value).toBe(112.1053205);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2 });
    expect(ws.autoFilter).toBeTruthy();
    const text = wb.worksheets[1]!.getCell('A1').value as string;
    expect(text).toMatch(/^Năm 2019/);
  });

  it('writes to a pipe as bytes, refuses a terminal', () => {
    const piped = spawnSync(process.execPath, [join(ROOT, 'bin', 'thads.js'), 'summarize', 'fixtures/2019.csv', '--format', 'xlsx'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
    expect(piped.status).toBe(0);
    expect(piped.stdout.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.each([
    ['.xls', ['-o', 'bao-cao.xls']],
    ['no extension', ['-o', 'bao-cao']],
    ['csv bytes named .xlsx', ['--format', 'csv', '-o', 'bao-cao.xlsx']],
    ['a workbook named .csv', ['--format', 'xlsx', '-o', 'bao-cao.csv']],
  ])('an output thads cannot write as named (%s) is a usage error, and nothing is written', async (_name, args) => {
    const dir = tmp();
    const out = args.map((a) => (a.startsWith('bao-cao') ? join(dir, a) : a));
    const r = await runThads(['summarize', 'fixtures/2019.csv', ...out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[USAGE\]\n {2}hint: /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('opens in LibreOffice, which shows its cells as numbers', (ctx) => {
    const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
    if (!soffice) {
      console.log('skipped: soffice (LibreOffice) is not installed here — apt-get install libreoffice-calc');
      ctx.skip();
      return;
    }
    const dir = tmp();
    const r = spawnThads(['summarize', ...YEAR, '--lang', 'en', '-o', join(dir, 'summary.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    // Comma-separated, UTF-8, cells as shown: a number formatted by LibreOffice gains its grouping
    // and percent sign; the same digits stored as text would not.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true';
    const lo = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', filter, '--outdir', dir, join(dir, 'summary.xlsx')], { encoding: 'utf8', timeout: 120_000 });
    expect(lo.status, lo.stderr).toBe(0);
    const csv = readFileSync(join(dir, 'summary.csv'), 'utf8').trim().split('\n');
    expect(csv[1]).toMatch(/^Province,Office,Year,Carried over,New,Total,/);
    const total = csv[csv.length - 1]!;
    expect(total).toMatch(/^,Total,2019,"2,714","4,298","7,012",40,22,"6,950","5,871","5,218",295,/);
    expect(total).toContain(',93.90%,74.00%,+19.90,"4,345","+1,168",met,');
  }, 180_000);
});

describe('start-up', () => {
  it('a CSV run never loads exceljs', () => {
    const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test', 'helpers', 'trace-require.cjs'), join(ROOT, 'bin', 'thads.js'), 'summarize', 'fixtures/2019.csv', '--format', 'json'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/exceljs|jszip|yauzl/);
  });
});

