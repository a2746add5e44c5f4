// Persons' rows under a BARE place numbered as an office ("1 | Mỹ Lộc | 300" over "| Nguyễn Văn An
// | 150", "| Trần Thị Bình | 100") that do not add up to it were added as offices beside it: six
// offices, 930 / 790 / 640 for 500 / 430 / 350, exit 0. Whether the line or the persons hold the
// office's figures no one can tell: refused at the line, as under "Chi cục THADS huyện Mỹ Lộc"
// (OFFICE_SUBTOTAL_MISMATCH, by-enforcer.ts rowsUnderItsLine / namesPerson). Persons adding up
// to it, lists of bare places, an office's own name under it: read as before.
// Totals below are written by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-bareper-'));
const TITLED = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: Việc', 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Đã giải quyết xong'];
const PLAIN = ['STT;Đơn vị;Số việc thụ lý;Số việc có điều kiện;Số việc giải quyết xong'];
// the fault's file: 150 + 100 = 250 under 300, 120 + 60 = 180 under 200
const BARE = ['1;Mỹ Lộc;300;250;200', ';Nguyễn Văn An;150;120;100', ';Trần Thị Bình;100;90;60', '2;Vụ Bản;200;180;150', ';Lê Văn Cường;120;100;90', ';Phạm Thị Dung;60;50;40'];
// the twin whose persons add up: 200 + 100 = 300, 160 + 90 = 250, 140 + 60 = 200; 140 + 60 = 200, 130 + 50 = 180, 110 + 40 = 150
const ADDING = ['1;Mỹ Lộc;300;250;200', ';Nguyễn Văn An;200;160;140', ';Trần Thị Bình;100;90;60', '2;Vụ Bản;200;180;150', ';Lê Văn Cường;140;130;110', ';Phạm Thị Dung;60;50;40'];
const { both } = bothReaders('thads-bareper-both-', ['--format', 'json']);

type Result = { code: number; stdout: string; stderr: string };
function run(name: string, lines: readonly string[]): Result {
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return spawnThads(['summarize', file, '--format', 'json']);
}
const totalOf = (stdout: string) => (JSON.parse(stdout) as { total: { cases: { total: string; withConditions: string; resolved: string } } }).total.cases;
const officesOf = (stdout: string) => (JSON.parse(stdout) as { groups: { district: string }[] }).groups.map((g) => g.district);
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => / error: /.test(l));

function refusedAt(r: Result, office: string, span: string) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`"${office}" on this row is an office with figures, and it is not the sum of its parts, its enforcers' rows without an STT under it (${span}): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]`);
}
function read(r: Result, total: string, withConditions: string, resolved: string) {
  expect(r.code, r.stderr).toBe(0);
  expect(totalOf(r.stdout)).toMatchObject({ total, withConditions, resolved });
}

