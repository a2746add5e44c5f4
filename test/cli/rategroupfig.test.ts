// A rate group split below the header into columns named by FIGURE words: "Tỷ lệ (%)" (or "Tỷ lệ
// giải quyết (%)", "Kết quả (%)") over "Có điều kiện | Giải quyết xong", "Giải quyết xong | Thi
// hành xong", "Giải quyết xong | Chưa có điều kiện". The sub-columns hold percents ("75,00",
// "80,00"), yet they were read as the fields their labels name: the real column collided
// (DUPLICATE_COLUMN), or, where the field had no column of its own, the percents were summed as
// its figure with exit 0 (cases resolved 75 + 80 = 155 instead of 600 + 500 = 1.100, or a file
// with no resolved column summed from its rates). The rule: layout.ts rateColumnOf — a column
// under a rate group of the header row is the rate's column, ignored as the rate is, whatever
// field its own label names. Every figure below is worked out by hand; both readers (plain: the
// byte scanner; titled: the reference reader) and the real binary, an .xlsx twin with merged cells.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { summarizeCsvRows } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-rategroupfig-');
let n = 0;

type Shape = 'plain' | 'titled';
const SHAPES: readonly Shape[] = ['plain', 'titled'];
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024,,,,,,,', 'Đơn vị tính: việc,,,,,,,'];

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
async function readRight(path: string): Promise<Record<string, Record<string, string>>> {
  const both = await summarizeCsvRows(dir, [path], ['--by', 'district']);
  expect(both.stderr).not.toMatch(/error|DUPLICATE_COLUMN|RESOLVED_/);
  expect(both.code).toBe(0);
  const r = spawnThads(['summarize', path, '--format', 'csv', '--by', 'district']);
  expect(r.stderr).not.toMatch(/error|DUPLICATE_COLUMN|RESOLVED_/);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(both.stdout);
  return rowsOf(r.stdout);
}

const withTitle = (shape: Shape, lines: readonly string[]) => (shape === 'plain' ? lines : [...TITLE, ...lines]);

// ---------------------------------------------------------------------------------------------
// (A) the rate's sub-labels name fields that have their own columns (they collided)
// By hand: thụ lý 1.000 + 1.250 = 2.250; có ĐK 800 + 625 = 1.425; giải quyết xong 600 + 500 =
// 1.100; rate 1.100 / 1.425 = 77,19 % (Mỹ Lộc 600/800 = 75,00; Vụ Bản 500/625 = 80,00).
const formA = (group: string, a: string, b: string) => [
  `STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong,${group},`,
  `,,,,,${a},${b}`,
  '1,Chi cục Mỹ Lộc,1000,800,600,"80,00","75,00"',
  '2,Chi cục Vụ Bản,1250,625,500,"50,00","80,00"',
];
const GROUPS = ['Tỷ lệ (%)', 'Tỷ lệ giải quyết (%)', 'Kết quả (%)'];
const PAIRS = [
  ['Có điều kiện', 'Giải quyết xong'],
  ['Giải quyết xong', 'Thi hành xong'],
  ['Thi hành xong', 'Giải quyết xong'],
] as const;
const READ_A = { cases_total: '2250', cases_with_conditions: '1425', cases_completed: '', cases_resolved: '1100', cases_rate: '77.19' };

describe('(A) "Tỷ lệ (%)" over figure words whose fields have columns: the rate\'s columns, ignored', () => {
  const cases = SHAPES.flatMap((shape) => GROUPS.flatMap((g) => PAIRS.map(([a, b]) => [shape, g, a, b] as const)));
  it.each(cases)('%s: "%s" over "%s | %s" → 2.250 / 1.425 / 1.100, 77.19 per cent', async (shape, g, a, b) => {
    const rows = await readRight(file(`${shape} ${++n} viec 2024.csv`, withTitle(shape, formA(g, a, b))));
    expect(rows.TOTAL).toMatchObject(READ_A);
    expect(rows['Chi cục Mỹ Lộc']).toMatchObject({ cases_with_conditions: '800', cases_resolved: '600', cases_rate: '75.00' });
    expect(rows['Chi cục Vụ Bản']).toMatchObject({ cases_with_conditions: '625', cases_resolved: '500', cases_rate: '80.00' });
  });
});

