// A year-end table comparing each office with the same period of last year (round work104c
// finding 04): two rows per office, the office's name on both, and a "Nội dung" column reading
// "Thực hiện" (this year) and "TH cùng kỳ" (thực hiện cùng kỳ, the same period last year), or
// "Số liệu" / "Số liệu cùng kỳ". Last year's row was added to this year's: TOTAL thụ lý 1,940 for
// 1,000 (1,990 for 1,050 with the figures below), exit 0, only UNKNOWN_COLUMN and DUPLICATE_OFFICE warnings. The plain "Cùng kỳ" in that
// column was refused PERIOD_COLUMN, and "TH cùng kỳ" in the office column NOT_AN_OFFICE. Right:
// the same PERIOD_COLUMN refusal for a label ending on "cùng kỳ" / "CK" / "năm trước" after a few
// words of its own ("TH cùng kỳ", "Thực hiện cùng kỳ", "Số liệu cùng kỳ", "SL cùng kỳ", "TH CK",
// "Thực hiện cùng kỳ năm trước"), the office column's rule (row-labels.ts COMPARED_TAIL).
// Controls (today's result kept): a label column of case kinds ("Dân sự" / "Hình sự", added
// together with DUPLICATE_OFFICE); "Thực hiện" alone on one row per office; a comparison column
// "So với cùng kỳ (%)" (ignored, the figures read); a remark on the change ("Tăng so với cùng
// kỳ", "Cao hơn cùng kỳ") and a plan's status ("Hoàn thành chỉ tiêu") beside each office's row.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-cungky-');

