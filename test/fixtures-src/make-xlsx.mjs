#!/usr/bin/env node
// Generates fixtures/xlsx/ from the canonical twin fixtures/2019.csv: workbooks written by other
// programs than thads, the way offices hand them over.
// Run: node test/fixtures-src/make-xlsx.mjs  (needs soffice, from Debian's libreoffice-calc;
// commit the output — the tests read the committed files and never need LibreOffice for them;
// the archives carry the time they were written, so regenerate only to change their content).
//
//   seed-form/bao-cao-2019.xlsx   LibreOffice Calc, converting a flat ODS (.fods) written here:
//                                 title lines, "Đơn vị tính: Việc; nghìn đồng", a two-row header
//                                 with "Về việc" / "Về tiền" merged across their columns and STT,
//                                 Tỉnh, Đơn vị merged down both rows, a row of column numbers,
//                                 money in nghìn đồng as number cells, a "Tổng cộng" row of SUM
//                                 formulas (LibreOffice stores their results), signatures below,
//                                 and a second sheet of notes.
//   js-writer/bao-cao-2019.xlsx   exceljs (a JS writer): an instructions sheet first, the figures
//                                 on sheet 2 "Biểu 07" with every money figure stored as text in
//                                 Vietnamese convention ("16.201.577,4875") and counts as numbers.
//   bad/odd-cells-2019.xlsx       exceljs: a date, TRUE, #REF!, a row of #REF! only, and a
//                                 "Tổng cộng" row of formulas without stored results.
// Python's openpyxl writes the others (test/fixtures-src/make-openpyxl.py).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CASE_FIELDS, COLUMNS, FIELDS, lower1, ROOT, ROWS, toThousand, VI } from './seed-twin.mjs';
import ExcelJS from 'exceljs';

