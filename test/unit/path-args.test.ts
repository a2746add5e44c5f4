// pathAsWritten (src/path-arg.ts): when a `\` in a path argument separates folders. A folder of
// hand-made names; each case says which name should come back and why.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathAsWritten } from '../../src/path-arg.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-path-arg-');
write({ 'data/bc-2019.csv': ['x'], 'a/b/c.csv': ['x'] });
writeFileSync(join(dir, 'odd\\name.csv'), 'x\n');
mkdirSync(join(dir, 'out'));
const linux = { cwd: dir, platform: 'linux' as const };

describe('pathAsWritten', () => {
  it('a name without \\ is untouched', () => {
    expect(pathAsWritten(linux, 'data/bc-2019.csv')).toBe('data/bc-2019.csv');
    expect(pathAsWritten(linux, '-')).toBe('-');
  });

  it('\\ separates folders when the name as given does not exist: data\\bc-2019.csv, a\\b\\c.csv, a\\b/c.csv', () => {
    expect(pathAsWritten(linux, 'data\\bc-2019.csv')).toBe('data/bc-2019.csv');
    expect(pathAsWritten(linux, 'a\\b\\c.csv')).toBe('a/b/c.csv');
    expect(pathAsWritten(linux, 'a\\b/c.csv')).toBe('a/b/c.csv');
  });

  it('an output not there yet goes into the folder that exists: out\\tong-hop.csv → out/tong-hop.csv', () => {
    expect(pathAsWritten(linux, 'out\\tong-hop.csv')).toBe('out/tong-hop.csv');
  });

  it('a name that exists as given stays whole', () => {
    expect(pathAsWritten(linux, 'odd\\name.csv')).toBe('odd\\name.csv');
  });

  it('a folder that does not exist: the name stays as given (its message names it so)', () => {
    expect(pathAsWritten(linux, 'nodata\\bc-2019.csv')).toBe('nodata\\bc-2019.csv');
  });

  it('an absolute path with \\ resolves the same way', () => {
    expect(pathAsWritten(linux, `${dir}\\data\\bc-2019.csv`)).toBe(`${dir}/data/bc-2019.csv`);
  });

  it('Windows reads \\ itself: the name is never rewritten there', () => {
    expect(pathAsWritten({ cwd: dir, platform: 'win32' }, 'data\\bc-2019.csv')).toBe('data\\bc-2019.csv');
  });
});
