// Whether two paths name one file: an output that would overwrite an input, a --previous file
// that is an input given again. A symlink, a hard link or a bind mount is the same file too.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { STDIN } from '../errors.js';

function identity(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null; // reading it says why
  }
}

/** `a` and `b` relative to `cwd`; standard input is no file. */
export function sameFile(cwd: string, a: string, b: string): boolean {
  if (a === STDIN || b === STDIN) return false;
  const pathA = resolve(cwd, a);
  const pathB = resolve(cwd, b);
  if (pathA === pathB) return true;
  const id = identity(pathA);
  return id !== null && id === identity(pathB);
}
