// One office's row pasted THREE times under three spellings ("Chi cục THADS huyện Mỹ Lộc", "Mỹ
// Lộc", "CC THADS Mỹ Lộc"), every figure equal, was summed three times with exit 0 and only an
// OFFICE_NAME_VARIANTS warning: 500/390 where the file holds 300/230. Two spellings so were
// already refused (REPEATED_ROW): the variant rule (domain/repeated-rows.ts rule 2) looked only
// at an office key on exactly two office rows. Right: any later spelling's one row with an
// earlier spelling's one row's figures (units that do not differ) is a copy, refused with
// REPEATED_ROW (exit 1), with 3 or 4 spellings, the copies apart or not, in nghìn đồng, and in
// an .xlsx. Controls (today's result kept): three spellings with different figures (summed,
// OFFICE_NAME_VARIANTS); the namesakes "Thành phố Nam Định" and bare "Nam Định" (the huyện) with
// equal figures (summed, OFFICE_NAME_VARIANTS); an office on two rows of its own figures beside a
// spelling repeating one of them (summed: an office's rows); enforcers' rows with equal figures
// under three spellings (summed).
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-threespell-');

const HEAD = ['Năm', 'Tỉnh', 'Đơn vị', 'Có điều kiện', 'Giải quyết xong'];
const row = (office: string, withConditions: string, resolved: string) => ['2019', 'Nam Định', office, withConditions, resolved];
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

