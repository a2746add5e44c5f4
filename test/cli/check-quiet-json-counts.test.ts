// `check --quiet --format json` lists no warning, but its "warnings" counted them (the verdict's
// count): "warnings": 1 beside an empty list, a CI reader of the JSON told of a finding it cannot
// find (traps35 3). The counts stay the verdict's, and "warningsNotListed" says how many of them
// the list leaves out (0 without --quiet).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBoth } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-check-quiet-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// one warning (the unknown column "Người nhập liệu") and one error (resolved 6 > with conditions 5)
writeFileSync(join(dir, 'q-2019.csv'), 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Người nhập liệu\nA,10,5,Lan\nB,5,6,Lan\n');

interface Doc { errors: number; warnings: number; warningsNotListed: number; findings: { severity: string; code: string }[]; verdict: string }

describe('check --format json: the counts and the list agree', () => {
  it('--quiet: 1 error listed, the 1 warning counted and said to be left out', async () => {
    const r = await checkBoth(dir, ['q-2019.csv'], ['--format', 'json', '--quiet']);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.findings.map((f) => f.severity)).toEqual(['error']);
    expect([doc.errors, doc.warnings, doc.warningsNotListed]).toEqual([1, 1, 1]);
    expect(doc.verdict).toBe('1 error, 1 warning in 1 file');
    expect(doc.warnings - doc.warningsNotListed).toBe(doc.findings.filter((f) => f.severity === 'warning').length);
  });

  it('without --quiet: both listed, none left out', async () => {
    const doc = JSON.parse((await checkBoth(dir, ['q-2019.csv'], ['--format', 'json'])).stdout) as Doc;
    expect(doc.findings.map((f) => f.code).sort()).toEqual(['RESOLVED_EXCEEDS_WITH_CONDITIONS', 'UNKNOWN_COLUMN']);
    expect([doc.errors, doc.warnings, doc.warningsNotListed]).toEqual([1, 1, 0]);
  });
});
