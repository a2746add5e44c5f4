// An office's row above its header (traps20 1): a file put through `sort` lands its header among
// its rows ("LC_ALL=C sort a.csv", two exports merged with "sort -u"); the rows above it were
// taken for titles and left out — Hà Nội's 4,400 cases read as 2,100, exit 0, `check` clean.
// Refused at the first such row, through both readers. A title, unit or date line above the
// header, with a number in a cell or two, is still a title.
// Hand sums of the control: 950 + 900 = 1,850 with conditions, 900 + 850 = 1,750 resolved.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-row-above-header-', ['--format', 'csv', '--by', 'none']);

const HEADER = 'Đơn vị,Tổng số thụ lý (việc),Việc có điều kiện,Việc giải quyết xong,Tổng số thụ lý (tiền),Tiền có điều kiện,Tiền giải quyết xong';

describe('an office row above the header', () => {
  it('a sorted file: refused at its first office row above the header', async () => {
    const r = await both('ha-noi-2019.csv', ['Ba Đình,1200,950,900,52000000000,20000000000,9000000000', 'Hoàn Kiếm,1100,900,850,61000000000,25000000000,11000000000', HEADER, 'Đống Đa,1500,1250,1190,70000000000,30000000000,12500000000', 'Ứng Hòa,600,480,460,15000000000,6000000000,2800000000']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:1:1: error: "Ba Đình" above the header (line 3) has figures under 6 of its 6 figure columns: an office\'s row above its header, which would be left out of every sum [ROW_ABOVE_HEADER]');
  });

  it('an office column second, the row filled in half its figure columns: refused', async () => {
    const r = await both('ha-noi-2019.csv', [',Ba Đình,,,,52000000000,20000000000,9000000000', `STT,${HEADER}`, '1,Đống Đa,1500,1250,1190,70000000000,30000000000,12500000000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:2: error: "Ba Đình" above the header (line 2) has figures under 3 of its 6 figure columns');
  });

  it('titles, a date line and a unit line above the header stay titles (1,850 / 1,750)', async () => {
    const r = await both('ha-noi-2019.csv', [
      'CỤC THADS THÀNH PHỐ HÀ NỘI,,,,,,',
      'Biểu số 07/TK-THA,,,,,,',
      'Ngày,15,tháng 10,2019,,,',
      ',,,,,Đơn vị tính: đồng,',
      HEADER,
      'Ba Đình,1200,950,900,52000000000,20000000000,9000000000',
      'Hoàn Kiếm,1100,900,850,61000000000,25000000000,11000000000',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [head, total] = r.stdout.trim().split('\n').map((l) => l.split(','));
    expect(['cases_with_conditions', 'cases_resolved'].map((k) => total![head!.indexOf(k)])).toEqual(['1850', '1750']);
  });
});
