// Path arguments through the real binary: a Windows `\` in every path option (path-arg.ts), and
// --output names as long as a folder takes (write.ts's temporary file). Files written by hand;
// the totals below are added by hand.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnThads, type RunResult } from '../helpers/cli.js';

const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const offices = (...rows: [string, number, number][]) => `${HEADER}\n${rows.map(([n, c, r]) => `Chi cục THADS huyện ${n},${c},${r}`).join('\n')}\n`;

let cwd = '';
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'thads-path-args-'));
  const files: Record<string, string> = {
    // 2019: 100 + 50 = 150 with conditions, 60 + 20 = 80 resolved, 80 / 150 = 53.33 %
    'data/bc-2019.csv': offices(['A', 100, 60], ['B', 50, 20]),
    // 2018: 150 with conditions, 50 + 25 = 75 resolved, 50 %: the rate changes by 53.33 - 50 = 3.33 pp
    'prev/bc-2018.csv': offices(['A', 100, 50], ['B', 50, 25]),
    'cfg/thads.config.json': '{ "targets": { "2019": { "cases": "60" } } }\n',
    // a Unix name holding a backslash, beside the folder its \-split would name: the whole name wins
    'odd\\bc-2019.csv': offices(['C', 40, 30]),
    'odd/bc-2019.csv': offices(['D', 1000, 1]),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), text);
  }
  mkdirSync(join(cwd, 'out'));
});

const run = (args: readonly string[]): RunResult => spawnThads(args, { cwd });

/** The TOTAL row of a --format csv report, by column name. */
function total(csv: string): Record<string, string> {
  const [head, ...rows] = csv.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((cells) => cells[1] === 'TOTAL')!;
  return Object.fromEntries(head!.map((name, i) => [name, row[i]!]));
}

/** Temporary files thads may have left, in the working folder and out/. */
const temps = () => [...readdirSync(cwd), ...readdirSync(join(cwd, 'out'))].filter((f) => f.endsWith('.tmp'));