const OUT = join(ROOT, 'fixtures', 'xlsx');
const viGrouped = (plain) => {
  const [int, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac !== undefined ? `${grouped},${frac}` : grouped;
};
/** Column letters: 1 → A, 27 → AA. */
const letters = (n) => (n <= 0 ? '' : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

// Only this script's files: python-writer/ and bad/formula-no-result-2019.xlsx come from
// make-openpyxl.py.
for (const f of ['seed-form', 'js-writer', 'bad/odd-cells-2019.xlsx']) rmSync(join(OUT, f), { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// --- seed-form: LibreOffice -------------------------------------------------------------------
{
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const text = (s, attrs = '') => `<table:table-cell${attrs} office:value-type="string"><text:p>${esc(s)}</text:p></table:table-cell>`;
  const num = (v, attrs = '') => `<table:table-cell${attrs} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  const empty = (n = 1) => (n > 0 ? `<table:table-cell${n > 1 ? ` table:number-columns-repeated="${n}"` : ''}/>` : '');
  const covered = (n) => (n > 0 ? `<table:covered-table-cell${n > 1 ? ` table:number-columns-repeated="${n}"` : ''}/>` : '');
  const row = (cells) => `<table:table-row>${cells.join('')}</table:table-row>`;
  const nCols = 3 + CASE_FIELDS.length + FIELDS.length;
  const firstDataRow = 8;
  const lastDataRow = firstDataRow + ROWS.length - 1;
  const rows = [
    row([text('CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', ' table:number-columns-spanned="6"'), covered(5)]),
    row([text('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN NĂM 2019', ' table:number-columns-spanned="20"'), covered(19)]),
    row([text('(Từ ngày 01/10/2018 đến ngày 30/9/2019)', ' table:number-columns-spanned="20"'), covered(19)]),
    row([empty(nCols - 6), text('Đơn vị tính: Việc; nghìn đồng', ' table:number-columns-spanned="6"'), covered(5)]),
    row([
      text('STT', ' table:number-rows-spanned="2"'),
      text('Tỉnh', ' table:number-rows-spanned="2"'),
      text('Đơn vị', ' table:number-rows-spanned="2"'),
      text('Về việc', ` table:number-columns-spanned="${CASE_FIELDS.length}"`),
      covered(CASE_FIELDS.length - 1),
      text('Về tiền', ` table:number-columns-spanned="${FIELDS.length}"`),
      covered(FIELDS.length - 1),
    ]),
    row([covered(3), ...CASE_FIELDS.map((f) => text(VI[f])), ...FIELDS.map((f) => text(VI[f]))]),
    row([text('A'), text('B'), text('C'), ...Array.from({ length: nCols - 3 }, (_, i) => num(i + 1))]),
    ...ROWS.map((r, i) => row([num(i + 1), text(r.province), text(r.district), ...CASE_FIELDS.map((f) => num(r[`cases_${f}`])), ...FIELDS.map((f) => num(toThousand(r[`money_${f}`])))])),
    row([
      empty(2),
      text('Tổng cộng'),
      ...Array.from({ length: nCols - 3 }, (_, i) => {
        const col = letters(4 + i);
        return `<table:table-cell table:formula="of:=SUM([.${col}${firstDataRow}:.${col}${lastDataRow}])" office:value-type="float"/>`;
      }),
    ]),
    row([empty()]),
    row([empty(nCols - 6), text('Nam Định, ngày 15 tháng 10 năm 2019')]),
    row([empty(), text('NGƯỜI LẬP BIỂU'), empty(nCols - 8), text('CỤC TRƯỞNG')]),
  ];
  const notes = [row([text('Ghi chú')]), row([text('Số liệu trích từ phần mềm thống kê; tiền tính bằng nghìn đồng.')])];
  const fods = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="Biểu 07">${rows.join('\n')}</table:table>
<table:table table:name="Ghi chú">${notes.join('\n')}</table:table>
</office:spreadsheet></office:body></office:document>
`;
  const work = mkdtempSync(join(tmpdir(), 'thads-fods-'));
  writeFileSync(join(work, 'bao-cao-2019.fods'), fods);
  const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', work, join(work, 'bao-cao-2019.fods')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  mkdirSync(join(OUT, 'seed-form'), { recursive: true });
  copyFileSync(join(work, 'bao-cao-2019.xlsx'), join(OUT, 'seed-form', 'bao-cao-2019.xlsx'));
  rmSync(work, { recursive: true, force: true });
}

// --- js-writer: exceljs ---------------------------------------------------------------------------
// exceljs stamps the current time into the archive and the document properties: fixed here.
const FIXED = new Date(Date.UTC(2019, 9, 15));
async function save(workbook, path) {
  workbook.created = FIXED;
  workbook.modified = FIXED;
  workbook.creator = 'fixture';
  mkdirSync(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
}

{
  const wb = new ExcelJS.Workbook();
  const help = wb.addWorksheet('Hướng dẫn');
  help.addRow(['Biểu 07: kết quả thi hành án dân sự năm 2019, tính bằng việc và tiền (đồng).']);
  help.addRow(['Số tiền được nhập dạng văn bản.']);
  const ws = wb.addWorksheet('Biểu 07');
  ws.addRow(['STT', 'Tỉnh', 'Đơn vị', ...CASE_FIELDS.map((f) => `Việc ${lower1(VI[f])}`), ...FIELDS.map((f) => `Tiền ${lower1(VI[f])}`)]);
  ROWS.forEach((r, i) => ws.addRow([i + 1, r.province, r.district, ...CASE_FIELDS.map((f) => Number(r[`cases_${f}`])), ...FIELDS.map((f) => viGrouped(r[`money_${f}`]))]));
  await save(wb, join(OUT, 'js-writer', 'bao-cao-2019.xlsx'));
}

{
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 07');
  ws.addRow(['Đơn vị', 'Việc thụ lý mới', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tỷ lệ (%)']);
  ws.addRow(['Mỹ Lộc', 384, 586, 533, { formula: 'D2/C2*100', result: 90.95 }]);
  const date = ws.addRow(['Vụ Bản', new Date(Date.UTC(2019, 8, 30)), 655, 630, { error: '#DIV/0!' }]);
  date.getCell(2).numFmt = 'dd/mm/yyyy';
  ws.addRow(['Ý Yên', 250, true, 276, null]);
  ws.addRow(['Nam Trực', 300, { error: '#REF!' }, 494, null]);
  ws.addRow(['Trực Ninh', { error: '#REF!' }, { error: '#REF!' }, { error: '#REF!' }, null]);
  ws.addRow(['Tổng cộng', { formula: 'SUM(B2:B6)' }, { formula: 'SUM(C2:C6)' }, { formula: 'SUM(D2:D6)' }, null]);
  await save(wb, join(OUT, 'bad', 'odd-cells-2019.xlsx'));
}
console.log(`wrote ${OUT}`);
