// Round 54a, findings 01 and 03: a statistician's self-checks left in the report. A hidden column
// right of the table without a header (=I8-J8-P8, =IF(F8=D8+E8,"Đúng","Sai")) was refused as a
// ragged row; a "Kiểm tra" row under the total (=D18-SUM(D8:D17), all 0) became an office
// "Kiểm tra" with zeros, or was refused for its empty province. Now the hidden column is left
// out with a warning, and a check row is skipped when it passed (all 0), refused when it did not.
import { describe, expect, it } from 'vitest';
import { isCheckRow, rowLabel } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const { both } = bothReaders('thads-self-check-', ['--format', 'json']);
const body = (stdout: string) => JSON.parse(stdout);
const cases = (stdout: string) => [body(stdout).total.cases.withConditions, body(stdout).total.cases.resolved];
const districts = (stdout: string) => body(stdout).groups.map((g: { district: string }) => g.district);

const HEADER = 'Đơn vị;Việc có điều kiện;Việc giải quyết xong';
const OFFICES = ['Kiến Thụy;1.234;1.000', 'Kiên Lương;1.100;900'];
// 1.234 + 1.100 = 2.334; 1.000 + 900 = 1.900
const TOTAL = 'Tổng cộng;2.334;1.900';
const SKIP_HINT = '  hint: a row labelled as a check ("Kiểm tra", "Đối chiếu") is no office: all its figures are 0, TRUE or empty (the check passed), so it is left out; delete it from the export to silence this\n';
const NOT_ZERO = "holds a check of the sheet's own figures (a total less the sum of its offices), no office's, and it is not 0: it would be added as an office [NOT_AN_OFFICE]";

