// The table on a terminal fits its width (issue 17): 80 and 160 columns, English and
// Vietnamese, with and without the change columns. A file, a pipe and --wide get every column.
import { describe, expect, it } from 'vitest';
import { runThads, transcript } from '../helpers/cli.js';

const golden = (name: string) => `./__golden__/terminal/${name}.txt`;
const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l.replace(/\x1b\[[0-9;]*m/g, '')].length));

const SCENARIOS: Record<string, { columns: number; args: string[] }> = {
  '80-en': { columns: 80, args: ['fixtures/2019.csv', '--lang', 'en'] },
  '80-vi-previous': { columns: 80, args: ['fixtures/2019.csv', '--previous', 'fixtures/2018.csv', '--lang', 'vi'] },
  '160-en': { columns: 160, args: ['fixtures/2019.csv', '--lang', 'en'] },
  '160-vi-previous': { columns: 160, args: ['fixtures/2019.csv', '--previous', 'fixtures/2018.csv', '--lang', 'vi'] },
  '80-vi-63-provinces': { columns: 80, args: ['fixtures/chart/provinces-2019.csv', '--by', 'province', '--lang', 'vi', '--only', 'Hà Nội', '--only', 'Nam Định', '--only', 'Cà Mau'] },
  '60-vi-by-none': { columns: 60, args: ['fixtures/2019.csv', '--by', 'none', '--lang', 'vi'] },
};

describe('terminal table (golden)', () => {
  for (const [name, { columns, args }] of Object.entries(SCENARIOS)) {
    it(`${name}: no line wider than ${columns} columns`, async () => {
      const r = await runThads(['summarize', ...args, '--no-color'], { tty: true, columns });
      expect(r.code).toBe(0);
      expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
      await expect(transcript(r)).toMatchFileSnapshot(golden(name));
    });
  }
});

describe('what fits is chosen by what a reader looks for first', () => {
  it('at 80 columns: rate, target, gap and rank of both measures, and says what was left out', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--previous', 'fixtures/2018.csv', '--lang', 'en', '--no-color'], { tty: true, columns: 80 });
    for (const header of ['Rate', 'Target', 'Gap', 'Rank', 'Resolved', 'Above']) expect(r.stdout).toContain(header);
    expect(r.stdout).toContain('Cases');
    expect(r.stdout).toContain('Money (billion VND)');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('Left out to fit the terminal: Total, Change in total, Rate change (pp). Every column: --wide, or --format csv.');
  });

  it('one province on every row becomes a caption', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--lang', 'vi', '--no-color'], { tty: true, columns: 80 });
    expect(r.stdout.split('\n')[0]).toBe('Tỉnh: Nam Định');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('Nam Định')).length).toBe(0);
  });

  it('the full table where it fits, on one header line, with no note', async () => {
    const wide = await runThads(['summarize', 'fixtures/2019.csv', '--lang', 'en', '--no-color'], { tty: true, columns: 300 });
    const piped = await runThads(['summarize', 'fixtures/2019.csv', '--lang', 'en', '--format', 'table']);
    expect(wide.stdout).toBe(piped.stdout);
    expect(wide.stdout).not.toContain('--wide');
  });
});

describe('every column: a pipe, a file, --wide', () => {
  it('a pipe gets the full table (191 columns)', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--lang', 'en', '--format', 'table']);
    expect(widest(r.stdout)).toBe(191);
  });

  it('--wide on an 80-column terminal prints the same full table (261 columns; 316 in Vietnamese)', async () => {
    for (const lang of ['en', 'vi']) {
      const piped = await runThads(['summarize', 'fixtures/2019.csv', '--previous', 'fixtures/2018.csv', '--lang', lang, '--format', 'table']);
      const wide = await runThads(['summarize', 'fixtures/2019.csv', '--previous', 'fixtures/2018.csv', '--lang', lang, '--wide', '--no-color'], { tty: true, columns: 80 });
      expect(wide.stdout).toBe(piped.stdout);
      expect(widest(wide.stdout)).toBe(lang === 'en' ? 261 : 316);
    }
  });

  it('--wide without --format prints the table into a pipe too (for less -S)', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--lang', 'en', '--wide']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('With conditions');
    expect(widest(r.stdout)).toBe(191);
  });
});

describe('colours on the terminal table', () => {
  const red = '\x1b[31m';
  const run = (env: Record<string, string>, tty: boolean, extra: string[] = []) =>
    runThads(['summarize', 'fixtures/2019.csv', '--format', 'table', '--target-cases', '95', ...extra], { env, tty, columns: 200 });

  it('on a terminal: missed in red', async () => expect((await run({}, true)).stdout).toContain(red));
  it('TERM=dumb: none', async () => expect((await run({ TERM: 'dumb' }, true)).stdout).not.toContain('\x1b['));
  it('FORCE_COLOR into a pipe: forced', async () => expect((await run({ FORCE_COLOR: '1' }, false)).stdout).toContain(red));
  it('NO_COLOR beats FORCE_COLOR', async () => expect((await run({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).stdout).not.toContain('\x1b['));
  it('--no-color beats everything', async () => expect((await run({ FORCE_COLOR: '1' }, true, ['--no-color'])).stdout).not.toContain('\x1b['));
});
