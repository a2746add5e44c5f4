// A 2025 table by office of a merged province whose year only its TITLE states ("… NĂM 2025 …",
// "(Từ ngày 01/10/2024 đến ngày 30/9/2025)"), the file named without one ("bao-cao-thads-ninh-binh.csv"):
// each numbered Phòng THADS khu vực followed, without an STT, by the former Chi cục it took over,
// adding up to it. The rule reading those Chi cục as the khu vực's parts asked the year of the file
// name / --year only: with neither, they were added as six offices beside the khu vực holding them
// (work101b 02): 4.920 thụ lý, 2.970/3.700, 80,27 %, exit 0. Right: the title's year is the report's
// year for the rules of reading (layout.ts readingYear), as the name's is; the target still asks the
// name or --year (YEAR_UNKNOWN, unchanged). Controls: the name's year and --year keep their reading;
// a 2024 title (no khu vực then) keeps its reading, the same as the name's 2024.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-titleyear-');

const title = (year: number) => [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year} (TÍNH BẰNG VIỆC)`,
  `(Từ ngày 01/10/${year - 1} đến ngày 30/9/${year})`,
];
/** the table, ';'-separated (the workbook's lines; the CSV's with ','); `mark` after the Chi cục's names */
const table = (mark = '') => [
  'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong',
  '1;Văn phòng;420;300;250',
  '2;Phòng THADS khu vực 1;1350;1000;800',
  `;Chi cục THADS thành phố Nam Định${mark};800;600;480`,
  `;Chi cục THADS huyện Mỹ Lộc${mark};550;400;320`,
  '3;Phòng THADS khu vực 2;900;700;560',
  `;Chi cục THADS huyện Vụ Bản${mark};900;700;560`,
];
const csv = (lines: readonly string[]) => lines.map((l) => l.replace(/;/g, ','));

const TITLE_ONLY = file('bao-cao-thads-ninh-binh.csv', csv([...title(2025), ...table()]));
const MARKED_HUYEN_CU = file('marked/bao-cao-thads-ninh-binh.csv', csv([...title(2025), ...table(' (huyện cũ)')]));
const NAMED_2025 = file('named/ninh-binh-2025.csv', csv([...title(2025), ...table()]));
const TITLE_2024 = file('y2024/bao-cao-thads-ninh-binh.csv', csv([...title(2024), ...table()]));
const NAMED_2024 = file('y2024/ninh-binh-2024.csv', csv([...title(2024), ...table()]));

function run(args: string[]) {
  const r = spawnThads(args, { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
interface Cases { total: string; withConditions: string; resolved: string; rate: string; target: string | null }
function json(stdout: string): { year: number | null; offices: string[]; cases: Cases } {
  const body = JSON.parse(stdout);
  const c = body.total.cases;
  return { year: body.year, offices: body.groups.map((g: { district: string }) => g.district), cases: { total: c.total, withConditions: c.withConditions, resolved: c.resolved, rate: c.rate, target: c.target } };
}

// By hand: offices Văn phòng + khu vực 1 + khu vực 2; the Chi cục are their parts.
// thụ lý 420+1350+900 = 2670; có ĐK 300+1000+700 = 2000; GQX 250+800+560 = 1610; 1610/2000 = 80,50 %.
const OFFICES = ['Văn phòng', 'Phòng THADS khu vực 1', 'Phòng THADS khu vực 2'];
const RIGHT = { total: '2670', withConditions: '2000', resolved: '1610', rate: '80.50' };
// Added as offices (2024: no khu vực then, read as it is today): 2670+800+550+900 = 4920;
// 2000+600+400+700 = 3700; 1610+480+320+560 = 2970; 2970/3700 = 80,27 %.
const ALL_ADDED = { total: '4920', withConditions: '3700', resolved: '2970', rate: '80.27' };

describe('a 2025 khu vực\'s former Chi cục are its parts when only the title states 2025 (work101b 02)', () => {
  test('the CSV named without a year: 2.670 thụ lý, 1.610/2.000, 80,50 %, no target (YEAR_UNKNOWN kept)', () => {
    const r = run(['summarize', TITLE_ONLY, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r.stdout);
    expect(out.offices).toEqual(OFFICES);
    expect(out.cases).toEqual({ ...RIGHT, target: null });
    expect(out.year).toBeNull();
    expect(stderrCodes(r.stderr)).toEqual(['YEAR_UNKNOWN']);
    expect(r.stderr).toContain('(the title says 2025)');
  });

  test('the text says the province\'s total by hand', () => {
    const r = run(['summarize', TITLE_ONLY, '--format', 'text', '--lang', 'vi', '--by', 'none', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('toàn tỉnh Ninh Bình: về việc, tổng số thụ lý 2.670 việc; đã giải quyết xong 1.610/2.000 việc có điều kiện giải quyết, đạt 80,50%');
  });

  test('the Chi cục marked "(huyện cũ)": the same', () => {
    const r = run(['summarize', MARKED_HUYEN_CU, '--format', 'json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).cases).toEqual({ ...RIGHT, target: null });
  });

  test('the workbook twin "BC ket qua.xlsx": the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'BC ket qua.xlsx', [...title(2025), ...table()], ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r.stdout);
    expect(out.offices).toEqual(OFFICES);
    expect(out.cases).toEqual({ ...RIGHT, target: null });
    expect(stderrCodes(r.stderr)).toEqual(['YEAR_UNKNOWN']);
  });
});

describe('controls: readings kept', () => {
  test('the same bytes named "ninh-binh-2025.csv": right, against 2025\'s 83,9 %', () => {
    const r = run(['summarize', NAMED_2025, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r.stdout);
    expect(out.offices).toEqual(OFFICES);
    expect(out.cases).toEqual({ ...RIGHT, target: '83.9' });
    expect(r.stderr).toBe('');
  });

  test('--year 2025: right, against 83,9 %', () => {
    const r = run(['summarize', TITLE_ONLY, '--year', '2025', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).cases).toEqual({ ...RIGHT, target: '83.9' });
  });

  test('a 2024 title (no khu vực before the merger): read as the name\'s 2024 reads it, Chi cục no parts', () => {
    // (the target: the name's year only, YEAR_UNKNOWN under the title's, as before)
    for (const [f, target, codes] of [[TITLE_2024, null, ['SUSPECTED_TOTAL_ROW', 'YEAR_UNKNOWN']], [NAMED_2024, '83.25', ['SUSPECTED_TOTAL_ROW']]] as const) {
      const r = run(['summarize', f, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const out = json(r.stdout);
      expect(out.offices).toHaveLength(6);
      expect(out.cases, f).toEqual({ ...ALL_ADDED, target });
      expect(stderrCodes(r.stderr)).toEqual(codes);
    }
  });
});
