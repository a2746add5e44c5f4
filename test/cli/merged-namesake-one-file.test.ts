// One office's name under two provinces merged into one, in ONE file of 2025: "Giồng Riềng"
// under An Giang (the new An Giang, which took in Kiên Giang on 1/7/2025) and again under Kiên
// Giang, every figure the same (traps31 t2 mixed-one-2025.csv: added as "Giồng Riềng (An Giang)"
// and "Giồng Riềng (Kiên Giang)", TOTAL 1900 / 1400, exit 0). Across two files it is refused
// DUPLICATE_INPUT (merged-namesake-files.test.ts); within one file an office on two rows with
// every figure the same is a row pasted twice, refused REPEATED_ROW: so is this one. Châu Thành,
// a district of both former provinces, with figures of its own stays two offices; so does a
// "Giồng Riềng" of each whose figures differ (as across files). Through both readers.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-merged-namesake-one-', ['--format', 'csv']);

const HEADER = 'Tỉnh,Đơn vị,cases_with_conditions,cases_resolved';

function total(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = body.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_with_conditions', 'cases_resolved'].map((k) => row[head!.indexOf(k)]!);
}

describe('one name under two provinces of one successor, in one file', () => {
  it('every figure the same (traps31 mixed-one-2025): refused REPEATED_ROW at the later row, both provinces named', async () => {
    const r = await both('mixed-one-2025.csv', [
      HEADER,
      'An Giang,Chi cục THADS huyện Giồng Riềng,400,350',
      'An Giang,Chi cục THADS huyện Chợ Mới,500,400',
      'Kiên Giang,Chi cục THADS huyện Châu Thành,600,300',
      'Kiên Giang,Chi cục THADS huyện Giồng Riềng,400,350',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:2: error: line 5 ("Chi cục THADS huyện Giồng Riềng", under Kiên Giang) repeats line 2 ("Chi cục THADS huyện Giồng Riềng", under An Giang) of 2025, every figure the same: since 1/7/2025 both are An Giang');
    expect(r.stderr).toContain('[REPEATED_ROW]');
  });

  it('the former province first, the name written bare in one of them: refused the same way', async () => {
    const r = await both('kg-ag-2025.csv', [
      HEADER,
      'Kiên Giang,Giồng Riềng,400,350',
      'Kiên Giang,Chi cục THADS huyện Châu Thành,600,300',
      'An Giang,Chi cục THADS huyện Chợ Mới,500,400',
      'An Giang,Chi cục THADS huyện Giồng Riềng,400,350',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:2: error: line 5 ("Chi cục THADS huyện Giồng Riềng", under An Giang) repeats line 2 ("Giồng Riềng", under Kiên Giang) of 2025');
    expect(r.stderr).toContain('[REPEATED_ROW]');
  });

  it('former provinces as sections: refused the same way', async () => {
    const r = await both('bc-viec-2025.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025',
      'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      'I,Tỉnh An Giang,,',
      '1,Chi cục THADS huyện Giồng Riềng,400,350',
      '2,Chi cục THADS huyện Chợ Mới,500,400',
      'II,Thuộc tỉnh Kiên Giang (trước sáp nhập),,',
      '1,Chi cục THADS huyện Châu Thành,600,300',
      '2,Chi cục THADS huyện Giồng Riềng,400,350',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[REPEATED_ROW]');
    expect(r.stderr).toContain('repeats line 4 ("Chi cục THADS huyện Giồng Riềng", under An Giang)');
  });

  it('Châu Thành of An Giang and of Kiên Giang, figures of their own (traps31 one-2025): two offices, summed (hand sums 1000 + 500 + 600 + 400 = 2500, 900 + 400 + 300 + 350 = 1950)', async () => {
    const r = await both('one-2025.csv', [
      HEADER,
      'An Giang,Chi cục THADS huyện Châu Thành,1000,900',
      'An Giang,Chi cục THADS huyện Chợ Mới,500,400',
      'Kiên Giang,Chi cục THADS huyện Châu Thành,600,300',
      'Kiên Giang,Chi cục THADS huyện Giồng Riềng,400,350',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('REPEATED_ROW');
    expect(r.stdout).toContain('Chi cục THADS huyện Châu Thành (An Giang)');
    expect(r.stdout).toContain('Chi cục THADS huyện Châu Thành (Kiên Giang)');
    expect(total(r.stdout)).toEqual(['2500', '1950']);
  });

  it('"Giồng Riềng" of each with figures that differ: two offices, as across files (hand sums 400 + 500 + 600 + 410 = 1910, 350 + 400 + 300 + 350 = 1400)', async () => {
    const r = await both('differ-2025.csv', [
      HEADER,
      'An Giang,Chi cục THADS huyện Giồng Riềng,400,350',
      'An Giang,Chi cục THADS huyện Chợ Mới,500,400',
      'Kiên Giang,Chi cục THADS huyện Châu Thành,600,300',
      'Kiên Giang,Chi cục THADS huyện Giồng Riềng,410,350',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('REPEATED_ROW');
    expect(total(r.stdout)).toEqual(['1910', '1400']);
  });

  it('a report of 2024 counts by the 63: two provinces\' rows, no repeat (hand sums 400 + 500 + 600 + 400 = 1900, 350 + 400 + 300 + 350 = 1400)', async () => {
    const r = await both('mixed-one-2024.csv', [
      HEADER,
      'An Giang,Chi cục THADS huyện Giồng Riềng,400,350',
      'An Giang,Chi cục THADS huyện Chợ Mới,500,400',
      'Kiên Giang,Chi cục THADS huyện Châu Thành,600,300',
      'Kiên Giang,Chi cục THADS huyện Giồng Riềng,400,350',
    ]);
    expect(r.stderr).not.toContain('REPEATED_ROW');
    expect(total(r.stdout)).toEqual(['1900', '1400']);
  });
});
