// English total labels with "total" at the END: "Gia Lai province total", "Ho Chi Minh City
// total", "City total", "Province total", "Provincial total", "Overall total", "Grand totals"
// were read as an office — a total off its rows was summed as one more office (exit 0), one that
// agreed was refused SUSPECTED_TOTAL_ROW — while "Total …" at the start was a total. The subtotal
// forms with "subtotal" last ("Cluster 1 subtotal", "Region 2 sub-total") were offices too.
// Over-reach: offices ("Pleiku City", "Thu Duc City", "Nam Dinh City"), a "Total" column header,
// "Totals" on top and the Vietnamese "Tổng cộng" read as before. No real office's English name
// ends in "total". Both readers agree.
import { describe, expect, it } from 'vitest';
import { rowLabel } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

describe('rowLabel: "total" last', () => {
  it.each([
    'Gia Lai province total', 'Gia Lai Province Total', 'GIA LAI PROVINCE TOTAL', 'Gia Lai Province - Total', 'Gia Lai total',
    'Gia Lai provincial total', 'Ho Chi Minh City total', 'HCM City total', 'Da Nang City total', 'City total', 'Province total',
    'Province total:', 'Provincial total', 'Provincial totals', 'Overall total', 'Grand total', 'Grand totals', 'National total',
    'Viet Nam total', 'General total',
  ])('%s → total', (text) => expect(rowLabel(text)).toBe('total'));

  it.each(['Sub-total', 'Subtotal', 'Cluster 1 subtotal', 'Region 1 sub-total', 'District subtotal', 'Gia Lai sub-total', 'Cluster 1 total', 'Region 2 total'])(
    '%s → section',
    (text) => expect(rowLabel(text)).toBe('section'),
  );

  // what read so before reads so still
  it.each([
    ['Total', 'total'], ['Totals', 'total'], ['Total of the province', 'total'], ['Total Gia Lai', 'total'], ['Tổng cộng', 'total'], ['Toàn tỉnh Gia Lai', 'total'],
    ['Ia Grai', 'office'], ['Pleiku City', 'office'], ['Thu Duc City', 'office'], ['Nam Dinh City', 'office'], ['Tổng Đội', 'office'],
    // a city's office before "total" is no province's name: left to the other rules
    ['Nam Dinh City total', 'office'], ['Thu Duc City total', 'office'],
    ['Last year total', 'other'], ['Same period 2018 total', 'other'],
  ] as const)('%s → %s (as before)', (text, label) => expect(rowLabel(text)).toBe(label));
});

const { both } = bothReaders('thads-english-total-last-', ['--format', 'json']);
const HEADER = 'Office,With conditions,Resolved';
const OFFICES = ['Ia Grai,100,80', 'Chu Pah,200,150'];
// By hand: with conditions 100 + 200 = 300; resolved 80 + 150 = 230; 230 / 300 = 76.666… → 76.67 %
const EXPECTED = ['300', '230', '76.67'];

interface Measure { withConditions: string; resolved: string; rate: string }
const figures = (stdout: string) => {
  const body = JSON.parse(stdout);
  const m = body.total.cases as Measure;
  return { total: [m.withConditions, m.resolved, m.rate], offices: (body.groups as { district: string }[]).map((g) => g.district) };
};

const LABELS = ['Gia Lai province total', 'Province total', 'Provincial total', 'City total', 'Overall total', 'GIA LAI PROVINCE TOTAL', 'Grand totals'];

