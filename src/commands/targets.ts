// thads targets: the targets in force per year and measure, and where each comes from.
import { relative } from 'node:path';
import { builtInTargets } from '../config/builtin-targets.js';
import { findConfig, loadConfig } from '../config/load.js';
import { plain, type Dec } from '../domain/decimal.js';
import { MEASURES } from '../domain/fields.js';
import { provinceInYear } from '../domain/provinces.js';
import { resolveTarget } from '../domain/targets.js';
import { EXIT, type ExitCode } from '../errors.js';
import { flagTargets, printFindings, targetWarnings } from './common.js';
import type { Io } from '../io.js';

/**
 * Which province a config name stands for in its year, since it applies to that province however
 * the input writes it: "TP Cần Thơ" (Cần Thơ). A province merged away by then, or a name that is
 * no province, applies only to rows written so.
 */
function provinceNote(name: string, year: number): string {
  const p = provinceInYear(name, year);
  if (p === null) return ' (not a province thads knows: applies to rows of that name only)';
  if (p.mergedInto !== undefined) return ` (${p.name}, merged into ${p.mergedInto} on 1/7/2025: applies to rows labelled ${p.name} only)`;
  return ` (${p.name})`;
}

export async function targets(io: Io, flags: { year?: number; config?: string; targetCases?: Dec; targetMoney?: Dec }): Promise<ExitCode> {
  const path = findConfig(flags.config, io.cwd, []);
  const config = await loadConfig(path, flags.config !== undefined);
  const builtIn = builtInTargets();
  const flag = flagTargets(flags);
  // A listing, not a judgement: a target below 1 % is said on stderr, the exit stays 0.
  printFindings(io, targetWarnings(config, flag));
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
    const named = [
      ...[...(yt?.provinces.values() ?? [])].flatMap((p) => [
        { kind: 'province', name: p.name, set: p.set, note: provinceNote(p.name, year) },
        ...[...(p.districts?.values() ?? [])].map((d) => ({ kind: 'district', name: d.name, set: d.set, note: ` of province ${JSON.stringify(p.name)}` })),
      ]),
      ...[...(yt?.districts.values() ?? [])].map((d) => ({ kind: 'district', name: d.name, set: d.set, note: '' })),
    ];
    for (const { kind, name, set, note } of named) {
      for (const m of MEASURES) {
        const v = set[m];
        // --target-cases applies to every group: a config target of that measure is then in force nowhere.
        const overridden = tables.flag[m] ? `, overridden by --target-${m}` : '';
        if (v) lines.push(`${year}  ${m.padEnd(7)}  ${`${plain(v)}%`.padStart(6)}  config ${kind} ${JSON.stringify(name)}${note}${overridden}`);
      }
    }
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
