// The signature block's contact line under the table, its phone in a cell of its own under a
// figure column ("Số điện thoại:" | 0912345678, below "NGƯỜI LẬP BIỂU … KT. CỤC TRƯỞNG" and the
// names), refused the whole file (work100a 04): a CSV's "0912345678" BAD_NUMBER (a leading zero),
// a workbook's number 912345678 (Excel drops the 0 of a typed phone) DECLARED_TOTAL_MISMATCH,
// "counted as an office". Below the rows with figures a phone labelled so is the signature's, no
// figure (input/signature-date.ts, the rule of the signature's day; read-csv.ts readRow); a row
// with figures below it puts it back in the table, refused. Figures by hand: cases with conditions
// 608+186+255 = 1049, resolved 582+175+230 = 987, 987/1049 = 94,09 %; money with conditions
// 13338211000+2565824000+6389337000 = 22293372000, resolved 11812507000+2009734000+5490039000 =
// 19312280000, 86,63 %. Controls keep their reading.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';

const ARGS = ['--format', 'csv', '--year', '2024'];
const root = mkdtempSync(join(tmpdir(), 'thads-sigphone-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { both } = bothReaders('thads-sigphone-both-', ARGS);

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const OFFICES = [
  '1,Văn phòng Cục,608,582,13338211000,11812507000',
  '2,Chi cục THADS huyện Mỹ Lộc,186,175,2565824000,2009734000',
  '3,Chi cục THADS huyện Vụ Bản,255,230,6389337000,5490039000',
];
const TOTAL = ',Tổng cộng,1049,987,22293372000,19312280000';
const SIGNERS = [',NGƯỜI LẬP BIỂU,,,KT. CỤC TRƯỞNG,', ',,,,PHÓ CỤC TRƯỞNG,', ',Nguyễn Văn An,,,Trần Văn Bình,'];
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,,';

/** The table, its total, the signers, then `contact` (the contact line). */
const form = (contact: string, top: readonly string[] = []) => [...top, HEAD, ...OFFICES, TOTAL, ...SIGNERS, contact];

const KEYS = ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];
/** The TOTAL row, by hand (see the head comment). */
const RIGHT = 'TOTAL|1049|987|94.09|22293372000|19312280000|86.63';
const totalOf = (stdout: string) => csvColumns(stdout, KEYS).at(-1);

let n = 0;
function folder(): string {
  const d = join(root, `d${n++}`);
  mkdirSync(d);
  return d;
}

/** A cell of a comma-separated line as a workbook holds it: figures as numbers, empty as nothing. */
const cellOf = (c: string) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c);

