// Seeded generator of THADS statistics for the benchmark: 700 offices in 63 provinces, 14 figure
// columns (7 per measure), money in whole đồng up to ~10^12.5 a cell (every cell fits DECIMAL(18,3)),
// less where an office's year runs over many rows (moneyCeiling): a year's money over the 700
// offices stays below the country's record (686.000 tỷ đồng, 2025), as a real export's does, so
// thads reads the real-export shape's nghìn đồng without MONEY_DOUBTFUL or MONEY_IMPLAUSIBLE
// (test/cli/bench-data.test.ts). Every row is consistent (no relation warning), so the bench
// times the sums, not the warning printer. The expected sums are kept as BigInts, independent of
// thads, for the check.
//
// One stream of rows, several shapes of file: each shape is one small writer function
// (path, rows, total) → bytes: plain, the real export, the real export in UTF-16 and in
// windows-1258 (SHAPES); another one is one more function.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { windows1258 } from '../helpers/encode.mjs';
import { mulberry32 } from '../helpers/mulberry32.mjs';

export const OFFICES = 700;
export const PROVINCES = 63;
/** Years of the rows when a file has more rows than offices: 700 × 6 = 4,200 groups by year and office. */
export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
export const FIELDS = ['carried_over', 'new', 'with_conditions', 'without_conditions', 'completed', 'terminated', 'resolved'];
export const COLUMNS = ['year', 'province', 'district', ...FIELDS.map((f) => `cases_${f}`), ...FIELDS.map((f) => `money_${f}`)];

/**
 * The 63 provinces of 2019–2024 by their names, so thads reads each as the province it is (named
 * "Tỉnh Số 01"…, each was one more PROVINCE_UNKNOWN warning: the bench timed 63 warnings printed).
 */
const PROVINCE_NAMES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai',
  'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình',
  'Hồ Chí Minh', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An',
  'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh',
  'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];
if (PROVINCE_NAMES.length !== PROVINCES) throw new Error(`${PROVINCE_NAMES.length} province names, not ${PROVINCES}`);

function office(i) {
  return { province: PROVINCE_NAMES[i % PROVINCES], district: `Chi cục THADS huyện Đồng ${String(i + 1).padStart(3, '0')}` };
}

/** Money in whole đồng, log-uniform from 10^6 to 10^max. */
function money(rand, max) {
  return BigInt(Math.floor(10 ** (6 + rand() * (max - 6)))); // < 2^53, exact
}

/**
 * The largest amount a cell draws (a power of ten) in a file of `rows` rows: 10^12.5 while each
 * office's year is one row (a draw is ~2·10^11 on average: ~4·10^14 đồng a year over 700 offices);
 * with n rows an office's year, 10^12.5 / n, so an office's yearly sum stays of one office's size.
 * (Drawn up to 10^14.3 in every row, as until session 50, the real-export shape's year added up to
 * ~10^16 đồng at 700 rows, MONEY_DOUBTFUL, and ~3·10^18 at 1M, refused as MONEY_IMPLAUSIBLE.)
 */
export function moneyCeiling(rows) {
  const perOfficeYear = Math.max(1, rows / (OFFICES * yearsOf(rows).length));
  return 12.5 - Math.log10(perOfficeYear);
}

/**
 * One measure's 7 figures, consistent: resolved = completed + terminated ≤ with_conditions ≤ total.
 * The largest cell (carried_over + new) is at most 4.375 draws: 4.375 × 10^12.5 < 10^15.
 */
