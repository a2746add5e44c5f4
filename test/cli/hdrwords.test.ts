// Three false refusals of real forms' header words (work95d 02, 03, 05):
//   (a) the group's own total named with its measure or shortened under "Có điều kiện thi hành"
//       ("Tổng số tiền", "Tổng số việc", "TS", "Tổng tiền"), and the abbreviations "TS thụ lý",
//       "CĐK", "CCĐK" as single labels → MISSING_COLUMN, while "Tổng số" there read right;
//   (b) "Tổng số thụ lý" over "Năm trước chuyển sang | Thụ lý mới trong năm" (or "Thụ lý trong
//       năm", "Mới", "Số mới", "Cũ | Mới") → VALUE_WITHOUT_HEADER, while "Mới thụ lý" read right;
//   (c) a rate column split below the header ("Tỷ lệ giải quyết xong (%)" over "Chỉ tiêu giao |
//       Thực hiện", "Việc | Tiền", "Năm 2024 | Năm 2023") → VALUE_WITHOUT_HEADER (CSV) or
//       NOT_AN_OFFICE (xlsx).
// The rules: headers.ts partUnder / fields.ts PART_LABELS ("Mới", "Cũ" only under the accepted
// cases' group), layout.ts subColumnOf ("Tổng số tiền" only as its group's figure; alone it
// stays unknown) and rateColumnOf (labels under a rate are the rate's columns), abbreviations.ts.
// Every figure below is worked out by hand; both readers (plain: the byte scanner; titled: the
// reference reader) and the real binary, an .xlsx twin with merged cells.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { summarizeCsvRows } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-hdrwords-');
let n = 0;

type Shape = 'plain' | 'titled';
const SHAPES: readonly Shape[] = ['plain', 'titled'];

/** The CSV rows of a run by column name: the TOTAL row and each office's. */
function rowsOf(stdout: string): Record<string, Record<string, string>> {
  const [header, ...lines] = stdout.trim().split('\n');
  const columns = (header ?? '').split(',');
  const out: Record<string, Record<string, string>> = {};
  for (const l of lines) {
    const row = Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v]));
    out[row.district!] = row;
  }
  return out;
}

/** Both readers in process (they must agree), then the real binary: exit 0, no error, the CSV rows. */
async function readRight(path: string, args: readonly string[] = []): Promise<Record<string, Record<string, string>>> {
  const both = await summarizeCsvRows(dir, [path], ['--by', 'district', ...args]);
  expect(both.stderr).not.toMatch(/error/);
  expect(both.code).toBe(0);
  const r = spawnThads(['summarize', path, '--format', 'csv', '--by', 'district', ...args]);
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(both.stdout);
  return rowsOf(r.stdout);
}

// ---------------------------------------------------------------------------------------------
// (a) the group's total under "Có điều kiện thi hành"
// By hand (money, nghìn đồng): có ĐK 201.450.250 + 300.100.500 = 501.550.750; thi hành xong
// 80.120.100 + 100.250.000 = 180.370.100; đình chỉ 10.005.000 + 20.300.000 = 30.305.000; giảm
// 2.100.150 + 5.050.500 = 7.150.650; resolved 180.370.100 + 30.305.000 + 7.150.650 = 217.825.750;
// rate 217.825.750 / 501.550.750 = 43,43 % (Mỹ Lộc 92.225.250 / 201.450.250 = 45,78 %, Vụ Bản
// 125.600.500 / 300.100.500 = 41,85 %); thụ lý 915.566.500.
const MONEY_TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2024,,,,,,,,,', 'Đơn vị tính: nghìn đồng,,,,,,,,,'];
const moneyForm = (sub: string) => [
  'STT,Đơn vị,Tổng số thụ lý,Có điều kiện thi hành,,,,,Chưa có điều kiện,Tỷ lệ (%)',
  `,,,${sub},Thi hành xong,Đình chỉ,Giảm thi hành án,Đang thi hành,,`,
  '1,Chi cục Mỹ Lộc,"412.356.500","201.450.250","80.120.100","10.005.000","2.100.150","109.225.000","150.600.000","45,78"',
  '2,Chi cục Vụ Bản,"503.210.000","300.100.500","100.250.000","20.300.000","5.050.500","174.500.000","140.200.000","41,85"',
  ',Tổng cộng,"915.566.500","501.550.750","180.370.100","30.305.000","7.150.650","283.725.000","290.800.000","43,43"',
];

