// A province's whole written as a row naming the province itself ("Tỉnh Nam Định") under an
// office column ("Đơn vị"), the only row of "Tổng hợp toàn tỉnh 2024.csv", beside that
// province's Chi cục files (which name no province) was added as a third office (work101c 03):
// 1.100 / 860 cases, 19.000.000 / 6.500.000 đồng, exit 0, counting Mỹ Lộc and Vụ Bản twice.
// Right: read as "Toàn tỉnh Nam Định" is, the file's declared total, refused beside the offices
// it counts (TOTAL_FILE_OVERLAP); a former province's ("Tỉnh Nam Định" of 2026) and a city
// province's ("Thành phố Hà Nội") likewise. Controls keep their reading: the offices alone,
// "Thành phố Nam Định" (a Chi cục's city) beside them, two provinces' wholes, a one-file summary.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-provrow-');

const H = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const offices = (sub: string, year: number) => [
  file(`${sub}/Mỹ Lộc ${year}.csv`, [H, 'Chi cục THADS huyện Mỹ Lộc,300,240,5000000,2000000']),
  file(`${sub}/Vụ Bản ${year}.csv`, [H, 'Chi cục THADS huyện Vụ Bản,200,150,4000000,1000000']),
];
/** the province's whole (Văn phòng Cục 100 / 80, 1.000.000 / 500.000 + Mỹ Lộc + Vụ Bản), its row named `row` */
const whole = (sub: string, year: number, row: string) => file(`${sub}/Tổng hợp toàn tỉnh ${year}.csv`, [H, `${row},600,470,10000000,3500000`]);

function run(files: readonly string[]) {
  const r = spawnThads(['summarize', ...files, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
function totals(stdout: string) {
  const j = JSON.parse(stdout);
  return {
    cases: [j.total.cases.withConditions, j.total.cases.resolved],
    money: [j.total.money.withConditions, j.total.money.resolved],
    districts: j.groups.map((g: { district: string }) => g.district).sort(),
  };
}

describe('a province\'s whole named "Tỉnh X" beside its offices of no province (work101c 03)', () => {
  test('"Tỉnh Nam Định", the only row of "Tổng hợp toàn tỉnh 2024.csv": refused, not added as a third office', () => {
    const r = run([...offices('a', 2024), whole('a', 2024, 'Tỉnh Nam Định')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('a/Tổng hợp toàn tỉnh 2024.csv:2: error: this file\'s only row, "Tỉnh Nam Định" (2024), is a declared total of Nam Định');
    expect(r.stderr).toMatch(/\[TOTAL_FILE_OVERLAP\]/);
    expect(r.stderr).not.toContain('1100');
  });

  test('as the same folder with the row written "Toàn tỉnh Nam Định" is', () => {
    const r = run([...offices('b', 2024), whole('b', 2024, 'Toàn tỉnh Nam Định')]);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('TOTAL_FILE_OVERLAP');
  });

  test('"Tỉnh Nam Định" of 2026, a former province (merged into Ninh Bình): the same refusal', () => {
    const r = run([...offices('c', 2026), whole('c', 2026, 'Tỉnh Nam Định')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('c/Tổng hợp toàn tỉnh 2026.csv:2: error: this file\'s only row, "Tỉnh Nam Định" (2026), is a declared total');
    expect(stderrCodes(r.stderr)).toContain('TOTAL_FILE_OVERLAP');
  });

  test('"Thành phố Hà Nội" (a province) beside Hà Nội\'s Chi cục: refused', () => {
    const r = run([
      file('d/Ba Đình 2024.csv', [H, 'Chi cục THADS quận Ba Đình,300,240,5000000,2000000']),
      file('d/Hoàn Kiếm 2024.csv', [H, 'Chi cục THADS quận Hoàn Kiếm,200,150,4000000,1000000']),
      whole('d', 2024, 'Thành phố Hà Nội'),
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('this file\'s only row, "Thành phố Hà Nội" (2024), is a declared total of Hà Nội');
    expect(stderrCodes(r.stderr)).toContain('TOTAL_FILE_OVERLAP');
  });

  test('the whole as a workbook ("Tổng hợp toàn tỉnh 2024.xlsx", the same row) beside the CSV offices: refused', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Tổng hợp toàn tỉnh 2024.xlsx', [H.split(',').join(';'), 'Tỉnh Nam Định;600;470;10000000;3500000'], [...offices('e', 2024), '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    // (the workbook is read first: the offices' files say it)
    expect(r.stderr).toContain('would be added to the declared total "Tỉnh Nam Định" of ');
    expect(stderrCodes(r.stderr)).toContain('TOTAL_FILE_OVERLAP');
  });
});

describe('controls: readings kept', () => {
  test('the Chi cục files alone: 300 + 200 = 500 / 240 + 150 = 390, money 9.000.000 / 3.000.000', () => {
    const r = run(offices('f', 2024));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual({ cases: ['500', '390'], money: ['9000000', '3000000'], districts: ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản'] });
  });

  test('"Thành phố Nam Định" (the Chi cục of the city) beside the other Chi cục stays an office: 900 / 710', () => {
    const r = run([...offices('g', 2024), file('g/TP Nam Định 2024.csv', [H, 'Thành phố Nam Định,400,320,6000000,1500000'])]);
    expect(r.code, r.stderr).toBe(0);
    // 300 + 200 + 400 = 900, 240 + 150 + 320 = 710; 5 + 4 + 6 = 15.000.000, 2 + 1 + 1,5 = 4.500.000
    expect(totals(r.stdout)).toEqual({ cases: ['900', '710'], money: ['15000000', '4500000'], districts: ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Thành phố Nam Định'] });
  });

  test('two provinces\' wholes, "Tỉnh Nam Định" and "Tỉnh Hà Nam", one per file: summed, 900 / 670', () => {
    const r = run([whole('h', 2024, 'Tỉnh Nam Định'), file('h/Hà Nam 2024.csv', [H, 'Tỉnh Hà Nam,300,200,1000000,500000'])]);
    expect(r.code, r.stderr).toBe(0);
    // 600 + 300 = 900, 470 + 200 = 670; 10.000.000 + 1.000.000, 3.500.000 + 500.000
    expect(totals(r.stdout)).toEqual({ cases: ['900', '670'], money: ['11000000', '4000000'], districts: ['Tỉnh Hà Nam', 'Tỉnh Nam Định'] });
  });

  test('a one-file province summary with its own "Toàn tỉnh" row: its three offices, 600 / 470', () => {
    const r = run([
      file('i/Nam Định 2024.csv', [
        H,
        'Văn phòng Cục,100,80,1000000,500000',
        'Mỹ Lộc,300,240,5000000,2000000',
        'Vụ Bản,200,150,4000000,1000000',
        'Toàn tỉnh,600,470,10000000,3500000',
      ]),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual({ cases: ['600', '470'], money: ['10000000', '3500000'], districts: ['Mỹ Lộc', 'Văn phòng Cục', 'Vụ Bản'] });
  });
});
