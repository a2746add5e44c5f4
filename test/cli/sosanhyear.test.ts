// A comparison table — "SO SÁNH KẾT QUẢ … NĂM 2024 VỚI NĂM 2023", groups "Năm 2024 | Năm 2023" over
// the same fields — in a file whose name gives no year (work104a 04). thads refused it "the header
// names no figure column" with the hint "add the column or an alias", which misleads: the columns
// are there, and only the statistics year is missing to tell the report's own from last year's.
// Right: the refusal says no year is known, and the hint names --year and the years the columns
// give. With --year 2024 or a file name of 2024, the 2024 columns are read, 2023's set aside.
// Control: a file of 2025 whose columns are all of other years keeps today's message.
// A title stating the report's year ("… NĂM 2024 VỚI NĂM 2023") tells it since traps28 2: the
// group row's years are no title's, which had left the title two years and none (a file name
// of 2023 then made "Việc năm 2023" the report's own); the refusals below have a title of no year.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-sosanhyear-');

const TITLED = 'SO SÁNH KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 VỚI NĂM 2023';
const UNTITLED = 'SO SÁNH KẾT QUẢ THI HÀNH ÁN DÂN SỰ';
const ROWS = [
  'STT,Đơn vị,Năm 2024,,Năm 2023,',
  ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
  '1,Chi cục THADS huyện Mỹ Lộc,100,80,90,70',
  '2,Chi cục THADS huyện Vụ Bản,200,150,180,140',
];
function run(name: string, extra: readonly string[] = [], title = TITLED) {
  const r = spawnThads(['summarize', file(name, [title, ...ROWS]), '--format', 'json', '--measure', 'cases', ...extra], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
const total = (stdout: string) => {
  const c = (JSON.parse(stdout) as { total: { cases: { withConditions: string; resolved: string; rate: string } } }).total.cases;
  return [c.withConditions, c.resolved, c.rate];
};

describe('a comparison of two named years, no year known', () => {
  test('under a title of no year: refused MISSING_COLUMN saying no year is known, the hint naming --year and the years 2024, 2023', () => {
    const r = run('so-sanh.csv', [], UNTITLED);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['MISSING_COLUMN']);
    expect(r.stderr).toContain("which thads does not read as the report's own period: no statistics year is known [MISSING_COLUMN]");
    expect(r.stderr).toContain("hint: pass --year N, or put the year in the file name: the columns of that year (2024, 2023) are then read as the report's, the others set aside");
    expect(r.stderr).not.toContain('add the column or an alias');
  });

  // by hand: 2024's columns: 100+200 = 300 with conditions, 80+150 = 230 resolved, 230/300 = 76.67 %
  test('under a title of 2024 ("NĂM 2024 VỚI NĂM 2023"): the 2024 columns read, 300/230, the rows\' year unknown (no target)', () => {
    const r = run('so-sanh.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['300', '230', '76.67']);
    expect(stderrCodes(r.stderr)).toEqual(['UNKNOWN_COLUMN', 'UNKNOWN_COLUMN', 'YEAR_UNKNOWN']);
  });

  test('as the hint says, --year 2024 reads the 2024 columns: 300/230', () => {
    const r = run('so-sanh.csv', ['--year', '2024']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['300', '230', '76.67']);
  });

  test('as the hint says, a file name of 2024 reads the same', () => {
    const r = run('so-sanh-2024.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['300', '230', '76.67']);
  });
});

describe('control', () => {
  test('a file of 2025 under a title of 2024: which year? (YEAR_CONFLICT)', () => {
    const r = run('so-sanh-2025.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the file name says the year is 2025, but the title (line 1) says 2024 [YEAR_CONFLICT]');
  });

  test('a file of 2025 whose columns are all of 2024 and 2023: today\'s message and hint', () => {
    const r = run('so-sanh-nt-2025.csv', [], UNTITLED);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("which thads does not read as the report's own period [MISSING_COLUMN]");
    expect(r.stderr).toContain('hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json');
  });
});
