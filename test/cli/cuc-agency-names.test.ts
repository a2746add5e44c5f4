// The Cục by any of the agency's names is one office (work89c): Hà Tĩnh's 2024 report says "Cục
// THADS tỉnh Hà Tĩnh", its 2023 report "Cục THA dân sự tỉnh Hà Tĩnh": --previous compared the Cục
// with nothing (ONE_YEAR_ONLY twice, its change empty) though both years give it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bareName } from '../../src/domain/office-names.js';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-cuc-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = 'STT;Đơn vị;Có điều kiện;Đã giải quyết xong';
function file(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${['CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH', 'Đơn vị tính: việc', HEAD, ...lines].join('\n')}\n`);
  return path;
}
// By hand — 2024: Cục 600 / 450 (75 %), Can Lộc 400 / 300 (75 %), total 1000 / 750 (75 %); 2023: Cục
// 560 / 380 (67.857… %), Can Lộc 380 / 270 (71.052… %), total 940 / 650 (69.148… %). Changes: Cục
// 7.142… → 7.14, Can Lộc 3.947… → 3.95, total 5.851… → 5.85.
const NOW = ['1;Cục THADS tỉnh Hà Tĩnh;600;450', '2;Chi cục THADS huyện Can Lộc;400;300'];

describe('--previous: the Cục by another of the agency\'s names', () => {
  for (const written of ['Cục THA dân sự tỉnh Hà Tĩnh', 'Cục Thi hành án dân sự tỉnh Hà Tĩnh', 'Cục THA DS Hà Tĩnh', 'Cuc THADS tinh Hà Tĩnh']) {
    it(`"${written}" in 2023 is "Cục THADS tỉnh Hà Tĩnh" of 2024`, async () => {
      const now = file('Hà Tĩnh 2024.csv', NOW);
      const before = file(`Hà Tĩnh 2023 ${written.length}.csv`, [`1;${written};560;380`, '2;Chi cục THA dân sự huyện Can Lộc;380;270']);
      const r = await runThads(['summarize', now, '--previous', before, '--measure', 'cases', '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
      const json = JSON.parse(r.stdout) as { groups: { district: string; cases: { rateChange: string | null } }[]; total: { cases: { rateChange: string | null } } };
      expect(json.groups.map((g) => [g.district, g.cases.rateChange])).toEqual([['Cục THADS tỉnh Hà Tĩnh', '7.14'], ['Chi cục THADS huyện Can Lộc', '3.95']]);
      expect(json.total.cases.rateChange).toBe('5.85');
    });
  }
});

describe('controls', () => {
  it('bare names', () => {
    expect(bareName('Cục THADS tỉnh Hà Tĩnh')).toBe('cục hà tĩnh');
    expect(bareName('Cục THA dân sự thành phố Hà Nội')).toBe('cục hà nội');
    expect(bareName('Cục THADS tỉnh')).toBe('cục thads tỉnh'); // no province: as written
    expect(bareName('Chi cục THADS huyện Can Lộc')).toBe('can lộc');
    // the Văn phòng's key drops the agency's name as the Cục's does (b6a6cbf: "Văn phòng Cục THADS" =
    // "Văn phòng Cục Thi hành án dân sự"), and stays the Văn phòng's, never the Cục's whole
    expect(bareName('Văn phòng Cục THADS')).toBe('văn phòng cục');
    expect(bareName('Văn phòng Cục Thi hành án dân sự')).toBe('văn phòng cục');
    expect(bareName('Văn phòng Cục THADS')).not.toBe(bareName('Cục THADS tỉnh'));
  });
  it('two provinces\' Cục stay two offices', () => {
    expect(bareName('Cục THADS tỉnh Hà Tĩnh')).not.toBe(bareName('Cục THA dân sự tỉnh Nghệ An'));
  });
});