// ---------------------------------------------------------------------------------------------
// (B) the rate's sub-labels name fields with no column of their own (the percents were summed)
// By hand: thụ lý 2.250; có ĐK 1.425; thi hành xong 560 + 470 = 1.030; đình chỉ 40 + 30 = 70;
// giải quyết xong 1.030 + 70 = 1.100 (Mỹ Lộc 600, Vụ Bản 500); rate 1.100 / 1.425 = 77,19 %;
// no "Chưa có điều kiện" column: its share (20,00 / 50,00) is no figure.
const formB = (group: string) => [
  `STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ,${group},`,
  ',,,,,,Giải quyết xong,Chưa có điều kiện',
  '1,Chi cục Mỹ Lộc,1000,800,560,40,"75,00","20,00"',
  '2,Chi cục Vụ Bản,1250,625,470,30,"80,00","50,00"',
];
const READ_B = { cases_total: '2250', cases_with_conditions: '1425', cases_completed: '1030', cases_terminated: '70', cases_without_conditions: '', cases_resolved: '1100', cases_rate: '77.19' };

describe('(B) "Tỷ lệ (%)" over figure words of no column of their own: never summed as figures', () => {
  const cases = SHAPES.flatMap((shape) => GROUPS.map((g) => [shape, g] as const));
  it.each(cases)('%s: "%s" over "Giải quyết xong | Chưa có điều kiện" → resolved 1.100 (not 155), 77.19 per cent', async (shape, g) => {
    const rows = await readRight(file(`${shape} ${++n} viec 2024.csv`, withTitle(shape, formB(g))));
    expect(rows.TOTAL).toMatchObject(READ_B);
    expect(rows['Chi cục Mỹ Lộc']).toMatchObject({ cases_resolved: '600', cases_rate: '75.00' });
    expect(rows['Chi cục Vụ Bản']).toMatchObject({ cases_resolved: '500', cases_rate: '80.00' });
  });

  // no resolved column at all: the rates were its figures; now the file is refused where it is
  const formC = [
    'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Chưa có điều kiện,Tỷ lệ (%),',
    ',,,,,Giải quyết xong,Thi hành xong',
    '1,Chi cục Mỹ Lộc,1000,800,200,"75,00","70,00"',
    '2,Chi cục Vụ Bản,1250,625,625,"80,00","75,20"',
  ];
  it.each(SHAPES)('%s: no resolved column beside the rate group over "Giải quyết xong | Thi hành xong" → refused MISSING_COLUMN, exit 1', async (shape) => {
    const lines = withTitle(shape, formC);
    const path = file(`${shape} ${++n} viec 2024.csv`, lines);
    const both = await summarizeCsvRows(dir, [path], []);
    expect(both.code).toBe(1);
    const r = spawnThads(['summarize', path, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`:${lines.length - 2}: error: missing column cases_resolved (or cases_completed) [MISSING_COLUMN]`);
  });
});

// ---------------------------------------------------------------------------------------------
// .xlsx twins: every label merged over the two header rows but the rate's, merged across its two.
describe('xlsx with merged cells', () => {
  async function workbook(head: readonly string[], sub: readonly string[], rows: readonly (readonly (string | number)[])[]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Việc');
    ws.addRow(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024']);
    ws.addRow([...head, null]);
    ws.addRow([...head.slice(0, -1).map(() => null), ...sub]);
    for (const r of rows) ws.addRow([...r]);
    const last = head.length - 1;
    for (let c = 0; c < last; c++) ws.mergeCells(2, c + 1, 3, c + 1);
    ws.mergeCells(2, last + 1, 2, last + 2);
    const path = join(dir, `Nam Dinh ${++n} 2024.xlsx`);
    await wb.xlsx.writeFile(path);
    return path;
  }
  const run = (path: string) => {
    const r = spawnThads(['summarize', path, '--format', 'csv', '--by', 'district']);
    expect(r.stderr).not.toMatch(/error|DUPLICATE_COLUMN|RESOLVED_/);
    expect(r.code).toBe(0);
    return rowsOf(r.stdout);
  };

  it.each(PAIRS)('(A) the rate group over "%s | %s" → 2.250 / 1.425 / 1.100, 77.19 per cent', async (a, b) => {
    const path = await workbook(['STT', 'Đơn vị', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong', 'Tỷ lệ (%)'], [a, b], [
      [1, 'Chi cục Mỹ Lộc', 1000, 800, 600, 80, 75],
      [2, 'Chi cục Vụ Bản', 1250, 625, 500, 50, 80],
    ]);
    const rows = run(path);
    expect(rows.TOTAL).toMatchObject(READ_A);
    expect(rows['Chi cục Mỹ Lộc']).toMatchObject({ cases_resolved: '600', cases_rate: '75.00' });
  });

  it('(B) "Tỷ lệ (%)" over "Giải quyết xong | Chưa có điều kiện" → resolved 1.100, 77.19 per cent', async () => {
    const path = await workbook(['STT', 'Đơn vị', 'Tổng số thụ lý', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ', 'Tỷ lệ (%)'], ['Giải quyết xong', 'Chưa có điều kiện'], [
      [1, 'Chi cục Mỹ Lộc', 1000, 800, 560, 40, 75, 20],
      [2, 'Chi cục Vụ Bản', 1250, 625, 470, 30, 80, 50],
    ]);
    const rows = run(path);
    expect(rows.TOTAL).toMatchObject(READ_B);
    expect(rows['Chi cục Vụ Bản']).toMatchObject({ cases_resolved: '500', cases_rate: '80.00' });
  });
});

// ---------------------------------------------------------------------------------------------
// Over-reach controls: near shapes keep their present reading.
describe('controls: the same words elsewhere read as before', () => {
  it('"Tỷ lệ (%)" a plain single column beside "Giải quyết xong" over "Tổng số | Thi hành xong | Đình chỉ": 1.425 / 1.030 / 70 / 1.100', async () => {
    const rows = await readRight(
      file(`ctl ${++n} viec 2024.csv`, [
        'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong,,,Tỷ lệ (%)',
        ',,,,Tổng số,Thi hành xong,Đình chỉ,',
        '1,Chi cục Mỹ Lộc,1000,800,600,560,40,"75,00"',
        '2,Chi cục Vụ Bản,1250,625,500,470,30,"80,00"',
      ]),
    );
    expect(rows.TOTAL).toMatchObject({ cases_total: '2250', cases_with_conditions: '1425', cases_completed: '1030', cases_terminated: '70', cases_resolved: '1100', cases_rate: '77.19' });
  });

  it('"Tỷ lệ (%)" a plain column of a one-row header: ignored, 1.425 / 1.100, 77.19 per cent', async () => {
    const rows = await readRight(file(`ctl ${++n} viec 2024.csv`, ['STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Tỷ lệ (%)', '1,Chi cục Mỹ Lộc,1000,800,600,"75,00"', '2,Chi cục Vụ Bản,1250,625,500,"80,00"']));
    expect(rows.TOTAL).toMatchObject({ cases_total: '2250', cases_with_conditions: '1425', cases_resolved: '1100', cases_rate: '77.19' });
  });

  it('"Số việc | Số tiền" groups over "Có điều kiện | Giải quyết xong": each measure\'s figures', async () => {
    // by hand: cases 800 + 625 = 1.425, 600 + 500 = 1.100 (77,19 %); money 1.500 + 2.500 = 4.000,
    // 1.200 + 1.000 = 2.200 (55,00 %)
    const rows = await readRight(
      file(`ctl ${++n} 2024.csv`, [
        'STT,Đơn vị,Số việc,,Số tiền,',
        ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
        '1,Chi cục Mỹ Lộc,800,600,1500,1200',
        '2,Chi cục Vụ Bản,625,500,2500,1000',
      ]),
    );
    expect(rows.TOTAL).toMatchObject({ cases_with_conditions: '1425', cases_resolved: '1100', cases_rate: '77.19', money_with_conditions: '4000', money_resolved: '2200', money_rate: '55.00' });
  });

  it('"Tỷ lệ giải quyết xong (%)" over "Chỉ tiêu giao | Thực hiện" (session 28): the target said, the form read', async () => {
    const path = file(`ctl ${++n} viec 2024.csv`, [
      'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Tỷ lệ giải quyết xong (%),',
      ',,,,,Chỉ tiêu giao,Thực hiện',
      '1,Chi cục Mỹ Lộc,1000,800,600,"83,25","75,00"',
      '2,Chi cục Vụ Bản,1250,625,500,"83,25","80,00"',
    ]);
    const rows = await readRight(path);
    expect(rows.TOTAL).toMatchObject({ cases_total: '2250', cases_with_conditions: '1425', cases_resolved: '1100', cases_rate: '77.19' });
    const r = spawnThads(['summarize', path, '--format', 'csv']);
    expect(r.stderr).toContain('column "Chỉ tiêu giao" states targets; thads does not read them');
  });

  it('the forms\' count | share: "Có điều kiện" over "Số việc | Tỷ lệ (%)": the count read, the share ignored', async () => {
    const rows = await readRight(
      file(`ctl ${++n} viec 2024.csv`, [
        'STT,Đơn vị,Có điều kiện,,Giải quyết xong,',
        ',,Số việc,Tỷ lệ (%),Số việc,Tỷ lệ (%)',
        '1,Chi cục Mỹ Lộc,800,"80,00",600,"75,00"',
        '2,Chi cục Vụ Bản,625,"50,00",500,"80,00"',
      ]),
    );
    expect(rows.TOTAL).toMatchObject({ cases_total: '', cases_with_conditions: '1425', cases_resolved: '1100', cases_rate: '77.19' });
  });
});
