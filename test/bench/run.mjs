// npm run bench [-- --10m] [-- --runs N] [-- --sizes 700,1000000] [-- --shapes plain,real-export[,real-export-utf16,real-export-1258]]
//               [-- --no-duckdb] [-- --no-miller] [-- --keep]
// Start-up, throughput and memory of thads against the runtime floor (`node -e ''`), DuckDB and
// Miller, in one run. For each size the same seeded data is written in two shapes: plain (canonical
// columns, machine numbers) and real-export (as offices export it: title and unit lines, Vietnamese
// headers, a "Tổng cộng" row, Vietnamese numbers in nghìn đồng; see generate.mjs). Every command
// of a size is warmed up once, then all run in turn (A B C … A B C …) `runs` times; medians of
// wall time, CPU time and peak RSS are printed, and every ratio is paired (the median over rounds
// of that round's ratio). Then each goal of the issue is printed, met or not.
// Checks: thads' sums (each shape) equal the generator's BigInt sums; DuckDB's equal both;
// Miller's are compared cell by cell and reported (exact or not).
// Peers are found, never installed: Miller on PATH, DuckDB's Node package in
// test/bench/peers/node_modules (or the project's), DuckDB's Python package (python3 -c 'import
// duckdb'); a missing one is skipped, and said why. The DuckDB goals hold thads against the faster
// of the two DuckDB setups (Python's starts ~40 ms sooner).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLUMNS, FIELDS, generate, SHAPE_FLAGS, sumsOf } from './generate.mjs';
import { xlsxTwin } from './xlsx.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const BIN = join(ROOT, 'bin', 'thads.js');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '5'));
const SIZES = option('--sizes', `700,1000000${flag('--10m') ? ',10000000' : ''}`).split(',').map(Number);
// also: real-export-utf16, real-export-1258 (the same export in UTF-16 and windows-1258)
const SHAPES = option('--shapes', 'plain,real-export').split(',');
const DUCKDB_SHAPES = new Set(['plain', 'real-export']);
/** The real-export shape runs up to 1M rows (at 10M it would take minutes a run today). */
const REAL_EXPORT_MAX_ROWS = 1_000_000;
/** Miller runs up to 1M rows (~6 s a run at 1M; at 10M a minute, and a few GiB of memory). */
const MILLER_MAX_ROWS = 1_000_000;
const WORK = mkdtempSync(join(tmpdir(), 'thads-bench-'));
// Removed however the run ends — a failing command or a sum that differs throws — unless --keep:
// the data of 1M rows in both shapes is ~320 MiB, of 10M rows 1.4 GiB.
if (!flag('--keep')) process.on('exit', () => rmSync(WORK, { recursive: true, force: true }));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const notes = [];
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function findMiller() {
  if (flag('--no-miller')) return { skip: 'Miller skipped (--no-miller).' };
  const path = which('mlr');
  if (!path) return { skip: 'Miller (mlr) not found on PATH: skipped. Install it with `apt-get install miller` (Debian/Ubuntu) or `brew install miller`.' };
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return { path, version };
}

function findDuckDb() {
  if (flag('--no-duckdb')) return { skip: 'DuckDB skipped (--no-duckdb).' };
  const places = [join(HERE, 'peers', 'node_modules'), join(ROOT, 'node_modules')];
  const dir = places.map((p) => join(p, '@duckdb', 'node-api')).find((p) => existsSync(join(p, 'package.json')));
  if (!dir) return { skip: 'DuckDB (@duckdb/node-api, ~70 MB with its native library) not found: skipped. Install it with `npm ci --prefix test/bench/peers`.' };
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { script: join(HERE, 'peers', 'duckdb-sum.mjs'), version: `@duckdb/node-api ${version}` };
}

