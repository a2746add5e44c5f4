// A path as the user wrote it: a Windows `data\2019.csv` (a .bat turned into a CI step, a command
// pasted from the guide into WSL or Git Bash) names data/2019.csv on every system. One rule for
// every path argument (inputs, --previous, --config, --output; wildcards: file-args.ts).
import { lstatSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface PathArgIo {
  readonly cwd: string;
  readonly platform?: NodeJS.Platform;
}

/**
 * `arg` as given when Windows reads `\` itself, when a file of that very name exists (a Unix name
 * may hold `\`), or when the folder the `\`-split name points into does not exist (the message
 * then names the file as written; an output's is refused as into a missing folder); otherwise `\`
 * becomes `/`. The folder test lets --output
 * write out\tong-hop.csv into out/ rather than beside it under a name no one reads.
 */
export function pathAsWritten(io: PathArgIo, arg: string, role: 'input' | 'output' = 'input'): string {
  if (io.platform === 'win32' || !arg.includes('\\') || present(resolve(io.cwd, arg))) return arg;
  const slashed = arg.replace(/\\/g, '/');
  // An output into a missing folder is refused as such (the write's own check): a file literally
  // named out\tong-hop.csv beside it is one no one looks for, while CI publishes the stale
  // out/tong-hop.csv.
  return role === 'output' || isFolder(resolve(io.cwd, dirname(slashed))) ? slashed : arg;
}

function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
