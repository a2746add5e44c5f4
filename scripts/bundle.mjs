// Build step: bundles the CLI into one CommonJS file (dist/bundle/thads.cjs) and records V8's
// code cache for it after a training run (dist/bundle/thads.cjs.cache). bin/thads.js runs the
// bundle through that cache: no module graph to resolve and no cold functions to compile, which
// is most of what start-up costs beyond Node itself (issue 7). A stale or missing cache is only
// slower: V8 rejects cache data that does not match the source or the Node version.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/bundle/thads.cjs`;

// commander requires child_process when it loads (for executable subcommands, which thads has
// none of): ~4 ms of every start-up. The bundle gets a stand-in that loads it on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === 'lazy' ? { path: 'node:child_process', external: true } : { path: 'child_process', namespace: 'lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// exceljs is loaded only for workbooks, as chunks beside the bundle, each required on first
// use and run by bin/thads.js through its own code cache, as the bundle is (exceljs from
// node_modules takes ~120 ms to load): its streaming reader for .xlsx inputs
// (dist/bundle/exceljs-reader.cjs) and the XML parser thads reads sheets with
// (dist/bundle/saxes.cjs, src/input/xlsx/sheet-xml.ts), the whole package for --format xlsx
// (dist/bundle/exceljs.cjs).
const READ_WORKBOOK = ['summarize', 'fixtures/xlsx/seed-form/bao-cao-2019.xlsx', '--format', 'json'];
const CHUNKS = [
  { module: 'exceljs/lib/stream/xlsx/workbook-reader.js', file: 'exceljs-reader.cjs', train: READ_WORKBOOK },
  { module: 'saxes', file: 'saxes.cjs', train: READ_WORKBOOK },
  { module: 'exceljs', file: 'exceljs.cjs', train: ['summarize', 'fixtures/2019.csv', '--format', 'xlsx', '--output', 'dist/bundle/training.xlsx'] },
];
// Every file is minified and ASCII-only. Start-up reads the bundle into a string and V8 checks
// its code cache against it: 1.8 MB with Vietnamese letters in its regular expressions made a
// two-byte string of 3.6 MB, ~27 ms to read and ~27 ms to deserialise; minified (0.93 MB) and
// ASCII (one byte a character, read as latin1), ~13 and ~19 ms (RESULTS.md, session 55). No code
// of thads or its libraries reads a function's name, so identifiers are minified too; exceljs'
// chunks keep theirs (keepNames), as nothing here proves exceljs never asks.
const MINIFIED = { minify: true };

/**
 * The file rewritten with every non-ASCII character as a \uXXXX escape. esbuild escapes strings
 * and templates but leaves regular-expression literals (/[ỳýỷỹỵ]/u): there, and in identifiers,
 * comments and String.raw sources of regular expressions, a BMP character and its \u escape
 * mean the same. A character beyond the BMP (it would need a pair or \u{…}), or one written after
 * a backslash (its escape would read as a backslash and five letters), stops the build instead.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const escaped = text.replace(/[^\x00-\x7f]/gu, (c, at) => {
    if (c.length > 1) throw new Error(`bundle: ${file} holds ${JSON.stringify(c)}, beyond the BMP: escape it by hand`);
    if (text[at - 1] === '\\') throw new Error(`bundle: ${file} escapes ${JSON.stringify(c)} at ${at}: write it unescaped`);
    return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
  if (escaped !== text) writeFileSync(file, escaped);
}

const excelChunks = {
  name: 'exceljs-chunks',
  setup(b) {
    b.onResolve({ filter: /^(exceljs(\/.*)?|saxes)$/ }, (args) => {
      const chunk = CHUNKS.find((c) => c.module === args.path);
      if (!chunk) throw new Error(`bundle: ${args.path} is not one of exceljs' chunks`);
      return { path: `./${chunk.file}`, external: true };
    });
  },
};

await build({
  entryPoints: [`${root}src/run.ts`],
  plugins: [lazyChildProcess, excelChunks],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Large and needed only for other encodings / a missing prebuilt validator / .xlsx workbooks
  // (exceljs, ~2.5 MB with its ZIP and XML libraries), and for file arguments with wildcards
  // (tinyglobby, ~120 KB with its matchers): loaded on demand from node_modules.
  external: ['iconv-lite', 'ajv', 'jszip', 'yauzl', 'tinyglobby'],
  // import.meta.url has no CommonJS twin: the bundle's own URL stands in (it sits, like
  // dist/config/load.js, two levels below the package root).
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // import() becomes require(): a script run by vm has no module loader of its own.
  supported: { 'dynamic-import': false },
  ...MINIFIED,
  logLevel: 'warning',
});
asciiOnly(outfile);

for (const chunk of CHUNKS) {
  await build({
    stdin: { contents: `module.exports = require('${chunk.module}');`, resolveDir: root, loader: 'js' },
    outfile: `${root}dist/bundle/${chunk.file}`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    ...MINIFIED,
    keepNames: true,
    logLevel: 'warning',
  });
  asciiOnly(`${root}dist/bundle/${chunk.file}`);
}

// The fast path's worker thread (src/input/fast/split.ts) starts from its own file, found beside
// the code that starts it: dist/bundle/scan-worker.js, one ES module (as dist/ is).
await build({
  entryPoints: [`${root}src/input/fast/scan-worker.ts`],
  outfile: `${root}dist/bundle/scan-worker.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  ...MINIFIED,
  logLevel: 'warning',
});
asciiOnly(`${root}dist/bundle/scan-worker.js`);

// Training runs on bundled fixtures: the functions each runs are compiled into the cache of the
// file it names (THADS_WRITE_CODE_CACHE, bin/thads.js): a CSV for the bundle, a workbook read
// and a workbook written for exceljs' chunks.
const trainings = [{ cached: outfile, args: ['summarize', 'fixtures/2019.csv', '--format', 'json'] }, ...CHUNKS.map((c) => ({ cached: `${root}dist/bundle/${c.file}`, args: c.train }))];
for (const { cached } of trainings) rmSync(`${cached}.cache`, { force: true });
for (const { cached, args } of trainings) {
  const train = spawnSync(process.execPath, [`${root}bin/thads.js`, ...args], {
    cwd: root,
    env: { ...process.env, THADS_WRITE_CODE_CACHE: cached },
    // stdout piped and dropped, not 'ignore': that opens /dev/null read-write, which thads run
    // under a terminal (npm ci's prepare) takes for a closed stdout (io.ts stdoutClosedAtStart)
    // and refuses — every training run failed and the install ran without a code cache.
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 28,
  });
  if (train.status !== 0) {
    console.error(`bundle: the training run ${args.join(' ')} failed (exit ${train.status}); ${cached} runs without a code cache`);
    rmSync(`${cached}.cache`, { force: true });
  }
}
rmSync(`${root}dist/bundle/training.xlsx`, { force: true });
