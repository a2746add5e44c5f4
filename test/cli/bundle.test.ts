// The shipped binary runs the esbuild bundle through V8's code cache (scripts/bundle.mjs): the
// cache must be accepted (a rejected cache only slows start-up, so nothing else would notice),
// and the ES modules of dist/ — the fallback when there is no bundle — must print the same.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BIN, CLEAN_ENV, ROOT } from '../helpers/cli.js';

const BUNDLE = join(ROOT, 'dist', 'bundle', 'thads.cjs');
/** exceljs' streaming reader: a chunk of its own, with its own cache, loaded on first use */
const EXCEL_CHUNK = join(ROOT, 'dist', 'bundle', 'exceljs-reader.cjs');
const ARGS = ['summarize', 'fixtures/2019.csv', '--format', 'json'];
const XLSX_ARGS = ['summarize', 'fixtures/xlsx/seed-form/bao-cao-2019.xlsx', '--format', 'json'];

describe('bundle', () => {
  it('is built with its code cache and its worker', () => {
    for (const f of [BUNDLE, `${BUNDLE}.cache`, EXCEL_CHUNK, `${EXCEL_CHUNK}.cache`, join(ROOT, 'dist', 'bundle', 'scan-worker.js')]) expect(existsSync(f), f).toBe(true);
  });

  // V8 rejects a cache made under other flags: the check runs in a process given the V8 flags
  // bin/thads.js sets (read from its source, so the two cannot drift apart), as bin runs it.
  it.each([BUNDLE, EXCEL_CHUNK])('V8 accepts the code cache for %s as bin/thads.js wraps it', (file) => {
    const flags = [...readFileSync(BIN, 'utf8').matchAll(/setFlagsFromString\('([^']+)'\)/g)].map((m) => m[1]);
    expect(flags).toEqual(['--semi-space-growth-factor=1', '--no-parallel-scavenge', '--heap-growing-percent=30']);
    const check = `require('node:v8').setFlagsFromString(${JSON.stringify(flags.join(' '))});
      const { readFileSync } = require('node:fs'); const file = ${JSON.stringify(file)};
      const source = \`(function (exports, require, module, __filename, __dirname) {\${readFileSync(file, 'utf8')}\\n})\`;
      const script = new (require('node:vm').Script)(source, { filename: file, cachedData: readFileSync(file + '.cache') });
      process.stdout.write(String(script.cachedDataRejected));`;
    const run = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('false');
  });

  it('a cache made under other V8 flags is rejected (what the check above guards against)', () => {
    const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`;
    const script = new vm.Script(source, { filename: BUNDLE, cachedData: readFileSync(`${BUNDLE}.cache`) });
    expect(script.cachedDataRejected).toBe(true);
  });

  // bin/thads.js reads them as latin1, exact only for ASCII; a one-byte string is also half the
  // size of the two-byte one a single Vietnamese letter would make of the whole bundle.
  it.each([BUNDLE, EXCEL_CHUNK, join(ROOT, 'dist', 'bundle', 'scan-worker.js')])('%s is ASCII-only', (file) => {
    const bytes = readFileSync(file);
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });

  it('the bundle requires exceljs\' reader as its chunk, not from node_modules', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text).toContain('require("./exceljs-reader.cjs")');
    expect(text).not.toMatch(/require\("exceljs/);
  });

  // The bundle is minified: a stack trace for a bug report (THADS_DEBUG) comes from the ES modules.
  it('runs the bundle, and the ES modules of dist/ under THADS_DEBUG (readable stack traces)', () => {
    // names each script bin/thads.js compiles through node:vm on stderr
    const spy = "const vm = require('node:vm'); const S = vm.Script; vm.Script = function (source, options) { process._rawDebug('compiled ' + options.filename); return new S(source, options); };";
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['-e', `${spy} require(${JSON.stringify(BIN)})`, '--', BIN, ...ARGS], { cwd: ROOT, env: { ...CLEAN_ENV, ...env }, encoding: 'utf8' });
    const plain = run({});
    const debug = run({ THADS_DEBUG: '1' });
    expect(plain.status).toBe(0);
    expect(plain.stderr).toBe(`compiled ${BUNDLE}\n`);
    expect(debug.status).toBe(0);
    expect(debug.stderr).toBe('');
    expect(debug.stdout).toBe(plain.stdout);
  });

  it.each([[ARGS], [XLSX_ARGS]])('%j prints what the ES modules of dist/ print', (args) => {
    const viaBin = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: CLEAN_ENV, encoding: 'utf8' });
    // node -e keeps no script name in argv: a placeholder stands where realIo() expects one.
    const entry = `process.exitCode = await (await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'run.js')).href)})).run()`;
    const viaModules = spawnSync(process.execPath, ['--input-type=module', '-e', entry, '--', 'thads', ...args], { cwd: ROOT, env: CLEAN_ENV, encoding: 'utf8' });
    expect(viaBin.status).toBe(0);
    expect(viaModules.status).toBe(0);
    expect(viaModules.stdout).toBe(viaBin.stdout);
    expect(viaModules.stderr).toBe(viaBin.stderr);
  });
});
