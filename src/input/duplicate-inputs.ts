// The same figures from two files are never added (SPEC §3): `data/*.csv` after a download
// twice holds "2019.csv" and "2019 (1).csv"; a file may be named twice ("2019.csv ./2019.csv",
// a symlink). Two checks, across every input of one run:
//   - the same file (device and inode) or the same bytes (only files of equal size are hashed);
//   - the same office, year and measure from two files, and a file of one declared total beside
//     the offices it totals (domain/office-registry.ts: names and provinces, worded here).
import { createReadStream, statSync } from 'node:fs';
import type { Measure } from '../domain/fields.js';
import { foldName, showingInvisible } from '../domain/names.js';
import { OfficeRegistry, placeOf, type Among, type Office, type OfficeKey, type PartsOf, type Registered, type TotalFile } from '../domain/office-registry.js';
import { bareName, initialsWritten, namesRegionOffice, officeAcrossFiles, unaccentedKey, writtenWithoutMarks } from '../domain/office-names.js';
import { writtenProvince } from '../domain/office-labels.js';
import { finding, formatLocation, type Finding } from '../errors.js';

async function sha256(file: string): Promise<string | null> {
  try {
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null; // reading it says why
  }
}

export class DuplicateInputs {
  private readonly files: { file: string; id: string | null; size: number; hash?: string | null }[] = [];
  private readonly offices = new OfficeRegistry();

  /**
   * The earlier input `file` repeats, and how (the same file, or the same bytes), or null.
   * `kept`: where its bytes are when not at `file`, and their hash (standard input, kept in a
   * temporary file that is gone before a later call may need to hash it).
   */
  async sameAs(file: string, kept?: { readonly path: string; readonly sha256: string }): Promise<{ file: string; how: 'file' | 'bytes' } | null> {
    const path = kept?.path ?? file;
    let id: string | null = null;
    let size = -1;
    try {
      const st = statSync(path);
      if (st.isFile()) {
        id = `${st.dev}:${st.ino}`;
        size = st.size;
      }
    } catch {
      return null;
    }
    const entry: { file: string; id: string | null; size: number; hash?: string | null } = { file, id, size, ...(kept ? { hash: kept.sha256 } : {}) };
    let earlier: { file: string; how: 'file' | 'bytes' } | null = null;
    for (const f of this.files) {
      if (id !== null && f.id === id) {
        earlier = { file: f.file, how: 'file' };
        break;
      }
      if (size > 0 && f.size === size) {
        f.hash ??= await sha256(f.file);
        entry.hash ??= await sha256(file);
        if (f.hash !== null && f.hash === entry.hash) {
          earlier = { file: f.file, how: 'bytes' };
          break;
        }
      }
    }
    this.files.push(entry);
    return earlier;
  }

  /**
   * Registers a file's offices for its measures (`total`: why they are the file's declared
   * totals, null when they are offices). Returns one error per file naming the first repeat or overlap, and the
   * offices that join an earlier file's office under its name (split việc / tiền files).
   * `namedByFile`: the file has no office column, its office is its file's name; `titleUnit`: the
   * unit its title states (office-registry.ts).
   */
  register<K extends OfficeKey>(file: string, measures: readonly Measure[], offices: readonly K[], total: TotalFile | null = null, namedByFile = false, titleUnit: string | null = null, ownName: string | null = null): { error: Finding | null; joined: Registered<K>['joined']; variant: Registered<K>['variant'] } {
    const { repeat, overlap, joined, partsOf, variant } = this.offices.register(file, measures, offices, total, namedByFile, titleUnit, ownName);
    return { error: repeat ? repeatError(file, repeat) : overlap ? overlapError(file, overlap) : partsOf ? partsOfError(file, partsOf) : null, joined, variant };
  }

  /**
   * Offices giving no figures of a measure other offices of their year give (office-registry.ts
   * lacking), and the warning that says so once per run (null if none).
   */
  lacking(): { readonly offices: ReturnType<OfficeRegistry['lacking']>; readonly finding: Finding | null } {
    const offices = this.offices.lacking();
    if (offices.length === 0) return { offices, finding: null };
    const { office, measure, giver } = offices[0]!;
    const place = [...office.given.values()][0]!;
    const more = offices.length - 1;
    return {
      offices,
      finding: finding(
        'warning',
        'MEASURE_NOT_GIVEN',
        `"${office.district}"${ofYear(office)} gives no ${measure} figures, while other offices do ("${giver.district}", ${formatLocation(giver.given.get(measure)!)}): the sums of ${measure} over it (its province's, the total) are left unknown, not summed over part of the offices${more > 0 ? ` (and ${more} more ${more === 1 ? 'office lacks a measure' : 'offices lack a measure'})` : ''}`,
        place,
      ),
    };
  }

