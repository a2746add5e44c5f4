// The workbook's percent-point cells show every decimal their value has (src/output/xlsx.ts,
// columnDecimals). On the rounded gap basis the gap is rate rounded to --rate-decimals − target,
// so it has the target's decimals: 83 − 34.5 = 48.5 must show "+48.5", not "+49" (the table, CSV,
// Markdown and paragraph print 48,5). The workbooks are written by the real binary from small
// CSVs; every expected figure is worked out by hand below.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-xlsx-gap-'));
const HEAD = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';

function write(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

// A province's targets: 2019 cases 74 %, money 34,5 % (decimals); 2018 whole (72 %, 33 %).
const CONFIG = write('thads.config.json', [JSON.stringify({ targets: { '2019': { cases: 74, money: '34.5' }, '2018': { cases: 72, money: 33 } } })]);

/**
 *   office     cases wc  res   rate    money wc  res   rate
 *   Chi cục A    100     80    80 %      1000     830   83 %
 *   Chi cục B    200    150    75 %      1000     510   51 %
 *   total        300    230    76,67 %   2000    1340   67 %
 */
const ROWS = ['Chi cục A,100,80,1000,830', 'Chi cục B,200,150,1000,510'];
const Y2019 = write('bao-cao-2019.csv', [HEAD, ...ROWS]);
const Y2018 = write('bao-cao-2018.csv', [HEAD, ...ROWS]);

interface Shown {
  readonly value: unknown;
  readonly numFmt: string;
}

/** The cells of the column labelled `label` (the n-th such: 1 cases, 2 money), offices then total. */
async function column(file: string, label: string, nth: 1 | 2): Promise<Shown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(2).values as unknown[]).slice(1);
  let at = header.indexOf(label);
  if (nth === 2) at = header.indexOf(label, at + 1);
  expect(at, `${label} #${nth} in ${header.join('|')}`).toBeGreaterThanOrEqual(0);
  const out: Shown[] = [];
  for (let r = 3; r <= ws.rowCount; r++) {
    const cell = ws.getRow(r).getCell(at + 1);
    if (cell.value !== null) out.push({ value: cell.value, numFmt: cell.numFmt });
  }
  return out;
}

