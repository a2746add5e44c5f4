// An office's one enforcer (Chấp hành viên) written under (or above) its numbered line, no STT, the
// very same figures, in a file no title says is by enforcer: both were added, every figure of the
// office twice, exit 0 ("1 | Cục THADS tỉnh Nam Định | 70" over "| Nguyễn Văn An | 70": 540 for
// 470). Under a line naming its office as such it is its enforcer, counted once; above the line or
// under a bare place it is refused at the row without STT (NOT_AN_OFFICE): its office's enforcer or
// an office of its own with equal figures, thads cannot tell (by-enforcer.ts enforcerBesideItsLine).
// Totals below are written by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-oneenf-'));
const TITLED = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: Việc', 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Đã giải quyết xong'];
const PLAIN = ['STT;Đơn vị;Số việc thụ lý;Số việc có điều kiện;Số việc giải quyết xong'];
const MY_LOC = ['2;Chi cục THADS huyện Mỹ Lộc;400;300;280', ';Trần Thị Bình;240;180;170', ';Lê Văn Cường;160;120;110'];

function run(name: string, lines: readonly string[]) {
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return spawnThads(['summarize', file, '--format', 'json']);
}
const totalOf = (stdout: string) => (JSON.parse(stdout) as { total: { cases: { total: string; withConditions: string } } }).total.cases;
const officesOf = (stdout: string) => (JSON.parse(stdout) as { groups: { district: string }[] }).groups.map((g) => g.district);

function refused(r: { code: number; stdout: string; stderr: string }, name: string) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`"${name}" has no STT and exactly the figures of`);
  expect(stderrCodes(r.stderr)).toContain('NOT_AN_OFFICE');
}

describe('one enforcer beside its office line, no title saying by enforcer', () => {
  function readOnce(r: { code: number; stdout: string; stderr: string }) {
    expect(r.code).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('NOT_AN_OFFICE');
    expect(totalOf(r.stdout)).toMatchObject({ total: '470', withConditions: '347' });
    expect(officesOf(r.stdout)).toEqual(['Cục THADS tỉnh Nam Định', 'Chi cục THADS huyện Mỹ Lộc']);
  }
  it('the Cục with its one enforcer under it, a total line (reference reader): 470, not refused nor 540', () => {
    readOnce(run('a.csv', [...TITLED, '1;Cục THADS tỉnh Nam Định;70;47;40', ';Nguyễn Văn An;70;47;40', ...MY_LOC, 'Tổng cộng;;470;347;320']));
  });
  it('no "Tổng cộng" (was 540, exit 0): 470', () => {
    readOnce(run('b.csv', [...TITLED, '1;Cục THADS tỉnh Nam Định;70;47;40', ';Nguyễn Văn An;70;47;40', ...MY_LOC]));
  });
  it('plain CSV without title (fast reader hands it over): 470', () => {
    readOnce(run('c.csv', [...PLAIN, '1;Cục THADS tỉnh Nam Định;70;47;40', ';Nguyễn Văn An;70;47;40', ...MY_LOC]));
  });
  it('a bare place name with one person under it (both readers): refused', () => {
    const rows = ['1;Vụ Bản;70;47;40', ';Nguyễn Văn An;70;47;40', '2;Mỹ Lộc;400;300;280'];
    const r = run('d.csv', [...TITLED, ...rows]);
    refused(r, 'Nguyễn Văn An');
    expect(r.stderr).toMatch(/d\.csv:5: error: "Nguyễn Văn An" has no STT/);
    refused(run('d2.csv', [...PLAIN, ...rows]), 'Nguyễn Văn An');
  });
  it('the person first, then the office (both readers): refused', () => {
    const rows = [';Nguyễn Văn An;70;47;40', '1;Cục THADS tỉnh Nam Định;70;47;40', ...MY_LOC];
    const r = run('e.csv', [...TITLED, ...rows]);
    refused(r, 'Nguyễn Văn An');
    expect(r.stderr).toContain('right below it');
    refused(run('e2.csv', [...PLAIN, ...rows]), 'Nguyễn Văn An');
  });
  it('the Cục over one bare name with its figures (its enforcer, or the province over its one district): counted once, 300 (was 600)', () => {
    const r = run('f.csv', [...TITLED, '1;Cục THADS tỉnh Nam Định;300;200;180', ';Mỹ Lộc;300;200;180']);
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toMatchObject({ total: '300', withConditions: '200' });
  });
  it('xlsx twins: the Cục’s one enforcer 470; the person above the line refused', async () => {
    const r = await summarizeLinesWorkbook(dir, 'g.xlsx', [...TITLED, '1;Cục THADS tỉnh Nam Định;70;47;40', ';Nguyễn Văn An;70;47;40', ...MY_LOC, 'Tổng cộng;;470;347;320'], ['--format', 'json']);
    readOnce(r);
    const p = await summarizeLinesWorkbook(dir, 'g2.xlsx', [...TITLED, ';Nguyễn Văn An;70;47;40', '1;Cục THADS tỉnh Nam Định;70;47;40', ...MY_LOC], ['--format', 'json']);
    expect(p.code).toBe(1);
    expect(p.stdout).toBe('');
    expect(p.stderr).toContain('"Nguyễn Văn An" has no STT and exactly the figures of "Cục THADS tỉnh Nam Định" (row 5) right below it');
    expect(stderrCodes(p.stderr)).toContain('NOT_AN_OFFICE');
  });
  it('a Chi cục or a Phòng khu vực with one enforcer: read as before, its enforcer (470)', () => {
    for (const [name, office] of [['h.csv', '1;Chi cục THADS huyện Vụ Bản;70;47;40'], ['i.csv', '1;Phòng THADS khu vực 1;70;47;40']] as const) {
      const r = run(name, [...TITLED, office, ';Nguyễn Văn An;70;47;40', ...MY_LOC, 'Tổng cộng;;470;347;320']);
      expect(r.code).toBe(0);
      expect(totalOf(r.stdout)).toMatchObject({ total: '470', withConditions: '347' });
      expect(officesOf(r.stdout)).toHaveLength(2);
    }
  });
});

