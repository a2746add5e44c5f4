// A damaged UTF-16 file (Excel "Unicode Text" cut short by a copy, or holding a lone surrogate
// from a broken paste) was refused as "the file cannot be decoded as utf-16le" with no line and
// no byte: nothing told where to look. It is now located, at its line and byte (input/decode.ts).
// Byte offsets are worked out by hand: the byte order mark is 2 bytes, every character of these
// lines is one UTF-16 code unit, 2 bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-utf16-damaged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// "Unicode Text": TAB-separated, CRLF. Lines: 1 title, 2 unit line, 3 header, 4–5 offices, 6 total.
const LINES = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ TIỀN NĂM 2019',
  'Đơn vị tính: nghìn đồng',
  'STT\tĐơn vị\tCó điều kiện\tThi hành xong',
  '1\tMỹ Lộc\t1000\t600',
  '2\tVụ Bản\t2000\t900',
  '\tTổng cộng\t3000\t1500',
];
const TEXT = LINES.map((l) => `${l}\r\n`).join('');

const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const be = (text: string) => Buffer.from(le(text).toString('hex').replace(/(..)(..)/g, '$2$1'), 'hex');

function run(name: string, bytes: Buffer) {
  writeFileSync(join(dir, name), bytes);
  return spawnThads(['summarize', name, '--format', 'csv'], { cwd: dir });
}

describe('a damaged UTF-16 file is refused at its line and byte', () => {
  it('a lone high surrogate in "600" of line 4 (LE)', () => {
    // before it: lines 1–3 with their CRLFs, then "1\tMỹ Lộc\t1000\t6" (15 characters)
    const before = LINES.slice(0, 3).reduce((n, l) => n + l.length + 2, 0) + '1\tMỹ Lộc\t1000\t6'.length;
    const r = run('lone-le.txt', le(TEXT.replace('\t600', '\t6\ud83d00')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`lone-le.txt:4: error: invalid UTF-16LE at byte ${2 + 2 * before} (a lone surrogate) [ENCODING_INVALID]`);
  });

  it('a lone low surrogate in "Vụ Bản" of line 5 (BE)', () => {
    const before = LINES.slice(0, 4).reduce((n, l) => n + l.length + 2, 0) + '2\tVụ'.length;
    const r = run('lone-be.txt', be(TEXT.replace('Vụ Bản', 'Vụ\ude00 Bản')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`lone-be.txt:5: error: invalid UTF-16BE at byte ${2 + 2 * before} (a lone surrogate) [ENCODING_INVALID]`);
  });

  it('an odd byte count: the file ends inside a character, after the last line (line 7)', () => {
    const bytes = le(TEXT);
    const r = run('odd.txt', Buffer.concat([bytes, Buffer.from([0x31])]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`odd.txt:7: error: invalid UTF-16LE at byte ${bytes.length} (the file ends inside a character) [ENCODING_INVALID]`);
  });

  it('a last line without its line end, cut inside its last character', () => {
    const bytes = le(TEXT.slice(0, -2));
    const r = run('cut.txt', bytes.subarray(0, bytes.length - 1));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cut.txt:6: error: invalid UTF-16LE at byte ${bytes.length - 2} (the file ends inside a character) [ENCODING_INVALID]`);
  });
});

describe('controls: whole UTF-16 files are read as before', () => {
  // 1000 + 2000 = 3000 and 600 + 900 = 1500 nghìn đồng
  it.each([['whole-le.txt', le(TEXT)], ['whole-be.txt', be(TEXT)]])('%s: 3,000,000 / 1,500,000 đồng', (name, bytes) => {
    const r = run(name, bytes);
    expect(r.stderr).toContain('YEAR_UNKNOWN');
    expect(r.code).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
    expect([total[head!.indexOf('money_with_conditions')], total[head!.indexOf('money_completed')]]).toEqual(['3000000', '1500000']);
  });
});
