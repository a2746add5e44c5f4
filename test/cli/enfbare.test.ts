// Persons' rows under an office line left added beside it by the one-enforcer fix (oneenf.test.ts),
// in a file no title says is by enforcer (by-enforcer.ts rowsUnderItsLine):
//  1. "1 | Cục THADS tỉnh Nam Định | 70" over "| Nguyễn Văn An | 30" (one enforcer, part of the
//     Cục's cases): added as three offices, 500 for 470, exit 0. The Cục's enforcer (counted in its
//     line) or an office whose STT was left out: refused NOT_AN_OFFICE at the person's row.
//  2. "1 | Mỹ Lộc | 300" over "| Trần Thị Bình | 180", "| Lê Văn Cường | 120": added, 740 for 440,
//     only a warning. Rows adding up to a bare place numbered as an office are its enforcers, its
//     line their subtotal, as under "Chi cục THADS huyện Mỹ Lộc".
// Totals below are written by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-enfbare-'));
const TITLED = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: Việc', 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Đã giải quyết xong'];
const PLAIN = ['STT;Đơn vị;Số việc thụ lý;Số việc có điều kiện;Số việc giải quyết xong'];
const MY_LOC = ['2;Chi cục THADS huyện Mỹ Lộc;400;300;280', ';Trần Thị Bình;240;180;170', ';Lê Văn Cường;160;120;110'];
const { both } = bothReaders('thads-enfbare-both-', ['--format', 'json']);

type Result = { code: number; stdout: string; stderr: string };
function run(name: string, lines: readonly string[]): Result {
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return spawnThads(['summarize', file, '--format', 'json']);
}
const totalOf = (stdout: string) => (JSON.parse(stdout) as { total: { cases: { total: string; withConditions: string; resolved: string } } }).total.cases;
const officesOf = (stdout: string) => (JSON.parse(stdout) as { groups: { district: string }[] }).groups.map((g) => g.district);

function refusedUnder(r: Result, name: string, office: string) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`"${name}" has no STT and names no office under "${office}"`);
  expect(stderrCodes(r.stderr)).toContain('NOT_AN_OFFICE');
}
function read(r: Result, total: string, withConditions: string, resolved: string) {
  expect(r.code, r.stderr).toBe(0);
  expect(totalOf(r.stdout)).toMatchObject({ total, withConditions, resolved });
}

describe('1. persons under the Cục\'s line that are not its figures: refused', () => {
  const ONE = ['1;Cục THADS tỉnh Nam Định;70;47;40', ';Nguyễn Văn An;30;20;15', ...MY_LOC];
  it('one enforcer with less than the Cục (titled: reference reader; was 500, exit 0)', () => {
    const r = run('a.csv', [...TITLED, ...ONE]);
    refusedUnder(r, 'Nguyễn Văn An', 'Cục THADS tỉnh Nam Định');
    expect(r.stderr).toMatch(/a\.csv:5: error: "Nguyễn Văn An" has no STT/);
    expect(r.stderr).toContain('(line 4)');
  });
  it('plain CSV (byte-scanner hands it over), with a "Tổng cộng" too', () => {
    const r = run('b.csv', [...PLAIN, ...ONE, 'Tổng cộng;;470;347;320']);
    refusedUnder(r, 'Nguyễn Văn An', 'Cục THADS tỉnh Nam Định');
    expect(r.stderr).toMatch(/b\.csv:3: error: "Nguyễn Văn An"/);
  });
  it('two persons not adding up to it (40 + 20 under 70; was 230, exit 0): refused at the first', () => {
    const r = run('c.csv', [...PLAIN, '1;Cục THADS tỉnh Nam Định;70;47;40', ';Nguyễn Văn An;40;27;25', ';Trần Thị Bình;20;20;15', '2;Chi cục THADS huyện Vụ Bản;100;50;40']);
    refusedUnder(r, 'Nguyễn Văn An', 'Cục THADS tỉnh Nam Định');
    expect(r.stderr).toMatch(/c\.csv:3: error/);
  });
  it('both readers agree in process', async () => {
    const r = await both('d.csv', [...PLAIN, ...ONE]);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('NOT_AN_OFFICE');
  });
  it('xlsx twin: refused at row 5', async () => {
    const r = await summarizeLinesWorkbook(dir, 'e.xlsx', [...TITLED, ...ONE], ['--format', 'json']);
    refusedUnder(r, 'Nguyễn Văn An', 'Cục THADS tỉnh Nam Định');
    expect(r.stderr).toContain('(row 4)');
  });
});

