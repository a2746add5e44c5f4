// npm run bench [-- --10m] [-- --runs N] [-- --sizes 700,100000]
// Start-up and throughput of thads against the runtime floor (`node -e ''`), Miller and DuckDB,
// in one run: every command is warmed up once, then the commands of a size run in turn
// (A B C A B C …) `runs` times; medians of wall time and paired ratios (per round) are printed.
// Peak RSS comes from /usr/bin/time when present. thads' sums are checked against the
// generator's own BigInt sums and, when DuckDB ran, against DuckDB's DECIMAL sums.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLUMNS, FIELDS, generate, moneyText } from './generate.mjs';
import { xlsxTwin } from './xlsx.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'thads.js');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '5'));
const SIZES = option('--sizes', `700,100000,1000000${flag('--10m') ? ',10000000' : ''}`).split(',').map(Number);
const WORK = join(tmpdir(), 'thads-bench');
mkdirSync(WORK, { recursive: true });
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const notes = [];

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// DuckDB through its Node API, installed on demand in a temp dir (never in the project).
function setUpDuckDb() {
  const dir = join(WORK, 'duckdb');
  if (!existsSync(join(dir, 'node_modules', '@duckdb', 'node-api'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"name":"thads-bench-duckdb","private":true}\n');
    const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '@duckdb/node-api'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) return null;
  }
  const money = FIELDS.map((f) => `'money_${f}': 'DECIMAL(38,3)'`);
  const cases = FIELDS.map((f) => `'cases_${f}': 'BIGINT'`);
  const sums = COLUMNS.slice(3).map((c) => `sum(${c})::VARCHAR AS ${c}`).join(', ');
  const script = `import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const con = await db.connect();
const sql = \`SELECT year::VARCHAR AS year, province, district, ${sums} FROM read_csv(\${JSON.stringify(process.argv[2]).replace(/"/g, "'")}, header = true,
  columns = {'year': 'INTEGER', 'province': 'VARCHAR', 'district': 'VARCHAR', ${[...cases, ...money].join(', ')}}) GROUP BY ALL\`;
const reader = await con.runAndReadAll(sql);
process.stdout.write(JSON.stringify(reader.getRowObjectsJson()));
`;
  writeFileSync(join(dir, 'sum.mjs'), script);
  return join(dir, 'sum.mjs');
}

function commandsFor(file, rows) {
  const cmds = [{ name: "node -e ''", argv: [process.execPath, '-e', ''] }];
  const by = rows > 700 ? ['--by', 'year,district'] : [];
  cmds.push({ name: 'thads', argv: [process.execPath, BIN, 'summarize', file, '--format', 'json', ...by] });
  if (MLR) cmds.push({ name: 'miller', argv: [MLR, '--icsv', '--ojson', 'stats1', '-a', 'sum', '-f', COLUMNS.slice(3).join(','), '-g', 'year,province,district', file] });
  // DuckDB's text → DECIMAL(38,3) cast is slow (~35 µs a cell here): above 100k rows it runs
  // once, in the first round, and its ratio is that round's.
  if (DUCK) cmds.push({ name: 'duckdb', argv: [process.execPath, DUCK, file], rounds: rows > 100_000 ? 1 : Infinity });
  return cmds;
}