const MILLER = findMiller();
/** DuckDB from Python (its package starts faster than Node's): found if `python3 -c 'import duckdb'` works. */
function findDuckDbPython() {
  if (flag('--no-duckdb')) return { skip: 'DuckDB (Python) skipped (--no-duckdb).' };
  const python = which('python3');
  const r = python ? spawnSync(python, ['-c', 'import duckdb; print(duckdb.__version__)'], { encoding: 'utf8' }) : null;
  if (!r || r.status !== 0) return { skip: 'DuckDB for Python not found: skipped. Install it with `pip install duckdb` (the bench never installs it).' };
  return { python, script: join(HERE, 'peers', 'duckdb_sum.py'), version: `duckdb ${r.stdout.trim()} (Python)` };
}

const DUCKDB = findDuckDb();
const DUCKDB_PY = findDuckDbPython();
for (const peer of [MILLER, DUCKDB, DUCKDB_PY]) if (peer.skip) notes.push(peer.skip);
if (!TIME) notes.push('/usr/bin/time is missing: CPU time and peak RSS are not measured.');

/** The commands of one size: [{ name, shape, argv }]. */
function commandsFor(rows, files) {
  const cmds = [];
  if (rows <= 700) cmds.push({ name: "node -e ''", shape: null, argv: [process.execPath, '-e', ''] });
  const by = rows > 700 ? ['--by', 'year,district'] : [];
  for (const [shape, file] of files) cmds.push({ name: `thads ${shape}`, shape, argv: [process.execPath, BIN, 'summarize', file, '--format', 'json', ...by, ...(SHAPE_FLAGS[shape] ?? [])] });
  // DuckDB reads UTF-8 (and UTF-16 or latin-1 through an extension, not windows-1258): the UTF-8 shapes only.
  for (const [shape, file] of files) if (DUCKDB.script && DUCKDB_SHAPES.has(shape)) cmds.push({ name: `duckdb ${shape}`, shape, argv: [process.execPath, DUCKDB.script, file, shape] });
  for (const [shape, file] of files) if (DUCKDB_PY.script && DUCKDB_SHAPES.has(shape)) cmds.push({ name: `duckdb-py ${shape}`, shape, argv: [DUCKDB_PY.python, DUCKDB_PY.script, file, shape] });
  // Miller sums with int64 and float64: stats1 on the plain file, CSV out so its numbers stay as printed.
  if (MILLER.path && files.has('plain') && rows <= MILLER_MAX_ROWS) {
    cmds.push({ name: 'miller plain', shape: 'plain', argv: [MILLER.path, '--icsv', '--ocsv', 'stats1', '-a', 'sum', '-f', COLUMNS.slice(3).join(','), '-g', 'year,province,district', files.get('plain')] });
  }
  return cmds;
}

/**
 * One whole-process run: wall seconds (hrtime around spawn), CPU seconds and peak RSS (MiB) from
 * /usr/bin/time. stdout is a pipe that this process drains, as in `thads … | jq`: thads peaks
 * ~20–30 MiB higher writing its JSON to a pipe than to a file (measured at 1M rows).
 */
function runOnce(cmd, tag) {
  const out = join(WORK, `${tag}.out`);
  const err = join(WORK, `${tag}.err`);
  const timeFile = join(WORK, `${tag}.time`);
  const fdErr = openSync(err, 'w');
  const argv = TIME ? [TIME, '-f', '%U %S %M', '-o', timeFile, ...cmd.argv] : cmd.argv;
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', fdErr], maxBuffer: 2 ** 30, cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(fdErr);
  if (r.status !== 0) throw new Error(`${cmd.name} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}): ${readFileSync(err, 'utf8').slice(0, 2000)}`);
  writeFileSync(out, r.stdout);
  if (!TIME) return { wall, cpu: NaN, rss: NaN, out };
  const [user, sys, kib] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys, rss: kib / 1024, out };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Money as exact decimal text: "12.500" = "12.5" = "12.50". */
const canon = (s) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
const camel = (f) => f.replace(/_(\w)/g, (_, c) => c.toUpperCase());
const keyOf = (year, province, district) => `${year}\u0000${province}\u0000${district}`;