describe('2. enforcers adding up to a bare place numbered as an office: its enforcers, counted once', () => {
  // by hand: Mỹ Lộc 300/200/180 (= 180+120, 120+80, 110+70), Vụ Bản 140/90/80 → 440/290/260
  const BARE = ['1;Mỹ Lộc;300;200;180', ';Trần Thị Bình;180;120;110', ';Lê Văn Cường;120;80;70', '2;Vụ Bản;140;90;80'];
  it('titled (reference reader): 440, not 740', () => {
    const r = run('f.csv', [...TITLED, ...BARE]);
    read(r, '440', '290', '260');
    expect(officesOf(r.stdout)).toEqual(['Mỹ Lộc', 'Vụ Bản']);
    expect(stderrCodes(r.stderr)).not.toContain('SUSPECTED_TOTAL_ROW');
  });
  it('plain CSV: 440; with a "Tổng cộng" 440 checked', () => {
    read(run('g.csv', [...PLAIN, ...BARE]), '440', '290', '260');
    read(run('g2.csv', [...PLAIN, ...BARE, 'Tổng cộng;;440;290;260']), '440', '290', '260');
  });
  it('the same as under "Chi cục THADS huyện Mỹ Lộc"', () => {
    const r = run('h.csv', [...PLAIN, '1;Chi cục THADS huyện Mỹ Lộc;300;200;180', ...BARE.slice(1)]);
    read(r, '440', '290', '260');
  });
  it('the bare place alone with three enforcers (was SUSPECTED_TOTAL_ROW): 300', () => {
    read(run('i.csv', [...PLAIN, '1;Mỹ Lộc;300;200;180', ';Trần Thị Bình;100;70;60', ';Lê Văn Cường;120;80;70', ';Phạm Thu Hà;80;50;50']), '300', '200', '180');
  });
  it('both readers in process, and the xlsx twin: 440', async () => {
    read(await both('j.csv', [...PLAIN, ...BARE]), '440', '290', '260');
    read(await summarizeLinesWorkbook(dir, 'k.xlsx', [...TITLED, ...BARE], ['--format', 'json']), '440', '290', '260');
  });
});

describe('over-reach controls: read as before', () => {
  it('the Cục total over bare districts without STT (700 = 300 + 400), another office after: SUSPECTED_TOTAL_ROW, no NOT_AN_OFFICE', () => {
    const r = run('p.csv', [...PLAIN, '1;Cục THADS tỉnh Nam Định;700;500;450', ';Mỹ Lộc;300;200;180', ';Vụ Bản;400;300;270', '2;Chi cục THADS huyện Ý Yên;100;50;40']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('SUSPECTED_TOTAL_ROW');
    expect(stderrCodes(r.stderr)).not.toContain('NOT_AN_OFFICE');
  });
  it('districts named after persons, numbered or not: offices (70 + 50 + 30 = 150)', () => {
    for (const [name, lines] of [
      ['q.csv', ['1;Lê Chân;70;47;40', '2;Ngô Quyền;50;30;20', '3;Hai Bà Trưng;30;20;10']],
      ['q2.csv', [';Lê Chân;70;47;40', ';Ngô Quyền;50;30;20', ';Hai Bà Trưng;30;20;10']],
    ] as const) {
      const r = run(name, [...PLAIN, ...lines]);
      read(r, '150', '97', '70');
      expect(officesOf(r.stdout)).toEqual(['Lê Chân', 'Ngô Quyền', 'Hai Bà Trưng']);
    }
  });
  it('a numbered bare place over person-named districts not adding up to it: offices (70 + 50 + 40 = 160)', () => {
    const r = run('r.csv', [...PLAIN, '1;Hồng Bàng;70;47;40', ';Lê Chân;50;30;20', ';Ngô Quyền;40;20;10']);
    read(r, '160', '97', '70');
    expect(officesOf(r.stdout)).toHaveLength(3);
  });
  it('khu vực offices over their enforcers: 300 + 200 = 500', () => {
    const r = run('s.csv', [...TITLED, '1;Phòng THADS khu vực 1;300;200;180', ';Trần Thị Bình;180;120;110', ';Lê Văn Cường;120;80;70', '2;Phòng THADS khu vực 2;200;150;100']);
    read(r, '500', '350', '280');
    expect(officesOf(r.stdout)).toEqual(['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2']);
  });
});
