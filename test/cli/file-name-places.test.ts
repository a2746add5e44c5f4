// An office named by its file's name: the words of its measure and form and its province are
// no part of it, and its diacritics may have been left out (findings 04 and 08).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'thads-places-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

const PROVINCE = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong\nMỹ Lộc,100,80\nVụ Bản,200,150\n';
const MY_LOC = 'Việc có điều kiện,Việc giải quyết xong\n100,80\n';
const rows = (csv: string) => csv.trim().split('\n').map((l) => l.split(',').slice(0, 3).concat(l.split(',').slice(9, 10), l.split(',').slice(18, 19), l.split(',').slice(20, 21)).join(','));

describe('an office file beside its province file is one office, however its name is written', () => {
  it.each([
    ['My Loc 2019.csv', 'cases of "My Loc" (2019) are given again: Nam Dinh 2019.csv:2 already gave them as "Mỹ Lộc"'],
    ['Chi cục THADS huyện Mỹ Lộc, tỉnh Nam Định 2019.csv', 'cases of "Chi cục THADS huyện Mỹ Lộc" (2019) are given again: Nam Dinh 2019.csv:2 already gave them as "Mỹ Lộc"'],
    ['Mỹ Lộc - Nam Định 2019.csv', 'cases of "Mỹ Lộc" (2019) are given again: Nam Dinh 2019.csv:2 already gave them;'],
  ])('"%s" is refused DUPLICATE_INPUT', (name, message) => {
    const d = dir({ 'Nam Dinh 2019.csv': PROVINCE, [name]: MY_LOC });
    const r = spawnThads(['summarize', 'Nam Dinh 2019.csv', name, '--by', 'none', '--format', 'csv'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${name}:2: error: ${message}`);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('the other way round too: "My Loc 2019.csv" first', () => {
    const d = dir({ 'Nam Dinh 2019.csv': PROVINCE, 'My Loc 2019.csv': MY_LOC });
    const r = spawnThads(['summarize', 'My Loc 2019.csv', 'Nam Dinh 2019.csv', '--by', 'none', '--format', 'csv'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Nam Dinh 2019.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: My Loc 2019.csv:2 already gave them as "My Loc"');
  });

  it('an office whose name is only like another\'s in a file is not folded: "Phù Yên" and "Phú Yên" rows stay two offices', () => {
    const d = dir({ 'a 2019.csv': 'Đơn vị,Việc có điều kiện,Việc giải quyết xong\nPhù Yên,100,80\n', 'b 2019.csv': 'Đơn vị,Việc có điều kiện,Việc giải quyết xong\nPhú Yên,200,150\n' });
    const r = spawnThads(['summarize', 'a 2019.csv', 'b 2019.csv', '--by', 'none', '--format', 'csv'], { cwd: d });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)[1]).toBe(',TOTAL,2019,300,230,76.67');
  });
});

describe('per-office split files "<office> - việc - 2019.csv" / "<office> - tiền - 2019.csv" join per office', () => {
  it('Mỹ Lộc and Vụ Bản, cases and money', () => {
    const d = dir({
      'Mỹ Lộc - việc - 2019.csv': 'Có điều kiện,Giải quyết xong\n100,80\n',
      'Mỹ Lộc - tiền - 2019.csv': 'Có điều kiện,Giải quyết xong\n5000000,4000000\n',
      'Vụ Bản - việc - 2019.csv': 'Có điều kiện,Giải quyết xong\n200,150\n',
      'Vụ Bản - tiền - 2019.csv': 'Có điều kiện,Giải quyết xong\n7000000,3000000\n',
    });
    const r = spawnThads(['summarize', 'Mỹ Lộc - việc - 2019.csv', 'Mỹ Lộc - tiền - 2019.csv', 'Vụ Bản - việc - 2019.csv', 'Vụ Bản - tiền - 2019.csv', '--format', 'csv'], { cwd: d });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => l.split(','));
    const pick = (l: string[]) => [l[1], l[9], l[18], l[20], l[36], l[46], l[48]].join(',');
    expect(lines.slice(1).map(pick)).toEqual([
      'Mỹ Lộc,100,80,80.00,5000000,4000000,80.00',
      'Vụ Bản,200,150,75.00,7000000,3000000,42.86',
      'TOTAL,300,230,76.67,12000000,7000000,58.33',
    ]);
  });

  it('"Mỹ Lộc viec 2019.csv" alone is the office "Mỹ Lộc"', () => {
    const d = dir({ 'Mỹ Lộc viec 2019.csv': 'Có điều kiện,Giải quyết xong\n100,80\n' });
    const r = spawnThads(['summarize', 'Mỹ Lộc viec 2019.csv', '--format', 'csv'], { cwd: d });
    expect(r.code).toBe(0);
    expect(rows(r.stdout).slice(1)).toEqual([',Mỹ Lộc,2019,100,80,80.00', ',TOTAL,2019,100,80,80.00']);
  });
});

describe('a resend whose name spells the agency "THA dân sự" / "THA DS" is the same office (work84b 01: 810 for 510, exit 0)', () => {
  const FIRST = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong\n300,250,1000000000,800000000\n';
  const RESENT = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong\n310,262,1000000000,820000000\n';
  const VU_BAN = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong\n200,150,1000000000,700000000\n';
  it.each([
    'Chi cục THA dân sự huyện Mỹ Lộc 2019 (sửa lần 2).csv',
    'Chi cục THA DS huyện Mỹ Lộc 2019.csv',
    'CC THA DS Mỹ Lộc 2019.csv',
    'THA dân sự Mỹ Lộc 2019.csv',
    'THA DS tỉnh Nam Định - Mỹ Lộc 2019.csv',
    'Cục THA dân sự tỉnh Nam Định - Mỹ Lộc 2019.csv',
  ])('"%s" beside "Chi cục THADS huyện Mỹ Lộc 2019.csv" is refused DUPLICATE_INPUT, by summarize and check', (resent) => {
    const d = dir({ 'Chi cục THADS huyện Mỹ Lộc 2019.csv': FIRST, [resent]: RESENT, 'Chi cục THADS huyện Vụ Bản 2019.csv': VU_BAN });
    const files = ['Chi cục THADS huyện Mỹ Lộc 2019.csv', resent, 'Chi cục THADS huyện Vụ Bản 2019.csv'];
    const r = spawnThads(['summarize', ...files, '--by', 'none', '--format', 'csv'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
    expect(r.stderr).toMatch(/cases of "[^"]*Mỹ Lộc" \(2019\) are given again/);
    const c = spawnThads(['check', ...files], { cwd: d });
    expect(c.code).toBe(1);
    expect(c.stderr + c.stdout).toContain('[DUPLICATE_INPUT]');
  });

  it('control: the two offices alone are summed (300 + 200 = 500 with conditions, 250 + 150 = 400 resolved)', () => {
    const d = dir({ 'Chi cục THA dân sự huyện Mỹ Lộc 2019.csv': FIRST, 'Chi cục THADS huyện Vụ Bản 2019.csv': VU_BAN });
    const r = spawnThads(['summarize', 'Chi cục THA dân sự huyện Mỹ Lộc 2019.csv', 'Chi cục THADS huyện Vụ Bản 2019.csv', '--by', 'none', '--format', 'csv'], { cwd: d });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)[1]).toBe(',TOTAL,2019,500,400,80.00');
  });
});