/** thads' JSON against the generator's sums: every figure of every group, and no other group. */
function checkThads(jsonText, expected, label) {
  const result = JSON.parse(jsonText);
  for (const g of result.groups) {
    const key = keyOf(g.year ?? result.year, g.province, g.district);
    const want = expected.get(key);
    if (!want) throw new Error(`${label}: thads reported an unexpected group ${key}`);
    FIELDS.forEach((f, i) => {
      if (g.cases[camel(f)] !== want[i].toString()) throw new Error(`${label}: ${key} cases ${f}: thads ${g.cases[camel(f)]}, expected ${want[i]}`);
      if (canon(g.money[camel(f)]) !== want[7 + i].toString()) throw new Error(`${label}: ${key} money ${f}: thads ${g.money[camel(f)]}, expected ${want[7 + i]}`);
    });
  }
  if (result.groups.length !== expected.size) throw new Error(`${label}: thads printed ${result.groups.length} groups, the generator made ${expected.size}`);
  return result;
}

/** DuckDB's rows against the generator's sums and against thads' JSON, cell by cell. */
function checkDuckDb(duckText, expected, thads, label) {
  const rows = JSON.parse(duckText);
  const byKey = new Map(thads.groups.map((g) => [keyOf(g.year ?? thads.year, g.province, g.district), g]));
  for (const d of rows) {
    const key = keyOf(d.year, d.province, d.district);
    const want = expected.get(key);
    const g = byKey.get(key);
    if (!want || !g) throw new Error(`${label}: DuckDB group ${key} is not in the generator's sums or thads' report`);
    COLUMNS.slice(3).forEach((c, i) => {
      const [measure, ...rest] = c.split('_');
      if (canon(d[c]) !== want[i].toString()) throw new Error(`${label}: ${key} ${c}: DuckDB ${d[c]}, expected ${want[i]}`);
      if (canon(d[c]) !== canon(g[measure][camel(rest.join('_'))])) throw new Error(`${label}: ${key} ${c}: DuckDB ${d[c]}, thads ${g[measure][camel(rest.join('_'))]}`);
    });
  }
  if (rows.length !== expected.size) throw new Error(`${label}: DuckDB gave ${rows.length} groups, the generator made ${expected.size}`);
  return rows.length * 14;
}

/** Miller's CSV against the generator's sums: how many sums are exact, and the largest error (đồng). */
function compareMiller(csvText, expected) {
  const [header, ...lines] = csvText.trim().split('\n');
  const names = header.split(',');
  let exact = 0;
  let wrong = 0;
  let worst = 0n;
  for (const line of lines) {
    const cells = line.split(',');
    const want = expected.get(keyOf(cells[0], cells[1], cells[2]));
    for (let i = 0; i < 14; i++) {
      const text = cells[names.indexOf(`${COLUMNS[3 + i]}_sum`)];
      if (text === want[i].toString()) exact++;
      else {
        wrong++;
        const got = /^-?\d+$/.test(text) ? BigInt(text) : BigInt(Math.round(Number(text)));
        const error = got > want[i] ? got - want[i] : want[i] - got;
        if (error > worst) worst = error;
      }
    }
  }
  return { exact, wrong, worst };
}

