// A 2025 table of a merged province's former Chi cục, each marked "(cũ)", Tỉnh "Bạc Liêu" on every
// row: "Hòa Bình (cũ)" is Bạc Liêu's huyện Hòa Bình, not the former PROVINCE Hòa Bình (merged into
// Phú Thọ), so no section over the next office (round 83a 04: SECTION_ROW_MISMATCH, exit 1). A bare
// former province's name under a Tỉnh cell naming another province, not its successor, is that
// province's office; under its successor ("Nam Định (cũ)" under "Ninh Bình"), its own name or no
// Tỉnh column it stays the former province's section (round 82a 05). Both readers, xlsx.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook as xlsx } from '../helpers/lines-workbook.js';

const { both, dir } = bothReaders('thads-former-mark-district-', ['--format', 'csv']);

const HEADER = 'STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong';

/** Each row of a summary by office: province, office, cases with conditions, resolved, rate. */
function table(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n');
  const cols = head!.split(',');
  const at = (row: string[], name: string) => row[cols.indexOf(name)]!;
  return rows.map((r) => r.split(',')).map((r) => [at(r, 'province'), at(r, 'district'), at(r, 'cases_with_conditions'), at(r, 'cases_resolved'), at(r, 'cases_rate')].join('|'));
}

const ROLLED_BAC_LIEU =
  'FILE:2: warning: the rows of "Bạc Liêu" are counted as Cà Mau\'s: Nghị quyết 202/2025/QH15 merged Bạc Liêu into Cà Mau from 1/7/2025, and a report of year 2025 counts by the 34 provinces [PROVINCE_ROLLED_UP]\n' +
  '  hint: a report of 2025 or later counts by the 34 provinces; write the province as it has been named since 1/7/2025, or, for a report of a period before that day, state the period in the title\n';

const TP = (n: number, p = 'Bạc Liêu') => `${n},${p},TP Bạc Liêu (cũ),761,520`;
const HB = (n: number, p = 'Bạc Liêu', name = 'Hòa Bình (cũ)') => `${n},${p},${name},547,428`;
const DH = (n: number, p = 'Bạc Liêu') => `${n},${p},Đông Hải (cũ),702,451`;

// By hand: 761 + 547 + 702 = 2010 with conditions, 520 + 428 + 451 = 1399 resolved, 1399 / 2010 = 69.602… → 69.60;
// each: 520 / 761 = 68.33, 428 / 547 = 78.24, 451 / 702 = 64.25.
const TOTAL = '|TOTAL|2010|1399|69.60';
const rowsOf = (name = 'Hòa Bình (cũ)') => ['Cà Mau|TP Bạc Liêu (cũ)|761|520|68.33', `Cà Mau|${name}|547|428|78.24`, 'Cà Mau|Đông Hải (cũ)|702|451|64.25'];

