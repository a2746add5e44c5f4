// One office's two versions told apart by a note beside its name ("Chư Sê" and "Chư Sê (đã
// điều chỉnh)") were added as two offices, exit 0. Refused by the version words of
// period-notes.ts (round 33, 01); a note the words miss is not caught (closing note). Both
// readers must say the same.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const CHU_SE = 'Chi cục THADS huyện Chư Sê';
const DAK_DOA = 'Chi cục THADS huyện Đắk Đoa,200,165';
const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];

const { both } = bothReaders('thads-trap-versions-', ARGS);

describe('one office given twice under a note', () => {
  it.each([
    'đã điều chỉnh', 'điều chỉnh lần 2', 'báo cáo lại', 'thay thế', 'sửa đổi', 'gửi lại', 'cập nhật', 'BC bổ sung', 'số liệu đã rà soát', 'bản mới',
  ])('"(%s)" after the office\'s name is refused at its row', async (note) => {
    const r = await both('versions.csv', [HEADER, `${CHU_SE},100,80`, `"${CHU_SE} (${note})",110,85`, DAK_DOA]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: "${CHU_SE} (${note})" holds a version of the office's figures set beside them: before revision, a first report: it would be added as an office [NOT_AN_OFFICE]`);
  });

  it('"(số liệu sơ bộ)" and "(số liệu chính thức)": refused at the first', async () => {
    const r = await both('so-bo.csv', [HEADER, `"${CHU_SE} (số liệu sơ bộ)",100,80`, `"${CHU_SE} (số liệu chính thức)",110,85`, DAK_DOA]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:2:1: error: "${CHU_SE} (số liệu sơ bộ)" holds a version of the office's figures`);
  });





  it('one version only is read: 110 + 200 = 310 cases, 85 + 165 = 250 resolved', async () => {
    const r = await both('one.csv', [HEADER, `${CHU_SE},110,85`, DAK_DOA]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.withConditions).toBe('310');
    expect(JSON.parse(r.stdout).total.cases.resolved).toBe('250');
  });

  it('a note that is part of the name, beside another office, is read: 100 + 200 = 300', async () => {
    const r = await both('dau-moi.csv', [HEADER, `"${CHU_SE} (đầu mối)",100,80`, DAK_DOA]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.withConditions).toBe('300');
    expect(JSON.parse(r.stdout).total.cases.resolved).toBe('245');
  });

  it('a province in brackets after one region\'s number names two offices: 100 + 200 = 300', async () => {
    const r = await both('khu-vuc-2025.csv', [HEADER, '"Phòng THADS khu vực 2 (Gia Lai)",100,80', '"Phòng THADS khu vực 2 (Đắk Lắk)",200,150'], ['--year', '2025', '--by', 'none', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.withConditions).toBe('300');
    expect(JSON.parse(r.stdout).total.cases.resolved).toBe('230');
  });
});
