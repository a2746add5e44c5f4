// Which sheet of a workbook is read: one --sheet is applied to every workbook (the inputs and
// --previous), so a number that is another sheet in each is refused (work68b 01: Hà Nam's tab 2
// was an office's sheet, its other offices dropped with exit 0); a sheet that names the report's
// columns but holds no figure (a "Hướng dẫn" tab) is no second table (work68b 02).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-sheet-pick-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['STT', 'Đơn vị', 'Tổng số phải thi hành', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ thi hành án'];
type Office = readonly [string, readonly number[]];
const NINH_BINH: readonly Office[] = [
  ['Chi cục THADS huyện Kim Sơn', [500, 400, 300, 20]],
  ['Chi cục THADS huyện Yên Khánh', [300, 250, 180, 10]],
  ['Chi cục THADS huyện Yên Mô', [200, 150, 90, 5]],
];
const HA_NAM: readonly Office[] = [
  ['Chi cục THADS huyện Duy Tiên', [1000, 800, 600, 40]],
  ['Chi cục THADS huyện Kim Bảng', [600, 500, 360, 20]],
  ['Chi cục THADS huyện Lý Nhân', [400, 300, 180, 10]],
];

type Sheet = (wb: ExcelJS.Workbook) => void;

/** A Cục's summary sheet: title, unit line, header, its offices and their Tổng cộng. */
const summary = (province: string, year: number, offices: readonly Office[], name = 'Tổng hợp'): Sheet => (wb) => {
  const ws = wb.addWorksheet(name);
  ws.addRow([`CỤC THI HÀNH ÁN DÂN SỰ TỈNH ${province.toUpperCase()}`]);
  ws.addRow([`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM ${year}`]);
  ws.addRow(['Đơn vị tính: Việc']);
  ws.addRow(HEADER);
  offices.forEach(([n, v], i) => ws.addRow([i + 1, n, ...v]));
  ws.addRow(['', 'Tổng cộng', ...[0, 1, 2, 3].map((j) => offices.reduce((a, o) => a + o[1][j]!, 0))]);
};

/** An office's own sheet, by its two enforcers (halves of its figures) and their Tổng cộng. */
const officeSheet = (name: string, [office, v]: Office, year: number, state?: 'hidden'): Sheet => (wb) => {
  const ws = wb.addWorksheet(name, state ? { state } : {});
  ws.addRow([office.toUpperCase()]);
  ws.addRow([`BÁO CÁO THEO CHẤP HÀNH VIÊN NĂM ${year}`]);
  ws.addRow(['Đơn vị tính: Việc']);
  ws.addRow(['STT', 'Chấp hành viên', ...HEADER.slice(2)]);
  const a = v.map((x) => Math.floor(x / 2));
  ws.addRow([1, 'Nguyễn Văn A', ...a]);
  ws.addRow([2, 'Trần Thị B', ...v.map((x, j) => x - a[j]!)]);
  ws.addRow(['', 'Tổng cộng', ...v]);
};

/** A sheet of these rows as they are. */
const rows = (name: string, lines: readonly (readonly (string | number)[])[]): Sheet => (wb) => {
  const ws = wb.addWorksheet(name);
  for (const l of lines) ws.addRow([...l]);
};