/** The form as a workbook, the contact line's cells as given: below the signers, right above the total, or among the offices. */
async function workbook(contact: readonly ExcelJS.CellValue[], before: 'signers' | 'total' | 'office3' = 'signers'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(HEAD.split(','));
  const add = (cells: readonly ExcelJS.CellValue[]) => ws.addRow(cells as ExcelJS.CellValue[]);
  add(OFFICES[0]!.split(',').map(cellOf));
  add(OFFICES[1]!.split(',').map(cellOf));
  if (before === 'office3') add(contact);
  add(OFFICES[2]!.split(',').map(cellOf));
  if (before === 'total') add(contact);
  // (=SUM over the office rows below the signers; typed above them, the line among the rows a formula would add)
  const total = TOTAL.split(',').map(cellOf);
  add(before === 'signers' ? total.map((v, i) => (i >= 2 ? { formula: `SUM(${String.fromCharCode(65 + i)}2:${String.fromCharCode(65 + i)}4)`, result: v as number } : v)) : total);
  for (const l of SIGNERS) add(l.split(',').map(cellOf));
  if (before === 'signers') add(contact);
  const file = join(folder(), 'Nam Dinh 2024.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const run = (file: string) => spawnThads(['summarize', file, ...ARGS]);

describe('the signature\'s phone under the table is no figure', () => {
  it('the real binary on the finding\'s CSV shape ("Số điện thoại:" | 0912345678)', () => {
    const file = join(folder(), 'Nam Dinh 2024.csv');
    writeFileSync(file, `${form(',Số điện thoại:,,0912345678,,').join('\n')}\n`);
    const r = run(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('the same file without the contact line: the figures the file must give (control)', async () => {
    const r = await both('Nam Dinh 2024.csv', [HEAD, ...OFFICES, TOTAL, ...SIGNERS]);
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it.each([
    ['"Số điện thoại:" | 0912345678', ',Số điện thoại:,,0912345678,,'],
    ['"Điện thoại:" | 912345678 (the 0 lost: the byte-scanner\'s own number)', ',Điện thoại:,,912345678,,'],
    ['"ĐT:" | "0912 345 678" under a money column', ',ĐT:,,,"0912 345 678",'],
    ['"SĐT" | 0912.345.678', ',SĐT,0912.345.678,,,'],
    ['"Di động:" | +84 912 345 678', ',Di động:,,+84 912 345 678,,'],
    ['"Tel:" | (0228) 3845 123', ',Tel:,,,,(0228) 3845 123'],
    ['"Điện thoại/Email:" | 0912345678 | thads@moj.gov.vn', ',Điện thoại/Email:,,0912345678,thads@moj.gov.vn,'],
  ])('%s: read as without it, both readers', async (_, contact) => {
    const r = await both('Nam Dinh 2024.csv', form(contact));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('a CSV with a title line (the reference reader): read as without it', async () => {
    const r = await both('Nam Dinh 2024.csv', form(',Số điện thoại:,,0912345678,,', [TITLE]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('a table without a total row: the phone below its signers is the signature\'s, as its day is', async () => {
    const r = await both('Nam Dinh 2024.csv', [HEAD, ...OFFICES, ...SIGNERS, ',Số điện thoại:,,912345678,,']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('a workbook, "Điện thoại:" | the number 912345678', async () => {
    const r = run(await workbook([null, 'Điện thoại:', 912345678]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });

  it('a workbook, "Số điện thoại:" | the text "0912 345 678"', async () => {
    const r = run(await workbook([null, 'Số điện thoại:', null, '0912 345 678']));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT);
  });
});

describe('controls: a phone or a figure that is no signature\'s stays refused', () => {
  it('the contact line among the offices: refused at that line', async () => {
    const r = await both('Nam Dinh 2024.csv', [HEAD, ...OFFICES.slice(0, 2), ',Số điện thoại:,,0912345678,,', ...OFFICES.slice(2), TOTAL]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:4:4: error: /);
    expect(r.stderr).toContain('[BAD_NUMBER]');
  });

  it('the contact line right above the closing total, a workbook\'s number: refused at that cell', async () => {
    const r = run(await workbook([null, 'Điện thoại:', 912345678], 'total'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('!C5: error: ');
    expect(r.stderr).toContain('[BAD_NUMBER]');
  });

  it('a workbook\'s contact line among the offices: refused at that cell', async () => {
    const r = run(await workbook([null, 'Số điện thoại:', null, '0912 345 678'], 'office3'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('!D4: error: ');
    expect(r.stderr).toContain('[BAD_NUMBER]');
  });

  it('an office\'s row below the contact line: refused at the phone\'s cell', async () => {
    const r = await both('Nam Dinh 2024.csv', [...form(',Số điện thoại:,,0912345678,,'), '4,Chi cục THADS huyện Ý Yên,10,5,100,50']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:9:4: error: /);
  });

  it('a row naming an office with a 10-digit figure below the total: refused as before (DECLARED_TOTAL_MISMATCH)', async () => {
    const r = await both('Nam Dinh 2024.csv', form(',Chi cục THADS huyện Ý Yên,,912345678,,'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('office rows add up to 912346665; the difference is exactly line 9 "Chi cục THADS huyện Ý Yên", counted as an office [DECLARED_TOTAL_MISMATCH]');
  });

  it('an unlabelled number under a figure column below the total: refused as before (MISSING_DISTRICT)', async () => {
    const r = await both('Nam Dinh 2024.csv', form(',,,912345678,,'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:9:2: error: this row has figures but no office name [MISSING_DISTRICT]');
  });

  it('a person\'s name, no label, beside the number: refused as before (BAD_NUMBER, its leading zero)', async () => {
    const r = await both('Nam Dinh 2024.csv', form(',Nguyễn Văn An,,0912345678,,'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:9:4: error: cases resolved "0912345678" has a leading zero');
    expect(r.stderr).toContain('[BAD_NUMBER]');
  });

  it('a contact label beside a count, no phone\'s shape (1049): refused as before (DECLARED_TOTAL_MISMATCH)', async () => {
    const r = await both('Nam Dinh 2024.csv', form(',Số điện thoại:,,1049,,'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the difference is exactly line 9 "Số điện thoại:", counted as an office [DECLARED_TOTAL_MISMATCH]');
  });
});
