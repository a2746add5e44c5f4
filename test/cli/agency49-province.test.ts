// An office whose name writes another province than its row's — "Cục THADS tỉnh Hà Nam", "Văn
// phòng Cục THADS tỉnh Hà Nam", "Chi cục THADS huyện Kim Bảng (Hà Nam)" in Nam Định's table, the
// row's province told by the file name or a Tỉnh column — was added to that province's total.
// By hand (cases): Vụ Bản 100 có ĐK / 80 xong, Mỹ Lộc 50 / 40, the other province's row 160 / 120:
// old 100 + 50 + 160 = 310, 80 + 40 + 120 = 240, exit 0, all of it Nam Định's. Right: exit 1,
// PROVINCE_IN_NAME_MISMATCH at 4:2 (as a khu vực's "- Đắk Lắk" under Gia Lai already was).
// Controls: the province's own Văn phòng Cục or Cục beside its Chi cục (160 + 100 + 50 = 310,
// 120 + 80 + 40 = 240); a 2026 Ninh Bình table holding the Văn phòng of Nam Định, merged into it
// on 1/7/2025 (160 + 100 = 260, 120 + 80 = 200); a 2019 list of provinces by their Cục, no
// province of the file (160 + 100 = 260, 120 + 80 = 200).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refused.js';
import { csvColumns } from '../helpers/key-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-agency49-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ARGS = ['--format', 'csv'];

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const VB = '1,Chi cục THADS huyện Vụ Bản,100,80';
const ML = '2,Chi cục THADS huyện Mỹ Lộc,50,40';

function write(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
const run = (name: string, lines: readonly string[], command = 'summarize') => spawnThads([command, write(name, lines), ...(command === 'summarize' ? ARGS : [])]);
const total = (r: ReturnType<typeof run>) => {
  expect(r.code, r.stderr).toBe(0);
  return csvColumns(r.stdout, ['district', 'cases_with_conditions', 'cases_resolved']).at(-1);
};

describe('another province\'s office in a province\'s table is refused (was 310 / 240, exit 0)', () => {
  it.each(['Cục THADS tỉnh Hà Nam', 'Văn phòng Cục THADS tỉnh Hà Nam', 'Chi cục THADS huyện Kim Bảng (Hà Nam)', 'Chi cục THADS huyện Kim Bảng - tỉnh Hà Nam'])('"%s" under Vụ Bản and Mỹ Lộc of nam-dinh-2019.csv: exit 1, PROVINCE_IN_NAME_MISMATCH at 4:2', (name) => {
    const r = run('nam-dinh-2019.csv', [HEAD, VB, ML, `3,${name},160,120`]);
    expectRefused(r, 'PROVINCE_IN_NAME_MISMATCH');
    expect(r.stderr).toContain(`nam-dinh-2019.csv:4:2: error: office "${name}" names Hà Nam as its province, but its row is of Nam Định: thads cannot tell whose office it is [PROVINCE_IN_NAME_MISMATCH]`);
  });

  it('a Tỉnh column saying Nam Định beside "Văn phòng Cục THADS tỉnh Hà Nam": refused the same', () => {
    const r = run('2019.csv', ['Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Nam Định,Chi cục THADS huyện Vụ Bản,100,80', 'Nam Định,Văn phòng Cục THADS tỉnh Hà Nam,160,120']);
    expectRefused(r, 'PROVINCE_IN_NAME_MISMATCH');
  });

  it('check reports it: exit 1, located', () => {
    const r = run('nam-dinh-2019.csv', [HEAD, VB, ML, '3,Cục THADS tỉnh Hà Nam,160,120'], 'check');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nam-dinh-2019.csv:4:2: error: office "Cục THADS tỉnh Hà Nam" names Hà Nam as its province');
  });
});

describe('controls', () => {
  it('the province\'s own Văn phòng Cục, or its Cục, beside its Chi cục: 310 / 240', () => {
    expect(total(run('nam-dinh-2019.csv', [HEAD, '1,Văn phòng Cục THADS tỉnh Nam Định,160,120', '2,Chi cục THADS huyện Vụ Bản,100,80', '3,Chi cục THADS huyện Mỹ Lộc,50,40']))).toBe('TOTAL|310|240');
    expect(total(run('nam-dinh-2019.csv', [HEAD, '1,Cục THADS tỉnh Nam Định,160,120', '2,Chi cục THADS huyện Vụ Bản,100,80', '3,Chi cục THADS huyện Mỹ Lộc,50,40']))).toBe('TOTAL|310|240');
  });

  it('2026: Nam Định\'s Văn phòng in Ninh Bình\'s table (merged into it on 1/7/2025): 260 / 200', () => {
    expect(total(run('ninh-binh-2026.csv', [HEAD, '1,Văn phòng Cục THADS tỉnh Nam Định,160,120', '2,Phòng THADS khu vực 1,100,80']))).toBe('TOTAL|260|200');
  });

  it('a 2019 list of provinces by their Cục, no province of the file: 260 / 200', () => {
    expect(total(run('2019.csv', [HEAD, '1,Cục THADS tỉnh Hà Nam,160,120', '2,Cục THADS tỉnh Nam Định,100,80']))).toBe('TOTAL|260|200');
  });
});
