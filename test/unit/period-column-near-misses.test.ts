// Near-misses of PERIOD_COLUMN (round 32, finding 03): an office's rows told apart by a column
// thads does not read, as month/year ranges ("10/2018 - 9/2019" / "10/2017 - 9/2018"), bare
// months ("9/2019" / "9/2018"), "Q4-2018", cut-off dates ("30/9/2019" / "30/9/2018") or version
// words ("Sau điều chỉnh" / "Trước điều chỉnh") were summed (570 / 470, exit 0). Refused at the
// cell; one date per office, a code, a phone number stay read. Both readers; totals by hand.
import { describe, expect, it } from 'vitest';
import { periodNote, yearWritten } from '../../src/input/period-notes.js';
import { mayTellRowsApart } from '../../src/input/period-column.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-period-near-', ['--format', 'csv']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';
const HEADER = (extra: string) => `STT;Đơn vị;${extra};Có điều kiện;Thi hành xong;Đình chỉ`;
/** Chư Sê this year and last, Đắk Đoa this year and last: `a`/`b` in the extra column */
const twice = (extra: string, a: string, b: string) => [
  TITLE,
  HEADER(extra),
  `1;Chi cục THADS huyện Chư Sê;${a};100;80;5`,
  `2;Chi cục THADS huyện Đắk Đoa;${a};200;150;10`,
  `3;Chi cục THADS huyện Chư Sê;${b};90;70;5`,
  `4;Chi cục THADS huyện Đắk Đoa;${b};180;140;10`,
];
const once = (extra: string, a: string, b: string) => [TITLE, HEADER(extra), `1;Chi cục THADS huyện Chư Sê;${a};100;80;5`, `2;Chi cục THADS huyện Đắk Đoa;${b};200;150;10`];

