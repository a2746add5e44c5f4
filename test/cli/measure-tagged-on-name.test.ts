// One row per measure, the measure tagged on the office's name ("Huyện A (việc)" / "Huyện A
// (tiền)"): read as four offices, the money rows were added into the cases (--measure cases:
// 100 + 1000 + 200 + 2000 = 3300 with conditions, exit 0). A label in a column of its own is
// refused (ROW_LABELS_MEASURE); tagged on the name it is no office's row either. Names that only
// contain such a word ("Huyện Tiền Hải") or a dash ("Phòng THADS khu vực 1 - Ninh Bình") stay offices.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { file } = fileTree('thads-measure-tag-');

const HEADER = 'Đơn vị,Có điều kiện,Giải quyết xong';
const tagged = (a: string, b: string) => [HEADER, `Huyện A${a},100,80`, `Huyện A${b},1000,500`, `Huyện B${a},200,150`, `Huyện B${b},2000,900`];

describe('a measure tagged on the office name', () => {
  it.each([
    ['brackets', ' (việc)', ' (tiền)'],
    ['a dash', ' - Về việc', ' - Về tiền'],
    ['a colon', ': Số việc', ': Số tiền'],
    ['a rate row', '', ' (tỷ lệ %)'],
  ])('%s: refused at the first tagged row, nothing summed', (name, a, b) => {
    const path = file(`${name.replace(/ /g, '-')}-2019.csv`, tagged(a, b));
    const r = spawnThads(['summarize', path, '--measure', 'cases', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const line = a === '' ? 3 : 2;
    expect(r.stderr).toContain(`${path}:${line}:1: error: "Huyện A${a === '' ? b : a}" holds a row of one measure or rate of an office`);
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it('the measure before the name, in a real export (title, unit line, ";", a total row)', () => {
    const path = file('tien-truoc-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;',
      'Đơn vị tính: nghìn đồng;;',
      'Đơn vị;Có điều kiện;Giải quyết xong',
      'Việc - Huyện A;100;80',
      'Tiền - Huyện A;1.000;500',
      'Tổng cộng;1.100;580',
    ]);
    const r = spawnThads(['summarize', path, '--measure', 'cases', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:4:1: error: "Việc - Huyện A" holds a row of one measure or rate of an office ("Việc" tagged on its name`);
  });

  it('names holding such words or a dash stay offices, and are summed', () => {
    const path = file('ten-2019.csv', [HEADER, 'Huyện Tiền Hải,10,5', 'Phòng THADS khu vực 1 - Ninh Bình,5,4', 'Thị xã Quảng Trị - Quảng Trị,1,1', 'Huyện Giá Rai,7,3']);
    const r = spawnThads(['summarize', path, '--measure', 'cases', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.groups.map((g: { district: string }) => g.district)).toEqual(['Huyện Tiền Hải', 'Phòng THADS khu vực 1 - Ninh Bình', 'Thị xã Quảng Trị - Quảng Trị', 'Huyện Giá Rai']);
    // 10 + 5 + 1 + 7 = 23 with conditions; 5 + 4 + 1 + 3 = 13 resolved
    expect([doc.total.cases.withConditions, doc.total.cases.resolved]).toEqual(['23', '13']);
  });
});
