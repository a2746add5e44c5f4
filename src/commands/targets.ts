// thads targets: the targets in force per year and measure, and where each comes from.
import { relative } from 'node:path';
import { builtInTargets } from '../config/builtin-targets.js';
import { findConfig, loadConfig } from '../config/load.js';
import { plain, type Dec } from '../domain/decimal.js';
import { MEASURES } from '../domain/fields.js';
import { resolveTarget, type TargetSet } from '../domain/targets.js';
import { EXIT, type ExitCode } from '../errors.js';
import type { Io } from '../io.js';

export async function targets(io: Io, flags: { year?: number; config?: string; targetCases?: Dec; targetMoney?: Dec }): Promise<ExitCode> {
  const path = findConfig(flags.config, io.cwd, []);
  const config = await loadConfig(path, flags.config !== undefined);
  const builtIn = builtInTargets();
  const flag: TargetSet = {};
  if (flags.targetCases) flag.cases = flags.targetCases;
  if (flags.targetMoney) flag.money = flags.targetMoney;
  const tables = { flag, config: config.targets, builtIn };
  // Relative to where the user stands, so the listing reads the same on every machine.
  const shownPath = path === null ? null : relative(io.cwd, path) || path;
  const years = flags.year !== undefined ? [flags.year] : [...new Set([...builtIn.keys(), ...config.targets.keys()])].sort((a, b) => a - b);
  const lines = ['year  measure  target  source'];
  for (const year of years) {
    for (const m of MEASURES) {
      const t = resolveTarget(tables, m, { year, province: null, district: null });
      const source = !t ? 'none' : t.source === 'config' ? `config (${shownPath})` : t.source === 'flag' ? `--target-${m}` : 'built-in (national)';
      lines.push(`${year}  ${m.padEnd(7)}  ${(t ? `${plain(t.value)}%` : '—').padStart(6)}  ${source}`);
    }
    const yt = config.targets.get(year);
    for (const [kind, map] of [['province', yt?.provinces], ['district', yt?.districts]] as const) {
      for (const [name, set] of map ?? []) {
        for (const m of MEASURES) {
          const v = set[m];
          if (v) lines.push(`${year}  ${m.padEnd(7)}  ${`${plain(v)}%`.padStart(6)}  config ${kind} "${name}"`);
        }
      }
    }
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
