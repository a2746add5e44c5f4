// A per-enforcer report: each office's enforcer rows closed by its own subtotal ("Cộng" under
// "Chấp hành viên", or "Cộng Chi cục N" in the office column). Beyond 400 such subtotals each
// was compared with the last row above it only, and the file was refused (finding 10: 401
// offices refused, 400 read). Both readers must read any number of them.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];

const { both } = bothReaders('thads-enforcer-subtotals-', ARGS);

/** A deterministic per-enforcer file and the sums of its enforcer rows, computed here. */
function enforcerFile(offices: number, subtotal: 'enforcer' | 'office', wrongAt = -1) {
  const lines = ['STT,Đơn vị,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong'];
  const sums = [0n, 0n, 0n, 0n];
  let stt = 0;
  for (let o = 0; o < offices; o++) {
    const office = [0n, 0n, 0n, 0n];
    for (let e = 0; e < 2; e++) {
      const wc = BigInt(10 + ((o * 7 + e * 13) % 90));
      const resolved = wc / 2n + BigInt(e);
      const money = BigInt(1000 + ((o * 31 + e * 17) % 9000));
      const moneyResolved = money / 3n;
      const row = [wc, resolved, money, moneyResolved];
      row.forEach((v, i) => { office[i]! += v; sums[i]! += v; });
      lines.push(`${++stt},Chi cục ${o},CHV ${o}-${e},${row.join(',')}`);
    }
    if (o === wrongAt) office[0]! += 1n;
    lines.push(subtotal === 'enforcer' ? `,Chi cục ${o},Cộng,${office.join(',')}` : `,Cộng Chi cục ${o},,${office.join(',')}`);
  }
  return { lines, sums };
}

describe('an office subtotal under each office, however many offices', () => {
  it.each(['enforcer', 'office'] as const)('1,000 offices, subtotal labelled in the %s column: the enforcer rows summed', async (where) => {
    const { lines, sums } = enforcerFile(1000, where);
    const r = await both(`cong-${where}.csv`, lines);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect([total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved]).toEqual(sums.map(String));
  });

  it('a wrong subtotal among 1,000 is refused, located, with the sum of its own office\'s rows', async () => {
    const { lines } = enforcerFile(1000, 'enforcer', 700);
    const r = await both('cong-wrong.csv', lines);
    expect(r.code).toBe(1);
    // office 700: its subtotal is line 1 + 3·700 + 3 = 2104; rows 10+((4900)%90)=10+40=50 and 10+((4913)%90)=10+53=63
    expect(r.stderr).toContain('FILE:2104:4: error: declared subtotal "Cộng Chi cục 700" has cases with conditions 114, but the rows above it add up to 113 [DECLARED_TOTAL_MISMATCH]');
  });

  it('3,000 offices (more rows than are kept one by one): still read', async () => {
    const { lines, sums } = enforcerFile(3000, 'enforcer');
    const r = await both('cong-3000.csv', lines);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect([total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved]).toEqual(sums.map(String));
  }, 60_000);
});
