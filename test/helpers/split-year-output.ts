// What the tests of one office's year split over two rows (splitmarks, splitmarks2,
// hunt2026-monthparts) read of a run: the CSV output's TOTAL and offices, and the refusal
// both commands give.
import { expect } from 'vitest';
import { spawnThads } from './cli.js';
import { stderrCodes } from './lines-workbook.js';

/** The CSV output's TOTAL row: carried over, total, with conditions, resolved, rate (cases). */
export function csvTotal(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const sum = rows.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_carried_over', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => sum[head!.indexOf(k)]!);
}

/** The CSV output's rows by office (TOTAL last). */
export function csvDistricts(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  return rows.map((r) => r[head!.indexOf('district')]!);
}

/** The real binary refuses `file` with PERIOD_COLUMN, exit 1: summarize printing nothing and `message` on stderr, check the code. */
export function expectPeriodColumnBoth(file: string, cwd: string, message: string): void {
  for (const command of ['summarize', 'check']) {
    const r = spawnThads([command, file, '--format', command === 'check' ? 'text' : 'csv'], { cwd });
    expect(r.code, r.stderr).toBe(1);
    if (command === 'summarize') {
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
      expect(r.stderr).toContain(message);
    } else {
      expect(r.stdout).toContain('[PERIOD_COLUMN]');
    }
  }
}
