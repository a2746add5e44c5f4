// A title row without figures naming another statistics year ("Năm 2018" in a 2019 report), with
// last year's rows of the same offices under it, was added to this year's (570 / 420, exit 0, one
// DUPLICATE_OFFICE warning). Another year's block, as "Cùng kỳ năm 2018" is: refused SECOND_TABLE
// at the title, by both readers. The report's own year ("Năm 2019") titles a section; where the
// report's year is known from nowhere, such a title is left as it was.
import { describe, expect, it } from 'vitest';
import { titleYears } from '../../src/input/second-table.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
// unnumbered, as the reproducer's: numbered rows under a title that heads no section are refused
// before (NOT_AN_OFFICE, "a line under …"), whatever year the title names
const OFFICES = [',Mỹ Lộc,100,80,5000,4000', ',Vụ Bản,200,150,7000,3000'];
/** last year's figures of the same offices */
const EARLIER = [',Mỹ Lộc,90,60,4000,3000', ',Vụ Bản,180,100,6000,2000'];
const JSON_NONE = ['--by', 'none', '--format', 'json'];

const { both } = bothReaders('thads-year-title-', ['--year', '2019', ...JSON_NONE]);

const refusal = (title: string, at: string, year: number, office: string, line: number) =>
  `FILE:${at}: error: "${title}" names the year ${year}, and the report's is 2019: the rows below it ("${office}", line ${line}) are not this report's period's figures, and would be added to its own [SECOND_TABLE]`;

const totals = (stdout: string) => {
  const { total } = JSON.parse(stdout);
  return [total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved];
};

describe('titleYears: the years a title row names for the rows below it', () => {
  it.each([
    ['Năm 2018', [2018]], ['NĂM 2018', [2018]], ['Năm 2018:', [2018]], ['Số liệu năm 2018', [2018]], ['2018', [2018]], ['Niên độ 2018', [2018]],
    ['Niên độ 2017-2018', [2018]], ['Năm 2019', [2019]], ['Số liệu từ 01/10/2017 đến 30/9/2018', [2018]],
    // an office's name, a note on it, a footnote: no period of rows
    ['Chi cục THADS huyện A (thành lập năm 2018)', []], ['Phòng THADS khu vực 2018', []], ['Đội thi hành án số 2018', []],
    ['Ghi chú: số liệu năm 2018 là số ước tính', []], ['Các Chi cục', []],
    // a group of the report's offices by their change on another year
    ['Các đơn vị tăng so với năm 2018', []], ['Các đơn vị giảm so với năm 2018', []],
  ])('%s → %j', (text, years) => expect(titleYears({ text, column: 1 })).toEqual(years));

  it('no title, no years', () => expect(titleYears(null)).toEqual([]));
});

describe('a block of another year under a title row naming it', () => {
  it.each([
    [',Năm 2018,,,,', 'Năm 2018'],
    [',NĂM 2018,,,,', 'NĂM 2018'],
    [',Năm 2018:,,,,', 'Năm 2018:'],
    [',Số liệu năm 2018,,,,', 'Số liệu năm 2018'],
    [',2018,,,,', '2018'],
    [',Niên độ 2018,,,,', 'Niên độ 2018'],
  ])('%s in a 2019 report (--year): refused at its row (570 / 420 were summed)', async (row, text) => {
    const r = await both(`year-title-${text.length}-${text.charCodeAt(0)}.csv`, [HEADER, ...OFFICES, row, ...EARLIER]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal(text, '4:2', 2018, 'Mỹ Lộc', 5));
  });

  it('the reproducer: "Năm 2018" between two blocks of the same offices, year from the title and the name', async () => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'STT;Đơn vị;Có điều kiện;Giải quyết xong', ';Chi cục THADS huyện A;100;80', ';Chi cục THADS huyện B;200;150'];
    const r = await both('block-last-year-viec-2019.csv', [...lines, ';Năm 2018;;', ';Chi cục THADS huyện A;90;70', ';Chi cục THADS huyện B;180;120'], JSON_NONE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('Năm 2018', '5:2', 2018, 'Chi cục THADS huyện A', 6));
    const control = await both('control-nam2019-section-viec-2019.csv', [...lines.slice(0, 2), ';Năm 2019;;', ...lines.slice(2)], JSON_NONE);
    expect(control.code).toBe(0);
    const { total } = JSON.parse(control.stdout);
    expect([total.cases.withConditions, total.cases.resolved]).toEqual(['300', '230']);
  });

  it('the report\'s year from the file name (no --year)', async () => {
    const r = await both('bao-cao-2019.csv', [HEADER, ...OFFICES, ',Năm 2018,,,,', ...EARLIER], JSON_NONE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('Năm 2018', '4:2', 2018, 'Mỹ Lộc', 5));
  });

  it('the report\'s year from the title line (no --year, none in the name)', async () => {
    const r = await both('bao-cao.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, ...OFFICES, ',Năm 2018,,,,', ...EARLIER], JSON_NONE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('Năm 2018', '5:2', 2018, 'Mỹ Lộc', 6));
  });

  it('the report\'s year from the year column: a title of 2018 over rows dated 2019', async () => {
    const r = await both('year-column.csv', [`${HEADER},Năm`, ...OFFICES.map((o) => `${o},2019`), ',Năm 2018,,,,,', ...OFFICES.map((o) => `${o},2019`)], JSON_NONE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('Năm 2018', '4:2', 2018, 'Mỹ Lộc', 5));
  });

  it('the block of another year above this year\'s: refused at its title too', async () => {
    const r = await both('earlier-first.csv', [HEADER, ',Năm 2018,,,,', ...EARLIER, ',Năm 2019,,,,', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('Năm 2018', '2:2', 2018, 'Mỹ Lộc', 3));
  });
});

describe('titles and years that are no other year\'s block are read', () => {
  it('"Năm 2019" over the offices of a 2019 report: a section title, 300 / 230', async () => {
    const r = await both('own-year.csv', [HEADER, ',Năm 2019,,,,', ...OFFICES]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '230', '12000', '7000']);
  });

  it('a year column whose 2018 rows stand under "Năm 2018": each year its own rows (--year 2019 reads 300 / 230)', async () => {
    const lines = [`${HEADER},Năm`, ',Năm 2019,,,,,', ...OFFICES.map((o) => `${o},2019`), ',Năm 2018,,,,,', ...EARLIER.map((o) => `${o},2018`)];
    const r = await both('years-column.csv', lines);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '230', '12000', '7000']);
  });

  it('an office named with its founding year is an office', async () => {
    const r = await both('founded.csv', [HEADER, ',Chi cục THADS huyện A (thành lập năm 2018),100,80,5000,4000', OFFICES[1]!]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '230', '12000', '7000']);
  });

  it('a note below the table naming 2018, no rows below it, is a note', async () => {
    const r = await both('note.csv', [HEADER, ...OFFICES, ',Ghi chú: số liệu năm 2018 đã được điều chỉnh,,,,']);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '230', '12000', '7000']);
  });

  it('"Năm 2018" as the last row, heading nothing, is read past', async () => {
    const r = await both('last-row.csv', [HEADER, ...OFFICES, ',Năm 2018,,,,']);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '230', '12000', '7000']);
  });

  it('where the report\'s year is known from nowhere, a title naming a year is left as before (no SECOND_TABLE)', async () => {
    const r = await both('bao-cao.csv', [HEADER, ...OFFICES, ',Năm 2018,,,,', ',Nam Trực,10,5,100,50'], JSON_NONE);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('SECOND_TABLE');
    expect(totals(r.stdout)).toEqual(['310', '235', '12100', '7050']);
  });
});
