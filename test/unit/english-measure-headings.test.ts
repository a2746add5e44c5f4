// An English heading over a one-measure table's second block ("II. Amount", "B. MONEY", "Money
// (VND)", "Part 2: Money", "AMOUNTS") was read as no heading: the money rows below it were summed
// as more offices' cases (13,000,410 cases, exit 0). The block-heading pattern (headingMeasure)
// knows them as it knows "II. TIỀN": another measure's table, refused SECOND_TABLE at the heading.
// Both readers agree; a workbook says the same.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { headingMeasure } from '../../src/input/measure-rows.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both, dir } = bothReaders('thads-english-measure-headings-', ['--format', 'csv']);

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

describe('headingMeasure: English headings', () => {
  it.each([
    ['II. Amount', 'money'], ['B. MONEY', 'money'], ['Money (VND)', 'money'], ['Part 2: Money', 'money'], ['AMOUNTS', 'money'],
    ['Amounts (VND million)', 'money'], ['II. In money', 'money'], ['Amount of money', 'money'], ['Section B - Amounts', 'money'], ['Phần 2: Về tiền', 'money'],
    ['I. Cases', 'cases'], ['A. NUMBER OF CASES', 'cases'], ['Part 1: In cases', 'cases'],
  ])('%s heads %s', (text, measure) => expect(headingMeasure(text)).toBe(measure));

  it.each(['money returned', 'Money resolved', 'Amounts in VND million', 'Tiền Hải', 'Tiền Giang', 'Part 2', 'Cases resolved', 'Amount paid by the debtor', ''])('%j heads no block', (text) =>
    expect(headingMeasure(text)).toBeNull());
});

describe('an English heading of the other measure: refused at the heading', () => {
  const message = (heading: string, table: string, heads: string, first: string, line: number) =>
    `error: the table reads ${table}; "${heading}" heads ${heads}: the rows below it ("${first}", line ${line}) are another measure's table, whose figures would be added as ${table} [SECOND_TABLE]`;

  it.each(['II. Amount', 'B. MONEY', 'Money (VND)', 'Part 2: Money', 'AMOUNTS', 'ii. amounts'])('"%s" over money in a table of cases', async (heading) => {
    const r = await both('bao-cao-viec-2019.csv', [PLAIN, ...CASES, `"${heading}",,,`, ...MONEY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:1: ${message(heading, 'cases', 'money', 'Văn phòng Cục', 5)}`);
  });

  it('"I. Cases" captions the cases, "II. Amount" heads the money: refused at line 5', async () => {
    const r = await both('bao-cao-viec-2019.csv', [PLAIN, 'I. Cases,,,', ...CASES, 'II. Amount,,,', ...MONEY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:5:1: ${message('II. Amount', 'cases', 'money', 'Văn phòng Cục', 6)}`);
  });

  it('"B. CASES" over cases in a table of money (file name)', async () => {
    const r = await both('bao-cao-tien-2019.csv', [PLAIN, ...MONEY, 'B. CASES,,,', ...CASES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:4:1: ${message('B. CASES', 'money', 'cases', 'Chi cục THADS huyện Vụ Bản', 5)}`);
  });

  it('a workbook: "Part 2: Money" in column A', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Biểu 07');
    [PLAIN.split(','), ['Chi cục THADS huyện Vụ Bản', 150, 100, 90], ['Part 2: Money'], ['Văn phòng Cục', 5000000, 3000000, 1000000]].forEach((l) => sheet.addRow(l));
    const file = join(dir, 'bao-cao-viec-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr().split(file).join('FILE')).toContain(
      'FILE:Biểu 07!A3: error: the table reads cases; "Part 2: Money" heads money: the rows below it ("Văn phòng Cục", row 4) are another measure\'s table, whose figures would be added as cases [SECOND_TABLE]',
    );
  });
});

describe('over-reach: read as before', () => {
  it('a notes column saying "money returned" beside the offices: 410 / 300 / 240', async () => {
    const r = await both('bao-cao-viec-2019.csv', [`${PLAIN},Ghi chú`, 'Chi cục THADS huyện Vụ Bản,150,100,90,money returned', 'Chi cục THADS huyện Mỹ Lộc,260,200,150,']);
    expect(r.code, r.stderr).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    // 150 + 260; 100 + 200; 90 + 150; 240 / 300 = 80%
    expect([total.cases_total, total.cases_with_conditions, total.cases_resolved, total.cases_rate]).toEqual(['410', '300', '240', '80.00']);
  });

  it('an English title "(cases and amounts)" and a "Unit: VND" line over a table of both measures: money in đồng', async () => {
    const r = await both('report-2019.csv', [
      '"REPORT ON THE RESULTS OF CIVIL JUDGMENT ENFORCEMENT (cases and amounts)"',
      'Unit: VND',
      'Office,Cases with conditions,Cases resolved,Money with conditions,Money resolved',
      'Chi cục THADS huyện Tiền Hải,100,90,5000,4000',
      'Chi cục THADS huyện Vụ Bản,200,150,7000,3000',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    // cases 100 + 200, 90 + 150; money 5000 + 7000, 4000 + 3000 (đồng)
    expect([total.cases_with_conditions, total.cases_resolved, total.money_with_conditions, total.money_resolved]).toEqual(['300', '240', '12000', '7000']);
  });

  it('"Tiền Giang" titling its offices, "Tiền Hải" among them: 410 / 300 / 240', async () => {
    const r = await both('bao-cao-viec-2019.csv', [PLAIN, 'Tiền Giang,,,', 'Chi cục THADS huyện Cái Bè,150,100,90', 'Chi cục THADS huyện Tiền Hải,260,200,150']);
    expect(r.code, r.stderr).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    // 150 + 260; 100 + 200; 90 + 150
    expect([total.cases_total, total.cases_with_conditions, total.cases_resolved]).toEqual(['410', '300', '240']);
    expect(rowOf(r.stdout, 'Chi cục THADS huyện Tiền Hải').province).toBe('Tiền Giang');
  });
});