const TITLE = [['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024'], ['(Từ ngày 01/10/2023 đến ngày 30/9/2024)']];
const HEADER = ['STT', 'Tên đơn vị', 'Nội dung', 'Tổng số thụ lý', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'];
const OFFICES = ['Văn phòng Cục', 'Chi cục THADS huyện Gia Viễn', 'Chi cục THADS huyện Nho Quan'];
/** per office: this year's [thụ lý, có ĐK, xong, đình chỉ], then last year's */
const THIS_YEAR = [['300', '240', '180', '20'], ['500', '400', '300', '30'], ['250', '170', '130', '10']];
const LAST_YEAR = [['280', '220', '160', '20'], ['450', '380', '280', '30'], ['210', '170', '130', '10']];

/** two rows per office: `own` on this year's, `other` on last year's (rows 5 and 6 are Văn phòng Cục's) */
function twoRows(own: string, other: string): string[][] {
  return [...TITLE, HEADER, ...OFFICES.flatMap((o, i) => [[String(i + 1), o, own, ...THIS_YEAR[i]!], ['', o, other, ...LAST_YEAR[i]!]])];
}
/** one row per office, `label` beside it */
function oneRow(label: string, header = HEADER): string[][] {
  return [...TITLE, header, ...OFFICES.map((o, i) => [String(i + 1), o, label, ...THIS_YEAR[i]!])];
}
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Totals = { total: string | null; withConditions: string | null; resolved: string | null; rate: string | null };
/** the total's [thụ lý, có ĐK, giải quyết xong, rate] */
function total(stdout: string) {
  const t = (JSON.parse(stdout) as { total: { cases: Totals } }).total.cases;
  return [t.total, t.withConditions, t.resolved, t.rate];
}

// (Nho Quan's this-year row is the finding's 200/160/120 raised to 250/170/130, so that no office
// equals the sum of the other two on one row per office: 500 ≠ 300+250, 400 ≠ 240+170.)
// By hand, this year's rows alone: thụ lý 300+500+250 = 1050; có ĐK 240+400+170 = 810; giải quyết
// xong (180+20)+(300+30)+(130+10) = 670; rate 670/810 = 82.716… = 82.72 %.
const RIGHT = ['1050', '810', '670', '82.72'];
// By hand, both years added (what the fault gave): thụ lý 1050 + (280+450+210 = 940) = 1990; có ĐK
// 810 + (220+380+170 = 770) = 1580; xong 670 + (180+310+140 = 630) = 1300; 1300/1580 = 82.278… = 82.28 %.
const BOTH_ADDED = ['1990', '1580', '1300', '82.28'];

describe('"Thực hiện" / "TH cùng kỳ" rows of one office: last year\'s are never added to this year\'s', () => {
  test('"TH cùng kỳ": refused PERIOD_COLUMN at its cell (line 6, column 3), not 1,990 for 1,050', () => {
    const r = run(file('a-2024.csv', csv(twoRows('Thực hiện', 'TH cùng kỳ'))));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('PERIOD_COLUMN');
    expect(r.stderr).toMatch(/a-2024\.csv:6:3: error: "TH cùng kỳ" under "Nội dung" says this row of "Văn phòng Cục" holds another period's figures/);
  });

  test('the other wordings of last year\'s row: refused PERIOD_COLUMN', () => {
    for (const [own, other] of [
      ['Thực hiện', 'Thực hiện cùng kỳ'],
      ['Số liệu', 'Số liệu cùng kỳ'],
      ['Số liệu', 'SL cùng kỳ'],
      ['Thực hiện', 'TH CK'],
      ['Thực hiện', 'Thực hiện cùng kỳ năm trước'],
      ['Thực hiện', 'Cùng kỳ năm trước'],
    ] as const) {
      const r = run(file('b-2024.csv', csv(twoRows(own, other))));
      expect(r.code, `${other}: ${r.stderr}`).toBe(1);
      expect(stderrCodes(r.stderr), other).toContain('PERIOD_COLUMN');
      expect(r.stderr).toContain(`b-2024.csv:6:3: error: "${other}" under "Nội dung"`);
    }
  });

  test('the workbook twin: refused PERIOD_COLUMN', async () => {
    const r = await summarizeLinesWorkbook(dir, 'a-2024.xlsx', lines(twoRows('Thực hiện', 'TH cùng kỳ')), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('PERIOD_COLUMN');
    expect(r.stderr).toMatch(/"TH cùng kỳ" under "Nội dung"/);
  });

  test('this year\'s rows kept alone (what the refusal asks): 1,050 / 810 / 670, 82.72 %', () => {
    const r = run(file('own-2024.csv', csv(oneRow('Thực hiện'))));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
  });
});

describe('controls: near shapes keep today\'s result', () => {
  test('a label column of case kinds ("Dân sự" / "Hình sự"): both rows added, DUPLICATE_OFFICE, exit 0', () => {
    const r = run(file('kinds-2024.csv', csv(twoRows('Dân sự', 'Hình sự'))));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(BOTH_ADDED);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_OFFICE');
    expect(stderrCodes(r.stderr)).not.toContain('PERIOD_COLUMN');
  });

  test('a comparison column "So với cùng kỳ (%)": ignored, the figures read', () => {
    const header = ['STT', 'Tên đơn vị', 'So với cùng kỳ (%)', ...HEADER.slice(3)];
    const rows = oneRow('', header).map((r, i) => (i > 3 ? [r[0]!, r[1]!, ['"107,1"', '"111,1"', '"95,2"'][i - 4]!, ...r.slice(3)] : r));
    const r = run(file('ratio-2024.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
    expect(stderrCodes(r.stderr)).not.toContain('PERIOD_COLUMN');
  });

  test('a remark on the change or a plan\'s status beside each office\'s one row: read, exit 0', () => {
    for (const label of ['Thực hiện', 'Tăng so với cùng kỳ', 'Cao hơn cùng kỳ', 'Hoàn thành chỉ tiêu']) {
      const r = run(file('remark-2024.csv', csv(oneRow(label))));
      expect(r.code, `${label}: ${r.stderr}`).toBe(0);
      expect(total(r.stdout), label).toEqual(RIGHT);
      expect(stderrCodes(r.stderr), label).not.toContain('PERIOD_COLUMN');
    }
  });

  test('the workbook twin of the case kinds: added, exit 0', async () => {
    const r = await summarizeLinesWorkbook(dir, 'kinds-2024.xlsx', lines(twoRows('Dân sự', 'Hình sự')), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(BOTH_ADDED);
  });
});
