// A one-measure table split by figure-less block headings: "Về việc" over its cases, then "Về
// tiền (nghìn đồng)" over other offices' money. Read as more offices, the money was added as
// cases (5,000,000 cases, exit 0). A heading naming the other measure starts another measure's
// table (SECOND_TABLE at it); one naming the table's own is a caption. Both readers agree.
import { describe, expect, it } from 'vitest';
import { headingMeasure } from '../../src/input/measure-rows.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-measure-block-', ['--format', 'csv']);

const PLAIN = 'Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const CASES = ['Chi cục THADS huyện Vụ Bản,150,100,90', 'Chi cục THADS huyện Mỹ Lộc,260,200,150'];
const MONEY = ['Văn phòng Cục,5000000,3000000,1000000', 'Chi cục THADS huyện Hải Hậu,8000000,6000000,2500000'];

/** The CSV's row of `district`, by column name. */
function rowOf(stdout: string, district: string): Record<string, string> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[1] === district);
  if (row === undefined) throw new Error(`no row ${district} in\n${stdout}`);
  return Object.fromEntries(head!.map((h, i) => [h, row[i]!]));
}

describe('headingMeasure', () => {
  it.each([
    ['Về việc', 'cases'], ['Việc', 'cases'], ['VỀ VIỆC', 'cases'], ['I. Về việc', 'cases'], ['A. Việc', 'cases'], ['Về việc (việc)', 'cases'],
    ['Về tiền', 'money'], ['Tiền', 'money'], ['II. TIỀN', 'money'], ['B. Về tiền', 'money'], ['Phần tiền', 'money'], ['Tính bằng tiền', 'money'],
    ['Kết quả thi hành án tính bằng tiền', 'money'], ['Về tiền (nghìn đồng)', 'money'], ['2. Về tiền (1.000 đồng)', 'money'],
  ])('%s heads %s', (text, measure) => expect(headingMeasure(text)).toBe(measure));

  it.each(['Ghi chú: tiền tính bằng nghìn đồng', 'Tiền án phí', 'Việc khó thi hành', 'Chi cục THADS huyện Vụ Bản', 'Tổng cộng', 'Về tiền và về việc', ''])(
    '%j heads no block',
    (text) => expect(headingMeasure(text)).toBeNull(),
  );
});

describe('a block of the other measure in a one-measure table', () => {
  it('"Về tiền (nghìn đồng)" over other offices in a table of cases (file name): refused at the heading', async () => {
    const r = await both('bao-cao-viec-2019.csv', [PLAIN, 'Về việc,,,', ...CASES, 'Về tiền (nghìn đồng),,,', ...MONEY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:5:1: error: the table reads cases; "Về tiền (nghìn đồng)" heads money: the rows below it ("Văn phòng Cục", line 6) are another measure\'s table, whose figures would be added as cases [SECOND_TABLE]',
    );
  });

  it('the same under headers that say "Việc …"', async () => {
    const r = await both('bao-cao-2019.csv', ['Đơn vị,Việc tổng số thụ lý,Việc có điều kiện,Việc giải quyết xong', 'Về việc,,,', ...CASES, 'Về tiền (nghìn đồng),,,', ...MONEY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: the table reads cases; "Về tiền (nghìn đồng)" heads money');
  });

  it.each(['II. TIỀN', 'B. Về tiền', 'Phần tiền', 'Tính bằng tiền', 'Kết quả thi hành án tính bằng tiền', 'Tiền'])('"%s" without a caption above the cases', async (heading) => {
    const r = await both('bao-cao-viec-2019.csv', [PLAIN, ...CASES, `${heading},,,`, ...MONEY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:4:1: error: the table reads cases; "${heading}" heads money: the rows below it ("Văn phòng Cục", line 5)`);
  });

  it('"Về việc" in a table of money (file name)', async () => {
    const r = await both('bao-cao-tien-2019.csv', [PLAIN, ...MONEY, 'Về việc,,,', ...CASES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: the table reads money; "Về việc" heads cases: the rows below it ("Chi cục THADS huyện Vụ Bản", line 5) are another measure\'s table, whose figures would be added as money [SECOND_TABLE]');
  });

  it('a heading in the STT column, the name cell empty, is located there', async () => {
    const r = await both('bao-cao-viec-2019.csv', ['STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong', '1,Chi cục THADS huyện Vụ Bản,150,100,90', 'B. Về tiền,,,,', '1,Văn phòng Cục,5000000,3000000,1000000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:1: error: the table reads cases; "B. Về tiền" heads money');
  });
});

describe('captions and notes: read as before', () => {
  it('"Về việc" above the first office of a table of cases: a caption', async () => {
    const r = await both('bao-cao-viec-2019.csv', [PLAIN, 'Về việc,,,', ...CASES]);
    expect(r.code).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    // 150 + 260; 100 + 200; 90 + 150; 240 / 300
    expect([total.cases_total, total.cases_with_conditions, total.cases_resolved, total.cases_rate]).toEqual(['410', '300', '240', '80.00']);
    expect(total.money_total).toBe('');
  });

  it('"Về tiền" above the first office of a table of money: a caption', async () => {
    const r = await both('bao-cao-tien-2019.csv', [PLAIN, 'Về tiền,,,', 'Chi cục THADS huyện Vụ Bản,1500,1000,900', 'Chi cục THADS huyện Mỹ Lộc,2600,2000,1500']);
    expect(r.code).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    // 1500 + 2600; 1000 + 2000; 900 + 1500; 2400 / 3000
    expect([total.money_total, total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(['4100', '3000', '2400', '80.00']);
    expect(total.cases_total).toBe('');
  });

  it('a note on money below a table of cases names no block', async () => {
    const r = await both('bao-cao-viec-2019.csv', [PLAIN, ...CASES, 'Ghi chú: tiền tính bằng nghìn đồng,,,']);
    expect(r.code).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    expect([total.cases_total, total.cases_with_conditions, total.cases_resolved, total.cases_rate]).toEqual(['410', '300', '240', '80.00']);
  });

  it('in a table of both measures, "Về tiền" names nothing', async () => {
    const r = await both('bao-cao-2019.csv', [
      'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
      'Chi cục THADS huyện Vụ Bản,100,90,5000,4000',
      'Về tiền,,,,',
      'Chi cục THADS huyện Mỹ Lộc,200,150,7000,3000',
    ]);
    expect(r.code).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    // cases 100 + 200, 90 + 150; money 5000 + 7000, 4000 + 3000
    expect([total.cases_with_conditions, total.cases_resolved, total.money_with_conditions, total.money_resolved]).toEqual(['300', '240', '12000', '7000']);
  });
});
