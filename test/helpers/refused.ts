// A run thads refused: exit 1, nothing on stdout, and the finding's code among stderr's.
import { expect } from 'vitest';
import { stderrCodes } from './lines-workbook.js';

/** Expects `r` refused with exit 1, an empty stdout and `code` among its findings. */
export function expectRefused(r: { code: number; stdout: string; stderr: string }, code: string): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(stderrCodes(r.stderr)).toContain(code);
}