/** One whole-process run: wall seconds (hrtime around spawn), peak RSS in MiB, stdout file. */
function runOnce(cmd, tag) {
  const out = join(WORK, `${tag}.out`);
  const err = join(WORK, `${tag}.err`);
  const rssFile = join(WORK, `${tag}.rss`);
  const fdOut = openSync(out, 'w');
  const fdErr = openSync(err, 'w');
  const argv = TIME ? [TIME, '-f', '%M', '-o', rssFile, ...cmd.argv] : cmd.argv;
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', fdOut, fdErr], cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(fdOut);
  closeSync(fdErr);
  if (r.status !== 0) throw new Error(`${cmd.name} failed (exit ${r.status}): ${readFileSync(err, 'utf8').slice(0, 2000)}`);
  const rss = TIME ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : NaN;
  return { wall, rss, out };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Money strings compared as exact decimals: "12.500" = "12.5". */
const canon = (s) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

function checkAgainstGenerator(jsonText, expected, rows) {
  const result = JSON.parse(jsonText);
  const camel = (f) => f.replace(/_(\w)/g, (_, c) => c.toUpperCase());
  let groups = 0;
  for (const g of result.groups) {
    const key = `${g.year ?? 2024}\u0000${g.province}\u0000${g.district}`;
    const want = expected.get(key);
    if (!want) throw new Error(`thads reported an unexpected group ${key}`);
    FIELDS.forEach((f, i) => {
      const gotCases = g.cases[camel(f)];
      const gotMoney = g.money[camel(f)];
      if (gotCases !== want[i].toString()) throw new Error(`${rows} rows: ${key} cases ${f}: thads ${gotCases}, expected ${want[i]}`);
      if (canon(gotMoney) !== canon(moneyText(want[7 + i]))) throw new Error(`${rows} rows: ${key} money ${f}: thads ${gotMoney}, expected ${moneyText(want[7 + i])}`);
    });
    groups++;
  }
  if (groups !== expected.size) throw new Error(`${rows} rows: thads printed ${groups} groups, the generator made ${expected.size}`);
  return groups;
}

function checkAgainstDuckDb(thadsJson, duckJson) {
  const thads = JSON.parse(thadsJson);
  const camel = (f) => f.replace(/_(\w)/g, (_, c) => c.toUpperCase());
  const byKey = new Map(thads.groups.map((g) => [`${g.province}\u0000${g.district}\u0000${g.year}`, g]));
  let cells = 0;
  for (const d of JSON.parse(duckJson)) {
    const g = byKey.get(`${d.province}\u0000${d.district}\u0000${d.year}`) ?? (thads.groups.length === 0 ? null : byKey.get(`${d.province}\u0000${d.district}\u0000${thads.year}`));
    if (!g) throw new Error(`DuckDB group ${d.province}/${d.district}/${d.year} missing from thads`);
    for (const c of COLUMNS.slice(3)) {
      const [measure, ...rest] = c.split('_');
      const got = g[measure][camel(rest.join('_'))];
      if (canon(got) !== canon(d[c])) throw new Error(`${d.district} ${d.year} ${c}: thads ${got}, DuckDB ${d[c]}`);
      cells++;
    }
  }
  return cells;
}

const MLR = which('mlr');
if (!MLR) notes.push('Miller (mlr) is not installed: its column is skipped (apt-get install miller).');
let DUCK = null;
if (flag('--no-duckdb')) notes.push('DuckDB skipped (--no-duckdb).');
else {
  DUCK = setUpDuckDb();
  if (!DUCK) notes.push('DuckDB (@duckdb/node-api) could not be installed: its column is skipped.');
}
if (!TIME) notes.push('/usr/bin/time is missing: peak RSS is not measured.');

const table = [];
const ratios = [];
for (const rows of SIZES) {
  const file = join(WORK, `thads-${rows}.csv`);
  process.stderr.write(`generating ${rows} rows… `);
  const { sums: expected, bytes } = await generate(file, rows);
  process.stderr.write(`${(bytes / 2 ** 20).toFixed(1)} MiB; running\n`);
  const cmds = commandsFor(file, rows).filter((c) => rows <= 1_000_000 || c.name === 'thads' || c.name === "node -e ''");
  // The same rows as an .xlsx sheet, at 100k rows: its sums must equal the CSV's (test/bench/xlsx.mjs).
  const xlsx = rows === 100_000 ? await xlsxTwin(file) : null;
  if (xlsx) cmds.push(xlsx.command);
  for (const c of cmds) if (c.rounds === undefined) runOnce(c, `warm-${c.name.replace(/\W/g, '')}`);
  const results = new Map(cmds.map((c) => [c.name, []]));
  for (let round = 0; round < RUNS; round++) {
    for (const c of cmds) if (round < (c.rounds ?? Infinity)) results.get(c.name).push(runOnce(c, `${rows}-${c.name.replace(/\W/g, '')}`));
  }
  if (cmds.some((c) => c.rounds === 1)) notes.push(`${rows} rows: DuckDB ran once (no warm-up), its ratio is from round 1.`);
  const thadsOut = readFileSync(results.get('thads').at(-1).out, 'utf8');
  const groups = checkAgainstGenerator(thadsOut, expected, rows);
  let duckCheck = '';
  if (results.has('duckdb')) duckCheck = `, ${checkAgainstDuckDb(thadsOut, readFileSync(results.get('duckdb').at(-1).out, 'utf8'))} sums equal DuckDB's DECIMAL sums`;
  notes.push(`${rows} rows: thads' ${groups} groups equal the generator's BigInt sums${duckCheck}.`);
  if (xlsx) notes.push(`${rows} rows: ${xlsx.note}; ${checkAgainstGenerator(readFileSync(results.get('thads xlsx').at(-1).out, 'utf8'), expected, rows)} groups equal the generator's sums.`);
  for (const c of cmds) {
    const rs = results.get(c.name);
    const wall = median(rs.map((r) => r.wall));
    table.push({ rows, command: c.name, wall, rowsPerSec: c.name === "node -e ''" ? null : rows / wall, mbPerSec: c.name === "node -e ''" ? null : bytes / 2 ** 20 / wall, rss: median(rs.map((r) => r.rss)) });
  }
  const thads = results.get('thads');
  const paired = (name) => median(results.get(name).map((r, i) => thads[i].wall / r.wall));
  ratios.push({ rows, floor: paired("node -e ''"), miller: results.has('miller') ? 1 / paired('miller') : null, duckdb: results.has('duckdb') ? 1 / paired('duckdb') : null });
}

const pad = (s, n) => String(s).padStart(n);
const num = (x, d = 2) => (x === null || Number.isNaN(x) ? '–' : x.toFixed(d));
const human = (x) => (x === null ? '–' : x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(0)}k` : x.toFixed(0));
console.log(`thads bench — Node ${process.version}, ${RUNS} paired runs per command, medians`);
console.log(`| rows | command | wall s | rows/s | MB/s | peak RSS MiB |\n|---:|---|---:|---:|---:|---:|`);
for (const t of table) console.log(`| ${pad(t.rows, 8)} | ${t.command.padEnd(10)} | ${pad(num(t.wall, 3), 7)} | ${pad(human(t.rowsPerSec), 6)} | ${pad(num(t.mbPerSec, 1), 6)} | ${pad(num(t.rss, 1), 6)} |`);
console.log('\nPaired ratios (median over rounds of the per-round ratio):');
console.log(`| rows | thads wall ÷ node -e '' | thads speed ÷ Miller | thads speed ÷ DuckDB |\n|---:|---:|---:|---:|`);
for (const r of ratios) console.log(`| ${pad(r.rows, 8)} | ${pad(num(r.floor), 6)}× | ${pad(num(r.miller), 6)}× | ${pad(num(r.duckdb), 6)}× |`);
const small = ratios.find((r) => r.rows === 700);
const million = ratios.find((r) => r.rows === 1_000_000);
const rssAt = (rows) => table.find((t) => t.rows === rows && t.command === 'thads')?.rss;
console.log('\nGoals:');
if (small) console.log(`1. start-up, 700 rows: ${num(small.floor)}× node -e '' (goal ≤ 1.5×)`);
if (million) console.log(`2. throughput, 1M rows: ${num(million.miller)}× Miller (goal ≥ 5×), ${num(million.duckdb)}× DuckDB (goal ≥ 1×)`);
if (rssAt(10_000_000) && rssAt(1_000_000)) console.log(`3. memory: peak RSS 10M ÷ 1M = ${num(rssAt(10_000_000) / rssAt(1_000_000))} (goal ≤ 1.2, and < 128 MiB: ${num(rssAt(10_000_000), 1)} MiB)`);
else console.log('3. memory: run with --10m to measure peak RSS at 10M rows');
console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);
if (!flag('--keep')) for (const rows of SIZES) rmSync(join(WORK, `thads-${rows}.csv`), { force: true });
