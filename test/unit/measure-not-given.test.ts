// An office that gives no figures of a measure other offices of its year give (a cases-only file
// beside files with money, an office missing from the tiền file): the sums of that measure over
// it are unknown, never a sum of part of the offices (was: the total's money of the others only,
// exit 0, no word).
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write } = bothReaders('thads-measure-not-given-', []);

async function run(args: readonly string[], fast: boolean) {
  const { io, stdout, stderr } = memoryIo(['summarize', ...args], { env: {} });
  fastPath.enabled = fast;
  try {
    return { code: await main(io), stdout: stdout(), stderr: stderr() };
  } finally {
    fastPath.enabled = true;
  }
}

/** Both readers, which must agree. */
async function both(args: readonly string[]) {
  const reference = await run(args, false);
  expect(await run(args, true)).toEqual(reference);
  return reference;
}

const json = (stdout: string) => JSON.parse(stdout) as { groups: { province: string | null; cases: { withConditions: string } | null; money: { withConditions: string | null; resolved: string | null; rate: string | null } | null }[]; total: { cases: { withConditions: string; resolved: string }; money: { withConditions: string | null; rate: string | null } | null } };

describe('an office without a measure others give', () => {
  const gialai = write('Gia Lai 2019.csv', ['Đơn vị,Việc có điều kiện,Việc thi hành xong,Tiền có điều kiện,Tiền thi hành xong', 'Chi cục A,100,60,1000,500', 'Chi cục C,50,40,3000,1500']);
  const kontum = write('Kon Tum 2019.csv', ['Đơn vị,Việc có điều kiện,Việc thi hành xong', 'Chi cục B,200,150']);

  it('a cases-only province beside one with money: the total money is unknown, the cases add up (350 / 250), warned once at the office', async () => {
    const r = await both([gialai, kontum, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.total.cases.withConditions).toBe('350');
    expect(out.total.cases.resolved).toBe('250');
    expect(out.total.money?.withConditions ?? null).toBeNull();
    expect(out.total.money?.rate ?? null).toBeNull();
    // each office's own money stays as given
    expect(out.groups.map((g) => g.money?.withConditions ?? null)).toEqual(['1000', '3000', null]);
    expect(r.stderr).toContain(`${kontum}:2: warning: "Chi cục B" (2019) gives no money figures, while other offices do ("Chi cục A", ${gialai}:2): the sums of money over it (its province's, the total) are left unknown, not summed over part of the offices [MEASURE_NOT_GIVEN]`);
    expect(r.stderr.match(/MEASURE_NOT_GIVEN/g)).toHaveLength(1);
  });

  it('--by province: the province that gave money keeps its sum (4000 / 2000, 50.00 %), the other and the total are unknown', async () => {
    const r = await both([gialai, kontum, '--by', 'province', '--format', 'json']);
    const out = json(r.stdout);
    expect(out.groups.map((g) => [g.province, g.money?.withConditions ?? null, g.money?.rate ?? null])).toEqual([
      ['Gia Lai', '4000', '50.00'],
      ['Kon Tum', null, null],
    ]);
    expect(out.total.money?.withConditions ?? null).toBeNull();
  });

  it('split việc / tiền files with an office missing from the tiền file: money of the total unknown', async () => {
    const viec = write('viec-2019.csv', ['Đơn vị,Có điều kiện,Thi hành xong', 'Mỹ Lộc,100,60', 'Vụ Bản,200,150']);
    const tien = write('tien-2019.csv', ['Đơn vị,Có điều kiện,Thi hành xong', 'Mỹ Lộc,1000,500']);
    const r = await both([viec, tien, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.total.cases.withConditions).toBe('300');
    expect(out.total.money?.withConditions ?? null).toBeNull();
    expect(r.stderr).toContain('"Vụ Bản" (2019) gives no money figures');
  });

  it('split files that join whole: no warning, both totals summed (300 cases, 3000 money)', async () => {
    const viec = write('viec-b-2019.csv', ['Đơn vị,Có điều kiện,Thi hành xong', 'Mỹ Lộc,100,60', 'Vụ Bản,200,150']);
    const tien = write('tien-b-2019.csv', ['Đơn vị,Có điều kiện,Thi hành xong', 'Vụ Bản,2000,1500', 'Mỹ Lộc,1000,500']);
    const r = await both([viec, tien, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('MEASURE_NOT_GIVEN');
    const out = json(r.stdout);
    expect([out.total.cases.withConditions, out.total.money?.withConditions]).toEqual(['300', '3000']);
  });

  it('two years, each of one measure set: no office of 2019 lacks what 2019 gives', async () => {
    const a = write('a-viec-2018.csv', ['Đơn vị,Có điều kiện,Thi hành xong', 'Mỹ Lộc,100,60']);
    const b = write('b-2019.csv', ['Đơn vị,Việc có điều kiện,Việc thi hành xong,Tiền có điều kiện,Tiền thi hành xong', 'Mỹ Lộc,100,70,1000,600']);
    const r = await both([a, b, '--by', 'year,district', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('MEASURE_NOT_GIVEN');
  });
});
