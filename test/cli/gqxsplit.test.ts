// A FIGURE group split below the header into its plan and what was done: "Giải quyết xong" over
// "Chỉ tiêu giao | Thực hiện" (the count the target asks, the count resolved), the way offices
// report their cases against the target (work97a 05). It was refused: VALUE_WITHOUT_HEADER in a
// CSV, NOT_AN_OFFICE in an .xlsx with merged header cells. Right: resolved is the "Thực hiện"
// column; "Chỉ tiêu giao" is a target, said and ignored as a target column is, never resolved.
// The rule: layout.ts planSplitAt (words: headers.ts planOrDone, fields.ts DONE_LABELS /
// PLAN_LABELS) — one done label beside at least one plan's under one figure group is the group's
// own figure. Every figure below is worked out by hand; both readers (plain: the byte scanner;
// titled: the reference reader) and the real binary, an .xlsx twin with merged cells.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { summarizeCsvRows } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-gqxsplit-');
let n = 0;

type Shape = 'plain' | 'titled';
const SHAPES: readonly Shape[] = ['plain', 'titled'];
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,,,,', 'Đơn vị tính: việc,,,,,,,'];
const withTitle = (shape: Shape, lines: readonly string[]) => (shape === 'plain' ? lines : [...TITLE, ...lines]);

/** The CSV rows of a run by office (TOTAL too). */
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
async function readRight(path: string): Promise<{ rows: Record<string, Record<string, string>>; stderr: string }> {
  const both = await summarizeCsvRows(dir, [path], ['--by', 'district']);
  expect(both.stderr).not.toMatch(/error|VALUE_WITHOUT_HEADER|NOT_AN_OFFICE/);
  expect(both.code).toBe(0);
  const r = spawnThads(['summarize', path, '--format', 'csv', '--by', 'district']);
  expect(r.stderr).not.toMatch(/error|VALUE_WITHOUT_HEADER|NOT_AN_OFFICE/);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(both.stdout);
  return { rows: rowsOf(r.stdout), stderr: r.stderr };
}

/** Both readers and the binary: refused with exit 1 and `message` (the binary's stderr), nothing on stdout. */
async function refused(path: string, message: string): Promise<void> {
  const both = await summarizeCsvRows(dir, [path], []);
  expect(both.code).toBe(1);
  const r = spawnThads(['summarize', path, '--format', 'csv']);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(message);
}

// ---------------------------------------------------------------------------------------------
// The finding's form. By hand: phải thi hành 450 + 380 + 560 = 1.390; có ĐK 300 + 200 + 250 =
// 750; resolved (Thực hiện) 252 + 160 + 212 = 624 (the target column 250 + 167 + 209 = 626 is no
// figure); rate 624 / 750 = 83,20 % (Văn phòng Cục 252/300 = 84,00; Mỹ Lộc 160/200 = 80,00; Vụ
// Bản 212/250 = 84,80).
const OFFICES = [
  ['1', 'Văn phòng Cục', '450', '300', '250', '252', '"84,00"'],
  ['2', 'Mỹ Lộc', '380', '200', '167', '160', '"80,00"'],
  ['3', 'Vụ Bản', '560', '250', '209', '212', '"84,80"'],
  ['', 'Tổng cộng', '1.390', '750', '626', '624', '"83,20"'],
];
/** `plan`, `done`: the sub-labels; `doneFirst`: "Thực hiện" written left of the plan. */
const form = (plan: string, done: string, doneFirst = false) => [
  'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,,Tỷ lệ (%)',
  doneFirst ? `,,,,${done},${plan},` : `,,,,${plan},${done},`,
  ...OFFICES.map(([stt, name, ex, cdk, target, res, rate]) => [stt, name, ex, cdk, ...(doneFirst ? [res, target] : [target, res]), rate].join(',')),
];
const TOTAL = { cases_to_execute: '1390', cases_with_conditions: '750', cases_resolved: '624', cases_rate: '83.20' };

