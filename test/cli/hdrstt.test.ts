// The row numbers beside the office column under no header of their own (row-number-column.ts).
// (1) "Đơn vị" merged over A:B — A the row numbers 1, 2, 3, B the offices' names ("Đơn vị,,Tổng
// số thụ lý,…" in a CSV): the offices were printed as "1", "2", "3" with exit 0, and --previous
// paired them by their number (Mỹ Lộc 2019 against Ý Yên 2018: −300 and −5,00 pp for +100 and
// +5,00 pp). (2) The STT's header cell left empty before "Đơn vị": refused for nothing
// (GROUP_HEADER_SPANS naming the title line, VALUE_WITHOUT_HEADER on the "1").
// A column whose cells are all row numbers is the STT, never the office. Every figure below is
// by hand; the real binary, both readers (plain CSV: the byte scanner; titled: the reference) and
// the xlsx twin. Controls: shapes that keep their reading.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-hdrstt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIELDS = 'Tổng số thụ lý,Tổng số phải thi hành,Có điều kiện thi hành,Giải quyết xong,Chưa có điều kiện';
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019,,,,,,'];
const MY_LOC = 'Chi cục Mỹ Lộc,1100,1040,800,600,240';
const VU_BAN = 'Chi cục Vụ Bản,900,850,600,500,250';
const TOTAL = 'Tổng cộng,2000,1890,1400,1100,490';

