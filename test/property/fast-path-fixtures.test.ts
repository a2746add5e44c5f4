// Every bundled fixture — the real-world export shapes, the bad inputs, the check fixtures —
// prints the same bytes (stdout, stderr, exit code) with the fast path as with the reference
// reader alone, in the formats and groupings that reach the most code; and again re-encoded
// as Excel and Windows save it (UTF-16 LE and BE with a byte order mark; windows-1258, and
// tcvn3 and latin1 where they can spell the text, read with --encoding), where the fast path
// transcodes (src/input/fast/transcode.ts): each takes the fast path exactly when its UTF-8
// twin does.
import { isUtf8 } from 'node:buffer';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { ROOT, runThads, type RunResult } from '../helpers/cli.js';
import { utf16, windows1258 } from '../helpers/encode.mjs';

function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? csvFiles(path) : name.endsWith('.csv') ? [relative(ROOT, path)] : [];
  });
}

const FILES = csvFiles(join(ROOT, 'fixtures')).sort();
const ARGS = [
  ['--format', 'json'],
  ['--format', 'csv', '--by', 'province,district'],
];

afterEach(() => {
  fastPath.enabled = true;
});

/** The fast path's run and the reference reader's, and whether the fast path summed the file. */
async function both(args: string[]): Promise<{ fast: RunResult; reference: RunResult; used: boolean }> {
  const before = { used: fastPath.used, gaveUp: fastPath.gaveUp };
  fastPath.enabled = true;
  const fast = await runThads(args);
  const used = fastPath.used - before.used;
  const gaveUp = fastPath.gaveUp - before.gaveUp;
  expect(used + gaveUp, 'one verdict per file (none: not read)').toBeLessThanOrEqual(1);
  fastPath.enabled = false;
  const reference = await runThads(args);
  fastPath.enabled = true;
  return { fast, reference, used: used === 1 };
}

describe('fast path on the bundled fixtures', () => {
  it('finds the fixtures', () => {
    expect(FILES.length).toBeGreaterThan(30);
  });

  it.each(FILES)('%s: same output with and without the fast path', async (file) => {
    for (const args of ARGS) {
      fastPath.enabled = true;
      const fast = await runThads(['summarize', file, ...args]);
      fastPath.enabled = false;
      const reference = await runThads(['summarize', file, ...args]);
      expect(fast).toEqual(reference);
    }
  });

  it('takes the fast path on some of them', async () => {
    const before = fastPath.used;
    await runThads(['summarize', 'fixtures/2019.csv', '--format', 'json']);
    expect(fastPath.used).toBe(before + 1);
  });
});

describe('fast path on the bundled fixtures, re-encoded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-fixtures-encoded-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The fixture's text: UTF-8 without its mark, or the windows-1258 fixture decoded; null: not text (invalid-utf8.csv). */
  const textOf = (file: string): string | null => {
    const bytes = readFileSync(join(ROOT, file));
    if (file.includes('windows-1258')) return iconv.decode(bytes, 'windows-1258');
    return isUtf8(bytes) ? bytes.toString('utf8').replace(/^\ufeff/, '') : null;
  };
  /** iconv-lite's bytes, if they decode to the text again (latin1 has no Vietnamese; tcvn3 no combining circumflex: NFC) */
  const codepage = (encoding: string, text: string) => {
    const bytes = iconv.encode(text, encoding);
    return iconv.decode(bytes, encoding) === text ? bytes : null;
  };
  const ENCODINGS = [
    { name: 'utf-16le', flags: [], bytes: (text: string) => utf16(text, 'le') },
    { name: 'utf-16be', flags: [], bytes: (text: string) => utf16(text, 'be') },
    { name: 'windows-1258', flags: ['--encoding', 'windows-1258'], bytes: windows1258 },
    { name: 'tcvn3', flags: ['--encoding', 'tcvn3'], bytes: (text: string) => codepage('tcvn', text.normalize('NFC')) },
    { name: 'latin1', flags: ['--encoding', 'latin1'], bytes: (text: string) => codepage('latin1', text) },
  ] as const;
  /** fixtures an encoding cannot spell: left out of that encoding only */
  const cannot: Record<string, string[]> = { 'windows-1258': [], tcvn3: [], latin1: [] };
  const counts = { used: 0, handedBack: 0, inspected: 0, notText: [] as string[] };

  it.each(FILES)('%s: same output with and without the fast path, in UTF-16 LE, BE, windows-1258, tcvn3, latin1', async (file) => {
    const text = textOf(file);
    if (text === null) {
      counts.notText.push(file);
      return;
    }
    // The UTF-8 twin: where the fast path stands on the text itself.
    const twin = join(dir, 'utf-8', file);
    mkdirSync(dirname(twin), { recursive: true });
    writeFileSync(twin, text);
    const twinUsed = (await both(['summarize', twin, ...ARGS[0]!])).used;
    for (const encoding of ENCODINGS) {
      const bytes = encoding.bytes(text);
      if (bytes === null) {
        cannot[encoding.name]!.push(file);
        continue;
      }
      // Same folder and file name: the year and office in file names still count.
      const path = join(dir, encoding.name, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      for (const args of ARGS) {
        const { fast, reference, used } = await both(['summarize', path, ...encoding.flags, ...args]);
        expect({ file, encoding: encoding.name, args, ...fast }).toEqual({ file, encoding: encoding.name, args, ...reference });
        expect({ file, encoding: encoding.name, used }).toEqual({ file, encoding: encoding.name, used: twinUsed });
        if (used) counts.used++;
        else counts.handedBack++;
      }
      const { fast, reference } = await both(['inspect', path, ...encoding.flags]);
      expect(fast).toEqual(reference);
      // What `thads inspect` says of a file it can read: the encoding, and how it was chosen.
      if (fast.code === 0) {
        expect(fast.stdout).toContain(`encoding:      ${encoding.name} (${encoding.flags.length ? '--encoding' : 'byte order mark'})`);
        counts.inspected++;
      }
    }
  });

  it('took the fast path on many of them, and left out only what is not text', () => {
    expect(counts.notText).toEqual(['fixtures/bad/invalid-utf8.csv']);
    expect({ 'windows-1258': cannot['windows-1258'], tcvn3: cannot.tcvn3 }).toEqual({ 'windows-1258': [], tcvn3: [] });
    expect(cannot.latin1!.length).toBeLessThan(FILES.length - 10); // files without Vietnamese letters
    expect(counts.used).toBeGreaterThan(150);
    expect(counts.handedBack).toBeGreaterThan(30);
    // (today: 232 runs summed, 124 handed back, 120 files inspected; latin1 spells 14 of 41)
    expect(counts.inspected).toBeGreaterThan(60);
  });
});