function workbook(source: string, name: string, args: readonly string[]): string {
  const out = join(dir, name);
  const r = spawnThads(['summarize', source, '--config', CONFIG, ...args, '-o', out]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

describe('gap cells on the rounded basis show the target\'s decimals', () => {
  it('--rate-decimals 0, target 34,5 %: money gaps 48,5 / 16,5 / 32,5 show one decimal; the whole-number cases gaps keep "+0"', async () => {
    const file = workbook(Y2019, 'nd-2019.xlsx', ['--gap-basis', 'rounded', '--rate-decimals', '0', '--lang', 'vi']);
    // money: A 83 − 34,5 = 48,5; B 51 − 34,5 = 16,5; total 67 − 34,5 = 32,5
    const one = '+0.0;-0.0;0.0';
    expect(await column(file, 'Vượt/thiếu (%)', 2)).toEqual([
      { value: 48.5, numFmt: one },
      { value: 16.5, numFmt: one },
      { value: 32.5, numFmt: one },
    ]);
    // cases: A 80 − 74 = 6; B 75 − 74 = 1; total 76,67 → 77, 77 − 74 = 3 (whole: no decimals to show)
    const whole = '+0;-0;0';
    expect(await column(file, 'Vượt/thiếu (%)', 1)).toEqual([
      { value: 6, numFmt: whole },
      { value: 1, numFmt: whole },
      { value: 3, numFmt: whole },
    ]);
  });

  it('--rate-decimals 1, the built-in 2024 targets 83,25 % / 46,45 %: −1,25 and +7,55 show two decimals', async () => {
    // cases 820 / 1000 = 82,0 %; 82,0 − 83,25 = −1,25. money 540 / 1000 = 54,0 %; 54,0 − 46,45 = 7,55.
    const source = write('bao-cao-2024.csv', [HEAD, 'Chi cục A,1000,820,1000,540']);
    const out = join(dir, 'nd-2024.xlsx');
    const r = spawnThads(['summarize', source, '--gap-basis', 'rounded', '--rate-decimals', '1', '--lang', 'en', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const two = '+0.00;-0.00;0.00';
    expect(await column(out, 'Gap (pp)', 1)).toEqual([
      { value: -1.25, numFmt: two },
      { value: -1.25, numFmt: two },
    ]);
    expect(await column(out, 'Gap (pp)', 2)).toEqual([
      { value: 7.55, numFmt: two },
      { value: 7.55, numFmt: two },
    ]);
  });

  it('LibreOffice shows "+48.5", not "+49", when the sheet is saved as CSV as shown', (ctx) => {
    const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
    if (!soffice) {
      console.log('skipped: soffice (LibreOffice) is not installed here — apt-get install libreoffice-calc');
      ctx.skip();
      return;
    }
    const file = workbook(Y2019, 'lo-2019.xlsx', ['--gap-basis', 'rounded', '--rate-decimals', '0', '--lang', 'en']);
    // Comma-separated, UTF-8, English locale, cells as shown.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true';
    const lo = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', filter, '--outdir', join(dir, 'lo'), file], { encoding: 'utf8', timeout: 120_000 });
    expect(lo.status, lo.stderr).toBe(0);
    const lines = readFileSync(join(dir, 'lo', 'lo-2019.csv'), 'utf8').trim().split('\n');
    // rate, target, gap of each measure as shown: cases 80% 74% +6, money 83% 34.5% +48.5 (A);
    // the total 77% 74% +3 and 67% 34.5% +32.5
    expect(lines[2]).toContain(',80%,74%,+6,');
    expect(lines[2]).toContain(',83%,34.5%,+48.5,');
    expect(lines[4]).toContain(',77%,74%,+3,');
    expect(lines[4]).toContain(',67%,34.5%,+32.5,');
  }, 180_000);
});

describe('over-reach: formats that were right stay as they were', () => {
  it('the default (exact basis, 2 decimals) keeps +0.00: 48,50 and 2,67', async () => {
    const file = workbook(Y2019, 'exact-2019.xlsx', ['--lang', 'vi']);
    const two = '+0.00;-0.00;0.00';
    // cases exact: A 80 − 74 = 6; B 75 − 74 = 1; total 230/300 = 76,666… − 74 = 2,666… → 2,67
    expect(await column(file, 'Vượt/thiếu (%)', 1)).toEqual([
      { value: 6, numFmt: two },
      { value: 1, numFmt: two },
      { value: 2.67, numFmt: two },
    ]);
    // money exact: 83 − 34,5 = 48,5; 51 − 34,5 = 16,5; 67 − 34,5 = 32,5
    expect(await column(file, 'Vượt/thiếu (%)', 2)).toEqual([
      { value: 48.5, numFmt: two },
      { value: 16.5, numFmt: two },
      { value: 32.5, numFmt: two },
    ]);
  });

  it('rounded basis, --rate-decimals 0, whole targets (72 %, 33 %): whole gaps keep +0', async () => {
    const file = workbook(Y2018, 'whole-2018.xlsx', ['--gap-basis', 'rounded', '--rate-decimals', '0', '--lang', 'vi']);
    const whole = '+0;-0;0';
    // cases: 80 − 72 = 8; 75 − 72 = 3; 77 − 72 = 5. money: 83 − 33 = 50; 51 − 33 = 18; 67 − 33 = 34
    expect(await column(file, 'Vượt/thiếu (%)', 1)).toEqual([
      { value: 8, numFmt: whole },
      { value: 3, numFmt: whole },
      { value: 5, numFmt: whole },
    ]);
    expect(await column(file, 'Vượt/thiếu (%)', 2)).toEqual([
      { value: 50, numFmt: whole },
      { value: 18, numFmt: whole },
      { value: 34, numFmt: whole },
    ]);
  });

  it('the rate change (rounded to --rate-decimals whatever the basis) keeps +0 at --rate-decimals 0', async () => {
    // 2018: A cases 100 / 70 = 70 %, money 1000 / 800 = 80 %; B cases 200 / 150 = 75 %, money 1000 / 510 = 51 %
    const before = write('truoc-2018.csv', [HEAD, 'Chi cục A,100,70,1000,800', 'Chi cục B,200,150,1000,510']);
    const file = workbook(Y2019, 'change-2019.xlsx', ['--previous', before, '--gap-basis', 'rounded', '--rate-decimals', '0', '--lang', 'vi']);
    const whole = '+0;-0;0';
    // cases: A 80 − 70 = 10; B 75 − 75 = 0; total 230/300 − 220/300 = 3,33… → 3
    expect(await column(file, 'Tăng/giảm tỷ lệ (%)', 1)).toEqual([
      { value: 10, numFmt: whole },
      { value: 0, numFmt: whole },
      { value: 3, numFmt: whole },
    ]);
    // money: A 83 − 80 = 3; B 51 − 51 = 0; total 1340/2000 − 1310/2000 = 67 − 65,5 = 1,5 → 2
    expect(await column(file, 'Tăng/giảm tỷ lệ (%)', 2)).toEqual([
      { value: 3, numFmt: whole },
      { value: 0, numFmt: whole },
      { value: 2, numFmt: whole },
    ]);
  });
});