describe('(a) the group total under "Có điều kiện thi hành" named with its measure or shortened: its with_conditions', () => {
  // "Tổng số" is the hunter's control, read right before the fix
  const subs = ['Tổng số tiền', 'Tổng số', 'TS', 'Tổng tiền', 'TS có ĐK', 'CĐK'];
  const cases = SHAPES.flatMap((shape) => subs.map((sub) => [shape, sub] as const));
  it.each(cases)('money, %s: "%s" → có ĐK 501.550.750, resolved 217.825.750, 43.43 per cent', async (shape, sub) => {
    // plain: the measure from the file's name, the unit đồng; titled: the title's and the unit line's
    const path = file(`${shape} ${++n} tien 2024.csv`, shape === 'plain' ? moneyForm(sub) : [...MONEY_TITLE, ...moneyForm(sub)]);
    const rows = await readRight(path);
    const k = shape === 'plain' ? '' : '000';
    expect(rows.TOTAL).toMatchObject({
      money_total: `915566500${k}`,
      money_with_conditions: `501550750${k}`,
      money_completed: `180370100${k}`,
      money_terminated: `30305000${k}`,
      money_reduced: `7150650${k}`,
      money_in_progress: `283725000${k}`,
      money_without_conditions: `290800000${k}`,
      money_resolved: `217825750${k}`,
      money_rate: '43.43',
    });
    expect(rows['Chi cục Mỹ Lộc']).toMatchObject({ money_with_conditions: `201450250${k}`, money_resolved: `92225250${k}`, money_rate: '45.78' });
    expect(rows['Chi cục Vụ Bản']).toMatchObject({ money_with_conditions: `300100500${k}`, money_resolved: `125600500${k}`, money_rate: '41.85' });
  });

  // By hand (cases): có ĐK 800 + 600 = 1.400; thi hành xong 550 + 450 = 1.000; đình chỉ 100;
  // resolved 1.100; rate 1.100 / 1.400 = 78,57 % (600/800 = 75,00; 500/600 = 83,33); thụ lý 2.000.
  const casesForm = (sub: string) => [
    'STT,Đơn vị,Tổng số thụ lý,Có điều kiện thi hành,,,,Chưa có điều kiện',
    `,,,${sub},Thi hành xong,Đình chỉ,Đang thi hành,`,
    '1,Chi cục Mỹ Lộc,1100,800,550,50,200,240',
    '2,Chi cục Vụ Bản,900,600,450,50,100,250',
  ];
  const casesSubs = ['Tổng số việc', 'TS', 'Tổng số', 'Số việc', 'CĐK'];
  const casesCases = SHAPES.flatMap((shape) => casesSubs.map((sub) => [shape, sub] as const));
  it.each(casesCases)('cases, %s: "%s" → có ĐK 1.400, resolved 1.100, 78.57 per cent', async (shape, sub) => {
    const title = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2022,,,,,,,'];
    const path = file(`${shape} ${++n} viec 2022.csv`, shape === 'plain' ? casesForm(sub) : [...title, ...casesForm(sub)]);
    const rows = await readRight(path);
    expect(rows.TOTAL).toMatchObject({ cases_total: '2000', cases_with_conditions: '1400', cases_completed: '1000', cases_terminated: '100', cases_in_progress: '300', cases_without_conditions: '490', cases_resolved: '1100', cases_rate: '78.57' });
    expect(rows['Chi cục Mỹ Lộc']).toMatchObject({ cases_with_conditions: '800', cases_resolved: '600', cases_rate: '75.00' });
    expect(rows['Chi cục Vụ Bản']).toMatchObject({ cases_with_conditions: '600', cases_resolved: '500', cases_rate: '83.33' });
  });

  // By hand: thụ lý 1.100 + 900 = 2.000; phải THA 1.070 + 880 = 1.950; CĐK 1.400; GQX 1.100; CCĐK 490; 78,57 %.
  it.each(SHAPES)('%s: "TS thụ lý | Phải THA | CĐK | GQX | CCĐK | TL (per cent)" as single labels → 2.000 / 1.950 / 1.400 / 1.100 / 490, 78.57 per cent', async (shape) => {
    const lines = ['STT,Đơn vị,TS thụ lý,Phải THA,CĐK,GQX,CCĐK,TL %', '1,Chi cục Mỹ Lộc,"1.100","1.070",800,600,240,"75,00"', '2,Chi cục Vụ Bản,900,880,600,500,250,"83,33"', ',Tổng cộng,"2.000","1.950","1.400","1.100",490,"78,57"'];
    const title = ['"KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024",,,,,,,'];
    const path = file(`${shape} ${++n} viec 2024.csv`, shape === 'plain' ? lines : [...title, ...lines]);
    const rows = await readRight(path);
    expect(rows.TOTAL).toMatchObject({ cases_total: '2000', cases_to_execute: '1950', cases_with_conditions: '1400', cases_resolved: '1100', cases_without_conditions: '490', cases_rate: '78.57' });
  });
});

