// The statistics regime's own form: a three-level header ("Có điều kiện thi hành" over
// "Tổng số | Thi hành xong | …"), cases only, read like its canonical twin.
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const json = async (args: string[]) => {
  const r = await runThads([...args, '--format', 'json', '--config', 'fixtures/thads.config.json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('form with a three-level header', () => {
  it('gives the same case figures as fixtures/2019.csv, without warnings', async () => {
    const form = await json(['summarize', 'fixtures/real-world/form-three-row-header/bao-cao-viec-2019.csv']);
    const twin = await json(['summarize', 'fixtures/2019.csv']);
    expect(form.warnings).toEqual([]);
    expect(form.total.money).toBeNull();
    // The form has no resolved column: resolved = completed + terminated, exactly as the twin gives it.
    expect(form.total.cases).toEqual(twin.total.cases);
    expect(form.groups.map((g: { cases: unknown }) => g.cases)).toEqual(twin.groups.map((g: { cases: unknown }) => g.cases));
    expect(form.total.cases).toMatchObject({ withConditions: '5871', resolved: '5513', rate: '93.90' });
  });

  it('maps "Tổng số" under a group to the group\'s figure', async () => {
    const r = await runThads(['inspect', 'fixtures/real-world/form-three-row-header/bao-cao-viec-2019.csv']);
    expect(r.stdout).toContain('"Tổng số thụ lý" → cases_total');
    expect(r.stdout).toContain('"Có điều kiện thi hành" → cases_with_conditions');
    expect(r.stdout).toContain('1 declared total');
  });
});

describe('a report in sections: "II. Các Chi cục" is a subtotal above its offices', () => {
  it('adds only the offices, and checks the subtotal against the rows below it', async () => {
    const sections = await json(['summarize', 'fixtures/real-world/sections/bao-cao-2019.csv']);
    const twin = await json(['summarize', 'fixtures/2019.csv']);
    expect(sections.warnings).toEqual([]);
    expect(sections.groups).toHaveLength(10);
    expect(sections.total).toEqual(twin.total);
  });

  it('names the subtotal cell that does not add up', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'thads-sections-')), 'bao-cao-2019.csv');
    // The nine Chi cục resolve 4931 cases (5513 − 582 of the Văn phòng Cục); write 4932 instead.
    writeFileSync(file, readFileSync('fixtures/real-world/sections/bao-cao-2019.csv', 'utf8').replace(',973,4931,', ',973,4932,'));
    const args = ['summarize', file, '--format', 'csv', '--by', 'none', '--config', 'fixtures/thads.config.json'];
    // Refused by default (SPEC §6): a total the file contradicts never leaves with exit 0.
    const r = await runThads(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // Column 18: STT, Tỉnh, Đơn vị, then 14 case fields before resolved.
    expect(r.stderr).toContain(':3:18: error: declared subtotal "Các Chi cục THADS" has cases resolved 4932, but the rows below it add up to 4931 [DECLARED_TOTAL_MISMATCH]');
    // Accepted on request: the sum of the office rows is printed, the finding is a warning.
    const accepted = await runThads([...args, '--accept-total-mismatch']);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain(',5513,');
    expect(accepted.stderr).toContain(':3:18: warning: declared subtotal "Các Chi cục THADS" has cases resolved 4932');
  });
});