function expectForm(rows: Record<string, Record<string, string>>): void {
  expect(rows.TOTAL).toMatchObject(TOTAL);
  expect(rows['Văn phòng Cục']).toMatchObject({ cases_with_conditions: '300', cases_resolved: '252', cases_rate: '84.00' });
  expect(rows['Mỹ Lộc']).toMatchObject({ cases_with_conditions: '200', cases_resolved: '160', cases_rate: '80.00' });
  expect(rows['Vụ Bản']).toMatchObject({ cases_with_conditions: '250', cases_resolved: '212', cases_rate: '84.80' });
}

describe('"Giải quyết xong" split into its plan and what was done: resolved is the done column', () => {
  const SPLITS = [
    ['Chỉ tiêu giao', 'Thực hiện', false],
    ['Chỉ tiêu giao', 'Thực hiện', true],
    ['Chỉ tiêu được giao', 'Thực hiện', false],
    ['Chỉ tiêu', 'Kết quả thực hiện', false],
    ['Kế hoạch', 'Thực hiện', false],
  ] as const;
  const cases = SHAPES.flatMap((shape) => SPLITS.map(([plan, done, first]) => [shape, plan, done, first] as const));
  it.each(cases)('%s: "%s | %s" (done first: %s) → 1.390 / 750 / 624, 83.20 per cent', async (shape, plan, done, first) => {
    const { rows, stderr } = await readRight(file(`${shape} ${++n} viec 2024.csv`, withTitle(shape, form(plan, done, first))));
    expectForm(rows);
    // a target column is said as such (TARGET_COLUMN_IGNORED); a plan's as a plan, not read
    if (plan === 'Kế hoạch') expect(stderr).toContain('column "Kế hoạch" names a period or a plan ("Kế hoạch"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]');
    else expect(stderr).toContain(`column "${plan}" states targets; thads does not read them`);
  });

  it.each(SHAPES)('%s: "Chỉ tiêu giao | Thực hiện | Tỷ lệ (%)" all under "Giải quyết xong" → 624 / 750, 83.20 per cent', async (shape) => {
    const lines = [
      'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,,',
      ',,,,Chỉ tiêu giao,Thực hiện,Tỷ lệ (%)',
      ...OFFICES.map((r) => r.join(',')),
    ];
    const { rows } = await readRight(file(`${shape} ${++n} viec 2024.csv`, withTitle(shape, lines)));
    expectForm(rows);
  });

  // both groups split: có ĐK 300 + 200 + 250 = 750 (targets 280 + 190 + 240 ignored); resolved 624
  it.each(SHAPES)('%s: "Có điều kiện" and "Giải quyết xong" each over "Chỉ tiêu giao | Thực hiện" → 750 / 624, 83.20 per cent', async (shape) => {
    const lines = [
      'STT,Đơn vị,Có điều kiện,,Giải quyết xong,',
      ',,Chỉ tiêu giao,Thực hiện,Chỉ tiêu giao,Thực hiện',
      '1,Văn phòng Cục,280,300,250,252',
      '2,Mỹ Lộc,190,200,167,160',
      '3,Vụ Bản,240,250,209,212',
    ];
    const { rows } = await readRight(file(`${shape} ${++n} viec 2024.csv`, withTitle(shape, lines)));
    expect(rows.TOTAL).toMatchObject({ cases_with_conditions: '750', cases_resolved: '624', cases_rate: '83.20' });
    expect(rows['Mỹ Lộc']).toMatchObject({ cases_with_conditions: '200', cases_resolved: '160', cases_rate: '80.00' });
  });
});

// ---------------------------------------------------------------------------------------------
// .xlsx twin: the finding's workbook — title lines, every label merged over the two header rows
// but "Giải quyết xong", merged across its two sub-columns.
describe('xlsx with merged header cells', () => {
  async function workbook(plan: string, done: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH']);
    ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024']);
    ws.addRow(['Đơn vị tính: việc']);
    ws.addRow(['STT', 'Đơn vị', 'Tổng số phải thi hành', 'Có điều kiện', 'Giải quyết xong', null, 'Tỷ lệ (%)']);
    ws.addRow([null, null, null, null, plan, done, null]);
    ws.addRow([1, 'Văn phòng Cục', 450, 300, 250, 252, 84]);
    ws.addRow([2, 'Mỹ Lộc', 380, 200, 167, 160, 80]);
    ws.addRow([3, 'Vụ Bản', 560, 250, 209, 212, 84.8]);
    ws.addRow([null, 'Tổng cộng', 1390, 750, 626, 624, 83.2]);
    for (const c of [1, 2, 3, 4, 7]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 5, 4, 6);
    const path = join(dir, `Nam Dinh ${++n} 2024.xlsx`);
    await wb.xlsx.writeFile(path);
    return path;
  }

  it.each([
    ['Chỉ tiêu giao', 'Thực hiện'],
    ['Kế hoạch', 'Kết quả thực hiện'],
  ])('"Giải quyết xong" over "%s | %s" → 1.390 / 750 / 624, 83.20 per cent, exit 0', async (plan, done) => {
    const r = spawnThads(['summarize', await workbook(plan, done), '--format', 'csv', '--by', 'district']);
    expect(r.stderr).not.toMatch(/error|VALUE_WITHOUT_HEADER|NOT_AN_OFFICE/);
    expect(r.code).toBe(0);
    expectForm(rowsOf(r.stdout));
  });
});