  /** Half-offices of the files read in one run (one gives cases only, the other money only), worded; null if none. */
  unjoined(files: readonly string[]): Finding | null {
    const pair = this.offices.unjoined(new Set(files));
    if (!pair) return null;
    const [later, earlier] = pair;
    const place = [...later.given.values()][0]!;
    const what = (o: Office) => `"${showingInvisible(o.district)}" has ${[...o.given.keys()].join(' and ')} figures only`;
    return finding(
      'error',
      'SPLIT_FILES_UNJOINED',
      `${what(later)}, and ${what(earlier)} (${formatLocation([...earlier.given.values()][0]!)}): split files join per office, and these are half-offices that may be one office written two ways`,
      place,
    );
  }
}

const ofYear = (o: Pick<OfficeKey, 'year'>) => (o.year !== null ? ` (${o.year})` : '');

function repeatError<K extends OfficeKey>(file: string, r: NonNullable<Registered<K>['repeat']>): Finding {
  const { office, earlier, measure } = r;
  if (r.among) return amongError(file, office, measure, r.among);
  if (r.namesake) return namesakeError(file, office, earlier, measure, r.count);
  const seen = earlier.given.get(measure)!;
  const more = r.count > 1 ? ` (and ${r.count - 1} more office figures)` : '';
  const as = foldName(earlier.district) === foldName(office.district) ? '' : ` as "${earlier.district}"`;
  // Offices of two provinces may share a name ("Phòng THADS khu vực 1"): a province column tells them apart.
  // A region's number names one office of its province, whatever is written after it ("KV 3 - bản hoàn thiện").
  const unplaced = office.province === null || earlier.province === null;
  const hint = r.variant === 'font'
    ? `remove the copy; ${typedInFont(office, earlier)}: with every figure the same, they are one office; convert that file to Unicode (Unikey: "Chuyển mã") and check its names`
    : r.variant
    ? `remove the copy; "${earlier.district}" and "${office.district}" are one office written two ways (diacritics, case, punctuation or spelling), with every figure the same: if they are two offices, write each with its unit (huyện, thị xã, thành phố)`
    : namesRegionOffice(office.district)
    ? `remove the copy (a khu vực's number names one office of its province, whatever follows it)${unplaced ? '; if the two files are of different provinces, give each a province column (Tỉnh) or write the province in its name ("KV 2 - Gia Lai")' : ''}`
    : as !== '' && (initialsWritten(office.district) === null) !== (initialsWritten(earlier.district) === null)
      ? `remove the copy; ${byInitials(office.district, earlier.district)}: if it is another office, write its name in full`
    : as !== '' && unaccentedKey(officeAcrossFiles(earlier.district, earlier).bare) !== unaccentedKey(officeAcrossFiles(office.district, office).bare)
      ? `remove the copy; "${earlier.district}" and "${office.district}" are one office, one of them written with its words run together or shortened to initials (as a file's name travels by e-mail): if they are two offices, write each name in full with its diacritics`
    : as !== '' && foldName(officeAcrossFiles(earlier.district, earlier).bare) !== foldName(officeAcrossFiles(office.district, office).bare)
      ? `remove the copy; ${unmarkedFirst(office.district, earlier.district)} are one office, written without and with diacritics: if they are two offices, write each name with its diacritics`
    : as !== '' ? 'remove the copy; the two names are one office once "Chi cục THADS", "huyện"… are set aside: if they are two offices, write each with its unit (huyện, thị xã, thành phố), or give each file a province column (Tỉnh)'
    : unplaced ? 'remove the copy; if the two files are of different provinces, give each a province column (Tỉnh) so their offices are told apart'
    : undefined;
  return finding(
    'error',
    'DUPLICATE_INPUT',
    `${measure} of "${office.district}"${ofYear(office)} are given again: ${formatLocation(seen)} already gave them${as}${more}; figures are never added across files`,
    placeOf(file, office),
    hint,
  );
}

/**
 * One name under two provinces merged into one, every figure the same (office-registry.ts
 * mergedNamesakes): "Giồng Riềng" under An Giang in one file, under Kiên Giang in another, of 2025
 * (traps31 t2: added as two offices, exit 0). "Châu Thành" of each, its figures its own, stays two.
 */
function namesakeError(file: string, office: OfficeKey, earlier: Office, measure: Measure, count: number): Finding {
  const more = count > 1 ? ` (and ${count - 1} more office figures)` : '';
  return finding(
    'error',
    'DUPLICATE_INPUT',
    `${measure} of "${office.district}"${ofYear(office)}, written under ${writtenProvince(office)}, are given again: ${formatLocation(earlier.given.get(measure)!)} already gave them under ${writtenProvince(earlier)}, every figure the same${more}; since 1/7/2025 both are ${office.province}, and one office given under both names would count twice; figures are never added across files`,
    placeOf(file, office),
    `remove the copy (a district of a province merged into ${office.province} is ${office.province}'s, whichever name its row writes); if they are two offices of one name, one of each former province, with every figure alike, sum each province's files in a run of its own`,
  );
}

/**
 * An initials cell ("VB") of one file, several offices of one province whose initials it is in
 * others ("Vụ Bản", "Văn Bàn"): a repeat of one of them, thads cannot tell which; located at the
 * later row (the cell, or the first of the offices), all of them named.
 */
