// Office's owner ("lock") file "~$…" beside an open workbook, as a shell's *.xlsx passes it (Git
// Bash, WSL, a synced folder): skipped with a warning, never read, never an error
// (src/input/lock-files.ts). A "~$…" file that is a report is read as any other. Through the real
// binary in a folder of hand-written files; totals added by hand.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnThads, type RunResult } from '../helpers/cli.js';

const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const office = (name: string, withConditions: number, resolved: number) => `${HEADER}\nChi cục THADS huyện ${name},${withConditions},${resolved}\n`;

/**
 * The owner file as Excel writes it (165 bytes): the user name's length in one byte, the name,
 * spaces to byte 54, the name again in UTF-16LE, NULs to the end.
 */
function excelOwnerFile(user: string): Buffer {
  const bytes = Buffer.alloc(165, 0);
  bytes[0] = user.length;
  bytes.write(user.padEnd(54, ' '), 1, 'latin1');
  bytes.write(user, 55, 'utf16le');
  return bytes;
}

/** The same record padded with spaces only, no NUL (as a copy through a text tool may leave it). */
function spacedOwnerFile(user: string): Buffer {
  return Buffer.concat([Buffer.from([user.length]), Buffer.from(user.padEnd(164, ' '), 'latin1')]);
}

const HINT = '  hint: close the workbook in Excel or leave it out: a "~$" file beside an open workbook holds only the name of whoever has it open, never figures\n';
const skipped = (file: string) => `${file}: warning: Excel's lock file of an open workbook, skipped [LOCK_FILE_SKIPPED]\n${HINT}`;

let cwd = '';
beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'thads-lock-files-'));
  const files: Record<string, string | Buffer> = {
    'data/a-2019.csv': office('A', 100, 60),
    'data/b-2019.csv': office('B', 50, 20),
    'data/~$bao-cao-2019.xlsx': excelOwnerFile('Nguyen Van A'),
    'data/~$a-2019.csv': spacedOwnerFile('Tran Thi B'),
    // a user name of 40 letters: its length byte is "(" (40), a printable character
    'long/~$bao-cao-2019.xlsx': excelOwnerFile('Phong Thi hanh an dan su tinh Gia Lai 01'),
    'long/a-2019.csv': office('A', 100, 60),
    'only/~$x.xlsx': excelOwnerFile('Nguyen Van A'),
    // over-reach: "~$" files that are reports, small as they are
    'real/~$2019.csv': office('C', 30, 27),
    'quoted/~$2019.csv': `"Đơn vị","Việc có điều kiện","Việc giải quyết xong"\n"Chi cục THADS huyện D",40,10\n`,
    // over-reach: a "~$" file that is neither a report nor an owner record is refused as before
    'junk/~$a-2019.xlsx': 'not a workbook',
    'prev/a-2018.csv': office('A', 100, 50),
    'prev/~$a-2018.xlsx': excelOwnerFile('Nguyen Van A'),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), text);
  }
  // a real workbook its owner named "~$…" (a ZIP): office E, 80 with conditions, 72 resolved
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong']);
  ws.addRow(['Chi cục THADS huyện E', 80, 72]);
  await wb.xlsx.writeFile(join(cwd, 'real', '~$e-2019.xlsx'));
});

const run = (args: readonly string[]): RunResult => spawnThads(args, { cwd });

/** The TOTAL row of --format csv, by column name. */
function total(r: RunResult): Record<string, string> {
  const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((cells) => cells[1] === 'TOTAL')!;
  return Object.fromEntries(head!.map((name, i) => [name, row[i]!]));
}

