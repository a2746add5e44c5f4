// An office's resent figures typed under the list with a revision note (work104b, 01): "Chi cục
// THADS huyện Mỹ Lộc (bản cập nhật)", "(số liệu mới)", "- số liệu mới", "(rà soát lại)", "(bản
// chính thức)", "(chốt)", "(số liệu chốt)", "(số chốt)", "(mới nhất)", "(final)", "(v2)" was read
// as a 4th office and summed: TOTAL 4620 / 3810, exit 0, no warning — Mỹ Lộc counted twice. Right:
// refused NOT_AN_OFFICE ("a version of the office's figures"), as "(cập nhật)", "(chính thức)",
// "(bản sửa)" already were: one word list (period-notes.ts VERSION_WORDS + RESENT, the latter
// shared with file names' VERSION_MARK), each word also after "bản" and before "lại".
// Controls (today's result kept): "Chi cục THADS huyện Chợ Mới" and "Phòng THADS khu vực 1 (Chợ
// Mới)" are offices ("mới" alone is no revision mark); "(Trạm chốt)", "chốt" among an office's own
// words, stays the name's; "- Tân Mới" stays the name's; "(cũ)" beside the same office is still
// REPEATED_ROW.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { casesByOffice } from '../helpers/json-totals.js';

const { dir, file } = fileTree('thads-revnote-');

const HEAD = (province: string) => [[`CỤC THI HÀNH ÁN DÂN SỰ TỈNH ${province}`], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong']];
/** Nam Định's three Chi cục, Mỹ Lộc's resent row (1520 / 1210) under them when `note` is given. */
function namDinh(note: string | null): string[][] {
  const rows = [
    ['1', 'Chi cục THADS huyện Mỹ Lộc', '1500', '1200'],
    ['2', 'Chi cục THADS huyện Vụ Bản', '900', '800'],
    ['3', 'Chi cục THADS huyện Ý Yên', '700', '600'],
  ];
  if (note !== null) rows.push(['4', `Chi cục THADS huyện Mỹ Lộc ${note}`, '1520', '1210']);
  return [...HEAD('NAM ĐỊNH'), ...rows];
}
/** An Giang's three offices by the given names: 1500/1200, 900/800, 700/600. */
function anGiang(names: readonly [string, string, string]): string[][] {
  return [...HEAD('AN GIANG'), ...names.map((n, i) => [String(i + 1), n, ['1500', '900', '700'][i]!, ['1200', '800', '600'][i]!])];
}
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
const figures = casesByOffice;

// by hand, the three offices once: 1500 + 900 + 700 = 3100 có ĐK, 1200 + 800 + 600 = 2600 GQX,
// 2600 / 3100 = 83.87 %. Mỹ Lộc summed twice (the fault): 4620 / 3810 = 82.47 %.
const THREE = { 'Chi cục THADS huyện Mỹ Lộc': ['1500', '1200', '80.00'], 'Chi cục THADS huyện Vụ Bản': ['900', '800', '88.89'], 'Chi cục THADS huyện Ý Yên': ['700', '600', '85.71'], TOTAL: ['3100', '2600', '83.87'] };
const NOTES = ['(bản cập nhật)', '(số liệu mới)', '- số liệu mới', '(rà soát lại)', '(bản chính thức)', '(chốt)', '(số liệu chốt)', '(số chốt)', '(mới nhất)', '(bản mới nhất)', '(cập nhật lại)', '(số liệu đúng)', '(final)', '(v2)', '- final', '- v2'];
const REFUSED_BEFORE = ['(cập nhật)', '(đã rà soát)', '(chính thức)', '(bản sửa)'];

describe('an office resent under the list with a revision note', () => {
  test('the file without the resent row: three offices, 3100 / 2600 / 83.87', () => {
    const r = run(file('Nam Dinh 2019.csv', csv(namDinh(null))));
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(THREE);
  });

  test.each([...NOTES, ...REFUSED_BEFORE])('"Chi cục THADS huyện Mỹ Lộc %s" is refused NOT_AN_OFFICE, never a 4th office', (note) => {
    const r = run(file('Nam Dinh 2019.csv', csv(namDinh(note))));
    expect(r.code).not.toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    expect(r.stderr).toContain(`Nam Dinh 2019.csv:7:2: error: "Chi cục THADS huyện Mỹ Lộc ${note}" holds a version of the office's figures`);
    expect(r.stdout).not.toMatch(/4620/);
  });

  test.each(['(bản cập nhật)', '(số chốt)', '(v2)', '- số liệu mới'])('the .xlsx twin with "%s" is refused the same way', async (note) => {
    const r = await summarizeLinesWorkbook(dir, 'Nam Dinh 2019.xlsx', lines(namDinh(note)), ['--format', 'json']);
    expect(r.code).not.toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    expect(r.stdout).not.toMatch(/4620/);
  });
});

describe('over-reach controls: names that keep today\'s reading', () => {
  // by hand: 1500/1200 = 80.00 %, 900/800 = 88.89 %, 700/600 = 85.71 %, 3100/2600 = 83.87 %
  const rates = [['1500', '1200', '80.00'], ['900', '800', '88.89'], ['700', '600', '85.71']];
  const expected = (names: readonly string[]) => ({ ...Object.fromEntries(names.map((n, i) => [n, rates[i]])), TOTAL: ['3100', '2600', '83.87'] });

  test.each([
    [['Chi cục THADS huyện Chợ Mới', 'Chi cục THADS huyện Phú Tân', 'Chi cục THADS huyện Tân Châu'], 'chomoi 2019'],
    [['Phòng THADS khu vực 1 (Chợ Mới)', 'Phòng THADS khu vực 2 (Tân Châu)', 'Phòng THADS khu vực 3 (Long Xuyên)'], 'kv 2019'],
  ] as const)('%j are offices (csv and xlsx)', async (names, base) => {
    const r = run(file(`${base}.csv`, csv(anGiang(names))));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(figures(r.stdout)).toEqual(expected(names));
    const x = await summarizeLinesWorkbook(dir, `${base}.xlsx`, lines(anGiang(names)), ['--format', 'json']);
    expect(x.code, x.stderr).toBe(0);
    expect(figures(x.stdout)).toEqual(expected(names));
  });

  test('"chốt", "Tân Mới" among an office\'s own words stay its name', () => {
    for (const third of ['Chi cục THADS huyện Tân Châu (Trạm chốt)', 'Chi cục THADS huyện Tân Châu - Tân Mới']) {
      const names = ['Chi cục THADS huyện Chợ Mới', 'Chi cục THADS huyện Phú Tân', third] as const;
      const r = run(file('names 2019.csv', csv(anGiang(names))));
      expect(r.code, `${third}: ${r.stderr}`).toBe(0);
      expect(figures(r.stdout).TOTAL).toEqual(['3100', '2600', '83.87']);
    }
  });

  test('"(cũ)" beside the same office is still REPEATED_ROW', () => {
    const r = run(file('cu 2019.csv', csv(anGiang(['Chi cục THADS huyện Chợ Mới', 'Chi cục THADS huyện Phú Tân', 'Chi cục THADS huyện Chợ Mới (cũ)']))));
    expect(r.code).not.toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW']);
  });
});
