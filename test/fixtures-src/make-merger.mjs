#!/usr/bin/env node
// Generates fixtures/merger/: a statistics-year 2024 report by the 63 provinces and a 2025
// report by the 34 of Nghị quyết 202/2025/QH15, with seeded made-up figures, names written the
// way exports write them ("TP. Hồ Chí Minh", "Thừa Thiên Huế", "Hoà Bình", "Bà Rịa - Vũng Tàu").
// Run: node test/fixtures-src/make-merger.mjs  (deterministic; commit the output).
//
// The merger table below is written out here a second time, independently of
// src/domain/provinces.ts: test/cli/merger.test.ts checks thads' roll-up against it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../helpers/mulberry32.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'fixtures', 'merger');

/** [name in the 2025 file, [names in the 2024 file, as exports spell them]] */
export const MERGER = [
  ['Hà Nội', ['Thành phố Hà Nội']],
  ['Huế', ['Thừa Thiên Huế']],
  ['Lai Châu', ['Lai Châu']],
  ['Điện Biên', ['Điện Biên']],
  ['Sơn La', ['Sơn La']],
  ['Lạng Sơn', ['Lạng Sơn']],
  ['Quảng Ninh', ['Quảng Ninh']],
  ['Thanh Hoá', ['Thanh Hóa']],
  ['Nghệ An', ['Nghệ An']],
  ['Hà Tĩnh', ['Hà Tĩnh']],
  ['Cao Bằng', ['Cao Bằng']],
  ['Tuyên Quang', ['Tuyên Quang', 'Hà Giang']],
  ['Lào Cai', ['Lào Cai', 'Yên Bái']],
  ['Thái Nguyên', ['Thái Nguyên', 'Bắc Kạn']],
  ['Phú Thọ', ['Phú Thọ', 'Vĩnh Phúc', 'Hoà Bình']],
  ['Bắc Ninh', ['Bắc Ninh', 'Bắc Giang']],
  ['Hưng Yên', ['Hưng Yên', 'Thái Bình']],
  ['Thành phố Hải Phòng', ['Hải Phòng', 'Hải Dương']],
  ['Ninh Bình', ['Ninh Bình', 'Hà Nam', 'Nam Định']],
  ['Quảng Trị', ['Quảng Trị', 'Quảng Bình']],
  ['Đà Nẵng', ['TP Đà Nẵng', 'Quảng Nam']],
  ['Quảng Ngãi', ['Quảng Ngãi', 'Kon Tum']],
  ['Gia Lai', ['Gia Lai', 'Bình Định']],
  ['Khánh Hòa', ['Khánh Hoà', 'Ninh Thuận']],
  ['Lâm Đồng', ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận']],
  ['Đắk Lắk', ['Đắk Lắk', 'Phú Yên']],
  ['Thành phố Hồ Chí Minh', ['TP. Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']],
  ['Đồng Nai', ['Đồng Nai', 'Bình Phước']],
  ['Tây Ninh', ['Tây Ninh', 'Long An']],
  ['Cần Thơ', ['TP Cần Thơ', 'Sóc Trăng', 'Hậu Giang']],
  ['Vĩnh Long', ['Vĩnh Long', 'Bến Tre', 'Trà Vinh']],
  ['Đồng Tháp', ['Đồng Tháp', 'Tiền Giang']],
  ['Cà Mau', ['Cà Mau', 'Bạc Liêu']],
  ['An Giang', ['An Giang', 'Kiên Giang']],
];

const HEADER_2024 = ['Tỉnh', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'money_total', 'money_with_conditions', 'money_resolved'];
const HEADER_2025 = ['Tỉnh', 'cases_total', 'cases_to_execute', 'cases_with_conditions', 'cases_without_conditions', 'cases_deferred', 'cases_resolved', 'money_total', 'money_with_conditions', 'money_resolved'];

/** Figures of one province: cases whole, money in đồng with up to 3 decimals (as text). */
function figures(rand, scale, modern) {
  const int = (n) => Math.floor(rand() * n);
  const withConditions = 800 + int(20000) * scale;
  const resolved = Math.floor(withConditions * (0.7 + rand() * 0.25));
  const without = 200 + int(8000) * scale;
  const deferred = modern ? int(400) : 0;
  const toExecute = withConditions + without + deferred;
  const total = toExecute + int(300);
  // in thousandths of a đồng: 1 to 900 tỷ đồng × scale, with up to 3 decimals
  const moneyWith = BigInt(1 + int(900)) * BigInt(scale) * 10n ** 12n + BigInt(int(1e9)) * 1000n + BigInt(int(1000));
  const moneyResolved = (moneyWith * BigInt(300 + int(500))) / 1000n;
  const moneyTotal = moneyWith * 3n + BigInt(int(1e9));
  const money = (thousandths) => `${thousandths / 1000n}.${String(thousandths % 1000n).padStart(3, '0')}`;
  return { total, toExecute, withConditions, without, deferred, resolved, moneyTotal: money(moneyTotal), moneyWith: money(moneyWith), moneyResolved: money(moneyResolved) };
}

function main() {
  mkdirSync(OUT, { recursive: true });
  const rand = mulberry32(202);
  const old = [HEADER_2024.join(',')];
  const now = [HEADER_2025.join(',')];
  for (const [name, formedFrom] of MERGER) {
    for (const o of formedFrom) {
      const f = figures(rand, 1, false);
      old.push([o, f.total, f.withConditions, f.resolved, f.moneyTotal, f.moneyWith, f.moneyResolved].join(','));
    }
    const f = figures(rand, formedFrom.length, true);
    now.push([name, f.total, f.toExecute, f.withConditions, f.without, f.deferred, f.resolved, f.moneyTotal, f.moneyWith, f.moneyResolved].join(','));
  }
  // The older report lists its provinces alphabetically, as the 63 were: not in merger order.
  const [head, ...rows] = old;
  rows.sort((a, b) => a.localeCompare(b, 'vi'));
  writeFileSync(join(OUT, 'provinces-2024.csv'), `${[head, ...rows].join('\n')}\n`);
  writeFileSync(join(OUT, 'provinces-2025.csv'), `${now.join('\n')}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
