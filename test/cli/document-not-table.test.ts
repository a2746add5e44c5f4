// A PDF, an old Office file (.xls or .doc) or a picture given as a CSV: "invalid UTF-8 … pass
// --encoding windows-1258" sent the user to an encoding that would read garbage (traps21 8: a PDF
// in the data folder of `check data/*`). Now the message says what the file is.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-document-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(name: string, bytes: number[]): Promise<{ code: number; out: string }> {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(bytes));
  const { io, stdout, stderr } = memoryIo(['check', file], { env: {} });
  const code = await main(io);
  return { code, out: (stdout() + stderr()).split(file).join('FILE') };
}
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('a document or a picture given as a table', () => {
  it.each([
    ['bao-cao-2019.csv', [...ascii('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a], 'FILE:2: error: invalid UTF-8 at byte 10 (E2 E3 CF D3): the file is a PDF document, not a table in text [ENCODING_INVALID]'],
    ['bao-cao-2019.csv', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'FILE:1: error: invalid UTF-8 at byte 0 (D0 CF 11 E0): the file is an old Office document (an Excel 97–2003 workbook, .xls, or a Word .doc), not a table in text [ENCODING_INVALID]'],
    ['bao-cao-2019.csv', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'FILE:1: error: invalid UTF-8 at byte 0 (89 50 4E 47): the file is a PNG image, not a table in text [ENCODING_INVALID]'],
    ['bao-cao-2019.csv', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'FILE:1: error: invalid UTF-8 at byte 0 (FF D8 FF E0): the file is a JPEG image, not a table in text [ENCODING_INVALID]'],
  ])('%s: said what it is', async (name, bytes, said) => {
    const r = await check(name, bytes as number[]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(said);
    expect(r.out).not.toContain('--encoding windows-1258');
  });

  it('control: text in another encoding keeps its message', async () => {
    const r = await check('windows-1258-2019.csv', [...ascii('STT,'), 0xd0, 0xf5, 0x6e, ...ascii(' v'), 0xf2, 0x0a]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('FILE:1: error: invalid UTF-8 at byte 4');
    expect(r.out).toContain('--encoding windows-1258');
  });
});