describe('over-reach controls: read as before', () => {
  it('a province total over its bare districts (700 = 300 + 400): SUSPECTED_TOTAL_ROW as before', () => {
    const r = run('p.csv', [...TITLED, '1;Cục THADS tỉnh Nam Định;700;500;450', ';Mỹ Lộc;300;200;180', ';Vụ Bản;400;300;270']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('SUSPECTED_TOTAL_ROW');
    expect(stderrCodes(r.stderr)).not.toContain('NOT_AN_OFFICE');
  });
  it('two numbered offices with equal figures, districts named after people: two offices (140)', () => {
    for (const lines of [
      ['1;Chi cục THADS quận Lê Chân;70;47;40', '2;Chi cục THADS quận Ngô Quyền;70;47;40'],
      ['1;Lê Chân;70;47;40', '2;Hai Bà Trưng;70;47;40'],
    ]) {
      const r = run('q.csv', [...PLAIN, ...lines]);
      expect(r.code).toBe(0);
      expect(totalOf(r.stdout)).toMatchObject({ total: '140', withConditions: '94' });
    }
  });
  it('an office without STT naming itself as one, equal figures under a numbered office: as before (140)', () => {
    const r = run('r.csv', [...TITLED, '1;Chi cục THADS quận Lê Chân;70;47;40', ';Chi cục THADS quận Ngô Quyền;70;47;40']);
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toMatchObject({ total: '140', withConditions: '94' });
  });
  it('a bare name without STT with other figures under a numbered bare place: two offices as before (120)', () => {
    const r = run('s.csv', [...PLAIN, '1;Vụ Bản;70;47;40', ';Ý Yên;50;30;20']);
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toMatchObject({ total: '120', withConditions: '77' });
  });
});
