// Two statistics years in one sheet, as year blocks: each block's offices, then its "Cộng" with
// an empty Năm cell ("Cộng", or "Cộng năm 2018"). A declared row without a year is of the block it
// closes (or heads), or of the year its label states; with --year N, the other years' blocks go
// with their declared rows — never checked against N's rows, never an office of N (round 25,
// findings 01 and 04). Figures by hand; both readers must agree.
import { describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { yearOfLabel } from '../../src/input/stated-years.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both, write } = bothReaders('thads-year-blocks-', []);

const HEADER = 'Năm,Đơn vị,Có điều kiện,Giải quyết xong';
/** 2018: 200/150 + 300/210 = 500/360; 2019: 200/170 + 300/240 = 500/410 */
const Y2018 = ['2018,Chư Sê,200,150', '2018,Ia Pa,300,210'];
const Y2019 = ['2019,Chư Sê,200,170', '2019,Ia Pa,300,240'];
const CLOSED = [HEADER, ...Y2018, ',Cộng,500,360', ...Y2019, ',Cộng,500,410'];
const LABELLED = [HEADER, ...Y2018, ',Cộng năm 2018,500,360', ...Y2019, ',Cộng năm 2019,500,410'];
/** the other order, 2019's block first (finding 01's y5r) */
const LABELLED_2019_FIRST = [HEADER, '2019,Chư Sê,200,150', '2019,Ia Pa,300,210', ',Cộng năm 2019,500,360', '2018,Chư Sê,200,170', '2018,Ia Pa,300,240', ',Cộng năm 2018,500,410'];

const json = (year: number) => ['--year', String(year), '--format', 'json'];

async function total(name: string, lines: readonly string[], year: number) {
  const r = await both(name, lines, json(year));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  return { offices: out.groups.map((g: { district: string }) => g.district), ...out.total.cases };
}

describe('yearOfLabel', () => {
  it.each([
    ['Cộng năm 2018', 2018], ['Tổng cộng 2018', 2018], ['Cộng (2019)', 2019], ['TỔNG CỘNG NĂM 2019', 2019],
    ['Cộng', null], ['Tổng cộng', null], ['Cộng 2018-2019', null], ['Tổng cộng (TT 06/2019)', null], ['Cộng 2018, 2019', null],
    // a span's bound is no year of the rows (round 26, finding 07)
    ['Cộng lũy kế từ 2018', null], ['Cộng từ năm 2018', null], ['Cộng kể từ 2018', null], ['Tổng cộng đến 2019', null], ['Cộng năm 2019 (lũy kế từ 2018)', 2019],
  ])('%s → %s', (label, year) => expect(yearOfLabel(label)).toBe(year));
});

describe('year blocks closed by "Cộng" with an empty Năm cell', () => {
  it('--year 2019: 2018\'s "Cộng" goes with its block; 2019\'s is checked against 2019\'s rows (finding 04)', async () => {
    const t = await total('y8-viec.csv', CLOSED, 2019);
    expect(t).toMatchObject({ offices: ['Chư Sê', 'Ia Pa'], withConditions: '500', resolved: '410', rate: '82.00', target: '73', met: true });
  });

  it('--year 2018: 500/360, 72.00 %', async () => {
    const t = await total('y8-viec.csv', CLOSED, 2018);
    expect(t).toMatchObject({ offices: ['Chư Sê', 'Ia Pa'], withConditions: '500', resolved: '360', rate: '72.00' });
  });

  it('--by year,district: each year its total', async () => {
    const r = await both('y8-viec.csv', CLOSED, ['--by', 'year,district', '--format', 'csv']);
    expect(r.code).toBe(0);
    const totals = r.stdout.split('\n').filter((l) => l.startsWith(',TOTAL,')).map((l) => l.split(',').slice(2, 3).concat(l.split(',')[9]!));
    expect(totals).toEqual([['2018', '500'], ['2019', '500']]);
    expect(r.stdout).toMatch(/,TOTAL,2018,(?:[^,]*,){6}500,(?:[^,]*,){8}360,/);
    expect(r.stdout).toMatch(/,TOTAL,2019,(?:[^,]*,){6}500,(?:[^,]*,){8}410,/);
  });

  it('a slip in --year N\'s own "Cộng" is still refused, located; one in another year\'s block is not N\'s', async () => {
    const slip = [HEADER, ...Y2018, ',Cộng,500,360', ...Y2019, ',Cộng,500,411'];
    const r = await both('slip-viec.csv', slip, json(2019));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:4: error: declared total "Cộng" has cases resolved 411, but the office rows add up to 410 [DECLARED_TOTAL_MISMATCH]');
    const t = await total('slip-viec.csv', slip, 2018);
    expect(t).toMatchObject({ withConditions: '500', resolved: '360' });
  });

  it('blocks headed by their "Cộng" (nothing above the first): each heads the block below it', async () => {
    const headed = [HEADER, ',Cộng,500,360', ...Y2018, ',Cộng,500,410', ...Y2019];
    expect(await total('headed-viec.csv', headed, 2019)).toMatchObject({ withConditions: '500', resolved: '410' });
    expect(await total('headed-viec.csv', headed, 2018)).toMatchObject({ withConditions: '500', resolved: '360' });
  });
});

describe('a subtotal whose label states its year ("Cộng năm 2018")', () => {
  it('--year 2019, 2019\'s block first: 2018\'s subtotal is no office of 2019 (finding 01: 1000/770 was printed)', async () => {
    const t = await total('y5r-viec.csv', LABELLED_2019_FIRST, 2019);
    expect(t).toMatchObject({ offices: ['Chư Sê', 'Ia Pa'], withConditions: '500', resolved: '360', rate: '72.00', target: '73', gapPp: '-1.00', met: false });
  });

  it('--year 2018, 2019\'s block first: 500/410', async () => {
    expect(await total('y5r-viec.csv', LABELLED_2019_FIRST, 2018)).toMatchObject({ offices: ['Chư Sê', 'Ia Pa'], withConditions: '500', resolved: '410', rate: '82.00' });
  });

  it('2018\'s block first: --year 2018 gives 500/360, --year 2019 500/410', async () => {
    expect(await total('y5-viec.csv', LABELLED, 2018)).toMatchObject({ offices: ['Chư Sê', 'Ia Pa'], withConditions: '500', resolved: '360', rate: '72.00' });
    expect(await total('y5-viec.csv', LABELLED, 2019)).toMatchObject({ offices: ['Chư Sê', 'Ia Pa'], withConditions: '500', resolved: '410', rate: '82.00', met: true });
  });

  it('"Cộng năm 2018" closing 2019\'s rows is refused, located, with --year and without', async () => {
    const wrong = [HEADER, ...Y2018, ',Cộng năm 2018,500,360', ...Y2019, ',Cộng năm 2018,500,410'];
    const message = 'FILE:7:2: error: declared subtotal "Cộng năm 2018" names year 2018, but the office rows it closes are of year 2019: thads cannot tell which year\'s total it is [DECLARED_YEAR_MISMATCH]';
    for (const args of [json(2019), json(2018), ['--by', 'year,district', '--format', 'csv']]) {
      const r = await both('wrong-label-viec.csv', wrong, args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
  });
});

describe('one year only', () => {
  it('a "Tổng cộng" with an empty Năm cell is checked against the rows, as before', async () => {
    const one = [HEADER, ...Y2019, ',Tổng cộng,500,410'];
    expect(await total('one-viec.csv', one, 2019)).toMatchObject({ offices: ['Chư Sê', 'Ia Pa'], withConditions: '500', resolved: '410' });
    const r = await both('one-viec.csv', [HEADER, ...Y2019, ',Tổng cộng,501,410'], json(2019));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:3: error: declared total "Tổng cộng" has cases with conditions 501, but the office rows add up to 500 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('check --year N', () => {
  async function check(name: string, lines: readonly string[], year: number) {
    const file = write(name, lines);
    const { io, stdout } = memoryIo(['check', file, '--year', String(year)], { env: {} });
    return { code: await main(io), stdout: stdout().split(file).join('FILE') };
  }

  it('reads each year\'s block with its own subtotal, and refuses a slip in N\'s own', async () => {
    expect(await check('c-y5r-viec.csv', LABELLED_2019_FIRST, 2019)).toEqual({ code: 0, stdout: 'no problems in 1 file\n' });
    expect((await check('c-y8-viec.csv', CLOSED, 2018)).code).toBe(0);
    const slip = await check('c-slip-viec.csv', [HEADER, ...Y2018, ',Cộng,500,360', ...Y2019, ',Cộng,500,411'], 2019);
    expect(slip.code).toBe(1);
    expect(slip.stdout).toContain('FILE:7:4: error: declared total "Cộng" has cases resolved 411, but the office rows add up to 410 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('a total whose label names a span\'s bound ("lũy kế từ 2018") closes its block (round 26, finding 07)', () => {
  it('"Cộng lũy kế từ 2018" under 2019\'s rows: 500/410, checked', async () => {
    const lines = [HEADER, ...Y2019, ',Cộng lũy kế từ 2018,500,410'];
    expect(await total('luy-ke-viec.csv', lines, 2019)).toMatchObject({ withConditions: '500', resolved: '410', rate: '82.00' });
    const r = await both('luy-ke-viec.csv', lines, ['--by', 'none', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '500', resolved: '410' });
    const slip = await both('luy-ke-slip-viec.csv', [HEADER, ...Y2019, ',Cộng lũy kế từ 2018,501,410'], ['--by', 'none', '--format', 'json']);
    expect(slip.code).toBe(1);
    expect(slip.stderr).toContain('FILE:4:3: error: declared total "Cộng lũy kế từ 2018" has cases with conditions 501, but the office rows add up to 500 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('a grand total over every year\'s rows, its Năm cell empty (round 26, finding 06)', () => {
  /** 2018 500/360 + 2019 500/410 = 1000/770 */
  const GRAND = [HEADER, ...Y2018, ...Y2019, ',Tổng cộng,1000,770'];
  const BLOCKS = [HEADER, ...Y2018, ',Cộng,500,360', ...Y2019, ',Cộng,500,410', ',Tổng cộng,1000,770'];
  const SPAN = [HEADER, ...Y2019, ',Cộng 2019,500,410', ...Y2018, ',Cộng 2018,500,360', ',Tổng cộng 2018-2019,1000,770'];
  const unchecked = (line: number, label: string, year: number) =>
    `FILE:${line}:2: warning: declared total "${label}" adds up the rows of several years, and --year ${year} keeps those of ${year} only: it is not checked [TOTAL_ACROSS_YEARS_UNCHECKED]`;

  async function said(name: string, lines: readonly string[], year: number) {
    const r = await both(name, lines, json(year));
    expect(r.code).toBe(0);
    return { stderr: r.stderr, ...JSON.parse(r.stdout).total.cases };
  }

  it('--year N: N\'s rows, the grand total said unchecked (was DECLARED_TOTAL_MISMATCH 1000 vs 500)', async () => {
    const y2019 = await said('grand-viec.csv', GRAND, 2019);
    expect(y2019).toMatchObject({ withConditions: '500', resolved: '410', rate: '82.00', met: true });
    expect(y2019.stderr).toContain(unchecked(6, 'Tổng cộng', 2019));
    const y2018 = await said('grand-viec.csv', GRAND, 2018);
    expect(y2018).toMatchObject({ withConditions: '500', resolved: '360', rate: '72.00' });
    expect(y2018.stderr).toContain(unchecked(6, 'Tổng cộng', 2018));
  });

  it('after each year\'s "Cộng": N\'s "Cộng" still checked, the grand total said unchecked', async () => {
    const y2018 = await said('blocks-grand-viec.csv', BLOCKS, 2018);
    expect(y2018).toMatchObject({ withConditions: '500', resolved: '360' });
    expect(y2018.stderr).toContain(unchecked(8, 'Tổng cộng', 2018));
    const slip = await both('blocks-grand-slip-viec.csv', [HEADER, ...Y2018, ',Cộng,500,361', ...Y2019, ',Cộng,500,410', ',Tổng cộng,1000,770'], json(2018));
    expect(slip.code).toBe(1);
    expect(slip.stderr).toContain('FILE:4:4: error: declared total "Cộng" has cases resolved 361, but the office rows add up to 360 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Tổng cộng 2018-2019": the span is no year of its own', async () => {
    const y2019 = await said('span-grand-viec.csv', SPAN, 2019);
    expect(y2019).toMatchObject({ withConditions: '500', resolved: '410' });
    expect(y2019.stderr).toContain(unchecked(8, 'Tổng cộng 2018-2019', 2019));
  });

  it('--by year,district checks it against every row, and refuses a slip', async () => {
    const r = await both('grand-by-viec.csv', GRAND, ['--by', 'year,district', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wrong = await both('grand-slip-viec.csv', [HEADER, ...Y2018, ...Y2019, ',Tổng cộng,999,770'], ['--by', 'year,district', '--format', 'csv']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('FILE:6:3: error: declared total "Tổng cộng" has cases with conditions 999, but the office rows add up to 1000 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Tổng cộng 2019" over both years is 2019\'s by its label, and refused with --year 2019', async () => {
    const r = await both('named-grand-viec.csv', [HEADER, ...Y2018, ...Y2019, ',Tổng cộng 2019,1000,770'], json(2019));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6:3: error: declared total "Tổng cộng 2019" has cases with conditions 1000, but the office rows add up to 500 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('a grand total at the top, over every year\'s rows, its Năm cell empty (session 65)', () => {
  /** 2018 500/360 + 2019 500/410 = 1000/770, stated right under the header */
  const TOP = [HEADER, ',Tổng cộng,1000,770', ...Y2018, ...Y2019];
  /** each year's "Cộng" heading its own block */
  const HEADED = [HEADER, ',Cộng,500,360', ...Y2018, ',Cộng,500,410', ...Y2019];
  const unchecked = (year: number) =>
    `FILE:2:2: warning: declared total "Tổng cộng" adds up the rows of several years, and --year ${year} keeps those of ${year} only: it is not checked [TOTAL_ACROSS_YEARS_UNCHECKED]`;

  it('--year N: N\'s rows, the total said unchecked (was DECLARED_TOTAL_MISMATCH 1000 vs 500 for the first year, and dropped unsaid for the second)', async () => {
    for (const [year, resolved, rate] of [[2018, '360', '72.00'], [2019, '410', '82.00']] as const) {
      const r = await both('top-grand-viec.csv', TOP, json(year));
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`${unchecked(year)}\n  hint: the total adds up the rows of every year of the file, and --year keeps one: read the file with --by year to have it checked (the years' rows are then summed apart)\n`);
      expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '500', resolved, rate });
    }
  });

  it('is summed on the fast path, the total at the top or the bottom, and the other years\' rows first or last (a 1M-row export took minutes on the reference reader)', async () => {
    const BOTTOM = [HEADER, ...Y2018, ...Y2019, ',Tổng cộng,1000,770'];
    const LATER_FIRST = [HEADER, ',Tổng cộng,1000,770', ...Y2019, ...Y2018];
    for (const [name, lines, line] of [['top-fast-viec.csv', TOP, 2], ['bottom-fast-viec.csv', BOTTOM, 6], ['later-first-viec.csv', LATER_FIRST, 2]] as const) {
      const file = write(name, lines);
      const { io, stdout, stderr } = memoryIo(['summarize', file, '--year', '2019', '--format', 'json'], { env: {} });
      const used = fastPath.used;
      expect(await main(io)).toBe(0);
      expect(fastPath.used, name).toBe(used + 1);
      expect(stderr().split(file).join('FILE')).toContain(`FILE:${line}:2: warning: declared total "Tổng cộng" adds up the rows of several years, and --year 2019 keeps those of 2019 only: it is not checked [TOTAL_ACROSS_YEARS_UNCHECKED]`);
      // 2019: 200/170 + 300/240
      expect(JSON.parse(stdout()).total.cases).toMatchObject({ withConditions: '500', resolved: '410' });
    }
  });

  it('each year\'s "Cộng" heading its block is still checked against that year\'s rows', async () => {
    expect(await total('headed-viec.csv', HEADED, 2018)).toMatchObject({ withConditions: '500', resolved: '360' });
    expect(await total('headed-viec.csv', HEADED, 2019)).toMatchObject({ withConditions: '500', resolved: '410' });
    const slip = await both('headed-slip-viec.csv', [HEADER, ',Cộng,500,361', ...Y2018, ',Cộng,500,410', ...Y2019], json(2018));
    expect(slip.code).toBe(1);
    expect(slip.stderr).toContain('FILE:2:4: error: declared total "Cộng" has cases resolved 361, but the office rows add up to 360 [DECLARED_TOTAL_MISMATCH]');
  });

  it('--by year,district checks it against every row, and refuses a slip', async () => {
    const r = await both('top-grand-by-viec.csv', TOP, ['--by', 'year,district', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wrong = await both('top-grand-slip-viec.csv', [HEADER, ',Tổng cộng,1000,771', ...Y2018, ...Y2019], ['--by', 'year,district', '--format', 'csv']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('FILE:2:4: error: declared total "Tổng cộng" has cases resolved 771, but the office rows add up to 770 [DECLARED_TOTAL_MISMATCH]');
  });
});
