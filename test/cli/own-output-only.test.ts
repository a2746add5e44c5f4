// thads' own output of --only read back (traps40 4): its TOTAL counts every group of the run, its
// rows only those asked for, so it was refused with DECLARED_TOTAL_MISMATCH's "one of them is
// wrong" (and --accept-total-mismatch printed the shown rows' sum as the total). Now its hint
// says what it is, and it is refused whatever --accept-total-mismatch says.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-own-only-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// with conditions 100 + 200 + 50 = 350 in the total; Mỹ Lộc's row alone adds up to 100
const Y2023 = write('src-2023.csv', `${HEADER}\nMỹ Lộc,100,80\nVụ Bản,200,150\nÝ Yên,50,40\n`);
const Y2024 = write('tinh-2024.csv', `${HEADER}\nMỹ Lộc,100,90\nVụ Bản,200,160\nÝ Yên,50,45\n`);

describe("thads' own --only output, read back", () => {
  for (const format of ['csv', 'markdown'] as const) {
    it(`(${format}) is refused as --only output, not as a wrong total`, async () => {
      const w = await runThads(['summarize', Y2023, '--only', 'Mỹ Lộc', '--format', format, '-q']);
      expect(w.code, w.stderr).toBe(0);
      const only = write(`only-2023.${format === 'csv' ? 'csv' : 'md'}`, w.stdout);
      for (const extra of [[], ['--accept-total-mismatch']]) {
        const r = await runThads(['summarize', Y2024, '--previous', only, '--format', 'csv', ...extra]);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain('has cases with conditions 350, but the office rows add up to 100 [DECLARED_TOTAL_MISMATCH]');
        expect(r.stderr).toContain("hint: this is thads' own output: its total counts every group of its run, so rows adding up to less were written with --only");
        expect(r.stderr).not.toContain('one of them is wrong');
      }
    });
  }

  it('the output without --only is read back and compared: total 350 both years, resolved 270 → 295, +7.14 pp', async () => {
    // 2023: 270 / 350 = 77.142857 %; 2024: 295 / 350 = 84.285714 %; change 7.142857 → 7.14
    const w = await runThads(['summarize', Y2023, '--format', 'csv', '-q']);
    const all = write('all-2023.csv', w.stdout);
    const r = await runThads(['summarize', Y2024, '--previous', all, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const total = rows.find((x) => x[1] === 'TOTAL')!;
    expect(total[head!.indexOf('cases_rate_change')]).toBe('7.14');
  });
});
