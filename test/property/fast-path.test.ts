// Differential test of the fast path (src/input/fast): on thousands of seeded random files —
// quoted cells (with "" escapes and delimiters inside), broken quotes, CRLF, BOM, blank lines, empty cells, huge amounts, title lines, total rows, broken
// relations, other number conventions — thads prints the same bytes (stdout, stderr, exit
// code) with the fast path as with the reference reader alone. The counters prove both
// branches ran: files the fast path summed and files it handed back.
// The fast path reads bytes in chunks and may split a file in two parts: runs use tiny reads
// (7 bytes: lines, multi-byte names and "\r\n" straddle reads) and forced splits, in the
// main thread and in the worker thread, so every boundary case meets the same oracle. Files in
// UTF-16 and the codepages are transcoded as they are read: random files re-encoded, reads
// of a byte or a few, and bad bytes meet the same oracle.
import { isUtf8 } from 'node:buffer';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { runThads, type RunResult } from '../helpers/cli.js';
import { utf16, windows1258 } from '../helpers/encode.mjs';
import { mulberry32 } from '../helpers/mulberry32.mjs';

const FILES = 2000;
const dir = mkdtempSync(join(tmpdir(), 'thads-fast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rng(seed: number) {
  const next = mulberry32(seed);
  return {
    next,
    chance: (p: number) => next() < p,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof rng>;

const FIELDS = ['carried_over', 'new', 'total', 'delegated', 'withdrawn', 'to_execute', 'with_conditions', 'completed', 'terminated', 'reduced', 'in_progress', 'postponed', 'suspended', 'other', 'without_conditions', 'deferred', 'resolved', 'carried_forward'] as const;
type Field = (typeof FIELDS)[number];
/** Names that must be quoted: they hold a delimiter or a quote. */
const QUOTED_NAMES = ['Mỹ Lộc, Nam Định', 'Vụ Bản "cũ"', 'Ý Yên;\tmới', '"Hải Hậu"'];
const NAMES = ['Mỹ Lộc', 'Thành phố Nam Định', 'Vụ Bản', 'Ý Yên', 'Hải Hậu', 'Giao Thủy', 'Xuân Trường', 'Trực Ninh', 'Nghĩa Hưng', 'Nam Trực', 'Hoà Bình', 'Thuỷ Nguyên'];

/** Consistent figures of one measure, in thousandths (cases: whole numbers × 1000). */
function consistent(r: Rng, isMoney: boolean, magnitude: number, deferred: boolean): Record<Field, bigint> {
  const draw = () => (r.chance(0.1) ? 0n : isMoney ? BigInt(Math.floor(10 ** (r.next() * magnitude))) * 1000n + (r.chance(0.5) ? BigInt(r.int(1000)) : 0n) : BigInt(r.int(500)) * 1000n);
  const v = { completed: draw(), terminated: draw(), reduced: isMoney ? draw() : 0n, in_progress: draw(), postponed: draw(), suspended: draw(), other: draw() } as Record<Field, bigint>;
  v.with_conditions = v.completed + v.terminated + v.reduced + v.in_progress + v.postponed + v.suspended + v.other;
  v.without_conditions = draw();
  // From 2020 a third group outside both (deferred): a 2019 row with one breaks its split.
  v.deferred = deferred && r.chance(0.5) ? draw() : 0n;
  v.to_execute = v.with_conditions + v.without_conditions + v.deferred;
  v.delegated = draw();
  v.withdrawn = draw();
  v.total = v.to_execute + v.delegated + v.withdrawn;
  v.carried_over = (v.total * BigInt(r.int(1001))) / 1000n;
  v.new = v.total - v.carried_over;
  v.resolved = v.completed + v.terminated + v.reduced;
  v.carried_forward = v.to_execute - v.resolved;
  return v;
}

/** A figure as a writer might: plain, padded decimals, Vietnamese or English grouping. */
function write(r: Rng, thousandths: bigint, style: 'plain' | 'vi' | 'en', pad: boolean): string {
  const whole = (thousandths / 1000n).toString();
  let frac = (thousandths % 1000n).toString().padStart(3, '0');
  if (!pad) frac = frac.replace(/0+$/, '');
  if (style === 'plain') return frac ? `${whole}.${frac}` : whole;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style === 'vi' ? '.' : ',');
  return frac ? `${grouped}${style === 'vi' ? ',' : '.'}${frac}` : grouped;
}

/** Stands for a byte that is not UTF-8 (0xFF) in the generated text. */
const INVALID_UTF8 = 'bad\u0000byte';

/** The file's bytes: UTF-8, with INVALID_UTF8 as 0xFF and a leading U+FFFE as a UTF-16 mark. */
function toBytes(text: string): Buffer {
  const utf16 = text.startsWith('\ufffe');
  const parts = (utf16 ? text.slice(1) : text).split(INVALID_UTF8).map((t) => Buffer.from(t));
  const bytes = Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from([0xff]), p])));
  return utf16 ? Buffer.concat([Buffer.from(text.length % 2 ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
}

/** Field labels as the forms write them: "Việc có điều kiện", "Tiền thi hành xong". */
const VI_FIELDS: Record<Field, string> = {
  carried_over: 'năm trước chuyển sang', new: 'thụ lý mới', total: 'tổng số thụ lý', delegated: 'ủy thác', withdrawn: 'thu hồi',
  to_execute: 'tổng số phải thi hành', with_conditions: 'có điều kiện', completed: 'thi hành xong', terminated: 'đình chỉ',
  reduced: 'giảm thi hành án', in_progress: 'đang thi hành', postponed: 'hoãn', suspended: 'tạm đình chỉ', other: 'trường hợp khác',
  without_conditions: 'chưa có điều kiện', deferred: 'hoãn, tạm đình chỉ', resolved: 'giải quyết xong', carried_forward: 'chuyển kỳ sau',
};
const VI_IDENTITY: Record<string, string> = { province: 'Tỉnh', district: 'Đơn vị', year: 'Năm', ghi_chu_khac: 'Ghi chú khác' };
const TITLES = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN', 'Biểu số 07/TK-THADS', 'CỤC THADS TỈNH NAM ĐỊNH', '(Từ ngày 01/10/2018 đến ngày 30/9/2019)', ''];
/** Unit lines in the forms' spellings, money in thousands or millions of đồng. */
const UNIT_LINES = [
  'Đơn vị tính: nghìn đồng', '(Đơn vị tính: 1.000 đồng)', 'Đơn vị: ngàn đồng', 'ĐVT: 1.000đ', 'Đơn vị tính: việc; nghìn đồng', 'Unit: thousand VND',
  'Đơn vị tính: triệu đồng', 'ĐVT: Tr.đồng', 'Đơn vị tính: Triệu đồng',
];
const TOTAL_LABELS = ['Tổng cộng', 'Tổng cộng', 'Tổng số', 'Toàn tỉnh', 'Cộng', 'TỔNG CỘNG'];

/**
 * How an office exports its report (a form file): title lines, a unit line, an STT column,
 * Vietnamese headers, the form's column numbers under the header, and a "Tổng cộng" row — right
 * or wrong — before or after the rows.
 */
interface Form {
  readonly titles: string[];
  readonly unitLine: string | null;
  readonly stt: boolean;
  readonly vietnamese: boolean;
  readonly columnNumbers: boolean;
  readonly total: 'before' | 'after' | null;
  readonly wrongTotal: boolean;
  /** a unit on the money headers: all of them ("(nghìn đồng)"), or one only */
  readonly headerUnit: 'all' | 'one' | null;
}

function randomForm(seed: number): Form | null {
  const f = rng(seed * 104_729 + 3);
  if (!f.chance(0.4)) return null;
  return {
    titles: Array.from({ length: f.int(4) }, () => f.pick(TITLES)),
    unitLine: f.chance(0.6) ? f.pick(UNIT_LINES) : null,
    stt: f.chance(0.7),
    vietnamese: f.chance(0.8),
    columnNumbers: f.chance(0.1),
    total: f.pick(['before', 'before', 'after', null] as const),
    wrongTotal: f.chance(0.2),
    headerUnit: f.chance(0.1) ? f.pick(['all', 'one'] as const) : null,
  };
}

interface Case {
  readonly path: string;
  readonly args: string[];
  /** how the figures are written */
  readonly style: 'plain' | 'vi' | 'en';
  readonly form: Form | null;
  /** carries oddities (broken quotes, bad cells, broken relations…) */
  readonly noisy: boolean;
}

function randomFile(seed: number, big?: { rows: number; eol: string }): Case {
  const r = rng(seed);
  const delimiter = r.pick([',', ',', ',', ';', '\t']);
  let eol = big ? big.eol : r.chance(0.3) ? '\r\n' : '\n';
  const measures = r.pick([['cases', 'money'], ['cases', 'money'], ['cases'], ['money']] as const);
  const fields = FIELDS.filter((f) => ['with_conditions', 'resolved'].includes(f) || r.chance(0.6));
  // (not in big files: a fatal error in a file larger than csv-parse's buffer hangs the reference reader, see the report)
  if (!big && r.chance(0.02)) fields.splice(fields.indexOf('with_conditions'), 1);
  const columns: string[] = [];
  const identity = { province: r.chance(0.7), district: r.chance(0.97), year: r.chance(0.5) };
  // (drawn apart from r, so that every other choice of a seed stays what it was)
  const blankProvinces = rng(seed + 0x9e3779b9).chance(1 / 6);
  const blankYears = rng(seed + 0x7f4a7c15).chance(1 / 6);
  if (identity.province) columns.push('province');
  if (identity.district) columns.push('district');
  if (identity.year) columns.push('year');
  for (const m of measures) for (const f of fields) if (m === 'money' || f !== 'reduced') columns.push(`${m}_${f}`);
  if (r.chance(0.1)) columns.push('ghi_chu_khac');
  if (r.chance(0.3)) columns.sort(() => r.next() - 0.5);
  const form = big ? null : randomForm(seed);
  let header = r.chance(0.1) ? columns.map((c) => c.replace(/_/g, ' ').toUpperCase()) : columns;
  if (form?.vietnamese) {
    let unitsLeft = form.headerUnit === 'one' ? 1 : form.headerUnit === 'all' ? Infinity : 0;
    header = columns.map((c) => {
      if (VI_IDENTITY[c]) return VI_IDENTITY[c]!;
      const [m, ...rest] = c.split('_');
      const label = `${m === 'cases' ? 'Việc' : 'Tiền'} ${VI_FIELDS[rest.join('_') as Field]}`;
      return m === 'money' && unitsLeft-- > 0 ? `${label} (nghìn đồng)` : label;
    });
  }

  // Half the files are clean exports (the fast path's business), half carry every oddity.
  const noisy = !big && r.chance(0.5);
  const odd = (p: number) => noisy && r.chance(p);
  if (odd(0.03)) eol = '\r'; // old Mac line ends: the reference reader's business
  const quoting = odd(0.3);
  // Excel quotes cells in clean exports too: identity cells, figures, a quoted header.
  const quoteCells = r.chance(0.35);
  const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
  /** a value holding a quote, the delimiter or a line break is always quoted, others now and then */
  const maybeQuoted = (text: string) => (/["\n\r]/.test(text) || text.includes(delimiter) || (quoteCells && r.chance(0.5)) ? q(text) : text);
  /** a quote where csv-parse fails or reads several lines: the fast path must give up */
  const brokenQuote = (text: string) => r.pick([`${text.slice(0, 2)}"${text.slice(2)}`, `${q(text)}x`, ` ${q(text)}`, `"${text}`, q(`${text}\n${text}`), `${q(text)} `]);
  const magnitude = r.pick([4, 9, 12, 14, 14.5, 16]);
  const style = delimiter === ',' ? 'plain' : r.pick(['plain', 'plain', 'vi', 'en'] as const);
  const pad_ = r.chance(0.3);
  const names = [...NAMES.slice(0, 1 + r.int(NAMES.length)), ...(quoteCells ? QUOTED_NAMES.slice(0, r.int(QUOTED_NAMES.length + 1)) : [])];
  const lines: string[] = [];
  if (odd(0.1)) lines.push('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ');
  if (odd(0.1)) lines.push('Đơn vị tính: nghìn đồng');
  // A form's lines above the header, padded with delimiters as Excel writes them.
  const pad = (text: string) => (text === '' ? '' : maybeQuoted(text)) + delimiter.repeat(form && form.titles.length % 2 ? columns.length : 0);
  if (form) for (const t of form.titles) lines.push(pad(t));
  if (form?.unitLine) lines.push(pad(form.unitLine));
  const stt = (text: string) => (form?.stt ? `${text}${delimiter}` : '');
  lines.push(stt('STT') + header.map((h) => ((quoteCells && r.chance(0.2)) || h.includes(delimiter) ? q(h) : odd(0.005) ? brokenQuote(h) : h)).join(delimiter));
  if (form?.columnNumbers) {
    let n = 0;
    lines.push(stt('A') + columns.map((c) => (c.startsWith('cases_') || c.startsWith('money_') ? String(++n) : '')).join(delimiter));
  }
  /** the rows' figures as written, summed (thousandths), for the form's total row */
  const sums = new Map<string, bigint>();
  const totalRow = () => {
    let wrong = form!.wrongTotal;
    return stt('') + columns.map((c) => {
      if (c === 'district') return maybeQuoted(TOTAL_LABELS[seed % TOTAL_LABELS.length]!);
      if (c === 'province' || c === 'year' || c === 'ghi_chu_khac') return '';
      let v = sums.get(c) ?? 0n;
      if (wrong && v > 0n) (v += 1000n), (wrong = false);
      return write(r, v, style, pad_ && c.startsWith('money'));
    }).join(delimiter);
  };
  const withTotal = form?.total && identity.district ? form.total : null;
  const totalAt = lines.length;
  const rows = big ? big.rows : r.int(r.chance(0.2) ? 60 : 12);
  // One broken quote in a file that may be clean otherwise: the fast path alone must give up.
  const brokenRow = !big && r.chance(0.1) ? r.int(rows) : -1;
  for (let i = 0; i < rows; i++) {
    if (odd(0.04)) {
      lines.push('');
      continue;
    }
    const figures = Object.fromEntries(measures.map((m) => [m, consistent(r, m === 'money', magnitude, !big)])) as Record<string, Record<Field, bigint>>;
    if (odd(0.05)) figures[measures[0]!]!.resolved! += 1000n; // a broken relation
    const total = odd(0.03);
    const cells = columns.map((c) => {
      // A blank province beside filled ones is refused (MISSING_PROVINCE): only one file in six has them.
      if (c === 'province') return r.chance(0.05) ? (blankProvinces ? '' : 'Nam Định') : maybeQuoted(r.pick(['Nam Định', 'Hà Nam', ' Nam Định ']));
      if (c === 'district') {
        if (total) return maybeQuoted('Tổng cộng');
        if (odd(0.01)) return '';
        const name = r.chance(0.05) ? r.pick(names).normalize('NFD') : r.pick(names);
        if (odd(0.02)) return brokenQuote(name);
        return maybeQuoted(name);
      }
      // A blank year beside filled ones is refused (MISSING_YEAR): only one file in six has them.
      if (c === 'year') return r.chance(0.1) ? (blankYears ? '' : '2019') : odd(0.02) ? '19' : maybeQuoted(String(r.pick([2019, 2019, 2020, 2022])));
      if (c === 'ghi_chu_khac') return odd(0.05) ? INVALID_UTF8 : odd(0.03) ? brokenQuote('ghi chú') : maybeQuoted(r.pick(['', 'x', '-', 'Ghi chú: đã xác minh', `a${delimiter}b`, 'nói "có"']));
      const [m, ...rest] = c.split('_');
      const v = figures[m!]![rest.join('_') as Field]!;
      if (odd(0.04) || (v === 0n && r.chance(0.5))) return ''; // an empty cell is 0
      if (odd(0.01)) return r.pick(['-', ' 12', '-5', '1e3', '12%', '1.052', '1.2345', 'abc', '5.', '.5', '1234567890123456', '12.3.4', '1,5', ' ', '\u00a0']);
      // In quotes a comma-delimited file may group: "1,234,567", or even "1.234,5", "0,25".
      const grouped = !big && quoteCells && delimiter === ',' && r.chance(0.1);
      const written = m === 'cases' ? (v / 1000n) * 1000n : v;
      sums.set(c, (sums.get(c) ?? 0n) + written);
      const text = write(r, written, grouped ? r.pick(['en', 'en', 'en', 'vi'] as const) : style, pad_ && m === 'money');
      if (grouped) return q(text);
      if (odd(0.005)) return brokenQuote(text);
      return (quoting && r.chance(0.05)) || (quoteCells && r.chance(0.2)) ? q(text) : text;
    });
    if (odd(0.02)) cells.pop();
    if (i === brokenRow) {
      const k = r.int(cells.length);
      cells[k] = brokenQuote(cells[k]!.replace(/"/g, ''));
    }
    lines.push(stt(String(i + 1)) + cells.join(delimiter));
  }
  if (withTotal === 'before') lines.splice(totalAt, 0, totalRow());
  if (withTotal === 'after') lines.push(totalRow());
  let text = lines.join(eol) + (r.chance(0.8) ? eol : '');
  if (r.chance(0.1)) text = `\ufeff${text}`;
  if (odd(0.02)) text = `\ufeff${text}`; // a second byte order mark
  if (odd(0.01)) text = `\ufffe${text}`; // UTF-16 marks, as bytes FF FE / FE FF below
  const file = join(dir, `${r.chance(0.2) ? r.pick(['bao-cao-2019', 'bao-cao-2022']) : `f${seed}`}-${seed}.csv`);
  writeFileSync(file, toBytes(text));

  const args = ['summarize', file, ...r.pick([['--format', 'json'], ['--format', 'csv', '--by', 'year,district'], ['--format', 'json', '--by', 'none'], ['--format', 'csv', '--by', 'province']])];
  if (r.chance(0.15)) args.push('--year', r.pick(['2019', '2020']));
  if (r.chance(0.1)) args.push('--number-format', r.pick(['plain', 'en', 'vi']));
  if (r.chance(0.05)) args.push('--money-unit', 'thousand');
  if (!big && r.chance(0.1)) args[0] = 'inspect';
  return { path: file, args: args[0] === 'inspect' ? ['inspect', file] : args, style, form, noisy };
}

const DEFAULTS = { ...fastPath };
/** The built worker: tests run the sources, which have no .js worker file to start. */
const BUILT_WORKER = new URL('../../dist/input/fast/scan-worker.js', import.meta.url);

/** How the fast path reads: read size, files split in two (in the worker or the main thread), tables with room for 8,192 offices at once or grown from 64. */
interface Reading {
  readonly chunkBytes?: number;
  readonly split?: 'thread' | 'worker';
  readonly reserve?: boolean;
}

async function both(args: string[], reading: Reading = {}): Promise<{ fast: RunResult; reference: RunResult }> {
  fastPath.enabled = true;
  fastPath.chunkBytes = reading.chunkBytes ?? DEFAULTS.chunkBytes;
  fastPath.splitBytes = reading.split ? 1 : DEFAULTS.splitBytes;
  fastPath.workerUrl = reading.split === 'worker' ? BUILT_WORKER : null;
  // reserved: room for 8,192 offices whatever the file's size; else grown from 64 offices
  fastPath.bytesPerRoom = reading.reserve ? 0 : DEFAULTS.bytesPerRoom;
  fastPath.reserveOffices = reading.reserve ? DEFAULTS.reserveOffices : 64;
  try {
    const fast = await runThads(args);
    fastPath.enabled = false;
    return { fast, reference: await runThads(args) };
  } finally {
    Object.assign(fastPath, { enabled: true, chunkBytes: DEFAULTS.chunkBytes, splitBytes: DEFAULTS.splitBytes, workerUrl: DEFAULTS.workerUrl, reserveOffices: DEFAULTS.reserveOffices, bytesPerRoom: DEFAULTS.bytesPerRoom });
  }
}

/** Per seed: a plain read, tiny reads, a forced split in the main thread, or both; tables reserved or grown. */
function readingFor(seed: number): Reading {
  const r = rng(seed * 7919);
  return { chunkBytes: r.pick([DEFAULTS.chunkBytes, 7, 7, 64, 4096]), ...(r.chance(0.3) ? { split: 'thread' as const } : {}), ...(r.chance(0.5) ? { reserve: true } : {}) };
}

describe('fast path', () => {
  it(`prints the same bytes as the reference reader on ${FILES} random files`, async () => {
    const before = { used: fastPath.used, gaveUp: fastPath.gaveUp, inThread: fastPath.partsInThread };
    /** files with a quote character, files in Vietnamese convention: summed by the fast path, handed back */
    const quoted = { used: 0, gaveUp: 0 };
    const vi = { used: 0, gaveUp: 0 };
    /** form files (title and unit lines, Vietnamese headers, totals) the fast path summed, by trait */
    const forms = { used: 0, gaveUp: 0, titles: 0, unitLine: 0, stt: 0, vietnamese: 0, columnNumbers: 0, totalBefore: 0, totalAfter: 0, wrongTotal: 0 };
    for (let seed = 1; seed <= FILES; seed++) {
      const { path, args, style, form } = randomFile(seed);
      const reading = readingFor(seed);
      const usedBefore = fastPath.used;
      const { fast, reference } = await both(args, reading);
      // The seed names the failing file: rerun randomFile(seed) to get it back.
      expect({ seed, reading, ...fast }).toEqual({ seed, reading, ...reference });
      const how = fastPath.used > usedBefore ? 'used' : 'gaveUp';
      if (readFileSync(path).includes(0x22)) quoted[how]++;
      if (style === 'vi') vi[how]++;
      if (form) {
        forms[how]++;
        const text = readFileSync(path, 'utf8');
        if (how === 'used') {
          if (form.titles.some((t) => t !== '')) forms.titles++;
          if (form.unitLine && !args.includes('--money-unit')) forms.unitLine++;
          if (form.stt) forms.stt++;
          if (form.vietnamese) forms.vietnamese++;
          if (form.columnNumbers) forms.columnNumbers++;
          if (form.total && TOTAL_LABELS.some((l) => text.includes(l))) {
            if (form.total === 'before') forms.totalBefore++;
            else forms.totalAfter++;
            if (form.wrongTotal && fast.code === 1) forms.wrongTotal++;
          }
        }
      }
    }

    const used = fastPath.used - before.used;
    const gaveUp = fastPath.gaveUp - before.gaveUp;
    expect(used).toBeGreaterThan(FILES / 5);
    expect(gaveUp).toBeGreaterThan(FILES / 5);
    expect(quoted.used).toBeGreaterThan(FILES / 20);
    expect(quoted.gaveUp).toBeGreaterThan(FILES / 20);
    expect(vi.used).toBeGreaterThan(FILES / 50);
    expect(vi.gaveUp).toBeGreaterThan(FILES / 50);
    expect(fastPath.partsInThread - before.inThread).toBeGreaterThan(FILES / 20);
    // Files as offices export them take the fast path too (2,000 files: used 190, titles 121,
    // unit line 73, STT 130, Vietnamese headers 148, column numbers 25, total before 92, after
    // 41, a wrong total refused 26): each trait on many summed files, not only agreeing output.
    expect(forms.used).toBeGreaterThan(100);
    expect(forms).toMatchObject({ titles: expect.toSatisfy((n: number) => n > 60), unitLine: expect.toSatisfy((n: number) => n > 35), stt: expect.toSatisfy((n: number) => n > 65), vietnamese: expect.toSatisfy((n: number) => n > 70) });
    expect(forms).toMatchObject({ columnNumbers: expect.toSatisfy((n: number) => n > 12), totalBefore: expect.toSatisfy((n: number) => n > 45), totalAfter: expect.toSatisfy((n: number) => n > 20), wrongTotal: expect.toSatisfy((n: number) => n > 12) });
  }, 300_000);

  it('reads a real export in two parts, in the worker and the main thread: title and unit lines, STT, Vietnamese numbers in nghìn đồng, "Tổng cộng" before or after, right or wrong', async () => {
    // 3,000 rows, money "1.234.567,5" in thousands of đồng; the total row's figures are the rows' sums.
    const vi = (n: bigint, thousandths = false) => {
      const whole = (thousandths ? n / 1000n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      const frac = thousandths ? (n % 1000n).toString().padStart(3, '0').replace(/0+$/, '') : '';
      return frac ? `${whole},${frac}` : whole;
    };
    const rows: bigint[][] = Array.from({ length: 3000 }, (_, i) => {
      const resolved = BigInt(900 + ((i * 37) % 1400));
      const money = BigInt(1_000_500 + ((i * 7919) % 100_000) * 1_234_567);
      return [resolved + BigInt(i % 13), resolved, money + BigInt((i * 31) % 997), money];
    });
    const sums = rows.reduce((acc, r) => acc.map((a, k) => a + r[k]!), [0n, 0n, 0n, 0n]);
    const line = (stt: string, name: string, v: bigint[]) => `${stt};2019;${name};${vi(v[0]!)};${vi(v[1]!)};${vi(v[2]!, true)};${vi(v[3]!, true)}`;
    const head = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ;;;;;;', 'Đơn vị tính: nghìn đồng;;;;;;', 'STT;Năm;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong'];
    const body = rows.map((r, i) => line(String(i + 1), `Chi cục THADS huyện Số ${i % 700}`, r));
    for (const [where, wrong] of [['before', false], ['after', false], ['after', true]] as const) {
      // wrong by 1 nghìn đồng: beyond what Excel's double SUM of 3,000 rows may leave in a 15-digit
      // total (≤ 3000·2⁻⁵³·Σ ≈ 0.06 nghìn here; excel-digits.ts), which is accepted
      const total = line('', 'Tổng cộng', wrong ? [sums[0]!, sums[1]!, sums[2]! + 1000n, sums[3]!] : sums);
      const file = join(dir, `real-export-${where}-${wrong ? 'wrong' : 'right'}.csv`);
      writeFileSync(file, `\ufeff${[...head, ...(where === 'before' ? [total, ...body] : [...body, total])].join('\r\n')}\r\n`);
      for (const split of ['thread', 'worker'] as const) {
        const before = fastPath.used;
        const { fast, reference } = await both(['summarize', file, '--format', 'json', '--by', 'none'], { split, chunkBytes: 4096 });
        expect({ file, split, ...fast }).toEqual({ file, split, ...reference });
        expect(fastPath.used - before).toBe(1);
        expect(fast.code).toBe(wrong ? 1 : 0);
      }
    }
  });

  it('prints the same bytes on files larger than one read chunk (lines split across chunks)', async () => {
    const before = fastPath.used;
    for (let seed = 1; seed <= 6; seed++) {
      const { args } = randomFile(100_000 + seed, { rows: 4000, eol: seed % 2 ? '\r\n' : '\n' });
      if (args[0] === 'summarize') {
        // one --by (an option of one value given twice is a usage error)
        const at = args.indexOf('--by');
        if (at >= 0) args.splice(at, 2);
        args.push('--by', 'year,district');
      }
      for (const chunkBytes of [DEFAULTS.chunkBytes, 65_536, 1000]) {
        const { fast, reference } = await both(args, { chunkBytes });
        expect({ seed, chunkBytes, ...fast }).toEqual({ seed, chunkBytes, ...reference });
      }
    }
    expect(fastPath.used - before).toBeGreaterThanOrEqual(6);
  }, 120_000);

  it('prints the same bytes when a worker thread sums the second part of a file', async () => {
    expect(existsSync(BUILT_WORKER), 'npm run build makes the worker').toBe(true);
    const before = { used: fastPath.used, inWorker: fastPath.partsInWorker };
    for (let seed = 1; seed <= 16; seed++) {
      const { args } = seed <= 10 ? randomFile(200_000 + seed, { rows: 2000, eol: seed % 2 ? '\r\n' : '\n' }) : randomFile(seed);
      const { fast, reference } = await both(args, { split: 'worker', chunkBytes: seed % 3 === 0 ? 7 : DEFAULTS.chunkBytes });
      expect({ seed, ...fast }).toEqual({ seed, ...reference });
    }
    expect(fastPath.used - before.used).toBeGreaterThanOrEqual(3);
    expect(fastPath.partsInWorker - before.inWorker).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('judges the first decimal of a split file where it lies: "1.052" in the second part is English only if the first part decided', async () => {
    // 40 rows of whole numbers, then "1.052": ambiguous, so the reference reader's business
    // (it fails: the file stays ambiguous); with a decimal in the first part it is English.
    const whole = Array.from({ length: 40 }, () => 'Mỹ Lộc,2000,1000');
    const undecided = join(dir, 'undecided-2019.csv');
    writeFileSync(undecided, `district,money_with_conditions,money_resolved\n${[...whole, 'Vụ Bản,2000,1.052'].join('\n')}\n`);
    const decided = join(dir, 'decided-2019.csv');
    writeFileSync(decided, `district,money_with_conditions,money_resolved\n${['Ý Yên,2000.5,1000', ...whole, 'Vụ Bản,2000,1.052'].join('\n')}\n`);
    for (const split of ['thread', 'worker'] as const) {
      for (const file of [undecided, decided]) {
        const before = fastPath.used;
        const { fast, reference } = await both(['summarize', file, '--format', 'json'], { split });
        expect({ file, split, ...fast }).toEqual({ file, split, ...reference });
        expect(fastPath.used - before).toBe(file === decided ? 1 : 0);
      }
    }
  });

  it('weighs a glued footnote against the groups of both parts of a split file (glued-footnote.ts)', async () => {
    // "45.2101" decides English in the first part, with one "125.430"; the second part has two
    // more groups: the file is refused (by the reference), or with three more English-only cells read as English.
    const whole = Array.from({ length: 40 }, () => 'Mỹ Lộc;2000;1000');
    const cases = [
      ['refused', ['Vụ Bản;98.765;1', 'Ý Yên;76.543;1'], 0],
      ['english', ['Vụ Bản;98.765;1.5', 'Ý Yên;76.543;2.25', 'Xuân Trường;3;0.75'], 1],
    ] as const;
    for (const [name, last, used] of cases) {
      const file = join(dir, `split-glued-${name}-2019.csv`);
      writeFileSync(file, `district;money_with_conditions;money_resolved\n${['Hải Hậu;125.430;45.2101', ...whole, ...last].join('\n')}\n`);
      for (const split of ['thread', 'worker'] as const) {
        const before = fastPath.used;
        // (in nghìn đồng: the fast path keeps 4 decimals of such a unit, not of đồng)
        const { fast, reference } = await both(['summarize', file, '--format', 'json', '--money-unit', 'thousand'], { split });
        expect({ file, split, ...fast }).toEqual({ file, split, ...reference });
        expect(fastPath.used - before).toBe(used);
        expect(reference.code).toBe(name === 'refused' ? 1 : 0);
      }
    }
  });

  it('reads the second part of a split file in the convention the first part decided, or hands it back', async () => {
    // "1,5" decides Vietnamese in the first part; the second part, scanned on its own, reads
    // "1.052" as English (1.052, not 1052): the fast path must hand the file back; a second part
    // that decides Vietnamese itself ("2,5") agrees.
    const whole = Array.from({ length: 40 }, () => 'Mỹ Lộc;2000;1000');
    const cases = [
      ['disagree', 'Vụ Bản;2000;1.052', 0],
      ['agree', 'Vụ Bản;2000;2,5', 1],
    ] as const;
    for (const [name, last, used] of cases) {
      const file = join(dir, `split-vi-${name}-2019.csv`);
      writeFileSync(file, `district;money_with_conditions;money_resolved\n${['Ý Yên;2000;1,5', ...whole, last].join('\n')}\n`);
      for (const split of ['thread', 'worker'] as const) {
        const before = fastPath.used;
        const { fast, reference } = await both(['summarize', file, '--format', 'json'], { split });
        expect({ file, split, ...fast }).toEqual({ file, split, ...reference });
        expect(fastPath.used - before).toBe(used);
      }
    }
  });

  it('hands back a split file whose second part may begin inside a record spanning lines', async () => {
    // Every office name wrapped over two lines: wherever the split falls, a record may straddle it.
    const rows = Array.from({ length: 60 }, (_, i) => `Nam Định,"Chi cục THADS\nhuyện Số ${i % 7}",2019,${10 + i},${5 + (i % 5)},${5 + i - (i % 5)},${1000 + i},${500 + i},${500}`);
    const file = join(dir, 'wrapped-names-2019.csv');
    writeFileSync(file, `province,district,year,cases_with_conditions,cases_completed,cases_in_progress,money_with_conditions,money_completed,money_in_progress\n${rows.join('\n')}\n`);
    for (const reading of [{}, { split: 'thread' }, { split: 'worker' }, { chunkBytes: 7 }] as const) {
      const before = fastPath.used;
      const { fast, reference } = await both(['summarize', file, '--format', 'json', '--by', 'district'], reading);
      expect({ reading, ...fast }).toEqual({ reading, ...reference });
      // unsplit, the wrapped names are read on the fast path; split, the second part hands the file back
      expect(fastPath.used - before).toBe('split' in reading ? 0 : 1);
    }
  });

  it('an office\'s enforcers\' rows across the split, closed by their unnamed subtotal: counted once (the second part saw only some of them)', async () => {
    const enforcers = Array.from({ length: 40 }, (_, i) => `Mỹ Lộc,Chấp hành viên ${i + 1},${10 + i},${5 + i}`);
    // 40 rows: with conditions 10..49 = 1180, resolved 5..44 = 980; the subtotal row has no name
    const file = join(dir, 'enforcers-split-2019.csv');
    writeFileSync(file, `district,Chấp hành viên,cases_with_conditions,cases_resolved\n${enforcers.join('\n')}\nMỹ Lộc,,1180,980\nVụ Bản,Lê Thị C,200,150\n`);
    for (const reading of [{}, { split: 'thread' }, { split: 'worker' }] as const) {
      const { fast, reference } = await both(['summarize', file, '--format', 'json', '--by', 'none'], reading);
      expect({ reading, ...fast }).toEqual({ reading, ...reference });
      expect(JSON.parse(fast.stdout).total.cases).toMatchObject({ withConditions: '1380', resolved: '1130' });
    }
  });

  it('sums a group across the 2^52 spill exactly', async () => {
    // 40 rows of one office with 999999999999999.999 đồng each: the sum needs the BigInt spill.
    const rows = Array.from({ length: 40 }, () => 'Mỹ Lộc,999999999999999.999,999999999999999.999');
    const file = join(dir, 'spill-2019.csv');
    writeFileSync(file, `district,money_with_conditions,money_resolved\n${rows.join('\n')}\n`);
    for (const reading of [{}, { split: 'thread' }, { split: 'worker' }] as const) {
      const before = fastPath.used;
      const { fast, reference } = await both(['summarize', file, '--format', 'json'], reading);
      expect(fastPath.used).toBe(before + 1);
      expect(fast).toEqual(reference);
      // 40 × 999999999999999.999 = 39999999999999999.96, worked out by hand
      expect(JSON.parse(fast.stdout).total.money.withConditions).toBe('39999999999999999.96');
    }
  });
});

/**
 * A report as a province department writes it by hand in Excel: sections and subtotals among
 * the rows (right, wrong, or heading nothing), "-" for zero, numbers grouped by spaces, padded
 * cells, header cells wrapped over lines, no office column (a report by province, an office's own
 * file), signature lines, rows that break a relation, and now and then a cell the reference
 * refuses. Both readers must print the same bytes; most such files must take the fast path.
 */
function randomReport(seed: number): { path: string; args: string[]; sections: number } {
  const r = rng(seed * 7_919 + 11);
  const delimiter = r.pick([',', ';', ';']);
  const eol = r.pick(['\n', '\r\n']);
  const vi = delimiter === ';';
  /** a file with a cell the reference refuses, now and then */
  const bad = r.chance(0.08);
  const byProvince = r.chance(0.15);
  const ownFile = !byProvince && r.chance(0.1);
  const stt = !ownFile && r.chance(0.8);
  const fields = ['with_conditions', 'completed', 'terminated', 'in_progress'] as const;
  const labels: Record<(typeof fields)[number], string> = { with_conditions: 'có điều kiện', completed: 'thi hành xong', terminated: 'đình chỉ', in_progress: 'đang thi hành' };
  const wrap = (label: string) => (r.chance(0.3) ? `"${label.replace(' ', eol === '\r\n' ? '\r\n' : '\n')}"` : label);
  const header = [...(stt ? ['STT'] : []), ...(byProvince ? ['Tỉnh'] : ownFile ? [] : ['Đơn vị']), ...fields.map((f) => wrap(`Việc ${labels[f]}`)), ...fields.map((f) => wrap(`Tiền ${labels[f]}`))];
  const money = (n: number) => {
    const whole = String(n);
    if (vi && r.chance(0.3)) return whole.replace(/\B(?=(\d{3})+(?!\d))/g, r.pick([' ', '\u00a0', '.']));
    return whole;
  };
  const cell = (n: number, isMoney: boolean) => {
    if (n === 0 && r.chance(0.5)) return r.pick(['-', '', '–', ' - ']);
    if (bad && r.chance(0.05)) return r.pick(['-5', '12%', '(3)', 'abc', '1e3']);
    const text = isMoney ? money(n) : String(n);
    return r.chance(0.05) ? ` ${text} ` : text.includes(delimiter) || text.includes(' ') ? `"${text}"` : text;
  };
  const figures = (): number[] => {
    const parts = [0, 0].map(() => fields.slice(1).map(() => (r.chance(0.15) ? 0 : r.int(400))));
    // money in đồng of a few hundred thousand ("123.456": either convention) or of millions (settles it)
    const scale = r.chance(0.5) ? 1000 : 1;
    const row = parts.flatMap((p, m) => (m ? p.map((x) => (x * 1000 + (x === 0 ? 0 : 1 + r.int(999))) * scale) : p)).flatMap((x, k, all) => (k % 3 === 0 ? [all.slice(k, k + 3).reduce((a, b) => a + b, 0), x] : [x]));
    if (r.chance(0.05)) row[1] = row[1]! + row[0]! + 1; // completed above with conditions
    return row;
  };
  const line = (sttCell: string, name: string, v: number[]) => [...(stt ? [sttCell] : []), ...(ownFile ? [] : [name]), ...v.map((x, k) => cell(x, k >= 4))].join(delimiter);
  const lines: string[] = [];
  if (r.chance(0.5)) lines.push(`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ${delimiter.repeat(r.chance(0.5) ? header.length - 1 : 0)}`);
  if (r.chance(0.5)) lines.push('Đơn vị tính: nghìn đồng');
  lines.push(header.join(delimiter));
  const names = byProvince ? ['Hà Nội', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Tuyên Quang', 'Lào Cai'] : ['Mỹ Lộc', 'Vụ Bản', 'Ý Yên', 'Nam Trực', 'Trực Ninh', 'Phòng THADS khu vực 1', 'Phòng THADS khu vực 2', 'Hải Hậu'];
  const SECTION_NAMES = ['Các Chi cục THADS', 'Cấp tỉnh', 'Các Phòng THADS khu vực', 'Cộng khối huyện', 'II. Các Chi cục', 'Khối huyện', 'Phòng THADS khu vực'];
  let sections = 0;
  let n = 0;
  const body: { text: string; v: number[] | null }[] = [];
  const count = 1 + r.int(ownFile ? 2 : 10);
  for (let i = 0; i < count; i++) {
    if (!ownFile && r.chance(0.25)) {
      // a section row: over the next k rows (written once they are known), or heading nothing
      const k = 1 + r.int(3);
      const rows = Array.from({ length: k }, () => figures());
      const sum = rows.reduce((a, row) => a.map((x, j) => x + row[j]!), new Array(8).fill(0) as number[]);
      if (r.chance(0.2)) sum[0] = sum[0]! + 1;
      const roman = r.pick(['I', 'II', 'III', 'A', '']);
      body.push({ text: line(roman, roman === '' || r.chance(0.5) ? r.pick(SECTION_NAMES) : r.pick(names), sum), v: null });
      sections++;
      for (const row of rows) body.push({ text: line(String(++n), r.pick(names), row), v: row });
      continue;
    }
    const v = figures();
    body.push({ text: line(String(++n), r.pick(names), v), v });
  }
  const all = body.filter((b) => b.v).reduce((a, b) => a.map((x, j) => x + b.v![j]!), new Array(8).fill(0) as number[]);
  const total = line('', r.pick(['Tổng cộng', 'Toàn tỉnh', 'Cộng']), all.map((x, j) => (j === 0 && r.chance(0.1) ? x + 1 : x)));
  if (!ownFile && r.chance(0.4)) lines.push(total);
  lines.push(...body.map((b) => b.text));
  if (!ownFile && r.chance(0.3)) lines.push(total);
  if (r.chance(0.3)) lines.push([...(stt ? [''] : []), ...(ownFile ? [] : ['Người lập biểu']), '', 'CỤC TRƯỞNG'].join(delimiter));
  const name = ownFile ? `${r.pick(['Mỹ Lộc', 'Phòng THADS khu vực 3'])} - 2019.csv` : `report-${seed}-2019.csv`;
  const path = join(dir, name);
  writeFileSync(path, (r.chance(0.2) ? '\ufeff' : '') + lines.join(eol) + eol);
  const args = ['summarize', path, ...r.pick([['--format', 'json'], ['--format', 'csv', '--by', 'province,district'], ['--format', 'json', '--by', 'none']])];
  if (r.chance(0.1)) args.push('--accept-total-mismatch');
  return { path, args, sections };
}

describe('fast path on reports written by hand', () => {
  it('prints the same bytes as the reference reader on 400 random reports with sections, dashes, spaces, wrapped headers and no office column', async () => {
    const before = { used: fastPath.used, gaveUp: fastPath.gaveUp };
    let withSections = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const { args, sections } = randomReport(seed);
      const reading = readingFor(seed);
      const usedBefore = fastPath.used;
      const { fast, reference } = await both(args, reading);
      expect({ seed, reading, ...fast }).toEqual({ seed, reading, ...reference });
      if (sections > 0 && fastPath.used > usedBefore) withSections++;
    }
    // Most take the fast path, sections included (400 files: 248 summed, 157 of them with
    // sections; 4,000 files once by hand: 2,388 and 1,472, all agreeing); a refused cell, an
    // ambiguous number, or a forced split of a file with sections hands one back.
    expect(fastPath.used - before.used).toBeGreaterThan(200);
    expect(withSections).toBeGreaterThan(80);
    expect(fastPath.gaveUp - before.gaveUp).toBeGreaterThan(5);
  }, 300_000);
});

describe('fast path on transcoded files (UTF-16, windows-1258)', () => {
  /** As a UTF-16 file with its mark, or windows-1258 (Vietnamese as Windows spells it) read with --encoding. */
  const ENCODINGS = [
    { name: 'utf-16le', flags: [] as string[], bytes: (text: string) => utf16(text, 'le') },
    { name: 'utf-16be', flags: [] as string[], bytes: (text: string) => utf16(text, 'be') },
    { name: 'windows-1258', flags: ['--encoding', 'windows-1258'], bytes: (text: string) => windows1258(text) },
  ];
  /** for the random files only: tcvn3 as iconv-lite writes it (precomposed letters, so NFC first) */
  const RANDOM_ENCODINGS = [...ENCODINGS, { name: 'tcvn3', flags: ['--encoding', 'tcvn3'], bytes: (text: string) => iconv.encode(text.normalize('NFC'), 'tcvn') }];

  it(`prints the same bytes as the reference reader on ${FILES / 4} random files in UTF-16 LE, BE, windows-1258 and tcvn3`, async () => {
    const before = { used: fastPath.used, gaveUp: fastPath.gaveUp };
    let encoded = 0;
    for (let seed = 1; seed <= FILES / 4; seed++) {
      const { path, args } = randomFile(seed);
      const bytes = readFileSync(path);
      // the random files' invalid bytes and UTF-16 marks stand for what they are in UTF-8
      if (!isUtf8(bytes) || bytes[0] === 0xfe || bytes[0] === 0xff) continue;
      const encoding = RANDOM_ENCODINGS[seed % RANDOM_ENCODINGS.length]!;
      const recoded = encoding.bytes(bytes.toString('utf8').replace(/^\ufeff/, ''));
      if (recoded === null) continue;
      writeFileSync(path, recoded);
      encoded++;
      const reading = readingFor(seed);
      const { fast, reference } = await both([...args, ...encoding.flags], { chunkBytes: reading.chunkBytes ?? DEFAULTS.chunkBytes });
      expect({ seed, encoding: encoding.name, reading, ...fast }).toEqual({ seed, encoding: encoding.name, reading, ...reference });
    }
    expect(encoded).toBeGreaterThan(FILES / 5);
    expect(fastPath.used - before.used).toBeGreaterThan(FILES / 20);
    expect(fastPath.gaveUp - before.gaveUp).toBeGreaterThan(FILES / 20);
  }, 120_000);

  // An emoji and a 4-byte CJK character in office names (surrogate pairs in UTF-16), Vietnamese
  // names (windows-1258: tone marks as combining bytes), "\r\n": all cut by reads of a few bytes.
  const HEADER = 'STT;Tỉnh;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
  const ROWS = ['1;Nam Định;Hải Hậu 😀;589;300;1.234.567,5;1.000.000', '2;Nam Định;Chi cục 𠀀 Mỹ Lộc;12;7;0;0', '3;Nam Định;Thuỷ Nguyên;8;8;5,25;5,25', '4;Nam Định;Hải Hậu 😀;1;1;2;2'];
  const text = (emoji: boolean) => ['BÁO CÁO THI HÀNH ÁN DÂN SỰ;;;;;;', 'Đơn vị tính: nghìn đồng;;;;;;', HEADER, ...ROWS].map((l) => (emoji ? l : l.replace(/ [😀𠀀]/gu, ''))).join('\r\n') + '\r\n';

  it.each(ENCODINGS.map((e) => [e.name, e] as const))('%s: reads of 1 to 7 bytes, code units, surrogate pairs and "\\r\\n" cut: the same bytes, on the fast path', async (name, encoding) => {
    const file = join(dir, `transcoded-${name}-2019.csv`);
    writeFileSync(file, encoding.bytes(text(name !== 'windows-1258'))!);
    for (const chunkBytes of [1, 2, 3, 5, 7, DEFAULTS.chunkBytes]) {
      for (const args of [['summarize', file, '--format', 'json', '--by', 'district'], ['inspect', file]]) {
        const before = { used: fastPath.used, gaveUp: fastPath.gaveUp };
        const { fast, reference } = await both([...args, ...encoding.flags], { chunkBytes });
        expect({ chunkBytes, ...fast }).toEqual({ chunkBytes, ...reference });
        expect(fast.code).toBe(0);
        expect([fastPath.used - before.used, fastPath.gaveUp - before.gaveUp]).toEqual([1, 0]);
      }
    }
    // A file that would be split is scanned in one thread (its bytes are not UTF-8 to cut at a "\n").
    const parts = { inThread: fastPath.partsInThread, inWorker: fastPath.partsInWorker, used: fastPath.used };
    for (const split of ['thread', 'worker'] as const) {
      const { fast, reference } = await both(['summarize', file, '--format', 'json', ...encoding.flags], { split, chunkBytes: 5 });
      expect({ split, ...fast }).toEqual({ split, ...reference });
    }
    expect({ inThread: fastPath.partsInThread, inWorker: fastPath.partsInWorker, used: fastPath.used }).toEqual({ ...parts, used: parts.used + 2 });
    // Hải Hậu's two rows are one office, its name as the file spells it, in NFC.
    const { fast } = await both(['summarize', file, '--format', 'json', '--by', 'district', ...encoding.flags], { chunkBytes: 3 });
    const names = (JSON.parse(fast.stdout) as { groups: { district: string }[] }).groups.map((g) => g.district);
    expect(names).toContain(name === 'windows-1258' ? 'Hải Hậu' : 'Hải Hậu 😀');
    expect(names.length).toBe(3);
  });

  const W1258 = ['--encoding', 'windows-1258'];
  /** windows-1258 bytes of the text, then `edit` on them (as latin1 text: one character a byte) */
  const cp1258 = (edit: (bytes: string) => string) => () => Buffer.from(edit(windows1258(text(false))!.toString('latin1')), 'latin1');
  const INVALID = /^[^:]+-2019\.csv:\d+: error: invalid UTF-16(LE|BE) at byte \d+ \((a lone surrogate|the file ends inside a character)\) \[ENCODING_INVALID\]\n/;
  it.each([
    // what the reference reader says: the fast path gives up and leaves it to say it
    ['UTF-16 with an odd byte count', () => Buffer.concat([utf16(text(true), 'le'), Buffer.from([0x31])]), [], 'gaveUp', 1, INVALID],
    ['UTF-16 with a high surrogate alone', () => utf16(text(true).replace('😀', '\ud83d'), 'le'), [], 'gaveUp', 1, INVALID],
    ['UTF-16 with a low surrogate alone', () => utf16(text(true).replace('😀', '\ude00'), 'be'), [], 'gaveUp', 1, INVALID],
    ['UTF-16 with a NUL', () => utf16(text(true).replace('Thuỷ', 'Th\u0000uỷ'), 'le'), [], 'gaveUp', 1, /-2019\.csv:6: error: the file holds a NUL byte/],
    // --encoding is for a file without a mark; a mark wins over it, as in decode.ts (a file in the other byte order is read as its mark says)
    ['UTF-16 without a mark, with --encoding utf-16le', () => utf16(text(true), 'le').subarray(2), ['--encoding', 'utf-16le'], 'used', 0, /-2019\.csv:7: warning: office "Hải Hậu 😀" appears on 2 rows/],
    ['UTF-16 LE with --encoding utf-16be', () => utf16(text(true), 'le'), ['--encoding', 'utf-16be'], 'used', 0, /-2019\.csv:7: warning: office "Hải Hậu 😀" appears on 2 rows/],
    // read by the reference reader: it drops the second mark as it decodes
    ['UTF-16 with a second byte order mark', () => utf16(`\ufeff${text(true)}`, 'le'), [], 'gaveUp', 0, /-2019\.csv:7: warning: office "Hải Hậu 😀" appears on 2 rows/],
    // control characters are text to both readers: in a name, part of it; in a figure, a bad number at its line and column
    ['windows-1258 with control characters in a name', cp1258((t) => t.replace('Thu', 'T\u0001h\u001fu\u007f')), W1258, 'used', 0, /-2019\.csv:7: warning: office "Hải Hậu" appears on 2 rows/],
    ['windows-1258 with control characters in a figure', cp1258((t) => t.replace(';589;', ';5\u000289;')), W1258, 'gaveUp', 1, /-2019\.csv:4:4: error: cases with conditions "5\\x0289" is not a number \[BAD_NUMBER\]/],
    // 0x81 is no character in windows-1258: refused at its line (round 26b, 03: it was read as U+FFFD, exit 0)
    ['windows-1258 with bytes it lacks', cp1258((t) => t.replace('Thu', '\u00ec\u0081Thu')), W1258, 'gaveUp', 1, /-2019\.csv:6: error: invalid windows-1258 at byte \d+ \(81\): windows-1258 has no character for that byte \[ENCODING_INVALID\]/],
    // 0xEC alone is a combining acute; a CR alone ends a line for csv-parse
    ['windows-1258 with a combining mark alone', cp1258((t) => t.replace('Thu', '\u00ecThu')), W1258, 'used', 0, /-2019\.csv:7: warning: office "Hải Hậu" appears on 2 rows/],
    ['windows-1258 with a CR alone', cp1258((t) => t.replace('\r\n3;', '\r3;')), W1258, 'gaveUp', 0, /-2019\.csv:7: warning: office "Hải Hậu" appears on 2 rows/],
  ] as const)('%s: the fast path says what the reference reader says, or leaves it to it', async (name, bytes, flags, path, code, says) => {
    const file = join(dir, `bad-${name.replace(/\W+/g, '-')}-2019.csv`);
    writeFileSync(file, bytes());
    for (const chunkBytes of [1, 3, DEFAULTS.chunkBytes]) {
      const before = { used: fastPath.used, gaveUp: fastPath.gaveUp };
      const { fast, reference } = await both(['summarize', file, '--format', 'json', ...flags], { chunkBytes });
      expect({ chunkBytes, ...fast }).toEqual({ chunkBytes, ...reference });
      expect({ chunkBytes, code: fast.code, used: fastPath.used - before.used, gaveUp: fastPath.gaveUp - before.gaveUp }).toEqual({ chunkBytes, code, used: path === 'used' ? 1 : 0, gaveUp: path === 'gaveUp' ? 1 : 0 });
      expect(fast.stderr).toMatch(says);
    }
  });
});
