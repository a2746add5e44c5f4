// The 2025 reorganisation: Nghị quyết 202/2025/QH15 of 12 June 2025 (in force 1 July 2025)
// merged the 63 provinces into 34 — 11 unchanged, 23 formed from 52. Statistics from year 2025
// are reported by the 34; a year before counts by the 63. To compare like with like,
// `--previous` rolls an older year's provinces up into their successors (summarize.ts, with
// rollUp in merger.ts).
import { foldHeader, foldName } from './names.js';

export interface Province {
  /** the name since 1 July 2025 */
  readonly name: string;
  /** the provinces it was formed from (itself included when its name stayed), as written in 2024 */
  readonly formedFrom: readonly string[];
}

/** Statistics year from which reports count the 34 provinces. */
export const MERGER_YEAR = 2025;

export const PROVINCES_2025: readonly Province[] = [
  // unchanged (Thừa Thiên Huế had become the city of Huế on 1 January 2025)
  { name: 'Hà Nội', formedFrom: ['Hà Nội'] },
  { name: 'Huế', formedFrom: ['Thừa Thiên Huế'] },
  { name: 'Lai Châu', formedFrom: ['Lai Châu'] },
  { name: 'Điện Biên', formedFrom: ['Điện Biên'] },
  { name: 'Sơn La', formedFrom: ['Sơn La'] },
  { name: 'Lạng Sơn', formedFrom: ['Lạng Sơn'] },
  { name: 'Quảng Ninh', formedFrom: ['Quảng Ninh'] },
  { name: 'Thanh Hóa', formedFrom: ['Thanh Hóa'] },
  { name: 'Nghệ An', formedFrom: ['Nghệ An'] },
  { name: 'Hà Tĩnh', formedFrom: ['Hà Tĩnh'] },
  { name: 'Cao Bằng', formedFrom: ['Cao Bằng'] },
  // merged
  { name: 'Tuyên Quang', formedFrom: ['Tuyên Quang', 'Hà Giang'] },
  { name: 'Lào Cai', formedFrom: ['Lào Cai', 'Yên Bái'] },
  { name: 'Thái Nguyên', formedFrom: ['Thái Nguyên', 'Bắc Kạn'] },
  { name: 'Phú Thọ', formedFrom: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'] },
  { name: 'Bắc Ninh', formedFrom: ['Bắc Ninh', 'Bắc Giang'] },
  { name: 'Hưng Yên', formedFrom: ['Hưng Yên', 'Thái Bình'] },
  { name: 'Hải Phòng', formedFrom: ['Hải Phòng', 'Hải Dương'] },
  { name: 'Ninh Bình', formedFrom: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
  { name: 'Quảng Trị', formedFrom: ['Quảng Trị', 'Quảng Bình'] },
  { name: 'Đà Nẵng', formedFrom: ['Đà Nẵng', 'Quảng Nam'] },
  { name: 'Quảng Ngãi', formedFrom: ['Quảng Ngãi', 'Kon Tum'] },
  { name: 'Gia Lai', formedFrom: ['Gia Lai', 'Bình Định'] },
  { name: 'Khánh Hòa', formedFrom: ['Khánh Hòa', 'Ninh Thuận'] },
  { name: 'Lâm Đồng', formedFrom: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
  { name: 'Đắk Lắk', formedFrom: ['Đắk Lắk', 'Phú Yên'] },
  { name: 'Hồ Chí Minh', formedFrom: ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'] },
  { name: 'Đồng Nai', formedFrom: ['Đồng Nai', 'Bình Phước'] },
  { name: 'Tây Ninh', formedFrom: ['Tây Ninh', 'Long An'] },
  { name: 'Cần Thơ', formedFrom: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  { name: 'Vĩnh Long', formedFrom: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
  { name: 'Đồng Tháp', formedFrom: ['Đồng Tháp', 'Tiền Giang'] },
  { name: 'Cà Mau', formedFrom: ['Cà Mau', 'Bạc Liêu'] },
  { name: 'An Giang', formedFrom: ['An Giang', 'Kiên Giang'] },
];

/** Other ways exports write a province (after provinceKey's folding): key → the key of the name above. */
const SPELLINGS: Record<string, string> = {
  hcm: 'hồ chí minh',
  tphcm: 'hồ chí minh',
  'sài gòn': 'hồ chí minh',
  'thừa thiên huế': 'huế',
  'đắc lắc': 'đắk lắk',
  'đắk lắc': 'đắk lắk',
  daklak: 'đắk lắk',
  'đắc nông': 'đắk nông',
  daknong: 'đắk nông',
  kontum: 'kon tum',
  'brvt': 'bà rịa vũng tàu',
  'br vt': 'bà rịa vũng tàu',
};

/**
 * A province's name reduced to what tells provinces apart: case, spacing, tone placement,
 * dashes and dots, "Tỉnh", "Thành phố", "TP.", "Cục THADS …" folded away.
 * "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hồ Chí Minh", "TP.HCM" → "hồ chí minh";
 * "Bà Rịa – Vũng Tàu" → "bà rịa vũng tàu"; "Thừa Thiên - Huế", "Huế" → "huế".
 */
export function provinceKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= 1 << 16) KEYS.clear();
    key = foldProvince(name);
    KEYS.set(name, key);
  }
  return key;
}

// Groups are keyed by province (aggregate.ts) for every office of every file: remembered, bounded.
const KEYS = new Map<string, string>();

function foldProvince(name: string): string {
  let k = foldName(name)
    .replace(/^(cục (quản lý )?(thi hành án dân sự|thads|tha))\s+/u, '')
    .replace(/^(thi hành án dân sự|thads)\s+/u, '')
    .replace(/^(tỉnh|thành phố|tp\.?)\s*/u, '')
    .replace(/[-–—.]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  k = SPELLINGS[k] ?? k;
  return k;
}

const SUCCESSOR = new Map<string, Province>();
for (const p of PROVINCES_2025) {
  for (const old of p.formedFrom) SUCCESSOR.set(provinceKey(old), p);
  SUCCESSOR.set(provinceKey(p.name), p);
}

/** The province a province of either era belongs to from 1 July 2025; null when the name is not a province. */
export function successorProvince(name: string): Province | null {
  return SUCCESSOR.get(provinceKey(name)) ?? null;
}

/**
 * The province a name stands for in statistics year `year`, as the reports of that year name it
 * ("TP Cần Thơ" → Cần Thơ; "Thừa Thiên Huế" in 2025 → Huế); a province of the 63 that was merged
 * away by then gives its own name and its successor. Null: no province thads knows.
 */
export function provinceInYear(name: string, year: number): { readonly name: string; readonly mergedInto?: string } | null {
  const key = provinceKey(name);
  const successor = SUCCESSOR.get(key);
  if (!successor) return null;
  const older = successor.formedFrom.find((old) => provinceKey(old) === key);
  if (year < MERGER_YEAR) return { name: older ?? successor.name };
  if (provinceKey(successor.name) === key) return { name: successor.name };
  return { name: older!, mergedInto: successor.name };
}

/** Province names of either era without diacritics ("ben tre"): a file name may be written so. */
const UNACCENTED = new Map<string, string | null>();
for (const p of PROVINCES_2025) {
  for (const name of new Set([p.name, ...p.formedFrom])) {
    const key = foldHeader(name);
    UNACCENTED.set(key, UNACCENTED.has(key) && UNACCENTED.get(key) !== name ? null : name);
  }
}

/**
 * The province a file's name names, as written there or in the table ("ben-tre" → "Bến Tre"),
 * or null: a name that is not a province, or one two provinces could be without diacritics.
 */
export function provinceOfFileName(name: string): string | null {
  if (successorProvince(name)) return name;
  const key = foldHeader(name.replace(/^(tinh|thanh pho|tp)[\s_-]+/i, ''));
  return UNACCENTED.get(key) ?? UNACCENTED.get(SPELLINGS[key] ?? '') ?? null;
}
