// Seeded generator of canonical THADS CSVs for the benchmark: 700 offices in 63 provinces,
// 14 figure columns (7 per measure), money up to ~10^15 đồng with 3 decimals. Every row is
// consistent (no relation warning), so the bench times the sums, not the warning printer.
// The expected sums are kept as BigInt thousandths, independent of thads, for the check.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from '../helpers/mulberry32.mjs';

export const OFFICES = 700;
export const PROVINCES = 63;
export const FIELDS = ['carried_over', 'new', 'with_conditions', 'without_conditions', 'completed', 'terminated', 'resolved'];
export const COLUMNS = ['year', 'province', 'district', ...FIELDS.map((f) => `cases_${f}`), ...FIELDS.map((f) => `money_${f}`)];

/** mulberry32: small, fast, reproducible. */
export const rng = mulberry32;

function office(i) {
  const p = (i % PROVINCES) + 1;
  return { province: `Tỉnh Số ${String(p).padStart(2, '0')}`, district: `Chi cục THADS huyện Đồng ${String(i + 1).padStart(3, '0')}` };
}

/** Money in thousandths of a đồng, log-uniform from 10^6 to 10^max đồng. */
function money(rand, max) {
  const exp = 6 + rand() * (max - 6);
  const dong = Math.floor(10 ** exp); // < 2^53, exact
  return BigInt(dong) * 1000n + BigInt(Math.floor(rand() * 1000));
}

function moneyText(thousandths) {
  const s = thousandths.toString().padStart(4, '0');
  return `${s.slice(0, -3)}.${s.slice(-3)}`;
}

/** One measure's 7 figures, consistent: resolved = completed + terminated ≤ with_conditions ≤ to_execute ≤ total. */
function figures(rand, isMoney) {
  const draw = isMoney ? () => money(rand, 14.5) : () => BigInt(Math.floor(rand() * 900));
  const completed = draw();
  const terminated = draw() / 4n;
  const open = draw();
  const withConditions = completed + terminated + open;
  const withoutConditions = draw();
  const deducted = draw() / 8n;
  const total = withConditions + withoutConditions + deducted;
  const carriedOver = (total * BigInt(Math.floor(rand() * 1000))) / 1000n;
  return [carriedOver, total - carriedOver, withConditions, withoutConditions, completed, terminated, completed + terminated];
}

/**
 * Writes `rows` rows to `path`; offices cycle, and with more rows than offices the years
 * 2022–2024 cycle too. Returns the expected sums per "year\0province\0district" group:
 * 14 BigInts (cases as counts, money in thousandths) and the byte size.
 */
export async function generate(path, rows, seed = 2019) {
  const rand = rng(seed);
  const out = createWriteStream(path);
  const sums = new Map();
  let buffer = `${COLUMNS.join(',')}\n`;
  let bytes = 0;
  for (let i = 0; i < rows; i++) {
    const { province, district } = office(i % OFFICES);
    const year = rows <= OFFICES ? 2024 : 2022 + (Math.floor(i / OFFICES) % 3);
    const values = [...figures(rand, false), ...figures(rand, true)];
    const key = `${year}\u0000${province}\u0000${district}`;
    const acc = sums.get(key);
    if (acc) for (let k = 0; k < values.length; k++) acc[k] += values[k];
    else sums.set(key, values.slice());
    buffer += `${year},${province},${district},${values.slice(0, 7).join(',')},${values.slice(7).map(moneyText).join(',')}\n`;
    if (buffer.length > 1 << 20) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return { sums, bytes };
}

export { moneyText };
