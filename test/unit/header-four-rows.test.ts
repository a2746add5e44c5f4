// A header of three or four rows whose identity cells are merged down from its top row ("STT |
// Đơn vị | Về việc | Về tiền" over "Có điều kiện" over "Tổng số | Chia ra" over the parts): the
// office column is named there. Both readers; figures added by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-header-four-rows-', ['--format', 'csv', '--by', 'none']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const ROWS = ['1,Mỹ Lộc,300,200,30,5000,3000,500', '2,Vụ Bản,200,100,20,4000,2000,100'];

/** cases with conditions, completed, terminated, resolved; money with conditions, completed, terminated */
function total(csv: string): string {
  const [head, row] = csv.trim().split('\n');
  const at = (k: string) => head!.split(',').indexOf(k);
  const c = row!.split(',');
  return ['cases_with_conditions', 'cases_completed', 'cases_terminated', 'cases_resolved', 'money_with_conditions', 'money_completed', 'money_terminated'].map((k) => c[at(k)]).join(' ');
}

describe('headers of three and four rows', () => {
  it('"Về việc | Về tiền" over "Có điều kiện" over "Tổng số | Chia ra" over the parts', async () => {
    const r = await both('bc-2019.csv', [TITLE, 'STT,Đơn vị,Về việc,,,Về tiền (nghìn đồng),,', ',,Có điều kiện,,,Có điều kiện,,', ',,Tổng số,Chia ra,,Tổng số,Chia ra,', ',,,Thi hành xong,Đình chỉ,,Thi hành xong,Đình chỉ', ...ROWS]);
    expect(r.code).toBe(0);
    // 300 + 200; 200 + 100; 30 + 20; resolved 300 + 50; money in nghìn đồng: 9,000 → 9,000,000 đồng
    expect(total(r.stdout)).toBe('500 300 50 350 9000000 5000000 600000');
  });

  it('without "Chia ra": three rows', async () => {
    const r = await both('bc-2019.csv', [TITLE, 'STT,Đơn vị,Về việc,,,Về tiền (nghìn đồng),,', ',,Có điều kiện,Thi hành xong,Đình chỉ,Có điều kiện,Thi hành xong,Đình chỉ', ...ROWS]);
    expect(total(r.stdout)).toBe('500 300 50 350 9000000 5000000 600000');
  });
});
