// 2025 reports writing each Phòng THADS khu vực BELOW the former Chi cục "(cũ)" it took over on
// 1/7/2025 (round 66a, 05): 1, "Cộng Phòng THADS khu vực N" closing its parts numbered 1…4 — the
// four defunct Chi cục were printed and ranked as the offices, no Phòng (exit 0); 2, the Phòng's
// own row "I | Phòng THADS khu vực 1" below its one part — added beside it (600/540 for
// 300/270, exit 0). Now the Phòng are the offices, their parts checked against them (refused if
// they do not add up), as with the Phòng above them. Both readers agree. Figures by hand; target
// 83.9 % (2025).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { closingRegionalOffice, namesDistrictAfterMerger } from '../../src/input/by-enforcer.js';
import { HEADER, KV1, KV2, PARTS, READ, rows, TITLE, TOTAL } from '../helpers/former-parts-ninh-binh.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both, dir } = bothReaders('thads-former-below-', ['--format', 'csv']);



/** The report with each Phòng's row BELOW its parts: its STT and label before its name ("Cộng "), the parts' STT. */
const below = (kv: [string, string], label: string, stt: readonly string[], parts = PARTS) => [
  ...TITLE,
  HEADER,
  `${stt[0]};${parts[0]}`,
  `${stt[1]};${parts[1]}`,
  `${kv[0]};${label}${KV1}`,
  `${stt[2]};${parts[2]}`,
  `${stt[3]};${parts[3]}`,
  `${kv[1]};${label}${KV2}`,
  TOTAL,
];
const NUMBERED = ['1', '2', '3', '4'];
const VUBAN_180 = PARTS.map((p) => p.replace('Vụ Bản (cũ);200;190', 'Vụ Bản (cũ);200;180'));