describe('83a 04: "Hòa Bình (cũ)" under Tỉnh "Bạc Liêu" is its huyện Hòa Bình (was SECTION_ROW_MISMATCH, exit 1)', () => {
  it('middle row, as the finding: three offices, 2010 / 1399 = 69.60 %', async () => {
    const r = await both('bc-viec-2025.csv', [HEADER, TP(1), HB(2), DH(3)]);
    expect(r.stderr).toBe(ROLLED_BAC_LIEU);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual([...rowsOf(), TOTAL]);
  });

  it('first row (was refused: 547 is not 761 + 702): the same three offices', async () => {
    const r = await both('bc-viec-2025.csv', [HEADER, HB(1), TP(2), DH(3)]);
    expect(r.code).toBe(0);
    expect(table(r.stdout).at(-1)).toBe(TOTAL);
    expect(table(r.stdout)).toHaveLength(4);
  });

  it('last row (read right before too): the same', async () => {
    const r = await both('bc-viec-2025.csv', [HEADER, TP(1), DH(2), HB(3)]);
    expect(r.code).toBe(0);
    expect(table(r.stdout).at(-1)).toBe(TOTAL);
  });

  it.each(['Hoa Binh (cu)', 'HÒA BÌNH (CŨ)', 'Hòa Bình cũ', 'Hòa Bình (trước sáp nhập)'])('spelled "%s": the same', async (name) => {
    const r = await both('bc-viec-2025.csv', [HEADER, TP(1), HB(2, 'Bạc Liêu', name), DH(3)]);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual([...rowsOf(name), TOTAL]);
  });

  it.each(['Cà Mau', 'Bạc Liêu (cũ)', 'Tỉnh Bạc Liêu', 'Bac Lieu'])('Tỉnh cell "%s" (the successor, or marked): the same total', async (p) => {
    const r = await both('bc-viec-2025.csv', [HEADER, TP(1, p), HB(2, p), DH(3, p)]);
    expect(r.code).toBe(0);
    expect(table(r.stdout).at(-1)).toBe(TOTAL);
  });

  it('with a Cà Mau Phòng khu vực of its own below: added, 2010 + 150 = 2160, 1399 + 100 = 1499, 1499 / 2160 = 69.398… → 69.40', async () => {
    const r = await both('bc-viec-2025.csv', [HEADER, TP(1, 'Cà Mau'), HB(2, 'Cà Mau'), DH(3, 'Cà Mau'), '4,Cà Mau,Phòng THADS khu vực 5,150,100']);
    expect(r.code).toBe(0);
    expect(table(r.stdout).at(-1)).toBe('|TOTAL|2160|1499|69.40');
  });

  it('Quảng Bình\'s huyện "Quảng Ninh (cũ)" (was refused the same): Quảng Trị\'s offices, 2010 / 1399', async () => {
    const r = await both('bc-viec-2025.csv', [HEADER, '1,Quảng Bình,Đồng Hới (cũ),761,520', '2,Quảng Bình,Quảng Ninh (cũ),547,428', '3,Quảng Bình,Lệ Thủy (cũ),702,451']);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(['Quảng Trị|Đồng Hới (cũ)|761|520|68.33', 'Quảng Trị|Quảng Ninh (cũ)|547|428|78.24', 'Quảng Trị|Lệ Thủy (cũ)|702|451|64.25', TOTAL]);
  });

  it('an xlsx of the table: the same', async () => {
    const r = await xlsx(dir, 'bc-viec-2025.xlsx', [HEADER, TP(1), HB(2), DH(3)].map((l) => l.replace(/,/g, ';')), ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual([...rowsOf(), TOTAL]);
  });
});

describe('controls: the former province stays a section where nothing says otherwise', () => {
  // Hòa Bình (cũ) 300 / 200 = 200 + 100 / 150 + 50 (its offices), Vĩnh Phúc (cũ) 500 / 400 = its one office:
  // offices 200 + 100 + 500 = 800, 150 + 50 + 400 = 600, 600 / 800 = 75.00
  const PHU_THO = [
    HEADER, '1,Phú Thọ,Hòa Bình (cũ),300,200', '1.1,Phú Thọ,Chi cục THADS huyện Lạc Sơn,200,150', '1.2,Phú Thọ,Chi cục THADS huyện Mai Châu,100,50',
    '2,Phú Thọ,Vĩnh Phúc (cũ),500,400', '2.1,Phú Thọ,Chi cục THADS huyện Tam Dương,500,400',
  ];
  const OFFICES = ['Phú Thọ|Chi cục THADS huyện Lạc Sơn|200|150|75.00', 'Phú Thọ|Chi cục THADS huyện Mai Châu|100|50|50.00', 'Phú Thọ|Chi cục THADS huyện Tam Dương|500|400|80.00', '|TOTAL|800|600|75.00'];

  it('"Hòa Bình (cũ)" under its successor "Phú Thọ": a section over its offices, 800 / 600 = 75.00 %', async () => {
    const r = await both('bc-viec-2025.csv', PHU_THO);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(table(r.stdout)).toEqual(OFFICES);
  });

  it('its sum wrong (310 for 200 + 100): still refused at its line as a section', async () => {
    const r = await both('bc-viec-2025.csv', PHU_THO.map((l) => l.replace('Hòa Bình (cũ),300', 'Hòa Bình (cũ),310')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:4: error: line 2 "Hòa Bình (cũ)" heads the rows below it as a section, but its cases with conditions 310 is not the sum of the rows below it (300); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  it('no Tỉnh column: the former provinces\' sections as before, 800 / 600', async () => {
    const r = await both('bc-viec-2025.csv', PHU_THO.map((l) => l.replace(',Phú Thọ,', ',').replace('STT,Tỉnh,', 'STT,')));
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(OFFICES);
  });

  it('"Nam Định (cũ)" under Tỉnh "Ninh Bình", its successor: a section, 200 + 100 = 300, 150 + 50 = 200, 66.67 %', async () => {
    const r = await both('bc-viec-2025.csv', [HEADER, '1,Ninh Bình,Nam Định (cũ),300,200', '1.1,Ninh Bình,Chi cục THADS huyện Mỹ Lộc,200,150', '1.2,Ninh Bình,Chi cục THADS huyện Vụ Bản,100,50']);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(['Ninh Bình|Chi cục THADS huyện Mỹ Lộc|200|150|75.00', 'Ninh Bình|Chi cục THADS huyện Vụ Bản|100|50|50.00', '|TOTAL|300|200|66.67']);
  });

  it('"Tỉnh Hòa Bình (cũ)" under Tỉnh "Bạc Liêu" says it is the province: a section, refused as before', async () => {
    const r = await both('bc-viec-2025.csv', [HEADER, '1,Bạc Liêu,Tỉnh Hòa Bình (cũ),300,200', '2,Bạc Liêu,Đông Hải (cũ),100,50']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:4: error: line 2 "Tỉnh Hòa Bình (cũ)" heads the rows below it as a section');
  });

  it('the same Chi cục unmarked under Tỉnh "Bạc Liêu": read as before, 2010 / 1399', async () => {
    const r = await both('bc-viec-2025.csv', [HEADER, TP(1), HB(2, 'Bạc Liêu', 'Hòa Bình'), DH(3)]);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual([...rowsOf('Hòa Bình'), TOTAL]);
  });
});
