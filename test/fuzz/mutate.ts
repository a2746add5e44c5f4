// Seeded mutations of CSV fixtures: the broken files real exports and careless edits produce.
// Deterministic for a seed, so a failing case can be replayed from its description.

import { mulberry32 } from '../helpers/mulberry32.mjs';

/** mulberry32: small, fast, good enough to pick mutations. */
export const prng = mulberry32;

export interface Rng {
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

export function rng(seed: number): Rng {
  const next = prng(seed);
  return {
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

type Mutation = (input: Buffer, r: Rng) => Buffer;

function insertAt(input: Buffer, at: number, bytes: Buffer | string): Buffer {
  const add = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return Buffer.concat([input.subarray(0, at), add, input.subarray(at)]);
}

/** Line- and cell-level edits work on text split naively on the file's likely delimiter. */
function editCells(input: Buffer, edit: (rows: string[][], r: Rng) => void, r: Rng): Buffer {
  const text = input.toString('utf8');
  const delimiter = [';', '\t', '|'].find((d) => text.split('\n', 1)[0]!.split(d).length > 2) ?? ',';
  const rows = text.split('\n').map((line) => line.split(delimiter));
  edit(rows, r);
  return Buffer.from(rows.map((cells) => cells.join(delimiter)).join('\n'), 'utf8');
}

const HUGE_FILLERS = ['9', 'x', '"', '1.234,5', 'Tổng cộng ', ',', '\n'];

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (b, r) => b.subarray(0, r.int(b.length + 1)),
  flipByte: (b, r) => {
    if (b.length === 0) return b;
    const out = Buffer.from(b);
    const i = r.int(out.length);
    out[i] = out[i]! ^ (1 << r.int(8));
    return out;
  },
  randomByte: (b, r) => insertAt(b, r.int(b.length + 1), Buffer.from([r.int(256)])),
  insertQuote: (b, r) => insertAt(b, r.int(b.length + 1), r.pick(['"', '""', '"x"', "'"])),
  insertDelimiter: (b, r) => insertAt(b, r.int(b.length + 1), r.pick([',', ';', '\t', '|', ',,'])),
  insertNewline: (b, r) => insertAt(b, r.int(b.length + 1), r.pick(['\n', '\r', '\r\n', '\n\n'])),
  insertNul: (b, r) => insertAt(b, r.int(b.length + 1), Buffer.from([0])),
  insertBom: (b, r) => insertAt(b, r.pick([0, 0, r.int(b.length + 1)]), r.pick([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])])),
  insertText: (b, r) =>
    insertAt(b, r.int(b.length + 1), r.pick(['-', '-5', '1e9', '12%', 'NaN', 'Infinity', '1.052', '1,052', '0,5', '(12)', ' ', 'Tổng cộng', 'Đơn vị tính: nghìn đồng', '\u00a0', '\ud83d\ude00', 'năm 2020'])),
  swapColumns: (b, r) =>
    editCells(b, (rows) => {
      const width = rows[0]!.length;
      const i = r.int(width);
      const j = r.int(width);
      for (const row of rows) [row[i], row[j]] = [row[j] ?? '', row[i] ?? ''];
    }, r),
  emptyCells: (b, r) =>
    editCells(b, (rows) => {
      for (let n = 1 + r.int(5); n > 0; n--) {
        const row = rows[r.int(rows.length)]!;
        row[r.int(row.length)] = '';
      }
    }, r),
  duplicateLine: (b, r) =>
    editCells(b, (rows) => {
      const i = r.int(rows.length);
      rows.splice(r.int(rows.length + 1), 0, rows[i]!.slice());
    }, r),
  deleteLine: (b, r) =>
    editCells(b, (rows) => {
      rows.splice(r.int(rows.length), 1);
    }, r),
  dropCell: (b, r) =>
    editCells(b, (rows) => {
      const row = rows[r.int(rows.length)]!;
      row.splice(r.int(row.length), 1);
    }, r),
  hugeField: (b, r) =>
    editCells(b, (rows) => {
      const row = rows[r.int(rows.length)]!;
      const filler = r.pick(HUGE_FILLERS);
      // Structural fillers (quotes, delimiters, newlines) make one record or field per repeat:
      // fewer of them keep the run fast; text fillers make one field of up to ~100 KB.
      const structural = /^[",\n]$/.test(filler);
      row[r.int(row.length)] = filler.repeat(structural ? 200 + r.int(2_000) : Math.ceil((20_000 + r.int(80_000)) / filler.length));
    }, r),
  hugeNumber: (b, r) =>
    editCells(b, (rows) => {
      const row = rows[r.int(rows.length)]!;
      row[1 + r.int(Math.max(1, row.length - 1))] = '9'.repeat(20 + r.int(400)) + r.pick(['', '.5', ',5', '.123456789012345678901234567890']);
    }, r),
  // Issue 13: odd encodings and line ends, controls and markup in names, lines shuffled.
  shuffleLines: (b, r) =>
    editCells(b, (rows) => {
      for (let i = rows.length - 1; i > 0; i--) {
        const j = r.int(i + 1);
        [rows[i], rows[j]] = [rows[j]!, rows[i]!];
      }
    }, r),
  controlsInName: (b, r) =>
    editCells(b, (rows) => {
      const row = rows[1 + r.int(Math.max(1, rows.length - 1))] ?? rows[0]!;
      const i = r.int(row.length);
      row[i] = `${row[i] ?? ''}${r.pick(['\x1b[31m', '\x1b]0;title\x07', '\u0001', '\u202e', '<script>', '|', '*_`', '\u009b', '\ufffe'])}`;
    }, r),
  lineEnds: (b, r) => {
    const text = b.toString('latin1');
    const to = r.pick(['\r\n', '\r', '\n\r']);
    return Buffer.from(text.replace(/\r?\n/g, to), 'latin1');
  },
  reencode: (b, r) => {
    const text = b.toString('utf8');
    switch (r.pick(['utf16le', 'utf16le-bom', 'utf16be-bom', 'latin1', 'bom-twice'] as const)) {
      case 'utf16le':
        return Buffer.from(text, 'utf16le');
      case 'utf16le-bom':
        return Buffer.from(`\ufeff${text}`, 'utf16le');
      case 'utf16be-bom':
        return Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
      case 'latin1':
        // what a "CSV" save from a Western Excel makes of Vietnamese: lossy, not UTF-8
        return Buffer.from(text, 'latin1');
      case 'bom-twice':
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), b]);
    }
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Big inputs: slower, so fewer of them (THADS_FUZZ_HEAVY). */
export const HEAVY_MUTATIONS: Record<string, Mutation> = {
  manyRows: (b, r) =>
    editCells(b, (rows) => {
      const body = rows.slice(1).filter((row) => row.some((c) => /\d/.test(c)));
      if (body.length === 0) return;
      // ~20,000 rows with distinct names: offices to sum, rank and print, findings to collapse.
      for (let i = 0; i < 20_000; i++) {
        const row = r.pick(body).slice();
        row[r.int(row.length)] = `${row[0]}-${i}`;
        rows.push(row);
      }
    }, r),
  blankLines: (b, r) => insertAt(b, r.pick([0, r.int(b.length + 1)]), r.pick(['\n', '\r\n', ',,,\n', ' \n']).repeat(1_000 + r.int(150_000))),
  wideHeader: (b, r) =>
    editCells(b, (rows) => {
      const extra = 1_000 + r.int(20_000);
      for (let i = 0; i < extra; i++) rows[0]!.push(`x${i}`);
    }, r),
};

export const HEAVY_MUTATION_NAMES = Object.keys(HEAVY_MUTATIONS);

/** One heavy mutation, then 0–1 light ones. */
export function mutateHeavy(input: Buffer, r: Rng): { bytes: Buffer; applied: string[] } {
  const name = r.pick(HEAVY_MUTATION_NAMES);
  const heavy = HEAVY_MUTATIONS[name]!(input, r);
  if (r.int(2) === 0) return { bytes: heavy, applied: [name] };
  const light = r.pick(MUTATION_NAMES);
  return { bytes: MUTATIONS[light]!(heavy, r), applied: [name, light] };
}

/** Applies 1–3 random mutations; returns the bytes and their names for the failure message. */
export function mutate(input: Buffer, r: Rng): { bytes: Buffer; applied: string[] } {
  let bytes = input;
  const applied: string[] = [];
  for (let n = 1 + r.int(3); n > 0; n--) {
    const name = r.pick(MUTATION_NAMES);
    bytes = MUTATIONS[name]!(bytes, r);
    applied.push(name);
  }
  return { bytes, applied };
}
