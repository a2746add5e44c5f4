// A stray comma in a row whose last cell was empty: a decimal comma ("9770951,5") or a thousands
// comma ("1,298") splits a cell, every cell after it moves one column right, and the empty last
// cell goes past the header — taken for a trailing delimiter, set aside, the figures read under
// the wrong headers, exit 0 (traps26 1: Ý Yên's money resolved read as 5). A row wider than the
// header and than another row is refused; every row alike wider (a writer's trailing delimiter)
// is read as before.
// Hand sums (nghìn đồng): with conditions 9.565.824 + 16.389.337 + 9.770.951 = 35.726.112,
// resolved 8.009.734 + 14.490.039 + 8.385.244 = 30.885.017.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-widened-row-', ['--format', 'csv']);
const TOP = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019 (TÍNH BẰNG TIỀN)', 'Đơn vị tính: nghìn đồng', 'STT,Đơn vị,Có điều kiện,Giải quyết xong,Đang thi hành,Trường hợp khác'];

describe('a row one cell wider than the header and its neighbours', () => {
  it('a decimal comma shifting the row into its empty last cell: refused at its line', async () => {
    const r = await both('nam-dinh-tien-2019.csv', [...TOP, '1,Mỹ Lộc,9565824,8009734,1556090,', '2,Vụ Bản,16389337,14490039,1899298,', '3,Ý Yên,9770951,5,8385244,1385707,']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6: error: this row has 7 cells, more than the header\'s 6 and line 4\'s 6, its cells past the header empty: a stray delimiter');
    expect(r.stderr).toContain('[RAGGED_ROW]');
  });

  it('the shifted row first: refused at it once a row of the header\'s width follows', async () => {
    const r = await both('nam-dinh-tien-2019.csv', [...TOP, '1,Mỹ Lộc,9565824,5,8009734,1556090,', '2,Vụ Bản,16389337,14490039,1899298,']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4: error: this row has 7 cells, more than the header\'s 6 and line 5\'s 6');
  });

  it('control: every row ending with a delimiter the header lacks is read: 35726112000 / 30885017000 đồng', async () => {
    const r = await both('nam-dinh-tien-2019.csv', [...TOP, '1,Mỹ Lộc,9565824,8009734,1556090,0,', '2,Vụ Bản,16389337,14490039,1899298,0,', '3,Ý Yên,9770951,8385244,1385707,0,']);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const total = body.find((row) => row[1] === 'TOTAL')!;
    expect([total[head!.indexOf('money_with_conditions')], total[head!.indexOf('money_resolved')]]).toEqual(['35726112000', '30885017000']);
  });
});
