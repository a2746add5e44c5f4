// work104c 03: a table with one row per office and measure, labelled in a column thads does not
// read in the forms' own words, "Tính bằng việc" / "Tính bằng tiền (nghìn đồng)" (or "Về số việc"
// / "Về số tiền", "Cases" / "Amount", "Việc (vụ)" / "Tiền (1.000đ)"). Without flags thads said
// MEASURE_UNKNOWN and hinted --measure cases; with it the money rows were added into their
// office's cases (thụ lý 41,501,100 for 1,100), exit 0, in the workbook reader too. Only the short
// labels "Việc" / "Tiền" were known (measure-rows.ts). Right: these labels are measure labels as
// "Việc" / "Tiền" are, ROW_LABELS_MEASURE. Safety net: with --measure cases a figure-less row
// heading money ("Về số tiền", "II. Số tiền phải thi hành (nghìn đồng)") over office rows is
// another measure's table, SECOND_TABLE (was summed as cases, exit 0).
// Controls (today's result kept): "Việc" / "Tiền" refused as before; a cases table titled "BÁO
// CÁO … TÍNH BẰNG VIỆC" (a title, no row label); one label on every row ("Tính bằng việc"), a
// unit column; an office "Chi cục THADS huyện Tiền Hải" and a group row "Tỉnh Tiền Giang".
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-measurerows-');