const table = [];
const ratios = new Map(); // `${rows} ${a} ÷ ${b}` → paired median ratio of wall times
const cpuRatios = new Map();
const runInfo = [];
for (const rows of SIZES) {
  const shapes = SHAPES.filter((s) => s === 'plain' || rows <= REAL_EXPORT_MAX_ROWS);
  if (shapes.length < SHAPES.length) notes.push(`${rows} rows: the real-export shape runs up to ${REAL_EXPORT_MAX_ROWS} rows only.`);
  if (MILLER.path && rows > MILLER_MAX_ROWS) notes.push(`${rows} rows: Miller runs up to ${MILLER_MAX_ROWS} rows only.`);
  process.stderr.write(`${rows} rows: generating… `);
  const sums = sumsOf(rows);
  const files = new Map();
  const bytes = new Map();
  for (const shape of shapes) {
    const file = join(WORK, `thads-${rows}-${shape}.csv`);
    bytes.set(shape, (await generate(file, rows, shape, sums)).bytes);
    files.set(shape, file);
  }
  process.stderr.write(`${[...bytes].map(([s, b]) => `${s} ${(b / 2 ** 20).toFixed(1)} MiB`).join(', ')}; running (load average ${load()})\n`);
  const loadBefore = load();
  const cmds = commandsFor(rows, files);
  // The same rows as an .xlsx sheet, at 100k rows: read speed next to the CSV (test/bench/xlsx.mjs).
  const xlsx = rows === 100_000 && files.has('plain') ? await xlsxTwin(files.get('plain')) : null;
  if (xlsx) cmds.push(xlsx.command);
  const results = new Map(cmds.map((c) => [c.name, []]));
  const warm = new Map(cmds.map((c) => [c.name, runOnce(c, `${rows}-warm-${c.name.replace(/\W/g, '')}`)]));
  for (let round = 0; round < RUNS; round++) {
    for (const c of cmds) results.get(c.name).push(runOnce(c, `${rows}-${c.name.replace(/\W/g, '')}`));
  }
  runInfo.push(`${rows} rows: load average ${loadBefore} before, ${load()} after`);

  // Checks, on the last run's output (the warm-up's for Miller, whose output is the same).
  const thadsBy = new Map();
  for (const shape of shapes) {
    thadsBy.set(shape, checkThads(readFileSync(results.get(`thads ${shape}`).at(-1).out, 'utf8'), sums.groups, `${rows} rows, ${shape}`));
    notes.push(`${rows} rows, ${shape}: thads' ${sums.groups.size} groups equal the generator's BigInt sums.`);
    for (const peer of ['duckdb', 'duckdb-py']) {
      if (!results.has(`${peer} ${shape}`)) continue;
      const cells = checkDuckDb(readFileSync(results.get(`${peer} ${shape}`).at(-1).out, 'utf8'), sums.groups, thadsBy.get(shape), `${rows} rows, ${shape}`);
      notes.push(`${rows} rows, ${shape}: ${peer === 'duckdb' ? 'DuckDB (Node)' : 'DuckDB (Python)'}'s ${cells} DECIMAL/BIGINT sums equal the generator's and thads'.`);
    }
  }
  if (xlsx) {
    checkThads(readFileSync(results.get(xlsx.command.name).at(-1).out, 'utf8'), sums.groups, `${rows} rows, xlsx`);
    notes.push(`${rows} rows: ${xlsx.note}; its ${sums.groups.size} groups equal the generator's BigInt sums.`);
  }
  if (results.has('miller plain')) {
    const m = compareMiller(readFileSync(warm.get('miller plain').out, 'utf8'), sums.groups);
    notes.push(`${rows} rows, plain: Miller's sums: ${m.exact} exact, ${m.wrong} not${m.wrong ? ` (largest error ${m.worst} đồng)` : ''}.`);
  }

  for (const c of cmds) {
    const rs = results.get(c.name);
    const size = c.shape ? bytes.get(c.shape) : null;
    const wall = median(rs.map((r) => r.wall));
    table.push({ rows, command: c.name, wall, cpu: median(rs.map((r) => r.cpu)), rowsPerSec: size ? rows / wall : null, mbPerSec: size ? size / 2 ** 20 / wall : null, rss: median(rs.map((r) => r.rss)) });
  }
  const pair = (a, b) => {
    if (!results.has(a) || !results.has(b)) return;
    const [ra, rb] = [results.get(a), results.get(b)];
    ratios.set(`${rows} ${a} ÷ ${b}`, median(ra.map((r, i) => r.wall / rb[i].wall)));
    // /usr/bin/time counts CPU in 10 ms steps: a run under a step has no CPU ratio.
    const cpu = ra.map((r, i) => r.cpu / rb[i].cpu).filter(Number.isFinite);
    cpuRatios.set(`${rows} ${a} ÷ ${b}`, cpu.length ? median(cpu) : NaN);
  };
  pair('thads plain', "node -e ''");
  pair('thads real-export', "node -e ''");
  pair('thads real-export', 'thads plain');
  pair('thads real-export-utf16', 'thads real-export');
  pair('thads real-export-1258', 'thads real-export');
  pair('thads xlsx', 'thads plain');
  pair('thads plain', 'duckdb plain');
  pair('thads real-export', 'duckdb real-export');
  pair('duckdb real-export', 'duckdb plain');
  pair('thads plain', 'duckdb-py plain');
  pair('thads real-export', 'duckdb-py real-export');
  pair('duckdb-py plain', 'duckdb plain');
  pair('thads plain', 'miller plain');
}

