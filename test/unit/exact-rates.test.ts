// Rates are exact fractions (rate-fraction.ts): the printed rate, the gap to a target, the
// change on last year and the ranks at half-way points and across scales, through the product.
// Figures by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-exact-rates-'));
const write = (name: string, lines: readonly string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const HEADER = 'Đơn vị,Có điều kiện,Giải quyết xong';

/** A 1/8, B 2/16, D 25/200: 12.5 % each, exactly half-way at 0 decimals; C 1/3. Total 29/227 = 12.7753…% */
const cases2019 = write('rates-viec-2019.csv', [HEADER, 'Chi cục A,8,1', 'Chi cục B,16,2', 'Chi cục C,3,1', 'Chi cục D,200,25']);
/** A 10 %, B 6.25 %, C and D as in 2019. Total 28/229 = 12.2270…% */
const cases2018 = write('rates-viec-2018.csv', [HEADER, 'Chi cục A,10,1', 'Chi cục B,16,1', 'Chi cục C,3,1', 'Chi cục D,200,25']);
/** X 0.1/0.8 and Y 2/16: 12.5 % at two scales; Z 1.001/3 = 33.3666…%. Total 3.101/19.8 = 15.6616…% */
const money2019 = write('rates-tien-2019.csv', [HEADER, 'Chi cục X,0.8,0.1', 'Chi cục Y,16,2', 'Chi cục Z,3,1.001']);
/** X 10 %, Y 12.5 %, Z 33.3333…%. Total 4/29 = 13.7931…% */
const money2018 = write('rates-tien-2018.csv', [HEADER, 'Chi cục X,10,1', 'Chi cục Y,16,2', 'Chi cục Z,3,1']);

type Json = { groups: { district: string; cases: Record<string, unknown> }[]; total: { cases: Record<string, unknown> } };
const pick = (m: Record<string, unknown>) => ({ rate: m.rate, gapPp: m.gapPp, met: m.met, rank: m.rank, rankOf: m.rankOf, rateChange: m.rateChange });

describe('rates as exact fractions, through summarize', () => {
  it('at 0 decimals: 12.5 % rounds to 13 (half up), a 0.005 pp gap to 0, ties share rank 2, a 2.5 pp change to 3', async () => {
    const r = await runThads(['summarize', cases2019, '--previous', cases2018, '--format', 'json', '--rate-decimals', '0', '--target-cases', '12.495']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(Object.fromEntries(out.groups.map((g) => [g.district, pick(g.cases)]))).toEqual({
      'Chi cục A': { rate: '13', gapPp: '0', met: true, rank: 2, rankOf: 4, rateChange: '3' }, // 12.5 − 10 = 2.5
      'Chi cục B': { rate: '13', gapPp: '0', met: true, rank: 2, rankOf: 4, rateChange: '6' }, // 12.5 − 6.25 = 6.25
      'Chi cục C': { rate: '33', gapPp: '21', met: true, rank: 1, rankOf: 4, rateChange: '0' }, // 33.33… − 12.495 = 20.838…
      'Chi cục D': { rate: '13', gapPp: '0', met: true, rank: 2, rankOf: 4, rateChange: '0' },
    });
    // 12.7753… − 12.495 = 0.280…; 12.7753… − 12.2270… = 0.548…
    expect(pick(out.total.cases)).toEqual({ rate: '13', gapPp: '0', met: true, rank: null, rankOf: null, rateChange: '1' });
  });

  it('at 2 decimals: the 0.005 pp gap rounds to 0.01', async () => {
    const r = await runThads(['summarize', cases2019, '--format', 'json', '--rate-decimals', '2', '--target-cases', '12.495']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.groups.map((g) => [g.cases.rate, g.cases.gapPp])).toEqual([['12.50', '0.01'], ['12.50', '0.01'], ['33.33', '20.84'], ['12.50', '0.01']]);
    expect([out.total.cases.rate, out.total.cases.gapPp]).toEqual(['12.78', '0.28']);
  });

  it('money of several scales: 0.1/0.8 ties 2/16, a change from 1/3 to 1.001/3, the total from 3 decimals', async () => {
    const r = await runThads(['summarize', money2019, '--previous', money2018, '--measure', 'money', '--money-unit', 'dong', '--format', 'csv', '--rate-decimals', '2', '--target-money', '12.495']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const col = (name: string) => head!.indexOf(name);
    const cells = rows.map((row) => ['district', 'money_rate', 'money_gap_pp', 'money_met', 'money_rank', 'money_rank_of', 'money_rate_change'].map((c) => row[col(c)]));
    expect(cells).toEqual([
      ['Chi cục X', '12.50', '0.01', 'true', '2', '3', '2.50'],
      ['Chi cục Y', '12.50', '0.01', 'true', '2', '3', '0.00'],
      ['Chi cục Z', '33.37', '20.87', 'true', '1', '3', '0.03'], // 33.3666… − 33.3333… = 0.0333…
      ['TOTAL', '15.66', '3.17', 'true', '', '', '1.87'], // 15.6616… − 13.7931… = 1.8685…
    ]);
  });
});
