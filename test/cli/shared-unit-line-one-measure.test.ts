// The forms' shared unit line, "Đơn vị tính: việc; nghìn đồng", over a table of one measure whose
// title says which ("… TÍNH BẰNG TIỀN", "… TÍNH BẰNG VIỆC") and whose headers are plain ("Có điều
// kiện", "Giải quyết xong"): refused MEASURE_UNKNOWN, or MEASURE_CONFLICT under the cases title
// (traps19 5). The title says the measure, the unit line the units. Both readers.
// Hand sums: money 1,000 + 3,000 + 5,000 = 9,000 nghìn = 9,000,000 đồng with conditions,
// 400 + 1,500 + 2,000 = 3,900 nghìn = 3,900,000 đồng resolved, 43.33 %; cases 600 / 505, 84.17 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-shared-unit-line-', ['--format', 'csv', '--by', 'none']);
const BODY = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Mỹ Lộc,1000,400', '2,Vụ Bản,3000,1500', '3,Ý Yên,5000,2000'];
const CASES = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Mỹ Lộc,100,85', '2,Vụ Bản,200,150', '3,Ý Yên,300,270'];

function total(stdout: string, keys: readonly string[]): string[] {
  const [head, row] = stdout.trim().split('\n').map((l) => l.split(','));
  return keys.map((k) => row![head!.indexOf(k)]!);
}

describe('"Đơn vị tính: việc; nghìn đồng" under a title of one measure', () => {
  it('"TÍNH BẰNG TIỀN": money in nghìn đồng, 9,000,000 / 3,900,000 đồng', async () => {
    const r = await both('bao-cao-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019', 'Đơn vị tính: việc; nghìn đồng', ...BODY]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['money_with_conditions', 'money_resolved', 'money_rate', 'cases_with_conditions'])).toEqual(['9000000', '3900000', '43.33', '']);
  });

  it('"TÍNH BẰNG VIỆC": cases, 600 / 505', async () => {
    const r = await both('bao-cao-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', 'Đơn vị tính: việc; nghìn đồng', ...CASES]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions'])).toEqual(['600', '505', '84.17', '']);
  });

  it('without a measure in the title the plain headers stay unknown, as before', async () => {
    const r = await both('bao-cao-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: việc; nghìn đồng', ...CASES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[MEASURE_UNKNOWN]');
  });
});
