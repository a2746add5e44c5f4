// The 2025 reorganisation (Nghị quyết 202/2025/QH15): a 2025 report by the 34 provinces with
// --previous a 2024 report by the 63 compares like with like — every new province against the
// sum of the provinces it was formed from. The oracle is the generator's own copy of the merger
// table (test/fixtures-src/make-merger.mjs) and BigInt sums of the CSV text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MERGER } from '../fixtures-src/make-merger.mjs';
import { provinceKey, PROVINCES_2025, successorProvince } from '../../src/domain/provinces.js';
import { ROOT, runThads, transcript } from '../helpers/cli.js';

const NOW = 'fixtures/merger/provinces-2025.csv';
const BEFORE = 'fixtures/merger/provinces-2024.csv';

type Row = Record<string, string>;
function readRows(file: string): Row[] {
  const [head, ...lines] = readFileSync(join(ROOT, file), 'utf8').trim().split('\n');
  const columns = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v])));
}

/** "123.456" → 123456n thousandths */
const thousandths = (text: string) => {
  const [i, f = ''] = text.split('.');
  return BigInt(i! + f.padEnd(3, '0'));
};
/** a/b × 100 − c/d × 100, rounded half away from zero to 2 decimals, as text */
function rateChange(r1: bigint, w1: bigint, r0: bigint, w0: bigint): string {
  const num = 100n * (r1 * w0 - r0 * w1) * 100n;
  const den = w1 * w0;
  const mag = (2n * (num < 0n ? -num : num) + den) / (2n * den);
  const s = mag.toString().padStart(3, '0');
  return `${num < 0n && mag !== 0n ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}
const plainThousandths = (t: bigint) => {
  const neg = t < 0n;
  const s = (neg ? -t : t).toString().padStart(4, '0');
  const text = `${s.slice(0, -3)}.${s.slice(-3)}`.replace(/\.?0+$/, '');
  return `${neg ? '-' : ''}${text === '' ? '0' : text}`;
};

describe('the merger table of Nghị quyết 202/2025/QH15', () => {
  it('has 34 provinces formed from the 63: 11 unchanged, 23 merged from 52', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    const formedFrom = PROVINCES_2025.flatMap((p) => p.formedFrom);
    expect(formedFrom).toHaveLength(63);
    expect(new Set(formedFrom.map(provinceKey)).size).toBe(63);
    expect(PROVINCES_2025.filter((p) => p.formedFrom.length === 1)).toHaveLength(11);
    expect(PROVINCES_2025.filter((p) => p.formedFrom.length > 1).flatMap((p) => p.formedFrom)).toHaveLength(52);
  });

  it('agrees with the independent copy in the fixture generator, old name by old name', () => {
    for (const [name, olds] of MERGER) {
      for (const old of olds) expect({ old, successor: successorProvince(old)?.name && provinceKey(successorProvince(old)!.name) }).toEqual({ old, successor: provinceKey(name) });
    }
  });

  it.each([
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP.HCM', 'Hồ Chí Minh'],
    ['Bình Dương', 'Hồ Chí Minh'],
    ['Bà Rịa – Vũng Tàu', 'Hồ Chí Minh'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Thừa Thiên - Huế', 'Huế'],
    ['Thành phố Huế', 'Huế'],
    ['Hoà Bình', 'Phú Thọ'],
    ['Tỉnh Nam Định', 'Ninh Bình'],
    ['Cục THADS tỉnh Hà Nam', 'Ninh Bình'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['KHÁNH HOÀ', 'Khánh Hòa'],
  ])('reads %s as a province of %s', (written, successor) => {
    expect(successorProvince(written)?.name).toBe(successor);
  });

  it('knows nothing of a name that is not a province', () => {
    expect(successorProvince('Tỉnh Số 01')).toBeNull();
    expect(successorProvince('Phòng THADS khu vực 1')).toBeNull();
  });
});

describe('--previous across the 2025 merger (whole table)', () => {
  it('gives every new province the change on the sum of the provinces it was formed from', async () => {
    const r = await runThads(['summarize', NOW, '--previous', BEFORE, '--by', 'province', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    const now = new Map(readRows(NOW).map((x) => [x['Tỉnh']!, x]));
    const before = new Map(readRows(BEFORE).map((x) => [x['Tỉnh']!, x]));
    expect(doc.groups).toHaveLength(34);
    for (const [name, olds] of MERGER) {
      const g = doc.groups.find((x: { province: string }) => x.province === name);
      const cur = now.get(name)!;
      const sum = (col: string, read: (t: string) => bigint) => olds.reduce((s, o) => s + read(before.get(o)![col]!), 0n);
      const cases = { r0: sum('cases_resolved', BigInt), w0: sum('cases_with_conditions', BigInt), t0: sum('cases_total', BigInt) };
      const money = { r0: sum('money_resolved', thousandths), w0: sum('money_with_conditions', thousandths), t0: sum('money_total', thousandths) };
      expect({ name, cases: { rateChange: g.cases.rateChange, totalChange: g.cases.totalChange }, money: { rateChange: g.money.rateChange, totalChange: g.money.totalChange } }).toEqual({
        name,
        cases: {
          rateChange: rateChange(BigInt(cur.cases_resolved!), BigInt(cur.cases_with_conditions!), cases.r0, cases.w0),
          totalChange: (BigInt(cur.cases_total!) - cases.t0).toString(),
        },
        money: {
          rateChange: rateChange(thousandths(cur.money_resolved!), thousandths(cur.money_with_conditions!), money.r0, money.w0),
          totalChange: plainThousandths(thousandths(cur.money_total!) - money.t0),
        },
      });
    }
  });

  it('ranks of 34 and "so với năm 2024" in the narrative (golden)', async () => {
    const r = await runThads(['summarize', NOW, '--previous', BEFORE, '--by', 'province', '--format', 'text', '--lang', 'vi', '--only', 'Thành phố Hồ Chí Minh', '--only', 'Huế']);
    await expect(transcript(r)).toMatchFileSnapshot('./__golden__/merger-text-vi.txt');
    expect(r.stdout).toContain('/34 tỉnh, thành phố');
    expect(r.stdout).toContain('so với năm 2024');
  });

  it('rolls nothing up before 2025: 2024 against 2023 compares the 63 one by one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-merger-'));
    const older = join(dir, 'provinces-2023.csv');
    // the same figures, not the same bytes (CRLF): a copy of the input is refused (PREVIOUS_IS_INPUT)
    writeFileSync(older, readFileSync(join(ROOT, BEFORE), 'utf8').replace(/\r?\n/g, '\r\n'));
    const doc = JSON.parse((await runThads(['summarize', BEFORE, '--previous', older, '--by', 'province', '--format', 'json'])).stdout);
    expect(doc.groups).toHaveLength(63);
    for (const g of doc.groups) expect(g.cases.rateChange).toBe('0.00');
  });

  it('refuses --previous files that are not of an earlier year', async () => {
    const r = await runThads(['summarize', BEFORE, '--previous', NOW, '--by', 'province']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--previous must be an earlier year than the input: it holds 2025, the input 2024 [USAGE]');
  });
});

describe('older offices mapped onto newer ones by the config (mergedOffices)', () => {
  it('sums Chi cục of 2024 into the Phòng THADS khu vực of 2025 they became', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-offices-'));
    writeFileSync(
      join(dir, 'ninh-binh-2025.csv'),
      'province,district,cases_with_conditions,cases_resolved\nNinh Bình,Phòng THADS khu vực 1,300,240\nNinh Bình,Phòng THADS khu vực 2,200,190\n',
    );
    writeFileSync(
      join(dir, 'ninh-binh-2024.csv'),
      'province,district,cases_with_conditions,cases_resolved\nNam Định,Chi cục THADS thành phố Nam Định,120,90\nNam Định,Mỹ Lộc,80,60\nHà Nam,Chi cục THADS huyện Kim Bảng,100,90\nNinh Bình,Kim Sơn,50,40\n',
    );
    writeFileSync(
      join(dir, 'thads.config.json'),
      JSON.stringify({ mergedOffices: { 'Phòng THADS khu vực 1': ['Chi cục THADS thành phố Nam Định', 'Chi cục THADS huyện Mỹ Lộc'], 'Phòng THADS khu vực 2': ['Kim Bảng', 'Ninh Bình / Kim Sơn'] } }),
    );
    const r = await runThads(['summarize', join(dir, 'ninh-binh-2025.csv'), '--previous', join(dir, 'ninh-binh-2024.csv'), '--format', 'json']);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    const [k1, k2] = doc.groups;
    // khu vực 1: 240/300 = 80 % against (90 + 60)/(120 + 80) = 75 %
    expect(k1).toMatchObject({ province: 'Ninh Bình', district: 'Phòng THADS khu vực 1', cases: { rateChange: '5.00' } });
    // khu vực 2: 190/200 = 95 % against (90 + 40)/(100 + 50) = 86.67 %
    expect(k2).toMatchObject({ district: 'Phòng THADS khu vực 2', cases: { rateChange: '8.33' } });
  });

  it('refuses an older office listed under two newer ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-offices-'));
    const config = join(dir, 'thads.config.json');
    writeFileSync(config, JSON.stringify({ mergedOffices: { 'Khu vực 1': ['Mỹ Lộc'], 'Khu vực 2': ['Chi cục THADS huyện MỸ LỘC'] } }));
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--config', config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[CONFIG_INVALID]');
  });
});