// ---------------------------------------------------------------------------------------------
// Over-reach controls: near shapes keep their present reading.
describe('controls: near shapes read as before', () => {
  it.each(SHAPES)('%s: "Tỷ lệ (%)" over "Chỉ tiêu giao | Thực hiện" (session 28): 624 / 750, 83.20 per cent, the target said', async (shape) => {
    const lines = [
      'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,Tỷ lệ (%),',
      ',,,,,Chỉ tiêu giao,Thực hiện',
      '1,Văn phòng Cục,450,300,252,"83,25","84,00"',
      '2,Mỹ Lộc,380,200,160,"83,25","80,00"',
      '3,Vụ Bản,560,250,212,"83,25","84,80"',
      ',Tổng cộng,1.390,750,624,"83,25","83,20"',
    ];
    const { rows, stderr } = await readRight(file(`ctl ${shape} ${++n} viec 2024.csv`, withTitle(shape, lines)));
    expectForm(rows);
    expect(stderr).toContain('column "Chỉ tiêu giao" states targets; thads does not read them');
  });

  it('"Giải quyết xong" over "Tổng số | Thi hành xong | Đình chỉ": 1.425 / 1.030 / 70 / 1.100, 77.19 per cent', async () => {
    const { rows } = await readRight(
      file(`ctl ${++n} viec 2024.csv`, [
        'STT,Đơn vị,Có điều kiện,Giải quyết xong,,',
        ',,,Tổng số,Thi hành xong,Đình chỉ',
        '1,Chi cục Mỹ Lộc,800,600,560,40',
        '2,Chi cục Vụ Bản,625,500,470,30',
      ]),
    );
    expect(rows.TOTAL).toMatchObject({ cases_with_conditions: '1425', cases_completed: '1030', cases_terminated: '70', cases_resolved: '1100', cases_rate: '77.19' });
  });

  // refused before the fix, refused the same now: no plan beside the done column, two done
  // columns, or a period's split ("Kỳ trước | Kỳ này", "Cùng kỳ | Thực hiện")
  it.each([
    ['Kỳ trước', 'Kỳ này', '', '600'],
    ['Cùng kỳ', 'Thực hiện', '', '600'],
    ['Thực hiện', 'Tỷ lệ (%)', '', '"75,00"'],
    ['Chỉ tiêu giao', 'Thực hiện', 'Kết quả', '600'],
  ])('"Giải quyết xong" over "%s | %s | %s": refused VALUE_WITHOUT_HEADER at line 3, cell 5 (%s), exit 1', async (a, b, c, at) => {
    const third = c === '' ? [] : [c];
    const lines = [
      `STT,Đơn vị,Có điều kiện,Giải quyết xong,${c === '' ? '' : ','}`,
      [',,', a, b, ...third].join(','),
      ['1,Chi cục Mỹ Lộc,800', a === 'Thực hiện' ? '600,"75,00"' : '550,600', ...(c === '' ? [] : ['601'])].join(','),
      ['2,Chi cục Vụ Bản,625', a === 'Thực hiện' ? '500,"80,00"' : '450,500', ...(c === '' ? [] : ['501'])].join(','),
    ];
    await refused(file(`ctl ${++n} viec 2024.csv`, lines), `:3:5: error: the number "${at.replace(/"/g, '')}" in cell 5 is under no column header`);
  });
});
