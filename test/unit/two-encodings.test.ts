// Files in two encodings, and bytes a codepage leaves undefined (round 26b, 03 and 06): a
// windows-1258 export with a row pasted from UTF-8 ("Đ" is C4 90, and windows-1258 has no 90)
// was read with U+FFFD in an office's name, a new office, exit 0; a UTF-8 file with a tail
// pasted from windows-1258 was refused with the hint "--encoding windows-1258", which then
// garbled its header (NO_HEADER). Both readers must print the same bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { windows1258 } from '../helpers/encode.mjs';

const dir = mkdtempSync(join(tmpdir(), 'thads-two-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];

async function run(command: string, file: string, args: readonly string[], fast: boolean) {
  const { io, stdout, stderr } = memoryIo([command, file, ...args], { env: {} });
  fastPath.enabled = fast;
  const before = fastPath.gaveUp;
  try {
    const code = await main(io);
    return { code, stdout: stdout(), stderr: stderr().split(file).join('FILE'), gaveUp: fastPath.gaveUp - before };
  } finally {
    fastPath.enabled = true;
  }
}

/** `command` on `bytes` through both readers, which must agree; the reference's result. */
async function both(name: string, bytes: Buffer, args: readonly string[] = ARGS, command = 'summarize') {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const { gaveUp: _r, ...reference } = await run(command, file, args, false);
  const { gaveUp, ...fast } = await run(command, file, args, true);
  expect(fast).toEqual(reference);
  return { ...reference, gaveUp };
}

const cp1258 = (lines: readonly string[]) => windows1258(lines.map((l) => `${l}\r\n`).join(''))!;
const utf8 = (lines: readonly string[]) => Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'utf8');

const HEAD = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong'];
const ROWS = ['1;Chi cục THADS huyện Đắk Đoa;1.234;1.000', '2;Chi cục THADS huyện Ia Grai;2.100;1.800', '3;Chi cục THADS thị xã An Khê;870;700'];
const PASTED = '4;Chi cục THADS huyện Đắk Đoa;10;5';

describe('a windows-1258 file with a row pasted from UTF-8 (03)', () => {
  it('the file without the pasted row reads right (tone marks as combining bytes)', async () => {
    const bytes = cp1258([...HEAD, ...ROWS]);
    expect(bytes.includes(0xf2)).toBe(true); // "ộ" etc.: a combining dot below
    const r = await both('cp1258-2019.csv', bytes, [...ARGS, '--encoding', 'windows-1258']);
    expect(r.code).toBe(0);
    // 1234 + 2100 + 870 = 4204; 1000 + 1800 + 700 = 3500
    const total = JSON.parse(r.stdout).total.cases;
    expect([total.withConditions, total.resolved]).toEqual(['4204', '3500']);
  });

  it('is refused at the pasted line, naming the byte and the two encodings, by summarize and check, never summed', async () => {
    const head = cp1258([...HEAD, ...ROWS]);
    const bytes = Buffer.concat([head, utf8([PASTED])]);
    // the 90 of "Đ" on line 6 (title, header, three offices, the pasted row)
    const at = head.length + Buffer.from('4;Chi cục THADS huyện Đ', 'utf8').length - 1;
    expect(bytes.subarray(at - 1, at + 1)).toEqual(Buffer.from([0xc4, 0x90]));
    const message = `FILE:6: error: invalid windows-1258 at byte ${at} (90): windows-1258 has no character for that byte; C4 90 is "Đ" in UTF-8: line 6 was written in UTF-8, and the file holds two encodings [ENCODING_INVALID]\n  hint: --encoding reads a whole file in one encoding: convert the lines written in UTF-8 to windows-1258, or the whole file to UTF-8 (export the table again as "CSV UTF-8" and leave out --encoding)\n`;
    const r = await both('pasted-2019.csv', bytes, [...ARGS, '--encoding', 'windows-1258']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: message, gaveUp: 1 });
    const c = await both('pasted-2019.csv', bytes, ['--year', '2019', '--encoding', 'windows-1258'], 'check');
    expect(c.code).toBe(1);
    expect(c.stdout + c.stderr).toContain(message.split('\n')[0]!.replace('FILE', ''));
  });

  it('an undefined byte past the first read (a 300 KB export) is found at its line by both readers', async () => {
    const offices = Array.from({ length: 7000 }, (_, i) => `${i + 1};Chi cục THADS huyện Số ${i + 1};3;2`);
    const head = cp1258([...HEAD, ...offices]);
    expect(head.length).toBeGreaterThan(1 << 18);
    const bytes = Buffer.concat([head, cp1258(['7001;Chi cục THADS huyện Cuối;3;2']).subarray(0, 5), Buffer.from([0x8d]), cp1258([';3;2'])]);
    const r = await both('big-2019.csv', bytes, [...ARGS, '--encoding', 'windows-1258']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`FILE:7003: error: invalid windows-1258 at byte ${head.length + 5} (8D): windows-1258 has no character for that byte [ENCODING_INVALID]\n  hint: the file is not windows-1258, or it is damaged there: check --encoding (UTF-8 needs none; tcvn3 is for old ABC-font documents)\n`);
  });
});