async function book(name: string, sheets: readonly Sheet[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) s(wb);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(args: readonly string[]) {
  const { io, stdout, stderr } = memoryIo(['summarize', ...args], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr().split(`${dir}/`).join('') };
}

/** The TOTAL row's to execute, with conditions, completed, terminated, rate; and the offices read. */
function totals(csv: string) {
  const [head, ...lines] = csv.trim().split('\n').map((l) => l.split(','));
  const at = (row: string[], col: string) => row[head!.indexOf(col)]!;
  const total = lines.find((l) => at(l, 'district') === 'TOTAL')!;
  return {
    figures: ['cases_to_execute', 'cases_with_conditions', 'cases_completed', 'cases_terminated', 'cases_rate'].map((c) => at(total, c)),
    offices: lines.filter((l) => l !== total).map((l) => at(l, 'district')),
  };
}

// Ninh Bình by hand: 500 + 300 + 200 = 1000; 400 + 250 + 150 = 800; 300 + 180 + 90 = 570;
// 20 + 10 + 5 = 35; resolved 570 + 35 = 605; rate 605 / 800 = 75.625 → 75.63.
const NB_TOTAL = ['1000', '800', '570', '35', '75.63'];
const NB_OFFICES = NINH_BINH.map(([n]) => n);

describe('one --sheet over several workbooks (work68b 01)', () => {
  const nbSheets = (year: number) => [rows('Hướng dẫn', [['Biểu này gồm sheet Tổng hợp và sheet của từng Chi cục.']]), summary('Ninh Bình', year, NINH_BINH), officeSheet('KS', NINH_BINH[0]!, year), officeSheet('YK', NINH_BINH[1]!, year), officeSheet('YM', NINH_BINH[2]!, year)];
  const hnSheets = [summary('Hà Nam', 2024, HA_NAM), officeSheet('KS', HA_NAM[0]!, 2024), officeSheet('KL', HA_NAM[1]!, 2024), officeSheet('LN', HA_NAM[2]!, 2024)];

  it('--sheet 2, "Tổng hợp" in one workbook and an office\'s sheet in the other: refused, naming each', async () => {
    const nb = await book('nb-2024.xlsx', nbSheets(2024));
    const hn = await book('hn-2024.xlsx', hnSheets);
    const r = await run(['--sheet', '2', nb, hn]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'thads: error: --sheet 2 applies to every workbook (the inputs and --previous), and their sheets numbered 2 differ (nb-2024.xlsx: "Tổng hợp"; hn-2024.xlsx: "KS") [USAGE]\n' +
        '  hint: one --sheet applies to every workbook (the inputs and --previous): give the sheet by its name as Excel shows it on the tab (e.g. --sheet "Tổng hợp"), which every workbook must have\n',
    );
  });

  it('a workbook with no sheet at that number is named too', async () => {
    const nb = await book('nb5-2024.xlsx', nbSheets(2024));
    const hn = await book('hn4-2024.xlsx', hnSheets);
    const r = await run(['--sheet', '5', nb, hn]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('thads: error: --sheet 5 applies to every workbook (the inputs and --previous), and their sheets numbered 5 differ (nb5-2024.xlsx: "YM"; hn4-2024.xlsx: none) [USAGE]');
  });

  it('--sheet 2 on --previous too: last year\'s tab 2 is another sheet', async () => {
    const now = await book('nb-now-2024.xlsx', nbSheets(2024));
    // last year's workbook without the "Hướng dẫn" tab: its tab 2 is Kim Sơn's sheet
    const before = await book('nb-before-2023.xlsx', nbSheets(2023).slice(1));
    const r = await run(['--sheet', '2', now, '--previous', before]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('thads: error: --sheet 2 applies to every workbook (the inputs and --previous), and their sheets numbered 2 differ (nb-now-2024.xlsx: "Tổng hợp"; nb-before-2023.xlsx: "KS") [USAGE]');
  });

  it('without --sheet, every workbook\'s sheets with a table are listed, not the first one\'s only', async () => {
    const nb = await book('nb-list-2024.xlsx', nbSheets(2024));
    const hn = await book('hn-list-2024.xlsx', hnSheets);
    const r = await run([nb, hn]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'thads: error: 2 workbooks, 2 of them with several sheets with a table (nb-list-2024.xlsx: "Tổng hợp", "KS", "YK", "YM"; hn-list-2024.xlsx: "Tổng hợp", "KS", "KL", "LN"): which one is to be read? [USAGE]\n' +
        '  hint: one --sheet applies to every workbook (the inputs and --previous): give the sheet by its name as Excel shows it on the tab (e.g. --sheet "Tổng hợp"), which every workbook must have\n',
    );
  });

  it('control: --sheet "Tổng hợp" over both reads each one\'s summary', async () => {
    const nb = await book('nb-name-2024.xlsx', nbSheets(2024));
    const hn = await book('hn-name-2024.xlsx', hnSheets);
    const r = await run(['--sheet', 'Tổng hợp', nb, hn]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 1000 + (1000 + 600 + 400) = 3000; 800 + (800 + 500 + 300) = 2400; 570 + (600 + 360 + 180) = 1710;
    // 35 + (40 + 20 + 10) = 105; resolved 1710 + 105 = 1815; rate 1815 / 2400 = 75.625 → 75.63
    expect(totals(r.stdout)).toEqual({ figures: ['3000', '2400', '1710', '105', '75.63'], offices: [...NB_OFFICES, ...HA_NAM.map(([n]) => n)] });
  });

  it('control: --sheet 2 that is "Tổng hợp" in both workbooks reads', async () => {
    const nb = await book('nb-two-2024.xlsx', nbSheets(2024));
    const hn = await book('hn-two-2024.xlsx', [rows('Ghi chú', [['Số liệu từ 01/10/2023 đến 30/9/2024.']]), ...hnSheets]);
    const r = await run(['--sheet', '2', nb, hn]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout).figures).toEqual(['3000', '2400', '1710', '105', '75.63']);
  });

  it('control: --sheet 2 of a single workbook reads its tab 2, as before', async () => {
    const nb = await book('nb-one-2024.xlsx', nbSheets(2024));
    const r = await run(['--sheet', '2', nb]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual({ figures: NB_TOTAL, offices: NB_OFFICES });
  });

  it('control: two workbooks of one table sheet each read without --sheet', async () => {
    const nb = await book('nb-plain-2024.xlsx', [summary('Ninh Bình', 2024, NINH_BINH, 'Sheet1')]);
    const hn = await book('hn-plain-2024.xlsx', [summary('Hà Nam', 2024, HA_NAM), rows('Ghi chú', [['Người lập biểu: Nguyễn Văn C']])]);
    const r = await run([nb, hn]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout).figures).toEqual(['3000', '2400', '1710', '105', '75.63']);
  });

  it('control: a summary with hidden office sheets reads the summary, beside another workbook', async () => {
    const nb = await book('nb-hidden-2024.xlsx', [summary('Ninh Bình', 2024, NINH_BINH), officeSheet('KS', NINH_BINH[0]!, 2024, 'hidden'), officeSheet('YK', NINH_BINH[1]!, 2024, 'hidden'), officeSheet('YM', NINH_BINH[2]!, 2024, 'hidden')]);
    const hn = await book('hn-hidden-2024.xlsx', [summary('Hà Nam', 2024, HA_NAM)]);
    const r = await run([nb, hn]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout).figures).toEqual(['3000', '2400', '1710', '105', '75.63']);
  });
});

describe('an instructions sheet that names the columns holds no figure: no table (work68b 02)', () => {
  const GUIDE = [
    ['HƯỚNG DẪN GHI BIỂU TỔNG HỢP'],
    [],
    ['STT', 'Tên cột', 'Nội dung', 'Cách tính'],
    [1, 'Đơn vị', 'Ghi tên Chi cục Thi hành án dân sự', ''],
    [2, 'Tổng số phải thi hành', 'Số việc phải thi hành trong kỳ báo cáo', 'Năm trước chuyển sang + Thụ lý mới - Ủy thác - Thu hồi'],
    [3, 'Có điều kiện thi hành', 'Số việc có điều kiện thi hành', ''],
    [4, 'Thi hành xong', 'Số việc đã thi hành xong', ''],
    [5, 'Đình chỉ thi hành án', 'Số việc đình chỉ thi hành án', ''],
  ];

  it('"Hướng dẫn" after "Tổng hợp": the summary is read', async () => {
    const r = await run([await book('guide-after-2024.xlsx', [summary('Ninh Bình', 2024, NINH_BINH), rows('Hướng dẫn', GUIDE)])]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual({ figures: NB_TOTAL, offices: NB_OFFICES });
  });

  it('"STT | Nội dung | Cách ghi" ahead of the report, upper case and without diacritics too', async () => {
    const guide = [
      ['STT', 'Nội dung', 'Cách ghi'],
      [1, 'Tổng số phải thi hành', '= Cột 1 + Cột 2'],
      [2, 'Có điều kiện thi hành', '= Cột 3 - Cột 4'],
      [3, 'Thi hành xong', 'Số việc đã thi hành xong'],
      [4, 'Đình chỉ thi hành án', ''],
    ];
    const plain = guide.map((l) => l.map((c) => (typeof c === 'string' ? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toUpperCase() : c)));
    for (const [name, lines] of [['HD ghi biểu', guide], ['HUONG DAN', plain]] as const) {
      const r = await run([await book(`guide-${lines === guide ? 'vi' : 'ascii'}-2024.xlsx`, [rows(name, lines), summary('Ninh Bình', 2024, NINH_BINH)])]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(totals(r.stdout)).toEqual({ figures: NB_TOTAL, offices: NB_OFFICES });
    }
  });

  it('control: two sheets with figures are still refused, listing both', async () => {
    const r = await run([await book('two-tables-2024.xlsx', [summary('Ninh Bình', 2024, NINH_BINH), officeSheet('KS', NINH_BINH[0]!, 2024), rows('Hướng dẫn', GUIDE)])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('thads: error: two-tables-2024.xlsx has 2 sheets with a table ("Tổng hợp", "KS"): which one is to be read? [USAGE]\n  hint: pick it with --sheet NAME (or its number counted from 1)\n');
  });

  it('control: a second sheet whose figures are formulas is a table still', async () => {
    const formulas: Sheet = (wb) => {
      const ws = wb.addWorksheet('Kiểm tra');
      ws.addRow(HEADER);
      ws.addRow([1, 'Chi cục THADS huyện Kim Sơn', { formula: "'Tổng hợp'!C5" }, { formula: "'Tổng hợp'!D5" }, { formula: "'Tổng hợp'!E5" }, { formula: "'Tổng hợp'!F5" }]);
    };
    const r = await run([await book('formulas-2024.xlsx', [summary('Ninh Bình', 2024, NINH_BINH), formulas])]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('thads: error: formulas-2024.xlsx has 2 sheets with a table ("Tổng hợp", "Kiểm tra"): which one is to be read? [USAGE]');
  });
});

describe("last year's sheet kept beside this year's (work99c 02)", () => {
  // Last year's figures, different from this year's in every cell: reading them would show.
  const NB_2023: readonly Office[] = [
    ['Chi cục THADS huyện Kim Sơn', [450, 380, 250, 15]],
    ['Chi cục THADS huyện Yên Khánh', [280, 230, 150, 8]],
    ['Chi cục THADS huyện Yên Mô', [190, 140, 70, 4]],
  ];

  it('sheets "2023" and "2024" in "BC Ninh Binh 2024.xlsx": the 2024 sheet is read, wherever it stands', async () => {
    for (const [name, sheets] of [
      ['bc-nb-2024.xlsx', [summary('Ninh Bình', 2023, NB_2023, '2023'), summary('Ninh Bình', 2024, NINH_BINH, '2024')]],
      ['bc-nb-first-2024.xlsx', [summary('Ninh Bình', 2024, NINH_BINH, 'Năm 2024'), summary('Ninh Bình', 2023, NB_2023, 'Năm 2023')]],
    ] as const) {
      const r = await run(['--format', 'csv', await book(name, sheets)]);
      expect(r.code, r.stderr).toBe(0);
      expect(totals(r.stdout)).toEqual({ figures: NB_TOTAL, offices: NB_OFFICES });
    }
  });

  it('the year from --year when the file name states none', async () => {
    const file = await book('bc-nb.xlsx', [summary('Ninh Bình', 2023, NB_2023, '2023'), summary('Ninh Bình', 2024, NINH_BINH, '2024')]);
    const r = await run(['--format', 'csv', '--year', '2024', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual({ figures: NB_TOTAL, offices: NB_OFFICES });
    // 2023 by hand: 450 + 280 + 190 = 920; 380 + 230 + 140 = 750; 250 + 150 + 70 = 470;
    // 15 + 8 + 4 = 27; resolved 497 / 750 = 66.2666… → 66.27.
    const before = await run(['--format', 'csv', '--year', '2023', file]);
    expect(before.code, before.stderr).toBe(0);
    expect(totals(before.stdout).figures).toEqual(['920', '750', '470', '27', '66.27']);
  });

  it('with --previous of the same habit ("2022" | "2023" in "BC 2023.xlsx"): each workbook reads its year\'s sheet', async () => {
    const now = await book('bc-nb-now-2024.xlsx', [summary('Ninh Bình', 2023, NB_2023, '2023'), summary('Ninh Bình', 2024, NINH_BINH, '2024')]);
    const before = await book('bc-nb-before-2023.xlsx', [summary('Ninh Bình', 2022, NINH_BINH, '2022'), summary('Ninh Bình', 2023, NB_2023, '2023')]);
    const r = await run(['--format', 'csv', now, '--previous', before]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual({ figures: NB_TOTAL, offices: NB_OFFICES });
    const [head, ...lines] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const total = lines.find((l) => l[head!.indexOf('district')] === 'TOTAL')!;
    // 605 / 800 = 75.625 % against 2023's 497 / 750 = 66.2666… %: +9.3583… → 9.36 points
    expect(total[head!.indexOf('cases_rate_change')]).toBe('9.36');
  });

  it('still asked: no sheet of the year, two sheets of one year, a sheet naming no year', async () => {
    const cases = [
      await book('bc-nb-2025.xlsx', [summary('Ninh Bình', 2023, NB_2023, '2023'), summary('Ninh Bình', 2024, NINH_BINH, '2024')]),
      await book('two-2024.xlsx', [summary('Ninh Bình', 2024, NB_2023, 'Tổng hợp 2024'), summary('Ninh Bình', 2024, NINH_BINH, 'Bản sửa 2024')]),
      await book('no-year-2024.xlsx', [summary('Ninh Bình', 2023, NB_2023, '2023'), summary('Ninh Bình', 2024, NINH_BINH, 'Tổng hợp')]),
      await book('nameless.xlsx', [summary('Ninh Bình', 2023, NB_2023, '2023'), summary('Ninh Bình', 2024, NINH_BINH, '2024')]),
    ];
    for (const file of cases) {
      const r = await run(['--format', 'csv', file]);
      expect(r.code, file).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/has 2 sheets with a table .*: which one is to be read\? \[USAGE\]/);
    }
  });
});

describe('a part of the year kept beside the year ("9 tháng" | "Năm 2024", work100b 04)', () => {
  // The nine months' figures, different from the year's in every cell: reading them would show.
  const NB_9: readonly Office[] = [
    ['Chi cục THADS huyện Kim Sơn', [410, 330, 200, 12]],
    ['Chi cục THADS huyện Yên Khánh', [260, 210, 120, 6]],
    ['Chi cục THADS huyện Yên Mô', [170, 120, 60, 3]],
  ];
  const NB_2023: readonly Office[] = [
    ['Chi cục THADS huyện Kim Sơn', [450, 380, 250, 15]],
    ['Chi cục THADS huyện Yên Khánh', [280, 230, 150, 8]],
    ['Chi cục THADS huyện Yên Mô', [190, 140, 70, 4]],
  ];

  it('the sheet of the year is read: "9 tháng" | "Năm 2024", "6 tháng" | "9 tháng 2024" | "2024", "2023" | "9 tháng" | "Năm 2024"', async () => {
    for (const [name, sheets] of [
      ['nb-a-2024.xlsx', [summary('Ninh Bình', 2024, NB_9, '9 tháng'), summary('Ninh Bình', 2024, NINH_BINH, 'Năm 2024')]],
      ['nb-b-2024.xlsx', [summary('Ninh Bình', 2024, NB_9, '6 tháng'), summary('Ninh Bình', 2024, NB_9, '9 tháng 2024'), summary('Ninh Bình', 2024, NINH_BINH, '2024')]],
      ['nb-c-2024.xlsx', [summary('Ninh Bình', 2023, NB_2023, '2023'), summary('Ninh Bình', 2024, NB_9, '9 tháng'), summary('Ninh Bình', 2024, NINH_BINH, 'Năm 2024')]],
      // "Quý III" is the quarter 1/7–30/9 (titlewords), a part of the year as "9 tháng" is: was asked, read as the year
      ['nb-d-2024.xlsx', [summary('Ninh Bình', 2024, NB_9, 'Quý III'), summary('Ninh Bình', 2024, NINH_BINH, '2024')]],
    ] as const) {
      const r = await run(['--format', 'csv', await book(name, sheets)]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(totals(r.stdout)).toEqual({ figures: NB_TOTAL, offices: NB_OFFICES });
    }
  });

  it('still asked: two whole years ("12 tháng" | "2024"), no sheet naming the year', async () => {
    const cases = [
      await book('nb-e-2024.xlsx', [summary('Ninh Bình', 2024, NB_9, '12 tháng'), summary('Ninh Bình', 2024, NINH_BINH, '2024')]),
      await book('nb-f-2024.xlsx', [summary('Ninh Bình', 2024, NB_9, '9 tháng'), summary('Ninh Bình', 2024, NINH_BINH, 'Tổng hợp')]),
    ];
    for (const file of cases) {
      const r = await run(['--format', 'csv', file]);
      expect(r.code, file).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/has 2 sheets with a table .*: which one is to be read\? \[USAGE\]/);
    }
  });
});
