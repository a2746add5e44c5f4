// Golden runs of `thads summarize`: stdout, stderr and exit code per scenario, failures included.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, CLEAN_ENV, ROOT, runThads, spawnThads, transcript } from '../helpers/cli.js';

const golden = (name: string) => `./__golden__/summarize-${name}.txt`;

const SCENARIOS: Record<string, string[]> = {
  json: ['summarize', 'fixtures/2019.csv', '--format', 'json'],
  csv: ['summarize', 'fixtures/2019.csv', '--format', 'csv'],
  tsv: ['summarize', 'fixtures/2019.csv', '--format', 'tsv', '--by', 'none'],
  markdown: ['summarize', 'fixtures/2019.csv', '--format', 'markdown', '--lang', 'vi'],
  'table-en': ['summarize', 'fixtures/2019.csv', '--format', 'table', '--lang', 'en'],
  'table-vi-rounded': ['summarize', 'fixtures/2019.csv', '--format', 'table', '--lang', 'vi', '--gap-basis', 'rounded', '--rate-decimals', '0'],
  'json-rounded': ['summarize', 'fixtures/2019.csv', '--format', 'json', '--by', 'none', '--gap-basis', 'rounded', '--rate-decimals', '0'],
  'by-province': ['summarize', 'fixtures/2019.csv', '--format', 'csv', '--by', 'province', '--unit', 'billion'],
  'flag-targets': ['summarize', 'fixtures/2019.csv', '--format', 'csv', '--by', 'none', '--target-cases', '95', '--target-money', '90'],
  'fail-below-target': ['summarize', 'fixtures/2019.csv', '--format', 'csv', '--by', 'none', '--target-cases', '95', '--fail-below-target'],
  'bad-number': ['summarize', 'fixtures/bad/bad-number.csv', '--year', '2019', '--format', 'json'],
  negative: ['summarize', 'fixtures/bad/negative.csv', '--year', '2019'],
  'non-integer-count': ['summarize', 'fixtures/bad/non-integer-count.csv', '--year', '2019'],
  empty: ['summarize', 'fixtures/bad/empty.csv', '--year', '2019'],
  'header-only': ['summarize', 'fixtures/bad/header-only.csv', '--year', '2019'],
  'missing-column': ['summarize', 'fixtures/bad/missing-column.csv', '--year', '2019'],
  'duplicate-column': ['summarize', 'fixtures/bad/duplicate-column.csv', '--year', '2019'],
  'malformed-quote': ['summarize', 'fixtures/bad/malformed-quote.csv', '--year', '2019'],
  'invalid-utf8': ['summarize', 'fixtures/bad/invalid-utf8.csv', '--year', '2019'],
  'mixed-years': ['summarize', 'fixtures/bad/mixed-years.csv'],
  'mixed-years-by-year': ['summarize', 'fixtures/bad/mixed-years.csv', '--by', 'year,district', '--format', 'csv'],
  inconsistent: ['summarize', 'fixtures/bad/inconsistent.csv', '--year', '2019', '--format', 'csv', '--by', 'none'],
  'inconsistent-strict': ['summarize', 'fixtures/bad/inconsistent.csv', '--year', '2019', '--format', 'csv', '--strict'],
  'inconsistent-quiet': ['summarize', 'fixtures/bad/inconsistent.csv', '--year', '2019', '--format', 'csv', '--by', 'none', '--quiet'],
  'zero-with-conditions': ['summarize', 'fixtures/bad/zero-with-conditions.csv', '--year', '2019', '--format', 'json', '--by', 'none'],
  'missing-file': ['summarize', 'fixtures/nope.csv'],
  'bad-by': ['summarize', 'fixtures/2019.csv', '--by', 'town'],
  'bad-format': ['summarize', 'fixtures/2019.csv', '--format', 'xls'],
  'bad-rate-decimals': ['summarize', 'fixtures/2019.csv', '--rate-decimals', '-1'],
  'bad-config': ['summarize', 'fixtures/2019.csv', '--config', 'fixtures/bad/config-bad-target.json'],
  'unknown-config-key': ['summarize', 'fixtures/2019.csv', '--config', 'fixtures/bad/config-unknown-key.json'],
  'no-args': [],
};

