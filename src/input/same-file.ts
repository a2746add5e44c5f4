// Whether two paths name one file: an output that would overwrite an input, a --previous file
// that is an input given again. A symlink, a hard link or a bind mount is the same file too, and
// so is standard input redirected from a file (`thads summarize - -o b.csv < b.csv`).
import { fstatSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { STDIN } from '../errors.js';

function key(st: Stats): string {
  return `${st.dev}:${st.ino}`;
}

function identity(path: string): string | null {
  try {
    return key(statSync(path));
  } catch {
    return null; // reading it says why
  }
}

/**
 * The regular file behind a standard stream (`< b.csv`, `> tong-hop.csv`); null for a pipe, a
 * terminal, a device, or a system that gives no inode number (Windows may say 0: no guess).
 */
function streamIdentity(fd: 0 | 1): string | null {
  try {
    const st = fstatSync(fd);
    return st.isFile() && st.ino !== 0 ? key(st) : null;
  } catch {
    return null;
  }
}

function identityOf(cwd: string, name: string): string | null {
  return name === STDIN ? streamIdentity(0) : identity(resolve(cwd, name));
}

/** `a` and `b` relative to `cwd`; "-" is the file standard input reads, when it reads one. */
export function sameFile(cwd: string, a: string, b: string): boolean {
  if (a !== STDIN && b !== STDIN && resolve(cwd, a) === resolve(cwd, b)) return true;
  const id = identityOf(cwd, a);
  return id !== null && id === identityOf(cwd, b);
}

/** Whether `path` (relative to `cwd`) is the regular file standard output writes (`thads … > tong-hop.csv`). */
export function isStdoutFile(cwd: string, path: string): boolean {
  const out = streamIdentity(1);
  return out !== null && out === identity(resolve(cwd, path));
}
