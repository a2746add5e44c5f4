// Two false refusals of reports by province/office (round of wip-sections):
// 1. "Tỉnh Hà Tây" written without "(cũ)" as a section of Hà Nội's report: Hà Tây has been no
//    province since 2008 (Nghị quyết 15/2008/QH12), so in a report of 2008 on its name can only be
//    the former one, a group of Hà Nội's offices as "Tỉnh Hà Tây (cũ)" is (earlierMerger). In 2007
//    it was a province of its own, and with no year the era is unknown: refused as before.
// 2. A year column's cell written as a form's field ("Năm thống kê 2026", "Năm báo cáo: 2026")
//    was refused BAD_NUMBER although "Năm 2026" was read: one rule, yearOfCell.
// Both readers agree.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earlierMerger } from '../../src/domain/provinces.js';
import { namesGroupOnly, provinceOfSection } from '../../src/input/row-labels.js';
import { yearOfCell } from '../../src/input/stated-years.js';
import { haNoiFive, haNoiReport } from '../helpers/ha-noi-report.js';
import { bothReaders, runArgs } from '../helpers/both-readers.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const { both } = bothReaders('thads-section-year-', ['--format', 'csv']);

/** Each row of a summary by office: province, office, year, cases with conditions, resolved, rate. */
function table(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n');
  const cols = head!.split(',');
  const at = (row: string[], name: string) => row[cols.indexOf(name)]!;
  return rows.map((r) => r.split(',')).map((r) => ['province', 'district', 'year', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((c) => at(r, c)).join('|'));
}

const HA_TAY = { former: 'Hà Tây', successor: 'Hà Nội', year: 2008 };

describe('earlierMerger: "Hà Tây" unmarked names the former province from 2008 on', () => {
  it.each(['Tỉnh Hà Tây', 'Hà Tây', 'Ha Tay', 'TỈNH HÀ TÂY', 'Cục THADS tỉnh Hà Tây', 'Tinh Ha Tay'])('%s in 2019 and 2008 → Hà Tây into Hà Nội', (name) => {
    expect(earlierMerger(name, 2019)).toEqual(HA_TAY);
    expect(earlierMerger(name, 2008)).toEqual(HA_TAY);
  });
  it.each(['Tỉnh Hà Tây', 'Hà Tây'])('%s in 2007, or with no year, names none (a province of its own then)', (name) => {
    expect(earlierMerger(name, 2007)).toBeNull();
    expect(earlierMerger(name)).toBeNull();
  });
  it('marked, it names the merger in any year, as before', () => expect(earlierMerger('Tỉnh Hà Tây (cũ)', 2007)).toEqual(HA_TAY));
  it.each(['Tỉnh Hà Tĩnh', 'Hà Tấy', 'Hà Nội', 'Tỉnh Hà Nam', 'Chi cục THADS quận Hà Đông'])('%s in 2019 names none', (name) => expect(earlierMerger(name, 2019)).toBeNull());
  it('"Khu vực Hà Tây" in 2019: a group-only label with no province, as a cluster', () => {
    expect(namesGroupOnly('Khu vực Hà Tây', 2019)).toBe(true);
    expect(provinceOfSection('Khu vực Hà Tây', 2019)).toBeNull();
  });
});


const FIVE_2019 = haNoiFive(2019);

describe('a section "Tỉnh Hà Tây" without a mark in Hà Nội\'s report of 2019', () => {
  it.each(['Tỉnh Hà Tây', 'Hà Tây', 'TỈNH HÀ TÂY', 'Tinh Ha Tay', 'Khu vực Hà Tây'])('"%s": Hà Nội, 5 offices, 750 / 600 = 80.00, no warning', async (section) => {
    const r = await both('bc-viec-2019.csv', haNoiReport(2019, section));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(FIVE_2019);
  });

  it('with its subtotal on the section row (300+50 = 350, 240+40 = 280): the same five offices', async () => {
    const r = await both('bc-viec-2019.csv', haNoiReport(2019, 'Tỉnh Hà Tây', '350,280'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(FIVE_2019);
  });

  it('a subtotal that is not its offices\' sum (360 against 350) is refused', async () => {
    const r = await both('bc-viec-2019.csv', haNoiReport(2019, 'Tỉnh Hà Tây', '360,280'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:8:3: error: line 8 "Tỉnh Hà Tây" heads the rows below it as a section, but its cases with conditions 360 is not the sum of the rows below it \(350\); it is neither added nor trusted \[SECTION_ROW_MISMATCH\]\n/);
  });

  it('in a report of 2007, when Hà Tây was a province of its own, it is refused NOT_AN_OFFICE as before', async () => {
    const r = await both('bc-viec-2007.csv', haNoiReport(2007, 'Tỉnh Hà Tây'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:9:1: error: "Chi cục THADS quận Hà Đông" \(numbered "1"\) is a line under "Tỉnh Hà Tây" \(line 8\), a title without figures that is no section, level or group of offices.*\[NOT_AN_OFFICE\]\n/);
  });

  // over-reach: a national table of 2019 by province, "Tỉnh Hà Tĩnh" (one letter from Hà Tây) a province's section
  it('control: "Tỉnh Hà Tĩnh" as a section of a national 2019 table stays Hà Tĩnh\'s', async () => {
    const r = await both('bc-viec-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2019',
      'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      'I,Tỉnh Hà Tĩnh,,',
      '1,Chi cục THADS huyện Kỳ Anh,120,90',
      '2,Chi cục THADS huyện Hương Sơn,80,70',
      'II,Tỉnh Hà Nam,,',
      '1,Chi cục THADS huyện Kim Bảng,60,45',
      ',Tổng cộng,260,205',
    ]);
    // by hand: 90/120 = 75.00, 70/80 = 87.50, 45/60 = 75.00; 120+80+60 = 260, 90+70+45 = 205, 205/260 = 78.846… → 78.85
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual([
      'Hà Tĩnh|Chi cục THADS huyện Kỳ Anh|2019|120|90|75.00', 'Hà Tĩnh|Chi cục THADS huyện Hương Sơn|2019|80|70|87.50',
      'Hà Nam|Chi cục THADS huyện Kim Bảng|2019|60|45|75.00',
      '|TOTAL|2019|260|205|78.85',
    ]);
  });
});

describe('yearOfCell: a year cell written as a form\'s field', () => {
  it.each(['Năm thống kê 2026', 'NĂM THỐNG KÊ 2026', 'Nam thong ke 2026', 'Năm báo cáo: 2026', 'Năm báo cáo 2026', 'Nam bao cao: 2026', 'Năm thống kê: 2026', 'Năm: 2026', 'Năm 2026', 'Statistics year 2026', 'Reporting year: 2026', 'Year 2026', 'Năm thống kê 2025-2026'])('%s → 2026', (cell) => expect(yearOfCell(cell)).toBe(2026));
  it.each(['Năm thống kê', 'Năm báo cáo:', 'Năm thống kê 2024-2026', '6 tháng năm thống kê 2026', 'Thống kê 2026', 'Báo cáo 2026'])('%s → null', (cell) => expect(yearOfCell(cell)).toBeNull());
});

/** A 2026 table by office with a year column, each row's year cell as given. */
const yearColumn = (...cells: string[]) => [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2026',
  'Tỉnh,Đơn vị,Năm,Có điều kiện,Giải quyết xong',
  `Gia Lai,Chi cục THADS huyện A,${cells[0]},100,80`,
  `Gia Lai,Chi cục THADS huyện B,${cells[1] ?? cells[0]},200,150`,
];
// by hand: 80/100 = 80.00, 150/200 = 75.00; 100+200 = 300, 80+150 = 230, 230/300 = 76.666… → 76.67
const TWO_2026 = ['Gia Lai|Chi cục THADS huyện A|2026|100|80|80.00', 'Gia Lai|Chi cục THADS huyện B|2026|200|150|75.00', '|TOTAL|2026|300|230|76.67'];

describe('a year column of "Năm thống kê 2026"', () => {
  it.each([['Năm thống kê 2026'], ['Năm báo cáo: 2026', 'Năm 2026'], ['NAM THONG KE 2026'], ['Statistics year 2026']])('%s: 2026, 300 / 230 = 76.67', async (...cells) => {
    const r = await both('bc.csv', yearColumn(...cells));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(TWO_2026);
  });

  it('control: "2025-2026" reads 2026, as before', async () => {
    const r = await both('bc.csv', yearColumn('2025-2026'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(TWO_2026);
  });

  it('control: "Năm thống kê" with no year is refused BAD_NUMBER, as before', async () => {
    const r = await both('bc.csv', yearColumn('Năm thống kê'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:3:3: error: year "Năm thống kê" is not a year \[BAD_NUMBER\]\n/);
  });

  it('control: an office\'s "Năm 2025" row beside its "Năm thống kê 2026" is the year 2025, never added to 2026', async () => {
    const lines = [...yearColumn('Năm thống kê 2026'), 'Gia Lai,Chi cục THADS huyện A,Năm 2025,90,70', 'Gia Lai,Chi cục THADS huyện B,Năm 2025,180,120'];
    const mixed = await both('bc.csv', lines);
    expect(mixed.code).toBe(2);
    expect(mixed.stdout).toBe('');
    expect(mixed.stderr).toMatch(/^thads: error: the input holds figures of several years \(2025, 2026\), which are never added together \[MIXED_YEARS\]\n/);
    // --year 2026 keeps the report's own rows: 300 / 230 as above, 90+180 and 70+120 left out
    const own = await both('bc.csv', lines, ['--format', 'csv', '--year', '2026']);
    expect(own.stderr).toBe('');
    expect(own.code).toBe(0);
    expect(table(own.stdout)).toEqual(TWO_2026);
  });

  it('control: "Năm thống kê 2026" in a row above the header gives the year, as before', async () => {
    const r = await both('bc.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC', 'Năm thống kê 2026,,', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Chi cục THADS huyện A,100,80', 'Chi cục THADS huyện B,200,150'], ['--format', 'csv', '--year', '2026']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(['|Chi cục THADS huyện A|2026|100|80|80.00', '|Chi cục THADS huyện B|2026|200|150|75.00', '|TOTAL|2026|300|230|76.67']);
  });
});

describe('the same two in a workbook (xlsx reader)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-section-year-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = (t: string) => `<c t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
  const row = (cells: readonly string[]) => cells.map((c) => (/^\d+$/.test(c) ? `<c><v>${c}</v></c>` : c === '' ? '<c/>' : text(c))).join('');
  const run = async (name: string, lines: readonly string[]) => {
    const data = lines.map((l, i) => `<row r="${i + 1}">${row(l.split(','))}</row>`).join('');
    const file = await writeRawWorkbook({ sheets: [{ name: 'Sheet1', data }], sharedStrings: [], name, dir });
    return runArgs(dir, ['summarize', file, '--format', 'csv'], false);
  };

  it('a year column of "Năm thống kê 2026": 300 / 230 = 76.67', async () => {
    const r = await run('bc.xlsx', yearColumn('Năm thống kê 2026'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(TWO_2026);
  });

  it('a section "Tỉnh Hà Tây" in Hà Nội\'s 2019 report: 750 / 600 = 80.00', async () => {
    const r = await run('bc-viec-2019.xlsx', haNoiReport(2019, 'Tỉnh Hà Tây'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(FIVE_2019);
  });
});
