// A row index in the first column under an empty header, as pandas' to_csv (0, 1, 2 …) and R's
// write.csv ("1", "2" …, quoted, header "") write it before the identity columns (traps20 5):
// refused VALUE_WITHOUT_HEADER on its "0" with a hint about decimal commas. Read as the row
// numbers (an STT), both readers. Hand sums: 100 + 200 + 300 = 600, 90 + 150 + 250 = 490, 81.67 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-index-column-', ['--format', 'csv', '--by', 'none']);

function total(stdout: string): string[] {
  const [head, row] = stdout.trim().split('\n').map((l) => l.split(','));
  return ['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row![head!.indexOf(k)]!);
}

describe('an index column before the identity columns', () => {
  it('pandas, from 0: 600 / 490', async () => {
    const r = await both('nam-dinh-2019.csv', [',province,district,cases_with_conditions,cases_resolved', '0,Nam Định,Mỹ Lộc,100.0,90.0', '1,Nam Định,Vụ Bản,200.0,150.0', '2,Nam Định,Ý Yên,300.0,250.0']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['600', '490', '81.67']);
  });

  it('R write.csv, quoted, from 1: 600 / 490', async () => {
    const r = await both('nam-dinh-2019.csv', ['"","province","district","cases_with_conditions","cases_resolved"', '"1","Nam Định","Mỹ Lộc",100,90', '"2","Nam Định","Vụ Bản",200,150', '"3","Nam Định","Ý Yên",300,250']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['600', '490', '81.67']);
  });

  it('figures under the empty header that are no row numbers stay refused', async () => {
    const r = await both('nam-dinh-2019.csv', [',province,district,cases_with_conditions,cases_resolved', '7,Nam Định,Mỹ Lộc,100,90', '3,Nam Định,Vụ Bản,200,150']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[VALUE_WITHOUT_HEADER]');
  });
});
