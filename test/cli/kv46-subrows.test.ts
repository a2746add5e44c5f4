// A province's 2026 report (statistics year 1/10/2025 – 30/9/2026, the Chi cục replaced by the
// numbered Phòng THADS khu vực on 1/7/2025) listing a khu vực's former districts as sub-rows under
// it. A former district has no figures of its own that year: its rows are the khu vực's breakdown.
// Was:
//  - a list without any STT, a bare place ("Vụ Bản", "Mỹ Lộc") right under "Phòng THADS khu vực 1"
//    read as one more office, its figures added on top of the khu vực's: a wrong TOTAL, exit 0
//    (with a "Tổng cộng" the DECLARED_TOTAL_MISMATCH refused it; numbered khu vực took an
//    unnumbered bare place for a part already; "Huyện Mỹ Lộc" was refused NOT_AN_OFFICE);
//  - "2.1 | Vụ Bản", "2.2 | Mỹ Lộc" (or "Huyện …") under "2 | Phòng THADS khu vực 1", adding up to
//    it exactly, refused NOT_AN_OFFICE (exit 1); so was a numbered khu vực over an unnumbered "Vụ
//    Bản" and "Huyện Mỹ Lộc" (the first read as a part, the second as an office).
// Right: the numbered sub-items, and an unnumbered "Huyện …" under a numbered khu vực, are its
// parts, checked against its row (OFFICE_SUBTOTAL_MISMATCH when they do not add up), never added
// (by-enforcer.ts numbersFormerPart, read-csv.ts enforcerRow); a bare place read as an office right
// under a khu vực in a list without STT is refused NOT_AN_OFFICE at its office cell (collect.ts).
// By hand (cases: tổng thụ lý, có điều kiện, giải quyết xong):
//   1 THADS tỉnh Ninh Bình (Văn phòng)   1.500  1.200    900
//   2 Phòng THADS khu vực 1              2.000  1.600  1.200
//     Vụ Bản                             1.200  1.000    700
//     Mỹ Lộc                               800    600    500   (1.200 + 800 = 2.000, 1.000 + 600 =
//                                                               1.600, 700 + 500 = 1.200: khu vực 1's)
//   3 Phòng THADS khu vực 2              1.000    800    640
//     Tổng cộng                          4.500  3.600  2.740
//   right TOTAL: 1.500 + 2.000 + 1.000 = 4.500; 1.200 + 1.600 + 800 = 3.600; 900 + 1.200 + 640 =
//   2.740; 2.740 / 3.600 = 0,76111… → 76,11 %.
//   Mỹ Lộc written 900 / 700 / 500 (not adding up): old reading without STT or total 1.500 + 2.000
//   + 1.200 + 900 + 1.000 = 6.600; 1.200 + 1.600 + 1.000 + 700 + 800 = 5.300; 900 + 1.200 + 700 +
//   500 + 640 = 3.940. One "Vụ Bản" with khu vực 1's own figures 2.000 / 1.600 / 1.200: old reading
//   1.500 + 2.000 + 2.000 + 1.000 = 6.500; 1.200 + 1.600 + 1.600 + 800 = 5.200; 900 + 1.200 +
//   1.200 + 640 = 3.940.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, writeSheetsWorkbook } from '../helpers/lines-workbook.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const ARGS = ['--format', 'csv'];
const readers = bothReaders('thads-kv46-', ARGS);

