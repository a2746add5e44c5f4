// `thads check` grades a total's findings as `summarize` does (traps35 1, 2): a row only close to
// the sum of the rows above it in two figures, a subtotal of the rows next to it in two, a
// declared total with --accept-total-mismatch, anything with --no-total-guess are warnings in
// both (exit 0); check made them errors (exit 1) while summarize printed the sum with exit 0.
// With --strict, or with the evidence the rules ask for (four figures), both refuse.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, checkBoth, runArgs, type Files } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-check-graded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

/** check and summarize on one file, through both readers; summarize's CSV total and code too. */
async function both(name: string, lines: readonly string[], extra: readonly string[] = []) {
  const files: Files = { [name]: lines };
  const summary = await bothOnFiles(dir, files, ['--format', 'csv', ...extra]);
  const check = await checkBoth(dir, [name], extra);
  return { summary, check };
}

function casesTotal(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => total[head!.indexOf(k)]!);
}

describe('check grades a total\'s findings as summarize does', () => {
  // Nam Trực 349 / 174 against the 3 rows above it: 100 + 200 + 50 = 350, 50 + 100 + 25 = 175.
  // Two figures: a big office may come so close by chance, a warning. As an office the total is
  // 100 + 200 + 50 + 349 = 699, 50 + 100 + 25 + 174 = 349, 349 / 699 = 49.93 %.
  const CLOSE = [HEADER, '1,Mỹ Lộc,100,50', '2,Vụ Bản,200,100', '3,Ý Yên,50,25', '4,Nam Trực,349,174'];

  it.each([[[]], [['--no-total-guess']]])('a row close to the rows above it in two figures: a warning in both, exit 0 (%j)', async (extra) => {
    const { summary, check } = await both('close2-2019.csv', CLOSE, extra);
    expect(summary.code).toBe(0);
    expect(casesTotal(summary.stdout)).toEqual(['699', '349', '49.93']);
    expect(summary.stderr).toContain('close2-2019.csv:5: warning: line 5 "Nam Trực" looks like a total row');
    expect(check.stdout).toContain('close2-2019.csv:5: warning: line 5 "Nam Trực" looks like a total row');
    expect(check.stdout).toContain('0 errors, 1 warning in 1 file');
    expect(check.code).toBe(0);
  });

  it('with --strict check fails on it, as summarize refuses it', async () => {
    const { summary, check } = await both('close2-2019.csv', CLOSE, ['--strict']);
    expect(summary.code).toBe(1);
    expect(check.stdout).toContain('close2-2019.csv:5: error: line 5 "Nam Trực" looks like a total row');
    expect(check.code).toBe(1);
  });

  // Ý Yên 30 / 15 = lines 2–3: 10 + 20, 5 + 10, two figures; the file's total 65 / 31 counts it:
  // 10 + 20 + 30 + 5 = 65, 5 + 10 + 15 + 1 = 31, 31 / 65 = 47.69 %.
  it('a subtotal of the rows next to it in two figures, under a total that counts it: a warning in both, exit 0', async () => {
    const lines = [HEADER, '1,Mỹ Lộc,10,5', '2,Vụ Bản,20,10', '3,Ý Yên,30,15', '4,Nam Trực,5,1', ',Tổng cộng,65,31'];
    const { summary, check } = await both('sus3-2019.csv', lines);
    expect(summary.code).toBe(0);
    expect(casesTotal(summary.stdout)).toEqual(['65', '31', '47.69']);
    expect(check.stdout).toContain('sus3-2019.csv:4: warning: line 4 "Ý Yên" looks like a subtotal row');
    expect(check.code).toBe(0);
  });

  // Four agreeing figures (30 = 10 + 20, 12 = 4 + 8, 3 = 1 + 2, 15 = 5 + 10) are no chance: refused
  // by both, though the total (=SUM over the subtotal too) counts it.
  it('a subtotal in four figures is refused by both, whatever the total', async () => {
    const lines = ['STT,Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Việc giải quyết xong', '1,Mỹ Lộc,10,4,1,5', '2,Vụ Bản,20,8,2,10', '3,Ý Yên,30,12,3,15', '4,Nam Trực,5,1,0,1', ',Tổng cộng,65,25,6,31'];
    const { summary, check } = await both('sus5-2019.csv', lines);
    expect(summary.code).toBe(1);
    expect(check.stdout).toContain('sus5-2019.csv:4: error: line 4 "Ý Yên" looks like a subtotal row');
    expect(check.code).toBe(1);
  });

  // 10 + 20 = 30 with conditions, 5 + 10 = 15 resolved against the total's 16.
  const TOT = ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'A,10,5', 'B,20,10', 'Tổng cộng,30,16'];

  it('a declared total the rows contradict: an error in both, a warning in both with --accept-total-mismatch', async () => {
    const refused = await both('tot-2019.csv', TOT);
    expect(refused.summary.code).toBe(1);
    expect(refused.check.stdout).toContain('tot-2019.csv:4:3: error: declared total "Tổng cộng" has cases resolved 16, but the office rows add up to 15 [DECLARED_TOTAL_MISMATCH]');
    expect(refused.check.code).toBe(1);
    const accepted = await both('tot-2019.csv', TOT, ['--accept-total-mismatch']);
    expect(accepted.summary.code).toBe(0);
    expect(casesTotal(accepted.summary.stdout)).toEqual(['30', '15', '50.00']);
    expect(accepted.check.stdout).toContain('tot-2019.csv:4:3: warning: declared total "Tổng cộng" has cases resolved 16, but the office rows add up to 15 [DECLARED_TOTAL_MISMATCH]');
    expect(accepted.check.code).toBe(0);
  });

  it('--accept-total-mismatch with --strict: check fails, as summarize refuses', async () => {
    writeFileSync(join(dir, 'tot-strict-2019.csv'), `${TOT.join('\n')}\n`);
    const r = await runArgs(dir, ['check', join(dir, 'tot-strict-2019.csv'), '--accept-total-mismatch', '--strict'], false);
    expect(r.stdout).toContain('error: declared total "Tổng cộng" has cases resolved 16');
    expect(r.code).toBe(1);
  });
});
