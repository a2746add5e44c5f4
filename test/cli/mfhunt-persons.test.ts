// A file named after an office whose office column lists people ("Vụ Bản 2019.csv": the office's
// figures per enforcer, header "Đơn vị") beside the province's table that already has a row "Vụ
// Bản". The fault: the people's rows were summed as offices on top of that row, Vụ Bản counted
// twice (TOTAL 2.450 + 290 = 2.740), exit 0. Right: refused DUPLICATE_INPUT, whichever file comes
// first (office-registry.ts partsOf). The rule rests on the file's name and its rows never naming
// the office, never on a name looking personal: "Trần Văn Thời" and "Dương Minh Châu" are
// districts. Controls keep their reading: the people's file alone, an office file whose row names
// its office, a table without the office's row, the "Chấp hành viên" header (refused before).
// Every figure below is written by hand.
import { describe, expect, it } from 'vitest';
import { totalCells } from '../helpers/key-rows.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-mfhunt-persons-');
const { both } = bothReaders('thads-mfhunt-persons-both-', []);

const HEAD = 'Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
// The province's table: 600 + 1.050 + 800 = 2.450 accepted; 500 + 900 + 700 = 2.100 with
// conditions; 400 + 700 + 600 = 1.700 resolved.
const TABLE = [HEAD, 'Mỹ Lộc,600,500,400', 'Vụ Bản,1050,900,700', 'Ý Yên,800,700,600'];
// Vụ Bản by enforcer: 150 + 140 = 290 accepted, 120 + 110 = 230, 100 + 90 = 190.
const PEOPLE = [HEAD, 'Nguyễn Văn An,150,120,100', 'Trần Thị Bình,140,110,90'];
// The same, its people named as places are ("Trần Văn Thời", "Dương Minh Châu" are districts).
const PLACE_LIKE = [HEAD, 'Trần Văn Thời,150,120,100', 'Dương Minh Châu,140,110,90'];

const table = file('Nam Định 2019.csv', TABLE);
const people = file('Vụ Bản 2019.csv', PEOPLE);
file('x/Vụ Bản 2019.csv', PLACE_LIKE);
file('y/Vụ Bản 2019.csv', [HEAD, 'Chi cục THADS huyện Vụ Bản,1050,900,700']);
file('y/Mỹ Lộc 2019.csv', [HEAD, 'Mỹ Lộc,600,500,400']);
file('z/Nam Định 2019.csv', [HEAD, 'Mỹ Lộc,600,500,400', 'Ý Yên,800,700,600']);
file('w/Vụ Bản 2019.csv', ['Chấp hành viên,Tổng số thụ lý,Có điều kiện,Giải quyết xong', 'Nguyễn Văn An,150,120,100', 'Trần Thị Bình,140,110,90']);

function run(args: readonly string[]) {
  return spawnThads(['summarize', ...args, '--measure', 'cases', '--format', 'csv'], { cwd: dir });
}
/** the TOTAL row's accepted, with conditions, resolved */
const total = (stdout: string) => totalCells(stdout, ['cases_total', 'cases_with_conditions', 'cases_resolved']);

describe('a file named after an office, its rows people, beside the table with that office', () => {
  it('is refused DUPLICATE_INPUT at its first row, naming the table\'s row (was TOTAL 2.740, exit 0)', () => {
    const r = run(['Nam Định 2019.csv', 'Vụ Bản 2019.csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Vụ Bản 2019\.csv:2: error: .*"Vụ Bản".*Nam Định 2019\.csv:3.*\[DUPLICATE_INPUT\]$/m);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
  });

  it('is refused the other way round too (the people\'s file first), located at the table\'s row', () => {
    const r = run(['Vụ Bản 2019.csv', 'Nam Định 2019.csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^Nam Định 2019\.csv:3: error: Vụ Bản 2019\.csv is named after office "Vụ Bản".*\[DUPLICATE_INPUT\]$/m);
  });

  it('whatever the people are called: names of districts among them change nothing', () => {
    const r = run(['Nam Định 2019.csv', 'x/Vụ Bản 2019.csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^x\/Vụ Bản 2019\.csv:2: error: .*\[DUPLICATE_INPUT\]$/m);
  });

  it('through both readers (the table given after the people\'s file)', async () => {
    const r = await both('Vụ Bản 2019.csv', PEOPLE, [table, '--measure', 'cases', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
  });

  it('as a workbook: "Vụ Bản 2019.xlsx" of people beside the table is refused too', async () => {
    const rows = PEOPLE.map((l, n) => l.split(',').map((c, i) => (i === 0 || n === 0 ? c : Number(c))));
    await writeSheetsWorkbook(dir, 'Vụ Bản 2019.xlsx', { Sheet1: rows });
    const r = run(['Nam Định 2019.csv', 'Vụ Bản 2019.xlsx']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
  });
});

describe('controls: nearby shapes keep their reading', () => {
  it('the people\'s file alone is read as before: its rows summed, 290 / 230 / 190, exit 0', () => {
    const r = run(['Vụ Bản 2019.csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['290', '230', '190']);
    expect(people).toContain('Vụ Bản 2019.csv');
  });

  it('an office file whose row names its office beside another office\'s file: 600 + 1.050 = 1.650, 500 + 900 = 1.400, 400 + 700 = 1.100', () => {
    const r = run(['y/Mỹ Lộc 2019.csv', 'y/Vụ Bản 2019.csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['1650', '1400', '1100']);
  });

  it('beside a table without the office\'s row, its people count it once: 600 + 800 + 290 = 1.690, 500 + 700 + 230 = 1.430, 400 + 600 + 190 = 1.190', () => {
    const r = run(['z/Nam Định 2019.csv', 'Vụ Bản 2019.csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['1690', '1430', '1190']);
  });

  it('the table alone: 2.450 / 2.100 / 1.700', () => {
    const r = run(['Nam Định 2019.csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['2450', '2100', '1700']);
  });

  it('a "Chấp hành viên" header (no office column: the file is the office) is refused as before', () => {
    const r = run(['Nam Định 2019.csv', 'w/Vụ Bản 2019.csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^w\/Vụ Bản 2019\.csv:2: error: cases of "Vụ Bản" \(2019\) are given again: Nam Định 2019\.csv:3 already gave them.*\[DUPLICATE_INPUT\]$/m);
  });
});
