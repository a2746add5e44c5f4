// The least a decimal.js domain must do per group, as a whole process (RESULTS.md, issue 16's
// start-up goal): read a plain bench file, sum it in Numbers, hand each office's 14 sums to
// Decimals, add them into the total, one rate, its rounding, the gap, the required amount and
// `toFixed` for every printed figure; JSON out. No checks, no relations, no ranks.
//   node test/bench/decimal-floor.mjs FILE > /dev/null     (time it against node -e '')
import Decimal from 'decimal.js';
import { readFileSync, writeSync } from 'node:fs';

const D = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP });
const HUNDRED = new D(100);
const TARGETS = [new D('83.25'), new D('46.45')];
const HUNDREDTH = new D('0.01');
const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const head = lines[0].split(',');
const groups = new Map();
for (let i = 1; i < lines.length; i++) {
  if (!lines[i]) continue;
  const c = lines[i].split(',');
  const key = `${c[0]}\u0000${c[1]}\u0000${c[2]}`;
  let g = groups.get(key);
  if (!g) groups.set(key, (g = new Array(14).fill(0)));
  for (let j = 0; j < 14; j++) g[j] += Number(c[3 + j]);
}
let total = new Array(14).fill(new D(0));
const out = [];
for (const [key, sums] of groups) {
  const d = sums.map((x) => new D(x));
  total = total.map((t, j) => t.plus(d[j]));
  const [year, province, district] = key.split('\u0000');
  const group = { province, district, year: Number(year) };
  for (const [measure, at] of [['cases', 0], ['money', 7]]) {
    const m = {};
    for (let j = 0; j < 7; j++) m[head[3 + at + j]] = d[at + j].toFixed();
    const target = TARGETS[at ? 1 : 0];
    const rate = d[at + 6].times(HUNDRED).div(d[at + 2]);
    m.rate = rate.toDecimalPlaces(2).toFixed(2);
    m.gap = rate.minus(target).toDecimalPlaces(2).toFixed(2);
    const required = target.times(d[at + 2]).times(HUNDREDTH);
    m.required = (at ? required : required.ceil()).toFixed();
    m.above = d[at + 6].minus(required).toFixed();
    m.met = d[at + 6].gte(required);
    group[measure] = m;
  }
  out.push(group);
}
writeSync(1, JSON.stringify({ groups: out, total: total.map((x) => x.toFixed()) }, null, 2));
