// thads' CSV writes a name that begins with = + - @ after a guarding "'" (output/csv.ts
// neutralizeFormula), as Excel users type it. Read back as --previous, the names kept the "'" and
// named no office of the input: every change on last year was lost, with ONE_YEAR_ONLY warnings
// only, exit 0 (traps33 2). Both readers now read such a name without its guard.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-formula-guard-', ['--format', 'csv']);

const HEADER = 'province,district,cases_total,cases_with_conditions,cases_resolved';
// 2018 and 2019 of four offices whose names open with a formula's character.
const Y2018 = [HEADER, 'Nam Định,=Nam Định TP,600,500,400', 'Nam Định,+Mỹ Lộc,300,200,150', 'Nam Định,@Ý Yên,100,80,60', 'Nam Định,-Vụ Bản,50,40,30'];
const Y2019 = [HEADER, 'Nam Định,=Nam Định TP,650,500,450', 'Nam Định,+Mỹ Lộc,330,200,160', 'Nam Định,@Ý Yên,120,80,64', 'Nam Định,-Vụ Bản,55,40,32'];
// Hand changes: totals 650 − 600 = 50, 330 − 300 = 30, 120 − 100 = 20, 55 − 50 = 5, in all
// 1.155 − 1.050 = 105; rates 90 − 80 = 10, 80 − 75 = 5, 80 − 75 = 5, 80 − 75 = 5, in all
// 706/820 − 640/820 = 66/820 = 8,0487… pp → 8.05.
const CHANGES = [
  ['=Nam Định TP', '50', '10.00'],
  ['+Mỹ Lộc', '30', '5.00'],
  ['@Ý Yên', '20', '5.00'],
  ['-Vụ Bản', '5', '5.00'],
  ['TOTAL', '105', '8.05'],
];

function column(stdout: string, names: readonly string[]): string[][] {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  return rows.map((r) => names.map((n) => r[head!.indexOf(n)]!.replace(/^'/, '')));
}

describe('a name after a formula guard', () => {
  it("thads' own CSV of last year, read back as --previous: every office compared", async () => {
    const out2018 = await both('eq-2018.csv', Y2018);
    expect(out2018.code, out2018.stderr).toBe(0);
    expect(out2018.stdout).toContain(",'=Nam Định TP,2018,");
    const previous = write('eqout-2018.csv', out2018.stdout.trimEnd().split('\n'));
    const r = await both('eq-2019.csv', Y2019, ['--previous', previous, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
    expect(column(r.stdout, ['district', 'cases_total_change', 'cases_rate_change'])).toEqual(CHANGES);
  });

  it('typed by a user in the input (and in a province cell): the name without it', async () => {
    const previous = write('plain-2018.csv', Y2018);
    const guarded = Y2019.map((l, i) => (i === 0 ? l : l.replace(/^Nam Định,/, "'=Nam Định,").replace(/,([=+@-])/, ",'$1")));
    const r = await both('typed-2019.csv', guarded, ['--previous', previous, '--format', 'csv']);
    // the province "=Nam Định" is no province of 2018's "Nam Định": compared by office name alone
    expect(column(r.stdout, ['district', 'cases_total_change'])).toEqual(CHANGES.map(([d, t]) => [d!, t!]));
    expect(column(r.stdout, ['province']).slice(0, 1)).toEqual([['=Nam Định']]);
  });

  it('an apostrophe before a letter stays the name\'s; a bullet after the guard is a bullet', async () => {
    const r = await both('apos-2019.csv', ['district,cases_with_conditions,cases_resolved', "'- Mỹ Lộc,10,5", "'Vụ Bản,10,6"]);
    expect(r.code, r.stderr).toBe(0);
    expect(column(r.stdout, ['district'])).toEqual([['Mỹ Lộc'], ['Vụ Bản'], ['TOTAL']]);
    expect(r.stdout).toContain(",'Vụ Bản,");
  });

  it('"-Vụ Bản" (no space: no bullet) is the name with its dash in both readers, and "- Vụ Bản" a bullet', async () => {
    const r = await both('dash-2019.csv', ['district,cases_with_conditions,cases_resolved', '- Mỹ Lộc,10,5', '- Ý Yên,10,7', '-Vụ Bản,10,6']);
    expect(r.code, r.stderr).toBe(0);
    expect(column(r.stdout, ['district'])).toEqual([['Mỹ Lộc'], ['Ý Yên'], ['-Vụ Bản'], ['TOTAL']]);
  });
});