// ---------------------------------------------------------------------------------------------
// (b) "Tổng số thụ lý" over its carried-over and new cases
// By hand: năm trước chuyển sang 400 + 300 = 700; mới 700 + 600 = 1.300; thụ lý 1.100 + 900 =
// 2.000; phải thi hành 1.070 + 880 = 1.950; có ĐK 1.400; giải quyết xong 1.100; 78,57 %.
const accepted = (old: string, fresh: string) => [
  'STT,Đơn vị,Tổng số thụ lý,,Tổng số phải thi hành,Có điều kiện thi hành,Giải quyết xong,Chưa có điều kiện,Tỷ lệ (%)',
  `,,${old},${fresh},,,,,`,
  '1,Chi cục Mỹ Lộc,400,700,"1.070",800,600,240,"75,00"',
  '2,Chi cục Vụ Bản,300,600,880,600,500,250,"83,33"',
  ',Tổng cộng,700,"1.300","1.950","1.400","1.100",490,"78,57"',
];
const VIEC_TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2022,,,,,,,,'];

describe('(b) "Tổng số thụ lý" over "Năm trước chuyển sang | Thụ lý mới trong năm" and its other wordings: carried over + new', () => {
  // "Mới thụ lý" is the hunter's control, read right before the fix
  const pairs = [
    ['Năm trước chuyển sang', 'Thụ lý mới trong năm'],
    ['Năm trước chuyển sang', 'Thụ lý trong năm'],
    ['Năm trước chuyển sang', 'Mới'],
    ['Năm trước chuyển sang', 'Số mới'],
    ['Cũ', 'Mới'],
    ['Số cũ', 'Số mới'],
    ['Năm trước chuyển sang', 'Mới thụ lý'],
  ] as const;
  const cases = SHAPES.flatMap((shape) => pairs.map(([old, fresh]) => [shape, old, fresh] as const));
  it.each(cases)('%s: "%s | %s" → 700 + 1.300 = 2.000, 1.950, 1.400, 1.100, 78.57 per cent', async (shape, old, fresh) => {
    const path = file(`${shape} ${++n} viec 2022.csv`, shape === 'plain' ? accepted(old, fresh) : [...VIEC_TITLE, ...accepted(old, fresh)]);
    const rows = await readRight(path);
    expect(rows.TOTAL).toMatchObject({ cases_carried_over: '700', cases_new: '1300', cases_total: '2000', cases_to_execute: '1950', cases_with_conditions: '1400', cases_resolved: '1100', cases_rate: '78.57' });
    expect(rows['Chi cục Mỹ Lộc']).toMatchObject({ cases_carried_over: '400', cases_new: '700', cases_total: '1100' });
    expect(rows['Chi cục Vụ Bản']).toMatchObject({ cases_carried_over: '300', cases_new: '600', cases_total: '900' });
  });

  it('"Thụ lý mới trong năm" alone is new: 700 + 600 = 1.300', async () => {
    const path = file(`plain ${++n} viec 2022.csv`, ['STT,Đơn vị,Thụ lý mới trong năm,Có điều kiện thi hành,Giải quyết xong', '1,Chi cục Mỹ Lộc,700,800,600', '2,Chi cục Vụ Bản,600,600,500']);
    const rows = await readRight(path);
    expect(rows.TOTAL).toMatchObject({ cases_new: '1300', cases_with_conditions: '1400', cases_resolved: '1100', cases_rate: '78.57' });
  });
});