const TITLE = [['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024'], ['(Từ ngày 01/10/2023 đến ngày 30/9/2024)']];
const FIGURES = ['Tổng số thụ lý', 'Tổng số phải thi hành', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ', 'Chưa có điều kiện'];
// by hand, cases: thụ lý 300+500+300 = 1100; có ĐK 240+400+240 = 880; giải quyết xong (thi hành
// xong + đình chỉ) (180+20)+(300+30)+(180+20) = 730; rate 730/880 = 82.95 %.
const OFFICES = [
  ['1', 'Văn phòng Cục', '300', '290', '240', '180', '20', '45'],
  ['2', 'Chi cục THADS huyện Gia Viễn', '500', '493', '400', '300', '30', '85'],
  ['3', 'Chi cục THADS huyện Nho Quan', '300', '290', '240', '180', '20', '40'],
];
const MONEY = [
  ['12.500.000', '12.000.000', '8.000.000', '3.000.000', '500.000', '3.600.000'],
  ['20.000.000', '19.500.000', '15.000.000', '6.000.000', '0', '4.300.000'],
  ['9.000.000', '8.800.000', '7.000.000', '2.500.000', '100.000', '1.700.000'],
];
const CASES_RIGHT = { total: '1100', withConditions: '880', resolved: '730', rate: '82.95' };

/** the finding's file: each office's cases row labelled `cases`, then its money row labelled `money` */
function labelled(cases: string, money: string): string[][] {
  return [...TITLE, ['STT', 'Tên đơn vị', 'Kết quả', ...FIGURES], ...OFFICES.flatMap((o, i) => [[o[0]!, o[1]!, cases, ...o.slice(2)], ['', '', money, ...MONEY[i]!]])];
}
/** a cases block and a money block, each under its section row (money offices new: no office repeats) */
function sections(cases: string, money: string): string[][] {
  return [
    ...TITLE,
    ['STT', 'Tên đơn vị', ...FIGURES],
    [cases],
    ...OFFICES.slice(0, 2),
    [money],
    ['3', 'Chi cục THADS huyện Kim Sơn', ...MONEY[0]!],
    ['4', 'Chi cục THADS huyện Yên Mô', ...MONEY[1]!],
  ];
}
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map((c) => (c.includes('.') || c.includes(',') ? `"${c}"` : c)).join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

function run(path: string, ...args: string[]) {
  const r = spawnThads(['summarize', path, ...args, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Totals = { total: string | null; withConditions: string | null; resolved: string | null; rate: string | null };
const casesTotal = (stdout: string) => {
  const t = (JSON.parse(stdout) as { total: { cases: Totals } }).total.cases;
  return { total: t.total, withConditions: t.withConditions, resolved: t.resolved, rate: t.rate };
};

describe('rows labelled by measure in the forms own words: refused as "Việc" / "Tiền" are', () => {
  test.each([
    ['Tính bằng việc', 'Tính bằng tiền (nghìn đồng)'],
    ['Về số việc', 'Về số tiền'],
    ['Cases', 'Amount'],
    ['Việc (vụ)', 'Tiền (1.000đ)'],
    ['Việc', 'Tiền'], // control: today's refusal
  ])('"%s" / "%s" with --measure cases: ROW_LABELS_MEASURE at the first money row, nothing summed', (cases, money) => {
    const r = run(file('bao-cao-2024.csv', csv(labelled(cases, money))), '--measure', 'cases');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['ROW_LABELS_MEASURE']);
    expect(r.stderr).toContain(`bao-cao-2024.csv:6:3: error: "${money}" labels this row by measure or rate`);
  });

  test('without flags: MEASURE_UNKNOWN, as before', () => {
    const r = run(file('bao-cao-2024.csv', csv(labelled('Tính bằng việc', 'Tính bằng tiền (nghìn đồng)'))));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['MEASURE_UNKNOWN']);
  });

  test('the .xlsx twin: ROW_LABELS_MEASURE too (was cases thụ lý 41,501,100, exit 0)', async () => {
    const r = await summarizeLinesWorkbook(dir, 'bao-cao-2024.xlsx', lines(labelled('Tính bằng việc', 'Tính bằng tiền (nghìn đồng)')), ['--measure', 'cases', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['ROW_LABELS_MEASURE']);
  });
});

describe('a section row heading money over a table read as cases: another measure table', () => {
  test.each([
    ['Về số việc', 'Về số tiền'],
    ['Tính bằng việc', 'II. Số tiền phải thi hành (nghìn đồng)'],
  ])('"%s" / "%s" with --measure cases: SECOND_TABLE at the money heading (was summed as cases, exit 0)', async (cases, money) => {
    const r = run(file('bao-cao-2024.csv', csv(sections(cases, money))), '--measure', 'cases');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
    expect(r.stderr).toContain('bao-cao-2024.csv:8:1: error:');
    const x = await summarizeLinesWorkbook(dir, 'bao-cao-2024.xlsx', lines(sections(cases, money)), ['--measure', 'cases', '--format', 'json']);
    expect(x.code).toBe(1);
    expect(stderrCodes(x.stderr)).toEqual(['SECOND_TABLE']);
  });
});

describe('controls: files right today keep their reading', () => {
  test('a cases table titled "… TÍNH BẰNG VIỆC": read, 1,100 / 880 / 730, 82.95 %', async () => {
    const rows = [['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 TÍNH BẰNG VIỆC'], ['STT', 'Tên đơn vị', ...FIGURES], ...OFFICES];
    const r = run(file('bao-cao-2024.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(CASES_RIGHT);
    const x = await summarizeLinesWorkbook(dir, 'bao-cao-2024.xlsx', lines(rows), ['--format', 'json']);
    expect(x.code, x.stderr).toBe(0);
    expect(casesTotal(x.stdout)).toEqual(CASES_RIGHT);
  });

  test('"Tính bằng việc" on every row: a unit column, read: 1,100 / 880 / 730', () => {
    const rows = [...TITLE, ['STT', 'Tên đơn vị', 'Kết quả', ...FIGURES], ...OFFICES.map((o) => [o[0]!, o[1]!, 'Tính bằng việc', ...o.slice(2)])];
    const r = run(file('bao-cao-2024.csv', csv(rows)), '--measure', 'cases');
    expect(r.code, r.stderr).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(CASES_RIGHT);
    expect(stderrCodes(r.stderr)).not.toContain('ROW_LABELS_MEASURE');
  });

  test('an office "Tiền Hải" and a group row "Tỉnh Tiền Giang": no money section, read as cases', () => {
    // by hand: thụ lý 300+500+300 = 1100, có ĐK 880, giải quyết 730 (the same figures, other names)
    const rows = [
      ...TITLE,
      ['STT', 'Tên đơn vị', ...FIGURES],
      ['1', 'Chi cục THADS huyện Tiền Hải', ...OFFICES[0]!.slice(2)],
      ['2', 'Chi cục THADS huyện Gia Viễn', ...OFFICES[1]!.slice(2)],
      ['', 'Tỉnh Tiền Giang'],
      ['3', 'Chi cục THADS huyện Cái Bè', ...OFFICES[2]!.slice(2)],
    ];
    const r = run(file('bao-cao-2024.csv', csv(rows)), '--measure', 'cases');
    expect(r.code, r.stderr).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(CASES_RIGHT);
  });
});
