// Lines under a table with a label and a number, as Excel templates leave them (traps16 1): the
// place-and-date line with its year (or day and month) in a cell of its own, "Nam Định, ngày 15
// tháng 10 năm | 2019", was added as an office named so — 1,539 cases with conditions became
// 3,558, the rate 93.50 % became 40.44 %, exit 0 and not one warning. So was the year on a row
// of its own ("Năm | 2019").
// The date line is the signature's, skipped as its one-cell form was; the others name no
// office and are refused. Both readers. Hand sums: 586 + 655 + 298 = 1,539 with conditions,
// 533 + 630 + 276 = 1,439 resolved.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-lines-below-', ['--format', 'csv']);

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const TABLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: Việc; nghìn đồng', HEADER, '1,Mỹ Lộc,586,533,9565824.266,7828289.345', '2,Vụ Bản,655,630,16389337.399,14164361.157', '3,Ý Yên,298,276,9770951.678,8222581.581', ',,,,,'];
const SIGNATURES = [',NGƯỜI LẬP BIỂU,,,THỦ TRƯỞNG ĐƠN VỊ,'];

/** The TOTAL row's cases with conditions, resolved and rate. */
function casesTotal(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => total[head!.indexOf(k)]!);
}

describe('a place-and-date line with its numbers in cells of their own', () => {
  it.each([
    ['its year beside it', ',"Nam Định, ngày 15 tháng 10 năm",2019,,,'],
    ['its day and month beside it', ',"Nam Định, ngày",15,,10,'],
    ['day, month and year each in a cell', ',Ngày,15,10,2019,'],
  ])('%s: the signature\'s, not an office (1,539 / 1,439)', async (_, line) => {
    const r = await both('bao-cao-2019.csv', [...TABLE, line, ...SIGNATURES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(casesTotal(r.stdout)).toEqual(['1539', '1439', '93.50']);
    expect(r.stdout).not.toContain('ngày');
  });

  it('with an office row below it, it is among the rows: refused', async () => {
    const r = await both('bao-cao-2019.csv', [...TABLE.slice(0, -1), ',"Nam Định, ngày 15 tháng 10 năm",2019,,,', '4,Nam Trực,100,90,1000,900']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:8:1: error: "Nam Trực" (numbered "4") is a line under "Nam Định, ngày 15 tháng 10 năm" (line 7)');
  });
});

describe('the year on a row with figures', () => {
  it.each([
    ['Năm', ',Năm,2019,,,'],
    ['Năm báo cáo', ',Năm báo cáo,2019,,,'],
  ])('"%s" is no office: refused at its name', async (name, line) => {
    const r = await both('bao-cao-2019.csv', [...TABLE, line, ...SIGNATURES]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:8:2: error: "${name}" is no office and no total of offices`);
  });

  it('an office whose name begins so stays an office ("Năm Căn")', async () => {
    const r = await both('bao-cao-2019.csv', [HEADER, '1,Tiền Hải,100,90,1000,900', '2,Năm Căn,200,150,2000,1000']);
    expect(r.code).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['300', '240', '80.00']);
  });
});
