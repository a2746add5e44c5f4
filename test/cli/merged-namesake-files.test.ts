// One office's name under two provinces merged into one, in two files of 2025: "Giồng Riềng"
// under An Giang (the new An Giang, which took in Kiên Giang on 1/7/2025) in one file and under
// Kiên Giang in the other, every figure the same (traps31 t2: ag-new-2025.csv + kg-2025.csv added
// both, "Giồng Riềng (An Giang)" and "Giồng Riềng (Kiên Giang)", TOTAL 1900 / 1400, exit 0). One
// office given twice as far as thads can tell: refused DUPLICATE_INPUT, either file first. Châu
// Thành, a district of both former provinces, with figures of its own stays two offices.
// Through both readers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-merged-namesake-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Tỉnh,Đơn vị,cases_with_conditions,cases_resolved';
const AG_NEW = [HEADER, 'An Giang,Chi cục THADS huyện Giồng Riềng,400,350', 'An Giang,Chi cục THADS huyện Chợ Mới,500,400'];
const KG = [HEADER, 'Kiên Giang,Chi cục THADS huyện Châu Thành,600,300', 'Kiên Giang,Chi cục THADS huyện Giồng Riềng,400,350'];
const AG = [HEADER, 'An Giang,Chi cục THADS huyện Châu Thành,1000,900', 'An Giang,Chi cục THADS huyện Chợ Mới,500,400'];

function total(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = body.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_with_conditions', 'cases_resolved'].map((k) => row[head!.indexOf(k)]!);
}

describe('one name under two provinces of one successor, in two files', () => {
  it('every figure the same: refused DUPLICATE_INPUT at the later file\'s row', async () => {
    const r = await bothOnFiles(dir, { 'a/ag-new-2025.csv': AG_NEW, 'a/kg-2025.csv': KG }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('a/kg-2025.csv:3: error: cases of "Chi cục THADS huyện Giồng Riềng" (2025), written under Kiên Giang, are given again: a/ag-new-2025.csv:2 already gave them under An Giang, every figure the same;');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('the other file first: refused the same way', async () => {
    const r = await bothOnFiles(dir, { 'b/kg-2025.csv': KG, 'b/ag-new-2025.csv': AG_NEW }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b/ag-new-2025.csv:2: error: cases of "Chi cục THADS huyện Giồng Riềng" (2025), written under An Giang, are given again: b/kg-2025.csv:3 already gave them under Kiên Giang');
  });

  it('Châu Thành of An Giang and of Kiên Giang, figures of their own: two offices, summed (hand sums 1000 + 500 + 600 + 400 = 2500, 900 + 400 + 300 + 350 = 1950)', async () => {
    const r = await bothOnFiles(dir, { 'c/ag-2025.csv': AG, 'c/kg-2025.csv': KG }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('DUPLICATE_INPUT');
    expect(r.stdout).toContain('Chi cục THADS huyện Châu Thành (An Giang)');
    expect(r.stdout).toContain('Chi cục THADS huyện Châu Thành (Kiên Giang)');
    expect(total(r.stdout)).toEqual(['2500', '1950']);
  });

  it('a report of 2024 counts by the 63: An Giang\'s and Kiên Giang\'s Giồng Riềng are two provinces\' rows, no repeat', async () => {
    const r = await bothOnFiles(dir, { 'd/ag-2024.csv': AG_NEW, 'd/kg-2024.csv': KG }, ['--format', 'csv']);
    expect(r.stderr).not.toContain('DUPLICATE_INPUT');
    expect(total(r.stdout)).toEqual(['1900', '1400']);
  });
});
