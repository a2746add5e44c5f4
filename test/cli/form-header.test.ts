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
