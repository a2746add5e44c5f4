// Statistics regimes (SPEC §2, issue 14): files of the 2020s have a third group outside "có
// điều kiện" (deferred: hoãn, tạm đình chỉ), with or without a column of their own; files up
// to 2019 keep the two-way split. Gia Lai 2022: 18,819 = 13,409 + 5,255 + 155.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads, transcript } from '../helpers/cli.js';

const WITH = 'fixtures/regimes/gia-lai-viec-2022.csv';
const WITHOUT = 'fixtures/regimes/gia-lai-viec-2022-no-deferred-column.csv';
const golden = (name: string) => `./__golden__/regimes-${name}.txt`;

const SCENARIOS: Record<string, string[]> = {
  // (one file at a time: the two files hold the same offices, which is DUPLICATE_INPUT together)
  'check-2022': ['check', WITH],
  'check-2022-no-deferred-column': ['check', WITHOUT],
  'check-as-2019': ['check', WITHOUT, '--year', '2019'],
  'json-2022-no-deferred-column': ['summarize', WITHOUT, '--format', 'json', '--by', 'none'],
  'csv-2022': ['summarize', WITH, '--format', 'csv'],
  // No national target for 2021: said once, instead of three columns of dashes.
  'table-no-target': ['summarize', WITHOUT, '--year', '2021', '--format', 'table', '--lang', 'en'],
  'markdown-no-target': ['summarize', WITHOUT, '--year', '2021', '--format', 'markdown', '--lang', 'vi'],
  'text-no-target': ['summarize', WITHOUT, '--year', '2021', '--format', 'text', '--lang', 'vi', '--by', 'none'],
};

describe('statistics regimes (golden)', () => {
  for (const [name, args] of Object.entries(SCENARIOS)) {
    it(name, async () => {
      const r = await runThads(args);
      await expect(transcript(r)).toMatchFileSnapshot(golden(name));
    });
  }
});

describe('Gia Lai 2022 (published: 18,819 to execute = 13,409 + 5,255 + 155)', () => {
  it('check is clean with a deferred column and without one', async () => {
    for (const file of [WITH, WITHOUT]) {
      const r = await runThads(['check', file]);
      expect(r.stdout).toBe('no problems in 1 file\n');
      expect(r.code).toBe(0);
    }
  });

  it('the same figures as a 2019 file fail: up to 2019 the split has two parts', async () => {
    const r = await runThads(['check', WITHOUT, '--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[CONDITIONS_SPLIT_MISMATCH]');
  });

  it('summarize shows deferred, given or derived: JSON deferred, CSV cases_deferred / money_deferred', async () => {
    for (const file of [WITH, WITHOUT]) {
      const doc = JSON.parse((await runThads(['summarize', file, '--format', 'json', '--by', 'none'])).stdout);
      expect(doc.total.cases).toMatchObject({ toExecute: '18819', withConditions: '13409', withoutConditions: '5255', deferred: '155' });
    }
    const csv = (await runThads(['summarize', WITHOUT, '--format', 'csv', '--by', 'none'])).stdout.split('\n');
    const header = csv[0]!.split(',');
    expect(header).toContain('cases_deferred');
    expect(header).toContain('money_deferred');
    expect(csv[1]!.split(',')[header.indexOf('cases_deferred')]).toBe('155');
  });

  it('never derives without_conditions as to_execute − with_conditions from 2020', async () => {
    // Without the "Chưa có điều kiện" column 18,819 − 13,409 = 5,410 would be chưa có ĐK + deferred.
    const dir = mkdtempSync(join(tmpdir(), 'thads-regimes-'));
    const file = join(dir, 'gia-lai-2022.csv');
    writeFileSync(file, 'district,cases_to_execute,cases_with_conditions,cases_resolved\nGia Lai,18819,13409,9905\n');
    const doc = JSON.parse((await runThads(['summarize', file, '--format', 'json', '--by', 'none'])).stdout);
    expect(doc.total.cases).toMatchObject({ toExecute: '18819', withConditions: '13409', withoutConditions: null, deferred: null });
    // up to 2019 it is derived
    const old = JSON.parse((await runThads(['summarize', file, '--format', 'json', '--by', 'none', '--year', '2019'])).stdout);
    expect(old.total.cases.withoutConditions).toBe('5410');
  });
});

describe('a file whose only figure row is a declared total', () => {
  it('is read as that total ("Toàn quốc", national 2022: 861,529 = 653,719 + 195,675 + 12,135)', async () => {
    const r = await runThads(['summarize', 'fixtures/regimes/toan-quoc-viec-2022.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.groups.map((g: { district: string }) => g.district)).toEqual(['Toàn quốc']);
    expect(doc.total.cases).toMatchObject({ toExecute: '861529', withConditions: '653719', withoutConditions: '195675', deferred: '12135', rate: '79.54' });
    expect((await runThads(['check', 'fixtures/regimes/toan-quoc-viec-2022.csv'])).code).toBe(0);
  });

  it('two totals and no office row: the first is read, the other checked against it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-totals-'));
    const file = join(dir, '2019.csv');
    writeFileSync(file, 'district,cases_with_conditions,cases_resolved\nToàn tỉnh,10,9\nTổng cộng,10,9\n');
    const r = await runThads(['summarize', file, '--format', 'json', '--by', 'none']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '10', resolved: '9' });
  });
});
