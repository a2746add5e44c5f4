// A province merged away before the 63 as a section of its successor's report: Hà Nội's 2019 file
// with the former Hà Tây's offices under "III | Tỉnh Hà Tây (cũ)" (Nghị quyết 15/2008/QH12, in
// force 1/8/2008). The section only groups Hà Nội's offices, as "Các huyện phía Tây" would: no
// province of its own, no roll-up warning (round 53a, 03). Unmarked, "Tỉnh Hà Tây" reads so too
// from 2008 on (test/unit/section-year-labels.test.ts); in a report of 2007 it is refused as
// before. Both readers agree.
import { describe, expect, it } from 'vitest';
import { earlierMerger } from '../../src/domain/provinces.js';
import { namesGroupOnly, provinceOfSection } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import { haNoiFive, haNoiReport } from '../helpers/ha-noi-report.js';

const { both } = bothReaders('thads-earlier-merger-', ['--format', 'csv']);

/** Each row of a summary by office: province, office, cases with conditions, resolved, rate. */
function table(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n');
  const cols = head!.split(',');
  const at = (row: string[], name: string) => row[cols.indexOf(name)]!;
  return rows.map((r) => r.split(',')).map((r) => [at(r, 'province'), at(r, 'district'), at(r, 'cases_with_conditions'), at(r, 'cases_resolved'), at(r, 'cases_rate')].join('|'));
}

const SECTION = 'Tỉnh Hà Tây (cũ)';
/** The reproducer's file, its third section's title `section`, with `figures` on that row. */
const file = (section: string, figures = ',') => haNoiReport(2019, section, figures);

const FIVE = haNoiFive();

describe('earlierMerger: a marked name of a province merged before the 63', () => {
  it.each(['Tỉnh Hà Tây (cũ)', 'Hà Tây cũ', 'Ha Tay (cu)', 'HÀ TÂY (CŨ)', 'Cục THADS tỉnh Hà Tây (trước sáp nhập)'])('%s → Hà Tây, into Hà Nội, 2008', (name) => {
    expect(earlierMerger(name)).toEqual({ former: 'Hà Tây', successor: 'Hà Nội', year: 2008 });
  });
  it.each(['Tỉnh Hà Tây', 'Hà Tây', 'Tỉnh Nam Định (cũ)', 'Hà Tấy (cũ)', 'Hà Nội (cũ)'])('%s names none', (name) => expect(earlierMerger(name)).toBeNull());
});

describe('a section of Hà Tây (cũ) groups Hà Nội\'s offices, with no province of its own', () => {
  it.each(['Tỉnh Hà Tây (cũ)', 'Khu vực Hà Tây cũ', 'Địa bàn tỉnh Hà Tây cũ', 'Thuộc tỉnh Hà Tây (trước sáp nhập)'])('%s: a group-only label, no province', (text) => {
    expect(namesGroupOnly(text, 2019)).toBe(true);
    expect(provinceOfSection(text, 2019)).toBeNull();
  });
  it('"Khu vực" before a former province of the 63 reads as "Địa bàn" does', () => {
    expect(provinceOfSection('Khu vực Tiền Giang cũ', 2025)).toBe('Tiền Giang (cũ)');
    expect(provinceOfSection('Khu vực 1', 2025)).toBeNull();
  });
  it('"Tỉnh Hà Tây" unmarked is no group-only label in 2007, nor with no year', () => {
    expect(namesGroupOnly('Tỉnh Hà Tây', 2007)).toBe(false);
    expect(namesGroupOnly('Tỉnh Hà Tây', null)).toBe(false);
  });

  it.each([SECTION, 'Khu vực Hà Tây cũ', 'Thuộc tỉnh Hà Tây (trước sáp nhập)', 'Các huyện phía Tây'])('03 with "%s": Hà Nội, 5 offices, 750 / 600 = 80.00, no warning', async (section) => {
    const r = await both('bc-viec-2019.csv', file(section));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(FIVE);
  });

  it('with its subtotal (350 / 280) on the section row: the same five offices', async () => {
    const r = await both('bc-viec-2019.csv', file(SECTION, '350,280'));
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(FIVE);
  });

  it('a subtotal that is not its offices\' sum is refused', async () => {
    const r = await both('bc-viec-2019.csv', file(SECTION, '360,280'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:8:3: error: line 8 "Tỉnh Hà Tây \(cũ\)" heads the rows below it as a section, but its cases with conditions 360 is not the sum of the rows below it \(350\); it is neither added nor trusted \[SECTION_ROW_MISMATCH\]\n/);
  });

  it('unmarked, "Tỉnh Hà Tây" in a report of 2007 is refused NOT_AN_OFFICE, as before', async () => {
    const r = await both('bc-viec-2007.csv', file('Tỉnh Hà Tây').map((l) => l.replace('NĂM 2019', 'NĂM 2007')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:9:1: error: "Chi cục THADS quận Hà Đông" \(numbered "1"\) is a line under "Tỉnh Hà Tây" \(line 8\), a title without figures that is no section, level or group of offices.*\[NOT_AN_OFFICE\]\n/);
  });
});