/** district, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18], c[20]].join(' ');
  });
}
// Chư Sê 85/100 = 85.00 %, Đắk Đoa 160/200 = 80.00 %, total 245/300 = 81.67 %
const READ = ['Chi cục THADS huyện Chư Sê 100 85 85.00', 'Chi cục THADS huyện Đắk Đoa 200 160 80.00', 'TOTAL 300 245 81.67'];
const TAIL = ': thads reads a year only from a column named "Năm", --year or the file name, never from that column, and ';

describe('periodNote and yearWritten read months, month ranges and quarters with their year', () => {
  it.each([
    ['10/2018 - 9/2019', { kind: 'year', year: 2019 }],
    ['Tháng 10/2017 - tháng 9/2018', { kind: 'year', year: 2018 }],
    ['Từ tháng 10/2018 đến tháng 9/2019', { kind: 'year', year: 2019 }],
    ['10/2018 - 3/2019', { kind: 'part' }],
    ['9/2018', { kind: 'part' }],
    ['Q4-2018', { kind: 'part' }],
    ['Q4/2018', { kind: 'part' }],
    ['Q1', null],
  ])('%s', (note, expected) => {
    expect(periodNote(note)).toEqual(expected);
  });

  it.each([
    ['30/9/2018', 2018],
    ['9/2018', 2018],
    ['10/2017 - 9/2018', 2018],
    ['2018', 2018],
    ['15/10/2019', 2019],
    ['2018/QĐ-CTHADS', null],
    ['0269.3824.123', null],
    ['Năm 2018 đạt 78%', null],
    ['1.234', null],
  ])('yearWritten(%s)', (text, expected) => {
    expect(yearWritten(text)).toBe(expected);
  });

  it('the fast path hands over cells of versions and dates', () => {
    expect(['Sau điều chỉnh', 'Số liệu sơ bộ', 'BC lần 2', '9/2019', '30/9/2019'].every(mayTellRowsApart)).toBe(true);
    expect(['Đạt chỉ tiêu', 'Nguyễn Văn An', '0269.3824.123'].some(mayTellRowsApart)).toBe(false);
  });
});

describe('an office twice, told apart by a column thads does not read: refused', () => {
  it('month ranges "10/2018 - 9/2019" / "10/2017 - 9/2018": the other year, at its cell', async () => {
    const r = await both('viec-2019.csv', twice('Giai đoạn', '10/2018 - 9/2019', '10/2017 - 9/2018'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:3: error: "10/2017 - 9/2018" under "Giai đoạn" says this row of "Chi cục THADS huyện Chư Sê" holds the year 2018, not the report's own (2019)${TAIL}it would be added to the office's figures [PERIOD_COLUMN]`);
  });

  it('bare months "9/2019" / "9/2018": two years on one office\'s rows', async () => {
    const r = await both('viec-2019.csv', twice('Mốc', '9/2019', '9/2018'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:5:3: error: "9/2018" under "Mốc" names the year 2018, but line 3, a row of the same office "Chi cục THADS huyện Chư Sê", names 2019 ("9/2019")${TAIL}figures of different years are never added together [PERIOD_COLUMN]`);
  });

  it('bare months "9/2019" / "9/2018" under "Thời gian": the row\'s period, the other year at its cell', async () => {
    const r = await both('viec-2019.csv', twice('Thời gian', '9/2019', '9/2018'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:5:3: error: "9/2018" under "Thời gian" says this row of "Chi cục THADS huyện Chư Sê" holds the year 2018, not the report's own (2019)${TAIL}it would be added to the office's figures [PERIOD_COLUMN]`);
  });

  it('cut-off dates "30/9/2019" / "30/9/2018": two years on one office\'s rows', async () => {
    const r = await both('viec-2019.csv', twice('Số liệu đến ngày', '30/9/2019', '30/9/2018'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:5:3: error: "30/9/2018" under "Số liệu đến ngày" names the year 2018, but line 3, a row of the same office "Chi cục THADS huyện Chư Sê", names 2019 ("30/9/2019")${TAIL}figures of different years are never added together [PERIOD_COLUMN]`);
  });

  it('"Q4-2019" / "Q4-2018": a quarter, as "Quý IV/2019" is', async () => {
    const r = await both('viec-2019.csv', twice('Thời gian', 'Q4-2019', 'Q4-2018'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:3:3: error: "Q4-2019" under "Thời gian" says this row of "Chi cục THADS huyện Chư Sê" holds the figures of another period than the report's, not the report's own (2019)${TAIL}it would be added to the office's figures [PERIOD_COLUMN]`);
  });

  it.each([
    ['Sau điều chỉnh', 'Trước điều chỉnh'],
    ['Số liệu chính thức', 'Số liệu sơ bộ'],
    ['BC lần 2', 'BC lần 1'],
  ])('versions "%s" / "%s": two versions of one office\'s figures', async (a, b) => {
    const r = await both('viec-2019.csv', twice('Phiên bản', a, b));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:5:3: error: "${b}" under "Phiên bản" and "${a}" on line 3 are two versions of the figures of the same office "Chi cục THADS huyện Chư Sê"${TAIL}both would be added together [PERIOD_COLUMN]`);
  });
});

describe('one office, one row: read', () => {
  it.each([
    ['Ngày gửi báo cáo', '15/10/2019', '20/10/2019'],
    ['Ngày gửi báo cáo', '15/10/2019', '5/1/2020'],
    ['Thời gian', '9/2019', '9/2019'],
    ['Giai đoạn', '10/2018 - 9/2019', 'Tháng 10/2018 - tháng 9/2019'],
    ['Phiên bản', 'Sau điều chỉnh', 'Số liệu sơ bộ'],
    ['Số QĐ giao chỉ tiêu', '2018/QĐ-CTHADS', '2018/QĐ-CTHADS'],
    ['Điện thoại', '0269.3824.123', '0269 3824 124'],
  ])('%s: "%s" / "%s"', async (extra, a, b) => {
    const r = await both('viec-2019.csv', once(extra, a, b));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});
