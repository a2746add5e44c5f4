// One file per office, no district column: the file name is the office, without its year.
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

describe('per-office files', () => {
  it('"Phòng THADS khu vực 1 - 2026.csv" is the office "Phòng THADS khu vực 1" of year 2026', async () => {
    const r = await runThads(['summarize', 'fixtures/per-office/Phòng THADS khu vực 1 - 2026.csv', 'fixtures/per-office/Phòng THADS khu vực 2 - 2026.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split(',').slice(0, 3).join(','));
    expect(rows).toEqual(['province,district,year', ',Phòng THADS khu vực 1,2026', ',Phòng THADS khu vực 2,2026', ',TOTAL,2026']);
  });
});
