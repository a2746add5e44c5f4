// A national table (one row per province, no district column) read with the default --by.
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

describe('a table of provinces without a district column', () => {
  it('has one group per province, named after it, and ranks provinces', async () => {
    const json = JSON.parse((await runThads(['summarize', 'fixtures/national-2019.csv', '--format', 'json'])).stdout);
    expect(json.groups).toHaveLength(63);
    const namDinh = json.groups.find((g: { province: string }) => g.province === 'Nam Định');
    expect(namDinh.district).toBe('Nam Định');
    expect([namDinh.cases.rank, namDinh.cases.rankOf, namDinh.money.rank]).toEqual([6, 63, 3]);
    const text = (await runThads(['summarize', 'fixtures/national-2019.csv', '--only', 'Nam Định', '--format', 'text', '--lang', 'vi'])).stdout;
    expect(text).toContain('đứng thứ 6/63 tỉnh, thành phố');
    expect(text).toContain('đứng thứ 3/63 tỉnh, thành phố');
  });
});
