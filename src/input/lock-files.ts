// Office's owner ("lock") files: Excel, Word and PowerPoint leave "~$2019.xlsx" beside a file
// they have open (hidden on Windows, not on a synced folder or in Git Bash and WSL), and a shell's
// `*.xlsx` passes it. It is no report: read, it would refuse the whole run (WORKBOOK_INVALID,
// ENCODING_INVALID). One rule for every command that reads files (README "File arguments").
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { STDIN, ThadsError, finding, type Finding } from '../errors.js';

/** Owner files are 162 (Word) or 165 (Excel) bytes; a report of under 1 KiB could still be one. */
const SMALL = 1024;
/** The record's first field: a length byte, then the user name padded to 54 bytes. */
const NAME_FIELD = 54;

/**
 * The owner record: byte 0 is the length of the user name written after it (printable, in the
 * system's code page), then padding and the name again in UTF-16LE, or nothing (an empty file a
 * sync client left). A text report has line breaks and no NUL; a workbook starts as a ZIP.
 */
function isOwnerRecord(bytes: Buffer): boolean {
  if (bytes.length === 0) return true;
  const n = bytes[0]!;
  if (n === 0 || n > NAME_FIELD || n >= bytes.length) return false;
  for (let i = 1; i <= n; i++) if (bytes[i]! < 0x20) return false;
  return bytes.includes(0) || (!bytes.includes(0x0a, 1) && !bytes.includes(0x0d, 1));
}

/** A "~$…" file that is an owner record, never a report: a "~$…" workbook or CSV is read as any other. */
export function isLockFile(path: string): boolean {
  if (path === STDIN || !basename(path.replace(/\\/g, '/')).startsWith('~$')) return false;
  let fd: number | undefined;
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size >= SMALL) return false;
    fd = openSync(path, 'r');
    const bytes = Buffer.alloc(stat.size);
    return readSync(fd, bytes, 0, bytes.length, 0) === bytes.length && isOwnerRecord(bytes);
  } catch {
    // a file that cannot be looked at is left to the reader, which says why
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The files to read: `files` without Office's lock files, each skipped with a warning. With no
 * file left the run has no input: an IO_ERROR (exit 2) naming what was skipped.
 */
export function withoutLockFiles(cwd: string, files: readonly string[]): { files: string[]; skipped: Finding[] } {
  const kept: string[] = [];
  const skipped: Finding[] = [];
  for (const file of files) {
    if (!isLockFile(resolve(cwd, file))) {
      kept.push(file);
      continue;
    }
    skipped.push(finding('warning', 'LOCK_FILE_SKIPPED', "Excel's lock file of an open workbook, skipped", { file }));
  }
  if (kept.length === 0 && files.length > 0) {
    const names = files.length === 1 ? files[0]! : `${files[0]} and ${files.length - 1} more`;
    throw new ThadsError('IO_ERROR', `no input to read: ${names} ${files.length === 1 ? 'is an Office lock file' : 'are Office lock files'} (the owner record Excel writes beside an open workbook), not a report`, undefined, 'pass the workbook or CSV itself (its name without "~$"); the lock file goes away when the workbook is closed in Excel');
  }
  return { files: kept, skipped };
}
