#!/usr/bin/env node
// Writes fixtures/national-2019.csv and fixtures/2018.csv. The figures are built so that the
// facts the tests assert hold by construction, not by luck:
// - national-2019.csv: 63 provinces, one row each. "Nam Định" carries exactly the TOTAL row of
//   fixtures/2019.csv (5.513/5.871 cases, 93,2/112,1 tỷ đồng). Exactly 5 provinces get a case
//   rate above Nam Định's 93,90 % and exactly 2 a money rate above its 83,14 %, so it ranks
//   6/63 on cases and 3/63 on money. The others are listed best first, so the k-th of them
//   (0-based) ranks k+1 when above Nam Định and k+2 below it. Two pairs tie exactly: cases 91 %
//   (Hoà Bình, Thái Nguyên: 12/63 twice, next 14) and money 66,8 % (Hưng Yên, Thái Bình: 22/63
//   twice, next 24).
// - 2018.csv: the ten offices of 2019.csv a year earlier; cases total 6.745 (2019 is "tăng 267
//   việc"), money total 408.765.432.100 đồng (2019 is "tăng 81,9 tỷ đồng", "gần 82 tỷ").
// Every row satisfies the relations of SPEC §2. Integer arithmetic only (BigInt for money).
// Run: node scripts/generate-fixtures.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const CASE_FIELDS = ['carried_over', 'new', 'total', 'delegated', 'withdrawn', 'to_execute', 'with_conditions', 'completed', 'terminated', 'in_progress', 'postponed', 'suspended', 'other', 'without_conditions', 'resolved', 'carried_forward'];
const MONEY_FIELDS = ['carried_over', 'new', 'total', 'delegated', 'withdrawn', 'to_execute', 'with_conditions', 'completed', 'terminated', 'reduced', 'in_progress', 'postponed', 'suspended', 'other', 'without_conditions', 'resolved', 'carried_forward'];
const FIGURE_COLUMNS = [...CASE_FIELDS.map((f) => `cases_${f}`), ...MONEY_FIELDS.map((f) => `money_${f}`)];

// Deterministic pseudo-random integers (LCG), so the files are reproducible byte for byte.
let seed = 20191001n;
function rand(lo, hi) {
  seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
  return lo + ((seed >> 33n) % (hi - lo + 1n));
}

/**
 * One consistent measure from with_conditions and resolved (BigInt). Every other figure is
 * derived so that total = carried_over + new, to_execute = total − delegated − withdrawn =
 * with_conditions + without_conditions, resolved = completed + terminated (+ reduced),
 * the breakdown adds up to with_conditions and carried_forward = to_execute − resolved.
 */
function measure(withConditions, resolved, money) {
  const terminated = (resolved * rand(3n, 7n)) / 100n;
  const reduced = money ? (resolved * rand(1n, 3n)) / 100n : 0n;
  const completed = resolved - terminated - reduced;
  const open = withConditions - resolved;
  const inProgress = (open * 60n) / 100n;
  const postponed = (open * 10n) / 100n;
  const suspended = (open * 5n) / 100n;
  const other = open - inProgress - postponed - suspended;
  const withoutConditions = (withConditions * rand(15n, 60n)) / 100n;
  const toExecute = withConditions + withoutConditions;
  const delegated = (toExecute * rand(1n, 9n)) / 1000n;
  const withdrawn = (toExecute * rand(1n, 9n)) / 1000n;
  const total = toExecute + delegated + withdrawn;
  const carriedOver = (total * rand(30n, 50n)) / 100n;
  const f = {
    carried_over: carriedOver,
    new: total - carriedOver,
    total,
    delegated,
    withdrawn,
    to_execute: toExecute,
    with_conditions: withConditions,
    completed,
    terminated,
    reduced,
    in_progress: inProgress,
    postponed,
    suspended,
    other,
    without_conditions: withoutConditions,
    resolved,
    carried_forward: toExecute - resolved,
  };
  return (money ? MONEY_FIELDS : CASE_FIELDS).map((k) => String(f[k]));
}

/** resolved = with_conditions × rate, rate in tenths of a percent, rounded half-up. */
function resolvedAt(withConditions, rateTenths) {
  return (withConditions * rateTenths * 2n + 1000n) / 2000n;
}

// The 63 provinces and cities before 1/7/2025, in the order of the national reports.
const PROVINCES = [
  'Hà Nội', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Tuyên Quang', 'Lào Cai', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Yên Bái',
  'Hoà Bình', 'Thái Nguyên', 'Lạng Sơn', 'Quảng Ninh', 'Bắc Giang', 'Phú Thọ', 'Vĩnh Phúc', 'Bắc Ninh', 'Hải Dương', 'Hải Phòng',
  'Hưng Yên', 'Thái Bình', 'Hà Nam', 'Nam Định', 'Ninh Bình', 'Thanh Hoá', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị',
  'Thừa Thiên Huế', 'Đà Nẵng', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hoà', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum',
  'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'Thành phố Hồ Chí Minh',
  'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Cần Thơ', 'Hậu Giang',
  'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
];

// TOTAL row of `thads summarize fixtures/2019.csv --format csv`, cases then money.
const NAM_DINH = [
  '2714', '4298', '7012', '40', '22', '6950', '5871', '5218', '295', '211', '32', '14', '101', '1079', '5513', '1437',
  '191514839900.5', '299197505777.5', '490712345678', '1234500000', '2345600000', '487132245678', '112105320500', '86284727194', '5017895743', '1901944063', '11340452097', '1890075346', '945037669', '4725188388', '375026925178', '93204567000', '393927678678',
];