function run(path: string, measure = 'cases') {
  const r = spawnThads(['summarize', path, '--measure', measure, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Totals = { withConditions: string | null; resolved: string | null; rate: string | null };
/** the total's [with conditions, resolved, rate] of one measure, and the number of offices */
function total(stdout: string, measure: 'cases' | 'money') {
  const j = JSON.parse(stdout) as { groups: unknown[]; total: Record<'cases' | 'money', Totals | null>; warnings: { code: string }[] };
  const t = j.total[measure];
  return { total: [t?.withConditions, t?.resolved, t?.rate], offices: j.groups.length, warnings: j.warnings.map((w) => w.code) };
}

// The faulty file: Mỹ Lộc 100/80 under three names, Vụ Bản 200/150.
// Added as read (old): 100+200+100+100 = 500 with conditions, 80+150+80+80 = 390 resolved.
// The file's right figures: 100+200 = 300, 80+150 = 230 (once Mỹ Lộc): the copies must be refused.
const THREE = [HEAD, row('Chi cục THADS huyện Mỹ Lộc', '100', '80'), row('Chi cục THADS huyện Vụ Bản', '200', '150'), row('Mỹ Lộc', '100', '80'), row('CC THADS Mỹ Lộc', '100', '80')];

describe('one office row pasted under three spellings or more is refused (REPEATED_ROW)', () => {
  test('three spellings, every figure equal: refused at line 4 (the first copy), exit 1', () => {
    const r = run(file('three-2019.csv', csv(THREE)));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/three-2019\.csv:4:3: error: line 4 repeats line 2: office "Mỹ Lộc" and every figure the same, without an STT \(line 2: no STT\), a row pasted twice; added, its figures would count twice \(and 1 more row repeats an earlier one\) \[REPEATED_ROW\]/);
    expect(stderrCodes(r.stderr)).toEqual(['REPEATED_ROW']);
  });

  test('the two-row shapes (drop either copy) are refused as before', () => {
    for (const [name, drop] of [['two-a-2019.csv', 3], ['two-b-2019.csv', 4]] as const) {
      const r = run(file(name, csv(THREE.filter((_, i) => i !== drop))));
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
    }
  });

  test('four spellings: refused, the three copies told (line 4 and 2 more)', () => {
    // old: 100×4 + 200 = 600 / 80×4 + 150 = 470, exit 0; right: 300/230
    const r = run(file('four-2019.csv', csv([...THREE, row('Chi cục Mỹ Lộc', '100', '80')])));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/four-2019\.csv:4:3: error: line 4 repeats line 2: .*\(and 2 more rows repeat an earlier one\) \[REPEATED_ROW\]/);
  });

  test('the copies not adjacent: refused at the first copy (line 3)', () => {
    // Mỹ Lộc on lines 2, 3 and 6; old: 100×3 + 200 + 300 = 800 / 80×3 + 150 + 200 = 590, exit 0
    const rows = [HEAD, row('Chi cục THADS huyện Mỹ Lộc', '100', '80'), row('Mỹ Lộc', '100', '80'), row('Chi cục THADS huyện Vụ Bản', '200', '150'), row('Chi cục THADS huyện Ý Yên', '300', '200'), row('CC THADS Mỹ Lộc', '100', '80')];
    const r = run(file('apart-2019.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/apart-2019\.csv:3:3: error: line 3 repeats line 2: office "Mỹ Lộc" .*\(and 1 more row repeats an earlier one\) \[REPEATED_ROW\]/);
  });

  test('money in nghìn đồng: refused as well', () => {
    // old: (1500×3 + 2500) × 1000 = 7000000 / (1200×3 + 2000) × 1000 = 5600000, exit 0
    const money = [['Năm', 'Tỉnh', 'Đơn vị', 'Có điều kiện (nghìn đồng)', 'Giải quyết xong (nghìn đồng)'], row('Chi cục THADS huyện Mỹ Lộc', '1500', '1200'), row('Chi cục THADS huyện Vụ Bản', '2500', '2000'), row('Mỹ Lộc', '1500', '1200'), row('CC THADS Mỹ Lộc', '1500', '1200')];
    const r = run(file('money-2019.csv', csv(money)), 'money');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/money-2019\.csv:4:3: error: line 4 repeats line 2: office "Mỹ Lộc" .*\[REPEATED_ROW\]/);
  });

  test('two of three spellings with equal figures, the third its own: the copy refused (as with two spellings)', () => {
    // old: 100+200+100+50 = 450 / 80+150+80+40 = 350, exit 0; "Mỹ Lộc" 100/80 is line 2's copy
    const rows = [HEAD, row('Chi cục THADS huyện Mỹ Lộc', '100', '80'), row('Chi cục THADS huyện Vụ Bản', '200', '150'), row('Mỹ Lộc', '100', '80'), row('CC THADS Mỹ Lộc', '50', '40')];
    const r = run(file('mixed-2019.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/mixed-2019\.csv:4:3: error: line 4 repeats line 2: office "Mỹ Lộc" and every figure the same, without an STT \(line 2: no STT\), a row pasted twice; added, its figures would count twice \[REPEATED_ROW\]/);
  });

  test('the xlsx twin: refused at row 4', async () => {
    const r = await summarizeLinesWorkbook(dir, 'three-2019.xlsx', lines(THREE), ['--measure', 'cases', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/row 4 repeats row 2: office "Mỹ Lộc" .*\[REPEATED_ROW\]/);
  });
});

describe('controls: near shapes keep today\'s result', () => {
  test('three spellings with different figures: summed, OFFICE_NAME_VARIANTS', () => {
    // by hand: 100+200+90+110 = 500 / 80+150+70+60 = 360, 360/500 = 72.00 %
    const rows = [HEAD, row('Chi cục THADS huyện Mỹ Lộc', '100', '80'), row('Chi cục THADS huyện Vụ Bản', '200', '150'), row('Mỹ Lộc', '90', '70'), row('CC THADS Mỹ Lộc', '110', '60')];
    const r = run(file('differ-2019.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, 'cases')).toEqual({ total: ['500', '360', '72.00'], offices: 4, warnings: ['OFFICE_NAME_VARIANTS'] });
  });

  test('namesakes "Thành phố Nam Định" and "Nam Định" (the huyện), equal figures: two offices, summed', () => {
    // by hand: 100+200+100 = 400 / 80+150+80 = 310, 310/400 = 77.50 %
    const rows = [HEAD, row('Thành phố Nam Định', '100', '80'), row('Chi cục THADS huyện Vụ Bản', '200', '150'), row('Nam Định', '100', '80')];
    const r = run(file('namesake-2019.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, 'cases')).toEqual({ total: ['400', '310', '77.50'], offices: 3, warnings: ['OFFICE_NAME_VARIANTS'] });
  });

  test('an office on two rows of its own figures, another spelling repeating one of them: summed', () => {
    // by hand: 60+40+60+200 = 360 / 50+30+50+150 = 280
    const rows = [HEAD, row('Chi cục THADS huyện Mỹ Lộc', '60', '50'), row('Chi cục THADS huyện Mỹ Lộc', '40', '30'), row('Mỹ Lộc', '60', '50'), row('Chi cục THADS huyện Vụ Bản', '200', '150')];
    const r = run(file('rows-2019.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, 'cases')).toMatchObject({ total: ['360', '280', '77.78'], offices: 3 });
    expect(stderrCodes(r.stderr)).not.toContain('REPEATED_ROW');
  });

  test('enforcers\' rows with equal figures under three spellings: summed', () => {
    // by hand: 50×3 + 200 = 350 / 40×3 + 150 = 270, 270/350 = 77.14 %
    const rows = [
      ['Năm', 'Tỉnh', 'Đơn vị', 'Chấp hành viên', 'Có điều kiện', 'Giải quyết xong'],
      ['2019', 'Nam Định', 'Chi cục THADS huyện Mỹ Lộc', 'Nguyễn Văn A', '50', '40'],
      ['2019', 'Nam Định', 'Mỹ Lộc', 'Trần Thị B', '50', '40'],
      ['2019', 'Nam Định', 'CC THADS Mỹ Lộc', 'Lê Văn C', '50', '40'],
      ['2019', 'Nam Định', 'Chi cục THADS huyện Vụ Bản', 'Phạm Văn D', '200', '150'],
    ];
    const r = run(file('enforcers-2019.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, 'cases').total).toEqual(['350', '270', '77.14']);
    expect(stderrCodes(r.stderr)).not.toContain('REPEATED_ROW');
  });

  test('the xlsx twin of three spellings with different figures: summed', async () => {
    const rows = [HEAD, row('Chi cục THADS huyện Mỹ Lộc', '100', '80'), row('Chi cục THADS huyện Vụ Bản', '200', '150'), row('Mỹ Lộc', '90', '70'), row('CC THADS Mỹ Lộc', '110', '60')];
    const r = await summarizeLinesWorkbook(dir, 'differ-2019.xlsx', lines(rows), ['--measure', 'cases', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, 'cases').total).toEqual(['500', '360', '72.00']);
  });
});
