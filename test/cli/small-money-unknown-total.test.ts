// The money unit of the table is tỷ đồng, or a smaller one while the money is small, "so small
// money never reads 0,00" (README). It was chosen by the totals alone: where the money total is
// unknown (office C gives no money, MEASURE_NOT_GIVEN), A's 100 and 50 đồng printed "0.00 /
// 0.00 (billion VND)", "+0.00" above target, beside a 50.00 % rate (traps17 7). The groups'
// figures count too.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-small-money-');
write({
  'part-2019.csv': ['district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved', 'A,10,8,100,50', 'B,10,9,,'],
  'part2-2019.csv': ['district,cases_with_conditions,cases_resolved', 'C,10,7'],
});

describe('small money beside an unknown money total', () => {
  it('is shown in đồng, not as 0.00 billion', () => {
    const r = spawnThads(['summarize', 'part-2019.csv', 'part2-2019.csv', '--target-money', '40', '--format', 'markdown', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('| Money (VND): With conditions | Money (VND): Resolved |');
    const a = lines.find((l) => l.startsWith('| A |'))!.split('|').slice(1, -1).map((c) => c.trim());
    // with conditions 100, resolved 50, rate 50 %, target 40 %: above target 50 − 40 % × 100 = +10
    expect(a.slice(-7)).toEqual(['—', '100', '50', '50.00%', '40%', '+10.00', '+10']);
  });
});