const head = (year: number, agency = 'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH') => [
  `\ufeff${agency};;;;`,
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${year};;;;`,
  'Đơn vị tính: việc;;;;',
  'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong',
];
const table = (rows: string[][], year = 2026, agency?: string) => [...head(year, agency), ...rows.map((r) => r.join(';'))];

const OWN = (stt = '1') => [stt, 'THADS tỉnh Ninh Bình', '1.500', '1.200', '900'];
const KV1 = (stt = '2', name = 'Phòng THADS khu vực 1') => [stt, name, '2.000', '1.600', '1.200'];
const KV2 = (stt = '3') => [stt, 'Phòng THADS khu vực 2', '1.000', '800', '640'];
const VB = (stt = '', name = 'Vụ Bản') => [stt, name, '1.200', '1.000', '700'];
const ML = (stt = '', name = 'Mỹ Lộc') => [stt, name, '800', '600', '500'];
const ML_OFF = (stt = '', name = 'Mỹ Lộc') => [stt, name, '900', '700', '500'];
const TOTAL = ['', 'Tổng cộng', '4.500', '3.600', '2.740'];

/** The TOTAL row's cases: total, with conditions, resolved, rate. */
function totalOf(stdout: string): string[] {
  const [first, ...body] = stdout.trim().split('\n');
  const keys = first!.split(',');
  const c = body.find((l) => l.split(',')[keys.indexOf('district')] === 'TOTAL')!.split(',');
  return ['cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => c[keys.indexOf(k)]!);
}
const RIGHT = ['4500', '3600', '2740', '76.11'];
const errors = (stderr: string) => stderrCodes(stderr).filter((c) => c !== 'YEAR_UNKNOWN' && c !== 'TARGET_UNMATCHED');

describe('fault 1: a bare former district under a khu vực in a 2026 list without STT', () => {
  it('through the real binary: "Vụ Bản", "Mỹ Lộc" not adding up to khu vực 1 — refused at their office cells, exit 1 (was TOTAL 6.600 / 5.300 / 3.940, exit 0)', () => {
    const file = readers.write('Ninh Binh 2026.csv', table([OWN(''), KV1(''), VB(), ML_OFF(), KV2('')]));
    const r = spawnThads(['summarize', file, ...ARGS]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    // lines 1–4 title, report, unit, header; 5 own office; 6 khu vực 1; 7 Vụ Bản; 8 Mỹ Lộc; column 2 the office's
    expect(r.stderr).toMatch(/Ninh Binh 2026\.csv:7:2: error: "Vụ Bản" names a former district right under a Phòng THADS khu vực's row, in a report of 2026 .*\[NOT_AN_OFFICE\]/);
    expect(r.stderr).toMatch(/Ninh Binh 2026\.csv:8:2: error: "Mỹ Lộc" names a former district/);
    expect(errors(r.stderr)).toEqual(['NOT_AN_OFFICE', 'NOT_AN_OFFICE']);
  });

  const shapes: [string, string[][], string[]][] = [
    ['one "Vụ Bản" with exactly khu vực 1\'s figures (was 6.500 / 5.200 / 3.940)', [OWN(''), KV1(''), ['', 'Vụ Bản', '2.000', '1.600', '1.200'], KV2('')], ['Vụ Bản']],
    ['under "Phòng Thi hành án dân sự khu vực 1" written in full', [OWN(''), KV1('', 'Phòng Thi hành án dân sự khu vực 1'), VB(), ML_OFF(), KV2('')], ['Vụ Bản', 'Mỹ Lộc']],
    ['under "PTHADS KV1"', [OWN(''), KV1('', 'PTHADS KV1'), VB(), ML_OFF(), KV2('')], ['Vụ Bản', 'Mỹ Lộc']],
  ];
  for (const [name, body, refused] of shapes) {
    it(`${name}: both readers refuse, NOT_AN_OFFICE`, async () => {
      const r = await readers.both('Ninh Binh 2026.csv', table(body));
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(errors(r.stderr)).toEqual(refused.map(() => 'NOT_AN_OFFICE'));
      for (const n of refused) expect(r.stderr).toContain(`"${n}" names a former district right under a Phòng THADS khu vực's row`);
    });
  }

  it('the xlsx twin (no STT, not adding up): refused, never summed', async () => {
    const rows = [OWN(''), KV1(''), VB(), ML_OFF(), KV2('')];
    const r = await summarizeSheet('Ninh Binh 2026.xlsx', rows);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['NOT_AN_OFFICE', 'NOT_AN_OFFICE']);
  });

  it('a numbered khu vực over "Vụ Bản" and "Huyện Mỹ Lộc" without STT adding up to it: its parts, read 4.500 / 3.600 / 2.740 by both readers (was refused, the second read as an office)', async () => {
    const r = await readers.both('Ninh Binh 2026.csv', table([OWN(), KV1(), VB(), ML('', 'Huyện Mỹ Lộc'), KV2(), TOTAL]));
    expect(r.code, r.stderr).toBe(0);
    expect(totalOf(r.stdout)).toEqual(RIGHT);
  });
});