// ---------------------------------------------------------------------------------------------
// (c) a rate column split into two below the header
// By hand: thụ lý 2.000; phải thi hành 1.950; có ĐK 1.400; giải quyết xong 1.100; chưa có ĐK 490;
// 78,57 % (Mỹ Lộc 600/800 = 75,00; Vụ Bản 500/600 = 83,33); the rate's own columns ignored.
const RATE_TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024,,,,,,,,', 'Đơn vị tính: việc,,,,,,,,'];
const RATE_HEAD = ['STT', 'Đơn vị', 'Tổng số thụ lý', 'Tổng số phải thi hành', 'Có điều kiện thi hành', 'Giải quyết xong', 'Chưa có điều kiện', 'Tỷ lệ giải quyết xong (%)'];
const RATE_ROWS: readonly (readonly (string | number)[])[] = [
  [1, 'Chi cục Mỹ Lộc', 1100, 1070, 800, 600, 240, 83.25, 75],
  [2, 'Chi cục Vụ Bản', 900, 880, 600, 500, 250, 83.25, 83.33],
  ['', 'Tổng cộng', 2000, 1950, 1400, 1100, 490, 83.25, 78.57],
];
const rateForm = (a: string, b: string) => [
  `${RATE_HEAD.join(',')},`,
  `,,,,,,,${a},${b}`,
  ...RATE_ROWS.map((r) => r.map((c) => (typeof c === 'number' && !Number.isInteger(c) ? `"${String(c).replace('.', ',')}"` : typeof c === 'number' && c >= 1000 ? `"${c.toLocaleString('de-DE')}"` : String(c))).join(',')),
];
const SPLITS = [
  ['Chỉ tiêu giao', 'Thực hiện'],
  ['Việc', 'Tiền'],
  ['Năm 2024', 'Năm 2023'],
] as const;
const RATE_READ = { cases_total: '2000', cases_to_execute: '1950', cases_with_conditions: '1400', cases_resolved: '1100', cases_without_conditions: '490', cases_rate: '78.57' };

describe('(c) "Tỷ lệ giải quyết xong (%)" split below the header: the rate\'s columns, ignored; the form read', () => {
  const cases = SHAPES.flatMap((shape) => SPLITS.map(([a, b]) => [shape, a, b] as const));
  it.each(cases)('%s: "%s | %s" → 2.000 / 1.950 / 1.400 / 1.100, 78.57 per cent', async (shape, a, b) => {
    const path = file(`${shape} ${++n} viec 2024.csv`, shape === 'plain' ? rateForm(a, b) : [...RATE_TITLE, ...rateForm(a, b)]);
    const rows = await readRight(path);
    expect(rows.TOTAL).toMatchObject(RATE_READ);
    expect(rows['Chi cục Mỹ Lộc']).toMatchObject({ cases_with_conditions: '800', cases_resolved: '600', cases_rate: '75.00' });
    expect(rows['Chi cục Vụ Bản']).toMatchObject({ cases_with_conditions: '600', cases_resolved: '500', cases_rate: '83.33' });
  });

  /** The form as Excel holds it: every label merged over the two header rows but the rate's, merged across its two columns. */
  async function workbook(a: string, b: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Việc');
    for (const t of RATE_TITLE) ws.addRow([t.replace(/,+$/, '')]);
    ws.addRow([...RATE_HEAD, null]);
    ws.addRow([null, null, null, null, null, null, null, a, b]);
    for (const r of RATE_ROWS) ws.addRow(r.map((c) => (c === '' ? null : c)));
    for (const col of 'ABCDEFG') ws.mergeCells(`${col}4:${col}5`);
    ws.mergeCells('H4:I4');
    const path = join(dir, `Nam Dinh ${++n} 2024.xlsx`);
    await wb.xlsx.writeFile(path);
    return path;
  }
  it.each(SPLITS)('xlsx with merged cells: "%s | %s" → 2.000 / 1.950 / 1.400 / 1.100, 78.57 per cent', async (a, b) => {
    const r = spawnThads(['summarize', await workbook(a, b), '--format', 'csv', '--by', 'district']);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    const rows = rowsOf(r.stdout);
    expect(rows.TOTAL).toMatchObject(RATE_READ);
    expect(rows['Chi cục Mỹ Lộc']).toMatchObject({ cases_total: '1100', cases_with_conditions: '800', cases_resolved: '600', cases_rate: '75.00' });
  });

  it('xlsx twin of (b): "Tổng số thụ lý" merged over "Cũ | Mới" → 700 + 1.300 = 2.000', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Việc');
    ws.addRow(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2022']);
    ws.addRow(['STT', 'Đơn vị', 'Tổng số thụ lý', null, 'Có điều kiện thi hành', 'Giải quyết xong']);
    ws.addRow([null, null, 'Cũ', 'Mới', null, null]);
    ws.addRow([1, 'Chi cục Mỹ Lộc', 400, 700, 800, 600]);
    ws.addRow([2, 'Chi cục Vụ Bản', 300, 600, 600, 500]);
    for (const col of 'ABEF') ws.mergeCells(`${col}2:${col}3`);
    ws.mergeCells('C2:D2');
    const path = join(dir, `Nam Dinh ${++n} 2022.xlsx`);
    await wb.xlsx.writeFile(path);
    const r = spawnThads(['summarize', path, '--format', 'csv', '--by', 'district']);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout).TOTAL).toMatchObject({ cases_carried_over: '700', cases_new: '1300', cases_total: '2000', cases_with_conditions: '1400', cases_resolved: '1100', cases_rate: '78.57' });
  });
});