const num = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
const human = (x) => (x === null ? '–' : x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(0)}k` : x.toFixed(0));
console.log(`thads bench — Node ${process.version}, ${cpus().length} cores, ${RUNS} paired rounds, medians; ${[MILLER.version, DUCKDB.version, DUCKDB_PY.version].filter(Boolean).join(', ') || 'no peers'}`);
console.log(runInfo.map((l) => `- ${l}`).join('\n'));
console.log('\n| rows | command | wall s | CPU s | rows/s | MB/s | peak RSS MiB |\n|---:|---|---:|---:|---:|---:|---:|');
for (const t of table) console.log(`| ${t.rows} | ${t.command} | ${num(t.wall, 3)} | ${num(t.cpu, 3)} | ${human(t.rowsPerSec)} | ${num(t.mbPerSec, 1)} | ${num(t.rss, 1)} |`);
console.log('\nPaired ratios (median over rounds of each round\'s ratio; < 1 means the first is faster):\n| rows | ratio | wall | CPU |\n|---:|---|---:|---:|');
for (const [k, v] of ratios) {
  const [rows, ...rest] = k.split(' ');
  console.log(`| ${rows} | ${rest.join(' ')} | ${num(v)}× | ${num(cpuRatios.get(k))}× |`);
}

/** The DuckDB setup with the lower median wall time on the plain file of `rows` rows: the yardstick. */
function fasterDuckDb(rows) {
  const wall = (name) => table.find((t) => t.rows === rows && t.command === `${name} plain`)?.wall ?? Infinity;
  return wall('duckdb-py') < wall('duckdb') ? 'duckdb-py' : 'duckdb';
}
const rssOf = (rows) => table.find((t) => t.rows === rows && t.command === 'thads plain')?.rss;
const goals = [
  ['real-export shape ÷ plain, same data, 1M rows', ratios.get('1000000 thads real-export ÷ thads plain'), 1.3],
  [`plain 1M rows ÷ DuckDB (exact, 2 threads; ${fasterDuckDb(1_000_000)})`, ratios.get(`1000000 thads plain ÷ ${fasterDuckDb(1_000_000)} plain`), 1.0],
  [`plain 10M rows ÷ DuckDB (${fasterDuckDb(10_000_000)})`, ratios.get(`10000000 thads plain ÷ ${fasterDuckDb(10_000_000)} plain`), 1.0],
  ["start-up, 700 offices, JSON ÷ node -e ''", ratios.get("700 thads plain ÷ node -e ''"), 2.0],
  ["start-up, 700 offices in the real-export shape ÷ node -e ''", ratios.get("700 thads real-export ÷ node -e ''"), 2.2],
];
console.log('\nGoals (issue 16):\n| figure | now | goal | met |\n|---|---:|---:|---|');
for (const [name, value, goal] of goals) {
  console.log(`| ${name} | ${value === undefined ? 'not run' : `${num(value)}×`} | ≤ ${goal.toFixed(1)}× | ${value === undefined ? '–' : value <= goal ? 'yes' : 'no'} |`);
}
const [rss1m, rss10m] = [rssOf(1_000_000), rssOf(10_000_000)];
const flat = rss1m && rss10m ? rss10m / rss1m : undefined;
const rssMet = rss1m && rss10m ? (Math.max(rss1m, rss10m) <= 128 && flat <= 1.1 ? 'yes' : 'no') : '–';
console.log(`| peak RSS, 1M and 10M rows, 4,200 groups | ${num(rss1m, 1)} / ${rss10m ? num(rss10m, 1) : 'not run (--10m)'} MiB${flat ? `, 10M ÷ 1M ${num(flat)}` : ''} | ≤ 128 MiB, flat (10M ÷ 1M ≤ 1.1) | ${rssMet} |`);
console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);
if (flag('--keep')) console.error(`files kept in ${WORK}`);
