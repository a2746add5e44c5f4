#!/usr/bin/env node
// Runs the one-file bundle through V8's code cache, both made by `npm run build`
// (scripts/bundle.mjs); falls back to the ES modules of dist/ when there is no bundle.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/bundle/thads.cjs', import.meta.url));

async function runBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(`${bundle}.cache`);
  } catch {
    cachedData = undefined;
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const code = await module.exports.run();
  if (process.env.THADS_WRITE_CODE_CACHE) writeFileSync(process.env.THADS_WRITE_CODE_CACHE, script.createCachedData());
  return code;
}

process.exitCode = existsSync(bundle) ? await runBundle() : await (await import('../dist/run.js')).run();