// ---------------------------------------------------------------------------------------------
// Over-reach controls: near shapes keep their present reading.
describe('controls: the same words elsewhere read as before', () => {
  it('"Tổng số tiền" as a top-level column stays unknown (said, ignored): money có ĐK 500, resolved 300, 60.00 %', async () => {
    const path = file(`ctl ${++n} 2024.csv`, ['STT,Đơn vị,Tổng số tiền,Tiền có điều kiện,Tiền giải quyết xong', '1,Chi cục Mỹ Lộc,500,300,200', '2,Chi cục Vụ Bản,400,200,100']);
    const r = spawnThads(['summarize', path, '--format', 'csv', '--by', 'district']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('column "Tổng số tiền" is not a known figure and is ignored [UNKNOWN_COLUMN]');
    expect(rowsOf(r.stdout).TOTAL).toMatchObject({ money_total: '', money_with_conditions: '500', money_resolved: '300', money_rate: '60.00' });
  });

  it('"Mới" as a top-level column beside the office column stays unknown: có ĐK 500, resolved 300', async () => {
    const path = file(`ctl ${++n} viec 2024.csv`, ['STT,Đơn vị,Mới,Có điều kiện thi hành,Giải quyết xong', '1,Chi cục Mỹ Lộc,500,300,200', '2,Chi cục Vụ Bản,400,200,100']);
    const r = spawnThads(['summarize', path, '--format', 'csv', '--by', 'district']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('column "Mới" is not a known figure and is ignored [UNKNOWN_COLUMN]');
    expect(rowsOf(r.stdout).TOTAL).toMatchObject({ cases_new: '', cases_with_conditions: '500', cases_resolved: '300', cases_rate: '60.00' });
  });

  it('"Mới" heading the office names is no figure: refused OFFICE_COLUMN_MISSING, as before', async () => {
    const path = file(`ctl ${++n} viec 2024.csv`, ['STT,Mới,Tổng số thụ lý,Có điều kiện thi hành,Giải quyết xong', '1,Chi cục Mỹ Lộc,500,300,200', '2,Chi cục Vụ Bản,400,200,100']);
    const r = spawnThads(['summarize', path, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('column 2 "Mới" holds a different name on each row');
    expect(r.stderr).toContain('[OFFICE_COLUMN_MISSING]');
  });

  it('"Cũ | Mới" under "Có điều kiện thi hành" name nothing there: refused VALUE_WITHOUT_HEADER, as before', async () => {
    const path = file(`ctl ${++n} viec 2024.csv`, ['STT,Đơn vị,Có điều kiện thi hành,,Giải quyết xong', ',,Cũ,Mới,', '1,Chi cục Mỹ Lộc,400,100,300', '2,Chi cục Vụ Bản,300,100,200']);
    const r = spawnThads(['summarize', path, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(':3:4: error: the number "100" in cell 4 is under no column header');
    expect(r.stderr).toContain('[VALUE_WITHOUT_HEADER]');
  });

  it('"TS" inside a label ("Giá trị TS", an asset\'s value) stays unknown: thụ lý 900, có ĐK 500, resolved 300', async () => {
    const path = file(`ctl ${++n} viec 2024.csv`, ['STT,Đơn vị,Tổng số thụ lý,Có điều kiện thi hành,Giải quyết xong,Giá trị TS', '1,Chi cục Mỹ Lộc,500,300,200,7', '2,Chi cục Vụ Bản,400,200,100,8']);
    const r = spawnThads(['summarize', path, '--format', 'csv', '--by', 'district']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('column "Giá trị TS" is not a known figure and is ignored [UNKNOWN_COLUMN]');
    expect(rowsOf(r.stdout).TOTAL).toMatchObject({ cases_total: '900', cases_with_conditions: '500', cases_resolved: '300', cases_rate: '60.00' });
  });
});