describe("Excel's lock file among the inputs", () => {
  it('summarize skips ~$bao-cao-2019.xlsx and ~$a-2019.csv: 100 + 50 = 150 with conditions, 60 + 20 = 80 resolved', () => {
    const r = run(['summarize', 'data/a-2019.csv', 'data/b-2019.csv', 'data/~$a-2019.csv', 'data/~$bao-cao-2019.xlsx', '--format', 'csv']);
    expect(r.stderr).toBe(skipped('data/~$a-2019.csv') + skipped('data/~$bao-cao-2019.xlsx'));
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '150', cases_resolved: '80', cases_rate: '53.33' }); // 80 / 150 = 53.33 %
  });

  it('a user name of 40 letters (length byte "(") is a lock file too: office A alone, 60 / 100', () => {
    const r = run(['summarize', 'long/a-2019.csv', 'long/~$bao-cao-2019.xlsx', '--format', 'csv']);
    expect(r.stderr).toBe(skipped('long/~$bao-cao-2019.xlsx'));
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '100', cases_resolved: '60', cases_rate: '60.00' });
  });

  it('--quiet prints no warning', () => {
    const r = run(['summarize', 'data/a-2019.csv', 'data/~$bao-cao-2019.xlsx', '--format', 'csv', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '100', cases_resolved: '60' });
  });

  it('--strict makes the warning an error (exit 1, nothing on stdout)', () => {
    const r = run(['summarize', 'data/a-2019.csv', 'data/~$bao-cao-2019.xlsx', '--format', 'csv', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('data/~$bao-cao-2019.xlsx: error: Excel\'s lock file of an open workbook, skipped [LOCK_FILE_SKIPPED]');
  });

  it('check exits 0 on a folder with a good file and lock files, the warnings in its report', () => {
    const r = run(['check', 'data/a-2019.csv', 'data/~$a-2019.csv', 'data/~$bao-cao-2019.xlsx']);
    expect(r.stdout).toBe(`${skipped('data/~$a-2019.csv')}${skipped('data/~$bao-cao-2019.xlsx')}0 errors, 2 warnings in 1 file\n`);
    expect(r.code).toBe(0);
  });

  it('check --format json names the skipped file; check --strict fails on it', () => {
    const r = run(['check', 'data/a-2019.csv', 'data/~$bao-cao-2019.xlsx', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ files: 1, errors: 0, warnings: 1, verdict: '0 errors, 1 warning in 1 file' });
    expect(doc.findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'LOCK_FILE_SKIPPED', file: 'data/~$bao-cao-2019.xlsx' })]);
    expect(run(['check', 'data/a-2019.csv', 'data/~$bao-cao-2019.xlsx', '--strict']).code).toBe(1);
  });

  it('a lock file beside a --previous file is skipped: A 60 / 100 = 60.00 % against 50 / 100 = 50.00 %, +10.00 points', () => {
    const r = run(['summarize', 'data/a-2019.csv', '--previous', 'prev/a-2018.csv', '--previous', 'prev/~$a-2018.xlsx', '--format', 'csv']);
    expect(r.stderr).toBe(skipped('prev/~$a-2018.xlsx'));
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_rate: '60.00', cases_rate_change: '10.00' });
  });

  it("thads summarize '~$x.xlsx' alone has no input: IO_ERROR, exit 2, nothing read", () => {
    const r = run(['summarize', 'only/~$x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'thads: error: no input to read: only/~$x.xlsx is an Office lock file (the owner record Excel writes beside an open workbook), not a report [IO_ERROR]\n' +
        '  hint: pass the workbook or CSV itself (its name without "~$"); the lock file goes away when the workbook is closed in Excel\n',
    );
    expect(run(['check', 'only/~$x.xlsx']).code).toBe(2);
  });
});

describe('"~$" files that are no lock files (over-reach controls)', () => {
  it('a CSV report named ~$2019.csv is read: office C, 27 / 30 = 90.00 %', () => {
    const r = run(['summarize', 'real/~$2019.csv', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '30', cases_resolved: '27', cases_rate: '90.00' });
  });

  it('a CSV with a quoted header (first byte \'"\", 34) named ~$2019.csv is read: office D, 10 / 40 = 25.00 %', () => {
    const r = run(['summarize', 'quoted/~$2019.csv', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '40', cases_resolved: '10', cases_rate: '25.00' });
  });

  it('a workbook named ~$e-2019.xlsx is read beside a CSV: 80 + 100 = 180 with conditions, 72 + 60 = 132 resolved', () => {
    const r = run(['summarize', 'real/~$e-2019.xlsx', 'data/a-2019.csv', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r)).toMatchObject({ cases_with_conditions: '180', cases_resolved: '132', cases_rate: '73.33' }); // 132 / 180 = 73.33 %
  });

  it('a "~$" file that is neither a report nor an owner record is refused as before', () => {
    const r = run(['summarize', 'junk/~$a-2019.xlsx', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('junk/~$a-2019.xlsx: error: the file is not an Excel workbook (.xlsx is a ZIP archive; this file is not one) [WORKBOOK_INVALID]');
  });
});
