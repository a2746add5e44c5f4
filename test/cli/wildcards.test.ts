// Wildcards that cmd.exe and PowerShell pass to thads unexpanded (src/file-args.ts), through the
// real binary in a folder of hand-written files. Each office file gives cases with conditions
// and cases resolved; the totals below are added by hand.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnThads, type RunResult } from '../helpers/cli.js';

const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const office = (name: string, withConditions: number, resolved: number) => `${HEADER}\nChi cục THADS huyện ${name},${withConditions},${resolved}\n`;
const NO_MATCH_HINT = '  hint: check the folder and the pattern; names starting with "." or "~$" (Excel\'s lock files) are matched only when named whole\n';

let cwd = '';
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'thads-wildcards-'));
  const files: Record<string, string> = {
    'data/a-2019.csv': office('A', 100, 60),
    'data/b-2019.csv': office('B', 50, 20),
    // neither may be read by data/*: office C would change the total, the lock file is no workbook
    'data/.c-2019.csv': office('C', 7, 7),
    'data/~$a-2019.xlsx': 'not a workbook',
    'Bao cao [ban sua] 2019.csv': office('D', 40, 30),
    // a Unix name with a wildcard in it, and a name its pattern would also match
    'e*2019.csv': office('E', 10, 9),
    'ex2019.csv': office('X', 1000, 1),
    'prev/a-2018.csv': office('A', 100, 50),
    'prev/b-2018.csv': office('B', 50, 25),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), text);
  }
});

const run = (args: readonly string[]): RunResult => spawnThads(args, { cwd });

/** The TOTAL row of --format csv, by column name. */
function total(r: RunResult): Record<string, string> {
  const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((cells) => cells[1] === 'TOTAL')!;
  return Object.fromEntries(head!.map((name, i) => [name, row[i]!]));
}

describe('file arguments with wildcards', () => {
  it('data/*.csv reads both offices: 100 + 50 = 150 with conditions, 60 + 20 = 80 resolved', () => {
    const r = run(['summarize', 'data/*.csv', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '150', cases_resolved: '80', cases_rate: '53.33' }); // 80 / 150 = 53.33 %
  });

  it("a Windows user's data\\*.csv reads the same two files", () => {
    const r = run(['summarize', 'data\\*.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '150', cases_resolved: '80' });
  });

  it('data/* picks neither the dot-file (office C, 7) nor the lock file ~$a-2019.xlsx: still 150 and 80', () => {
    const r = run(['summarize', 'data/*', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '150', cases_resolved: '80' });
  });

  it('a real name with [ ] opens as it is: office D alone, 40 and 30', () => {
    const r = run(['summarize', 'Bao cao [ban sua] 2019.csv', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '40', cases_resolved: '30' });
  });

  it('an existing name with * in it is that file, not a pattern (ex2019.csv, 1000, is not read): 10 and 9', () => {
    const r = run(['summarize', 'e*2019.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '10', cases_resolved: '9' });
  });

  it('a pattern matching nothing: exit 2, naming it as written (summarize, check, inspect, --previous)', () => {
    expect(run(['summarize', 'data\\*.xlsx'])).toEqual({ code: 2, stdout: '', stderr: `thads: error: no file matches data\\*.xlsx [IO_ERROR]\n${NO_MATCH_HINT}` });
    expect(run(['check', 'data/*.txt'])).toEqual({ code: 2, stdout: '', stderr: `thads: error: no file matches data/*.txt [IO_ERROR]\n${NO_MATCH_HINT}` });
    expect(run(['inspect', 'nowhere/*.csv'])).toEqual({ code: 2, stdout: '', stderr: `thads: error: no file matches nowhere/*.csv [IO_ERROR]\n${NO_MATCH_HINT}` });
    expect(run(['summarize', 'data/*.csv', '--previous', 'prev/*-2017.csv'])).toEqual({ code: 2, stdout: '', stderr: `thads: error: no file matches prev/*-2017.csv [IO_ERROR]\n${NO_MATCH_HINT}` });
  });

  it('check: a pattern matching nothing beside files is a file it could not read — the others are still checked (exit 2)', () => {
    const bad = join(cwd, 'bad-2019.csv');
    writeFileSync(bad, `${HEADER}\nChi cục THADS huyện B,50,60\n`);
    const r = run(['check', 'data/*.txt', 'bad-2019.csv']);
    expect(r.stderr).toBe(`thads: error: no file matches data/*.txt [IO_ERROR]\n${NO_MATCH_HINT}`);
    // resolved 60 > with conditions 50: the other file's error is still reported
    expect(r.stdout).toContain('bad-2019.csv:2:3: error:');
    expect(r.stdout).toContain('[RESOLVED_EXCEEDS_WITH_CONDITIONS]');
    expect(r.stdout).toContain('1 error, 0 warnings in 1 file; 1 file could not be read');
    expect(r.code).toBe(2);
    const json = JSON.parse(run(['check', '--format', 'json', 'data/*.txt', 'bad-2019.csv']).stdout);
    expect([json.files, json.unreadable, json.errors]).toEqual([2, 1, 1]);
  });

  it('a missing name without a wildcard is refused as before (ENOENT)', () => {
    const r = run(['summarize', 'data/z-2019.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('thads: error: cannot read data/z-2019.csv: no such file or directory (ENOENT) [IO_ERROR]\n  hint: check the path; quote names that contain spaces\n');
  });

  it('a file reached by a pattern and by its name is refused DUPLICATE_INPUT, never summed twice', () => {
    const r = run(['summarize', 'data/*.csv', 'data/a-2019.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('data/a-2019.csv: error: this file repeats data/a-2019.csv (it is named twice); its figures would be added twice [DUPLICATE_INPUT]');
  });

  it('a file reached by two patterns is refused DUPLICATE_INPUT too', () => {
    const r = run(['check', 'data/a*.csv', 'data/*-2019.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data/a-2019.csv: error: this file repeats data/a-2019.csv (it is named twice); its figures would be added twice [DUPLICATE_INPUT]');
  });

  it('--previous prev/*.csv: 2018 is 50 + 25 = 75 of 150, 50.00 %, so the rate changes by 53.33 − 50.00 = 3.33 points', () => {
    const r = run(['summarize', 'data/*.csv', '--previous', 'prev/*.csv', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_rate: '53.33', cases_rate_change: '3.33' });
  });

  it('check and inspect expand patterns too', () => {
    expect(run(['check', 'data\\*.csv'])).toEqual({ code: 0, stdout: 'no problems in 2 files\n', stderr: '' });
    const r = run(['inspect', 'data/*.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('data/a-2019.csv\n')).toBeGreaterThanOrEqual(0);
    expect(r.stdout.indexOf('data/b-2019.csv\n')).toBeGreaterThan(r.stdout.indexOf('data/a-2019.csv\n'));
  });

  it('ordinary names keep reading as before: data/a-2019.csv data/b-2019.csv gives 150 and 80', () => {
    const r = run(['summarize', 'data/a-2019.csv', 'data/b-2019.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '150', cases_resolved: '80' });
  });
});
