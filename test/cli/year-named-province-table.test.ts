// A table of provinces (a Tỉnh column, no office column) in a file named by its year alone,
// "2025.csv": its rows are provinces. The rule for a row labelled with the file's year ("Năm 2025",
// no office) took the file's name for each row's label and refused every row (NOT_AN_OFFICE).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-year-named-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'thads.config.json'), '{}');

it('"2025.csv" of provinces\' rows is summed by province', () => {
  const file = join(dir, '2025.csv');
  writeFileSync(file, 'Tỉnh,Việc có điều kiện,Việc giải quyết xong\nHà Nội,1000,850\nCao Bằng,500,400\n');
  const r = spawnThads(['summarize', file, '--by', 'province', '--format', 'json'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout);
  // by hand: 1000 + 500 = 1500, 850 + 400 = 1250; 1250/1500 = 83.33 %
  expect(out.groups.map((g: { province: string; cases: { rate: string } }) => [g.province, g.cases.rate])).toEqual([['Hà Nội', '85.00'], ['Cao Bằng', '80.00']]);
  expect([out.total.cases.withConditions, out.total.cases.resolved, out.total.cases.rate]).toEqual(['1500', '1250', '83.33']);
});

it('a row labelled "Năm 2025" beside offices in 2025.csv is still refused', () => {
  const file = join(dir, 'sub', '2025.csv');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(file, 'Đơn vị,Việc có điều kiện,Việc giải quyết xong\nMỹ Lộc,100,80\nVụ Bản,200,150\nNăm 2025,10,5\n');
  const r = spawnThads(['summarize', file, '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('[NOT_AN_OFFICE]');
});
