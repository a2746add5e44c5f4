// The measure a file name gives plain headers ("…-viec-2019.csv") against the file's own title
// ("… TÍNH BẰNG TIỀN …") or a unit line of money only ("Đơn vị tính: nghìn đồng"): refused
// (MEASURE_CONFLICT), never one of them picked — two forms saved under each other's names came out
// with cases and money exchanged, exit 0 (round 29b, 02). Both readers, and a workbook. Figures by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const { dir, write, both } = bothReaders('thads-measure-name-', ARGS);

const MONEY_TITLE = 'BIỂU 01: KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019';
const CASES_TITLE = 'BIỂU 02: KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';
const PLAIN = 'Đơn vị,Có điều kiện,Giải quyết xong';
/** in nghìn đồng: 112.100.000 / 93.200.000 nghìn = 112,1 / 93,2 tỷ */
const MONEY_ROWS = ['Chi cục A,60000000,50000000', 'Chi cục B,52100000,43200000'];
/** 5.871 / 5.513 việc = 93,90 % */
const CASES_ROWS = ['Chi cục A,3000,2800', 'Chi cục B,2871,2713'];
const HINT = '  hint: rename the file so that its name says the measure its title or unit line says (viec or tien), or pass --measure cases|money with the one it counts';

describe('the file name against the title or the unit line', () => {
  it('a money form saved as "…viec…": refused at its unit line (its money was read as 93.200.000/112.100.000 việc)', async () => {
    const r = await both('02-viec-2019.csv', [MONEY_TITLE, 'Đơn vị tính: nghìn đồng', PLAIN, ...MONEY_ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:2:1: error: the file name says the file counts cases, but the unit line (line 2) gives money in thousand: plain headers ("Có điều kiện") would be read as cases [MEASURE_CONFLICT]\n${HINT}\n`);
  });

  it('a cases form saved as "…tien…": refused at its title', async () => {
    const r = await both('02-tien-2019.csv', [CASES_TITLE, PLAIN, ...CASES_ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:1:1: error: the file name says the file counts money, but the title (line 1) says "tính bằng việc": plain headers ("Có điều kiện") would be read as money [MEASURE_CONFLICT]');
  });

  it('the title in a later cell of its row is located there', async () => {
    const r = await both('bc-viec-2019.csv', [`,,${MONEY_TITLE}`, PLAIN + ',', ...MONEY_ROWS.map((l) => `${l},`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:3: error: the file name says the file counts cases, but the title (line 1) says "tính bằng tiền"');
  });

  it('the two swapped files together: nothing printed', async () => {
    const money = write('02-viec-2019.csv', [MONEY_TITLE, 'Đơn vị tính: nghìn đồng', PLAIN, ...MONEY_ROWS]);
    const cases = write('02-tien-2019.csv', [CASES_TITLE, PLAIN, ...CASES_ROWS]);
    const { io, stdout, stderr } = memoryIo(['summarize', money, cases, ...ARGS], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('[MEASURE_CONFLICT]');
  });

  it('a unit line of money only over a "viec" file, no title: refused', async () => {
    const r = await both('u viec 2019.csv', ['Đơn vị tính: nghìn đồng', 'Đơn vị,Có điều kiện,Giải quyết xong', 'A,1000,900', 'B,2000,1500']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:1: error: the file name says the file counts cases, but the unit line (line 1) gives money in thousand');
  });

  it('--measure decides over both, as before: the title contradicting it is said', async () => {
    const r = await both('02-viec-2019.csv', [MONEY_TITLE, 'Đơn vị tính: nghìn đồng', PLAIN, ...MONEY_ROWS], [...ARGS, '--measure', 'money']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.money).toMatchObject({ withConditions: '112100000000', resolved: '93200000000', rate: '83.14' });
  });
});

describe('where name and file agree, or only one says: read as before', () => {
  it('"…tien…" under "TÍNH BẰNG TIỀN" and "nghìn đồng": money, 93,2 / 112,1 tỷ = 83,14 %', async () => {
    const r = await both('bc-tien-2019.csv', [MONEY_TITLE, 'Đơn vị tính: nghìn đồng', PLAIN, ...MONEY_ROWS]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.money).toMatchObject({ withConditions: '112100000000', resolved: '93200000000', rate: '83.14' });
  });

  it('"…viec…" under "TÍNH BẰNG VIỆC": cases, 5.513 / 5.871 = 93,90 %, vượt 20,90 (target 73)', async () => {
    const r = await both('bc-viec-2019.csv', [CASES_TITLE, PLAIN, ...CASES_ROWS]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '5871', resolved: '5513', rate: '93.90', gapPp: '20.90' });
  });

  it('"Đơn vị tính: việc" over a "viec" file agrees', async () => {
    const r = await both('bc-viec-2019.csv', ['Đơn vị tính: việc', PLAIN, ...CASES_ROWS]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '5871', resolved: '5513' });
  });

  it('a money unit line beside money headers of their own is their unit: the plain ones stay the name\'s cases', async () => {
    const head = 'Đơn vị,Có điều kiện,Giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
    const r = await both('bc-viec-2019.csv', ['Đơn vị tính: nghìn đồng', head, 'Chi cục A,3000,2800,60000000,50000000', 'Chi cục B,2871,2713,52100000,43200000']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect(total.cases).toMatchObject({ withConditions: '5871', resolved: '5513' });
    expect(total.money).toMatchObject({ withConditions: '112100000000', resolved: '93200000000' });
  });

  it.each(['Chi cuc THADS huyen Tien Hai 2019.csv', 'Tien Giang 2019.csv', 'bao cao tien do 2019.csv'])('%s under "TÍNH BẰNG VIỆC": no money in the name, cases', async (name) => {
    const r = await both(name, [CASES_TITLE, PLAIN, ...CASES_ROWS]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '5871', resolved: '5513' });
  });
});

describe('a workbook', () => {
  async function run(name: string, lines: (string | number)[][]) {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Biểu 01');
    for (const l of lines) sheet.addRow(l);
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
    return { code: await main(io), stdout: stdout(), stderr: stderr().split(file).join('FILE') };
  }
  const rows = (lines: readonly string[]) => lines.map((l) => l.split(',').map((c, i) => (i === 0 ? c : Number(c))));

  it('"…viec…" over "TÍNH BẰNG TIỀN": refused at the title\'s cell', async () => {
    const r = await run('bc-viec-2019.xlsx', [[MONEY_TITLE], PLAIN.split(','), ...rows(MONEY_ROWS)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:Biểu 01!A1: error: the file name says the file counts cases, but the title (line 1) says "tính bằng tiền"');
  });

  it('"…tien…" over "TÍNH BẰNG TIỀN": money', async () => {
    const r = await run('bc-tien-2019.xlsx', [[MONEY_TITLE], ['Đơn vị tính: nghìn đồng'], PLAIN.split(','), ...rows(MONEY_ROWS)]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.money).toMatchObject({ withConditions: '112100000000', resolved: '93200000000' });
  });
});

// Round 30, 02: a title says the measure in the forms' other wordings too — "VỀ TIỀN", "(PHẦN
// TIỀN)", "TÍNH THEO SỐ TIỀN" — and a money form under one of them, saved as "…viec…", was
// read as 93.200.000 / 112.100.000 việc.
describe('other wordings of the title\'s measure (round 30, 02)', () => {
  const title = (words: string) => `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${words} NĂM 2019`;

  it.each([
    ['VỀ TIỀN', 'về tiền'],
    ['(PHẦN TIỀN)', 'phần tiền'],
    ['- PHẦN TIỀN', 'phần tiền'],
    ['TÍNH THEO SỐ TIỀN', 'tính theo số tiền'],
    ['VE TIEN', 'về tiền'],
  ])('"%s" over a "viec" file: refused at the title', async (words, says) => {
    const r = await both('bc-viec-2019.csv', [title(words), PLAIN, ...MONEY_ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:1:1: error: the file name says the file counts cases, but the title (line 1) says "${says}": plain headers ("Có điều kiện") would be read as cases [MEASURE_CONFLICT]\n${HINT}\n`);
  });

  it.each([['VỀ VIỆC', 'về việc'], ['(PHẦN VIỆC)', 'phần việc'], ['TÍNH THEO SỐ VIỆC', 'tính theo số việc']])('"%s" over a "tien" file: refused', async (words, says) => {
    const r = await both('bc-tien-2019.csv', [title(words), PLAIN, ...CASES_ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:1:1: error: the file name says the file counts money, but the title (line 1) says "${says}": plain headers ("Có điều kiện") would be read as money [MEASURE_CONFLICT]`);
  });

  it.each(['VỀ VIỆC VÀ VỀ TIỀN', 'TÍNH BẰNG VIỆC VÀ TIỀN', 'VỀ VIỆC VÀ TIỀN', '(PHẦN VIỆC VÀ PHẦN TIỀN)', 'TÍNH BẰNG VIỆC VÀ BẰNG TIỀN', 'TÍNH BẰNG VIỆC/TIỀN', 'TÍNH BẰNG VIỆC, TIỀN'])('"%s" names both: the name\'s cases, 5.513 / 5.871', async (words) => {
    const r = await both('bc-viec-2019.csv', [title(words), PLAIN, ...CASES_ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '5871', resolved: '5513', rate: '93.90' });
  });

  it('"VỀ TIỀN" with no measure in the name: plain headers are money, 93.200.000 / 112.100.000 đồng = 83,14 %', async () => {
    const r = await both('bao cao 2019.csv', [title('VỀ TIỀN'), PLAIN, ...MONEY_ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect(total.cases).toBeNull();
    expect(total.money).toMatchObject({ withConditions: '112100000', resolved: '93200000', rate: '83.14' });
  });

  it('"về việc" that means "regarding" states no measure: "… VỀ VIỆC THỰC HIỆN … TÍNH BẰNG TIỀN" is money', async () => {
    const lines = ['BÁO CÁO VỀ VIỆC THỰC HIỆN CHỈ TIÊU THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019', PLAIN, ...MONEY_ROWS];
    const read = await both('bc-tien-2019.csv', lines);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).total.money).toMatchObject({ withConditions: '112100000', resolved: '93200000' });
    const refused = await both('bc-viec-2019.csv', lines);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('FILE:1:1: error: the file name says the file counts cases, but the title (line 1) says "tính bằng tiền"');
  });

  it('a group cell "Về tiền" over its own columns is the header\'s, no title: the plain columns stay the name\'s cases', async () => {
    const r = await both('bc-viec-2019.csv', [',Về việc,,Về tiền,', 'Đơn vị,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong', 'Chi cục A,3000,2800,60000000,50000000', 'Chi cục B,2871,2713,52100000,43200000']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect(total.cases).toMatchObject({ withConditions: '5871', resolved: '5513' });
    expect(total.money).toMatchObject({ withConditions: '112100000', resolved: '93200000' });
  });
});
