#!/usr/bin/env node
// Runs the one-file bundle through V8's code cache, both made by `npm run build`
// (scripts/bundle.mjs); falls back to the ES modules of dist/ when there is no bundle. A chunk
// the bundle requires beside itself ("./exceljs-reader.cjs") runs through its own cache too.
// CommonJS (bin/package.json): Node starts a CommonJS entry ~8 ms sooner than an ES module.
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

// V8 doubles the young generation at each collection that finds it busy, up to 2 × 16 MiB; thads'
// short-lived objects (a row's cells, a group's strings) die young at 1 MiB too. Kept at its first
// size (a global flag: the worker's isolate too), a run's peak memory is ~20 MiB lower at 700 offices
// and ~33 MiB at 1M rows, no slower (paired runs, RESULTS.md session 52). Set before any allocation grows it.
require('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
// With semi-spaces of 1 MiB, a scavenge has a few pages to copy: handing them to helper threads
// cost more than it saved (paired runs on 2 cores: 700 offices 0.945×, 4,200 offices 0.98× wall,
// 5% less CPU; 1M rows the same; RESULTS.md session 55). A global flag too; it is trained into
// the code cache like the one above.
require('node:v8').setFlagsFromString('--no-parallel-scavenge');
// After a full collection V8 lets the old generation grow to twice or more what survived before
// the next: over 4,200 offices the figures, their results and the rendered rows promote tens of
// MB that die soon after, and waited there (JavaScript heap 26 → 54 MB after the last collection,
// 1M rows). Grown by 30 % at most, the peak at 1M rows is ~117 → ~106 MiB and at 10M ~134 → ~118,
// for ~5 more full collections of 2–10 ms each (paired runs, RESULTS.md session 60). Global too.
require('node:v8').setFlagsFromString('--heap-growing-percent=30');

const bundleDir = join(__dirname, '..', 'dist', 'bundle');
const bundle = join(bundleDir, 'thads.cjs');
/** THADS_WRITE_CODE_CACHE names the file whose cache a training run writes when it ends. */
const training = process.env.THADS_WRITE_CODE_CACHE;
let trained = null;

/** A CommonJS file run through its code cache (a stale or missing cache is only slower). */
function loadCached(file) {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  // latin1: the build writes every file ASCII-only (scripts/bundle.mjs asciiOnly), which latin1
  // reads exactly and ~25% sooner than utf8 (1 MB on every start-up).
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'latin1')}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  if (training === file) trained = script;
  const module = { exports: {} };
  const plainRequire = createRequire(file);
  const chunkRequire = (id) => (id.startsWith('./') && id.endsWith('.cjs') ? loadChunk(join(dirname(file), id)) : plainRequire(id));
  script.runInThisContext()(module.exports, Object.assign(chunkRequire, plainRequire), module, file, dirname(file));
  return module.exports;
}

const chunks = new Map();
function loadChunk(file) {
  if (!chunks.has(file)) chunks.set(file, loadCached(file));
  return chunks.get(file);
}

function runBundle() {
  return loadCached(bundle)
    .run()
    .then((code) => {
      if (trained) writeFileSync(`${training}.cache`, trained.createCachedData());
      return code;
    });
}

// THADS_DEBUG (a bug report's stack trace) runs the ES modules of dist/: the bundle is minified,
// and its stack would name one-letter functions on one long line.
const running = existsSync(bundle) && !process.env.THADS_DEBUG ? runBundle() : import('../dist/run.js').then((m) => m.run());
running.then((code) => {
  process.exitCode = code;
});