describe('1: "Cộng Phòng THADS khu vực N" closing its "(cũ)" parts', () => {
  it('the finding\'s file: the Phòng are the offices, ranked of 2 (were: the four Chi cục, ranked of 4)', async () => {
    const r = await both('ninh-binh-2025.csv', below(['', ''], 'Cộng ', NUMBERED));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(READ);
  });

  it.each([
    ['upper case', 'CỘNG '],
    ['without diacritics', 'Cong '],
    ['"Tổng cộng"', 'Tổng cộng '],
    ['"Cộng:"', 'Cộng: '],
  ])('written %s: the same', async (_, label) => {
    const lines = below(['', ''], label, NUMBERED).map((l) => (label === 'CỘNG ' ? l.replace(/^;CỘNG Phòng THADS khu vực/, ';CỘNG PHÒNG THADS KHU VỰC') : l));
    const r = await both('ninh-binh-2025.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    const read = label === 'CỘNG ' ? [READ[0]!.replace('Phòng THADS khu vực 1', 'PHÒNG THADS KHU VỰC 1'), READ[1]!.replace('Phòng THADS khu vực 2', 'PHÒNG THADS KHU VỰC 2'), READ[2]] : READ;
    expect(rows(r.stdout)).toEqual(read);
  });

  it('parts without an STT, spelled "(cu)" and "cũ": the same', async () => {
    const parts = PARTS.map((p, i) => (i === 0 ? p.replace('Chi cục THADS huyện Mỹ Lộc (cũ)', 'Chi cuc THADS huyen My Loc (cu)') : i === 3 ? p.replace(' (cũ)', ' cũ') : p));
    const r = await both('ninh-binh-2025.csv', below(['', ''], 'Cộng ', ['', '', '', ''], parts));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('parts that do not add up to their "Cộng Phòng" are refused, located at it, naming the parts above it', async () => {
    // Vụ Bản 180 resolved: 270 + 180 = 450 ≠ 460 (the Tổng cộng left out: nothing else catches it)
    const r = await both('ninh-binh-2025.csv', below(['', ''], 'Cộng ', NUMBERED, VUBAN_180).slice(0, -1), ['--format', 'csv', '--number-format', 'vi']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts above it (lines 5–6): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
  });

  it('an xlsx of the report reads the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-2025.xlsx', below(['', ''], 'Cộng ', NUMBERED), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('an xlsx whose "Cộng Phòng" rows are =SUM over their parts reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of below(['', ''], 'Cộng ', NUMBERED)) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    // rows 7 and 10 are the Phòng's, over rows 5–6 and 8–9 (title 3 rows, header 1)
    for (const [row, from, to] of [[7, 5, 6], [10, 8, 9]] as const) {
      for (const col of ['C', 'D', 'E', 'F']) {
        const cell = ws.getCell(`${col}${row}`);
        cell.value = { formula: `SUM(${col}${from}:${col}${to})`, result: cell.value as number };
      }
    }
    const file = join(dir, 'ninh-binh-sum-2025.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    expect(code, stderr()).toBe(0);
    expect(rows(stdout())).toEqual(READ);
  });
});

describe('2: the Phòng\'s own row below its "(cũ)" parts', () => {
  it('one part, "I | Phòng THADS khu vực 1" below it: the Phòng alone (was 600/540, added beside it)', async () => {
    // 300/270 = 90,00 %
    const r = await both('roman-last-viec-2025.csv', ['STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Chi cục THADS huyện Mỹ Lộc (cũ);300;270', 'I;Phòng THADS khu vực 1;300;270']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 300/270 1/1', 'TOTAL 300/270']);
  });

  it.each([
    ['Roman I, II', ['I', 'II']],
    ['"I.", "II."', ['I.', 'II.']],
    ['without an STT', ['', '']],
  ])('numbered %s below parts numbered 1…4: the Phòng are the offices', async (_, kv) => {
    const r = await both('ninh-binh-2025.csv', below(kv as [string, string], '', NUMBERED));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('parts that do not add up to their Roman Phòng below are refused, located', async () => {
    const r = await both('ninh-binh-2025.csv', below(['I', 'II'], '', NUMBERED, VUBAN_180).slice(0, -1), ['--format', 'csv', '--number-format', 'vi']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts above it (lines 5–6)');
  });

  it('an xlsx of the Roman report reads the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-roman-2025.xlsx', below(['I', 'II'], '', NUMBERED), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('over-reach: files that look alike read as before', () => {
  const UNMARKED = PARTS.map((p) => p.replace(' (cũ)', ''));

  it('Chi cục NOT marked "(cũ)" closed by "Cộng Phòng THADS khu vực N": the Chi cục are the offices, the Cộng rows checked', async () => {
    // cases 270/300 = 90,00 %, 190/200 = 95,00 %, 350/400 = 87,50 %, 95/100 = 95,00 % → ranks 3, 1, 4, 1 of 4;
    // money 4.000/5.000 = 80,00 %, 2.500/3.000 = 83,33 %, 5.000/6.000 = 83,33 %, 900/1.000 = 90,00 % → 4, 2, 2, 1 of 4
    const r = await both('ninh-binh-2025.csv', below(['', ''], 'Cộng ', NUMBERED, UNMARKED));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'Chi cục THADS huyện Mỹ Lộc 300/270 3/4 5000000/4000000 4/4',
      'Chi cục THADS huyện Vụ Bản 200/190 1/4 3000000/2500000 2/4',
      'Chi cục THADS huyện Ý Yên 400/350 4/4 6000000/5000000 2/4',
      'Chi cục THADS huyện Nam Trực 100/95 1/4 1000000/900000 1/4',
      'TOTAL 1000/905 15000000/12400000',
    ]);
  });

  it('a 2019 Khối section closed below ("Cộng khối Chi cục"): its offices are the offices', async () => {
    // 50 + 300 + 200 = 550; 40 + 270 + 190 = 500; Vụ Bản 95,00 % > Mỹ Lộc 90,00 % > Văn phòng Cục 80,00 %
    const r = await both('khoi-viec-2019.csv', [
      'STT;Đơn vị;Có điều kiện;Giải quyết xong',
      '1;Văn phòng Cục;50;40', ';Cộng khối Cục;50;40',
      '2;Chi cục THADS huyện Mỹ Lộc;300;270', '3;Chi cục THADS huyện Vụ Bản;200;190', ';Cộng khối Chi cục;500;460',
      ';Tổng cộng;550;500',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Văn phòng Cục 50/40 3/3', 'Chi cục THADS huyện Mỹ Lộc 300/270 2/3', 'Chi cục THADS huyện Vụ Bản 200/190 1/3', 'TOTAL 550/500']);
  });

  it('"(cũ)" Chi cục closed by "Tổng cộng" only: the Chi cục are the offices', async () => {
    // 300 + 200 = 500, 270 + 190 = 460; Vụ Bản 95,00 % > Mỹ Lộc 90,00 %
    const r = await both('list-viec-2025.csv', ['STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Chi cục THADS huyện Mỹ Lộc (cũ);300;270', '2;Chi cục THADS huyện Vụ Bản (cũ);200;190', ';Tổng cộng;500;460']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Chi cục THADS huyện Mỹ Lộc (cũ) 300/270 2/2', 'Chi cục THADS huyện Vụ Bản (cũ) 200/190 1/2', 'TOTAL 500/460']);
  });

  it('the Phòng ABOVE its parts with "Cộng Phòng" below them too: read as before (the Phòng once, 500/460)', async () => {
    const r = await both('above-viec-2025.csv', ['STT;Đơn vị;Có điều kiện;Giải quyết xong', ';Phòng THADS khu vực 1;500;460', '1;Chi cục THADS huyện Mỹ Lộc (cũ);300;270', '2;Chi cục THADS huyện Vụ Bản (cũ);200;190', ';Cộng Phòng THADS khu vực 1;500;460']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 500/460 1/1', 'TOTAL 500/460']);
  });

  it('a Phòng numbered as an item ("3") below "(cũ)" rows it equals: refused as a suspected total, as before', async () => {
    const r = await both('item-viec-2025.csv', ['STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Chi cục THADS huyện Mỹ Lộc (cũ);300;270', '2;Chi cục THADS huyện Vụ Bản (cũ);200;190', '3;Phòng THADS khu vực 1;500;460']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['SUSPECTED_TOTAL_ROW']);
  });
});

describe('closingRegionalOffice', () => {
  it.each([
    ['', 'Cộng Phòng THADS khu vực 1', 'Phòng THADS khu vực 1'],
    ['', 'Tổng cộng Phòng Thi hành án dân sự khu vực 12', 'Phòng Thi hành án dân sự khu vực 12'],
    ['II', 'Phòng THADS khu vực 2', 'Phòng THADS khu vực 2'],
    ['', 'THADS khu vực 3', 'THADS khu vực 3'],
    ['3', 'Phòng THADS khu vực 1', null],
    ['', 'Cộng khối Chi cục', null],
    ['', 'Chi cục THADS huyện Mỹ Lộc', null],
    ['', 'Tổng cộng', null],
  ] as const)('%j %j → %j', (stt, name, expected) => {
    expect(closingRegionalOffice(stt, name, true, 2025)).toBe(expected);
  });

  it('no figures, or a year before the khu vực: none', () => {
    expect(closingRegionalOffice('', 'Cộng Phòng THADS khu vực 1', false, 2025)).toBeNull();
    expect(closingRegionalOffice('I', 'Phòng THADS khu vực 1', true, 2024)).toBeNull();
  });

  it('an item khu vực closes former districts from 2026 (none has months of its own; kvhunt-below), never in 2025, nor over a khu vực marked "(cũ)"', () => {
    const held = ['Huyện Tuy An (cũ)', 'Chi cục THADS huyện Đồng Xuân (cũ)'];
    expect(closingRegionalOffice('3', 'Phòng THADS khu vực 1', true, 2026, held)).toBe('Phòng THADS khu vực 1');
    expect(closingRegionalOffice('3', 'Phòng THADS khu vực 1', true, 2025, held)).toBeNull();
    expect(closingRegionalOffice('3', 'Phòng THADS khu vực 1', true, null, held)).toBeNull();
    expect(closingRegionalOffice('3', 'Phòng THADS khu vực 1', true, 2026, ['Phòng THADS khu vực 4 (cũ)'])).toBeNull();
    expect(closingRegionalOffice('3', 'Phòng THADS khu vực 1', true, 2026)).toBeNull();
  });
});

describe('namesDistrictAfterMerger', () => {
  it.each([
    ['Huyện Tuy An', 2026, true],
    ['Tuy An', 2026, true],
    ['Thị xã Sông Cầu', 2026, true],
    ['Huyện Tuy An', 2025, false],
    ['Huyện Tuy An', null, false],
    ['Phòng THADS khu vực 3', 2026, false],
    ['Văn phòng Cục', 2026, false],
    ['Phú Yên', 2026, false],
    ['Dân sự', 2026, false],
  ] as const)('%j in %j → %j', (name, year, expected) => {
    expect(namesDistrictAfterMerger(name, year)).toBe(expected);
  });
});