function figures(rand, isMoney, ceiling) {
  const draw = isMoney ? () => money(rand, ceiling) : () => BigInt(Math.floor(rand() * 900));
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

/** Years a file of `rows` rows holds: one (2024) up to 700 rows, else the six of YEARS. */
export const yearsOf = (rows) => (rows <= OFFICES ? [2024] : YEARS);

/**
 * The rows of a file: offices cycle, and with more rows than offices the years cycle too (700 rows
 * of 2019, 700 of 2020, …). values: 7 counts then 7 amounts in đồng, as BigInts.
 */
export function* rowsOf(rows, seed = 2019) {
  const rand = mulberry32(seed);
  const years = yearsOf(rows);
  const ceiling = moneyCeiling(rows);
  for (let i = 0; i < rows; i++) {
    const { province, district } = office(i % OFFICES);
    const year = years[Math.floor(i / OFFICES) % years.length];
    yield { year, province, district, values: [...figures(rand, false, 0), ...figures(rand, true, ceiling)] };
  }
}

/** Expected sums per "year\0province\0district" (14 BigInts each) and over all rows. */
export function sumsOf(rows, seed = 2019) {
  const groups = new Map();
  const total = new Array(14).fill(0n);
  for (const { year, province, district, values } of rowsOf(rows, seed)) {
    const key = `${year}\u0000${province}\u0000${district}`;
    const acc = groups.get(key);
    if (acc) for (let k = 0; k < 14; k++) acc[k] += values[k];
    else groups.set(key, values.slice());
    for (let k = 0; k < 14; k++) total[k] += values[k];
  }
  return { groups, total };
}

/**
 * Writes lines to `path` in 1 MiB batches, each batch as `encode` makes its bytes (UTF-8 by
 * default); returns the byte count.
 */
async function writeLines(path, lines, { bom = false, encode = (text) => Buffer.from(text) } = {}) {
  const out = createWriteStream(path);
  let buffer = bom ? '\uFEFF' : '';
  let bytes = 0;
  for (const line of lines) {
    buffer += line;
    if (buffer.length > 1 << 20) {
      const chunk = encode(buffer);
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
      buffer = '';
    }
  }
  const chunk = encode(buffer);
  bytes += chunk.length;
  out.end(chunk);
  await once(out, 'finish');
  return bytes;
}

/** Plain: canonical column names, one header line, LF, machine numbers, money in đồng. */
function* plainLines(rows) {
  yield `${COLUMNS.join(',')}\n`;
  for (const { year, province, district, values } of rows) yield `${year},${province},${district},${values.join(',')}\n`;
}

/** 1234567 → "1.234.567" (Vietnamese grouping). */
export function viInteger(n) {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Whole đồng → nghìn đồng in Vietnamese format, as Excel shows it: 28328815335 → "28.328.815,335", 1200 → "1,2". */
export function viThousands(dong) {
  const fraction = (dong % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return fraction ? `${viInteger(dong / 1000n)},${fraction}` : viInteger(dong / 1000n);
}

const VI_HEADERS = {
  carried_over: 'năm trước chuyển sang',
  new: 'thụ lý mới',
  with_conditions: 'có điều kiện',
  without_conditions: 'chưa có điều kiện',
  completed: 'thi hành xong',
  terminated: 'đình chỉ',
  resolved: 'giải quyết xong',
};

/**
 * The real-export shape, as an office's Excel (Vietnamese locale) saves its report: UTF-8 with a
 * BOM, `;`, CRLF, a title line and its period, the unit line "Đơn vị tính: nghìn đồng", Vietnamese
 * headers with an STT column, a correct "Tổng cộng" row right under the header (where the forms put
 * it), counts grouped "1.234" and money in nghìn đồng "28.328.815,335".
 */
function* realExportLines(rows, total, years) {
  const width = 4 + 14;
  const pad = (text) => `${text}${';'.repeat(width - 1)}\r\n`;
  const period = years.length === 1 ? `NĂM ${years[0]}` : `NĂM ${years[0]}–${years.at(-1)}`;
  yield pad(`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN ${period}`);
  yield pad(`(Từ ngày 01/10/${years[0] - 1} đến ngày 30/9/${years.at(-1)})`);
  yield pad('Đơn vị tính: nghìn đồng');
  const headers = ['STT', 'Năm', 'Tỉnh', 'Đơn vị', ...FIELDS.map((f) => `Việc ${VI_HEADERS[f]}`), ...FIELDS.map((f) => `Tiền ${VI_HEADERS[f]}`)];
  yield `${headers.join(';')}\r\n`;
  const cells = (values) => [...values.slice(0, 7).map(viInteger), ...values.slice(7).map(viThousands)].join(';');
  yield `;;;Tổng cộng;${cells(total)}\r\n`;
  let stt = 0;
  for (const { year, province, district, values } of rows) yield `${++stt};${year};${province};${district};${cells(values)}\r\n`;
}

export const SHAPES = {
  plain: (path, rows) => writeLines(path, plainLines(rowsOf(rows))),
  'real-export': (path, rows, { total }) => writeLines(path, realExportLines(rowsOf(rows), total, yearsOf(rows)), { bom: true }),
  // The same export saved by Excel as "Unicode Text" (UTF-16 LE with its mark), or written by an
  // older Windows tool in windows-1258 (letters and combining tone marks, read with --encoding).
  'real-export-utf16': (path, rows, { total }) => writeLines(path, realExportLines(rowsOf(rows), total, yearsOf(rows)), { bom: true, encode: (text) => Buffer.from(text, 'utf16le') }),
  'real-export-1258': (path, rows, { total }) => writeLines(path, realExportLines(rowsOf(rows), total, yearsOf(rows)), { encode: (text) => windows1258(text) }),
};

/** Flags thads needs to read a shape (the others are told by their bytes). */
export const SHAPE_FLAGS = { 'real-export-1258': ['--encoding', 'windows-1258'] };

/**
 * Writes `rows` rows in `shape` to `path`. Returns the expected sums per group (see sumsOf), the
 * sums over all rows and the byte size. Every shape of the same `rows` holds the same data, so
 * `sums` (from sumsOf) can be computed once and given for each shape.
 */
export async function generate(path, rows, shape = 'plain', sums = sumsOf(rows)) {
  const write = SHAPES[shape];
  if (!write) throw new Error(`unknown shape ${shape}; known: ${Object.keys(SHAPES).join(', ')}`);
  const { groups, total } = sums;
  const bytes = await write(path, rows, { total });
  return { sums: groups, total, bytes };
}
