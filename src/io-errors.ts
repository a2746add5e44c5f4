// A failing system call in words: "cannot write out.csv: no space left on the device (ENOSPC)"
// rather than "ENOSPC: no space left on device, write" or "ELOOP: too many symbolic links
// encountered, open '/tmp/x'". The errno code stays in parentheses for searching.

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file is too large',
  EROFS: 'the file system is read-only',
  ELOOP: 'too many levels of symbolic links, or a link loop',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error (a failing disk or network drive?)',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EEXIST: 'it already exists',
  EXDEV: 'it is on another file system',
  EPIPE: 'the reader closed the pipe',
  EBADF: 'it is closed',
  ENXIO: 'no such device (a named pipe without a reader, or a socket?)',
  ENODEV: 'no such device',
  ESTALE: 'the network file handle is stale',
  ETIMEDOUT: 'the operation timed out',
  EAGAIN: 'the resource is temporarily unavailable',
  EINVAL: 'invalid argument',
  ENOMEM: 'out of memory',
  ECONNRESET: 'the connection was reset',
};

/** The errno code of a failed system call, or undefined for any other error. */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** "no space left on the device (ENOSPC)"; an unknown code keeps Node's own words. */
export function describeIoError(err: unknown): string {
  const code = errnoCode(err);
  if (code === undefined) return err instanceof Error ? err.message : String(err);
  const words = WORDS[code];
  if (words) return `${words} (${code})`;
  // Node's message is "ECODE: words, syscall 'path'": keep the words only.
  const message = err instanceof Error ? err.message : '';
  const m = /^E[A-Z0-9]+: ([^,]+)/.exec(message);
  return m ? `${m[1]} (${code})` : code;
}
