// File arguments with wildcards: cmd.exe and PowerShell pass `data\*.csv` to a program as it
// is written, so thads expands it itself (README "File arguments"). One rule for every command
// that reads files (inputs, --previous); a Unix shell has expanded them already.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { STDIN, ThadsError } from './errors.js';
import { pathAsWritten } from './path-arg.js';
import { isStdoutFile, sameFile } from './input/same-file.js';

/** What expanding reads of the system: the working directory and whether names ignore case. */
export interface FileArgsIo {
  readonly cwd: string;
  readonly platform?: NodeJS.Platform;
}

/**
 * This run's output, still empty, found by a pattern: cmd.exe creates `> tong-hop.csv` before
 * thads expands `*.csv`, and an `--output` file may be made ahead. Empty, it is no office's export
 * and would only refuse the run (NO_DATA). A file with something in it stays a match, refused
 * OUTPUT_IS_INPUT: it may be an office's export named by mistake (`*.csv -o 2019.csv`) or a
 * province's report to add up, which leaving it out would overwrite with exit 0.
 */
function isOutput(io: FileArgsIo, file: string, output: string | undefined): boolean {
  if (!isEmptyFile(resolve(io.cwd, file))) return false;
  return (output !== undefined && output !== STDIN && sameFile(io.cwd, file, output)) || isStdoutFile(io.cwd, file);
}

function isEmptyFile(path: string): boolean {
  try {
    return statSync(path).size === 0;
  } catch {
    return false;
  }
}

/**
 * The files `args` name, in order: a name that exists (or "-", standard input) as it is, even
 * with `*`, `?` or `[` in it; otherwise a pattern with `*` or `?` becomes the files it matches,
 * in code-point order, but for this run's output while it is empty (`output`: --output; a name
 * given whole stays, and is refused OUTPUT_IS_INPUT). Throws IO_ERROR (exit 2) for a pattern that matches nothing. A file
 * reached twice stays twice: reading refuses it (DUPLICATE_INPUT), as for a name given twice.
 * A name without a wildcard goes through pathAsWritten (its `\` on Linux and macOS).
 */
export async function expandFileArgs(io: FileArgsIo, args: readonly string[], output?: string): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === STDIN || !/[*?]/.test(arg) || existsSync(resolve(io.cwd, arg))) {
      out.push(pathAsWritten(io, arg));
      continue;
    }
    const all = await matches(io, arg);
    const found = all.filter((f) => !isOutput(io, f, output));
    if (found.length === 0) {
      const only = all.length > 0 ? ` but ${all.join(', ')}, this run's output` : '';
      throw new ThadsError('IO_ERROR', `no file matches ${arg}${only}`, undefined, 'check the folder and the pattern; names starting with "." or "~$" (Excel\'s lock files) are matched only when named whole');
    }
    out.push(...found);
  }
  return out;
}

/**
 * The files of one pattern. `\` is a folder separator on every system (a Windows user's
 * `data\*.csv` means the same in a Linux CI job; a Unix name with `\` in it opens when named
 * whole). Only `*` and `?` are wildcards: `[`, `(`, `{`, `!` are letters of Windows names
 * ("Báo cáo [bản sửa]", "2019 (1).csv"), never classes, groups or negations. The folder part
 * before the first wildcard is kept as written on Windows (with `/` for `\` elsewhere), so
 * messages name files as the user did.
 */
async function matches(io: FileArgsIo, arg: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const slashed = arg.replace(/\\/g, '/');
  const cut = slashed.lastIndexOf('/', slashed.search(/[*?]/)) + 1;
  const pattern = slashed.slice(cut).replace(/[()[\]{}!+@|]/g, '\\$&');
  const found = await glob(pattern, {
    cwd: resolve(io.cwd, slashed.slice(0, cut) || '.'),
    onlyFiles: true,
    // a folder the pattern matches is not a pattern for its files ("2019*" is not "2019*/**")
    expandDirectories: false,
    // dot-files, and the lock file an open workbook leaves beside it ("~$2019.xlsx"), which
    // would refuse the run: neither is a report
    dot: false,
    ignore: ['**/~$*'],
    braceExpansion: false,
    extglob: false,
    // as the file system compares names: Windows and macOS ignore case
    caseSensitiveMatch: io.platform !== 'win32' && io.platform !== 'darwin',
  });
  // a shell's order, the same on every system: UTF-8 bytes sort as code points
  found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  // Windows opens `data\a.csv`; elsewhere only `data/a.csv` does
  const folder = (io.platform === 'win32' ? arg : slashed).slice(0, cut);
  return found.map((f) => folder + f);
}