describe('persons under a bare place that do not add up to it: refused at the line (was 930 / 790 / 640, exit 0)', () => {
  it('plain CSV: both lines refused, naming their persons\' lines', () => {
    const r = run('a.csv', [...PLAIN, ...BARE]);
    refusedAt(r, 'Mỹ Lộc', 'lines 3–4');
    refusedAt(r, 'Vụ Bản', 'lines 6–7');
    expect(r.stderr).toMatch(/a\.csv:2: error: "Mỹ Lộc"/);
    expect(r.stderr).toMatch(/a\.csv:5: error: "Vụ Bản"/);
    expect(stderrCodes(r.stderr).filter((c) => c !== 'YEAR_UNKNOWN')).toEqual(['OFFICE_SUBTOTAL_MISMATCH', 'OFFICE_SUBTOTAL_MISMATCH']);
  });
  it('titled (reference reader): refused at lines 4 and 7', () => {
    const r = run('b.csv', [...TITLED, ...BARE]);
    refusedAt(r, 'Mỹ Lộc', 'lines 5–6');
    refusedAt(r, 'Vụ Bản', 'lines 8–9');
    expect(r.stderr).toMatch(/b\.csv:4: error: "Mỹ Lộc"/);
    expect(r.stderr).toMatch(/b\.csv:7: error: "Vụ Bản"/);
  });
  it('the very errors the office line "Chi cục THADS huyện …" gets over the same persons', () => {
    const bare = errorLines(run('c.csv', [...PLAIN, ...BARE]).stderr);
    const office = errorLines(run('c.csv', [...PLAIN, '1;Chi cục THADS huyện Mỹ Lộc;300;250;200', ...BARE.slice(1, 3), '2;Chi cục THADS huyện Vụ Bản;200;180;150', ...BARE.slice(4)]).stderr);
    expect(office).toHaveLength(2);
    expect(bare).toEqual(office.map((l) => l.replace('Chi cục THADS huyện ', '')));
  });
  it('one person with less than its place, persons in capitals or without "Văn" / "Thị", persons adding up to more', () => {
    refusedAt(run('d.csv', [...PLAIN, '1;Mỹ Lộc;300;250;200', ';Nguyễn Văn An;150;120;100', '2;Vụ Bản;200;180;150']), 'Mỹ Lộc', 'line 3');
    refusedAt(run('e.csv', [...PLAIN, '1;Mỹ Lộc;300;250;200', ';NGUYỄN VĂN AN;150;120;100', ';TRẦN THỊ BÌNH;100;90;60', '2;Vụ Bản;200;180;150']), 'Mỹ Lộc', 'lines 3–4');
    refusedAt(run('f.csv', [...PLAIN, '1;Mỹ Lộc;300;250;200', ';Phạm Thu Hà;150;120;100', ';Nguyễn Hoàng Nam;100;90;60', '2;Vụ Bản;200;180;150']), 'Mỹ Lộc', 'lines 3–4');
    refusedAt(run('g.csv', [...PLAIN, '1;Mỹ Lộc;300;250;200', ';Nguyễn Văn An;200;160;140', ';Trần Thị Bình;150;120;100']), 'Mỹ Lộc', 'lines 3–4');
  });
  it('both readers agree in process', async () => {
    for (const lines of [[...PLAIN, ...BARE], [...TITLED, ...BARE]]) {
      const r = await both('h.csv', lines);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)).toContain('OFFICE_SUBTOTAL_MISMATCH');
    }
  });
  it('xlsx twin: refused at rows 4 and 7', async () => {
    const r = await summarizeLinesWorkbook(dir, 'i.xlsx', [...TITLED, ...BARE], ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errorLines(r.stderr)).toHaveLength(2);
    expect(r.stderr).toMatch(/i\.xlsx:Sheet1!4\S*: error: "Mỹ Lộc" on this row is an office with figures, and it is not the sum of its parts/);
    expect(r.stderr).toMatch(/i\.xlsx:Sheet1!7\S*: error: "Vụ Bản"/);
  });
});

describe('over-reach controls: read as before', () => {
  it('the twin whose persons add up: 500 / 430 / 350, two offices (plain, titled, both readers, xlsx)', async () => {
    for (const r of [run('p.csv', [...PLAIN, ...ADDING]), run('p2.csv', [...TITLED, ...ADDING]), await both('p3.csv', [...PLAIN, ...ADDING]), await both('p4.csv', [...TITLED, ...ADDING]), await summarizeLinesWorkbook(dir, 'p5.xlsx', [...TITLED, ...ADDING], ['--format', 'json'])]) {
      read(r, '500', '430', '350');
      expect(officesOf(r.stdout)).toEqual(['Mỹ Lộc', 'Vụ Bản']);
    }
  });
  it('bare places all numbered, or all without STT: offices (300 + 200 + 100 = 600 / 510 / 410)', () => {
    for (const [name, lines] of [
      ['q.csv', ['1;Mỹ Lộc;300;250;200', '2;Vụ Bản;200;180;150', '3;Ý Yên;100;80;60']],
      ['q2.csv', [';Mỹ Lộc;300;250;200', ';Vụ Bản;200;180;150', ';Ý Yên;100;80;60']],
    ] as const) {
      const r = run(name, [...PLAIN, ...lines]);
      read(r, '600', '510', '410');
      expect(officesOf(r.stdout)).toEqual(['Mỹ Lộc', 'Vụ Bản', 'Ý Yên']);
    }
  });
  it('an office\'s own name without STT under a numbered bare place: three offices (300 + 150 + 200 = 650 / 550 / 450)', () => {
    const r = run('s.csv', [...PLAIN, '1;Mỹ Lộc;300;250;200', ';Thành phố Nam Định;150;120;100', '2;Vụ Bản;200;180;150']);
    read(r, '650', '550', '450');
    expect(officesOf(r.stdout)).toEqual(['Mỹ Lộc', 'Thành phố Nam Định', 'Vụ Bản']);
  });
  it('a bare place without STT under a numbered one, no person: offices (70 + 50 = 120 / 80 / 60)', () => {
    const r = run('t.csv', [...PLAIN, '1;Vụ Bản;70;50;40', ';Ý Yên;50;30;20']);
    read(r, '120', '80', '60');
    expect(officesOf(r.stdout)).toEqual(['Vụ Bản', 'Ý Yên']);
  });
});