describe('fault 2: sub-items "2.1", "2.2" under "2 | Phòng THADS khu vực 1" in a 2026 report', () => {
  it('through the real binary: "2.1 | Vụ Bản", "2.2 | Mỹ Lộc" adding up to it — read, the khu vực once: 4.500 / 3.600 / 2.740 (was NOT_AN_OFFICE, exit 1)', () => {
    const file = readers.write('Ninh Binh 2026 sub.csv', table([OWN(), KV1(), VB('2.1'), ML('2.2'), KV2(), TOTAL]));
    const r = spawnThads(['summarize', file, ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(errors(r.stderr)).toEqual([]);
    expect(totalOf(r.stdout)).toEqual(RIGHT);
    // khu vực 1 its own row: 1.200 / 1.600 = 75,00 %; no row "Vụ Bản" or "Mỹ Lộc"
    expect(r.stdout).toMatch(/^Ninh Bình,Phòng THADS khu vực 1,.*,2000,.*,1600,.*,1200,,75\.00,/m);
    expect(r.stdout).not.toMatch(/Vụ Bản|Mỹ Lộc/);
  });

  it.each([
    ['bare places', [VB('2.1'), ML('2.2')]],
    ['"Huyện Vụ Bản", "Huyện Mỹ Lộc"', [VB('2.1', 'Huyện Vụ Bản'), ML('2.2', 'Huyện Mỹ Lộc')]],
    ['without a "Tổng cộng"', [VB('2.1'), ML('2.2')], false],
  ])('%s: both readers read 4.500 / 3.600 / 2.740', async (_, parts, total = true) => {
    const r = await readers.both('Ninh Binh 2026.csv', table([OWN(), KV1(), ...(parts as string[][]), KV2(), ...(total ? [TOTAL] : [])]));
    expect(r.code, r.stderr).toBe(0);
    expect(totalOf(r.stdout)).toEqual(RIGHT);
  });

  it('not adding up ("2.2 | Mỹ Lộc" 900 / 700 / 500): refused by both readers at khu vực 1\'s row, OFFICE_SUBTOTAL_MISMATCH, never summed', async () => {
    const r = await readers.both('Ninh Binh 2026.csv', table([OWN(), KV1(), VB('2.1'), ML_OFF('2.2'), KV2(), TOTAL]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
    // line 6: khu vực 1; its parts on lines 7 and 8
    expect(r.stderr).toMatch(/^FILE:6: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts.*\(lines 7[–-]8\)/m);
  });

  it('the xlsx twin (STT written as text "2.1", "2.2"): read 4.500 / 3.600 / 2.740', async () => {
    const r = await summarizeSheet('Ninh Binh 2026 sub.xlsx', [OWN(), KV1(), VB('2.1'), ML('2.2'), KV2(), TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(totalOf(r.stdout)).toEqual(RIGHT);
  });
});

describe('controls', () => {
  it('a 2026 khu vực report without sub-rows: 4.500 / 3.600 / 2.740, with or without STT', async () => {
    for (const stt of [true, false]) {
      const r = await readers.both('Ninh Binh 2026.csv', table([OWN(stt ? '1' : ''), KV1(stt ? '2' : ''), KV2(stt ? '3' : ''), TOTAL]));
      expect(r.code, r.stderr).toBe(0);
      expect(totalOf(r.stdout)).toEqual(RIGHT);
    }
  });

  it('the "(cũ)" parts without STT under khu vực 1: read as before, 4.500 / 3.600 / 2.740', async () => {
    const r = await readers.both('Ninh Binh 2026.csv', table([OWN(''), KV1(''), VB('', 'Vụ Bản (cũ)'), ML('', 'Mỹ Lộc (cũ)'), KV2('')]));
    expect(r.code, r.stderr).toBe(0);
    expect(totalOf(r.stdout)).toEqual(RIGHT);
  });

  it('a 2019 district report with "2.1", "2.2" under a Chi cục: refused NOT_AN_OFFICE as before (a breakdown\'s line)', async () => {
    const C = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
    const body = [['1', 'Văn phòng Cục', '1.500', '1.200', '900'], ['2', 'Chi cục THADS huyện Vụ Bản', '2.000', '1.600', '1.200'], ['2.1', 'Thị trấn Gôi', '1.200', '1.000', '700'], ['2.2', 'Xã Liên Minh', '800', '600', '500'], ['3', 'Chi cục THADS huyện Mỹ Lộc', '1.000', '800', '640'], TOTAL];
    const r = await readers.both('Nam Dinh 2019.csv', table(body, 2019, C));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    expect(r.stderr).toMatch(/^FILE:7:1: error: "Thị trấn Gôi" is numbered "2\.1", a sub-item of item 2/m);
  });

  it('a 2025 report (the merger year: a former Chi cục may have months of its own to 30/6/2025) without STT: read as before, every row an office — 6.600 / 5.300 / 3.940', async () => {
    const r = await readers.both('Ninh Binh 2025.csv', table([OWN(''), KV1(''), VB(), ML_OFF(), KV2('')], 2025));
    expect(r.code, r.stderr).toBe(0);
    expect(totalOf(r.stdout).slice(0, 3)).toEqual(['6600', '5300', '3940']);
  });
});

/** `summarize` on a workbook of the table's rows (title lines as text, "1.234" figures as numbers, STT kept as text). */
async function summarizeSheet(name: string, rows: string[][], year = 2026) {
  const cells = [...head(year).map((l) => l.replace('\ufeff', '').split(';').map((c) => (c === '' ? null : c))), ...rows.map((r) => r.map((c, i) => (c === '' ? null : i >= 2 ? Number(c.replace(/\./g, '')) : c)))];
  const file = await writeSheetsWorkbook(readers.dir, name, { Sheet1: cells });
  const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr() };
}
