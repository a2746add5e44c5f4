// A khu vực office (Phòng THADS khu vực N) is numbered within the province formed on 1/7/2025:
// "Phòng THADS khu vực 5" written under "Bình Định" in 2026 is Gia Lai's khu vực 5, whatever
// former province its row still writes (office-names.ts officeProvince). traps31 t7: split việc /
// tiền files writing Gia Lai in one and Bình Định in the other printed "Phòng THADS khu vực 5
// (Gia Lai)" with the cases only and "… (Bình Định)" with the money only, exit 0; one file
// giving the row under both names added them (TOTAL 2800 / 2450), exit 0, where two rows both
// under "Gia Lai" were refused REPEATED_ROW. Through both readers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-region-former-', ['--format', 'csv']);
const dir = mkdtempSync(join(tmpdir(), 'thads-region-former-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong';
const COLUMNS = ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_rank', 'cases_rank_of', 'money_with_conditions', 'money_resolved', 'money_rate', 'money_rank', 'money_rank_of'];

/** Each printed row's district and COLUMNS present in the output. */
function rows(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const wanted = COLUMNS.filter((k) => head!.includes(k));
  return body.map((row) => wanted.map((k) => row[head!.indexOf(k)]!));
}

describe('a khu vực written under its former province is its merged province\'s office', () => {
  it('split việc / tiền files, Gia Lai in one and Bình Định in the other: one row per khu vực', async () => {
    const r = await bothOnFiles(dir, {
      'viec-2026.csv': [HEADER, 'Gia Lai,Phòng THADS khu vực 1,1000,850', 'Gia Lai,Phòng THADS khu vực 5,900,800'],
      'tien-2026.csv': [HEADER, 'Gia Lai,Phòng THADS khu vực 1,10000000000,5000000000', 'Bình Định,Phòng THADS khu vực 5,9000000000,3000000000'],
    }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    // Hand sums: KV1 850 / 1000 = 85.00 %, KV5 800 / 900 = 88.89 % (cases: KV5 1st of 2);
    // money KV1 5e9 / 10e9 = 50.00 %, KV5 3e9 / 9e9 = 33.33 % (KV1 1st of 2); total cases
    // 1900 / 1650 = 86.84 %, money 19e9 / 8e9 = 42.11 %.
    expect(rows(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '1000', '850', '85.00', '2', '2', '10000000000', '5000000000', '50.00', '1', '2'],
      ['Phòng THADS khu vực 5', '900', '800', '88.89', '1', '2', '9000000000', '3000000000', '33.33', '2', '2'],
      ['TOTAL', '1900', '1650', '86.84', '', '', '19000000000', '8000000000', '42.11', '', ''],
    ]);
    expect(r.stderr).toContain('[PROVINCE_ROLLED_UP]');
    expect(r.stderr).not.toContain('SPLIT_FILES_UNJOINED');
  });

  it('the minimal pair (one khu vực, one row in each file) joins', async () => {
    const r = await bothOnFiles(dir, {
      'd/viec-2026.csv': [HEADER, 'Gia Lai,Phòng THADS khu vực 5,900,800'],
      'd/tien-2026.csv': [HEADER, 'Bình Định,Phòng THADS khu vực 5,9000000000,3000000000'],
    }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      ['Phòng THADS khu vực 5', '900', '800', '88.89', '1', '1', '9000000000', '3000000000', '33.33', '1', '1'],
      ['TOTAL', '900', '800', '88.89', '', '', '9000000000', '3000000000', '33.33', '', ''],
    ]);
  });

  it('one file giving khu vực 5 under Gia Lai and again under Bình Định, every figure the same, is refused REPEATED_ROW', async () => {
    const r = await both('one-2026.csv', ['Tỉnh,Đơn vị,cases_with_conditions,cases_resolved', 'Gia Lai,Phòng THADS khu vực 1,1000,850', 'Gia Lai,Phòng THADS khu vực 5,900,800', 'Bình Định,Phòng THADS khu vực 5,900,800']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:2: error: line 4 repeats line 3: office "Phòng THADS khu vực 5" and every figure the same');
    expect(r.stderr).toContain('[REPEATED_ROW]');
  });

  it('with other figures the two rows are one office written twice, said as within one province (DUPLICATE_OFFICE)', async () => {
    const r = await both('two-2026.csv', ['Tỉnh,Đơn vị,cases_with_conditions,cases_resolved', 'Gia Lai,Phòng THADS khu vực 1,1000,850', 'Gia Lai,Phòng THADS khu vực 5,900,800', 'Bình Định,Phòng THADS khu vực 5,800,700']);
    expect(r.stderr).toContain('FILE:4: warning: office "Phòng THADS khu vực 5" appears on 2 rows (first on line 3)');
    // one row of khu vực 5, never a "(Gia Lai)" and a "(Bình Định)" one
    expect(r.stdout).not.toContain('(Bình Định)');
    expect(r.stdout).not.toContain('(Gia Lai)');
  });

  it('Chi cục of two former provinces keep their former province: Châu Thành of Bến Tre and of Trà Vinh are two offices of Vĩnh Long', async () => {
    const r = await both('vl-2026.csv', ['Tỉnh,Đơn vị,cases_with_conditions,cases_resolved', 'Bến Tre,Chi cục THADS huyện Châu Thành,900,800', 'Trà Vinh,Chi cục THADS huyện Châu Thành,900,800']);
    expect(r.stderr).not.toContain('[REPEATED_ROW]');
    expect(r.stdout).toContain('Chi cục THADS huyện Châu Thành (Bến Tre)');
    expect(r.stdout).toContain('Chi cục THADS huyện Châu Thành (Trà Vinh)');
  });
});
