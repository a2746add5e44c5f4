// Issue 13, item 12: a bug in thads (an exception that is not a ThadsError) exits 70 (EX_SOFTWARE),
// not 2, which is a bad option or an unreadable file: CI can tell a thads bug from a usage error.
import { describe, expect, it, vi } from 'vitest';
import { runThads } from '../helpers/cli.js';

vi.mock('../../src/domain/evaluate.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/domain/evaluate.js')>()),
  evaluate: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'units')");
  },
}));

describe('an internal error', () => {
  it('exits 70 with one line that says it is a bug, and no stack trace unless THADS_DEBUG', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv']);
    expect(r.code).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "thads: error: internal error: Cannot read properties of undefined (reading 'units') [INTERNAL_ERROR]\n  hint: this is a bug in thads; please report it with the command and the input that caused it (THADS_DEBUG=1 prints the stack)\n",
    );
    const debug = await runThads(['summarize', 'fixtures/2019.csv'], { env: { THADS_DEBUG: '1' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('a usage error is still 2', async () => {
    expect((await runThads(['summarize', 'fixtures/2019.csv', '--by', 'nonsense'])).code).toBe(2);
  });
});
