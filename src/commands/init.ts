// thads init: a starter thads.config.json with the latest built-in targets. Never overwrites.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { builtInTargets, LATEST_BUILT_IN_YEAR } from '../config/builtin-targets.js';
import { schemaPath } from '../config/load.js';
import { plain } from '../domain/decimal.js';
import { EXIT, ThadsError, type ExitCode } from '../errors.js';
import type { Io } from '../io.js';

export async function init(io: Io, flags: { output: string }): Promise<ExitCode> {
  const target = resolve(io.cwd, flags.output);
  if (existsSync(target)) throw new ThadsError('CONFIG_EXISTS', `${flags.output} already exists`);
  const latest = builtInTargets().get(LATEST_BUILT_IN_YEAR) ?? {};
  const year: Record<string, string> = {};
  if (latest.cases) year.cases = plain(latest.cases);
  if (latest.money) year.money = plain(latest.money);
  // JSON has no comments: each key is described in the schema, which editors show on hover.
  // The starter holds only values that change nothing until edited (the defaults, the built-in
  // targets): moneyUnit and lang are left out, because a config moneyUnit overrides the unit a
  // file declares, and a config lang overrides the locale.
  const config = {
    $schema: relative(dirname(target), schemaPath()),
    targets: { [String(LATEST_BUILT_IN_YEAR)]: { ...year, provinces: {}, districts: {} } },
    numberFormat: 'auto',
    rateDecimals: 2,
    gapBasis: 'exact',
    aliases: {},
  };
  try {
    writeFileSync(target, `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' });
  } catch (err) {
    throw new ThadsError('IO_ERROR', `cannot write ${flags.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  io.stderr.write(`wrote ${flags.output} (the built-in targets of ${LATEST_BUILT_IN_YEAR}; every key, moneyUnit and lang included, is described in the schema)\n`);
  return EXIT.ok;
}
