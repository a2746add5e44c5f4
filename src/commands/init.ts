// thads init: a starter thads.config.json with the latest built-in targets. Never overwrites.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInTargets, LATEST_BUILT_IN_YEAR } from '../config/builtin-targets.js';
import { schemaPath } from '../config/load.js';
import { plain } from '../domain/decimal.js';
import { EXIT, ThadsError, type ExitCode } from '../errors.js';
import type { Io } from '../io.js';
import { describeIoError } from '../io-errors.js';

/**
 * `$schema` of a config written at `target`, so that editors find the schema from wherever the
 * config is opened. When thads is installed in the project (a node_modules/thads beside the config
 * or in a folder above it, where `npx thads` finds it too), the path through node_modules,
 * relative to the config file: it travels with the project (clone, `npm ci`), works offline and
 * always matches the installed thads. Otherwise (a global install, npx, a checkout) the schema of
 * the thads that wrote the file, as an absolute file: URL, which works wherever the config is
 * moved on this machine. Not a web URL: the schema has no published home (its $id is .invalid).
 */
export function schemaReference(target: string): { ref: string; inProject: boolean } {
  const configDir = dirname(target);
  for (let dir = configDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'thads', 'thads.schema.json');
    if (existsSync(candidate)) {
      const path = relative(configDir, candidate).split(sep).join('/');
      return { ref: path.startsWith('.') ? path : `./${path}`, inProject: true };
    }
    if (dirname(dir) === dir) return { ref: pathToFileURL(schemaPath()).href, inProject: false };
  }
}

export async function init(io: Io, flags: { output: string }): Promise<ExitCode> {
  const target = resolve(io.cwd, flags.output);
  if (existsSync(target)) throw new ThadsError('CONFIG_EXISTS', `${flags.output} already exists`);
  const schema = schemaReference(target);
  const latest = builtInTargets().get(LATEST_BUILT_IN_YEAR) ?? {};
  const year: Record<string, string> = {};
  if (latest.cases) year.cases = plain(latest.cases);
  if (latest.money) year.money = plain(latest.money);
  // JSON has no comments: each key is described in the schema, which editors show on hover.
  // The starter holds only values that change nothing until edited (the defaults, the built-in
  // targets): moneyUnit and lang are left out, because a config moneyUnit overrides the unit a
  // file declares, and a config lang overrides the locale.
  const config = {
    $schema: schema.ref,
    targets: { [String(LATEST_BUILT_IN_YEAR)]: { ...year, provinces: {}, districts: {} } },
    numberFormat: 'auto',
    rateDecimals: 2,
    gapBasis: 'exact',
    aliases: {},
  };
  try {
    writeFileSync(target, `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' });
  } catch (err) {
    throw new ThadsError('IO_ERROR', `cannot write ${flags.output}: ${describeIoError(err)}`);
  }
  io.stderr.write(`wrote ${flags.output} (the built-in targets of ${LATEST_BUILT_IN_YEAR}; every key, moneyUnit and lang included, is described in the schema)\n`);
  if (!schema.inProject) {
    io.stderr.write(`its $schema is the thads installed at ${dirname(schemaPath())}; with thads in the project's devDependencies, \`thads init\` writes a path that travels with the project\n`);
  }
  return EXIT.ok;
}
