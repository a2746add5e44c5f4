// A unit line whose label lost a letter to a code page (tester's work66c/01): an old template's
// unit cell typed in .VnTime ("§¬n vÞ tÝnh: ViÖc; ngh×n ®ång") saved by Excel as "CSV (Comma
// delimited)" in windows-1258, which has no byte for TCVN3's "Þ" (ị): Excel writes "?". Read with
// --encoding windows-1258 the line is "Đơn v? tính: Việc; nghìn đồng" and was dropped: money in
// đồng, 1000× too small, exit 0. units.ts now lets a label's letter be "?" / U+FFFD (its unit
// words not): the line is read where its unit is legible, refused UNIT_UNREADABLE where it is not.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders, type Run } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-lost-letter-unit-', ['--format', 'csv']);

/** Named cells of the CSV output's total row. */
function pick(stdout: string, names: readonly string[]): string[] {
  const lines = stdout.trim().split('\n');
  const columns = lines[0]!.split(',');
  const total = lines[lines.length - 1]!.split(',');
  return names.map((n) => total[columns.indexOf(n)]!);
}
const MONEY = ['money_with_conditions', 'money_completed', 'money_resolved', 'money_rate'];
const CASES = ['cases_with_conditions', 'cases_resolved', 'cases_rate'];

// The tester's three Chi cục of Nam Định, 2019; money with đồng as 3 decimals ("9.565.824,266").
const ROWS = [
  '1,Chi cục THADS huyện Mỹ Lộc,586,520,13,533,"9.565.824,266","7.194.245,234","634.044,111","181.445,605","8.009.734,950"',
  '2,Chi cục THADS huyện Vụ Bản,655,611,19,630,"16.389.337,399","13.086.832,295","1.077.528,862","325.678,557","14.490.039,714"',
  '3,Chi cục THADS huyện Ý Yên,298,266,10,276,"9.770.951,678","7.917.400,545","305.181,036","162.662,647","8.385.244,228"',
];
/** The form, its unit cell (G3) `unit`, as a UTF-8 CSV. */
function form(unit: string): string[] {
  return [
    'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,,',
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,,,,,',
    `,,,,,,"${unit}",,,,`,
    'STT,Đơn vị,Về việc,,,,Về tiền,,,,',
    ',,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong,Có điều kiện,Thi hành xong,Đình chỉ,Giảm,Giải quyết xong',
    ...ROWS,
  ];
}
// By hand, in nghìn đồng: with conditions 9.565.824,266 + 16.389.337,399 + 9.770.951,678 =
// 35.726.113,343 → 35.726.113.343 đồng; completed 7.194.245,234 + 13.086.832,295 + 7.917.400,545
// = 28.198.478,074 → 28.198.478.074 đồng; resolved 8.009.734,950 + 14.490.039,714 + 8.385.244,228
// = 30.885.018,892 → 30.885.018.892 đồng; 30.885.018,892 / 35.726.113,343 = 0,864494… → 86.45 %.
const IN_THOUSANDS = ['35726113343', '28198478074', '30885018892', '86.45'];
// Cases, whatever the unit: 586 + 655 + 298 = 1.539; 533 + 630 + 276 = 1.439; 1.439 / 1.539 = 0,935023… → 93.50 %.
const CASE_TOTALS = ['1539', '1439', '93.50'];
const WARNING = (raw: string, read: string) =>
  `FILE:3:7: warning: text typed in an old ABC font (.VnTime, TCVN3) was read as the Vietnamese it shows, first at line 3: "${raw}" is "${read}" [LEGACY_FONT_TEXT]\n` +
  '  hint: convert the sheet\'s old ABC fonts to Unicode (Unikey: "Chuyển mã", TCVN3 (ABC) → Unicode) and check the text it shows\n';

/** windows-1258's byte of each character (Node's own decoder), and tones as its combining marks. */
const BYTES = new Map<string, number>();
for (let b = 0; b < 256; b++) BYTES.set(new TextDecoder('windows-1258').decode(Uint8Array.of(b)), b);
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** `line` as Excel writes it on Vietnamese Windows: a letter cp1258 lacks as its base letter then its tone ("ệ" → ê + U+0323). */
function cp1258(line: string): Buffer {
  const out: number[] = [];
  for (const ch of line.normalize('NFC')) {
    const nfd = ch.normalize('NFD');
    const base = [...nfd].filter((c) => !TONE.test(c)).join('').normalize('NFC');
    for (const c of BYTES.has(ch) ? [ch] : [base, ...[...nfd].filter((m) => TONE.test(m))]) out.push(BYTES.get(c)!);
  }
  return Buffer.from(out);
}

/** `summarize FILE …args` on raw bytes through both readers, which must agree; the reference's result. */
async function bothOnBytes(name: string, bytes: Buffer, args: readonly string[]): Promise<Run> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const run = async (fast: boolean): Promise<Run> => {
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...args], { env: {} });
    fastPath.enabled = fast;
    try {
      const code = await main(io);
      return { code, stdout: stdout(), stderr: stderr().split(file).join('FILE') };
    } finally {
      fastPath.enabled = true;
    }
  };
  const reference = await run(false);
  expect(await run(true)).toEqual(reference);
  return reference;
}

