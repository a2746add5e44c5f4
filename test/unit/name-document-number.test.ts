// Digits right after a word that numbers a document ("Mẫu 06-2019", "BC 01-2019", "Phụ lục
// 02.2019", "BC số 12-2019") are its number, not a month (round 48a, 01–02): read as a month
// they made a year-end report a partial period (exit 0, no change on last year) or, as
// December, the next statistics year against a title "NĂM 2019" (YEAR_CONFLICT).
import { describe, expect, it } from 'vitest';
import { periodOfName, yearsOfName } from '../../src/input/file-names.js';
import { bothReaders } from '../helpers/both-readers.js';

const NONE = { start: null, end: null };

describe('periodOfName: a document\'s number before the year is no month', () => {
  it.each([
    'Mau 06-2019 viec',
    'Mẫu 06-2019',
    'Mẫu số 06-2019',
    'BC 01-2019 viec',
    'BC số 12-2019',
    'BC 12.2019',
    'Báo cáo 03.2019',
    'Phụ lục 02.2019',
    'Phu luc 02.2019',
    'PL 02.2019',
    'PL.02.2019',
    'Biểu 07-2019',
    'Bieu so 07-2019',
    'Số: 05-2019',
    'CV 11-2019',
    'Công văn 11-2019',
    'QĐ 04-2019',
    'TT 06-2019',
    'Đợt 2-2019',
    'Lan 3.2019',
    'Bản 2.2019',
    'ver 2.2019',
    'v 2.2019',
  ])('"%s" states no period', (name) => expect(periodOfName(name, 2019)).toEqual(NONE));

  it.each([
    ['BC 12.2019', [2019]],
    ['BC so 12-2019', [2019]],
    ['Mau 06-2019', [2019]],
  ])('"%s" is of the statistics year %j', (name, years) => expect(yearsOfName(name)).toEqual(years));

  // No such word right before the digits: a month, as before
  it.each([
    ['06-2019', '2019-06-30'],
    ['Mau 01 - thang 06-2019', '2019-06-30'],
    ['BC tháng 03.2019', '2019-03-31'],
    ['thang 03.2019', '2019-03-31'],
    ['T03.2019', '2019-03-31'],
    // whole words only: a word that merely ends in "ban" numbers nothing
    ['Soban 03.2019', '2019-03-31'],
  ])('"%s" ends on %s', (name, end) => expect(periodOfName(name, null)).toEqual({ start: null, end }));
});

const TABLE = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Chi cục THADS thành phố Nam Định,100,80', '2,Chi cục THADS huyện Mỹ Lộc,50,40', '3,Chi cục THADS huyện Vụ Bản,32,20', ',Tổng cộng,182,140'];
const PREVIOUS = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Chi cục THADS thành phố Nam Định,90,50', '2,Chi cục THADS huyện Mỹ Lộc,50,30', '3,Chi cục THADS huyện Vụ Bản,30,18'];
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,';

describe('a file named by its form\'s or report\'s number of 2019 is the whole year (both readers)', () => {
  const { write, both } = bothReaders('thads-doc-number-', ['--by', 'none', '--format', 'json']);
  const previous = write('prev viec 2018.csv', PREVIOUS);

  it.each(['Mau 06-2019 viec.csv', 'BC 01-2019 viec.csv', 'Phu luc 02.2019 viec.csv', 'Mau 06 nam 2019 viec.csv'])('"%s": the year 2019, compared with 2018', async (name) => {
    const r = await both(name, TABLE, ['--previous', previous, '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 140/182 = 76.923 %; 2018: 98/170 = 57.647 %; +19.276 pp
    const c = JSON.parse(r.stdout).total.cases;
    expect([c.withConditions, c.resolved, c.rate, c.rateChange]).toEqual(['182', '140', '76.92', '19.28']);
  });

  it.each(['Mau 06-2019 viec.csv', 'BC 01-2019 viec.csv', 'Phu luc 02.2019 viec.csv'])('"%s" is stated as the year', async (name) => {
    const r = await both(name, TABLE, ['--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('Năm 2019 (từ 1/10/2018 đến 30/9/2019), ')).toBe(true);
  });

  it.each(['BC so 12-2019 viec.csv', 'BC 12.2019 viec.csv'])('"%s" with a title "NĂM 2019": report no. 12, not December', async (name) => {
    const r = await both(name, [TITLE, ...TABLE], ['--by', 'none', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const [head, total] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const at = (col: string) => total![head!.indexOf(col)];
    expect([at('year'), at('cases_with_conditions'), at('cases_resolved'), at('cases_rate')]).toEqual(['2019', '182', '140', '76.92']);
  });

  it('"thang 06-2019" is still June: no change on the whole year 2018', async () => {
    const r = await both('BC thang 06-2019 viec.csv', TABLE, ['--previous', previous, '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      "thads: warning: no change on last year is computed: the input's period ends on 30/6/2019, the previous files' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]",
    );
    expect(JSON.parse(r.stdout).total.cases.rateChange).toBe(null);
  });
});