function amongError(file: string, office: OfficeKey, measure: Measure, among: Among): Finding {
  const { cell, offices } = among;
  const named = offices.map((o) => `"${o.district}" (${formatLocation(o.place)})`);
  const either = `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`;
  const at = cell.place.file === file && cell.place.line === office.line ? ofYear(office) : ` (${office.year !== null ? `${office.year}, ` : ''}${formatLocation(cell.place)})`;
  return finding(
    'error',
    'DUPLICATE_INPUT',
    `${measure} of "${cell.district}"${at} may be those of ${either}, whose initials it is: thads cannot tell which office it is, and added as an office of its own it would count that one twice; figures are never added across files`,
    placeOf(file, office),
    `if "${cell.district}" is a copy of one of them, remove the copy; if it is another office, write its name in full`,
  );
}

/** A file named after an office, its rows its parts, beside a file giving that office as a row (office-registry.ts partsOf); located in `file`, the later of the two. */
function partsOfError(file: string, p: PartsOf): Finding {
  const { parts, office, measure } = p;
  // (located at the office's row, the people's file given first: "this row", its place named once — stt45)
  const earlier = parts.file === file ? `${formatLocation(office)} already gives ${measure} of office "${office.district}"` : `this row gives ${measure} of office "${office.district}"`;
  return finding(
    'error',
    'DUPLICATE_INPUT',
    `${parts.file} is named after office "${parts.office}" and none of its rows names it: its rows are the office's parts (its enforcers, or other lines of it), not offices; ${earlier}: added, the office would count twice; figures are never added across files`,
    parts.file === file ? { file, line: parts.line } : placeOf(file, office),
    `sum the table without ${parts.file}, or ${parts.file} alone; if its rows are offices, not parts of "${parts.office}", rename the file so that its name names no office`,
  );
}

/** '"Phó Léc" is "Phú Lộc" typed in an old font …': the name whose file is in one first (OfficeKey.read). */
function typedInFont(a: Pick<OfficeKey, 'district' | 'read'>, b: Pick<OfficeKey, 'district' | 'read'>): string {
  const [typed, shown] = a.read !== undefined ? [a, b] : [b, a];
  return `"${typed.district}" is "${shown.district}" typed in an old font (TCVN3 .VnTime, or VNI), as its file's other text is`;
}

/** '"VB" is "Chi cục THADS huyện Vụ Bản" written by its initials': the cell first, whichever file gave it. */
function byInitials(a: string, b: string): string {
  const [cell, words] = initialsWritten(a) !== null ? [a, b] : [b, a];
  return `"${cell}" is "${words}" written by its initials`;
}

/** Two names of one office, the one written without diacritics first: '"My Loc" and "Mỹ Lộc"'. */
function unmarkedFirst(a: string, b: string): string {
  const [without, marked] = writtenWithoutMarks(bareName(a)) ? [a, b] : [b, a];
  return `"${without}" and "${marked}"`;
}

/** Why the rows of a file are totals when its name ("Tổng hợp 2019.csv") or its title line says so (no office column). */
function namedTotals(name: string, total: TotalFile): string {
  const by = typeof total === 'object' ? (total.sheet ? `its sheet's name "${total.title}"` : `its title "${total.title}" (line ${total.line})`) : `its name "${name}"`;
  if (typeof total === 'object' && total.rows) return `${by} names a province's whole and its office rows only name the province, so they are its total, not an office`;
  return `the file has no office column and ${by} names a total, so its rows are totals, not offices`;
}

function overlapError<K extends OfficeKey>(file: string, o: NonNullable<Registered<K>['overlap']>): Finding {
  const { office, earlier, measure } = o;
  const seen = formatLocation(earlier.given.get(measure)!);
  // The province the total is of: its own (a national total has none), else its offices'.
  const of = (p: string | null) => (p !== null ? ` of ${p}` : '');
  const message = o.totalIsEarlier
    ? o.total !== 'only-row'
      ? `${measure} of office "${office.district}"${ofYear(office)} would be added to ${seen}, a declared total${of(earlier.province)} that already counts it (${namedTotals(earlier.district, o.total)})`
      : `${measure} of office "${office.district}"${ofYear(office)} would be added to the declared total "${earlier.district}" of ${seen}, the only row of its file, which already counts the offices${of(office.province ?? earlier.province)}`
    : `${o.total !== 'only-row' ? `${namedTotals(office.district, o.total)}: its row${of(office.province)}${ofYear(office)} is a declared total` : `this file's only row, "${office.district}"${ofYear(office)}, is a declared total${of(office.province)}`}, and ${seen} gives ${measure} of ${earlier.total ? `the declared total "${earlier.district}": one of the two totals counts the other` : `office "${earlier.district}" that it already counts`}`;
  return finding('error', 'TOTAL_FILE_OVERLAP', `${message}; figures would be counted twice`, placeOf(file, office));
}
