// A conversion or a division stating the money's unit above the header: "Số liệu tiền quy đổi
// sang nghìn đồng", "đã quy đổi về/thành nghìn đồng", "Số tiền tính ra nghìn đồng", "Số tiền đã
// chia 1000", "đã được chia cho 1.000", "quy đổi từ đồng sang nghìn đồng" (the target after
// "sang" is the unit), "Amounts are in thousands of Vietnamese dong" (traps25 2: read as no unit,
// money in đồng 1000× too small, exit 0). Their negations stay refused. Hand sums, money with
// conditions in nghìn đồng: 9.565.824 + 16.389.337 + 9.770.952 = 35.726.113, so 35.726.113.000
// đồng; resolved 8.009.735 + 14.490.040 + 8.385.244 = 30.885.019, so 30.885.019.000 đồng.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-conversion-unit-', ['--format', 'csv', '--year', '2019']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,';
const ROWS = [
  'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
  'Chi cục THADS huyện Mỹ Lộc,586,533,9.565.824,8.009.735',
  'Chi cục THADS huyện Vụ Bản,655,630,16.389.337,14.490.040',
  'Chi cục THADS huyện Ý Yên,298,276,9.770.952,8.385.244',
];

function moneyTotal(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['money_with_conditions', 'money_resolved'].map((k) => total[head!.indexOf(k)]!);
}

describe('a conversion or a division above the header states the unit', () => {
  it.each([
    'Số liệu tiền quy đổi ra nghìn đồng',
    'Số liệu tiền quy đổi sang nghìn đồng',
    'Số liệu tiền đã quy đổi về nghìn đồng',
    'Số liệu tiền đã quy đổi thành nghìn đồng',
    'Số tiền tính ra nghìn đồng',
    'Số tiền đã chia 1000',
    'Ghi chú: số tiền đã chia cho 1.000',
    'Lưu ý: Số tiền đã được chia cho 1.000',
    'Số liệu tiền đã quy đổi từ đồng sang nghìn đồng',
    'Ghi chú: Số liệu tiền đã quy đổi sang nghìn đồng',
    'Amounts are in thousands of Vietnamese dong',
  ])('"%s": nghìn đồng (35.726.113.000 / 30.885.019.000)', async (line) => {
    const r = await both('bao-cao-2019.csv', [TITLE, `"${line}",,,,`, ...ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['35726113000', '30885019000']);
  });

  it.each([
    'Ghi chú: Số liệu tiền chưa quy đổi sang nghìn đồng',
    'Số liệu tiền chưa quy đổi từ đồng sang nghìn đồng',
    'Số tiền chưa chia cho 1.000',
    'Số tiền đã chia 100',
  ])('"%s" is refused, never read as đồng nor nghìn', async (line) => {
    const r = await both('bao-cao-2019.csv', [TITLE, `"${line}",,,,`, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:2:1: error: the unit line "${line}" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });

  it('a division of something else ("Tiền phạt chia cho 2 người") states no unit: đồng as written', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, '"Tiền phạt chia cho 2 người",,,,', ...ROWS]);
    expect(r.code).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['35726113', '30885019']);
  });
});