describe('a Windows \\ in a path without a wildcard, on Linux', () => {
  it('data\\bc-2019.csv reads data/bc-2019.csv: 150 with conditions, 80 resolved, 53.33 %', () => {
    const r = run(['summarize', 'data\\bc-2019.csv', '--by', 'none', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject({ cases_with_conditions: '150', cases_resolved: '80', cases_rate: '53.33' });
  });

  it("--previous 'prev\\bc-2018.csv' is last year's file: the rate changes by 53.33 - 50 = 3.33 pp", () => {
    const r = run(['summarize', 'data/bc-2019.csv', '--previous', 'prev\\bc-2018.csv', '--by', 'none', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject({ cases_rate: '53.33', cases_rate_change: '3.33' });
  });

  it("--config 'cfg\\thads.config.json' gives the target 60 %: gap 53.33 - 60 = -6.67 pp, 60 % of 150 = 90 required", () => {
    const r = run(['summarize', 'data/bc-2019.csv', '--config', 'cfg\\thads.config.json', '--by', 'none', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject({ cases_target: '60', cases_gap_pp: '-6.67', cases_required: '90', cases_met: 'false' });
  });

  it('check and inspect read the same path (check: no finding, exit 0)', () => {
    expect(run(['check', 'data\\bc-2019.csv']).code).toBe(0);
    const r = run(['inspect', 'data\\bc-2019.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('data/bc-2019.csv');
  });

  it("-o 'out\\tong-hop.csv' writes out/tong-hop.csv (150 and 80), not a file of that name beside out/", () => {
    const r = run(['summarize', 'data/bc-2019.csv', '--by', 'none', '-o', 'out\\tong-hop.csv']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(total(readFileSync(join(cwd, 'out', 'tong-hop.csv'), 'utf8'))).toMatchObject({ cases_with_conditions: '150', cases_resolved: '80' });
    expect(existsSync(join(cwd, 'out\\tong-hop.csv'))).toBe(false);
    expect(temps()).toEqual([]);
  });

  it('a name that does not exist in a folder that does not: refused, named as written', () => {
    expect(run(['summarize', 'nodata\\bc-2019.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'thads: error: cannot read nodata\\bc-2019.csv: no such file or directory (ENOENT) [IO_ERROR]\n  hint: check the path; quote names that contain spaces\n',
    });
  });
});

describe('over-reach controls: names read as before', () => {
  it("an existing Unix name with a backslash is read whole: office C alone (40, 30), not odd/bc-2019.csv's office D (1000)", () => {
    const r = run(['summarize', 'odd\\bc-2019.csv', '--by', 'none', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject({ cases_with_conditions: '40', cases_resolved: '30', cases_rate: '75.00' }); // 30 / 40 = 75 %
  });

  it('the ordinary path data/bc-2019.csv still reads 150 and 80', () => {
    const r = run(['summarize', 'data/bc-2019.csv', '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject({ cases_with_conditions: '150', cases_resolved: '80' });
  });

  it('-o into a missing folder is still refused, and nothing is written', () => {
    expect(run(['summarize', 'data/bc-2019.csv', '-o', 'missing/x.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'thads: error: cannot write missing/x.csv: no such file or directory (ENOENT) [IO_ERROR]\n',
    });
    expect(existsSync(join(cwd, 'missing'))).toBe(false);
    expect(temps()).toEqual([]);
  });

  it("-o 'nowhere\\x.csv' with no folder nowhere/: refused as into a missing folder, no file of that very name written", () => {
    expect(run(['summarize', 'data/bc-2019.csv', '--by', 'none', '-o', 'nowhere\\x.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'thads: error: cannot write nowhere/x.csv: no such file or directory (ENOENT) [IO_ERROR]\n',
    });
    expect(existsSync(join(cwd, 'nowhere\\x.csv'))).toBe(false);
    expect(existsSync(join(cwd, 'nowhere'))).toBe(false);
    expect(temps()).toEqual([]);
  });
});

describe('--output names as long as the folder takes', () => {
  // 240 bytes in UTF-8 (188 characters): a document's full title, as offices name files
  const TITLE =
    'Báo cáo kết quả công tác thi hành án dân sự, theo dõi thi hành án hành chính năm 2019 của Cục Thi hành án dân sự tỉnh Nam Định (kèm theo phụ lục số liệu chi tiết theo đơn vị) bản cuối';

  it('the title is 240 bytes with .xlsx (under the 255 of a name)', () => {
    expect(Buffer.byteLength(`${TITLE}.xlsx`)).toBe(240);
  });

  it('a 240-byte .xlsx name: the workbook is written (a ZIP), exit 0, no temporary file left', () => {
    const r = run(['summarize', 'data/bc-2019.csv', '-o', `${TITLE}.xlsx`]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(cwd, `${TITLE}.xlsx`)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(temps()).toEqual([]);
  });

  it('a 239-byte .csv name replacing an older file: 150 and 80, exit 0, no temporary file left', () => {
    writeFileSync(join(cwd, `${TITLE}.csv`), 'old report\n');
    const r = run(['summarize', 'data/bc-2019.csv', '--by', 'none', '-o', `${TITLE}.csv`]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(total(readFileSync(join(cwd, `${TITLE}.csv`), 'utf8'))).toMatchObject({ cases_with_conditions: '150', cases_resolved: '80' });
    expect(temps()).toEqual([]);
  });

  it('a 300-byte name: IO_ERROR, exit 2, one line and no stack trace, nothing written', () => {
    // "Báo cáo tổng hợp " is 23 bytes (á, á: 2 each; ổ, ợ: 3 each): 12 × 23 + 20 + 4 = 300
    const long = `${'Báo cáo tổng hợp '.repeat(12)}${'x'.repeat(20)}.csv`;
    expect(Buffer.byteLength(long)).toBe(300);
    const r = run(['summarize', 'data/bc-2019.csv', '-o', long]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `thads: error: cannot write ${long}: the name is too long (ENAMETOOLONG) [IO_ERROR]\n` });
    expect(temps()).toEqual([]);
  });
});
