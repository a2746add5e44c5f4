// File arguments with wildcards (src/file-args.ts): what a pattern matches, in which order, and
// how its folder is named, on each system (the CLI side is test/cli/wildcards.test.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandFileArgs } from '../../src/file-args.js';
import { ThadsError } from '../../src/errors.js';

function dirWith(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'thads-file-args-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x\n');
  }
  return dir;
}

describe('expandFileArgs', () => {
  it('sorts matches in code-point order, as a shell would: digits, upper case, lower case, then letters with diacritics', async () => {
    const cwd = dirWith(['d/b.csv', 'd/á.csv', 'd/a.csv', 'd/B.csv', 'd/9.csv', 'd/10.csv']);
    // '1' U+0031 < '9' U+0039 < 'B' U+0042 < 'a' U+0061 < 'b' U+0062 < 'á' U+00E1
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['d/*.csv'])).toEqual(['d/10.csv', 'd/9.csv', 'd/B.csv', 'd/a.csv', 'd/b.csv', 'd/á.csv']);
  });

  it('keeps the order of the arguments, each pattern expanded in place', async () => {
    const cwd = dirWith(['x/2.csv', 'x/1.csv', 'lone.csv']);
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['lone.csv', 'x/*.csv', '-'])).toEqual(['lone.csv', 'x/1.csv', 'x/2.csv', '-']);
  });

  it('reads "\\" as a folder separator: on Windows the folder stays as written, elsewhere it is given with "/"', async () => {
    const cwd = dirWith(['Bao cao/2019/a.csv']);
    expect(await expandFileArgs({ cwd, platform: 'win32' }, ['Bao cao\\2019\\*.csv'])).toEqual(['Bao cao\\2019\\a.csv']);
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['Bao cao\\2019\\*.csv'])).toEqual(['Bao cao/2019/a.csv']);
  });

  it('ignores case where the file system does (Windows, macOS), not on Linux', async () => {
    const cwd = dirWith(['data/A-2019.csv']);
    expect(await expandFileArgs({ cwd, platform: 'win32' }, ['data/*.CSV'])).toEqual(['data/A-2019.csv']);
    expect(await expandFileArgs({ cwd, platform: 'darwin' }, ['data/a-*.csv'])).toEqual(['data/A-2019.csv']);
    await expect(expandFileArgs({ cwd, platform: 'linux' }, ['data/*.CSV'])).rejects.toThrow('no file matches data/*.CSV');
  });

  it('takes [ ] ( ) { } ! literally, in the folder and in the pattern: they are letters of Windows names', async () => {
    const cwd = dirWith(['Báo cáo [bản sửa]/x.csv', 'p/2019 (1).csv', 'p/2019 (2).csv', 'p/2019 a.csv', 'q/[ab]x.csv', 'q/ax.csv', 'q/{a,b}.csv', 'q/a.csv', 'q/!x.csv']);
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['Báo cáo [bản sửa]/*.csv'])).toEqual(['Báo cáo [bản sửa]/x.csv']);
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['p/2019 (*).csv'])).toEqual(['p/2019 (1).csv', 'p/2019 (2).csv']);
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['q/[ab]*.csv'])).toEqual(['q/[ab]x.csv']);
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['q/{a,b}*'])).toEqual(['q/{a,b}.csv']);
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['q/!*'])).toEqual(['q/!x.csv']);
  });

  it('matches files only, never dot-files, Excel lock files or folders', async () => {
    const cwd = dirWith(['d/a.xlsx', 'd/.b.xlsx', 'd/~$a.xlsx', 'd/sub.xlsx/c.csv']);
    expect(await expandFileArgs({ cwd, platform: 'win32' }, ['d\\*.xlsx'])).toEqual(['d\\a.xlsx']);
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['d/*'])).toEqual(['d/a.xlsx']);
  });

  it('a name that exists is taken as it is, wildcard or not; a missing name without one is left for reading to refuse', async () => {
    const cwd = dirWith(['a*b.csv', 'axb.csv']);
    expect(await expandFileArgs({ cwd, platform: 'linux' }, ['a*b.csv', 'missing.csv', '[x].csv'])).toEqual(['a*b.csv', 'missing.csv', '[x].csv']);
  });

  it('a pattern matching nothing is IO_ERROR naming it as written (exit 2)', async () => {
    const cwd = dirWith([]);
    const err = await expandFileArgs({ cwd, platform: 'win32' }, ['data\\*.csv']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ThadsError);
    expect((err as ThadsError).code).toBe('IO_ERROR');
    expect((err as ThadsError).exitCode).toBe(2);
    expect((err as ThadsError).message).toBe('no file matches data\\*.csv');
  });
});