describe('a UTF-8 file with a tail pasted from windows-1258 (06)', () => {
  const head = utf8([...HEAD, ...ROWS.slice(0, 2)]);
  const bytes = Buffer.concat([head, cp1258(ROWS.slice(2))]);
  // the first byte that is not UTF-8 is on line 5: "3;Chi cu" then F2, the combining dot below of "ụ"
  const bad = head.length + '3;Chi cu'.length;
  const refusal = `FILE:5: error: invalid UTF-8 at byte ${bad} (F2 63 20 54): lines 1–4 are UTF-8, accented letters included, and line 5 is not: the file holds two encodings [ENCODING_INVALID]\n  hint: --encoding reads a whole file in one encoding, so none reads this one: convert line 5 and any other text that is not UTF-8 (pasted from a windows-1258 or TCVN3 file?) to UTF-8, or export the whole table again as "CSV UTF-8"\n`;

  it('is refused as two encodings, without the hint that leads in a circle', async () => {
    expect(bytes[bad]).toBe(0xf2);
    expect(await both('mixed-2019.csv', bytes)).toEqual({ code: 1, stdout: '', stderr: refusal, gaveUp: 1 });
  });

  it('…and with --encoding windows-1258, the same refusal (not "no header row found")', async () => {
    expect(await both('mixed-2019.csv', bytes, [...ARGS, '--encoding', 'windows-1258'])).toEqual({ code: 1, stdout: '', stderr: refusal, gaveUp: 1 });
  });
});

// A UTF-8 character whose bytes windows-1258 all defines ("đ" C4 91 reads "Ä‘", "ắ" E1 BA AF
// reads "áº¯", "–" E2 80 93 reads "â€“") made a new office's name, exit 0 (noticed in session 10).
describe('a windows-1258 file with UTF-8 pasted where every byte is defined', () => {
  const head = cp1258([...HEAD, ...ROWS]);
  const cases: [string, string, string][] = [
    ['đ', 'C4 91', 'Ä‘'],
    ['ư', 'C6 B0', 'Æ°'],
    ['ắ', 'E1 BA AF', 'áº¯'],
    ['–', 'E2 80 93', 'â€“'],
    ['\u00a0', 'C2 A0', 'Â\u00a0'],
  ];
  for (const [char, hex, asRead] of cases) {
    it(`"${char}" (${hex}) is refused at its line by both readers, summarize and check`, async () => {
      const row = `4;Chi cuc THADS huyen Dak Doa ${char} Gia Lai;10;5`;
      const bytes = Buffer.concat([head, utf8([row])]);
      const at = head.length + Buffer.from(row.slice(0, row.indexOf(char)), 'utf8').length;
      const message = `FILE:6: error: ${hex} at byte ${at} is "${char}" in UTF-8, which windows-1258 reads as "${asRead}": line 6 was written in UTF-8, and the file holds two encodings [ENCODING_INVALID]\n  hint: --encoding reads a whole file in one encoding: convert the lines written in UTF-8 to windows-1258, or the whole file to UTF-8 (export the table again as "CSV UTF-8" and leave out --encoding)\n`;
      expect(await both(`pasted-${hex.replaceAll(' ', '')}-2019.csv`, bytes, [...ARGS, '--encoding', 'windows-1258'])).toEqual({ code: 1, stdout: '', stderr: message, gaveUp: 1 });
      const c = await both(`pasted-${hex.replaceAll(' ', '')}-2019.csv`, bytes, ['--year', '2019', '--encoding', 'windows-1258'], 'check');
      expect(c.code).toBe(1);
    });
  }

  it('a pasted "ắ" cut by the fast path\'s read (a 300 KB export, and a file ending in it) is found by both', async () => {
    const offices = Array.from({ length: 7000 }, (_, i) => `${i + 1};Chi cục THADS huyện Số ${i + 1};3;2`);
    const big = cp1258([...HEAD, ...offices]);
    for (const cut of [0, 1, 2]) {
      // the lead at 2^18 − 2 + cut: across the first read's end for cut 0 and 1
      const pad = (1 << 18) - 2 + cut - big.length;
      const bytes = Buffer.concat([big.subarray(0, big.length + Math.min(pad, 0)), Buffer.from(';'.repeat(Math.max(pad, 0))), Buffer.from([0xe1, 0xba, 0xaf]), Buffer.from(';3;2\r\n')]);
      const r = await both(`cut${cut}-2019.csv`, bytes, [...ARGS, '--encoding', 'windows-1258']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('E1 BA AF at byte');
    }
    const end = await both('end-2019.csv', Buffer.concat([head, Buffer.from('4;Chi cuc THADS huyen Dak Doa;10;5\r\n5;x;1;1;đ')]), [...ARGS, '--encoding', 'windows-1258']);
    expect(end.code).toBe(1);
    expect(end.stderr).toContain('FILE:7: error: C4 91 at byte');
  });

  it('Vietnamese text in windows-1258 (every letter, upper and lower, every tone, beside its punctuation) still reads', async () => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    const letters = [...vowels].flatMap((v) => tones.map((t) => (v + t).normalize('NFC')));
    // Ă and Â without a tone end no syllable ("ăn", "ân"): Ă before "–" would be C3 96 (U+00D6)
    const syllables = letters.map((l) => (l === 'ă' || l === 'â' ? `${l}n` : l));
    const words = [...syllables, ...syllables.map((l) => l.toUpperCase()), 'đ', 'Đ'];
    // each letter before the page's punctuation bytes: – — ’ ” … and a no-break space
    const names = words.map((w, i) => `${i + 1};Chi cục THADS số ${i + 1} ${w}–${w}—${w}’${w}”${w}…${w}\u00a0${w};3;2`);
    const bytes = cp1258([...HEAD, ...names]);
    const r = await both('alphabet-2019.csv', bytes, [...ARGS, '--encoding', 'windows-1258']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.withConditions).toBe(String(3 * words.length));
  });
});
