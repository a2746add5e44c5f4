// A title citing the circular of an older regime's forms over rows of a newer regime's year
// (traps30 y1: "Biểu mẫu số 01 (Ban hành kèm theo Thông tư số 01/2013/TT-BTP)" over rows of
// 2020 was read in the 2020 regime silently: its "Hoãn" column after "Chưa có điều kiện" taken
// for deferred, and to execute 950 said to differ from 620 + 330 + 15 = 965, exit 0 — on the
// cited forms 950 = 620 + 330, hoãn inside có điều kiện). Refused at the title where the header
// reads differently in the two regimes; said where it does not. Both readers.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-older-form-', ['--format', 'csv', '--measure', 'cases']);

const TITLE_2013 = 'Biểu mẫu số 01 (Ban hành kèm theo Thông tư số 01/2013/TT-BTP)';

describe('a title citing an older regime\'s forms over a newer year', () => {
  it('with a Hoãn column read differently in each regime: refused at the title (y1)', async () => {
    const r = await both('y1.csv', [TITLE_2013, 'Đơn vị,Năm,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Chưa có điều kiện,Hoãn', 'A,2020,950,620,400,20,330,15']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:1:1: error: the title cites Thông tư 01/2013 (the forms of statistics years up to 2019), but the rows are of statistics year 2020 (TT 06/2019, 05/2024, 05/2026): column 8 "Hoãn" counts inside with conditions on the cited forms, outside with conditions (deferred) in 2020\'s [FORM_REGIME_CONFLICT]',
    );
  });

  it('with no column read differently: read in the year\'s regime and said (100 + 200 resolved of 400 = 75.00 %)', async () => {
    const r = await both('viec-2021.csv', ['BÁO CÁO THỐNG KÊ (Thông tư 08/2015/TT-BTP)', 'Đơn vị,Có điều kiện,Giải quyết xong', 'A,150,100', 'B,250,200']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:1:1: warning: the title cites Thông tư 08/2015 (the forms of statistics years up to 2019), but the rows are of statistics year 2021 (TT 06/2019, 05/2024, 05/2026): the figures are read as 2021\'s forms count them [FORM_OLDER_THAN_YEAR]');
    expect(r.stdout).toContain(',TOTAL,2021,,,,,,,400,,,,,,,,,300,,75.00,');
  });

  it.each([
    ['the forms of its own regime (TT 01/2013 over 2019)', TITLE_2013, '2019'],
    ['a newer circular (TT 06/2019 over 2020)', 'Biểu mẫu số 01 (Ban hành kèm theo Thông tư số 06/2019/TT-BTP)', '2020'],
  ])('%s: no word', async (_, title, year) => {
    const r = await both(`viec-${year}.csv`, [title, 'Đơn vị,Có điều kiện,Giải quyết xong', 'A,150,100']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('FORM_');
  });
});