/** Case rates (tenths of %) of the 62 other provinces, best first: 5 above 93,90 %, then below. */
function caseRates() {
  const above = [975n, 968n, 959n, 951n, 944n];
  const below = Array.from({ length: 57 }, (_, j) => 935n - 5n * BigInt(j));
  return [...above, ...below];
}

/** Money rates (tenths of %): 2 above 83,14 %, then below. */
function moneyRates() {
  const above = [886n, 859n];
  const below = Array.from({ length: 60 }, (_, j) => 830n - 9n * BigInt(j));
  return [...above, ...below];
}

function nationalRows() {
  const others = PROVINCES.filter((p) => p !== 'Nam Định');
  const cases = caseRates();
  const money = moneyRates();
  // Places (0-based among the others) of the exact ties.
  const caseTie = [10, 11];
  const moneyTie = [20, 21];
  const rows = new Map();
  others.forEach((province, i) => {
    let cw = rand(1500n, 9000n);
    let cr = resolvedAt(cw, cases[i]);
    if (caseTie.includes(i)) [cw, cr] = i === caseTie[0] ? [2500n, 2275n] : [1200n, 1092n]; // both 91 %, the rate of place 10
    let mw = rand(40n, 600n) * 1000000000n + rand(0n, 999999999n);
    let mr = resolvedAt(mw, money[i]);
    if (moneyTie.includes(i)) [mw, mr] = i === moneyTie[0] ? [150000000000n, 100200000000n] : [75000000000n, 50100000000n]; // both 66,8 %, the rate of place 20
    rows.set(province, [...measure(cw, cr, false), ...measure(mw, mr, true)]);
  });
  rows.set('Nam Định', NAM_DINH);
  return PROVINCES.map((p) => [p, ...rows.get(p)]);
}

// 2019 offices (fixtures/2019.csv) with their 2018 with_conditions and resolved.
const OFFICES_2018 = [
  ['Thành phố Nam Định', 590n, 551n, 52100000000n, 14150000000n, 11120000000n],
  ['Mỹ Lộc', 561n, 498n, 36400000000n, 8840000000n, 6950000000n],
  ['Vụ Bản', 640n, 602n, 60300000000n, 15100000000n, 12600000000n],
  ['Ý Yên', 287n, 259n, 35200000000n, 8600000000n, 6700000000n],
  ['Nam Trực', 511n, 470n, 48900000000n, 12200000000n, 8100000000n],
  ['Trực Ninh', 592n, 541n, 41500000000n, 10400000000n, 8300000000n],
  ['Xuân Trường', 655n, 598n, 37900000000n, 9300000000n, 7400000000n],
  ['Giao Thủy', 631n, 580n, 33100000000n, 8200000000n, 6900000000n],
  ['Hải Hậu', 577n, 540n, 34300000000n, 9500000000n, 7600000000n],
  ['Nghĩa Hưng', 654n, 598n, 29565432100n, 7700000000n, 6100000000n],
];

/** Rows for 2018; the last office absorbs the rounding so the totals are exact. */
function rows2018() {
  const CASES_TOTAL = 6745n;
  const MONEY_TOTAL = 408765432100n;
  const rows = OFFICES_2018.map(([name, cw, cr, , mw, mr]) => [name, measure(cw, cr, false), measure(mw, mr, true)]);
    // Each office's total: with_conditions + 18 % (cases) or the chosen amount (money).
  const wantedCases = OFFICES_2018.map(([, cw]) => (cw * 118n) / 100n);
  const wantedMoney = OFFICES_2018.map(([, , , mt]) => mt);
  wantedCases[wantedCases.length - 1] += CASES_TOTAL - wantedCases.reduce((a, b) => a + b, 0n);
  wantedMoney[wantedMoney.length - 1] += MONEY_TOTAL - wantedMoney.reduce((a, b) => a + b, 0n);
  return rows.map(([name, c, m], i) => ['Nam Định', name, ...retotal(c, wantedCases[i], CASE_FIELDS), ...retotal(m, wantedMoney[i], MONEY_FIELDS)]);
}

/** Sets total to `wanted` through to_execute and without_conditions, keeping every relation. */
function retotal(values, wanted, fields) {
  const f = Object.fromEntries(fields.map((k, i) => [k, BigInt(values[i])]));
  f.total = wanted;
  f.carried_over = (wanted * 38n) / 100n;
  f.new = wanted - f.carried_over;
  f.to_execute = wanted - f.delegated - f.withdrawn;
  f.without_conditions = f.to_execute - f.with_conditions;
  f.carried_forward = f.to_execute - f.resolved;
  if (f.without_conditions < 0n) throw new Error(`total ${wanted} is too small for with_conditions ${f.with_conditions}`);
  return fields.map((k) => String(f[k]));
}

function csv(header, rows) {
  const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [header, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';
}

writeFileSync(join(FIXTURES, 'national-2019.csv'), csv(['province', ...FIGURE_COLUMNS], nationalRows()));
writeFileSync(join(FIXTURES, '2018.csv'), csv(['province', 'district', ...FIGURE_COLUMNS], rows2018()));
