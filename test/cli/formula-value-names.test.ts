// An office's name pulled by a formula (=VLOOKUP(B7;DanhMuc!A:B;2;0)) that failed is saved as the
// formula's value: "#N/A", "#REF!", "#VALUE!", FALSE, 0 (traps42 1). Read as a name, each was an
// office: Ninh Bình's KV3 and KV5 both "#N/A" were summed as one office "#N/A" (1500 + 1105 = 2605
// cases, 1310 + 990 = 2300 resolved), KV5 gone, ranks "of 4", a DUPLICATE_OFFICE warning only,
// exit 0 (summarize and check); one such name was printed and ranked as an office "#VALUE!", "0",
// "FALSE" without a word. "#NAME?" was refused as letters lost to an encoding (ENCODING_INVALID),
// and a total row's label so lost as a former district of KV5 (OFFICE_SUBTOTAL_MISMATCH) (traps42
// 2). Now each is refused at its cell, NAME_IS_EXCEL_VALUE, exit 1, by both readers and in a workbook.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

const { both, write } = bothReaders('thads-formula-value-names-', ['--year', '2025', '--format', 'csv']);

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;;;', 'Đơn vị tính: việc; nghìn đồng;;;;;'];
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
/** lines 5–9: KV1–KV5; `names` replaces some offices' names (by KV number) */
const offices = (names: Record<number, string> = {}) =>
  [
    ['1.200', '1.050', '123.456.789', '65.432.100'],
    ['980', '870', '98.765.432', '50.123.456'],
    ['1.500', '1.310', '234.567.890', '120.000.000'],
    ['760', '700', '45.678.901', '30.000.000'],
    ['1.105', '990', '87.654.321', '44.444.444'],
  ].map((f, i) => [String(i + 1), names[i + 1] ?? `Phòng THADS khu vực ${i + 1}`, ...f].join(';'));
// By hand: 1200 + 980 + 1500 + 760 + 1105 = 5545; 1050 + 870 + 1310 + 700 + 990 = 4920;
// 123456789 + 98765432 + 234567890 + 45678901 + 87654321 = 590123333 nghìn;
// 65432100 + 50123456 + 120000000 + 30000000 + 44444444 = 310000000 nghìn.
const TOTAL = (label = 'Tổng cộng') => `;${label};5.545;4.920;590.123.333;310.000.000`;
const file = (names: Record<number, string> = {}, label?: string) => [...TITLE, HEADER, ...offices(names), TOTAL(label)];
const HOLDS = "neither an office's name nor a total's label: a formula failed where the row's name should be";

describe("an office's name cell holding a formula's error or value", () => {
  it('KV3 and KV5 both "#N/A" (a VLOOKUP that failed): refused at the first, never summed as one office', async () => {
    const r = await both('t41c.csv', file({ 3: '#N/A', 5: '#N/A' }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:7:2: error: the office cell holds #N/A, Excel's error value, ${HOLDS}`);
    expect(r.stderr).toContain('[NAME_IS_EXCEL_VALUE]');
    expect(r.stderr).toContain('fix the formula');
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
  });

  it('check refuses it too, at both cells', async () => {
    const path = write('t41c-check.csv', file({ 3: '#N/A', 5: '#N/A' }));
    const r = await runThads(['check', path, '--year', '2025']);
    expect(r.code).toBe(1);
    // (check prints its findings as its result, on stdout)
    expect(r.stdout).toContain(`${path}:7:2: error: the office cell holds #N/A`);
    expect(r.stdout).toContain(`${path}:9:2: error: the office cell holds #N/A`);
  });

  // every error literal Excel (and LibreOffice) saves, TRUE/FALSE in any case, a bare 0
  const values: [string, string][] = [
    ['#N/A', "#N/A, Excel's error value"],
    ['#REF!', "#REF!, Excel's error value"],
    ['#VALUE!', "#VALUE!, Excel's error value"],
    ['#NAME?', "#NAME?, Excel's error value"],
    ['#DIV/0!', "#DIV/0!, Excel's error value"],
    ['#NULL!', "#NULL!, Excel's error value"],
    ['#NUM!', "#NUM!, Excel's error value"],
    ['#SPILL!', "#SPILL!, Excel's error value"],
    ['#CALC!', "#CALC!, Excel's error value"],
    ['#GETTING_DATA', "#GETTING_DATA, Excel's error value"],
    ['#n/a', "#N/A, Excel's error value"],
    ['Err:502', "ERR:502, Excel's error value"],
    ['FALSE', "FALSE, a formula's logical value"],
    ['TRUE', "TRUE, a formula's logical value"],
    ['false', "FALSE, a formula's logical value"],
    ['0', '0, what a lookup (VLOOKUP) gives for an empty cell'],
  ];
  it.each(values)('KV2 named %s: refused at its cell, exit 1', async (name, holds) => {
    const r = await both('one.csv', file({ 2: name }));
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:6:2: error: the office cell holds ${holds}, ${HOLDS}`);
    expect(r.stderr).toContain('[NAME_IS_EXCEL_VALUE]');
  });

  it.each(['#REF!', '0', '#NAME?', 'FALSE'])('the total row\'s label lost as %s: refused at that line, not as a part of KV5', async (label) => {
    const r = await both('t70.csv', file({}, label));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:10:2: error: the office cell holds ${label}`);
    expect(r.stderr).toContain('[NAME_IS_EXCEL_VALUE]');
    expect(r.stderr).not.toContain('OFFICE_SUBTOTAL_MISMATCH');
  });

  it('controls: the names as written sum 5545 / 4920 and 590123333000 / 310000000000 đồng; "01", "#1" and "0 Khu vực" are names', async () => {
    const r = await both('base.csv', file());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\n,TOTAL,2025,(?:[^,]*,){6}5545,(?:[^,]*,){8}4920,/);
    expect(r.stdout).toContain(',590123333000,');
    expect(r.stdout).toContain(',310000000000,');
    for (const name of ['01', 'Khu vực 0', '#1 Khu vực']) {
      const s = await both('named.csv', file({ 2: name }));
      expect(s.code, s.stderr).toBe(0);
      expect(s.stdout).toContain(`,${name},2025,`);
    }
  });
});

