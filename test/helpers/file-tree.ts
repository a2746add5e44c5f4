// A temporary folder of input files for a test, written from lines, removed after the suite.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** `write({ 'a/x-2019.csv': lines })` writes each file (folders made as needed) and returns their paths. */
export function fileTree(prefix: string): { readonly dir: string; readonly write: (files: Record<string, readonly string[]>) => string[]; readonly file: (name: string, lines: readonly string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (files: Record<string, readonly string[]>): string[] => {
    for (const [name, lines] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
    }
    return Object.keys(files).map((f) => join(dir, f));
  };
  /** one file `name` of `lines`, its path */
  const file = (name: string, lines: readonly string[]): string => write({ [name]: lines })[0]!;
  return { dir, write, file };
}
