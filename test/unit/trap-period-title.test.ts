// A title row without figures naming another period of the report's year ("6 tháng đầu năm
// 2019" in a report of the whole year 2019), with those months' rows of the same offices under
// it, was added to the year's (480 / 320, exit 0, one DUPLICATE_OFFICE warning). Another period's
// block, as "Năm 2018" is another year's: refused SECOND_TABLE at the title, by both readers. A
// title naming the report's own period ("Cả năm 2019" in a year's report, "6 tháng đầu năm 2019"
// in a six months' one) or none ("Khu vực 1") titles a section, as before.
import { describe, expect, it } from 'vitest';
import { titleNamesPeriod } from '../../src/input/second-table.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const OFFICES = [',Mỹ Lộc,100,80,5000,4000', ',Vụ Bản,200,150,7000,3000'];
/** the first months' figures of the same offices */
const PART = [',Mỹ Lộc,60,30,2000,1000', ',Vụ Bản,120,60,3000,1000'];
const JSON_NONE = ['--by', 'none', '--format', 'json'];
const YEAR = '1/10/2018 to 30/9/2019';
const SIX_MONTHS = '1/10/2018 to 31/3/2019';

const { both } = bothReaders('thads-period-title-', ['--year', '2019', ...JSON_NONE]);

const refusal = (title: string, at: string, named: string, own: string, office: string, line: number) =>
  `FILE:${at}: error: "${title}" names ${named}, and the report's is ${own}: the rows below it ("${office}", line ${line}) are not this report's period's figures, and would be added to its own [SECOND_TABLE]`;

const totals = (stdout: string) => {
  const { total } = JSON.parse(stdout);
  return [total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved];
};

describe('titleNamesPeriod: a title stating a year or a period of its own', () => {
  it.each([
    ['6 tháng đầu năm 2019', true], ['Quý I/2019', true], ['Tháng 9/2019', true], ['9 tháng năm 2019', true], ['Lũy kế 6 tháng', true],
    ['Số liệu đến 31/3/2019', true], ['Năm 2019', true], ['12 tháng năm 2019', true],
    ['Khu vực 1', false], ['Các đơn vị đạt chỉ tiêu', false], ['Tỉnh Nam Định', false], ['Chi cục THADS huyện A (thành lập năm 2018)', false],
  ])('%s → %s', (text, names) => expect(titleNamesPeriod({ text, column: 1 })).toBe(names));
});

describe('a block of another period of the year under a title row naming it', () => {
  it.each([
    ['6 tháng đầu năm 2019', `the period ${SIX_MONTHS}`],
    ['Quý I/2019', `the period ${SIX_MONTHS}`],
    ['9 tháng năm 2019', 'the period 1/10/2018 to 30/6/2019'],
    ['Số liệu đến 31/3/2019', `the period ${SIX_MONTHS}`],
    ['Lũy kế 6 tháng', 'a part of a year'],
  ])('%s in a report of the year 2019: refused at its row (480 / 320 were summed)', async (text, named) => {
    const r = await both(`period-title-${text.length}-${text.charCodeAt(0)}.csv`, [HEADER, ...OFFICES, `,${text},,,,`, ...PART]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal(text, '4:2', named, YEAR, 'Mỹ Lộc', 5));
  });

  it('the reproducer: "6 tháng đầu năm 2019" between two blocks, the year from the title and the name', async () => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'STT;Đơn vị;Có điều kiện;Giải quyết xong', ';Chi cục THADS huyện A;100;80', ';Chi cục THADS huyện B;200;150'];
    const r = await both('block-second-table-viec-2019.csv', [...lines, ';6 tháng đầu năm 2019;;', ';Chi cục THADS huyện A;60;30', ';Chi cục THADS huyện B;120;60'], JSON_NONE);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${refusal('6 tháng đầu năm 2019', '5:2', `the period ${SIX_MONTHS}`, YEAR, 'Chi cục THADS huyện A', 6)}\n  hint: give each table its own file (one year, one report), or delete the second table\n`);
  });

  it('"12 tháng năm 2019" in a report of six months: refused', async () => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019', HEADER, ...PART, ',12 tháng năm 2019,,,,', ...OFFICES];
    const r = await both('twelve-in-six-2019.csv', lines, JSON_NONE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('12 tháng năm 2019', '5:2', `the period ${YEAR}`, SIX_MONTHS, 'Mỹ Lộc', 6));
  });
});

describe('a title naming the report\'s own period, or none, titles a section', () => {
  it.each(['Năm 2019', 'Cả năm 2019', '12 tháng năm 2019', 'Lũy kế 12 tháng', 'Số liệu lũy kế 12 tháng', 'Khu vực 1', 'Các đơn vị đạt chỉ tiêu'])('%s over the offices of a 2019 report: 300 / 230', async (text) => {
    const r = await both(`own-title-${text.length}-${text.charCodeAt(0)}.csv`, [HEADER, `,${text},,,,`, ...OFFICES]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '230', '12000', '7000']);
  });

  it('the control: "Năm 2019" in a report titled 2019 (300 / 230)', async () => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'STT;Đơn vị;Có điều kiện;Giải quyết xong', ';Năm 2019;;', ';Chi cục THADS huyện A;100;80', ';Chi cục THADS huyện B;200;150'];
    const r = await both('control-own-year-section-viec-2019.csv', lines, ['--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^,TOTAL,2019,,,,,,,300,,,,,,,,,230,,76\.67,/);
  });

  it.each(['6 tháng đầu năm 2019', 'Lũy kế 6 tháng'])('%s over the offices of a six months\' report (6 THÁNG ĐẦU NĂM 2019): read', async (text) => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019', HEADER, `,${text},,,,`, ...PART];
    const r = await both(`six-${text.length}-2019.csv`, lines, JSON_NONE);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['180', '90', '5000', '2000']);
  });
});