describe("a workbook's name cell holding a formula's error (t=\"e\") or its 0", () => {
  const COLUMNS = 'ABCDE';
  type Cell = string | number | { f: string; v: string | number; error?: boolean } | null;
  const cell = (c: Cell, ref: string): string => {
    if (c === null) return '';
    if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escape(c)}</t></is></c>`;
    if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
    // (a formula's text result is t="str", its error t="e")
    const type = c.error ? ' t="e"' : typeof c.v === 'string' ? ' t="str"' : '';
    return `<c r="${ref}"${type}><f>${escape(c.f)}</f><v>${escape(String(c.v))}</v></c>`;
  };
  const rowsXml = (rows: readonly Cell[][]) => rows.map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cell(c, `${COLUMNS[j]}${i + 1}`)).join('')}</row>`).join('');
  const lookup = (row: number, v: string | number, error = false): Cell => ({ f: `VLOOKUP(B${row},DM!A:B,2,0)`, v, error });
  // x7: rows 3–7 KV1–KV5, their names looked up by code; KV3's and KV5's codes missing from the list
  const book = (name3: Cell, name5: Cell) =>
    writeRawWorkbook({
      name: 'x7-2025.xlsx',
      sheets: [
        {
          name: 'Sheet1',
          data: rowsXml([
            ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025'],
            ['STT', 'Mã', 'Đơn vị', 'Có điều kiện', 'Giải quyết xong'],
            [1, 'KV1', lookup(3, 'Phòng THADS khu vực 1'), 1200, 1050],
            [2, 'KV2', lookup(4, 'Phòng THADS khu vực 2'), 980, 870],
            [3, 'KV3', name3, 1500, 1310],
            [4, 'KV4', lookup(6, 'Phòng THADS khu vực 4'), 760, 700],
            [5, 'KV5', name5, 1105, 990],
            [null, null, 'Tổng cộng', { f: 'SUM(D3:D7)', v: 5545 }, { f: 'SUM(E3:E7)', v: 4920 }],
          ]),
        },
      ],
    });

  it('KV3 and KV5 =VLOOKUP(…) with a cached #N/A: refused at C5, never one office "#N/A"', async () => {
    const path = await book(lookup(5, '#N/A', true), lookup(7, '#N/A', true));
    const r = await runThads(['summarize', path, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${path}:Sheet1!C5: error: the office cell holds #N/A, Excel's error value`);
    expect(r.stderr).toContain('[NAME_IS_EXCEL_VALUE]');
  });

  it('a lookup of an empty cell storing 0: refused at C7', async () => {
    const path = await book(lookup(5, 'Phòng THADS khu vực 3'), lookup(7, 0));
    const r = await runThads(['summarize', path, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:Sheet1!C7: error: the office cell holds 0, what a lookup (VLOOKUP) gives for an empty cell`);
  });

  it('control: every name found, 5545 / 4920', async () => {
    const path = await book(lookup(5, 'Phòng THADS khu vực 3'), lookup(7, 'Phòng THADS khu vực 5'));
    const r = await runThads(['summarize', path, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\n,TOTAL,2025,(?:[^,]*,){6}5545,(?:[^,]*,){8}4920,/);
  });
});