describe('thads summarize (golden)', () => {
  for (const [name, args] of Object.entries(SCENARIOS)) {
    it(name, async () => {
      const r = await runThads(args);
      await expect(transcript(r)).toMatchFileSnapshot(golden(name));
      if (r.code !== 0 && r.code !== 3) expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at |node:internal/);
    });
  }
});

describe('the seed figures (independent of the code: from the article and the fixture generator)', () => {
  it('gives the rates, gaps and surplus the issue names', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // 5513/5871 = 0.939022… → 93.90 %; 74 % target; ceil(0.74 × 5871) = ceil(4344.54) = 4345; 5513 − 4345 = 1168.
    expect(doc.total.cases).toMatchObject({ resolved: '5513', withConditions: '5871', rate: '93.90', target: '74', gapPp: '19.90', required: '4345', aboveTarget: '1168', met: true });
    // 93204567000 / 112105320500 = 0.831401… → 83.14 %; 83.14 − 34.5 = 48.64.
    expect(doc.total.money).toMatchObject({ resolved: '93204567000', withConditions: '112105320500', rate: '83.14', target: '34.5', gapPp: '48.64', total: '490712345678' });
    // 34.5 % of 112105320500 = 38676335572.5 exactly; above = 93204567000 − 38676335572.5.
    expect(doc.total.money.required).toBe('38676335572.5');
    expect(doc.total.money.aboveTarget).toBe('54528231427.5');
  });

  it('reproduces the press rounding: "đạt 94%, vượt 20%" and "vượt 48,5%"', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--format', 'json', '--gap-basis', 'rounded', '--rate-decimals', '0']);
    const doc = JSON.parse(r.stdout);
    expect(doc.total.cases.rate).toBe('94');
    expect(doc.total.cases.gapPp).toBe('20');
    expect(doc.total.money.rate).toBe('83');
    expect(doc.total.money.gapPp).toBe('48.5');
  });
});

describe('the real binary', () => {
  it('runs the README quick start command', () => {
    const r = spawnThads(['summarize', 'fixtures/2019.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^province,district,year,cases_carried_over,/);
    expect(r.stdout).toContain(',TOTAL,2019,');
  });

  it('prints a located error and nothing on stdout for bad data', () => {
    const r = spawnThads(['summarize', 'fixtures/bad/bad-number.csv', '--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^fixtures\/bad\/bad-number\.csv:3:4: error: .* \[BAD_NUMBER\]\n  hint: /);
  });

  it('ends quietly with 0 when the reader closes the pipe early (| head)', async () => {
    // Enough offices that the output far exceeds a pipe buffer, so the writer meets EPIPE.
    const dir = mkdtempSync(join(tmpdir(), 'thads-epipe-'));
    const file = join(dir, '2019.csv');
    const rows = ['district,cases_with_conditions,cases_resolved'];
    for (let i = 0; i < 20000; i++) rows.push(`Office ${i},${100 + (i % 50)},${90 + (i % 7)}`);
    writeFileSync(file, `${rows.join('\n')}\n`);
    const child = spawn(process.execPath, [BIN, 'summarize', file, '--format', 'json'], { cwd: ROOT, env: CLEAN_ENV });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('states small money in a unit that shows it: a total of 5,007,000 đồng is 5.01 million, not 0.01 billion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-small-money-'));
    const file = join(dir, '2019.csv');
    writeFileSync(file, 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong\nMỹ Lộc,100,80,5000000,4000000\nVụ Bản,200,150,7000,3000\n');
    const md = await runThads(['summarize', file, '--format', 'markdown', '--lang', 'en']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('Money (million VND): With conditions');
    expect(md.stdout).toContain('| **Total** | **—** | **300** | **230** | **76.67%** | **73%** | **+3.67** | **+11** | **—** | **—** | **5.01** | **4.00** | **79.95%** | **—** |');
    // --unit still decides, and machine formats stay in đồng
    expect((await runThads(['summarize', file, '--format', 'markdown', '--lang', 'en', '--unit', 'billion'])).stdout).toContain('Money (billion VND): With conditions');
    expect((await runThads(['summarize', file, '--format', 'csv', '--by', 'none'])).stdout).toContain(',5007000,');
  });

  it('prints --version and --help with examples', () => {
    expect(spawnThads(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    for (const cmd of ['summarize', 'check', 'inspect', 'targets', 'init']) {
      const help = spawnThads([cmd, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Examples:');
    }
  });
});