describe('a Cục\'s English export with "… total" as its last row (both readers)', () => {
  it.each(LABELS)('"%s" agreeing under the offices: checked, not added, exit 0', async (label) => {
    const r = await both('gia-lai-cases-2019.csv', [HEADER, ...OFFICES, `${label},300,230`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const f = figures(r.stdout);
    expect(f.total).toEqual(EXPECTED);
    expect(f.offices).toEqual(['Ia Grai', 'Chu Pah']);
  });

  it.each(LABELS)('"%s" on top of the offices: checked, not added, exit 0', async (label) => {
    const r = await both('gia-lai-cases-2019.csv', [HEADER, `${label},300,230`, ...OFFICES]);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout).total).toEqual(EXPECTED);
  });

  // The silent case: 301 declared against the offices' 300 was summed to 601.
  it.each(['Gia Lai province total', 'Ho Chi Minh City total', 'Provincial total'])('"%s" off its rows (301 against 300): refused DECLARED_TOTAL_MISMATCH, exit 1', async (label) => {
    const r = await both('gia-lai-cases-2019.csv', [HEADER, ...OFFICES, `${label},301,230`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`FILE:4:2: error: declared total "${label}" has cases with conditions 301, but the office rows add up to 300 [DECLARED_TOTAL_MISMATCH]`);
  });
});

describe('"<cluster> subtotal" under its offices (both readers)', () => {
  // Cluster 1: 100 + 200 = 300, 80 + 150 = 230; cluster 2: Pleiku City 70 + An Khe Town 45 = 115,
  // 50 + 30 = 80; grand total 300 + 115 = 415, 230 + 80 = 310; 310 / 415 = 74.698… → 74.70 %
  const rows = (first: number) => [HEADER, ...OFFICES, `Cluster 1 subtotal,${first},230`, 'Pleiku City,70,50', 'An Khe Town,45,30', 'Region 2 sub-total,115,80', 'Grand total,415,310'];

  it('agreeing: each checked, none added, the four offices summed, exit 0', async () => {
    const r = await both('gia-lai-cases-2019.csv', rows(300));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const f = figures(r.stdout);
    expect(f.total).toEqual(['415', '310', '74.70']);
    expect(f.offices).toEqual(['Ia Grai', 'Chu Pah', 'Pleiku City', 'An Khe Town']);
  });

  it('"Cluster 1 subtotal" off its rows (301 against 300): refused as a subtotal, exit 1', async () => {
    const r = await both('gia-lai-cases-2019.csv', rows(301));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('FILE:4:2: error: declared subtotal "Cluster 1 subtotal" has cases with conditions 301, but the rows above it add up to 300 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('over-reach: ordinary files read as before (both readers)', () => {
  // Ia Grai 100 + Chu Pah 200 + Pleiku City 70 = 370; 80 + 150 + 50 = 280; 280 / 370 = 75.675… → 75.68 %
  it('English offices, "… City" among them, without a total row: all three summed', async () => {
    const r = await both('gia-lai-cases-2019.csv', [HEADER, ...OFFICES, 'Pleiku City,70,50']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const f = figures(r.stdout);
    expect(f.total).toEqual(['370', '280', '75.68']);
    expect(f.offices).toEqual(['Ia Grai', 'Chu Pah', 'Pleiku City']);
  });

  // "Total" heads the column of carried over + new: 40 + 70 = 110, 60 + 150 = 210; summed 110 + 210 = 320
  it('a "Total" column header stays a header; "Province total" below is checked against it', async () => {
    const r = await both('gia-lai-cases-2019.csv', ['Office,Carried over,New,Total,With conditions,Resolved', 'Ia Grai,40,70,110,100,80', 'Chu Pah,60,150,210,200,150', 'Province total,100,220,320,300,230']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const body = JSON.parse(r.stdout);
    expect([body.total.cases.carriedOver, body.total.cases.new, body.total.cases.total, body.total.cases.withConditions, body.total.cases.resolved]).toEqual(['100', '220', '320', '300', '230']);
    expect(figures(r.stdout).offices).toEqual(['Ia Grai', 'Chu Pah']);
  });

  it('"Totals" on top: the total, as before', async () => {
    const r = await both('gia-lai-cases-2019.csv', [HEADER, 'Totals,300,230', ...OFFICES]);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual({ total: EXPECTED, offices: ['Ia Grai', 'Chu Pah'] });
  });

  it('Vietnamese "Tổng cộng" off its rows: refused as before', async () => {
    const r = await both('gia-lai-2019.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', ...OFFICES, 'Tổng cộng,301,230']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:4:2: error: declared total "Tổng cộng" has cases with conditions 301, but the office rows add up to 300 [DECLARED_TOTAL_MISMATCH]');
  });
});

// ——— a workbook: the same table as number cells ———
const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
const xlsxRow = (n: number, name: string, values: readonly number[]) => `<row r="${n}">${text(`A${n}`, name)}${values.map((v, i) => num(`${'BC'[i]}${n}`, v)).join('')}</row>`;
async function book(label: string, withConditions: number): Promise<string> {
  const data =
    `<row r="1">${HEADER.split(',').map((h, i) => text(`${'ABC'[i]}1`, h)).join('')}</row>` +
    xlsxRow(2, 'Ia Grai', [100, 80]) +
    xlsxRow(3, 'Chu Pah', [200, 150]) +
    xlsxRow(4, label, [withConditions, 230]);
  return writeRawWorkbook({ sheets: [{ name: 'S', data }], name: 'gia-lai-cases-2019.xlsx' });
}

describe('"… province total" in a workbook', () => {
  it('agreeing: read as the total, exit 0', async () => {
    const file = await book('Gia Lai province total', 300);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual({ total: EXPECTED, offices: ['Ia Grai', 'Chu Pah'] });
  });

  it('off its rows (301 against 300): refused DECLARED_TOTAL_MISMATCH at B4, exit 1', async () => {
    const file = await book('Gia Lai province total', 301);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split(file).join('FILE').split('\n')[0]).toBe('FILE:S!B4: error: declared total "Gia Lai province total" has cases with conditions 301, but the office rows add up to 300 [DECLARED_TOTAL_MISMATCH]');
  });
});
