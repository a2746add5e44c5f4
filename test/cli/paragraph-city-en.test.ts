// The English paragraph of a centrally-run city's whole: "Hà Nội city", as the Vietnamese says
// "toàn thành phố Hà Nội" (it said "Hà Nội province").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-city-en-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'thads.config.json'), '{}');

it.each([
  ['Hà Nội', 'Hà Nội city', 'toàn thành phố Hà Nội'],
  ['Nam Định', 'Nam Định province', 'toàn tỉnh Nam Định'],
])('%s: "%s" / "%s"', (province, en, vi) => {
  const file = join(dir, `${province}-2019.csv`);
  writeFileSync(file, `Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong\n${province},A,100,80\n${province},B,200,150\n`);
  const paragraph = (lang: string) => spawnThads(['summarize', file, '--format', 'text', '--lang', lang, '--by', 'none'], { cwd: dir });
  const e = paragraph('en');
  expect(e.code, e.stderr).toBe(0);
  expect(e.stdout).toContain(en);
  expect(paragraph('vi').stdout).toContain(vi);
});