function write(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

interface Group {
  district: string | null;
  cases: { total: string; toExecute: string; withConditions: string; resolved: string; rate: string; totalChange?: string | null; rateChange?: string | null };
}

function summarize(files: readonly string[], args: readonly string[] = []) {
  const r = spawnThads(['summarize', ...files, '--format', 'json', ...args]);
  const json = r.code === 0 ? (JSON.parse(r.stdout) as { groups: Group[]; total: { cases: Group['cases'] } }) : null;
  return { ...r, json };
}

/** district → [total, to execute, with conditions, resolved, rate] */
function figures(json: { groups: Group[] }): Record<string, string[]> {
  return Object.fromEntries(json.groups.map((g) => [g.district ?? '', [g.cases.total, g.cases.toExecute, g.cases.withConditions, g.cases.resolved, g.cases.rate]]));
}

const RIGHT = { 'Chi cục Mỹ Lộc': ['1100', '1040', '800', '600', '75.00'], 'Chi cục Vụ Bản': ['900', '850', '600', '500', '83.33'] };
const QUAN = { 'Quận 1': RIGHT['Chi cục Mỹ Lộc'], 'Quận 10': RIGHT['Chi cục Vụ Bản'] };
const RIGHT_TOTAL = ['2000', '1890', '1400', '1100', '78.57'];

function expectRight(r: ReturnType<typeof summarize>, offices: Record<string, string[]> = RIGHT) {
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  expect(figures(r.json!)).toEqual(offices);
  const t = r.json!.total.cases;
  expect([t.total, t.toExecute, t.withConditions, t.resolved, t.rate]).toEqual(RIGHT_TOTAL);
}

describe('"Đơn vị" spanning the row numbers and the names (silent: offices "1", "2")', () => {
  const lines = [`Đơn vị,,${FIELDS}`, `1,${MY_LOC}`, `2,${VU_BAN}`, `,${TOTAL}`];

  it('plain CSV (the byte scanner gives up to the reference): the names are the offices', () => {
    expectRight(summarize([write('span-plain.csv', lines)], ['--year', '2019', '--measure', 'cases']));
  });

  it('CSV under title lines (the reference reader)', () => {
    expectRight(summarize([write('span-titled.csv', [...TITLE, ...lines])], ['--year', '2019']));
  });

  it('the offices are named on the rows they head: a column-number row, a Roman section, a total first, a footer in column A', () => {
    const shaped = [`Đơn vị,,${FIELDS}`, 'A,B,1,2,3,4,5', `,${TOTAL}`, 'I,Cấp huyện,2000,1890,1400,1100,490', `1,${MY_LOC}`, `2,${VU_BAN}`, 'Người lập biểu,,,,,,'];
    expectRight(summarize([write('span-sections.csv', shaped)], ['--year', '2019', '--measure', 'cases']));
  });

  it('xlsx, "Đơn vị" merged over A:B, with --previous: each office against itself (by hand: +100 / +5,00 pp, +100 / +3,33, +100 / +10,00)', async () => {
    const book = async (name: string, year: number, rows: (string | number | null)[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
      ws.getCell('A2').value = `KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${year}`;
      ws.getCell('A3').value = 'Đơn vị tính: việc';
      ws.getRow(5).values = ['Đơn vị', null, ...FIELDS.split(','), 'Tỷ lệ (%)'];
      ws.mergeCells('A5:B5');
      rows.forEach((r, i) => (ws.getRow(6 + i).values = r));
      const file = join(dir, name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    const now = await book('Nam Dinh 2019.xlsx', 2019, [
      [1, 'Chi cục Mỹ Lộc', 1100, 1040, 800, 600, 240, 75],
      [2, 'Chi cục Vụ Bản', 900, 850, 600, 500, 250, 83.33],
      [3, 'Chi cục Ý Yên', 1500, 1450, 1000, 900, 450, 90],
      [null, 'Tổng cộng', 3500, 3340, 2400, 2000, 940, 83.33],
    ]);
    const before = await book('Nam Dinh 2018.xlsx', 2018, [
      [1, 'Chi cục Ý Yên', 1400, 1350, 950, 760, 400, 80],
      [2, 'Chi cục Mỹ Lộc', 1000, 950, 700, 490, 250, 70],
      [3, 'Chi cục Vụ Bản', 800, 760, 500, 400, 260, 80],
      [null, 'Tổng cộng', 3200, 3060, 2150, 1650, 910, 76.74],
    ]);
    const r = summarize([now], ['--previous', before]);
    expect(r.code).toBe(0);
    const changes = Object.fromEntries(r.json!.groups.map((g) => [g.district, [g.cases.total, g.cases.rate, g.cases.totalChange, g.cases.rateChange]]));
    expect(changes).toEqual({
      'Chi cục Mỹ Lộc': ['1100', '75.00', '100', '5.00'],
      'Chi cục Vụ Bản': ['900', '83.33', '100', '3.33'],
      'Chi cục Ý Yên': ['1500', '90.00', '100', '10.00'],
    });
    // 2.000 / 2.400 = 83,33 % against 1.650 / 2.150 = 76,74 %: +6,59 pp; 3.500 − 3.200 = +300
    expect([r.json!.total.cases.total, r.json!.total.cases.totalChange, r.json!.total.cases.rateChange]).toEqual(['3500', '300', '6.59']);
    const inspect = spawnThads(['inspect', now]);
    expect(inspect.stdout).toContain('1  "(row numbers: “Đơn vị” spans columns 1–2)" → ignored');
    expect(inspect.stdout).toContain('2  "Đơn vị" → district');
  });
});

describe('the STT column with its header cell empty (refused for nothing)', () => {
  const lines = [`,Đơn vị,${FIELDS}`, `1,${MY_LOC}`, `2,${VU_BAN}`, `,${TOTAL}`];

  it('plain CSV: was VALUE_WITHOUT_HEADER on the "1"', () => {
    expectRight(summarize([write('blank-plain.csv', lines)], ['--year', '2019', '--measure', 'cases']));
  });

  it('CSV under title lines: was GROUP_HEADER_SPANS naming the title', () => {
    expectRight(summarize([write('blank-titled.csv', [...TITLE, ...lines])], ['--year', '2019']));
  });

  it('a numbering row "(1), (2)…" under the header and a footer "Nơi nhận:" in column A', () => {
    const shaped = [`,Đơn vị,${FIELDS}`, '(1),(2),(3),(4),(5),(6),(7)', `1,${MY_LOC}`, `2,${VU_BAN}`, `,${TOTAL}`, 'Nơi nhận:,,,,,,'];
    expectRight(summarize([write('blank-numbering.csv', shaped)], ['--year', '2019', '--measure', 'cases']));
  });

  it('offices named by numbers ("Quận 1", "Quận 10") beside the row numbers: the names are the offices', () => {
    const numbered = [`,Đơn vị,${FIELDS}`, '1,Quận 1,1100,1040,800,600,240', '2,Quận 10,900,850,600,500,250', `,${TOTAL}`];
    expectRight(summarize([write('quan-blank.csv', numbered)], ['--year', '2019', '--measure', 'cases']), QUAN);
  });

  it('xlsx with a unit line: was GROUP_HEADER_SPANS naming "Đơn vị tính: việc"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';
    ws.getCell('A3').value = 'Đơn vị tính: việc';
    ws.getRow(5).values = [null, 'Đơn vị', ...FIELDS.split(',')];
    ws.getRow(6).values = [1, 'Chi cục Mỹ Lộc', 1100, 1040, 800, 600, 240];
    ws.getRow(7).values = [2, 'Chi cục Vụ Bản', 900, 850, 600, 500, 250];
    ws.getRow(8).values = [null, 'Tổng cộng', 2000, 1890, 1400, 1100, 490];
    const file = join(dir, 'blank 2019.xlsx');
    await wb.xlsx.writeFile(file);
    expectRight(summarize([file]));
  });
});

describe('both readers print the same', () => {
  const { both } = bothReaders('thads-hdrstt-both-', ['--year', '2019', '--measure', 'cases', '--format', 'csv']);
  it.each([
    ['span', `Đơn vị,,${FIELDS}`],
    ['blank', `,Đơn vị,${FIELDS}`],
  ])('%s', async (_, header) => {
    const r = await both('rows.csv', [header, `1,${MY_LOC}`, `2,${VU_BAN}`, `,${TOTAL}`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(',Chi cục Mỹ Lộc,2019,,,1100,');
    expect(r.stdout).toContain(',Chi cục Vụ Bản,2019,,,900,');
    expect(r.stdout).toContain(',TOTAL,2019,,,2000,');
  });
});

describe('controls: shapes that keep their reading', () => {
  it('"STT | Đơn vị" (the hunter\'s control): read as before', () => {
    expectRight(summarize([write('stt.csv', [...TITLE, `STT,Đơn vị,${FIELDS}`, `1,${MY_LOC}`, `2,${VU_BAN}`, `,${TOTAL}`])], ['--year', '2019']));
    expectRight(summarize([write('stt-plain.csv', [`STT,Đơn vị,${FIELDS}`, `1,${MY_LOC}`, `2,${VU_BAN}`, `,${TOTAL}`])], ['--year', '2019', '--measure', 'cases']));
  });

  it('offices named by numbers ("Quận 1", "Quận 10") under "Đơn vị" spanning an empty column stay offices', () => {
    const spanned = [`Đơn vị,,${FIELDS}`, 'Quận 1,,1100,1040,800,600,240', 'Quận 10,,900,850,600,500,250', 'Tổng cộng,,2000,1890,1400,1100,490'];
    expectRight(summarize([write('quan-span.csv', spanned)], ['--year', '2019', '--measure', 'cases']), QUAN);
  });

  it('a column under no header holding figures, not row numbers: refused as before (VALUE_WITHOUT_HEADER)', () => {
    const left = summarize([write('fig-left.csv', [`,Đơn vị,${FIELDS}`, `100,${MY_LOC}`, `200,${VU_BAN}`, `,${TOTAL}`])], ['--year', '2019', '--measure', 'cases']);
    expect(left.code).toBe(1);
    expect(left.stdout).toBe('');
    expect(left.stderr).toContain('fig-left.csv:2:1: error: the number "100" in cell 1 is under no column header');
    expect(left.stderr).toContain('[VALUE_WITHOUT_HEADER]');
    const right = summarize([write('fig-right.csv', [`Đơn vị,,${FIELDS}`, 'Chi cục Mỹ Lộc,100,1100,1040,800,600,240', 'Chi cục Vụ Bản,200,900,850,600,500,250', 'Tổng cộng,300,2000,1890,1400,1100,490'])], ['--year', '2019', '--measure', 'cases']);
    expect(right.code).toBe(1);
    expect(right.stdout).toBe('');
    expect(right.stderr).toContain('fig-right.csv:2:2: error: the number "100" in cell 2 is under no column header');
    // row numbers counting 1, 2 beside the names, right of them: refused as before
    const after = summarize([write('num-right.csv', [`Đơn vị,,${FIELDS}`, 'Chi cục Mỹ Lộc,1,1100,1040,800,600,240', 'Chi cục Vụ Bản,2,900,850,600,500,250', 'Tổng cộng,,2000,1890,1400,1100,490'])], ['--year', '2019', '--measure', 'cases']);
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('[VALUE_WITHOUT_HEADER]');
  });
});