describe('a "Kiểm tra" row under the total (finding 03), both readers', () => {
  it.each(['Kiểm tra', 'KIỂM TRA SỐ LIỆU', 'Kiem tra (phai bang 0)', 'Kiểm tra (phải bằng 0)', 'Dòng kiểm tra', 'Đối chiếu', 'Sai lệch', 'Check', 'Check (should be 0)'])(
    '"%s" with all figures 0, empty or a dash: skipped with a warning, no office "Kiểm tra"',
    async (label) => {
      expect(isCheckRow(label)).toBe(true);
      const r = await both('kiem-tra-2019.csv', [HEADER, ...OFFICES, TOTAL, `${label};0;-`]);
      expect(r.code).toBe(0);
      expect(cases(r.stdout)).toEqual(['2334', '1900']);
      expect(districts(r.stdout)).toEqual(['Kiến Thụy', 'Kiên Lương']);
      expect(r.stderr).toBe(`FILE:5:1: warning: line 5 "${label}" is a check of the sheet's own figures, all 0: not read as an office [CHECK_ROW_SKIPPED]\n${SKIP_HINT}`);
    },
  );

  it('a check row above the total and an empty cell: skipped too', async () => {
    const r = await both('kiem-tra-2019.csv', [HEADER, ...OFFICES, 'Kiểm tra;;0', TOTAL]);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(['2334', '1900']);
    expect(r.stderr).toContain('FILE:4:1: warning: line 4 "Kiểm tra" is a check of the sheet\'s own figures, all 0: not read as an office [CHECK_ROW_SKIPPED]');
  });

  it.each([
    ['Kiểm tra', '0;2'],
    ['Sai lệch', '-5;0'],
    ['Đối chiếu', '0,5;0'],
  ])('"%s" with a figure that is not 0 (%s): refused NOT_AN_OFFICE at its line', async (label, figures) => {
    const r = await both('kiem-tra-2019.csv', [HEADER, ...OFFICES, TOTAL, `${label};${figures}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:1: error: "${label}" ${NOT_ZERO}`);
  });

  it('with a province column left empty on the check row: skipped, no MISSING_PROVINCE', async () => {
    const r = await both('kiem-tra-2019.csv', ['Tỉnh;Đơn vị;Việc có điều kiện;Việc giải quyết xong', 'Hải Phòng;Kiến Thụy;1.234;1.000', 'Kiên Giang;Kiên Lương;1.100;900', ';Tổng cộng;2.334;1.900', ';Kiểm tra;0;0']);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(['2334', '1900']);
    expect(r.stderr).toContain('FILE:5:2: warning: line 5 "Kiểm tra" is a check of the sheet\'s own figures, all 0: not read as an office [CHECK_ROW_SKIPPED]');
    expect(r.stderr).not.toContain('MISSING_PROVINCE');
  });

  // Over-reach: names that begin like the words, and a "Kiểm tra" remark in a notes column.
  it('offices "Kiến Thụy", "Kiên Lương", "Kiểm Lâm" stay offices; a notes cell "Kiểm tra lại" changes nothing', async () => {
    for (const name of ['Kiến Thụy', 'Kiên Lương', 'Kiểm Lâm', 'Chi cục THADS huyện Kiến Thụy']) {
      expect(isCheckRow(name)).toBe(false);
      expect(rowLabel(name)).toBe('office');
    }
    // 1.234 + 1.100 + 50 = 2.384; 1.000 + 900 + 0 = 1.900
    const r = await both('names-2019.csv', [HEADER, ...OFFICES, 'Kiểm Lâm;50;0']);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toEqual(['2384', '1900']);
    expect(districts(r.stdout)).toEqual(['Kiến Thụy', 'Kiên Lương', 'Kiểm Lâm']);
    expect(r.stderr).toBe('');
    // 1.234 + 1.100 = 2.334; 1.000 + 900 = 1.900
    const notes = await both('notes-2019.csv', [`${HEADER};Ghi chú`, 'Kiến Thụy;1.234;1.000;Kiểm tra lại', 'Kiên Lương;1.100;900;']);
    expect(notes.code).toBe(0);
    expect(cases(notes.stdout)).toEqual(['2334', '1900']);
    expect(notes.stderr).toBe('');
  });
});

// ——— workbooks ———

const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
const formula = (r: string, f: string, v: number) => `<c r="${r}"><f>${escapeText(f)}</f><v>${v}</v></c>`;
const textFormula = (r: string, f: string, v: string) => `<c r="${r}" t="str"><f>${escapeText(f)}</f><v>${escapeText(v)}</v></c>`;
const XHEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
const head = `<row r="1">${text('A1', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019')}</row><row r="2">${XHEADER.map((h, i) => text(`${'ABCDE'[i]}2`, h)).join('')}</row>`;
/** An office's row A–E, then what `extra` puts right of it. */
const office = (n: number, name: string, figures: readonly number[], extra = '') => `<row r="${n}">${text(`A${n}`, name)}${figures.map((v, i) => num(`${'BCDE'[i]}${n}`, v)).join('')}${extra}</row>`;
const hideF = '<cols><col min="6" max="6" width="9" hidden="true" customWidth="true"/></cols>';

async function book(data: string, before = ''): Promise<string> {
  return writeRawWorkbook({ sheets: [{ name: 'S', data, ...(before ? { before } : {}) }], name: 'bao-cao-2019.xlsx' });
}
async function run(file: string) {
  const r = await runThads(['summarize', file, '--format', 'json']);
  const total = r.code === 0 ? JSON.parse(r.stdout).total : null;
  return {
    code: r.code,
    stderr: r.stderr.split(file).join('FILE'),
    figures: total && [total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved],
    districts: r.code === 0 ? districts(r.stdout) : null,
  };
}

// 100 + 200 = 300, 80 + 150 = 230; 5000 + 7000 = 12000, 4000 + 3000 = 7000
const FIGURES = ['300', '230', '12000', '7000'];
const HIDDEN_WARNING =
  "FILE:S!F3: warning: column F is hidden in the sheet and with no header: not read (a check or a lookup key the sheet's author kept for themself, no figure of the table) [HIDDEN_COLUMN_IGNORED]\n" +
  "  hint: a hidden column without a header, wherever it stands, is taken for a check or a lookup key of the sheet's own: unhide it (select the columns around it → Unhide) to see what it holds, and delete it if it is no part of the report\n";

describe('a hidden check column right of the table (finding 01)', () => {
  it('=B3-C3-… caching 0 on every row, the total too: left out with one warning', async () => {
    const file = await book(
      `${head}${office(3, 'Mỹ Lộc', [100, 80, 5000, 4000], formula('F3', 'B3-C3-20', 0))}${office(4, 'Vụ Bản', [200, 150, 7000, 3000], formula('F4', 'B4-C4-50', 0))}` +
        `${office(5, 'Tổng cộng', [300, 230, 12000, 7000], formula('F5', 'B5-SUM(B3:B4)', 0))}`,
      hideF,
    );
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(FIGURES);
    expect(r.districts).toEqual(['Mỹ Lộc', 'Vụ Bản']);
    expect(r.stderr).toBe(HIDDEN_WARNING);
  });

  it('=IF(…,"Đúng","Sai") caching "Đúng", hidden as part of a range F:H: left out', async () => {
    const file = await book(
      `${head}${office(3, 'Mỹ Lộc', [100, 80, 5000, 4000], textFormula('F3', 'IF(B3>=C3,"Đúng","Sai")', 'Đúng'))}${office(4, 'Vụ Bản', [200, 150, 7000, 3000], textFormula('F4', 'IF(B4>=C4,"Đúng","Sai")', 'Đúng'))}`,
      '<cols><col min="6" max="8" width="9" hidden="1" customWidth="1"/></cols>',
    );
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(FIGURES);
    expect(r.stderr).toBe(HIDDEN_WARNING);
  });

  it('the same column visible: refused as before (RAGGED_ROW at F3)', async () => {
    const file = await book(`${head}${office(3, 'Mỹ Lộc', [100, 80, 5000, 4000], formula('F3', 'B3-C3-20', 0))}${office(4, 'Vụ Bản', [200, 150, 7000, 3000], formula('F4', 'B4-C4-50', 0))}`);
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe("FILE:S!F3: error: this row has a value in cell 6, beyond the header's 5 columns [RAGGED_ROW]");
  });

  // Over-reach: a hidden column under a header is part of the table; a visible "Ghi chú" column reads as before.
  it('a hidden column with a header (a figure column) is still read, without a warning', async () => {
    const file = await book(`${head}${office(3, 'Mỹ Lộc', [100, 80, 5000, 4000])}${office(4, 'Vụ Bản', [200, 150, 7000, 3000])}`, '<cols><col min="5" max="5" width="9" hidden="1"/></cols>');
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(FIGURES);
    expect(r.stderr).toBe('');
  });

  it('a visible "Ghi chú" column with remarks reads as before', async () => {
    const withNotes = `<row r="1">${text('A1', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019')}</row><row r="2">${[...XHEADER, 'Ghi chú'].map((h, i) => text(`${'ABCDEF'[i]}2`, h)).join('')}</row>`;
    const file = await book(`${withNotes}${office(3, 'Mỹ Lộc', [100, 80, 5000, 4000], text('F3', 'Kiểm tra lại'))}${office(4, 'Vụ Bản', [200, 150, 7000, 3000])}`);
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(FIGURES);
    expect(r.stderr).toBe('');
  });
});

describe('a "Kiểm tra" row in a workbook (finding 03)', () => {
  const provinceHead = `<row r="1">${text('A1', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019')}</row><row r="2">${['Tỉnh', ...XHEADER].map((h, i) => text(`${'ABCDEF'[i]}2`, h)).join('')}</row>`;
  const row = (n: number, province: string, name: string, figures: readonly string[], hidden = false) =>
    `<row r="${n}"${hidden ? ' hidden="1"' : ''}>${province ? text(`A${n}`, province) : ''}${text(`B${n}`, name)}${figures.join('')}</row>`;
  const cells = (n: number, values: readonly number[]) => values.map((v, i) => num(`${'CDEF'[i]}${n}`, v));
  const checks = (n: number) => ['C', 'D', 'E', 'F'].map((c) => formula(`${c}${n}`, `${c}5-SUM(${c}3:${c}4)`, 0));

  it('hidden, with an empty province, =C5-SUM(C3:C4) caching 0: skipped, no MISSING_PROVINCE, no HIDDEN_ROWS', async () => {
    const file = await book(
      `${provinceHead}${row(3, 'Nam Định', 'Mỹ Lộc', cells(3, [100, 80, 5000, 4000]))}${row(4, 'Nam Định', 'Vụ Bản', cells(4, [200, 150, 7000, 3000]))}` +
        `${row(5, '', 'Tổng cộng', cells(5, [300, 230, 12000, 7000]))}${row(6, '', 'Kiểm tra', checks(6), true)}`,
    );
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(FIGURES);
    expect(r.districts).toEqual(['Mỹ Lộc', 'Vụ Bản']);
    expect(r.stderr).toBe(`FILE:S!B6: warning: row 6 "Kiểm tra" is a check of the sheet's own figures, all 0: not read as an office [CHECK_ROW_SKIPPED]\n${SKIP_HINT}`);
  });

  it('a check that failed (a cached 5): refused NOT_AN_OFFICE at its cell', async () => {
    const failed = ['C', 'D', 'E', 'F'].map((c, i) => formula(`${c}6`, `${c}5-SUM(${c}3:${c}4)`, i === 0 ? 5 : 0));
    const file = await book(
      `${provinceHead}${row(3, 'Nam Định', 'Mỹ Lộc', cells(3, [100, 80, 5000, 4000]))}${row(4, 'Nam Định', 'Vụ Bản', cells(4, [200, 150, 7000, 3000]))}` +
        `${row(5, '', 'Tổng cộng', cells(5, [305, 230, 12000, 7000]))}${row(6, '', 'Kiểm tra', failed)}`,
    );
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:S!B6: error: "Kiểm tra" ${NOT_ZERO}`);
  });
});
