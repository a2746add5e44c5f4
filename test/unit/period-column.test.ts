// A column thads does not read that tells each row's period (round 29, finding 05): "Chỉ tiêu so
// sánh" holding "Năm nay" / "Cùng kỳ năm trước", "Thời gian" holding 2019 / 2018 on one office's
// two rows. Both years were summed as the office's (4534 / 3500, exit 0, DUPLICATE_OFFICE only).
// SPEC §3 names the year column (Năm): the column is not read as one, the rows are refused at
// the cell. Ordinary extra columns stay as they were. Both readers agree; totals by hand.
import { describe, expect, it } from 'vitest';
import { otherPeriodBeside, periodOfCell } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-period-column-', ['--format', 'csv']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const header = (extra: string) => `STT,Đơn vị,${extra},Có điều kiện,Giải quyết xong`;
const HINT = '  hint: keep the report\'s own rows only (delete those of the other period, a comparison), or give each row its statistics year in a column headed "Năm" and pass --year N to keep one\n';

/** district, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18], c[20]].join(' ');
  });
}
// Ia Grai 1000/1234 = 81.04 %, Đắk Đoa 900/1100 = 81.82 %, total 1900/2334 = 81.41 %
const READ = ['Chi cục THADS huyện Ia Grai 1234 1000 81.04', 'Chi cục THADS huyện Đắk Đoa 1100 900 81.82', 'TOTAL 2334 1900 81.41'];

describe('a period beside the office, in a column thads does not read', () => {
  it('"Cùng kỳ năm trước" under "Chỉ tiêu so sánh" on the row below the office (its cell merged down): refused at the cell', async () => {
    const r = await both('viec-2019.csv', [TITLE, header('Chỉ tiêu so sánh'), '1,Chi cục THADS huyện Ia Grai,Năm nay,1234,1000', ',,Cùng kỳ năm trước,1200,900', '2,Chi cục THADS huyện Đắk Đoa,Năm nay,1100,900', ',,Cùng kỳ năm trước,1000,700']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'FILE:4:3: error: "Cùng kỳ năm trước" under "Chỉ tiêu so sánh" says this row of "Chi cục THADS huyện Ia Grai" holds another period\'s figures, a comparison or a plan, not the report\'s own (2019): thads reads a year only from a column named "Năm", --year or the file name, never from that column, and it would be added to the office\'s figures [PERIOD_COLUMN]\n' + HINT,
    });
  });

  it('"Năm 2018" in a 2019 report: another year, refused', async () => {
    const r = await both('viec-2019.csv', [header('Kỳ'), '1,Chi cục THADS huyện Ia Grai,Năm 2019,1234,1000', '1,Chi cục THADS huyện Ia Grai,Năm 2018,1200,900']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:3: error: "Năm 2018" under "Kỳ" says this row of "Chi cục THADS huyện Ia Grai" holds the year 2018, not the report\'s own (2019): thads reads a year only from a column named "Năm", --year or the file name, never from that column, and it would be added to the office\'s figures [PERIOD_COLUMN]');
  });

  it('"Quý IV", "Tính đến 31/8/2019" beside the office: another period, refused', async () => {
    const r = await both('viec-2019.csv', [header('Thời gian'), '1,Chi cục THADS huyện Ia Grai,Quý IV,300,200', '2,Chi cục THADS huyện Đắk Đoa,,1100,900']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:3: error: "Quý IV" under "Thời gian" says this row of "Chi cục THADS huyện Ia Grai" holds the figures of another period than the report\'s, not the report\'s own (2019)');
    const cut = await both('viec-2019.csv', [header('Thời gian'), '1,Chi cục THADS huyện Ia Grai,Tính đến 31/8/2019,300,200']);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('FILE:2:3: error: "Tính đến 31/8/2019" under "Thời gian"');
  });

  it('2019 / 2018 under "Thời gian" on one office\'s two rows: refused at the second year', async () => {
    const lines = [TITLE, header('Thời gian'), '1,Chi cục THADS huyện Ia Grai,2019,1234,1000', '1,Chi cục THADS huyện Ia Grai,2018,1200,900', '2,Chi cục THADS huyện Đắk Đoa,2019,1100,900', '2,Chi cục THADS huyện Đắk Đoa,2018,1000,700'];
    const r = await both('viec-2019.csv', lines);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      // a year alone under a period's header other than the report's (round 36, 03b): as "Năm 2018"
      stderr: 'FILE:4:3: error: "2018" under "Thời gian" says this row of "Chi cục THADS huyện Ia Grai" holds the year 2018, not the report\'s own (2019): thads reads a year only from a column named "Năm", --year or the file name, never from that column, and it would be added to the office\'s figures [PERIOD_COLUMN]\n' + HINT,
    });
    // the report's year unknown (no title, no year in the name): the two years of one office still
    const unknown = await both('bao cao viec.csv', lines.slice(1));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('FILE:3:3: error: "2018" under "Thời gian" names the year 2018, but line 2, a row of the same office');
  });
});

describe('ordinary extra columns stay as they were', () => {
  it.each([
    ['Ghi chú', ['Cùng kỳ năm trước tăng', 'Năm 2018 chưa đạt']],
    ['Tỷ lệ (%)', ['"81,04"', '"81,82"']],
    ['Chỉ tiêu', ['73', '73']],
    ['Mã đơn vị', ['2015', '2016']],
    ['Đánh giá', ['Đạt chỉ tiêu', 'Vượt chỉ tiêu']],
    ['Nhận xét', ['So với cùng kỳ tăng 2%', 'Trong tháng 9 tăng mạnh so với năm trước']],
    ['Nhận xét', ['Lũy kế đạt 80%', 'Kế hoạch năm 2019 đạt']],
    ['Chỉ tiêu so sánh', ['Năm nay', 'Năm nay']],
    ['Thời gian', ['2019', '2019']],
    ['Kỳ', ['Năm 2019', '2018-2019']],
  ])('%s holding %j', async (extra, cells) => {
    const r = await both('viec-2019.csv', [TITLE, header(extra), `1,Chi cục THADS huyện Ia Grai,${cells[0]},1234,1000`, `2,Chi cục THADS huyện Đắk Đoa,${cells[1]},1100,900`]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('PERIOD_COLUMN');
  });

  it('a code column repeated on an office\'s enforcer rows is one office\'s code, no second year', async () => {
    const r = await both('viec-2019.csv', ['STT,Đơn vị,Mã đơn vị,Chấp hành viên,Có điều kiện,Giải quyết xong', '1,Chi cục THADS huyện Ia Grai,2015,Nguyễn Văn An,734,600', '2,Chi cục THADS huyện Ia Grai,2015,Trần Thị Bình,500,400', '3,Chi cục THADS huyện Đắk Đoa,2016,Lê Văn Cường,1100,900']);
    expect(r.code, r.stderr).toBe(0);
    // Ia Grai 734 + 500 = 1234, 600 + 400 = 1000
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('otherPeriodBeside: the words an office\'s label is refused with', () => {
  it.each([
    ['Cùng kỳ năm trước', 2019, "another period's figures, a comparison or a plan"],
    ['So với cùng kỳ', 2019, "another period's figures, a comparison or a plan"],
    ['Năm 2018', 2019, 'the year 2018'],
    ['Năm 2018', null, null],
    ['Năm 2019', 2019, null],
    ['2018', 2019, null],
    ['Năm nay', 2019, null],
    ['Đạt chỉ tiêu', 2019, null],
    ['Nguyễn Văn An', 2019, null],
    ['Ước TH', 2019, "an estimate, no office's reported figures"],
    ['Kế hoạch', 2019, "another period's figures, a comparison or a plan"],
    ['Tăng/giảm', 2019, "another period's figures, a comparison or a plan"],
    ['Cùng kỳ 2018', 2019, "another period's figures, a comparison or a plan"],
    ['So với cùng kỳ tăng 2%', 2019, null],
    ['Trong tháng 9 tăng mạnh so với năm trước', 2019, null],
  ])('%j in a report of %s → %s', (text, year, kind) => expect(otherPeriodBeside(text, year)).toBe(kind));
});

// Round 31, finding 02: a period column holding date ranges, "N" / "N-1" or "TH 2019" / "TH
// 2018" gave no year and no other period: both years of each office were added (Chư Sê 190,
// Đắk Đoa 380, TOTAL 570 / 470, exit 0). Its cells are read as a name's note is (periodNote).
describe('a period column written as days, N / N-1, "TH 2019"', () => {
  const HEAD = (extra: string) => `STT;Đơn vị;${extra};Có điều kiện;Thi hành xong;Đình chỉ`;
  const twoYears = (extra: string, own: string, earlier: string) => [
    HEAD(extra),
    `1;Chi cục THADS huyện Chư Sê;${own};100;80;5`,
    `2;Chi cục THADS huyện Đắk Đoa;${own};200;150;10`,
    `3;Chi cục THADS huyện Chư Sê;${earlier};90;70;5`,
    `4;Chi cục THADS huyện Đắk Đoa;${earlier};180;140;10`,
  ];
  const refusal = (what: string) => `FILE:4:3: error: ${what}: thads reads a year only from a column named "Năm", --year or the file name, never from that column, and it would be added to the office's figures [PERIOD_COLUMN]\n${HINT}`;

  it.each([
    ['Giai đoạn', '01/10/2018-30/9/2019', '01/10/2017-30/9/2018', 'holds the year 2018'],
    ['Giai đoạn', 'Từ 01/10/2018 đến 30/9/2019', 'Từ 01/10/2017 đến 30/9/2018', 'holds the year 2018'],
    ['Thời gian', 'N', 'N-1', 'holds an earlier period\'s figures (a comparison)'],
    ['Thời gian', 'Năm N', 'Năm N-1', 'holds an earlier period\'s figures (a comparison)'],
    ['Thời gian', 'TH 2019', 'TH 2018', 'holds the year 2018'],
    ['Thời gian', 'Thực hiện 2019', 'Thực hiện 2018', 'holds the year 2018'],
    // the control, refused before
    ['Thời gian', 'Năm 2019', 'Năm 2018', 'holds the year 2018'],
  ])('%s: %j / %j in a 2019 report: refused at the earlier row', async (extra, own, earlier, holds) => {
    const r = await both('viec-2019.csv', twoYears(extra, own, earlier));
    expect(r).toEqual({ code: 1, stdout: '', stderr: refusal(`"${earlier}" under "${extra}" says this row of "Chi cục THADS huyện Chư Sê" ${holds}, not the report's own (2019)`) });
  });

  it('the report\'s year unknown: two ranges on one office\'s rows are two years, refused at the second', async () => {
    const r = await both('bao cao viec.csv', twoYears('Giai đoạn', '01/10/2018-30/9/2019', '01/10/2017-30/9/2018'));
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'FILE:4:3: error: "01/10/2017-30/9/2018" under "Giai đoạn" names the year 2018, but line 2, a row of the same office "Chi cục THADS huyện Chư Sê", names 2019 ("01/10/2018-30/9/2019"): thads reads a year only from a column named "Năm", --year or the file name, never from that column, and figures of different years are never added together [PERIOD_COLUMN]\n' + HINT,
    });
  });

  it.each([
    ['Giai đoạn', '01/10/2018-30/9/2019'], ['Thời gian', 'N'], ['Thời gian', 'TH 2019'], ['Thời gian', '12 tháng năm 2019'],
  ])('%s holding only the report\'s own period, %j: read', async (extra, own) => {
    const r = await both('viec-2019.csv', [HEAD(extra), `1;Chi cục THADS huyện Chư Sê;${own};100;80;5`, `2;Chi cục THADS huyện Đắk Đoa;${own};200;150;10`]);
    expect(r.code, r.stderr).toBe(0);
    // Chư Sê 100 / 85 = 85.00 %, Đắk Đoa 200 / 160 = 80.00 %, total 300 / 245 = 81.67 %
    expect(rows(r.stdout.replace(/;/g, ','))).toEqual(['Chi cục THADS huyện Chư Sê 100 85 85.00', 'Chi cục THADS huyện Đắk Đoa 200 160 80.00', 'TOTAL 300 245 81.67']);
  });

  it.each([
    ['Ghi chú', ['T9/2019', 'Lũy kế']],
    ['Ghi chú', ['Quý IV tăng', 'Số liệu đến 30/9/2019']],
    ['Ghi chú', ['N-1 tăng', '01/10/2017-30/9/2018 giảm']],
    ['Nhận xét', ['Số liệu đến 30/9/2019', 'Tăng so với năm trước']],
    ['Nhận xét', ['Năm trước chưa đạt', 'Đạt']],
    ['Ngày gửi', ['01/10/2019', '15/10/2019']],
    ['Mã đơn vị', ['2018', '2018']],
    ['Năm thành lập', ['2003', '1995']],
    ['Tỷ lệ', ['"2019,5"', '"12/15"']],
  ])('guard: %s holding %j stays read', async (extra, cells) => {
    const r = await both('viec-2019.csv', [TITLE, header(extra), `1,Chi cục THADS huyện Ia Grai,${cells[0]},1234,1000`, `2,Chi cục THADS huyện Đắk Đoa,${cells[1]},1100,900`]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('PERIOD_COLUMN');
  });

  it.each([
    ['01/10/2017-30/9/2018', { kind: 'year', year: 2018 }],
    ['Từ 01/10/2018 đến 30/9/2019', { kind: 'year', year: 2019 }],
    ['TH 2018', { kind: 'year', year: 2018 }],
    ['Năm 2017-2018', { kind: 'year', year: 2018 }],
    ['N-1', { kind: 'earlier' }],
    ['(N-1)', { kind: 'earlier' }],
    ['Số liệu kỳ trước', { kind: 'earlier' }],
    // round 33 finding 03: the year's last month, a cut-off at its end, is the year's own
    ['T9/2019', { kind: 'year', year: 2019 }],
    ['T8/2019', { kind: 'part' }],
    ['6T', { kind: 'part' }],
    ['N', null],
    ['Tăng so với năm trước', null],
    ['15/10/2019', null],
    ['2019,5', null],
    ['12/15', null],
    ['Nguyễn Văn An', null],
  ])('periodOfCell(%j) → %j', (text, period) => expect(periodOfCell(text)).toEqual(period));
});
