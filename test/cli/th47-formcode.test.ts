// A form's code in a title read as a month (th47). "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 (Mẫu
// TH 01/2025)" — "TH 01/2025" the form's code — was read as January 2025 (stated-years.ts MONTHS
// took "th" apart from its number for "tháng"): beside another 2025 year-end report, MIXED_PERIODS
// "periods end on different days (31/1/2025, 30/9/2025)", exit 2. Right: "TH" apart from a number
// padded to two digits, undotted ("TH 01/2025"), or after a form's word ("Mẫu TH01/2025", "Biểu số
// TH 02/2025") is no month; the two files are one year's, summed.
// By hand (cases): Mỹ Lộc 200 có ĐK, 150 xong (75,00 %); Vụ Bản 300, 210 (70,00 %);
//   sum 500, 360 → 360 / 500 = 0,72 → 72,00 %.
// Controls, months still (beside the year-end, MIXED_PERIODS, exit 2): "Th.3/2025", "th.3-2025",
// "TH3/2025", "TH 3/2025" end on 31/3/2025; "Tháng 01/2025", "T01/2025", "Th.01/2025" and "TH01/2025"
// (glued, no form's word: a month — read as none, a January report was summed as the year) on
// 31/1/2025. A file name's "th.3" ("Mỹ Lộc 2025 - th.3.csv", its dot dropped with the name's marks
// to "th 3") is March: the fix of session 46 lost it (periodshort).
import { describe, expect, test } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-th47-formcode-');
const ARGS = ['--format', 'csv', '--measure', 'cases'];
const HEAD = 'STT,Đơn vị,Có điều kiện (việc),Giải quyết xong (việc)';
const MY_LOC = '1,Mỹ Lộc,200,150';
const VU_BAN = '1,Vụ Bản,300,210';
const SUM = ['Mỹ Lộc|200|150|75.00', 'Vụ Bản|300|210|70.00', 'TOTAL|500|360|72.00'];
const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);
const titled = (title: string, office: string) => ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,', `${title},,,`, HEAD, office];
const YEAR_END = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025';

function binary(files: Record<string, readonly string[]>) {
  const paths = write(files);
  const r = spawnThads(['summarize', ...paths, ...ARGS], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

describe('a title\'s form code "TH 01/2025" is no month', () => {
  test.each([
    [`${YEAR_END} (Mẫu TH 01/2025)`],
    [`${YEAR_END} - TH 01/2025`],
    [`${YEAR_END} (Biểu TH 02/2025)`],
    [`${YEAR_END} (Biểu số TH 02/2025)`],
    [`${YEAR_END} (Mẫu TH01/2025)`],
  ])('"%s" beside a year-end 2025 title: one year, summed, exit 0 (was MIXED_PERIODS, January)', async (title) => {
    const i = title.length;
    const files = { [`f${i}/Mỹ Lộc.csv`]: titled(title, MY_LOC), [`f${i}/Vụ Bản.csv`]: titled(YEAR_END, VU_BAN) };
    const r = binary(files);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(SUM);
    expect(r.stderr).not.toMatch(/MIXED_PERIODS|PARTIAL|YEAR_CONFLICT|PERIODS_DIFFER/);
    // the fast path reads it alike
    expect((await bothOnFiles(dir, files, ARGS)).stdout).toBe(r.stdout);
  });
});

describe('controls: months written short are still months', () => {
  const MARCH = 'periods end on different days (31/3/2025, 30/9/2025)';
  const JANUARY = 'periods end on different days (31/1/2025, 30/9/2025)';
  test.each([
    ['Th.3/2025', MARCH],
    ['th.3-2025', MARCH],
    ['TH3/2025', MARCH],
    ['TH 3/2025', MARCH],
    ['Tháng 01/2025', JANUARY],
    ['T01/2025', JANUARY],
    ['Th.01/2025', JANUARY],
    ['TH01/2025', JANUARY],
  ])('a title "BÁO CÁO … %s" beside a year-end title: MIXED_PERIODS, exit 2', (month, periods) => {
    const r = binary({ [`m-${month.replace(/[/.\s]/g, '_')}/Mỹ Lộc.csv`]: titled(`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${month}`, MY_LOC), [`m-${month.replace(/[/.\s]/g, '_')}/Vụ Bản.csv`]: titled(YEAR_END, VU_BAN) });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(periods);
    expect(stderrCodes(r.stderr)).toEqual(['MIXED_PERIODS']);
  });

  test.each([['n1/Mỹ Lộc 2025 - th.3.csv'], ['n2/Mỹ Lộc 2025 - th 03.csv'], ['n3/Mỹ Lộc th3-2025.csv']])('a file name "%s" beside "Vụ Bản 2025.csv": March, MIXED_PERIODS, exit 2', (name) => {
    const r = binary({ [name]: [HEAD, MY_LOC], [`${name.split('/')[0]}/Vụ Bản 2025.csv`]: [HEAD, VU_BAN] });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('periods end on different days (31/3/2025, 30/9/2025)');
    expect(stderrCodes(r.stderr)).toEqual(['MIXED_PERIODS']);
  });

  test('two year-end titles without a form code: summed (the control of the sum)', () => {
    const r = binary({ 'y/Mỹ Lộc.csv': titled(YEAR_END, MY_LOC), 'y/Vụ Bản.csv': titled(YEAR_END, VU_BAN) });
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(SUM);
  });
});