describe('the tester\'s file: a .VnTime unit cell saved as windows-1258 (work66c/01)', () => {
  it('reads money in nghìn đồng (was đồng: 35.726.113,343, exit 0)', async () => {
    // Line 3 as Excel writes it: TCVN3 bytes, "Þ" lost to "?", "Ý" decomposed (Y + 0xEC, cp1258's combining acute).
    const unitLine = Buffer.from([...Buffer.from(',,,,,,', 'latin1'), 0xa7, 0xac, ...Buffer.from('n v? tY', 'latin1'), 0xec, ...Buffer.from('nh: Vi', 'latin1'), 0xd6, ...Buffer.from('c; ngh', 'latin1'), 0xd7, ...Buffer.from('n ', 'latin1'), 0xae, 0xe5, ...Buffer.from('ng,,,,', 'latin1')]);
    const bytes = Buffer.concat(form('').flatMap((line, i) => [i === 2 ? unitLine : cp1258(line), Buffer.from('\r\n')]));
    const r = await bothOnBytes('bao-cao-2019.csv', bytes, ['--format', 'csv', '--encoding', 'windows-1258']);
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(IN_THOUSANDS);
    expect(pick(r.stdout, CASES)).toEqual(CASE_TOTALS);
    expect(r.stderr).toBe(WARNING('§¬n v? tÝnh: ViÖc; ngh×n ®ång', 'Đơn v? tính: Việc; nghìn đồng'));
  });
});

describe('a unit label with a lost letter is read when its unit words are legible', () => {
  it.each([
    // the same cell in a CSV UTF-8, "Þ" already lost
    ['§¬n v? tÝnh: ViÖc; ngh×n ®ång', IN_THOUSANDS],
    // "Ý" lost too, the other unit spelling
    ['§¬n v? t?nh: 1.000 ®ång', IN_THOUSANDS],
    // typed in Unicode, then saved through a code page; without diacritics; U+FFFD of a bad byte
    ['Đơn v? tính: Việc; nghìn đồng', IN_THOUSANDS],
    ['Don v? tinh: nghin dong', IN_THOUSANDS],
    ['(Đơn v? tính: 1.000 đồng)', IN_THOUSANDS],
    // × 10^6: 35.726.113,343 triệu = 35.726.113.343.000 đồng; 28.198.478.074.000; 30.885.018.892.000
    ['Đơn v\uFFFD tính: triệu đồng', ['35726113343000', '28198478074000', '30885018892000', '86.45']],
    // a cases part that lost a letter beside a legible money unit
    ['Đơn vị tính: Vi?c; nghìn đồng', IN_THOUSANDS],
  ])('%j', async (unit, money) => {
    const r = await both('bao-cao-2019.csv', form(unit));
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(money);
    expect(pick(r.stdout, CASES)).toEqual(CASE_TOTALS);
  });

  it('reads the label and its value in two cells ("Đơn v? tính:" | "nghìn đồng")', async () => {
    const lines = form('');
    lines[2] = ',,,,,,Đơn v? tính:,nghìn đồng,,,';
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(IN_THOUSANDS);
  });
});

describe('…and refused when the unit words lost a letter too', () => {
  it.each([
    ['Đơn v? tính: Việc; ngh?n đồng'],
    ['Đơn v? tính: ???'],
    // "??ng" of "đồng" folded to "ng" and was read as nghìn (exit 0, 1000× off if it was đồng)
    ['Đơn vị tính: ??ng'],
    // U+FFFD of a bad byte in the unit word
    ['Đơn vị tính: 1.000 \uFFFDồng'],
  ])('%j: UNIT_UNREADABLE at the unit cell', async (unit) => {
    const r = await both('bao-cao-2019.csv', form(unit));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `FILE:3:7: error: the unit line "${unit}" names a money unit thads cannot read [UNIT_UNREADABLE]\n` +
        '  hint: write the unit as the forms do ("Đơn vị tính: nghìn đồng", "(triệu đồng)", "(đồng)"), or pass --money-unit dong|thousand|million|billion\n',
    );
  });
});

describe('over-reach: a "?" that is no lost letter changes nothing', () => {
  it('a question in a note line, and an office label asking, leave money in đồng', async () => {
    const lines = form('');
    lines[2] = 'Ghi chú: số liệu đã đối chiếu với sổ chưa?,,,,,,Đơn vị: Chi cục nào chưa gửi?,,,,';
    const r = await both('bao-cao-2019.csv', lines);
    // By hand, in đồng (no unit): 9.565.824,266 + 16.389.337,399 + 9.770.951,678 = 35.726.113,343;
    // completed 28.198.478,074; resolved 30.885.018,892; 86.45 %.
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(['35726113.343', '28198478.074', '30885018.892', '86.45']);
    expect(pick(r.stdout, CASES)).toEqual(CASE_TOTALS);
    expect(r.stderr).toBe('');
  });

  it('a cases-only unit line that lost a letter of its label reads as before', async () => {
    const r = await both('bao-cao-viec-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019',
      'Đơn v? tính: Việc',
      'STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ',
      '1,Chi cục THADS huyện Mỹ Lộc,586,520,13',
      '2,Chi cục THADS huyện Vụ Bản,655,611,19',
    ]);
    // By hand: 586 + 655 = 1.241 có điều kiện; (520 + 13) + (611 + 19) = 1.163 xong; 1.163 / 1.241 = 0,937147… → 93.71 %.
    expect(r.code).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(['1241', '1163', '93.71']);
  });

  it('an ordinary Unicode unit line is read as before', async () => {
    const r = await both('bao-cao-2019.csv', form('Đơn vị tính: Việc; nghìn đồng'));
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(IN_THOUSANDS);
    expect(r.stderr).toBe('');
  });
});
