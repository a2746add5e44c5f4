#!/usr/bin/env node
// Runs the one-file bundle through V8's code cache, both made by `npm run build`
// (scripts/bundle.mjs); falls back to the ES modules of dist/ when there is no bundle.
// CommonJS (bin/package.json): Node starts a CommonJS entry ~8 ms sooner than an ES module.
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'bundle', 'thads.cjs');

function runBundle() {
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
  return module.exports.run().then((code) => {
    if (process.env.THADS_WRITE_CODE_CACHE) writeFileSync(process.env.THADS_WRITE_CODE_CACHE, script.createCachedData());
    return code;
  });
}

const running = existsSync(bundle) ? runBundle() : import('../dist/run.js').then((m) => m.run());
running.then((code) => {
  process.exitCode = code;
});
