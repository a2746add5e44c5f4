// A province's row over its former provinces whose every figure reads both ways ("15.000"
// triệu đồng), the convention settled only by a later row ("1.234,5"): the row waited for that
// row, and a waiting row passed the list's structure by, so the province was added beside its
// parts — Gia Lai 20.000 instead of 10.000 triệu đồng with conditions, exit 0 (the session-62
// fix covered a row settled by its own later cell only). Now such a row looks at the rows
// below first: the settling cell's convention is taken, and a cell read must confirm it.
// Hand sums (triệu đồng, printed in đồng): Gia Lai 9.000 + 6.000 = 15.000 total, 6.000 + 4.000
// = 10.000 with conditions, 5.200 + 3.300 = 8.500 resolved; Lai Châu 900 / 600 / 500; Cao Bằng
// 1.234,5 / 1.000 / 700; TOTAL 17.134,5 / 11.600 / 9.700.
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both, write } = bothReaders('thads-settled-below-', ['--by', 'province', '--format', 'csv']);

const TABLE = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 (TÍNH BẰNG TIỀN)',
  'Đơn vị tính: triệu đồng',
  'STT;Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong',
  '1;Gia Lai;15.000;10.000;8.500',
  ';Trong đó:;;;',
  ';Gia Lai (cũ);9.000;6.000;5.200',
  ';Bình Định (cũ);6.000;4.000;3.300',
  '2;Lai Châu;900;600;500',
];

describe('a province row whose figures a later row settles, over its former provinces', () => {
  it('its parts are checked against it, never added beside it', async () => {
    const r = await both('toan-quoc-tien-2025.csv', [...TABLE, '3;Cao Bằng;1.234,5;1.000;700']);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const cols = ['province', 'district', 'money_total', 'money_with_conditions', 'money_resolved'].map((k) => head!.indexOf(k));
    expect(body.map((row) => cols.map((i) => row[i]).join(' '))).toEqual([
      'Gia Lai  15000000000 10000000000 8500000000',
      'Lai Châu  900000000 600000000 500000000',
      'Cao Bằng  1234500000 1000000000 700000000',
      ' TOTAL 17134500000 11600000000 9700000000',
    ]);
  });

  it('a row below that is refused settles nothing: the figures above stay undecided', async () => {
    // "1.5" only English reads; its row is no office's (NOT_AN_OFFICE), so no cell read says
    // English, and "15.000" is still either 15.000 or 15 triệu đồng.
    const file = write('toan-quoc-tien-ghi-chu-2025.csv', [...TABLE, '', 'Ghi chú: tỷ lệ;;1.5;2.5;']);
    const { io, stdout } = memoryIo(['check', file], { env: {} });
    expect(await main(io)).toBe(1);
    const found = stdout().split(file).join('FILE');
    expect(found).toContain('FILE:4:3: error: "15.000" could be read as Vietnamese or English, and nothing in the file settles it [AMBIGUOUS_NUMBER]');
    expect(found).toContain('[NOT_AN_OFFICE]');
  });
});
