// thads' own Vietnamese Excel CSV (`--excel --lang vi`) read back: its empty cells are figures
// thads did not know, never the 0 a form's blank means. Not known as thads' own, the file of an
// input giving only "có điều kiện" and "giải quyết xong" came back with total, to execute,
// completed… 0, eight warnings, exit 0.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-excel-vi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('--excel --lang vi output, read back', () => {
  const input = write('in-2019.csv', 'district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved\nA,100,80,1000.5,600\nB,200,150,2000,900.25\n');

  for (const args of [[], ['--unit', 'thousand']] as const) {
    it(`keeps unknown figures unknown and the known ones exact${args.length ? ` (${args.join(' ')})` : ''}`, () => {
      const out = join(dir, `vi-${args.length}-2019.csv`);
      const w = spawnThads(['summarize', input, '--format', 'csv', '--excel', '--lang', 'vi', '-o', out, '-q', ...args]);
      expect(w.code, w.stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('Tỷ lệ việc (%)');
      const r = spawnThads(['summarize', out, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const { cases, money } = JSON.parse(r.stdout).total;
      // by hand: 100 + 200 = 300, 80 + 150 = 230; money 1000.5 + 2000 = 3000.5, 600 + 900.25 = 1500.25
      expect([cases.withConditions, cases.resolved]).toEqual(['300', '230']);
      expect([money.withConditions, money.resolved]).toEqual(['3000.5', '1500.25']);
      for (const unknown of ['total', 'toExecute', 'completed', 'terminated', 'carriedForward']) {
        expect(cases[unknown], unknown).toBeNull();
        expect(money[unknown], unknown).toBeNull();
      }
    });
  }

  it('a person\'s file with the same Vietnamese labels but no rate column is a form: its blanks are 0', () => {
    const form = write('form-2019.csv', '\uFEFFTỉnh;Đơn vị;Năm;Việc tổng số thụ lý;Việc có điều kiện;Việc giải quyết xong\n;A;2019;;100;80\n');
    const r = spawnThads(['summarize', form, '--format', 'json']);
    expect(JSON.parse(r.stdout).total.cases.total).toBe('0');
  });
});
